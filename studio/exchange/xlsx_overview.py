"""The first sheet of the workbook: what a person reads, in the workshop's language.

Each scenario, each question with its result in plain words, the number of
people (n) and the split by channel (screen, show of hands, paper) and by
stakeholder group, then the notes most voted for in each category. The
numbers come from :mod:`studio.core.results`, the same computation as the
live view, the Results sheet and the report; a group of fewer than 5 people is
never shown on its own (it reads "small groups", or the split is left out).
Hidden notes never appear here.

The sheet is laid out for printing: landscape A4, fit to the page width, the
title row repeated on every page, text wrapped. Import and merge never read it
(they read the data sheets by name).

:func:`overview` builds the lines as plain data (tested without a workbook);
:func:`write_overview` puts them on the sheet.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in
from studio.core import results as core_results
from studio.core.kinds.base import int_or_float
from studio.core.kinds import MIN_GROUP_SIZE, SMALL_GROUPS, ActivityKind, Moderation, localized
from studio.exchange import rows as R
from studio.exchange.records import WorkshopRecords

if TYPE_CHECKING:
    from studio.exchange.xlsx_export import WorkbookPlan
    from studio.exchange.xlsx_writer import SheetWriter

CONTEXT = "Overview"
TOP_NOTES = 3
_WIDTHS = (24, 110)  # characters: label, text (fits a landscape A4 page)


@dataclass(frozen=True)
class Line:
    """One row of the overview: a style, a label (column A) and a text (column B)."""

    style: str  # title, facts, scenario, question, item, note, blank
    label: str = ""
    text: str = ""



def _words(language: str):
    """``t(text)``: an overview text in the workshop's language."""
    words = words_in(language)
    return lambda text: words.translate(CONTEXT, text)

def language_of(plan: WorkbookPlan) -> str:
    first = plan.workshops[0] if plan.workshops else None
    return (first.workshop.get("language") or "de") if first else "de"


def sheet_name(plan: WorkbookPlan) -> str:
    """The sheet's name in the workshop's language ("Überblick", "Overview")."""
    return words_in(language_of(plan)).translate(CONTEXT, QT_TRANSLATE_NOOP("Overview", "Overview"))


class _Say:
    """Texts and numbers in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.t = _words(language)

    def num(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.language == "de" else text

    def pct(self, share: float) -> str:
        return f"{share * 100:.0f} %" if self.language == "de" else f"{share * 100:.0f}%"

    def quote(self, text: str) -> str:
        text = " ".join(str(text).split())
        return f"„{text}“" if self.language == "de" else f"“{text}”"


def _result_text(say: _Say, result: core_results.ActivityResult, settings: dict[str, Any],
                 short: bool = False) -> str:
    """The result in plain words (``short``: without repeating the scale, for a split)."""
    t = say.t
    if result.n == 0 and not result.matrix_points:
        return t(QT_TRANSLATE_NOOP("Overview", "No answers."))
    kind = result.kind
    if kind in (ActivityKind.SINGLE_CHOICE, ActivityKind.MULTIPLE_CHOICE):
        ranked = sorted(result.options, key=lambda o: -o.count)
        parts = [t(QT_TRANSLATE_NOOP("Overview", "{option}: {count} ({share})")).format(
            option=say.quote(o.label), count=o.count, share=say.pct(o.share)) for o in ranked]
        text = " · ".join(parts)
        if kind is ActivityKind.MULTIPLE_CHOICE:
            text += " " + t(QT_TRANSLATE_NOOP("Overview", "(several answers per person)"))
        return text
    if kind is ActivityKind.SCALE:
        lo, hi = int(settings.get("min", 1)), int(settings.get("max", 5))
        if result.mean is None:
            text = t(QT_TRANSLATE_NOOP("Overview", "No value on the scale given."))
        elif short:
            text = t(QT_TRANSLATE_NOOP("Overview", "Mean {mean}, median {median}.")).format(
                mean=say.num(result.mean), median=say.num(result.median or 0))
        else:
            text = t(QT_TRANSLATE_NOOP(
                "Overview", "Mean {mean}, median {median} on the scale from {low} to {high}.")
            ).format(mean=say.num(result.mean), median=say.num(result.median or 0),
                     low=_scale_end(lo, settings.get("min_label")),
                     high=_scale_end(hi, settings.get("max_label")))
        if result.dont_know:
            text += " " + t(QT_TRANSLATE_NOOP("Overview", "“Don't know”: {n}.")).format(
                n=result.dont_know)
        return text
    if kind is ActivityKind.POINTS:
        ranked = sorted(result.options, key=lambda o: -o.points)
        return " · ".join(t(QT_TRANSLATE_NOOP("Overview", "{option}: {points} points ({share})"))
                          .format(option=say.quote(o.label), points=say.num(o.points),
                                  share=say.pct(o.share)) for o in ranked)
    if kind is ActivityKind.RANKING:
        ranked = sorted(result.options, key=lambda o: (-o.points, o.mean_rank or 0))
        return " · ".join(
            t(QT_TRANSLATE_NOOP("Overview", "{place}. {option} (mean place {rank})")).format(
                place=i, option=say.quote(o.label),
                rank=say.num(o.mean_rank) if o.mean_rank is not None else "–")
            for i, o in enumerate(ranked, 1))
    if kind is ActivityKind.MATRIX:
        pts = result.matrix_points
        if not pts:
            return t(QT_TRANSLATE_NOOP("Overview", "No answers."))
        mx = sum(p[0] for p in pts) / len(pts)
        my = sum(p[1] for p in pts) / len(pts)
        return t(QT_TRANSLATE_NOOP(
            "Overview", "Average position: {x} on “{x_label}” and {y} on “{y_label}” "
            "(0 = low, 1 = high).")).format(
            x=say.num(mx, 2), y=say.num(my, 2),
            x_label=" ".join(str(settings.get("x_label") or "x").split()),
            y_label=" ".join(str(settings.get("y_label") or "y").split()))
    if kind is ActivityKind.STATEMENTS:
        parts = []
        for o in result.options:
            total = o.count or 1
            parts.append(t(QT_TRANSLATE_NOOP(
                "Overview", "{option}: {agree} agree, {disagree} disagree, {passed} pass")).format(
                option=say.quote(o.label), agree=say.pct(o.agree / total),
                disagree=say.pct(o.disagree / total), passed=say.pct(o.passed / total)))
        return " · ".join(parts)
    return ""


def _scale_end(value: int, label: Any) -> str:
    label = " ".join(str(label or "").split())
    return f"{value} ({label})" if label else str(value)


_CHANNELS = {
    "screen": QT_TRANSLATE_NOOP("Overview", "on the shared screen"),
    "phone": QT_TRANSLATE_NOOP("Overview", "on phones"),
    "tally": QT_TRANSLATE_NOOP("Overview", "by show of hands"),
    "paper": QT_TRANSLATE_NOOP("Overview", "on paper"),
    "laptop": QT_TRANSLATE_NOOP("Overview", "at the laptop"),
    "import": QT_TRANSLATE_NOOP("Overview", "imported"),
}


def _channels(say: _Say, kind: str, settings: dict[str, Any], options: list[tuple[str, str]],
              responses: list[dict[str, Any]]) -> str:
    """People per channel; each channel's result too when every channel has 5 people or more."""
    t = say.t
    by_source: dict[str, list[Any]] = defaultdict(list)
    for r in responses:
        by_source[r["source"] or "screen"].append(R._Slim(r))
    results = {s: core_results.compute(kind, settings, options, rs)
               for s, rs in sorted(by_source.items())}
    show = len(results) > 1 and all(res.n >= MIN_GROUP_SIZE for res in results.values())
    parts = []
    for source, res in results.items():
        name = t(_CHANNELS.get(source, source))
        if res.n == 0 and res.points_total:  # paper dots: points with no head count
            part = t(QT_TRANSLATE_NOOP("Overview", "{channel}: {points} points (no head count)")
                     ).format(channel=name, points=int_or_float(res.points_total))
        else:
            part = t(QT_TRANSLATE_NOOP("Overview", "{channel}: n = {n}")).format(channel=name,
                                                                                 n=res.n)
        if show:
            part += f" – {_result_text(say, res, settings, short=True)}"
        parts.append(part)
    return "; ".join(parts)


def _groups(say: _Say, rec: WorkshopRecords, kind: str, settings: dict[str, Any],
            options: list[tuple[str, str]], responses: list[Any]) -> str:
    t = say.t
    by_group = core_results.compute_by_group(kind, settings, options, responses)
    if not by_group:
        return t(QT_TRANSLATE_NOOP(
            "Overview", "Not split: fewer than two groups with at least 5 people each."))
    labels = {g["key"]: localized(g, say.language)
              for g in rec.workshop.get("stakeholder_groups") or [] if isinstance(g, dict)}
    parts = []
    for group, res in by_group.items():
        if group == SMALL_GROUPS:
            name = t(QT_TRANSLATE_NOOP("Overview", "small groups"))
        elif group == core_results.NOT_STATED:
            name = t(QT_TRANSLATE_NOOP("Overview", "group not stated"))
        else:
            name = labels.get(group) or group
        parts.append(f"{name} (n = {res.n}): {_result_text(say, res, settings, short=True)}")
    return "\n".join(parts)


def _people(say: _Say, result: core_results.ActivityResult) -> str:
    t = say.t
    if result.kind is ActivityKind.MATRIX:
        return t(QT_TRANSLATE_NOOP("Overview", "n = {n} people ({points} answers placed)")).format(
            n=result.n, points=len(result.matrix_points))
    return t(QT_TRANSLATE_NOOP("Overview", "n = {n} people")).format(n=result.n)


def _notes(say: _Say, rec: WorkshopRecords, notes: list[dict[str, Any]]) -> list[Line]:
    t = say.t
    categories = [c for c in rec.workshop.get("note_categories") or [] if isinstance(c, dict)]
    order = {c.get("key"): i for i, c in enumerate(categories)}
    labels = {c.get("key"): localized(c, say.language) for c in categories}
    by_category: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in notes:
        by_category[n["category"]].append(n)
    lines = []
    for category in sorted(by_category, key=lambda c: (order.get(c, len(order)), c)):
        members = by_category[category]
        members.sort(key=lambda n: (-(n.get("dots") or 0), n["created_at"], n["id"]))
        # German and English both use the singular for exactly one ("1 Notiz", "1 Punkt").
        label = (t(QT_TRANSLATE_NOOP("Overview", "{category} (1 note)")) if len(members) == 1
                 else t(QT_TRANSLATE_NOOP("Overview", "{category} ({n} notes)"))).format(
            category=labels.get(category) or category, n=len(members))
        for i, n in enumerate(members[:TOP_NOTES]):
            dots = n.get("dots") or 0
            text = " ".join(n["text"].split())
            if dots:
                text += " " + (t(QT_TRANSLATE_NOOP("Overview", "(1 dot)")) if dots == 1 else t(
                    QT_TRANSLATE_NOOP("Overview", "({n} dots)")).format(n=dots))
            lines.append(Line("note", label if i == 0 else "", text))
    return lines


def overview(rec: WorkshopRecords, language: str, heading: bool = True) -> list[Line]:
    """The lines of one workshop's overview."""
    say = _Say(language)
    t = say.t
    w = rec.workshop
    lines: list[Line] = []
    if heading:
        lines.append(Line("title", t(QT_TRANSLATE_NOOP("Overview", "Overview")), w["title"]))
    counts = rec.counts()
    visible = [n for n in rec.notes if n["moderation"] == Moderation.VISIBLE.value]
    facts = [str(x) for x in (w["date"].strftime("%d.%m.%Y" if language == "de" else "%Y-%m-%d")
                              if w.get("date") else "", w.get("place") or "") if x]
    facts.append(t(QT_TRANSLATE_NOOP("Overview", "{scenarios} scenarios, {ballots} ballots, "
                                     "{notes} notes on the board")).format(
        scenarios=counts["scenarios"], ballots=counts["ballots"], notes=len(visible)))
    lines.append(Line("facts", t(QT_TRANSLATE_NOOP("Overview", "Workshop")), " · ".join(facts)))
    lines.append(Line("facts", t(QT_TRANSLATE_NOOP("Overview", "How to read")), t(QT_TRANSLATE_NOOP(
        "Overview", "n is the number of people who answered. Groups with fewer than 5 people "
        "are shown together as “small groups”, or not split at all. Hidden notes are left out. "
        "The other sheets hold every answer and note as data (see About)."))))
    options: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for o in rec.options:
        options[o["activity_id"]].append((o["id"], o["label"]))
    active: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rec.responses:
        if r["withdrawn_at"] is None:
            active[r["activity_id"]].append(r)
    scenario_ids = set()
    for sc in rec.scenarios:
        scenario_ids.add(sc["id"])
        lines.append(Line("blank"))
        title = R.card_title(sc["card"] or {}, language) or sc["card_id"] or ""
        lines.append(Line("scenario", t(QT_TRANSLATE_NOOP("Overview", "Scenario")), title))
        for a in rec.activities:
            if a["scenario_id"] != sc["id"] or a["kind"] == ActivityKind.NOTES:
                continue
            settings = a["settings"] or {}
            rows = active.get(a["id"], [])
            slim = [R._Slim(r) for r in rows]
            result = core_results.compute(a["kind"], settings, options[a["id"]], slim)
            lines.append(Line("question", t(QT_TRANSLATE_NOOP("Overview", "Question")),
                              a["prompt"]))
            lines.append(Line("item", t(QT_TRANSLATE_NOOP("Overview", "Result")),
                              _result_text(say, result, settings)))
            lines.append(Line("item", t(QT_TRANSLATE_NOOP("Overview", "People")),
                              _people(say, result)))
            lines.append(Line("item", t(QT_TRANSLATE_NOOP("Overview", "By channel")),
                              _channels(say, a["kind"], settings, options[a["id"]], rows)))
            lines.append(Line("item", t(QT_TRANSLATE_NOOP("Overview", "By group")),
                              _groups(say, rec, a["kind"], settings, options[a["id"]], slim)))
        notes = [n for n in visible if n["scenario_id"] == sc["id"]]
        if notes:
            lines.append(Line("question", t(QT_TRANSLATE_NOOP("Overview", "Notes")), t(
                QT_TRANSLATE_NOOP("Overview", "The notes with the most dots in each category"))))
            lines.extend(_notes(say, rec, notes))
    loose = [n for n in visible if n["scenario_id"] not in scenario_ids]
    if loose:
        lines.append(Line("blank"))
        lines.append(Line("scenario", t(QT_TRANSLATE_NOOP("Overview", "Notes")), t(
            QT_TRANSLATE_NOOP("Overview", "Notes that belong to no scenario"))))
        lines.extend(_notes(say, rec, loose))
    return lines


def plan_lines(plan: WorkbookPlan) -> list[Line]:
    """Every workshop of the plan (a merged file lists them one after the other)."""
    language = language_of(plan)
    if not plan.merged:
        return overview(plan.workshops[0], language) if plan.workshops else []
    t = _words(language)
    lines = [Line("title", t(QT_TRANSLATE_NOOP("Overview", "Overview")), t(QT_TRANSLATE_NOOP(
        "Overview", "{n} workshops; results across workshops are in the sheet Results")).format(
        n=len(plan.workshops)))]
    for rec in plan.workshops:
        lines.append(Line("blank"))
        lines.append(Line("title", t(QT_TRANSLATE_NOOP("Overview", "Workshop")),
                          rec.workshop["title"]))
        lines.extend(overview(rec, language, heading=False))
    return lines


_STYLES = {  # (label style, text style)
    "title": ("title", "title"),
    "facts": ("bold_wrap", "wrap"),
    "scenario": ("heading", "heading"),
    "question": ("bold_wrap", "bold_wrap"),
    "item": ("muted_wrap", "wrap"),
    "note": ("muted_wrap", "wrap"),
}


def write_overview(ws: SheetWriter, plan: WorkbookPlan) -> None:
    """Put the overview on ``ws`` and set it up for printing."""
    sheet = ws.ws
    sheet.set_column(0, 0, _WIDTHS[0])
    sheet.set_column(1, 1, _WIDTHS[1])
    for row, line in enumerate(plan_lines(plan)):
        if line.style == "blank":
            continue
        label_style, text_style = _STYLES[line.style]
        if line.label:
            ws.text(row, 0, line.label, label_style)
        if line.text:
            ws.text(row, 1, line.text, text_style)
        height = _height(line.text)
        if line.style == "title":
            sheet.set_row(row, 22)
        elif height:
            sheet.set_row(row, height)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.fit_to_pages(1, 0)  # the page width, as many pages down as needed
    sheet.repeat_rows(0)  # the title on every page
    sheet.set_footer("&C&P / &N")
    sheet.hide_gridlines(2)
    sheet.activate()


def _height(text: str) -> float | None:
    """A row height that shows all of a wrapped text (Excel does not grow rows it is given)."""
    if not text:
        return None
    lines = sum(max(1, -(-len(part) // (_WIDTHS[1] - 6))) for part in text.split("\n"))
    return None if lines <= 1 else 15.0 * lines
