"""Per pilot across workshops: each question's results side by side and pooled.

:func:`pilots` lists the pilots (scenario cards) of a selection; :func:`pilot_analysis`
gives one pilot's questions (matched as :mod:`studio.archive.questions` says, never by
wording), each with

- one column per workshop: its own result (:class:`Figures`);
- the pooled result over the workshops whose answers fit together, counted by the one
  door to counting, :func:`studio.core.results.compute`, on the pooled answers;
- the pooled result per stakeholder group, folded as everywhere else
  (:func:`studio.core.results.compute_by_group`): a group of fewer than
  ``MIN_GROUP_SIZE`` (5) people across the whole selection is shown only within
  "small groups". The archive keeps groups as given, so a group too small in each
  workshop is broken out once it reaches 5 across the workshops.

Each result carries its n (people: ballots plus people counted in tallies), the
people per channel (shared screen, phones, tally, paper, …) and 95 % intervals
(:mod:`studio.archive.stats`): Wilson for each share of people, a t-interval for a
scale's mean. Points, rankings and the 2×2 matrix get no interval (their shares are
shares of points, not of people).

A selection naming stakeholder groups counts only their answers. Then no result may
single out a few people of a group: the pooled result of fewer than 5 people is
withheld, and so is each workshop's column with fewer than 5 (together with the
smallest other columns while the withheld ones hold 1 to 4 people: otherwise the
pooled figure minus the shown columns would give them away; the rule of
:func:`studio.core.results.shown_groups`, applied to workshops).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from studio.archive import questions as Q
from studio.archive.archive import Archive, ArchivedWorkshop
from studio.archive.selection import EVERYTHING, Selection, selected_workshops
from studio.archive.stats import Interval, MeanEstimate, mean_interval, wilson
from studio.core.kinds import MIN_GROUP_SIZE, SMALL_GROUPS, ActivityKind, Source
from studio.core.kinds.registry import kind_of
from studio.core.kinds.scale import DONT_KNOW
from studio.core.read_models import Result
from studio.core.results import compute, fold_groups, group_key, group_sizes, shown_groups

_SOURCE_ORDER = {s.value: i for i, s in enumerate(Source)}


@dataclass(frozen=True)
class Pilot:
    """A scenario card asked about in at least one workshop of the selection."""

    card_id: str
    title: str
    workshop_ids: tuple[str, ...]
    cities: tuple[str, ...]


@dataclass(frozen=True)
class Figures:
    """One result (a workshop's, the pooled one or a group's) with what qualifies it.

    ``intervals`` run parallel to ``result.options`` (None where a share is not a share
    of people); ``mean`` is a scale's mean with its interval; ``channels`` are
    ``(source, people)`` pairs, e.g. ``("screen", 40), ("tally", 12)``.
    """

    result: Result
    intervals: tuple[Interval | None, ...]
    mean: MeanEstimate | None
    channels: tuple[tuple[str, int], ...]

    @property
    def n(self) -> int:
        return self.result.n


@dataclass(frozen=True)
class WorkshopColumn:
    """One workshop's part of a question."""

    workshop: ArchivedWorkshop
    activity_id: str
    prompt: str
    #: None when withheld (a group filter leaves too few people to show it on its own)
    figures: Figures | None
    #: its answers are in the pooled result (False: they do not fit, e.g. another scale)
    pooled: bool
    withheld: bool


@dataclass(frozen=True)
class QuestionAnalysis:
    """One question of a pilot across the selected workshops."""

    key: str
    kind: ActivityKind
    template: str | None
    prompt: str
    #: every wording the workshops used (the first is ``prompt``)
    prompts: tuple[str, ...]
    #: the pooled options' labels (keys "1", "2", … in ``pooled.result.options``)
    option_labels: tuple[str, ...]
    columns: tuple[WorkshopColumn, ...]
    pooled: Figures | None
    pooled_withheld: bool
    #: (group key, figures) with small groups folded into ``small_groups``; empty when
    #: no group can be broken out
    by_group: tuple[tuple[str, Figures], ...]
    #: the pooled activity's settings (scale labels, axes, budget …), for charts
    settings: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def pooled_workshops(self) -> int:
        return sum(1 for c in self.columns if c.pooled)


@dataclass(frozen=True)
class PilotAnalysis:
    card_id: str
    title: str
    selection: Selection
    #: the selected workshops that have this card
    workshops: tuple[ArchivedWorkshop, ...]
    questions: tuple[QuestionAnalysis, ...]


def pilots(archive: Archive, selection: Selection = EVERYTHING) -> tuple[Pilot, ...]:
    """The pilots of the selected workshops, by title."""
    chosen = selected_workshops(archive, selection)
    language = Q.language_of(chosen)
    with archive.store.reading() as conn:
        keys = Q.workshop_keys(conn, chosen)
        rows = Q.scenario_rows(conn, list(keys), with_card=True)
    found: dict[str, dict[str, Any]] = {}
    order = {w.workshop_id: i for i, w in enumerate(chosen)}
    for r in sorted(rows, key=lambda r: (order[keys[r.wkey].workshop_id], r.position)):
        card_id = r.card_id or ""
        entry = found.setdefault(card_id, {"title": Q.card_title(r.card, language, card_id),
                                           "ids": [], "cities": []})
        w = keys[r.wkey]
        if w.workshop_id not in entry["ids"]:
            entry["ids"].append(w.workshop_id)
        if w.city and w.city not in entry["cities"]:
            entry["cities"].append(w.city)
    out = [Pilot(cid, e["title"], tuple(e["ids"]), tuple(sorted(e["cities"], key=str.casefold)))
           for cid, e in found.items()]
    return tuple(sorted(out, key=lambda p: (p.title.casefold(), p.card_id)))


def pilot_analysis(archive: Archive, card_id: str, selection: Selection = EVERYTHING
                   ) -> PilotAnalysis:
    """One pilot's questions across the selected workshops (see the module's text)."""
    chosen = selected_workshops(archive, selection)
    with archive.store.reading() as conn:
        keys = Q.workshop_keys(conn, chosen)
        scenarios = Q.scenario_rows(conn, list(keys), card_id, with_card=True)
        acts = Q.activity_rows(conn, list(keys), [s.id for s in scenarios])
        acts = [a for a in acts if not kind_of(a["kind"]).collects_notes]
        options = Q.option_rows(conn, acts)
        responses = Q.response_rows(conn, acts)
    with_card = {s.wkey for s in scenarios}
    key_of = {w.workshop_id: k for k, w in keys.items()}
    ordered = {key_of[w.workshop_id]: w for w in chosen
               if w.workshop_id in key_of and key_of[w.workshop_id] in with_card}
    members = Q.keyed_members(ordered, scenarios, acts, options)
    for group in members.values():
        for m in group:
            m.rows = responses.get((key_of[m.workshop.workshop_id], m.activity["id"]), [])
    language = Q.language_of(list(ordered.values()))
    title = next((Q.card_title(s.card, language, card_id) for s in scenarios), card_id)
    # In agenda order: the first workshop's, then questions only later workshops asked.
    questions = tuple(_question_analysis(key, group, selection) for key, group in members.items())
    return PilotAnalysis(card_id, title, selection, tuple(ordered.values()), questions)


# -- one question ----------------------------------------------------------------------------
def _question_analysis(key: str, members: Sequence[Q.Member],
                      selection: Selection = EVERYTHING) -> QuestionAnalysis:
    """One question over its ``members`` (each workshop's activity with its rows)."""
    first = members[0]
    kind = ActivityKind(first.activity["kind"])
    settings = dict(first.activity.get("settings") or {})
    canonical = [(str(i + 1), label) for i, (_oid, label) in enumerate(first.options)]
    canon_shape = Q.shape(first.activity)
    parts: list[tuple[Q.Member, list[Q.Answer], bool]] = []
    pooled_answers: list[Q.Answer] = []
    for m in members:
        mapping = Q.option_map(canonical, m.options) if kind_of(kind).has_options else {}
        fits = mapping is not None and Q.shape(m.activity) == canon_shape
        if fits and mapping:
            for a in m.rows:  # each answer belongs to this one question: rewritten in place
                if a.option_id:
                    a.option_id = mapping.get(a.option_id)
        answers = m.rows if not selection.groups else [
            a for a in m.rows if selection.takes_group(a.stakeholder_group)]
        parts.append((m, answers, fits))
        if fits:
            pooled_answers.extend(answers)

    figures = []
    for m, answers, fits in parts:
        own_opts = canonical if fits else list(m.options)
        own_settings = settings if fits else dict(m.activity.get("settings") or {})
        figures.append(figures_of(kind, own_settings, own_opts, answers))
    shown = _shown_columns([f.n for f in figures]) if selection.groups else set(range(len(parts)))
    columns = tuple(
        WorkshopColumn(m.workshop, m.activity["id"], m.activity.get("prompt") or "",
                       figures[i] if i in shown else None, fits, i not in shown)
        for i, (m, _answers, fits) in enumerate(parts))

    pooled = figures_of(kind, settings, canonical, pooled_answers)
    withheld = bool(selection.groups) and 0 < pooled.n < MIN_GROUP_SIZE
    by_group = () if withheld else groups_of(kind, settings, canonical, pooled_answers)
    prompts = tuple(dict.fromkeys(m.activity.get("prompt") or "" for m in members))
    return QuestionAnalysis(
        key=key, kind=kind, template=first.template, prompt=prompts[0], prompts=prompts,
        option_labels=tuple(label for _k, label in canonical), columns=columns,
        pooled=None if withheld else pooled, pooled_withheld=withheld, by_group=by_group,
        settings=settings)


def groups_of(kind: ActivityKind, settings: dict[str, Any], options: list[tuple[str, str]],
              answers: list[Any]) -> tuple[tuple[str, Figures], ...]:
    """Figures per stakeholder group, small groups folded as by
    :func:`studio.core.results.compute_by_group` (the same rule, with channels)."""
    mapping = fold_groups(kind, answers)
    if all(v == SMALL_GROUPS for v in mapping.values()):
        return ()
    buckets: dict[str, list[Any]] = defaultdict(list)
    for a in answers:
        buckets[mapping[group_key(a)]].append(a)
    return tuple((g, figures_of(kind, settings, options, rs, g))
                 for g, rs in sorted(buckets.items()))


def _shown_columns(sizes: list[int]) -> set[int]:
    """Which workshop columns a group filter leaves shown (the small-group rule)."""
    if len(sizes) == 1:
        return {0} if sizes[0] == 0 or sizes[0] >= MIN_GROUP_SIZE else set()
    shown = shown_groups({str(i): n for i, n in enumerate(sizes)})
    if not shown and all(n >= MIN_GROUP_SIZE or n == 0 for n in sizes):
        shown = {str(i) for i in range(len(sizes))}  # shown_groups hides a lone column
    return {int(i) for i in shown} | {i for i, n in enumerate(sizes) if n == 0}


def figures_of(kind: ActivityKind, settings: dict[str, Any], options: list[tuple[str, str]],
               answers: list[Any], group: str | None = None) -> Figures:
    """Count ``answers`` (one door: ``compute``) and add channels and intervals."""
    return _figures_from(kind, settings, options, compute(kind, settings, options, answers, group),
                        answers)


def _figures_from(kind: ActivityKind, settings: dict[str, Any], options: list[tuple[str, str]],
                 res: Any, answers: list[Any]) -> Figures:
    by_source: dict[str, list[Any]] = defaultdict(list)
    for a in answers:
        by_source[a.source or ""].append(a)
    channels = tuple(
        (src, people(kind, rows))
        for src, rows in sorted(by_source.items(), key=lambda kv: (_SOURCE_ORDER.get(kv[0], 99),
                                                                   kv[0])))
    return Figures(Result.from_result(res), tuple(_interval(kind, res, o) for o in res.options),
                   _mean(kind, res), channels)


def people(kind: ActivityKind, answers: list[Any]) -> int:
    """The people behind ``answers``, as ``compute(...).n`` counts them (ballots plus the
    people the kind's tallies stand for; :func:`studio.core.results.group_sizes` counts
    with the same rule), without counting the options."""
    return sum(group_sizes(kind, answers).values())


def _interval(kind: ActivityKind, res: Any, opt: Any) -> Interval | None:
    spec = kind_of(kind)
    if spec.chart == "stances":
        return wilson(opt.agree, opt.count)
    if spec.measure != "count" or spec.chart == "scatter" or opt.count > res.n:
        return None
    return wilson(opt.count, res.n)


def _mean(kind: ActivityKind, res: Any) -> MeanEstimate | None:
    if kind_of(kind).headline != "mean":  # a scale
        return None
    return mean_interval((float(o.key), o.count) for o in res.options if o.key != DONT_KNOW)
