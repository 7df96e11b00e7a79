"""A streaming XLSX writer: openpyxl builds the workbook, we stream the data rows.

Why not openpyxl alone: its write-only mode costs ~12 µs per cell here (2.6× the
xlsxwriter floor the issue sets at ≤ 1.5×), mostly in per-cell Python objects.
Why not xlsxwriter: its fast constant-memory mode cannot hold Excel tables.
So openpyxl writes everything that is structure (workbook, styles, tables with
filter buttons, frozen headers, widths, charts, the About sheet) with a header
row only, and this module writes the data rows of each sheet straight as
SpreadsheetML into a temporary file, then splices them into openpyxl's sheet
parts while copying the package into the final file. bench/bench_export.py
measures the result against the xlsxwriter floor.

Text safety by construction: every text is written as an inline string
(``t="inlineStr"``); this module never writes a formula element, so no
participant text can become a formula or a hyperlink. Characters XML cannot
hold (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) are
removed and the rest of the text kept; CR is written as ``&#13;`` so that it
survives XML line-end normalisation.
"""

from __future__ import annotations

import math
import re
import shutil
import zipfile
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.exchange import schema

EXCEL_CELL_LIMIT = 32767
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EPOCH = datetime(1899, 12, 30)
_EPOCH_DATE = date(1899, 12, 30)
_FLUSH_ROWS = 500


def xml_text(value: str) -> str:
    """Text as XML character data: illegal characters removed, markup and CR escaped."""
    if _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("", value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def clean_text(value: str) -> str:
    """What a text cell will hold (for tests and for openpyxl-written cells)."""
    return _ILLEGAL_XML.sub("", value)


def excel_serial(value: datetime) -> float:
    """An aware UTC datetime as an Excel serial number (days since 1899-12-30)."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    delta = value - _EPOCH
    return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400.0


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


class CellTooLong(StudioError):
    pass


class SheetData:
    """The data rows of one sheet, written as ``<row>`` elements to a temporary file.

    ``types`` are :mod:`schema` cell types per column; ``styles`` maps "date"
    and "datetime" to the workbook's style index for those number formats.
    """

    def __init__(self, path: Path, sheet: str, columns: list[str], types: list[str],
                 styles: dict[str, int], first_row: int = 2) -> None:
        self.path = path
        self.sheet = sheet
        self.columns = columns
        self.rows = 0
        self._next = first_row
        self._fh: BinaryIO = open(path, "wb")  # noqa: SIM115 - closed in close()
        self._buf: list[str] = []
        self._letters = [column_letter(i) for i in range(len(types))]
        self._cells = [self._cell_func(t, styles) for t in types]

    def _cell_func(self, kind: str, styles: dict[str, int]) -> Callable[[str, Any], str]:
        if kind in schema.TEXT_TYPES:
            return self._text
        if kind == schema.BOOL:
            return lambda ref, v: f'<c r="{ref}" t="b"><v>{1 if v else 0}</v></c>'
        if kind == schema.DATETIME:
            s = styles["datetime"]
            return lambda ref, v: f'<c r="{ref}" s="{s}"><v>{excel_serial(v)!r}</v></c>'
        if kind == schema.DATE:
            s = styles["date"]
            return lambda ref, v: f'<c r="{ref}" s="{s}"><v>{(v - _EPOCH_DATE).days}</v></c>'
        return self._number

    def _text(self, ref: str, value: Any) -> str:
        if not isinstance(value, str):
            value = str(value)
        if len(value) > EXCEL_CELL_LIMIT // 2 and len(value.encode("utf-16-le")) // 2 > \
                EXCEL_CELL_LIMIT:
            raise CellTooLong(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A text in sheet {sheet}, cell {cell} has {n} characters; an Excel cell holds "
                    "at most 32,767. Shorten it in the workshop, or export as CSV.",
                ),
                sheet=self.sheet, cell=ref, n=len(value),
            )
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xml_text(value)}</t></is></c>'

    @staticmethod
    def _number(ref: str, value: Any) -> str:
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        return f'<c r="{ref}"><v>{value!r}</v></c>'

    def append(self, row: Iterable[Any]) -> None:
        r = self._next
        parts = [f'<row r="{r}">']
        letters, cells = self._letters, self._cells
        for i, value in enumerate(row):
            if value is None or value == "":
                continue
            parts.append(cells[i](f"{letters[i]}{r}", value))
        parts.append("</row>")
        self._buf.append("".join(parts))
        self._next += 1
        self.rows += 1
        if len(self._buf) >= _FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._buf:
            self._fh.write("".join(self._buf).encode("utf-8", "surrogatepass"))
            self._buf.clear()

    def close(self) -> None:
        if not self._fh.closed:
            self._flush()
            self._fh.close()


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


def _sheet_parts(skeleton: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → part name inside the package, read from the workbook's relationships."""
    wb = ElementTree.fromstring(skeleton.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(skeleton.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", _NS)}
    parts = {}
    for sheet in wb.find("m:sheets", _NS):
        rid = sheet.get(f"{{{_NS['r']}}}id")
        target = targets[rid].lstrip("/")
        parts[sheet.get("name")] = target if target.startswith("xl/") else f"xl/{target}"
    return parts


def splice(skeleton_path: Path, data: dict[str, SheetData], out: Path) -> None:
    """Copy the package at ``skeleton_path`` to ``out``, adding each sheet's data rows."""
    with zipfile.ZipFile(skeleton_path) as skel, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dest:
        parts = {part: data[name] for name, part in _sheet_parts(skel).items() if name in data}
        for info in skel.infolist():
            if info.filename not in parts:
                dest.writestr(info, skel.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
                continue
            xml = skel.read(info.filename)
            cut = xml.rfind(b"</sheetData>")
            if cut < 0:
                raise RuntimeError(f"no sheetData in {info.filename}")
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with dest.open(entry, "w", force_zip64=True) as fh:
                fh.write(xml[:cut])
                with open(parts[info.filename].path, "rb") as rows:
                    shutil.copyfileobj(rows, fh, 1 << 20)
                fh.write(xml[cut:])
