"""A printable PDF summary of a workshop for the strategy paper.

A cover, then per scenario: the card's summary, each voting activity's chart
(from :mod:`studio.charts`, the same charts as the live view) with its key
figures, and the largest clusters with their notes. Hidden notes never appear
(they may hold personal data); results per stakeholder group follow the same
rule as everywhere (groups under 5 people are not broken out).

What goes on the pages is computed first as plain data (:func:`outline`), so it
can be tested without reading a PDF; :func:`write_report` then draws it with
matplotlib Figures into ``PdfPages`` (no pyplot). Participant and card text is
drawn with ``parse_math=False``: a "$" in a note is a dollar sign, never TeX.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studio.core import results as core_results
from studio.core.kinds import Moderation, localized
from studio.core.kinds.registry import kind_of
from studio.exchange import rows as R
from studio.exchange.records import WorkshopRecords, read_records
from studio.exchange.xlsx_writer import clean_text
from studio.store.atomic import atomic_path
from studio.store.database import WorkshopStore

A4 = (8.27, 11.69)
MARGIN = 0.75  # inches
CARD_FIELDS = ("summary", "problem", "goal", "ai_function", "human_oversight", "risks",
               "decided", "influence", "use_of_input")
# Headings of the card fields in the report's language (the workshop's language).
FIELD_HEADINGS = {
    "summary": {"de": "Kurzbeschreibung", "en": "Summary"},
    "problem": {"de": "Problem", "en": "Problem"},
    "goal": {"de": "Ziel", "en": "Goal"},
    "ai_function": {"de": "Was die KI tut", "en": "What the AI does"},
    "human_oversight": {"de": "Menschliche Aufsicht", "en": "Human oversight"},
    "risks": {"de": "Risiken", "en": "Risks"},
    "decided": {"de": "Bereits entschieden", "en": "Already decided"},
    "influence": {"de": "Was Sie noch beeinflussen können", "en": "What you can still influence"},
    "use_of_input": {"de": "Wie die Beiträge verwendet werden", "en": "How the input will be used"},
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


def _text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return localized(value, language)
    return "" if value is None else str(value)


def _key_figures(result: core_results.ActivityResult, language: str) -> str:
    de = language == "de"
    parts = [f"n = {result.n}"]
    if result.n_tally:
        parts.append(f"davon {result.n_tally} gezählt" if de
                      else f"of which {result.n_tally} counted")
    kind = kind_of(result.kind)
    if kind.headline == "mean" and result.mean is not None:
        parts.append(f"Mittelwert {result.mean:.2f}, Median {result.median:g}" if de
                      else f"mean {result.mean:.2f}, median {result.median:g}")
    if kind.headline == "leader" and result.options:
        top = max(result.options, key=lambda o: (o.points if kind.measure != "count"
                                                 else o.count))
        parts.append(f"vorn: {top.label} ({top.share:.0%})" if de
                      else f"ahead: {top.label} ({top.share:.0%})")
    if kind.headline == "agreement" and result.options:
        top = max(result.options, key=lambda o: o.share)
        parts.append(f"meiste Zustimmung: {top.label} ({top.share:.0%})" if de
                      else f"most agreement: {top.label} ({top.share:.0%})")
    return " · ".join(parts)


def outline(rec: WorkshopRecords) -> Outline:
    """What the report shows, as data."""
    w = rec.workshop
    lang = w.get("language") or "de"
    de = lang == "de"
    counts = rec.counts()
    facts = [f for f in (
        w["date"].strftime("%d.%m.%Y") if w.get("date") else "",
        w.get("place") or "", w.get("organiser") or "", w.get("facilitator") or "",
        (f"{counts['scenarios']} Szenarien · {counts['ballots']} Stimmzettel · "
         f"{sum(1 for n in rec.notes if n['moderation'] == Moderation.VISIBLE.value)} Notizen"
         if de else f"{counts['scenarios']} scenarios · {counts['ballots']} ballots · "
         f"{sum(1 for n in rec.notes if n['moderation'] == Moderation.VISIBLE.value)} notes"),
        ("Ergebnisse je Gruppe nur, wo jede gezeigte Gruppe mindestens 5 Personen hat. "
         "Ausgeblendete Notizen sind nicht enthalten." if de else
         "Results per group only where every group shown has at least 5 people. Hidden notes "
         "are left out."),
        (f"Erstellt {datetime.now(timezone.utc):%d.%m.%Y %H:%M} UTC mit Co-Design Studio" if de
         else f"Made {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with Co-Design Studio"),
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
            charts.append(ChartItem(a["prompt"], a["kind"], result, by_group,
                                    _key_figures(result, lang), labels))
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


class _Pages:
    """A4 pages filled top to bottom; a new page when the next block does not fit."""

    def __init__(self, pdf: Any) -> None:
        from matplotlib.figure import Figure

        self._figure_cls = Figure
        self.pdf = pdf
        self.fig: Any = None
        self.y = 0.0  # inches from the top

    def new_page(self) -> None:
        self.flush()
        self.fig = self._figure_cls(figsize=A4)
        self.fig.set_facecolor("white")
        self.y = MARGIN

    def flush(self) -> None:
        if self.fig is not None:
            self.pdf.savefig(self.fig)
            self.fig = None

    def room(self, height: float) -> None:
        if self.fig is None or self.y + height > A4[1] - MARGIN:
            self.new_page()

    def text(self, text: str, size: float = 10, bold: bool = False, width: int = 95,
             indent: float = 0.0, gap: float = 0.08) -> None:
        lines = []
        for para in clean_text(text).splitlines() or [""]:
            lines.extend(textwrap.wrap(para, width) or [""])
        line_h = size / 72 * 1.35
        for line in lines:
            self.room(line_h)
            self.fig.text((MARGIN + indent) / A4[0], 1 - (self.y + size / 72) / A4[1], line,
                          fontsize=size, fontweight="bold" if bold else "normal",
                          parse_math=False, color="#111111")
            self.y += line_h
        self.y += gap

    def image(self, png: bytes, height: float) -> None:
        from matplotlib.image import imread

        self.room(height)
        img = imread(io.BytesIO(png), format="png")
        width = A4[0] - 2 * MARGIN
        ax = self.fig.add_axes((MARGIN / A4[0], 1 - (self.y + height) / A4[1],
                                width / A4[0], height / A4[1]))
        ax.imshow(img, interpolation="antialiased")
        ax.set_axis_off()
        self.y += height + 0.1


def _chart_png(item: ChartItem, language: str) -> bytes:
    from studio.charts import build_figure

    fig = build_figure(item.result, title=item.prompt, labels=item.labels, language=language,
                       size=(8.0, 4.6), dpi=100, by_group=item.by_group or None)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=200, facecolor=fig.get_facecolor())
    return buf.getvalue()


def write_report(store: WorkshopStore, path: Path,
                 progress: Callable[[float, str], None] | None = None) -> Path:
    """Write the PDF report of the workshop in ``store`` to ``path`` (atomically)."""
    from matplotlib.backends.backend_pdf import PdfPages

    doc = outline(read_records(store))
    de = doc.language == "de"
    steps = max(1, sum(len(s.charts) for s in doc.sections))
    done = 0
    with atomic_path(Path(path), suffix=".pdf") as tmp, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        with PdfPages(tmp, metadata={"Title": clean_text(doc.title),
                                     "Creator": "Co-Design Studio"}) as pdf:
            pages = _Pages(pdf)
            pages.new_page()
            pages.y = 3.0
            pages.text(doc.title, size=24, bold=True, width=40, gap=0.3)
            for fact in doc.facts:
                pages.text(fact, size=12, width=75)
            for i, section in enumerate(doc.sections, 1):
                pages.new_page()
                pages.text(f"{i}. {section.title}", size=18, bold=True, width=55, gap=0.15)
                for key, value in section.card_lines:
                    heading = FIELD_HEADINGS[key]["de" if de else "en"]
                    pages.text(heading, size=9, bold=True, gap=0)
                    pages.text(value, size=9.5, gap=0.1)
                for item in section.charts:
                    pages.image(_chart_png(item, doc.language), height=4.0)
                    pages.text(item.key_figures, size=9, width=110, gap=0.2)
                    done += 1
                    if progress:
                        progress(done / steps, section.title)
                if section.clusters:
                    pages.room(0.6)
                    pages.text("Größte Cluster" if de else "Largest clusters", size=13,
                               bold=True, gap=0.1)
                    for name, size, notes in section.clusters:
                        pages.text(f"{name} ({size} {'Notizen' if de else 'notes'})", size=10.5,
                                   bold=True, gap=0.02)
                        for note in notes:
                            pages.text(f"– {note}", size=9.5, indent=0.2, width=100, gap=0.02)
                        pages.y += 0.1
            pages.flush()
    if progress:
        progress(1.0, "done")
    return Path(path)
