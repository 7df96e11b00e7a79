"""The XLSX export: every sheet an Excel table, an About sheet, native charts.

``export_workbook(store, path)`` writes one workshop; :mod:`merge` uses the
same :func:`write_workbook` for several. Charts are native Excel charts over
the Results sheet (staff restyle them, they stay small and fast: see
bench/bench_export.py), one per voting activity on the Charts sheet.
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studio import __version__
from studio.exchange import rows as R
from studio.exchange import schema
from studio.exchange.records import WorkshopRecords, ms, read_records
from studio.exchange.xlsx_writer import SheetData, clean_text, column_letter, splice
from studio.store.atomic import atomic_path
from studio.store.database import WorkshopStore

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


@dataclass
class ChartBlock:
    """Where the chart of one activity finds its data."""

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


def export_workbook(store: WorkshopStore, path: Path, progress: Progress | None = None) -> Path:
    """Write the workshop in ``store`` to ``path`` (atomically). Safe while it is running."""
    if progress:
        progress(0.0, "read")
    records = read_records(store, source_name=store.path.name if store.path else "")
    return write_workbook(WorkbookPlan([records]), path, progress)


def write_workbook(plan: WorkbookPlan, path: Path, progress: Progress | None = None) -> Path:
    from openpyxl import Workbook

    path = Path(path)
    total = max(1, sum(len(w.responses) + len(w.notes) + len(w.events) + 50
                       for w in plan.workshops))
    done = [0]

    def tick(n: int, stage: str) -> None:
        done[0] += n
        if progress:
            progress(min(0.95, done[0] / total), stage)

    with tempfile.TemporaryDirectory(prefix="studio-export-") as tmp_name, \
            atomic_path(path, suffix=".xlsx") as target:
        tmp = Path(tmp_name)
        wb = Workbook(write_only=True)
        about = wb.create_sheet(schema.ABOUT.name)
        styles = _register_styles(about)
        charts_ws = wb.create_sheet(schema.CHARTS_SHEET)
        sheets: list[schema.Sheet] = ([schema.WORKSHOPS] if plan.merged else []) + \
            list(schema.DATA_SHEETS)
        layout = R.card_layout(s["card"] or {} for w in plan.workshops for s in w.scenarios)
        data: dict[str, SheetData] = {}
        wss = {}
        for sheet in sheets:
            columns = list(sheet.columns)
            if sheet is schema.SCENARIOS:
                columns += [schema.Column(n, schema.JSON if kind == "json" else schema.TEXT, "", "",
                                          required=False, width=30)
                            for kind, names in layout.values() for n in names]
            ws = wb.create_sheet(sheet.name)
            _header(ws, columns, styles)
            wss[sheet.name] = (ws, columns)
            data[sheet.name] = SheetData(tmp / f"{sheet.name}.xml", sheet.name,
                                         [c.name for c in columns], [c.type for c in columns],
                                         styles)
        try:
            blocks = _write_data(plan, data, layout, tick)
            for d in data.values():
                d.close()
            for name, (ws, columns) in wss.items():
                _table(ws, name, columns, data[name].rows)
            _write_about(about, plan, {n: d.rows for n, d in data.items()}, layout, styles)
            _write_charts(charts_ws, blocks, styles)
            if progress:
                progress(0.96, "save")
            skeleton = tmp / "skeleton.xlsx"
            wb.save(skeleton)
        except BaseException:
            _abandon(wb, data)
            raise
        splice(skeleton, data, target)
    if progress:
        progress(1.0, "done")
    return path


def _abandon(wb: Any, data: dict[str, SheetData]) -> None:
    """Close what a failed export left open (openpyxl's streaming sheets and temp files)."""
    for d in data.values():
        d.close()
    for ws in wb.worksheets:
        try:
            ws.close()
            ws._writer.cleanup()
        except Exception:  # noqa: BLE001, S110 - best effort while an error is on its way
            pass


# -- sheets ------------------------------------------------------------------------
def _register_styles(ws: Any) -> dict[str, int]:
    """Register the styles data rows use; return their index in the workbook's cellXfs."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    def style(**kw: Any) -> tuple[int, Any]:
        cell = WriteOnlyCell(ws)
        for key, value in kw.items():
            setattr(cell, key, value)
        return cell.style_id, cell

    ids = {"datetime": style(number_format="yyyy-mm-dd hh:mm:ss")[0],
           "date": style(number_format="yyyy-mm-dd")[0],
           "header": style(font=Font(bold=True))[0],
           "title": style(font=Font(bold=True, size=14))[0],
           "wrap": style(alignment=Alignment(wrap_text=True, vertical="top"))[0]}
    return ids


def _cell(ws: Any, value: Any, style: str | None = None, styles: Any = None) -> Any:
    """A write-only cell; text is always text (never a formula), cleaned of XML-illegal chars."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    if isinstance(value, str):
        cell = WriteOnlyCell(ws, clean_text(value))
        cell.data_type = "s"  # after the value: a text starting with "=" stays text
    else:
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        cell = WriteOnlyCell(ws, value)
    if style == "header":
        cell.font = Font(bold=True)
    elif style == "title":
        cell.font = Font(bold=True, size=14)
    elif style == "wrap":
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    elif style == "datetime":
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    elif style == "date":
        cell.number_format = "yyyy-mm-dd"
    return cell


def _header(ws: Any, columns: list[schema.Column], styles: dict[str, int]) -> None:
    ws.freeze_panes = "A2"
    for i, c in enumerate(columns):
        ws.column_dimensions[column_letter(i)].width = c.excel_width
    ws.append([_cell(ws, c.name, "header") for c in columns])


def _table(ws: Any, name: str, columns: list[schema.Column], rows: int, first: int = 1) -> None:
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    ref = f"A{first}:{column_letter(len(columns) - 1)}{first + max(rows, 1)}"
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=i + 1, name=c.name) for i, c in enumerate(columns)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():
        # openpyxl reminds write-only users to set the columns, which we do above.
        warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
        ws.add_table(table)


def _write_data(plan: WorkbookPlan, data: dict[str, SheetData], layout: dict[str, list[Any]],
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
        responses = data["Responses"]
        for i, row in enumerate(R.response_rows(rec), 1):
            responses.append(row)
            if row[_RSP["activity_kind"]] == "matrix" and not row[_RSP["withdrawn"]]:
                span = matrix.setdefault(row[_RSP["activity_id"]],
                                         [responses.rows + 1, responses.rows + 1])
                span[1] = responses.rows + 1
            if i % 2000 == 0:
                tick(2000, "Responses")
        tick(len(rec.responses) % 2000, "Responses")
        for head, result_rows in R.workshop_results(rec):
            blocks.append(_results_block(data["Results"], head, result_rows,
                                         matrix.get(head["activity_id"])))
        for sheet, func in (("Notes", R.note_rows), ("Clusters", R.cluster_rows),
                            ("EventLog", R.event_rows)):
            for row in func(rec):
                data[sheet].append(row)
        tick(len(rec.notes) + len(rec.events) + 50, "Notes")
    for head, result_rows in plan.across:
        blocks.append(_results_block(data["Results"], head, result_rows, None))
    return blocks


def _results_block(results: SheetData, head: dict[str, Any], rows: list[tuple],
                   matrix: list[int] | None) -> ChartBlock:
    first = results.rows + 2
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
    sheet_docs = [(schema.CHARTS_SHEET, None, *schema.CHARTS_DOC)]
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


def _write_about(ws: Any, plan: WorkbookPlan, counts: dict[str, int],
                 layout: dict[str, list[Any]], styles: dict[str, int]) -> None:
    title, de, en = schema.about_intro()
    for i, c in enumerate(schema.ABOUT.columns):
        ws.column_dimensions[column_letter(i)].width = c.excel_width
    ws.append([_cell(ws, title, "title")])
    ws.append([_cell(ws, de)])
    ws.append([_cell(ws, en)])
    ws.append([])
    ws.append([_cell(ws, c.name, "header") for c in schema.ABOUT.columns])
    rows = about_rows(plan, counts, layout)
    for row in rows:
        value = row[2]
        style = "datetime" if isinstance(value, datetime) else (
            "date" if hasattr(value, "isoformat") else None)
        ws.append([_cell(ws, row[0]), _cell(ws, row[1]), _cell(ws, value, style),
                   _cell(ws, row[3]), _cell(ws, row[4])])
    _table(ws, "About", list(schema.ABOUT.columns), len(rows), first=5)


_CHART_ROWS = 17
_RES = {name: i for i, name in enumerate(schema.RESULTS.names)}
_RSP = {name: i for i, name in enumerate(schema.RESPONSES.names)}


def _letter(sheet: schema.Sheet, name: str) -> str:
    return column_letter(sheet.names.index(name))


def _write_charts(ws: Any, blocks: list[ChartBlock], styles: dict[str, int]) -> None:
    from openpyxl.chart import BarChart, Reference, ScatterChart, Series
    from openpyxl.chart.data_source import AxDataSource, StrRef
    from openpyxl.chart.series import SeriesLabel
    from openpyxl.chart.shapes import GraphicalProperties

    ws.column_dimensions["A"].width = 110
    ws.append([_cell(ws, "Charts / Diagramme", "title")])
    ws.append([_cell(ws, "Data: sheet Results (and Responses for matrices). "
                         "Daten: Blatt Results (bei Matrizen Responses).")])
    row = 2
    results_ws_title = schema.RESULTS.name
    for block in blocks:
        head = block.head
        where = f"{head.get('title') or head['card_id']} · {head['prompt']}"
        ws.append([])
        ws.append([_cell(ws, where, "header")])
        ws.append([_cell(ws, block.key_figures)])
        row += 3
        chart: Any
        kind = head["kind"]
        if kind == "matrix":
            if not block.matrix_rows:
                continue
            a, b = block.matrix_rows
            chart = ScatterChart()
            chart.style = 13
            x, y = _letter(schema.RESPONSES, "x"), _letter(schema.RESPONSES, "y")
            xs = Reference(range_string=f"Responses!${x}${a}:${x}${b}")
            ys = Reference(range_string=f"Responses!${y}${a}:${y}${b}")
            series = Series(ys, xs, title="answers")
            series.marker.symbol = "circle"
            series.marker.size = 7
            series.marker.graphicalProperties = GraphicalProperties(solidFill="1F4E79")
            series.marker.graphicalProperties.line.solidFill = "1F4E79"
            series.graphicalProperties.line.noFill = True
            chart.series.append(series)
            settings = head.get("settings") or {}
            if settings.get("x_label"):
                chart.x_axis.title = _short(str(settings["x_label"]), 60)
            if settings.get("y_label"):
                chart.y_axis.title = _short(str(settings["y_label"]), 60)
            chart.legend = None
            chart.x_axis.scaling.min, chart.x_axis.scaling.max = 0, 1
            chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        else:
            if block.last < block.first:
                continue
            chart = BarChart()
            chart.type = "bar"
            lab = _letter(schema.RESULTS, "option_label")
            cats = f"{results_ws_title}!${lab}${block.first}:${lab}${block.last}"
            if kind == "statements":
                chart.grouping, chart.overlap = "stacked", 100
                names = ("agree", "disagree", "pass")
            else:
                names = ({"points": "points", "ranking": "borda"}.get(kind, "count"),)
            columns = tuple(_letter(schema.RESULTS, n) for n in names)
            for col in columns:
                values = Reference(
                    range_string=f"{results_ws_title}!${col}${block.first}:${col}${block.last}")
                series = Series(values, title=None)
                series.tx = SeriesLabel(strRef=StrRef(f"{results_ws_title}!${col}$1"))
                series.cat = AxDataSource(strRef=StrRef(cats))
                chart.series.append(series)
            chart.y_axis.majorGridlines = None
            chart.x_axis.scaling.orientation = "maxMin"  # first option on top
        chart.title = _short(where, 90)
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.width, chart.height = 24, 8
        ws.add_chart(chart, f"A{row + 1}")
        for _ in range(_CHART_ROWS):
            ws.append([])
        row += _CHART_ROWS


def _short(text: str, n: int) -> str:
    text = " ".join(clean_text(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"
