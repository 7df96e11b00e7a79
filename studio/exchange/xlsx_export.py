"""The XLSX export: an overview for people first, then every data sheet as an Excel table.

``export_workbook(store, path)`` writes one workshop; :mod:`merge` uses the
same :func:`write_workbook` for several. XlsxWriter writes the file (see
:mod:`studio.exchange.xlsx_writer` for the cell rules); openpyxl only reads.
The first sheet is an overview in the workshop's language
(:mod:`studio.exchange.xlsx_overview`); About explains the file; Charts holds
native Excel charts over the Results sheet (staff restyle them, they stay small
and fast: see bench/bench_export.py), one per voting activity; the data sheets
follow, with the names and columns of :mod:`studio.exchange.schema`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studio import __version__
from studio.exchange import rows as R
from studio.exchange import schema
from studio.exchange.records import WorkshopRecords, ms, read_records
from studio.exchange.xlsx_rows import collector_paused
from studio.exchange.xlsx_writer import (
    ANY,
    LARGE_WORKBOOK_CELLS,
    Book,
    SheetWriter,
    clean_text,
)
from studio.store.atomic import atomic_path
from studio.store.database import WorkshopStore

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


@dataclass
class ChartBlock:
    """Where the chart of one activity finds its data (0-based rows of Results/Responses)."""

    head: dict[str, Any]
    first: int  # first Results row of "everybody"
    last: int
    n: int
    key_figures: str
    matrix_rows: tuple[int, int] | None = None  # Responses rows of active matrix answers


@dataclass
class WorkbookPlan:
    workshops: list[WorkshopRecords]
    across: list[tuple[dict[str, Any], list[tuple]]] = field(default_factory=list)
    merged: bool = False
    exported_at: datetime = field(default_factory=lambda: ms(datetime.now(timezone.utc)))
    #: Sheets written after the data sheets, as (sheet, rows): the recommendations of an
    #: archive merged in (:data:`schema.RECOMMENDATION_SHEETS`), else none.
    extra: list[tuple[schema.Sheet, list[tuple]]] = field(default_factory=list)


def export_workbook(store: WorkshopStore, path: Path, progress: Progress | None = None) -> Path:
    """Write the workshop in ``store`` to ``path`` (atomically). Safe while it is running."""
    if progress:
        progress(0.0, "read")
    with collector_paused():
        records = read_records(store, source_name=store.path.name if store.path else "")
        return write_workbook(WorkbookPlan([records]), path, progress)


def data_columns(sheet: schema.Sheet, layout: dict[str, list[Any]]) -> list[schema.Column]:
    """The columns of a data sheet as written (Scenarios gets one column per card field)."""
    columns = list(sheet.columns)
    if sheet is schema.SCENARIOS:
        columns += [schema.Column(n, schema.JSON if kind == "json" else schema.TEXT, "", "",
                                  required=False, width=30)
                    for kind, names in layout.values() for n in names]
    return columns


def write_workbook(plan: WorkbookPlan, path: Path, progress: Progress | None = None) -> Path:
    """Write ``plan`` to ``path`` (atomically): overview, About, Charts, the data sheets."""
    with collector_paused():
        return _write_workbook(plan, path, progress)


def _write_workbook(plan: WorkbookPlan, path: Path, progress: Progress | None) -> Path:
    from studio.exchange.xlsx_overview import write_overview

    path = Path(path)
    total = max(1, sum(len(w.responses) + len(w.notes) + len(w.events) + 50
                       for w in plan.workshops))
    done = [0]

    def tick(n: int, stage: str) -> None:
        done[0] += n
        if progress:
            progress(min(0.95, done[0] / total), stage)

    with atomic_path(path, suffix=".xlsx") as target:
        book = Book(target, constant_memory=estimated_cells(plan) > LARGE_WORKBOOK_CELLS)
        try:
            overview = book.sheet(_overview_name(plan))
            about = book.sheet(schema.ABOUT.name)
            charts = book.sheet(schema.CHARTS_SHEET)
            sheets: list[schema.Sheet] = ([schema.WORKSHOPS] if plan.merged else []) + \
                list(schema.DATA_SHEETS) + [sheet for sheet, _rows in plan.extra]
            layout = R.card_layout(s["card"] or {} for w in plan.workshops for s in w.scenarios)
            data: dict[str, tuple[SheetWriter, list[schema.Column]]] = {}
            for sheet in sheets:
                columns = data_columns(sheet, layout)
                writer = book.sheet(sheet.name)
                writer.header([c.name for c in columns], [c.excel_width for c in columns])
                writer.set_columns([c.type for c in columns])
                data[sheet.name] = (writer, columns)
            blocks = _write_data(plan, {n: w for n, (w, _) in data.items()}, layout, tick)
            for sheet, rows in plan.extra:
                for row in rows:
                    data[sheet.name][0].append(row)
            counts = {}
            for name, (writer, columns) in data.items():
                counts[name] = writer.next_row - 1
                writer.table(name, [c.name for c in columns], 0, counts[name])
            _write_about(about, plan, counts, layout)
            _write_charts(book, charts, blocks)
            write_overview(overview, plan)
            if progress:
                progress(0.96, "save")
            book.close()
        except BaseException:
            book.abandon()
            raise
    if progress:
        progress(1.0, "done")
    return path


def estimated_cells(plan: WorkbookPlan) -> int:
    """About how many cells the data sheets of ``plan`` take (the large sheets only)."""
    per_row = {"responses": len(schema.RESPONSES.columns), "notes": len(schema.NOTES.columns),
               "events": len(schema.EVENTLOG.columns)}
    return sum(len(getattr(w, key)) * n for w in plan.workshops for key, n in per_row.items())


def _overview_name(plan: WorkbookPlan) -> str:
    from studio.exchange.xlsx_overview import sheet_name

    return sheet_name(plan)


# -- data sheets --------------------------------------------------------------------
_RES = {name: i for i, name in enumerate(schema.RESULTS.names)}
_RSP = {name: i for i, name in enumerate(schema.RESPONSES.names)}


def _write_data(plan: WorkbookPlan, data: dict[str, SheetWriter], layout: dict[str, list[Any]],
                tick: Callable[[int, str], None]) -> list[ChartBlock]:
    blocks: list[ChartBlock] = []
    for rec in plan.workshops:
        if "Workshops" in data:
            data["Workshops"].append(R.workshops_row(rec))
        for row in R.scenario_rows(rec, layout):
            data["Scenarios"].append(row)
        for row in R.activity_rows(rec):
            data["Activities"].append(row)
        for row in R.option_rows(rec):
            data["Options"].append(row)
        matrix: dict[str, list[int]] = {}
        folding = R.GroupFolding(rec)  # once per workshop, for responses, notes and events
        responses = data["Responses"]
        kind_col, withdrawn_col, act_col = (_RSP["activity_kind"], _RSP["withdrawn"],
                                            _RSP["activity_id"])
        for i, row in enumerate(R.response_rows(rec, folding), 1):
            if row[kind_col] == "matrix" and not row[withdrawn_col]:
                span = matrix.setdefault(row[act_col], [responses.next_row, responses.next_row])
                span[1] = responses.next_row
            responses.append(row)
            if i % 2000 == 0:
                tick(2000, "Responses")
        tick(len(rec.responses) % 2000, "Responses")
        for head, result_rows in R.workshop_results(rec):
            blocks.append(_results_block(data["Results"], head, result_rows,
                                         matrix.get(head["activity_id"])))
        for sheet, rows in (("Notes", R.note_rows(rec, folding)), ("Clusters", R.cluster_rows(rec)),
                            ("EventLog", R.event_rows(rec, folding))):
            for row in rows:
                data[sheet].append(row)
        tick(len(rec.notes) + len(rec.events) + 50, "Notes")
    for head, result_rows in plan.across:
        blocks.append(_results_block(data["Results"], head, result_rows, None))
    return blocks


def _results_block(results: SheetWriter, head: dict[str, Any], rows: list[tuple],
                   matrix: list[int] | None) -> ChartBlock:
    first = results.next_row
    everybody = 0
    for row in rows:
        results.append(row)
        if row[_RES["stakeholder_group"]] is None:
            everybody += 1
    n = rows[0][_RES["n"]] if rows else 0
    return ChartBlock(head, first, first + everybody - 1, n, _key_figures(head, rows),
                      tuple(matrix) if matrix else None)


def _key_figures(head: dict[str, Any], rows: list[tuple]) -> str:
    if not rows:
        return ""
    first = rows[0]
    parts = [f"n = {first[_RES['n']]}"]
    if first[_RES["n_tally"]]:
        parts.append(f"ballots {first[_RES['n_ballots']]}, counted {first[_RES['n_tally']]}")
    kind = head["kind"]
    if kind == "scale" and first[_RES["mean"]] is not None:
        parts.append(f"mean {first[_RES['mean']]:.2f}, median {first[_RES['median']]:g}")
    if kind == "matrix" and first[_RES["mean_x"]] is not None:
        parts.append(f"mean x {first[_RES['mean_x']]:.2f}, mean y {first[_RES['mean_y']]:.2f}")
    if head["n_workshops"] > 1:
        parts.append(f"{head['n_workshops']} workshops")
    return " · ".join(parts)


def about_rows(plan: WorkbookPlan, counts: dict[str, int],
               layout: dict[str, list[Any]]) -> list[list[Any]]:
    """The rows of the About table: file facts, the workshop, every sheet and column."""
    rows: list[list[Any]] = []
    first = plan.workshops[0] if plan.workshops else None
    file_values = {
        "format": schema.FORMAT_NAME,
        "export_schema_version": schema.EXPORT_SCHEMA_VERSION,
        "app_version": __version__,
        "file_schema_version": first.meta.get("file_schema_version", "") if first else "",
        "exported_at": plan.exported_at,
        "workshops": len(plan.workshops),
    }
    for key, d, e in schema.FILE_KEYS:
        rows.append(["file", key, file_values[key], d, e])
    if not plan.merged and first is not None:
        for col, value in zip(schema.WORKSHOP_FIELDS, R.workshop_values(first), strict=True):
            rows.append(["workshop", col.name, value, col.de, col.en])
    sheet_docs = [(_overview_name(plan), None, *schema.OVERVIEW_DOC),
                  (schema.CHARTS_SHEET, None, *schema.CHARTS_DOC)]
    sheet_docs += [(name, n, schema.SHEETS[name].de, schema.SHEETS[name].en)
                   for name, n in counts.items()]
    for name, n, d, e in sheet_docs:
        rows.append(["sheet", name, n, d, e])
    for sheet in [schema.ABOUT, *(schema.SHEETS[n] for n in counts)]:
        for c in sheet.columns:
            rows.append(["column", f"{sheet.name}.{c.name}", c.type, c.de, c.en])
        if sheet is schema.SCENARIOS:
            for key, (kind, names) in layout.items():
                for n in names:
                    rows.append(["column", f"Scenarios.{n}", "json" if kind == "json" else "text",
                                 f"{schema.CARD_FIELD_DOC[0]} ({key})",
                                 f"{schema.CARD_FIELD_DOC[1]} ({key})"])
    return rows


def _write_about(ws: SheetWriter, plan: WorkbookPlan, counts: dict[str, int],
                 layout: dict[str, list[Any]]) -> None:
    title, de, en = schema.about_intro()
    for i, c in enumerate(schema.ABOUT.columns):
        ws.ws.set_column(i, i, c.excel_width)
    ws.text(0, 0, title, "title")
    ws.text(1, 0, de)
    ws.text(2, 0, en)
    ws.next_row = 4
    ws.header(list(schema.ABOUT.names), freeze=False)
    ws.set_columns([schema.KEY, schema.TEXT, ANY, schema.TEXT, schema.TEXT])
    rows = about_rows(plan, counts, layout)
    for row in rows:
        ws.append(row)
    ws.table("About", list(schema.ABOUT.names), 4, len(rows))


_CHART_ROWS = 17
# Texts XlsxWriter would take for a cell reference in a chart's title or axis name.
_LOOKS_LIKE_REFERENCE = re.compile(r"^=?[^!]+!\$?[A-Z]+\$?\d+")


def _chart_text(text: str, n: int) -> str:
    """A title for a chart: one line, at most ``n`` characters, never read as a reference."""
    text = " ".join(clean_text(text).split())
    text = text if len(text) <= n else text[: n - 1] + "…"
    if _LOOKS_LIKE_REFERENCE.match(text):
        text = text.replace("!", "ǃ")  # U+01C3 looks the same and is no sheet separator
    return text


def _write_charts(book: Book, ws: SheetWriter, blocks: list[ChartBlock]) -> None:
    res, rsp = schema.RESULTS, schema.RESPONSES
    ws.ws.set_column(0, 0, 110)
    ws.text(0, 0, "Charts / Diagramme", "title")
    ws.text(1, 0, "Data: sheet Results (and Responses for matrices). "
                  "Daten: Blatt Results (bei Matrizen Responses).")
    row = 2
    for block in blocks:
        head = block.head
        where = f"{head.get('title') or head['card_id']} · {head['prompt']}"
        ws.text(row + 1, 0, where, "header")
        ws.text(row + 2, 0, block.key_figures)
        row += 3
        kind = head["kind"]
        if kind == "matrix":
            if not block.matrix_rows:
                continue
            a, b = block.matrix_rows
            x, y = rsp.names.index("x"), rsp.names.index("y")
            chart = book.wb.add_chart({"type": "scatter"})
            chart.add_series({
                "name": "answers",
                "categories": [rsp.name, a, x, b, x], "values": [rsp.name, a, y, b, y],
                "marker": {"type": "circle", "size": 7, "fill": {"color": "#1F4E79"},
                           "border": {"color": "#1F4E79"}},
            })
            settings = head.get("settings") or {}
            x_axis: dict[str, Any] = {"min": 0, "max": 1}
            y_axis: dict[str, Any] = {"min": 0, "max": 1}
            if settings.get("x_label"):
                x_axis["name"] = _chart_text(str(settings["x_label"]), 60)
            if settings.get("y_label"):
                y_axis["name"] = _chart_text(str(settings["y_label"]), 60)
            chart.set_x_axis(x_axis)
            chart.set_y_axis(y_axis)
            chart.set_legend({"none": True})
        else:
            if block.last < block.first:
                continue
            if kind == "statements":
                chart = book.wb.add_chart({"type": "bar", "subtype": "stacked"})
                names: tuple[str, ...] = ("agree", "disagree", "pass")
            else:
                chart = book.wb.add_chart({"type": "bar"})
                names = ({"points": "points", "ranking": "borda"}.get(kind, "count"),)
            label = res.names.index("option_label")
            for name in names:
                col = res.names.index(name)
                chart.add_series({
                    "name": [res.name, 0, col],
                    "categories": [res.name, block.first, label, block.last, label],
                    "values": [res.name, block.first, col, block.last, col],
                })
            chart.set_x_axis({"major_gridlines": {"visible": False}})
            chart.set_y_axis({"reverse": True})  # first option on top
        chart.set_title({"name": _chart_text(where, 90)})
        chart.set_size({"width": 907, "height": 302})
        ws.ws.insert_chart(row, 0, chart)
        row += _CHART_ROWS
