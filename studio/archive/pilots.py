"""Per pilot (a scenario card, by card id): what the strategy paper prints of its results.

A thin view of the archive's analysis (:mod:`studio.archive.analysis`), so that the
paper and the analysis window pool the same answers by the same rule: questions are
matched across workshops by card, activity template and kind, never by wording; a
workshop whose answers do not fit the pooled question (another scale, budget …) keeps
a result of its own. Groups are broken out as every other output does.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from studio.archive.archive import Archive
from studio.exchange.records import WorkshopRecords

#: How many of a pilot's notes the paper quotes (those with the most dots).
TOP_NOTES = 5


@dataclass(frozen=True)
class Question:
    """One question's result (pooled over ``workshops`` when more than one asked it)."""

    prompt: str
    kind: str
    settings: dict[str, Any]
    result: Any  # a read_models.Result
    by_group: dict[str, Any]
    workshops: tuple[str, ...]  # workshop ids
    activities: tuple[tuple[str, str], ...]  # (workshop id, activity id): ids in the workbook
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Pilot:
    card_id: str
    title: str
    workshops: tuple[str, ...]
    questions: tuple[Question, ...]
    notes: tuple[dict[str, Any], ...]  # the TOP_NOTES visible notes with the most dots


def _labels(groups: dict[str, str], settings: dict[str, Any]) -> dict[str, str]:
    return {**groups, **{k: str(v) for k, v in settings.items()
                         if k.endswith(("_label", "_low", "_high"))}}


def _titles(workshops: list[WorkshopRecords], language: str) -> dict[str, str]:
    """Card id → its title in ``language``, in order of first appearance; two cards of one
    title are told apart by their card ids."""
    from studio.exchange import rows as R

    order: dict[str, str] = {}
    for w in workshops:
        for s in sorted(w.scenarios, key=lambda s: s["position"]):
            card_id = s.get("card_id") or s["id"]
            order.setdefault(card_id, R.card_title(s["card"] or {}, language) or card_id)
    titles = [t.casefold() for t in order.values()]
    for card_id, title in order.items():
        if titles.count(title.casefold()) > 1:
            order[card_id] = f"{title} ({card_id})"
    return order


def pilots(archive: Archive, workshops: list[WorkshopRecords], language: str) -> list[Pilot]:
    """Every pilot of the archive with its questions and its notes with the most dots."""
    from studio.archive.analysis import pilot_analysis
    from studio.archive.analysis import pilots as pilot_list

    groups = group_labels(workshops, language)
    titles = _titles(workshops, language)
    known = {p.card_id: p for p in pilot_list(archive)}
    out = []
    for card_id, title in titles.items():
        pilot = known.get(card_id)
        if pilot is None:
            continue
        analysis = pilot_analysis(archive, card_id)
        questions = []
        for q in analysis.questions:
            settings = dict(q.settings)
            pooled = [c for c in q.columns if c.pooled]
            if q.pooled is not None and pooled:
                questions.append(Question(
                    " / ".join(q.prompts), q.kind.value, settings, q.pooled.result,
                    {key: fig.result for key, fig in q.by_group},
                    tuple(c.workshop.workshop_id for c in pooled),
                    tuple((c.workshop.workshop_id, c.activity_id) for c in pooled),
                    _labels(groups, settings)))
            for c in q.columns:  # answers that do not fit the pooled question: on their own
                if not c.pooled and c.figures is not None:
                    questions.append(Question(
                        c.prompt, q.kind.value, settings, c.figures.result, {},
                        (c.workshop.workshop_id,), ((c.workshop.workshop_id, c.activity_id),),
                        _labels(groups, settings)))
        out.append(Pilot(card_id, title, tuple(pilot.workshop_ids), tuple(questions),
                         top_notes(archive, pilot.card_id)))
    return out


def top_notes(archive: Archive, card_id: str, limit: int = TOP_NOTES
              ) -> tuple[dict[str, Any], ...]:
    """The ``limit`` visible notes of pilot ``card_id`` with the most dots, then the
    earliest: of the notes :func:`studio.archive.notes_search.pilot_notes` finds, those
    first in its order sorted by dots. Read without what only its filters and counts need
    (a large archive has some 10,000 notes per pilot)."""
    from sqlalchemy import Text, and_, select, type_coerce

    from studio.archive import questions as Q
    from studio.archive import schema as S
    from studio.archive.selection import EVERYTHING, selected_workshops
    from studio.core.kinds import Moderation

    chosen = selected_workshops(archive, EVERYTHING)
    T = S.notes
    # The time as stored (text of one fixed form on a file, a time on a server): it
    # sorts as the time does, without making a datetime of every note's.
    created = type_coerce(T.c.created_at, Text).label("created_at")
    rows: list[Any] = []
    with archive.store.reading() as conn:
        keys = Q.workshop_keys(conn, chosen)
        scenarios = Q.scenario_rows(conn, list(keys), card_id)
        ids = list(dict.fromkeys(s.id for s in scenarios))
        for kpart in Q.chunks(list(keys)):
            for spart in Q.chunks(ids):
                rows.extend(conn.execute(select(
                    T.c.wkey, T.c.id, T.c.scenario_id, T.c.text, T.c.moderation, T.c.dots,
                    created).where(and_(T.c.wkey.in_(kpart), T.c.scenario_id.in_(spart)))))
    pilot = {(s.wkey, s.id) for s in scenarios}
    hidden = Moderation.HIDDEN.value
    position = {w.workshop_id: i for i, w in enumerate(chosen)}
    place = {key: position[w.workshop_id] for key, w in keys.items()}
    visible = (r for r in rows if r.moderation != hidden and (r.wkey, r.scenario_id) in pilot)
    # pilot_notes' order (workshop, time, id) decides only among notes whose dots, time and
    # id are all the same: that leaves the workshop.
    best = heapq.nsmallest(limit, visible, key=lambda r: (
        -int(r.dots or 0), r.created_at is None, r.created_at, r.id, place[r.wkey]))
    return tuple({"id": r.id, "text": r.text or "", "dots": int(r.dots or 0),
                  "workshop_id": keys[r.wkey].workshop_id} for r in best)


def group_labels(workshops: list[WorkshopRecords], language: str) -> dict[str, str]:
    """Stakeholder group key → its name in ``language`` (the first workshop naming it)."""
    from studio.core.kinds import localized

    out: dict[str, str] = {}
    for w in workshops:
        for g in w.workshop.get("stakeholder_groups") or []:
            out.setdefault(g["key"], localized(g, language) or g["key"])
    return out
