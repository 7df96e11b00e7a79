"""Common ground and dividing lines: agree/disagree statements across workshops.

Every statement of an agree/disagree activity (kind ``statements``) of the selected
workshops, matched across workshops as questions are (:mod:`studio.archive.questions`:
card, template or kind, order on the card; a statement by its label, else by its
position), gets its agreement overall and per stakeholder group, and two scores:

**Consensus** (Pol.is's group-informed consensus): the product over the groups of
each group's smoothed agreement ``(agree + 1) / (seen + 2)``, where ``seen`` counts
everyone in the group who took a stance on the statement (agree, disagree or pass).
It is high only when every group agrees; one group that disagrees pulls it down.
A group of the question that saw none of the statement counts with 1/2 (it neither
agreed nor disagreed), and the line is flagged ``missing``.

**Divisiveness**: the range of the groups' smoothed agreement, ``max − min`` of
``(agree + 1) / (seen + 2)`` over the groups that saw the statement (0 with fewer than
two such groups): 0 when the groups agree equally, towards 1 when one group agrees
while another rejects it. Groups that saw none of it do not count here (they would
add an artificial 1/2).

**The groups** of a question are the stakeholder groups of its answers in the
selection, folded by the rule of every output
(:func:`studio.core.results.shown_groups`): a group with fewer than 5 people across
the selected workshops joins "small groups" (which then counts as one group, and may
also hold people who named no group when those are few); people who named no group
are otherwise left out of the groups (they count in the overall agreement). A line
is flagged ``small`` when a group's ``seen`` on it is below 5.

Both scores depend on how many groups there are (the product shrinks with each
group), so compare lines of the same question, or read them with their groups.

:func:`statement_agreement` reads aggregated counts (sums per statement, group and
stance) with plain queries, then counts them through
:func:`studio.core.results.compute`, the one door to counting.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import prod
from typing import Any

from sqlalchemy import and_, case, func, select

from studio.archive import questions as Q
from studio.archive import schema as S
from studio.archive.archive import Archive
from studio.archive.selection import EVERYTHING, Selection, selected_workshops
from studio.archive.stats import Interval, wilson
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.kinds import MIN_GROUP_SIZE, SMALL_GROUPS
from studio.core.kinds.registry import all_kinds, kind_of
from studio.core.results import NOT_STATED, compute, shown_groups

CONTEXT = "Analysis"
CONSENSUS_EXPLAINED = QT_TRANSLATE_NOOP(
    "Analysis", "Consensus is high only when every stakeholder group agrees: it multiplies "
    "each group's share of agreement (counted as (agree + 1) / (seen + 2)).")
DIVISIVENESS_EXPLAINED = QT_TRANSLATE_NOOP(
    "Analysis", "Divisiveness shows how far apart the groups are: the difference between the "
    "group that agrees most and the group that agrees least (0 = all groups alike, 1 = "
    "opposite).")
SMALL_WARNING = QT_TRANSLATE_NOOP(
    "Analysis", "Fewer than 5 people of a group took a stance here: read with care.")
MISSING_WARNING = QT_TRANSLATE_NOOP(
    "Analysis", "A group saw none of this statement: it counts as undecided.")

#: The kinds whose answers are stances (agree, disagree, pass): agree/disagree statements.
_STANCES = frozenset(k.value for k in all_kinds() if k.chart == "stances")


def explain_consensus() -> str:
    """One sentence for the app: what the consensus score means (translated)."""
    return translate(CONTEXT, CONSENSUS_EXPLAINED)


def explain_divisiveness() -> str:
    """One sentence for the app: what the divisiveness score means (translated)."""
    return translate(CONTEXT, DIVISIVENESS_EXPLAINED)


# -- the scores (pure) -----------------------------------------------------------------------
def smoothed_agreement(agree: int, seen: int) -> float:
    """A group's agreement with one added agree and one added disagree: (agree+1)/(seen+2)."""
    return (agree + 1) / (seen + 2)


def consensus_score(groups: Iterable[tuple[int, int]]) -> float | None:
    """Group-informed consensus over ``(agree, seen)`` per group; None without groups."""
    factors = [smoothed_agreement(a, s) for a, s in groups]
    return prod(factors) if factors else None


def divisiveness_score(groups: Iterable[tuple[int, int]]) -> float:
    """Range of the smoothed agreement over the groups that saw the statement (seen > 0)."""
    shares = [smoothed_agreement(a, s) for a, s in groups if s > 0]
    return max(shares) - min(shares) if len(shares) >= 2 else 0.0


# -- read models ----------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupAgreement:
    """One stakeholder group's stances on one statement (``small_groups``: the folded rest)."""

    group: str
    agree: int
    disagree: int
    passed: int

    @property
    def seen(self) -> int:
        return self.agree + self.disagree + self.passed

    @property
    def smoothed(self) -> float:
        return smoothed_agreement(self.agree, self.seen)

    @property
    def small(self) -> bool:
        return 0 < self.seen < MIN_GROUP_SIZE

    @property
    def missing(self) -> bool:
        return self.seen == 0


@dataclass(frozen=True)
class StatementAgreement:
    """One statement across the selected workshops, overall and per group."""

    key: str  # QUESTION_KEY|N, N the statement's place (1, 2, …) in the pooled list
    question_key: str
    card_id: str
    pilot_title: str
    text: str
    workshops: int
    agree: int
    disagree: int
    passed: int
    interval: Interval | None  # Wilson 95 % of agree / seen
    groups: tuple[GroupAgreement, ...]
    consensus: float | None  # None: no group to compare
    divisiveness: float
    #: (workshop id, option id) of this statement in each pooled workshop: the items a
    #: recommendation links as its evidence (they resolve in the merged workbook)
    members: tuple[tuple[str, str], ...] = ()

    @property
    def seen(self) -> int:
        return self.agree + self.disagree + self.passed

    @property
    def share(self) -> float | None:
        return self.agree / self.seen if self.seen else None

    @property
    def small_groups(self) -> tuple[str, ...]:
        return tuple(g.group for g in self.groups if g.small)

    @property
    def missing_groups(self) -> tuple[str, ...]:
        return tuple(g.group for g in self.groups if g.missing)

    @property
    def warning(self) -> bool:
        """Read with care: a group is small on this line, or saw none of it."""
        return bool(self.small_groups or self.missing_groups)

    def warnings(self) -> tuple[str, ...]:
        """The plain warnings of this line, translated (empty when there are none)."""
        out = []
        if self.small_groups:
            out.append(translate(CONTEXT, SMALL_WARNING))
        if self.missing_groups:
            out.append(translate(CONTEXT, MISSING_WARNING))
        return tuple(out)


@dataclass(frozen=True)
class ConsensusReport:
    selection: Selection
    #: every statement, pilot by pilot in agenda order
    statements: tuple[StatementAgreement, ...]
    #: by consensus, highest first (lines without groups last)
    common_ground: tuple[StatementAgreement, ...]
    #: by divisiveness, highest first
    dividing_lines: tuple[StatementAgreement, ...]


# -- reading and counting -------------------------------------------------------------------
class _Sum:
    """Summed stances of one statement, group and stance (a tally-like ``ResponseLike``)."""

    __slots__ = ("ballot_id", "count", "option_id", "source", "stakeholder_group",
                 "value_num", "value_text", "value_x", "value_y")

    def __init__(self, option_id: str | None, group: str | None, stance: str | None,
                 count: int) -> None:
        self.ballot_id = None
        self.option_id, self.stakeholder_group = option_id, group
        self.value_text, self.count = stance, count
        self.value_num = self.value_x = self.value_y = None
        self.source = None


def statement_agreement(archive: Archive, selection: Selection = EVERYTHING,
                        card_id: str | None = None) -> ConsensusReport:
    """Every agree/disagree statement of the selection (of one pilot if ``card_id``)."""
    chosen = selected_workshops(archive, selection)
    language = Q.language_of(chosen)
    with archive.store.reading() as conn:
        keys = Q.workshop_keys(conn, chosen)
        scenarios = Q.scenario_rows(conn, list(keys), card_id)
        acts = Q.activity_rows(conn, list(keys), [s.id for s in scenarios], kinds=_STANCES)
        options = Q.option_rows(conn, acts)
        sums, ballots, tallies = _counts(conn, acts)
        titles = _titles(conn, scenarios, language)
    key_of = {w.workshop_id: k for k, w in keys.items()}
    ordered = {key_of[w.workshop_id]: w for w in chosen if w.workshop_id in key_of}
    members = Q.keyed_members(ordered, scenarios, acts, options, kinds=_STANCES)
    out: list[StatementAgreement] = []
    for qkey, group in members.items():
        out.extend(_question(qkey, group, key_of, sums, ballots, tallies, selection,
                             titles.get(qkey.split("|", 1)[0], "")))
    return ConsensusReport(
        selection, tuple(out),
        tuple(sorted(out, key=lambda s: (s.consensus is None, -(s.consensus or 0), -s.seen,
                                         s.key))),
        tuple(sorted(out, key=lambda s: (-s.divisiveness, -s.seen, s.key))))


def _counts(conn: Any, acts: Sequence[dict[str, Any]]) -> tuple[dict, dict, dict]:
    """Stance sums (all, and those of tallies) and ballots per group of ``acts``, keyed by
    (wkey, activity): two grouped queries per workshop."""
    T = S.responses
    by_key: dict[int, list[str]] = defaultdict(list)
    for a in acts:
        by_key[a["wkey"]].append(a["id"])
    sums: dict[tuple[int, str], list[Any]] = defaultdict(list)
    ballots: dict[tuple[int, str], dict[str | None, int]] = defaultdict(dict)
    tallies: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for wkey, ids in by_key.items():
        for part in Q.chunks(ids):
            where = and_(T.c.wkey == wkey, T.c.activity_id.in_(part), T.c.withdrawn_at.is_(None))
            tally = case((T.c.ballot_id.is_(None), 1), else_=0)
            for r in conn.execute(
                    select(T.c.activity_id, T.c.option_id, T.c.stakeholder_group, T.c.value_text,
                           tally, func.sum(T.c.count)).where(where).group_by(
                        T.c.activity_id, T.c.option_id, T.c.stakeholder_group, T.c.value_text,
                        tally)):
                line = (r[1], r[2], r[3], int(r[5] or 0))
                sums[(wkey, r[0])].append(line)
                if r[4]:  # counted by hand: summed per statement, group and stance
                    tallies[(wkey, r[0])].append(line)
            for r in conn.execute(
                    select(T.c.activity_id, T.c.stakeholder_group,
                           func.count(T.c.ballot_id.distinct()))
                    .where(and_(where, T.c.ballot_id.is_not(None)))
                    .group_by(T.c.activity_id, T.c.stakeholder_group)):
                ballots[(wkey, r[0])][r[1]] = int(r[2])
    return sums, ballots, tallies


def _titles(conn: Any, scenarios: Sequence[Any], language: str) -> dict[str, str]:
    """Card id → title, reading one scenario's card per pilot."""
    first: dict[str, tuple[int, str]] = {}
    for s in scenarios:
        first.setdefault(s.card_id or "", (s.wkey, s.id))
    out = {}
    T = S.scenarios
    for card_id, (wkey, sid) in first.items():
        card = conn.execute(select(T.c.card).where(and_(T.c.wkey == wkey, T.c.id == sid))).scalar()
        out[card_id] = Q.card_title(card, language, card_id)
    return out


def _question(qkey: str, members: Sequence[Q.Member], key_of: dict[str, int],
              sums: dict, ballots: dict, tallies: dict, selection: Selection,
              title: str) -> list[StatementAgreement]:
    first = members[0]
    kind = first.activity["kind"]
    spec = kind_of(kind)
    canonical = [(str(i + 1), label) for i, (_oid, label) in enumerate(first.options)]
    rows: list[_Sum] = []
    tally_rows: list[_Sum] = []
    people: dict[str, int] = defaultdict(int)
    used = 0
    items: dict[str, list[tuple[str, str]]] = defaultdict(list)  # canonical key -> items
    for m in members:
        mapping = Q.option_map(canonical, m.options)
        if mapping is None:
            continue  # other statements: not pooled with these
        used += 1
        for oid, okey in mapping.items():
            items[okey].append((m.workshop.workshop_id, oid))
        at = (key_of[m.workshop.workshop_id], m.activity["id"])
        for oid, group, stance, n in sums.get(at, ()):
            if selection.takes_group(group) and oid in mapping:
                rows.append(_Sum(mapping[oid], group, stance, n))
        for group, n in ballots.get(at, {}).items():
            if selection.takes_group(group):
                people[group or NOT_STATED] += n
        for oid, group, stance, n in tallies.get(at, ()):
            if selection.takes_group(group) and oid in mapping:
                tally_rows.append(_Sum(mapping[oid], group, stance, n))
    if not used:
        return []
    by_group_tallies: dict[str, list[_Sum]] = defaultdict(list)
    for t in tally_rows:
        by_group_tallies[t.stakeholder_group or NOT_STATED].append(t)
    for g, ts in by_group_tallies.items():
        people[g] += spec.tally_people(ts)
    shown = shown_groups(dict(people))
    fold = {g: (g if g in shown else SMALL_GROUPS) for g in people}
    groups = sorted({v for v in fold.values() if v != NOT_STATED})
    settings = dict(first.activity.get("settings") or {})
    overall = compute(kind, settings, canonical, rows).by_key()
    per_group: dict[str, dict[str, Any]] = {}
    for g in groups:
        mine = [r for r in rows if fold.get(r.stakeholder_group or NOT_STATED) == g]
        per_group[g] = compute(kind, settings, canonical, mine, group=g).by_key()
    out = []
    card_id = qkey.split("|", 1)[0]
    for pos, (okey, label) in enumerate(canonical):
        o = overall[okey]
        lines = tuple(GroupAgreement(g, per_group[g][okey].agree, per_group[g][okey].disagree,
                                     per_group[g][okey].passed) for g in groups)
        pairs = [(g.agree, g.seen) for g in lines]
        out.append(StatementAgreement(
            key=f"{qkey}|{pos + 1}", question_key=qkey, card_id=card_id, pilot_title=title,
            text=label, workshops=used, agree=o.agree, disagree=o.disagree, passed=o.passed,
            interval=wilson(o.agree, o.count), groups=lines,
            consensus=consensus_score(pairs), divisiveness=divisiveness_score(pairs),
            members=tuple(items.get(okey, ()))))
    return out
