"""A feedback page for a workshop's participants: "What you told us, and what became of it".

A printable PDF in the workshop's language and in plain words: what was heard
(each question's result in a line, and the notes with the most dots), the
decisions on the recommendations that cite this workshop's evidence (adopted,
adopted with changes, not adopted with the reason, or not decided yet), and
where to read more (``more_info``, e.g. the city's web page; otherwise the
organiser). Hidden notes never appear. Laid out with ReportLab's flowables like
the workshop report (:mod:`studio.exchange.report`); participant text is
escaped, never markup. Written atomically.

What goes on the page is computed first as plain data (:func:`feedback_outline`)
so that the UI can show it before printing and tests can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.archive.archive import Archive
from studio.archive.paper import decision_line
from studio.archive.recommendations import recommendations
from studio.base.i18n import words_in
from studio.exchange.xlsx_writer import clean_text
from studio.store.atomic import atomic_path, check_output

TOP_NOTES = 3


@dataclass(frozen=True)
class HeardSection:
    title: str
    results: tuple[tuple[str, str], ...]  # (question, key figures)
    notes: tuple[str, ...]


@dataclass(frozen=True)
class DecisionItem:
    title: str
    text: str
    decision: str  # the decision in words (with the reason)
    decided: bool


@dataclass(frozen=True)
class FeedbackOutline:
    language: str
    title: str  # the workshop's
    facts: str
    heard: tuple[HeardSection, ...]
    decisions: tuple[DecisionItem, ...]
    more_info: str


def feedback_outline(archive: Archive, workshop_id: str, more_info: str = ""
                     ) -> FeedbackOutline:
    """What the feedback page of the workshop ``workshop_id`` (or a unique start) says."""
    from studio.exchange.report import outline

    found = archive.find(workshop_id)
    rec = archive.records(found.workshop_id)
    lang = found.language if found.language in ("de", "en") else "de"
    w = words_in(lang)
    report = outline(rec)
    notes_by_card: dict[str, list[dict[str, Any]]] = {}
    scen_title = {s["id"]: s for s in rec.scenarios}
    for n in rec.notes:
        if n["moderation"] == "visible" and n["scenario_id"] in scen_title:
            notes_by_card.setdefault(n["scenario_id"], []).append(n)
    heard = []
    for sc, section in zip(rec.scenarios, report.sections, strict=True):
        top = sorted(notes_by_card.get(sc["id"], []),
                     key=lambda n: (-(n.get("dots") or 0), n["created_at"], n["id"]))
        heard.append(HeardSection(section.title,
                                  tuple((c.prompt, c.key_figures) for c in section.charts),
                                  tuple(n["text"] for n in top[:TOP_NOTES])))
    decisions = []
    for item in recommendations(archive):
        if not any(e.ref.workshop_id == found.workshop_id for e in item.evidence):
            continue
        r = item.recommendation
        decisions.append(DecisionItem(r.title, r.text, decision_line(r, lang),
                                      r.decision != "proposed"))
    when = found.date.strftime("%d.%m.%Y" if lang == "de" else "%Y-%m-%d") if found.date else ""
    facts = " · ".join(x for x in (when, found.place, found.city) if x)
    if not more_info.strip():
        organiser = rec.workshop.get("organiser") or found.city
        more_info = (w.translate("Feedback", "Ask the organisers of the workshop ({who}).")
                     .format(who=organiser) if organiser else
                     w.translate("Feedback", "Ask the organisers of the workshop."))
    return FeedbackOutline(lang, found.title, facts, tuple(heard), tuple(decisions),
                           more_info.strip())


def write_feedback(archive: Archive, workshop_id: str, output: Path, *, more_info: str = "",
                   force: bool = False) -> FeedbackOutline:
    """Write the feedback page of one workshop as a PDF to ``output`` (atomically)."""
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate

    from studio.exchange.report import A4_POINTS, MARGIN_POINTS
    from studio.exchange.report_style import footer, paragraph_text, styles

    output = Path(output)
    check_output(output, force=force)
    doc = feedback_outline(archive, workshop_id, more_info)
    w = words_in(doc.language)
    st = styles()

    def para(text: str, style: str) -> Any:
        return Paragraph(paragraph_text(clean_text(text)), st[style])

    heading = w.translate("Feedback", "What you told us, and what became of it")
    story: list[Any] = [para(heading, "title"), para(doc.title, "h1")]
    if doc.facts:
        story.append(para(doc.facts, "fact"))
    story.append(para(w.translate(
        "Feedback", "Thank you for taking part. This page sums up what we heard at the "
        "workshop, and what the city decided about the recommendations that rest on it."),
        "body"))
    story.append(para(w.translate("Feedback", "What we heard"), "h1"))
    for section in doc.heard:
        block = [para(section.title, "h2")]
        block += [para(f"{q}: {figures}", "body") for q, figures in section.results]
        if section.notes:
            block.append(para(w.translate("Feedback", "Notes with the most dots:"), "field"))
            block += [para(f"– {n}", "note") for n in section.notes]
        story.append(KeepTogether(block))
    story.append(para(w.translate("Feedback", "What became of it"), "h1"))
    if not doc.decisions:
        story.append(para(w.translate(
            "Feedback", "No recommendation draws on this workshop yet. We will tell you when "
            "there are decisions."), "body"))
    for item in doc.decisions:
        block = [para(item.title, "h2"),
                 para(w.translate("Feedback", "Decision: {decision}").format(
                     decision=item.decision), "cluster")]
        if item.text:
            block.append(para(item.text, "body"))
        story.append(KeepTogether(block))
    story += [para(w.translate("Feedback", "Where to read more"), "h1"),
              para(doc.more_info, "body")]
    page = SimpleDocTemplate(
        "", pagesize=A4_POINTS, leftMargin=MARGIN_POINTS, rightMargin=MARGIN_POINTS,
        topMargin=MARGIN_POINTS, bottomMargin=MARGIN_POINTS, title=clean_text(heading),
        author="Co-Design Studio", creator="Co-Design Studio", lang=doc.language)
    label = w.translate("Report", "Page {page}")
    with atomic_path(output, suffix=".pdf") as tmp:
        page.filename = str(tmp)
        page.build(story, onFirstPage=footer(label, doc.title),
                   onLaterPages=footer(label, doc.title))
    return doc
