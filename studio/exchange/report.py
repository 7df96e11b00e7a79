"""A printable PDF summary of a workshop for the strategy paper.

A cover, then per scenario: the card's summary, each voting activity's chart
(from :mod:`studio.charts`, the same charts as the live view) with its key
figures, and the largest clusters with their notes. Hidden notes never appear
(they may hold personal data); results per stakeholder group follow the same
rule as everywhere (groups under 5 people are not broken out).

What goes on the pages is computed first as plain data (:func:`outline`), so it
can be tested without reading a PDF; :func:`write_report` then lays it out with
ReportLab's flowables (text wraps and flows, nothing leaves the page) and draws the
charts as vector graphics. Participant and card text is escaped for ReportLab's
paragraph markup: a "<b>" in a note is text, never formatting.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, words_in
from studio.core import results as core_results
from studio.core.kinds import Moderation, Source, localized, source_label
from studio.core.kinds.registry import kind_of
from studio.exchange import rows as R
from studio.exchange.records import WorkshopRecords, read_records
from studio.exchange.xlsx_writer import clean_text
from studio.store.atomic import atomic_path
from studio.store.database import WorkshopStore

A4_POINTS = (595.27, 841.89)
MARGIN_POINTS = 54.0  # 0.75 inch
CARD_FIELDS = ("summary", "problem", "goal", "ai_function", "human_oversight", "risks",
               "decided", "influence", "use_of_input")
# Headings of the card fields, in the report's language (the workshop's) through the catalogs.
FIELD_HEADINGS = {
    "summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "problem": QT_TRANSLATE_NOOP("Report", "Problem"),
    "goal": QT_TRANSLATE_NOOP("Report", "Goal"),
    "ai_function": QT_TRANSLATE_NOOP("Report", "What the AI does"),
    "human_oversight": QT_TRANSLATE_NOOP("Report", "Human oversight"),
    "risks": QT_TRANSLATE_NOOP("Report", "Risks"),
    "decided": QT_TRANSLATE_NOOP("Report", "Already decided"),
    "influence": QT_TRANSLATE_NOOP("Report", "What you can still influence"),
    "use_of_input": QT_TRANSLATE_NOOP("Report", "How the input will be used"),
}
TOP_CLUSTERS = 3
NOTES_PER_CLUSTER = 8


@dataclass
class ChartItem:
    prompt: str
    kind: str
    result: core_results.ActivityResult
    by_group: dict[str, core_results.ActivityResult]
    key_figures: str
    labels: dict[str, str] = field(default_factory=dict)


@dataclass
class ScenarioSection:
    title: str
    card_lines: list[tuple[str, str]]  # (field, text)
    charts: list[ChartItem]
    clusters: list[tuple[str, int, list[str]]]  # (name, dots, visible note texts)


@dataclass
class Outline:
    title: str
    facts: list[str]
    language: str
    sections: list[ScenarioSection]



def _channel_counts(kind: str, settings: dict[str, Any], options: list[tuple[str, str]],
                    responses: list[Any]) -> list[tuple[str, int]]:
    """People per channel (screen, phones, show of hands …), in the channels' order."""
    by_source: dict[str, list[Any]] = {}
    for r in responses:
        by_source.setdefault(r.source or Source.SCREEN.value, []).append(r)
    order = [s.value for s in Source]
    return [(src, core_results.compute(kind, settings, options, rs).n)
            for src, rs in sorted(by_source.items(),
                                  key=lambda kv: (order.index(kv[0]) if kv[0] in order
                                                  else len(order), kv[0]))]


def _text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return localized(value, language)
    return "" if value is None else str(value)



def _key_figures(result: core_results.ActivityResult, language: str,
                 channels: list[tuple[str, int]] | None = None) -> str:
    """n (with its split by channel where there is more than the shared screen), then the
    kind's headline figure."""
    w = words_in(language)
    parts = [f"n = {result.n}"]
    channels = [(src, n) for src, n in channels or [] if n]
    if len(channels) > 1 or any(src != Source.SCREEN.value for src, _ in channels):
        parts.append(w.translate("Report", "by channel: {split}").format(split=", ".join(
            f"{source_label(src, language)} {n}" for src, n in channels)))
    kind = kind_of(result.kind)
    if kind.headline == "mean" and result.mean is not None:
        parts.append(w.translate("Report", "average {mean}, median {median}").format(
            mean=format_number(result.mean, language, 1),
            median=format_number(result.median or 0, language, 1)))
    if kind.headline == "leader" and result.options:
        top = max(result.options, key=lambda o: (o.points if kind.measure != "count"
                                                 else o.count))
        parts.append(w.translate("Report", "ahead: {label} ({share})").format(
            label=top.label, share=format_percent(top.share, language)))
    if kind.headline == "agreement" and result.options:
        top = max(result.options, key=lambda o: o.share)
        parts.append(w.translate("Report", "most agreement: {label} ({share})").format(
            label=top.label, share=format_percent(top.share, language)))
    return " · ".join(parts)


def outline(rec: WorkshopRecords) -> Outline:
    """What the report shows, as data."""
    w = rec.workshop
    lang = w.get("language") or "de"
    words = words_in(lang)
    counts = rec.counts()
    n_scenarios, n_ballots = counts["scenarios"], counts["ballots"]
    n_visible = sum(1 for n in rec.notes if n["moderation"] == Moderation.VISIBLE.value)
    made = datetime.now(timezone.utc)
    facts = [f for f in (
        w["date"].strftime("%d.%m.%Y" if lang == "de" else "%Y-%m-%d") if w.get("date") else "",
        w.get("place") or "", w.get("organiser") or "", w.get("facilitator") or "",
        " · ".join((
            words.translate("Report", "Scenarios: {n}").format(n=n_scenarios),
            words.translate("Report", "Ballots: {n}").format(n=n_ballots),
            words.translate("Report", "Notes: {n}").format(n=n_visible))),
        words.translate("Report", "Results per group only where every group shown has at least "
                                  "5 people; smaller groups are shown together as “small "
                                  "groups”. Hidden notes are left out."),
        words.translate("Report", "Made {when} UTC with Co-Design Studio").format(
            when=made.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%Y-%m-%d %H:%M")),
    ) if f]
    options: dict[str, list[tuple[str, str]]] = {}
    for o in rec.options:
        options.setdefault(o["activity_id"], []).append((o["id"], o["label"]))
    active: dict[str, list[Any]] = {}
    for r in rec.responses:
        if r["withdrawn_at"] is None:
            active.setdefault(r["activity_id"], []).append(R._Slim(r))
    visible = [n for n in rec.notes if n["moderation"] == Moderation.VISIBLE.value]
    group_labels = {g["key"]: localized(g, lang) for g in w.get("stakeholder_groups") or []}
    sections = []
    for sc in rec.scenarios:
        card = sc["card"] or {}
        lines = [(key, _text(card[key], lang)) for key in CARD_FIELDS if _text(card.get(key), lang)]
        charts = []
        for a in rec.activities:
            if a["scenario_id"] != sc["id"] or kind_of(a["kind"]).collects_notes:
                continue
            settings = a["settings"] or {}
            rs = active.get(a["id"], [])
            result = core_results.compute(a["kind"], settings, options.get(a["id"], []), rs)
            by_group = core_results.compute_by_group(a["kind"], settings,
                                                     options.get(a["id"], []), rs)
            labels = {**group_labels, **{k: str(v) for k, v in settings.items()
                                          if k.endswith(("_label", "_low", "_high"))}}
            channels = _channel_counts(a["kind"], settings, options.get(a["id"], []), rs)
            charts.append(ChartItem(a["prompt"], a["kind"], result, by_group,
                                    _key_figures(result, lang, channels), labels))
        members: dict[str, list[dict[str, Any]]] = {}
        for n in visible:
            if n["cluster_id"]:
                members.setdefault(n["cluster_id"], []).append(n)
        clusters = [c for c in rec.clusters if c["scenario_id"] == sc["id"]]
        clusters.sort(key=lambda c: (-len(members.get(c["id"], [])), -c.get("dots", 0), c["id"]))
        top = []
        for c in clusters[:TOP_CLUSTERS]:
            notes = sorted(members.get(c["id"], []), key=lambda n: (-n.get("dots", 0),
                                                                      n["created_at"]))
            top.append((c["name"] or "–", len(members.get(c["id"], [])),
                        [n["text"] for n in notes[:NOTES_PER_CLUSTER]]))
        sections.append(ScenarioSection(R.card_title(card, lang) or sc["card_id"], lines,
                                        charts, top))
    return Outline(w["title"], facts, lang, sections)



def _chart_drawing(item: ChartItem, language: str, width: float) -> Any:
    """The chart as vector graphics (matplotlib SVG → ReportLab drawing), ``width`` points wide.

    The question is a paragraph above the chart (text that wraps and can be searched),
    so the chart itself is drawn without a title.
    """
    from svglib.svglib import svg2rlg

    from studio.charts import build_figure

    fig = build_figure(item.result, title="", labels=item.labels, language=language,
                       size=(8.0, 4.2), dpi=100, by_group=item.by_group or None)
    # svglib draws no SVG patterns: a hatched bar (and its legend key) would lose its colour
    # and print as an empty outline. Solid fills keep the colours; the bars' labels and
    # the legend's order still tell the series apart.
    from matplotlib.patches import Patch

    for patch in fig.findobj(Patch):
        if patch.get_hatch():
            patch.set_hatch(None)
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", facecolor=fig.get_facecolor(),
                metadata={"Date": None})  # the same workshop gives the same file
    buf.seek(0)
    drawing = svg2rlg(buf)
    scale = width / drawing.width
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.scale(scale, scale)
    return drawing


def write_report(store: WorkshopStore, path: Path,
                 progress: Callable[[float, str], None] | None = None) -> Path:
    """Write the PDF report of the workshop in ``store`` to ``path`` (atomically).

    Laid out with ReportLab's flowables: every text wraps inside the page's frame, a
    block that does not fit goes to the next page, charts are vector graphics.
    """
    from reportlab.lib.units import cm
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer)

    from studio.exchange.report_style import footer, paragraph_text, styles

    doc = outline(read_records(store))
    words = words_in(doc.language)
    st = styles()
    steps = max(1, sum(len(s.charts) for s in doc.sections))
    done = 0

    def para(text: str, style: str) -> Any:
        return Paragraph(paragraph_text(clean_text(text)), st[style])

    story: list[Any] = [Spacer(1, 5 * cm), para(doc.title, "title")]
    story += [para(fact, "fact") for fact in doc.facts]
    page = SimpleDocTemplate(
        "", pagesize=A4_POINTS, leftMargin=MARGIN_POINTS, rightMargin=MARGIN_POINTS,
        topMargin=MARGIN_POINTS, bottomMargin=MARGIN_POINTS,
        title=clean_text(doc.title), author="Co-Design Studio", creator="Co-Design Studio",
        lang=doc.language)
    for i, section in enumerate(doc.sections, 1):
        story += [PageBreak(), para(f"{i}. {section.title}", "h1")]
        for key, value in section.card_lines:
            heading = words.translate("Report", FIELD_HEADINGS[key])
            story.append(KeepTogether([para(heading, "field"), para(value, "body")]))
        for item in section.charts:
            block = [para(item.prompt, "h2"), _chart_drawing(item, doc.language, page.width)]
            if item.key_figures != f"n = {item.result.n}":  # n alone: the caption says it
                block.append(para(item.key_figures, "figures"))
            story.append(KeepTogether(block))
            done += 1
            if progress:
                progress(done / steps * 0.9, section.title)
        if section.clusters:
            story.append(para(words.translate("Report", "Largest clusters"), "h2"))
            for name, size, notes in section.clusters:
                block = [para(words.translate("Report", "{name} (notes: {n})")
                              .replace("{n}", str(size)).replace("{name}", name), "cluster")]
                block += [para(f"– {note}", "note") for note in notes]
                story.append(KeepTogether(block))
    page_label = words.translate("Report", "Page {page}")
    with atomic_path(Path(path), suffix=".pdf") as tmp:
        page.filename = str(tmp)
        page.build(story, onFirstPage=footer(page_label, doc.title),
                   onLaterPages=footer(page_label, doc.title))
    if progress:
        progress(1.0, "done")
    return Path(path)
