"""Read an export back: validate every cell, then restore the workshop.

Columns are found by their header name, so a file whose rows were sorted,
whose columns were moved or which has extra columns still imports. Anything
wrong (a missing sheet or required column, a wrong type, a duplicate id, an
unknown format version, a reference to nothing, a formula where a value
belongs) stops the import with one message naming sheet, row and column;
nothing is written.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from datetime import datetime, timezone
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind, Moderation
from studio.exchange import schema
from studio.exchange.records import WorkshopRecords, sort_records
from studio.exchange.rows import card_from_cells
from studio.exchange.xlsx_cells import ImportFileError, SheetRows, cell_error, convert_cell
from studio.exchange.xlsx_reader import XlsxReader

__all__ = ["ImportFileError", "import_workbook", "locate", "read_export", "to_restore"]

_STANCE = {"agree": 1.0, "disagree": -1.0, "pass": 0.0}


# -- the workbook -----------------------------------------------------------------------
# The most rows a sheet may have: far above a real workshop (the large demo has about 9,000
# answers and 1,500 notes; a day with 300 people and 40 questions gives about 30,000 answers),
# low enough that the whole file fits in memory. Rows below the header.
ROW_LIMITS: dict[str, int] = {
    schema.ABOUT.name: 5_000, schema.WORKSHOPS.name: 1_000, schema.SCENARIOS.name: 2_000,
    schema.ACTIVITIES.name: 10_000, schema.OPTIONS.name: 50_000,
    schema.RESPONSES.name: 200_000, schema.NOTES.name: 50_000, schema.CLUSTERS.name: 10_000,
    schema.EVENTLOG.name: 200_000,
}


def _load(path: Path) -> XlsxReader:
    """The workbook, opened for streaming its sheets (see :mod:`studio.exchange.xlsx_reader`)."""
    from studio.store.database import SQLITE_HEADER

    not_xlsx = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not an Excel workbook (.xlsx). Import a file written by "
        "studio export or File → Export.")
    if not path.exists():
        raise StudioError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist. Check the name and "
                                            "folder."), path=str(path))
    if not path.is_file():  # a folder
        raise StudioError(not_xlsx, path=str(path))
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is a workshop file, not a spreadsheet export. Open it in the app, or "
            "export it first."), path=str(path))
    if not head.startswith(b"PK"):
        raise StudioError(not_xlsx, path=str(path))
    # Only the parts the workbook references are read; external links never are.
    return XlsxReader(path)


def _rows(wb: XlsxReader, name: str) -> Iterator[tuple[int, tuple]]:
    return wb.rows(name, ROW_LIMITS.get(name, 1_000) + 1)


def _about(wb: XlsxReader, path: Path) -> tuple[dict[str, Any], dict[str, tuple[int, Any]]]:
    """The About table: file facts and (for one workshop) its metadata, by key."""
    if schema.ABOUT.name not in wb.sheetnames:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a Co-Design Studio export: it has no About sheet."),
            path=str(path))
    rows = list(_rows(wb, schema.ABOUT.name))
    start = next((i for i, (_, r) in enumerate(rows) if r[:2] == ("section", "key")), None)
    if start is None:
        raise cell_error("About", "", "", QT_TRANSLATE_NOOP("Errors", "The table with the columns "
                                                      "section, key and value is missing."))
    file: dict[str, Any] = {}
    file_rows: dict[str, int] = {}
    workshop: dict[str, tuple[int, Any]] = {}
    for number, r in rows[start + 1:]:
        r = tuple(r) + (None,) * 3
        if r[0] == "file":
            file[r[1]] = r[2]
            file_rows[r[1]] = number
        elif r[0] == "workshop":
            workshop[r[1]] = (number, r[2])
    version = str(file.get("export_schema_version") or "")
    ours = schema.EXPORT_SCHEMA_VERSION.split(".")[0]
    if file.get("format") != schema.FORMAT_NAME or not version:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a Co-Design Studio export (its About sheet names no export "
            "format)."), path=str(path))
    if version.split(".")[0] != ours:
        raise cell_error("About", file_rows.get("export_schema_version", ""), "value", QT_TRANSLATE_NOOP(
            "Errors", "The file uses export format {found}; this app reads format {ours}.x. Use "
            "a matching version of Co-Design Studio."), found=version, ours=ours)
    return file, workshop


def _sheet(wb: XlsxReader, sheet: schema.Sheet, card_columns: bool = False) -> SheetRows:
    if sheet.name not in wb.sheetnames:
        raise cell_error(sheet.name, "", "", QT_TRANSLATE_NOOP(
            "Errors", "The sheet is missing. Import an unchanged export, or add the sheet back."))
    rows = _rows(wb, sheet.name)
    first = next(rows, None)
    header: list[Any] = []
    if first is not None and first[0] == 1:
        header = list(first[1])
    elif first is not None:
        rows = itertools.chain([first], rows)
    extra = _card_types(header) if card_columns else None
    return SheetRows(sheet, header, rows, extra)


def read_export(path: Path) -> list[WorkshopRecords]:
    """Every workshop in an export (one, or several in a merged file), validated by type."""
    path = Path(path)
    wb = _load(path)
    try:
        _file, about_ws = _about(wb, path)
        workshops: list[dict[str, Any]] = []
        if schema.WORKSHOPS.name in wb.sheetnames:
            for rec in _sheet(wb, schema.WORKSHOPS).rows:
                workshops.append(_workshop({c.name: rec.get(c.name) for c in
                                            schema.WORKSHOP_FIELDS}, ("Workshops", rec["_row"])))
        else:
            values = {}
            for col in schema.WORKSHOP_FIELDS:
                number, raw = about_ws.get(col.name, ("", None))
                value = convert_cell(col, raw, "About", number)
                if value is None and col.required:
                    raise cell_error("About", number, "value", QT_TRANSLATE_NOOP(
                        "Errors", "The workshop's {key} is missing."), key=col.name)
                values[col.name] = value
            # the About rows by field, so that a problem found later names its row
            rows_of = {key: number for key, (number, _raw) in about_ws.items()}
            workshops.append(_workshop(values, ("About", rows_of)))
        scen = _sheet(wb, schema.SCENARIOS, card_columns=True)
        sheets = {s.name: _sheet(wb, s) for s in (schema.ACTIVITIES, schema.OPTIONS,
                                                   schema.RESPONSES, schema.NOTES,
                                                   schema.CLUSTERS, schema.EVENTLOG)}
    finally:
        wb.close()
    return _assemble(workshops, scen, sheets, path.name)


def _card_types(header: list[Any]) -> dict[str, str]:
    """Card columns of the Scenarios sheet: every header that is not a fixed column."""
    fixed = set(schema.SCENARIOS.names)
    return {h: schema.TEXT for h in header if isinstance(h, str) and h and h not in fixed}


def _workshop(values: dict[str, Any], where: tuple[str, Any]) -> dict[str, Any]:
    return {
        "_where": where, "id": values["workshop_id"], "title": values["title"] or "",
        "date": values["date"], "place": values["place"] or "",
        "organiser": values["organiser"] or "", "facilitator": values["facilitator"] or "",
        "language": values["language"] or "de",
        "stakeholder_groups": values["stakeholder_groups"] or [],
        "note_categories": values["note_categories"] or [],
        "note_tags": values["note_tags"] or [], "settings": values["settings"] or {},
        "facilitator_notes": values["facilitator_notes"] or "",
        "created_at": values["created_at"] or datetime.now(timezone.utc),
    }


def _where(sheet: str, rec: dict[str, Any]) -> tuple[str, int]:
    return (sheet, rec["_row"])


def _assemble(workshops: list[dict[str, Any]], scen: SheetRows, sheets: dict[str, SheetRows],
              source_name: str) -> list[WorkshopRecords]:
    known = {w["id"] for w in workshops}
    by_ws: dict[str, WorkshopRecords] = {
        w["id"]: WorkshopRecords(workshop=w, source_name=source_name) for w in workshops}

    def owner(sheet: str, rec: dict[str, Any]) -> WorkshopRecords:
        wid = rec.get("workshop_id")
        if wid not in known:
            raise cell_error(sheet, rec["_row"], "workshop_id", QT_TRANSLATE_NOOP(
                "Errors", "{value} is not a workshop of this file."), value=wid)
        return by_ws[wid]

    for rec in scen.rows:
        try:
            layout = json.loads(rec["card_layout"]) if isinstance(rec["card_layout"], str) else \
                rec["card_layout"]
            card = card_from_cells(layout, lambda n, r=rec: r.get(n))
        except (ValueError, TypeError, AttributeError, RecursionError):
            raise cell_error("Scenarios", rec["_row"], "card_layout", QT_TRANSLATE_NOOP(
                "Errors", "The card cannot be rebuilt from card_layout and the card columns."),
            ) from None
        owner("Scenarios", rec).scenarios.append({
            "_where": _where("Scenarios", rec), "workshop_id": rec["workshop_id"],
            "id": rec["scenario_id"],
            "card_id": rec["card_id"], "card_version": rec["card_version"],
            "position": rec["position"], "card": card})
    kinds: dict[str, str] = {}
    for rec in sheets["Activities"].rows:
        kinds[rec["activity_id"]] = rec["kind"]
        owner("Activities", rec).activities.append({
            "_where": _where("Activities", rec), "workshop_id": rec["workshop_id"],
            "id": rec["activity_id"],
            "scenario_id": rec["scenario_id"], "position": rec["position"], "kind": rec["kind"],
            "prompt": rec["prompt"], "state": rec["state"],
            "timebox_minutes": rec["timebox_minutes"] or 0, "settings": rec["settings"] or {}})
    for rec in sheets["Options"].rows:
        owner("Options", rec).options.append({
            "_where": _where("Options", rec), "id": rec["option_id"],
            "activity_id": rec["activity_id"], "position": rec["position"], "label": rec["label"]})
    for rec in sheets["Responses"].rows:
        kind = kinds.get(rec["activity_id"])
        num = text = None
        if kind == ActivityKind.SCALE:
            text = "dont_know" if rec["dont_know"] else None
            num = float(rec["scale_value"]) if rec["scale_value"] is not None else None
        elif kind == ActivityKind.POINTS:
            num = rec["points"]
        elif kind == ActivityKind.RANKING:
            num = float(rec["rank"]) if rec["rank"] is not None else None
        elif kind == ActivityKind.STATEMENTS:
            text = rec["stance"]
            num = _STANCE.get(text)
        owner("Responses", rec).responses.append({
            "_where": _where("Responses", rec), "workshop_id": rec["workshop_id"],
            "id": rec["response_id"],
            "activity_id": rec["activity_id"], "ballot_id": rec["ballot_id"],
            "option_id": rec["option_id"], "value_num": num, "value_x": rec["x"],
            "value_y": rec["y"], "value_text": text, "count": rec["count"],
            "stakeholder_group": rec["stakeholder_group"], "source": rec["source"],
            "submitted_at": rec["submitted_at"], "withdrawn_at": rec["withdrawn_at"]})
    for rec in sheets["Clusters"].rows:
        owner("Clusters", rec).clusters.append({
            "_where": _where("Clusters", rec), "workshop_id": rec["workshop_id"],
            "id": rec["cluster_id"],
            "scenario_id": rec["scenario_id"], "name": rec["name"] or "",
            "color": rec["color"] or "", "pos_x": rec["pos_x"] or 0.0,
            "pos_y": rec["pos_y"] or 0.0, "created_at": rec["created_at"],
            "dots": rec["dots"] or 0})
    for rec in sheets["Notes"].rows:
        tags = [t.strip() for t in (rec["tags"] or "").split(",") if t.strip()]
        owner("Notes", rec).notes.append({
            "_where": _where("Notes", rec), "workshop_id": rec["workshop_id"],
            "id": rec["note_id"],
            "scenario_id": rec["scenario_id"], "activity_id": rec["activity_id"],
            "text": rec["text"], "category": rec["category"], "tags": sorted(set(tags)),
            "cluster_id": rec["cluster_id"], "pos_x": rec["pos_x"] or 0.0,
            "pos_y": rec["pos_y"] or 0.0,
            "moderation": Moderation.HIDDEN.value if rec["hidden"] else Moderation.VISIBLE.value,
            "hidden_reason": rec["hidden_reason"] or "", "merged_into_id": rec["merged_into_id"],
            "stakeholder_group": rec["stakeholder_group"], "source": rec["source"],
            "created_at": rec["created_at"], "updated_at": rec["updated_at"] or rec["created_at"],
            "dots": rec["dots"] or 0})
    for rec in sheets["EventLog"].rows:
        owner("EventLog", rec).events.append({
            "_where": _where("EventLog", rec), "workshop_id": rec["workshop_id"],
            "id": rec["event_id"], "seq": rec["seq"],
            "at": rec["at"], "kind": rec["kind"], "activity_id": rec["activity_id"],
            "payload": rec["payload"] or {}})
    out = list(by_ws.values())
    for w in out:
        sort_records(w)
    return out


# -- the sheet/row/column of a restore error -------------------------------------------
_FIELD_COLUMNS: dict[str, dict[str, str]] = defaultdict(dict, {
    "Responses": {"value_num": "scale_value", "value_text": "stance", "value_x": "x",
                  "value_y": "y"},
    "Notes": {"moderation": "hidden"},
    "Scenarios": {"card": "card_layout"},
    "About": {},
})


def locate(exc: Any) -> ImportFileError:
    """Turn a :class:`studio.core.restore.RestoreError` into an error naming the cell."""
    sheet, row = exc.where if isinstance(exc.where, tuple) else ("", "")
    field = exc.field
    if isinstance(row, dict):  # the workshop of an About sheet: one row per field
        row = row.get("workshop_id" if field == "id" else field, "")
    if field == "id" and sheet in schema.SHEETS:
        column = schema.SHEETS[sheet].key or "id"
    elif sheet in ("About", "Workshops"):
        column = "value" if sheet == "About" else ("workshop_id" if field == "id" else field)
    else:
        column = _FIELD_COLUMNS[sheet].get(field, field)
    return ImportFileError(exc.template, sheet=sheet, row=row, column=column, inner=exc)


def import_workbook(path: Path, output: Path, force: bool = False) -> Path:
    """Restore the workshop of the export at ``path`` into a new workshop file ``output``."""
    from studio.core.restore import RestoreError, restore_workshop
    from studio.store.atomic import check_output
    from studio.store.database import WorkshopStore

    output = Path(output)
    check_output(output, force=force)
    workshops = read_export(path)
    if len(workshops) != 1:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{path} holds {n} workshops (a merged file); import the export of one "
            "workshop."), path=str(path), n=len(workshops))
    store = WorkshopStore.memory()
    try:
        try:
            restore_workshop(store, to_restore(workshops[0]))
        except RestoreError as exc:
            raise locate(exc) from None
        store.save_as(output)
    finally:
        store.close()
    return output


def to_restore(rec: WorkshopRecords) -> dict[str, Any]:
    return {"workshop": rec.workshop, "scenarios": rec.scenarios, "activities": rec.activities,
            "options": rec.options, "responses": rec.responses, "clusters": rec.clusters,
            "notes": rec.notes, "events": rec.events}
