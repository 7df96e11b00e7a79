"""A pilot's questions across the workshops of an archive: which activities are the same
question, read straight from the archive's tables.

A **pilot** is a scenario card, known across workshops by the card's ``id``. A
**question** of a pilot is an activity on that card, matched across workshops by
what it is, never by its wording:

- an activity made from a template (a plan keeps the template id in its settings,
  ``settings["template"]``) is matched by card id, template id and kind;
- an activity without a template id (made by hand, or by the demo) is matched by
  card id and kind;
- either way, the n-th such activity on the card (in agenda order) matches the n-th
  of another workshop (a card asking "usefulness" twice has two questions).

Its key, :attr:`Member.key`, reads ``CARD|TEMPLATE|KIND|N`` (``TEMPLATE`` empty
without one), e.g. ``heat-planning|usefulness|scale|1`` or ``heat-planning||scale|1``;
it stays the same as long as the workshops do, so evidence can point at it.
Note activities are not questions (their notes are in :mod:`notes_search`).

Answers must fit together to be pooled (:func:`option_map`, :func:`shape`): a scale
needs the same range, points the same budget, multiple choice the same limit; options
are matched by label (case and spacing aside), else by position when both lists are
equally long (the same template in German and English). A workshop whose answers do
not fit is shown on its own but not pooled.

The rows are read with plain queries restricted to the selected workshops and the
pilot's activities (and withdrawn answers left out), so that opening one pilot of a
large archive reads only that pilot's answers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, select

from studio.archive import schema as S
from studio.archive.archive import ArchivedWorkshop
from studio.core.kinds import localized
from studio.core.kinds.registry import kind_of

_CHUNK = 500  # ids per IN (...) list


class Answer:
    """One stored response as results count it (a ``ResponseLike``); ``option_id`` is
    rewritten to the pooled option's key when a question is pooled."""

    __slots__ = ("ballot_id", "count", "option_id", "source", "stakeholder_group",
                 "value_num", "value_text", "value_x", "value_y")

    def __init__(self, ballot_id: str | None, option_id: str | None, value_num: float | None,
                 value_x: float | None, value_y: float | None, value_text: str | None,
                 count: int | None, stakeholder_group: str | None, source: str | None) -> None:
        self.ballot_id, self.option_id = ballot_id, option_id
        self.value_num, self.value_x, self.value_y = value_num, value_x, value_y
        self.value_text = value_text
        self.count = count if count is not None else 1
        self.stakeholder_group, self.source = stakeholder_group, source


@dataclass
class Member:
    """One workshop's activity of a question, with its options and (unmapped) answers."""

    workshop: ArchivedWorkshop
    activity: dict[str, Any]
    options: list[tuple[str, str]]  # (option id, label), in order
    rows: list[Answer] = field(default_factory=list)  # its answers (not withdrawn)
    key: str = ""
    template: str | None = None


def card_title(card: Any, language: str, fallback: str) -> str:
    """A card's title in ``language`` (German, then English, then the card id)."""
    title = card.get("title") if isinstance(card, dict) else None
    if isinstance(title, dict):
        return localized(title, language) or fallback
    return str(title or fallback)


def template_of(activity: dict[str, Any]) -> str | None:
    own = (activity.get("settings") or {}).get("template")
    return own if isinstance(own, str) and own else None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).casefold()


def shape(activity: dict[str, Any]) -> tuple:
    """What answers of two workshops need in common to be pooled: the kind's numeric
    settings (a scale's range, a point budget, a limit of choices); labels and switches
    may differ (another language)."""
    s = activity.get("settings") or {}
    return tuple((k, s[k]) for k in kind_of(activity["kind"]).setting_keys
                 if isinstance(s.get(k), (int, float)) and not isinstance(s.get(k), bool))


def option_map(canonical: Sequence[tuple[str, str]], own: Sequence[tuple[str, str]]
               ) -> dict[str, str] | None:
    """Own option id → canonical key, by label, else by position; None if they do not fit."""
    by_label = {_norm(label): key for key, label in canonical}
    mapped = {oid: by_label.get(_norm(label)) for oid, label in own}
    if len(own) == len(canonical) and all(mapped.values()) \
            and len(set(mapped.values())) == len(mapped):
        return mapped  # type: ignore[return-value]
    if len(own) == len(canonical):
        return {oid: canonical[i][0] for i, (oid, _label) in enumerate(own)}
    return None


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def workshop_keys(conn: Connection, workshops: Iterable[ArchivedWorkshop]) -> dict[int, ArchivedWorkshop]:
    """The archive's internal key of each workshop (those removed meanwhile left out)."""
    wanted = {w.workshop_id: w for w in workshops}
    out: dict[int, ArchivedWorkshop] = {}
    W = S.workshops
    for part in chunks(list(wanted)):
        for key, wid in conn.execute(select(W.c.key, W.c.workshop_id)
                                     .where(W.c.workshop_id.in_(part))):
            out[key] = wanted[wid]
    return out


def scenario_rows(conn: Connection, keys: Sequence[int], card_id: str | None = None,
                  with_card: bool = False) -> list[Any]:
    """Scenarios of the workshops ``keys`` (only card ``card_id`` if given)."""
    T = S.scenarios
    cols = [T.c.wkey, T.c.id, T.c.card_id, T.c.position] + ([T.c.card] if with_card else [])
    out: list[Any] = []
    for part in chunks(list(keys)):
        query = select(*cols).where(T.c.wkey.in_(part))
        if card_id is not None:
            query = query.where(T.c.card_id == card_id)
        out.extend(conn.execute(query).all())
    return out


def activity_rows(conn: Connection, keys: Sequence[int], scenario_ids: Sequence[str] | None = None,
                  kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
    T = S.activities
    out: list[dict[str, Any]] = []
    for part in chunks(list(keys)):
        query = select(T).where(T.c.wkey.in_(part))
        if kinds is not None:
            query = query.where(T.c.kind.in_(sorted(kinds)))
        if scenario_ids is not None:
            wanted = set(scenario_ids)
            out.extend(dict(r) for r in conn.execute(query).mappings() if r["scenario_id"] in wanted)
        else:
            out.extend(dict(r) for r in conn.execute(query).mappings())
    return out


def option_rows(conn: Connection, activities: Sequence[dict[str, Any]]
                ) -> dict[tuple[int, str], list[tuple[str, str]]]:
    """(wkey, activity id) → its options ``(id, label)`` in order."""
    T = S.options
    found: dict[tuple[int, str], list[tuple[int, str, str]]] = defaultdict(list)
    by_key: dict[int, list[str]] = defaultdict(list)
    for a in activities:
        by_key[a["wkey"]].append(a["id"])
    for wkey, ids in by_key.items():
        for part in chunks(ids):
            for r in conn.execute(select(T.c.activity_id, T.c.id, T.c.position, T.c.label)
                                  .where(and_(T.c.wkey == wkey, T.c.activity_id.in_(part)))):
                found[(wkey, r.activity_id)].append((r.position, r.id, r.label))
    return {k: [(oid, label) for _pos, oid, label in sorted(v)] for k, v in found.items()}


RESPONSE_COLUMNS = ("activity_id", "ballot_id", "option_id", "value_num", "value_x", "value_y",
                    "value_text", "count", "stakeholder_group", "source")


def response_rows(conn: Connection, activities: Sequence[dict[str, Any]]
                  ) -> dict[tuple[int, str], list[Answer]]:
    """(wkey, activity id) → its answers that were not withdrawn."""
    T = S.responses
    cols = [T.c[c] for c in RESPONSE_COLUMNS]
    by_key: dict[int, list[str]] = defaultdict(list)
    for a in activities:
        by_key[a["wkey"]].append(a["id"])
    out: dict[tuple[int, str], list[Answer]] = defaultdict(list)
    for wkey, ids in by_key.items():
        for part in chunks(ids):
            query = select(*cols).where(and_(T.c.wkey == wkey, T.c.activity_id.in_(part),
                                             T.c.withdrawn_at.is_(None)))
            for aid, *values in conn.execute(query).all():
                out[(wkey, aid)].append(Answer(*values))
    return out


def keyed_members(workshops: dict[int, ArchivedWorkshop], scenarios: Iterable[Any],
                  activities: Iterable[dict[str, Any]],
                  options: dict[tuple[int, str], list[tuple[str, str]]],
                  kinds: set[str] | None = None) -> dict[str, list[Member]]:
    """Question key → its members, in the order of ``workshops`` (see the module's text)."""
    card_of = {(s.wkey, s.id): (s.card_id or "", s.position) for s in scenarios}
    per_workshop: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for a in activities:
        if (a["wkey"], a["scenario_id"]) in card_of:
            per_workshop[a["wkey"]].append(a)
    out: dict[str, list[Member]] = defaultdict(list)
    for wkey, workshop in workshops.items():
        acts = sorted(per_workshop.get(wkey, ()), key=lambda a: (
            card_of[(wkey, a["scenario_id"])][1], a["position"], a["id"]))
        seen: dict[tuple[str, str, str], int] = defaultdict(int)
        for a in acts:
            if kind_of(a["kind"]).collects_notes or (kinds is not None
                                                       and a["kind"] not in kinds):
                continue
            card = card_of[(wkey, a["scenario_id"])][0]
            template = template_of(a)
            base = (card, template or "", a["kind"])
            seen[base] += 1
            key = "|".join((*base, str(seen[base])))
            out[key].append(Member(workshop, a, options.get((wkey, a["id"]), []), key=key,
                                   template=template))
    return dict(out)


def language_of(workshops: Sequence[ArchivedWorkshop]) -> str:
    """The language most of ``workshops`` ran in (German when undecided)."""
    counts: dict[str, int] = defaultdict(int)
    for w in workshops:
        counts[w.language or "de"] += 1
    return max(sorted(counts), key=lambda k: counts[k], default="de")
