"""The strategy paper and the staff handbook drafts, as Word documents staff go on editing.

:func:`write_paper` writes, from an archive, per pilot (scenario card): a short
summary of the results with charts (:func:`studio.charts.build_figure`, drawn
to PNG by matplotlib's Agg renderer, no pyplot), common ground and dividing
lines among its statements (:mod:`studio.archive.consensus`), and every
recommendation concerning it (with whom it is for, its decision, and its
evidence quotes and numbers; those not adopted too, with the reason);
then an appendix listing every piece of evidence with the ids that find it in
the merged workbook (``studio merge ARCHIVE``: sheet, workshop id, item id).
With ``handbook``, a second document holds the recommendations meant for staff
(adopted into the handbook, or proposed for it; not those not adopted).

Only real Word styles are used (Title, Heading 1–3, Caption, List Bullet,
Quote, TOC Heading, and a table of contents field that Word fills in when the
document is opened), so that a city's template can be applied to the draft.
All texts are in ``language`` through the catalogs (context "Paper").
Participant text is plain text in runs (never markup), with the characters
XML cannot hold removed. Both files are written atomically.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studio.archive.archive import Archive
from studio.archive.consensus import statement_agreement
from studio.archive.evidence import SHEET_OF, WITHDRAWN_TEXT, describe_figures
from studio.archive.pilots import Pilot, Question, group_labels, pilots
from studio.archive.recommendations import (
    ADOPTED,
    BOTH,
    CHANGED,
    HANDBOOK,
    NOT_ADOPTED,
    PAPER,
    RecommendationWithEvidence,
    recommendations,
)
from studio.archive.selection import EVERYTHING
from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP, format_percent, words_in
from studio.exchange.xlsx_writer import clean_text
from studio.store.atomic import atomic_path, check_output

DECISION_TEXT = {
    "proposed": QT_TRANSLATE_NOOP("Paper", "Proposed, not decided yet"),
    ADOPTED: QT_TRANSLATE_NOOP("Paper", "Adopted"),
    CHANGED: QT_TRANSLATE_NOOP("Paper", "Adopted with changes"),
    NOT_ADOPTED: QT_TRANSLATE_NOOP("Paper", "Not adopted"),
}
INTO_TEXT = {
    PAPER: QT_TRANSLATE_NOOP("Paper", "into the strategy paper"),
    HANDBOOK: QT_TRANSLATE_NOOP("Paper", "into the staff handbook"),
    BOTH: QT_TRANSLATE_NOOP("Paper", "into the strategy paper and the staff handbook"),
}
AUDIENCE_TEXT = {
    PAPER: QT_TRANSLATE_NOOP("Paper", "the strategy paper"),
    HANDBOOK: QT_TRANSLATE_NOOP("Paper", "the staff handbook"),
    BOTH: QT_TRANSLATE_NOOP("Paper", "the strategy paper and the staff handbook"),
}
KIND_TEXT = {
    "note": QT_TRANSLATE_NOOP("Paper", "note"),
    "cluster": QT_TRANSLATE_NOOP("Paper", "cluster"),
    "result": QT_TRANSLATE_NOOP("Paper", "result"),
    "statement": QT_TRANSLATE_NOOP("Paper", "statement"),
}
TOP_STATEMENTS = 5
_APPENDIX_WIDTHS = (1.2, 6.3, 2.0, 3.3, 3.3)  # cm: number, quote, sheet, workshop id, item id


@dataclass(frozen=True)
class PaperSummary:
    pilots: int
    recommendations: int
    evidence: int
    handbook_recommendations: int


def _t(text: str) -> str:
    return clean_text(str(text or ""))


def decision_line(rec: Any, language: str) -> str:
    """"Adopted into the strategy paper (Ben, 2026-11-30)", or with the reason."""
    w = words_in(language)
    text = w.translate("Paper", DECISION_TEXT[rec.decision])
    if rec.decision in (ADOPTED, CHANGED) and rec.decision_into:
        text += " " + w.translate("Paper", INTO_TEXT[rec.decision_into])
    if rec.decision_reason:
        text += ": " + rec.decision_reason
    return text


class _Doc:
    """A python-docx document with the few things both drafts need."""

    def __init__(self, title: str, language: str) -> None:
        import docx
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.doc = docx.Document()
        self.language = language
        self.words = words_in(language)
        self.doc.core_properties.title = _t(title)
        self.doc.core_properties.language = language
        self.doc.core_properties.author = "Co-Design Studio"
        self.doc.add_heading(_t(title), level=0)
        # Word fills in fields (the table of contents) when the document is opened.
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        self.doc.settings.element.append(update)
        self._qn, self._el = qn, OxmlElement

    def para(self, text: str, style: str | None = None, bold: bool = False) -> Any:
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(_t(text))
        run.bold = bold or None
        return p

    def heading(self, text: str, level: int) -> Any:
        return self.doc.add_heading(_t(text), level=level)

    def toc(self) -> None:
        """A table of contents field (headings 1–2) under a "Contents" heading."""
        self.para(self.words.translate("Paper", "Contents"), "TOC Heading")
        p = self.doc.add_paragraph()
        run = p.add_run()
        parts = [("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)]
        for kind, instr in parts:
            if kind:
                el = self._el("w:fldChar")
                el.set(self._qn("w:fldCharType"), kind)
            else:
                el = self._el("w:instrText")
                el.set(self._qn("xml:space"), "preserve")
                el.text = instr
            run._r.append(el)
        p.add_run(self.words.translate(
            "Paper", "Update this field to show the table of contents (in Word: F9)."))
        end = self._el("w:fldChar")
        end.set(self._qn("w:fldCharType"), "end")
        p.add_run()._r.append(end)

    def picture(self, png: bytes, caption: str) -> None:
        from docx.shared import Cm

        self.doc.add_picture(io.BytesIO(png), width=Cm(15.5))
        self.para(caption, "Caption")

    def save(self, path: Path) -> None:
        with atomic_path(path, suffix=".docx") as tmp:
            self.doc.save(str(tmp))


def chart_png(question: Question, language: str) -> bytes:
    """The question's chart as a PNG (matplotlib's Agg renderer through Figure.savefig)."""
    from studio.charts import build_figure

    fig = build_figure(question.result, title="", labels=question.labels, language=language,
                       size=(8.0, 4.2), dpi=120, by_group=question.by_group or None)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor=fig.get_facecolor(), metadata={"Software": None})
    return buf.getvalue()


def _key_figures(question: Question, language: str) -> str:
    from studio.exchange.report import _key_figures

    return _key_figures(question.result, language)



def _meant_for(item: RecommendationWithEvidence) -> str:
    """Where a recommendation goes: where it was adopted into, else its audience."""
    r = item.recommendation
    if r.decision in (ADOPTED, CHANGED) and r.decision_into:
        return r.decision_into
    return r.audience


def _for_handbook(item: RecommendationWithEvidence) -> bool:
    """The handbook holds what staff are to do: not the recommendations not adopted."""
    return _meant_for(item) in (HANDBOOK, BOTH) and item.recommendation.decision != NOT_ADOPTED


def _check_outputs(output: Path, handbook: Path | None, force: bool) -> None:
    check_output(output, force=force)
    if handbook is not None:
        check_output(handbook, force=force)
        if handbook.resolve() == output.resolve():
            raise StudioError(QT_TRANSLATE_NOOP(
                "Errors", "The paper and the handbook cannot be the same file ({path}). Choose "
                "two names."), path=str(output))


def write_paper(archive: Archive, output: Path, *, handbook: Path | None = None,
                language: str = "de", force: bool = False) -> PaperSummary:
    """Write the strategy paper draft (and with ``handbook`` the staff handbook draft)."""
    output = Path(output)
    handbook = Path(handbook) if handbook is not None else None
    _check_outputs(output, handbook, force)
    workshops = archive.outlines()  # titles and group names: no answers or notes needed
    if not workshops:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{archive} holds no workshops yet, so there is no paper to write. Add "
            "some with studio archive add."), archive=archive.shown)
    found = recommendations(archive)
    catalog = {w.workshop_id: w for w in archive.workshops()}
    found_pilots = pilots(archive, workshops, language)
    doc = _Doc(words_in(language).translate("Paper", "Strategy paper (draft)"), language)
    cities = sorted({w.city for w in catalog.values() if w.city})
    doc.para(doc.words.translate("Paper", "Drawn from the archive's workshops ({n}; {cities}), made on {date} "
                    "with Co-Design Studio. The evidence ids in the appendix find each item in "
                    "the merged workbook (studio merge).").format(
        date=datetime.now(timezone.utc).strftime("%d.%m.%Y" if language == "de" else "%Y-%m-%d"),
        n=len(workshops), cities=", ".join(cities) or "–"))
    doc.toc()
    appendix: list[tuple[int, Any]] = []
    numbers: dict[str, int] = {}
    # The paper shows every recommendation, those for the handbook and those not adopted
    # too (with the reason): the strategy team sees everything that was weighed.
    paper_recs = list(found)
    for pilot in found_pilots:
        _pilot_section(doc, archive, pilot, workshops, catalog, language)
        mine = [r for r in paper_recs if pilot.card_id in r.recommendation.pilots]
        _recommendations(doc, mine, numbers, appendix, language)
    known = {p.card_id for p in found_pilots}
    others = [r for r in paper_recs if not set(r.recommendation.pilots) & known]
    if others:
        doc.heading(doc.words.translate("Paper", "Recommendations across pilots"), 1)
        _recommendations(doc, others, numbers, appendix, language, heading=False)
    _appendix(doc, appendix, catalog, language)
    doc.save(output)
    in_handbook = [r for r in found if _for_handbook(r)]
    if handbook is not None:
        from studio.archive.handbook import write_handbook

        write_handbook(handbook, in_handbook, found_pilots, language)
    return PaperSummary(len(found_pilots), len(paper_recs), len(appendix), len(in_handbook))


def _pilot_section(doc: _Doc, archive: Archive, pilot: Pilot, workshops: list[Any],
                   catalog: dict[str, Any], language: str) -> None:
    doc.heading(pilot.title, 1)
    doc.heading(doc.words.translate("Paper", "What the workshops showed"), 2)
    names = [f"{catalog[w].title} ({catalog[w].city})" if catalog[w].city else catalog[w].title
             for w in pilot.workshops if w in catalog]
    doc.para(doc.words.translate("Paper", "Workshops that discussed it ({n}): {names}.").format(
        n=len(pilot.workshops), names="; ".join(names)))
    for question in pilot.questions:
        doc.para(question.prompt, bold=True)
        doc.picture(chart_png(question, language),
                    doc.words.translate("Paper", "Figure: {prompt} (workshops: {n}, n = "
                                        "{people})").format(
                        prompt=question.prompt, n=len(question.workshops),
                        people=question.result.n))
        doc.para(_key_figures(question, language))
    if pilot.notes:
        doc.para(doc.words.translate("Paper", "Notes with the most dots:"), bold=True)
        for note in pilot.notes:
            doc.para(f"„{note['text']}“" if language == "de" else f"“{note['text']}”",
                     "List Bullet")
    doc.heading(doc.words.translate("Paper", "Common ground and dividing lines"), 2)
    report = statement_agreement(archive, EVERYTHING, pilot.card_id)
    labels = group_labels(workshops, language)
    if not report.statements:
        doc.para(doc.words.translate("Paper", "No agree/disagree statements were asked about this pilot."))
        return
    doc.para(doc.words.translate("Paper", "Common ground: statements that every stakeholder group agrees with (the "
                    "consensus score is high only when each group agrees)."))
    common = [s for s in report.common_ground if s.consensus is not None][:TOP_STATEMENTS]
    for s in common:
        doc.para(_standing_line(s, language, labels), "List Bullet")
    if not common:
        doc.para(doc.words.translate("Paper", "None: no statement found agreement in every group."))
    doc.para(doc.words.translate("Paper", "Dividing lines: statements the groups see most differently (the "
                    "divisiveness is how far the groups' agreement lies apart)."))
    lines = [s for s in report.dividing_lines if s.divisiveness > 0][:TOP_STATEMENTS]
    for s in lines:
        doc.para(_standing_line(s, language, labels), "List Bullet")
    if not lines:
        doc.para(doc.words.translate("Paper", "None found: fewer than two groups of at least 5 people answered."))
    if any(s.warning for s in report.statements):
        doc.para(doc.words.translate("Paper", "Caution: some groups had fewer than 5 people; they are not shown on "
                        "their own, and the scores say less about them."), "Quote")


def _standing_line(s: Any, language: str, labels: dict[str, str]) -> str:
    """One statement with its agreement overall and per group (a StatementAgreement)."""
    from studio.core.kinds import group_label

    w = words_in(language)
    groups = ", ".join(
        f"{labels.get(g.group) or group_label(g.group, [], language)} "
        f"{format_percent(g.agree / g.seen if g.seen else 0.0, language)} (n = {g.seen})"
        for g in s.groups if g.seen)
    return w.translate("Paper", "“{statement}”: agree {share} (n = {n}){groups}").format(
        statement=s.text, share=format_percent(s.share or 0.0, language), n=s.seen,
        groups=f"; {groups}" if groups else "")


def _recommendations(doc: _Doc, items: list[RecommendationWithEvidence],
                     numbers: dict[str, int], appendix: list[tuple[int, Any]], language: str,
                     heading: bool = True) -> None:
    if heading:
        doc.heading(doc.words.translate("Paper", "Recommendations"), 2)
    if not items:
        doc.para(doc.words.translate("Paper", "No recommendations yet."))
        return
    for item in items:
        r = item.recommendation
        doc.heading(r.title, 3)
        doc.para(doc.words.translate("Paper", "Decision: {decision}").format(decision=decision_line(r, language)),
                 bold=True)
        doc.para(doc.words.translate("Paper", "For: {audience}").format(
            audience=doc.words.translate("Paper", AUDIENCE_TEXT[_meant_for(item)])))
        if r.text:
            doc.para(r.text)
        if not item.evidence:
            doc.para(doc.words.translate("Paper", "No evidence linked yet."))
        for e in item.evidence:
            if e.id not in numbers:
                numbers[e.id] = len(numbers) + 1
                appendix.append((numbers[e.id], e))
            doc.para(evidence_line(e, language, numbers[e.id]), "List Bullet")


def evidence_line(e: Any, language: str, number: int | None = None) -> str:
    """One piece of evidence in words: kind, quote, figures, where from, withdrawn or not."""
    w = words_in(language)
    parts = [w.translate("Paper", KIND_TEXT[e.ref.kind])]
    if e.quote:
        parts.append(f"„{e.quote}“" if language == "de" else f"“{e.quote}”")
    figures = describe_figures(e.ref.kind, e.figures, language)
    if figures:
        parts.append(figures)
    where = e.context.get("workshop_title") or e.ref.workshop_id
    parts.append(w.translate("Paper", "from {workshop}").format(workshop=where))
    text = " – ".join(parts)
    if e.withdrawn:
        text += " [" + w.translate("Paper", WITHDRAWN_TEXT[e.withdrawn]) + "]"
    if number is not None:
        text += f" [E{number}]"
    return text


def _appendix(doc: _Doc, items: list[tuple[int, Any]], catalog: dict[str, Any],
              language: str) -> None:
    doc.heading(doc.words.translate("Paper", "Appendix: evidence"), 1)
    doc.para(doc.words.translate("Paper", "Each line names the sheet of the merged workbook (studio merge ARCHIVE) "
                    "and the ids that find the item there: the workshop id and the item's id."))
    if not items:
        doc.para(doc.words.translate("Paper", "No evidence linked yet."))
        return
    from docx.shared import Cm, Pt

    table = doc.doc.add_table(rows=1, cols=5)
    table.autofit = False
    table.style = "Table Grid" if "Table Grid" in [s.name for s in doc.doc.styles] else None
    head = [doc.words.translate("Paper", "No."), doc.words.translate("Paper", "Kind and quote"), doc.words.translate("Paper", "Sheet"), doc.words.translate("Paper", "Workshop id"),
            doc.words.translate("Paper", "Item id")]
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = _t(text)
    for number, e in items:
        cells = table.add_row().cells
        values = [f"E{number}", evidence_line(e, language), SHEET_OF[e.ref.kind][0],
                  e.ref.workshop_id, e.ref.item_id]
        for i, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.text = _t(text)
            if i >= 3:  # ids: small, to be copied rather than read
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(7.5)
    for row in table.rows:
        for cell, width in zip(row.cells, _APPENDIX_WIDTHS, strict=True):
            cell.width = Cm(width)
