"""CSV export: one UTF-8 file per sheet, the same columns as the XLSX.

For German Excel: ``separator=";"`` (then numbers use a decimal comma, as
German Excel expects with that separator) and ``bom=True`` (so Excel detects
UTF-8). Times are UTC as ``YYYY-MM-DD HH:MM:SS.fff``; booleans ``true``/``false``.

CSV has no cell types, so a spreadsheet program would run a text that starts
with ``=``, ``+``, ``-``, ``@`` (or their fullwidth forms), a tab or a CR as a
formula. Such texts get a leading apostrophe here (the OWASP advice), in every
column and in the header: a value that does not fit its column's type (a text
in a number column of a hostile file) is written as such a text too (see
:func:`studio.exchange.xlsx_writer.typed`). The XLSX export keeps every text
exactly and is the one to import.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from studio.exchange import rows as R
from studio.exchange import schema
from studio.exchange.records import read_records
from studio.exchange.xlsx_export import WorkbookPlan, about_rows, data_columns
from studio.exchange.xlsx_writer import ANY, BOOLEAN, DAY, MOMENT, NUMBER, clean_text, typed
from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.atomic import atomic_dir
from studio.store.database import WorkshopStore

# A spreadsheet program runs a text starting with one of these as a formula (Excel and
# LibreOffice also take the fullwidth forms of = + - @ for their ASCII forms).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_text(value: Any) -> str:
    """Text for a CSV cell: cleaned, and never something a spreadsheet would run."""
    value = clean_text(value if isinstance(value, str) else str(value))
    return "'" + value if value.startswith(_FORMULA_START) else value


def _formatter(kind: str, decimal_comma: bool) -> Callable[[Any], str]:
    """The CSV text of a value in a column of schema type ``kind`` (``typed`` decides what the
    value is; anything that does not fit its column is text, escaped like every text)."""
    def fmt(v: Any) -> str:
        found = typed(kind, v)
        if found is None:
            return ""
        what, v = found
        if what == NUMBER:
            out = repr(v) if isinstance(v, float) else str(v)
            return out.replace(".", ",") if decimal_comma else out
        if what == BOOLEAN:
            return "true" if v else "false"
        if what == MOMENT:
            return v.strftime("%Y-%m-%d %H:%M:%S.") + f"{v.microsecond // 1000:03d}"
        if what == DAY:
            return v.isoformat()
        return csv_text(v)

    return fmt


def _write(path: Path, header: list[str], types: list[str], rows: Iterable[Iterable[Any]],
           separator: str, bom: bool) -> int:
    decimal_comma = separator == ";"
    fmts = [_formatter(t, decimal_comma) for t in types]
    n = 0
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=separator, lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in header])
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
            columns = data_columns(sheet, layout)
            counts[sheet.name] = _write(
                tmp / f"{sheet.name}.csv", [c.name for c in columns], [c.type for c in columns],
                _rows(plan, sheet, layout), separator, bom)
            if progress:
                progress((i + 1) / (len(sheets) + 1), sheet.name)
        _write(tmp / "About.csv", list(schema.ABOUT.names),
               [schema.KEY, schema.TEXT, ANY, schema.TEXT, schema.TEXT],
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
