"""The staff handbook draft: the recommendations meant for staff, by pilot (a Word document).

Written by :func:`studio.archive.paper.write_paper` with ``handbook``: every
recommendation adopted into the handbook or proposed for it (not those not
adopted), each with its text, the decision and the evidence it rests on that
the archive still shows. The same Word styles as the paper.
"""

from __future__ import annotations

from pathlib import Path

from studio.archive.paper import _Doc, decision_line, evidence_line
from studio.archive.pilots import Pilot
from studio.archive.recommendations import RecommendationWithEvidence
from studio.base.i18n import words_in


def write_handbook(path: Path, items: list[RecommendationWithEvidence],
                    found_pilots: list[Pilot], language: str) -> None:
    """Write the handbook draft with ``items`` to ``path`` (atomically)."""
    doc = _Doc(words_in(language).translate("Paper", "Staff handbook (draft)"), language)
    doc.para(doc.words.translate("Paper", "The recommendations meant for staff, by pilot, with the decision on each "
                    "and what it rests on."))
    doc.toc()
    titles = {p.card_id: p.title for p in found_pilots}
    done: set[str] = set()
    for card_id, title in titles.items():
        mine = [i for i in items if card_id in i.recommendation.pilots]
        if not mine:
            continue
        doc.heading(title, 1)
        for item in mine:
            _handbook_entry(doc, item, language)
            done.add(item.recommendation.id)
    rest = [i for i in items if i.recommendation.id not in done]
    if rest:
        doc.heading(doc.words.translate("Paper", "For all pilots"), 1)
        for item in rest:
            _handbook_entry(doc, item, language)
    if not items:
        doc.para(doc.words.translate("Paper", "No recommendations for staff yet."))
    doc.save(path)


def _handbook_entry(doc: _Doc, item: RecommendationWithEvidence, language: str) -> None:
    r = item.recommendation
    doc.heading(r.title, 2)
    if r.text:
        doc.para(r.text)
    doc.para(doc.words.translate("Paper", "Decision: {decision}").format(decision=decision_line(r, language)))
    shown = [e for e in item.evidence if not e.withdrawn]
    if shown:
        doc.para(doc.words.translate("Paper", "What it rests on:"), bold=True)
        for e in shown:
            doc.para(evidence_line(e, language), "List Bullet")
