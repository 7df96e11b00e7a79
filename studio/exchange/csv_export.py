"""CSV export: one UTF-8 file per sheet, the same columns as the XLSX.

For German Excel: ``separator=";"`` (then numbers use a decimal comma, as
German Excel expects with that separator) and ``bom=True`` (so Excel detects
UTF-8). Times are UTC as ``YYYY-MM-DD HH:MM:SS.fff``; booleans ``true``/``false``.

CSV has no cell types, so a spreadsheet program would run a text that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a CR as a formula. Such texts get a
leading apostrophe here (the OWASP advice); the XLSX export keeps every text
exactly and is the one to import.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from studio.exchange import rows as R
from studio.exchange import schema
from studio.exchange.records import read_records
from studio.exchange.xlsx_export import WorkbookPlan, about_rows
from studio.exchange.xlsx_writer import clean_text
from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.atomic import atomic_dir
from studio.store.database import WorkshopStore

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formatter(kind: str, decimal_comma: bool) -> Callable[[Any], str]:
    def text(v: Any) -> str:
        v = clean_text(str(v))
        return "'" + v if v.startswith(_FORMULA_START) else v

    def number(v: Any) -> str:
        if isinstance(v, bool):
            v = int(v)
        if isinstance(v, float):
            if not math.isfinite(v):
                return ""
            out = repr(v)
        else:
            out = str(v)
        return out.replace(".", ",") if decimal_comma else out

    def moment(v: Any) -> str:
        if isinstance(v, datetime):
            if v.tzinfo is not None:
                v = v.astimezone(timezone.utc)
            return v.strftime("%Y-%m-%d %H:%M:%S.") + f"{v.microsecond // 1000:03d}"
        return v.isoformat() if isinstance(v, date) else text(v)

    if kind in schema.TEXT_TYPES:
        return text
    if kind == schema.BOOL:
        return lambda v: "true" if v else "false"
    if kind in (schema.DATETIME, schema.DATE):
        return moment
    return number


def _any(decimal_comma: bool) -> Callable[[Any], str]:
    """For the mixed ``value`` column of About."""
    funcs = {k: _formatter(k, decimal_comma) for k in (schema.TEXT, schema.FLOAT, schema.BOOL,
                                                       schema.DATETIME)}

    def fmt(v: Any) -> str:
        if isinstance(v, bool):
            return funcs[schema.BOOL](v)
        if isinstance(v, (int, float)):
            return funcs[schema.FLOAT](v)
        if isinstance(v, (datetime, date)):
            return funcs[schema.DATETIME](v)
        return funcs[schema.TEXT](v)

    return fmt


def _write(path: Path, header: list[str], types: list[str], rows: Iterable[Iterable[Any]],
           separator: str, bom: bool) -> int:
    decimal_comma = separator == ";"
    fmts = [(_any(decimal_comma) if t == "any" else _formatter(t, decimal_comma)) for t in types]
    n = 0
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=separator, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None or v == "" else f(v) for f, v in zip(fmts, row)])
            n += 1
    return n


def _check_replaceable(folder: Path) -> None:
    """Replacing an output folder deletes it: allow that only for an earlier CSV export.

    ``--force`` (or "replace" in the GUI) on a folder such as Documents must not
    wipe the user's other files, and a file is never turned into a folder.
    """
    if not folder.exists() and not folder.is_symlink():
        return
    ours = {f"{name}.csv" for name in schema.SHEETS}
    if folder.is_dir() and not folder.is_symlink() and all(
            entry.name in ours and entry.is_file() for entry in folder.iterdir()):
        return
    raise StudioError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is not the folder of an earlier CSV export, so it is not replaced. "
        "Choose a new folder for the CSV files."), path=str(folder))


def export_csv(store: WorkshopStore, folder: Path, separator: str = ",", bom: bool = False,
               progress: Callable[[float, str], None] | None = None) -> Path:
    """Write one CSV file per sheet into the new folder ``folder`` (atomically)."""
    records = read_records(store, source_name=store.path.name if store.path else "")
    return write_csv(WorkbookPlan([records]), folder, separator, bom, progress)


def write_csv(plan: WorkbookPlan, folder: Path, separator: str = ",", bom: bool = False,
              progress: Callable[[float, str], None] | None = None) -> Path:
    if separator not in (",", ";"):
        raise ValueError(separator)
    folder = Path(folder)
    _check_replaceable(folder)
    layout = R.card_layout(s["card"] or {} for w in plan.workshops for s in w.scenarios)
    sheets = ([schema.WORKSHOPS] if plan.merged else []) + list(schema.DATA_SHEETS)
    with atomic_dir(folder) as tmp:
        counts: dict[str, int] = {}
        for i, sheet in enumerate(sheets):
            columns = list(sheet.columns)
            if sheet is schema.SCENARIOS:
                columns += [schema.Column(n, schema.JSON if kind == "json" else schema.TEXT,
                                          "", "", False)
                            for kind, names in layout.values() for n in names]
            counts[sheet.name] = _write(
                tmp / f"{sheet.name}.csv", [c.name for c in columns], [c.type for c in columns],
                _rows(plan, sheet, layout), separator, bom)
            if progress:
                progress((i + 1) / (len(sheets) + 1), sheet.name)
        _write(tmp / "About.csv", list(schema.ABOUT.names),
               [schema.KEY, schema.TEXT, "any", schema.TEXT, schema.TEXT],
               about_rows(plan, counts, layout), separator, bom)
    if progress:
        progress(1.0, "done")
    return folder


def _rows(plan: WorkbookPlan, sheet: schema.Sheet,
          layout: dict[str, list[Any]]) -> Iterable[tuple]:
    for rec in plan.workshops:
        if sheet is schema.WORKSHOPS:
            yield R.workshops_row(rec)
        else:
            yield from R.sheet_rows(rec, sheet, layout)
    if sheet is schema.RESULTS:
        for _, rows in plan.across:
            yield from rows
