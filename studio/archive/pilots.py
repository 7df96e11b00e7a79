"""Per pilot (a scenario card, by card id): what the strategy paper prints of its results.

A thin view of the archive's analysis (:mod:`studio.archive.analysis`), so that the
paper and the analysis window pool the same answers by the same rule: questions are
matched across workshops by card, activity template and kind, never by wording; a
workshop whose answers do not fit the pooled question (another scale, budget …) keeps
a result of its own. Groups are broken out as every other output does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.archive.archive import Archive
from studio.exchange.records import WorkshopRecords


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
    notes: tuple[dict[str, Any], ...]  # visible notes, most dots first


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
    """Every pilot of the archive with its questions and its notes (most dots first)."""
    from studio.archive.analysis import pilot_analysis
    from studio.archive.analysis import pilots as pilot_list
    from studio.archive.notes_search import pilot_notes

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
        notes = sorted(pilot_notes(archive, pilot.card_id).notes,
                       key=lambda n: (-n.dots, n.created_at is None, n.created_at, n.note_id))
        out.append(Pilot(card_id, title, tuple(pilot.workshop_ids),
                         tuple(questions),
                         tuple({"id": n.note_id, "text": n.text, "dots": n.dots,
                                "workshop_id": n.workshop_id} for n in notes)))
    return out


def group_labels(workshops: list[WorkshopRecords], language: str) -> dict[str, str]:
    """Stakeholder group key → its name in ``language`` (the first workshop naming it)."""
    from studio.core.kinds import localized

    out: dict[str, str] = {}
    for w in workshops:
        for g in w.workshop.get("stakeholder_groups") or []:
            out.setdefault(g["key"], localized(g, language) or g["key"])
    return out
