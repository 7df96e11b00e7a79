"""Typed cells for every output: XlsxWriter for workbooks, one rule for what a value becomes.

Every cell and every header of an export, the merge output and the overview
sheet goes through here. :func:`typed` is the one rule that knows a column's
type: a value that fits the column is written as that type (number, boolean,
date); anything else is **text**, whatever column it came in (a string in a
number column of a hostile workshop file is text, never a formula or raw
XML). The CSV writer applies the same rule (:mod:`studio.exchange.csv_export`).

Workbooks are written by XlsxWriter in its normal mode (Excel tables, native
charts); a large one (a merge of several large workshops, above :data:`LARGE_WORKBOOK_CELLS`)
in its constant-memory mode, which keeps one row per sheet in memory and streams
the rest to temporary files: its data sheets get an autofilter (filter buttons on
the header) instead of an Excel table, which that mode cannot write. Every sheet
is then written strictly row after row (a cell above the current row would be
lost: :class:`SheetWriter` refuses it). Both are opened with ``strings_to_formulas``, ``strings_to_numbers`` and
``strings_to_urls`` off, and text is always written with ``write_string``: no
participant text becomes a formula, a number or a link. Characters XML cannot
hold (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) are
removed and the rest of the text kept; XlsxWriter escapes CR and the rest the
way Excel does. A text longer than an Excel cell holds (32,767 UTF-16 units)
is refused with a message naming sheet and cell, never cut.

Plain rows of the data sheets (every value already of its column's type, short
clean text) skip XlsxWriter's per-cell overhead through :mod:`studio.exchange.xlsx_rows`,
which writes exactly the cells the public methods write; every other row takes
the rules above.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.exchange import schema
from studio.exchange.xlsx_rows import LeanRow, lean_rows

EXCEL_CELL_LIMIT = 32767
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# What a value becomes (see :func:`typed`).
TEXT, NUMBER, BOOLEAN, MOMENT, DAY = "text", "number", "bool", "datetime", "date"
ANY = "any"  # a column of mixed values (About.value): typed by the value itself

WORKBOOK_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
    "nan_inf_to_errors": False,
    # The parts are assembled in memory: faster than temporary files, and nothing is left in
    # the temporary folder if the process is killed.
    "in_memory": True,
}


# Above this many data cells a workbook is written in constant-memory mode (see above):
# normal mode holds every cell as a Python object (a merge of 20 large workshops, 4.3
# million cells: 1.5 GB). One large workshop (about 220,000) keeps its Excel tables.
LARGE_WORKBOOK_CELLS = 500_000


def clean_text(value: str) -> str:
    """What a text cell will hold: the text without characters XML cannot carry."""
    if _ILLEGAL_XML.search(value):
        return _ILLEGAL_XML.sub("", value)
    return value


def ooxml_unescape(value: Any) -> Any:
    """A text cell read with openpyxl, with the CR our writer stored as ``_x000D_`` restored.

    XlsxWriter stores CR as ``_x000D_`` (Excel's escape for control characters;
    the others never reach it, :func:`clean_text` removes them). Excel and
    LibreOffice decode it; openpyxl does not (it only drops the ``x005F_`` that
    protects a literal ``_x000D_``, so the two become one): whoever reads an
    export with openpyxl (the import) restores it here.
    """
    if value.__class__ is not str or "_x000D_" not in value:
        return value
    return value.replace("_x000D_", "\r")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def utc_naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


_EPOCH = datetime(1899, 12, 30)
_UTC = timezone.utc


def excel_serial(value: datetime) -> float:
    """A datetime (aware: converted to UTC) as an Excel serial number: days since 1899-12-30."""
    if value.tzinfo is not None:
        value = value.astimezone(_UTC).replace(tzinfo=None)
    delta = value - _EPOCH
    return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400.0


def typed(kind: str, value: Any) -> tuple[str, Any] | None:
    """``(what, value)`` for a value in a column of schema type ``kind``; None: an empty cell.

    ``what`` is TEXT, NUMBER, BOOLEAN, MOMENT (naive UTC datetime) or DAY. A value
    that does not fit its column is TEXT; a number that is not finite is empty.
    """
    if value is None or (value.__class__ is str and value == ""):
        return None
    cls = value.__class__
    if kind in schema.TEXT_TYPES:
        return TEXT, value if cls is str else str(value)
    if kind in (schema.INT, schema.FLOAT):
        if cls is int or cls is float or (isinstance(value, (int, float))
                                          and not isinstance(value, bool)):
            return (NUMBER, value) if math.isfinite(value) else None
        if isinstance(value, bool):
            return NUMBER, int(value)
    elif kind == schema.BOOL:
        if isinstance(value, bool):
            return BOOLEAN, value
        if isinstance(value, (int, float)) and value in (0, 1):
            return BOOLEAN, bool(value)
    elif kind == schema.DATETIME:
        if isinstance(value, datetime):
            return MOMENT, utc_naive(value)
        if isinstance(value, date):
            return DAY, value
    elif kind == schema.DATE:
        if isinstance(value, datetime):
            return DAY, value.date()
        if isinstance(value, date):
            return DAY, value
    elif kind == ANY:
        if isinstance(value, bool):
            return BOOLEAN, value
        if isinstance(value, (int, float)):
            return (NUMBER, value) if math.isfinite(value) else None
        if isinstance(value, datetime):
            return MOMENT, utc_naive(value)
        if isinstance(value, date):
            return DAY, value
    return TEXT, value if cls is str else str(value)


class CellTooLong(StudioError):
    pass


def _too_long(sheet: str, row: int, col: int, n: int) -> CellTooLong:
    return CellTooLong(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A text in sheet {sheet}, cell {cell} has {n} characters; an Excel cell holds "
            "at most 32,767. Shorten it in the workshop, or export as CSV.",
        ),
        sheet=sheet, cell=f"{column_letter(col)}{row + 1}", n=n,
    )


class Book:
    """An XlsxWriter workbook with the formats exports use. Close it to write the file.

    The package is assembled in memory and written to ``path`` only by :meth:`close`:
    a workbook abandoned after an error writes nothing, even when XlsxWriter closes
    it later on its own (it does so when the object is collected).
    """

    def __init__(self, path: Path, *, constant_memory: bool = False, lean: bool = True) -> None:
        """``lean``: write plain rows of data sheets by :mod:`studio.exchange.xlsx_rows`
        (the same cells, faster); False: every cell through XlsxWriter's public methods."""
        import xlsxwriter

        self.path = Path(path)
        self.constant_memory = constant_memory
        self.lean = lean
        self._buffer = io.BytesIO()
        options = dict(WORKBOOK_OPTIONS)
        if constant_memory:  # XlsxWriter ignores constant_memory in its in_memory mode
            options.update(in_memory=False, constant_memory=True)
        self.wb = xlsxwriter.Workbook(self._buffer, options)
        add = self.wb.add_format
        self.formats: dict[str, Any] = {
            "header": add({"bold": True}),
            "title": add({"bold": True, "font_size": 14}),
            "heading": add({"bold": True, "font_size": 12}),
            "bold": add({"bold": True}),
            "wrap": add({"text_wrap": True, "valign": "top"}),
            "bold_wrap": add({"bold": True, "text_wrap": True, "valign": "top"}),
            "muted_wrap": add({"text_wrap": True, "valign": "top", "font_color": "#595959"}),
            MOMENT: add({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            DAY: add({"num_format": "yyyy-mm-dd"}),
        }
        self.sheets: list[SheetWriter] = []

    def sheet(self, name: str) -> SheetWriter:
        writer = SheetWriter(self, self.wb.add_worksheet(name), name)
        self.sheets.append(writer)
        return writer

    def close(self) -> None:
        self.wb.close()
        with open(self.path, "wb") as fh:
            fh.write(self._buffer.getbuffer())
        self._buffer = io.BytesIO()

    def abandon(self) -> None:
        """Drop a workbook that will not be written (an error or a cancel is on its way)."""
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                self.wb.close()  # into memory: so that collecting it later does no work
            except Exception:
                logging.getLogger(__name__).debug("closing an abandoned workbook failed",
                                                  exc_info=True)
        self._buffer = io.BytesIO()


class SheetWriter:
    """One worksheet: typed rows by column, text cells, tables."""

    def __init__(self, book: Book, ws: Any, name: str) -> None:
        self.book, self.ws, self.name = book, ws, name
        self._funcs: list[Callable[[int, int, Any], None]] = []
        self._lean: LeanRow | None = None
        self.next_row = 0

    def _check_row(self, row: int) -> None:
        """In constant-memory mode a row above the current one is gone: never lose a cell
        silently (XlsxWriter only returns an error code)."""
        if self.book.constant_memory and row < self.ws.previous_row:
            raise RuntimeError(f"{self.name}: row {row + 1} written after row "
                               f"{self.ws.previous_row + 1} in a constant-memory workbook")

    # -- single cells ---------------------------------------------------------------
    def text(self, row: int, col: int, value: str, style: str | None = None) -> None:
        """Text as text, always (never a formula, a number or a link)."""
        self._check_row(row)
        if len(value) > EXCEL_CELL_LIMIT // 2 and \
                len(value.encode("utf-16-le", "surrogatepass")) // 2 > EXCEL_CELL_LIMIT:
            raise _too_long(self.name, row, col, len(value))
        self.ws.write_string(row, col, clean_text(value),
                             self.book.formats[style] if style else None)

    def cell(self, row: int, col: int, kind: str, value: Any, style: str | None = None) -> None:
        """A value in a column of schema type ``kind`` (see :func:`typed`)."""
        found = typed(kind, value)
        if found is None:
            return
        what, value = found
        self._check_row(row)
        fmt = self.book.formats[style] if style else None
        if what == TEXT:
            self.text(row, col, value, style)
        elif what == NUMBER:
            self.ws.write_number(row, col, value, fmt)
        elif what == BOOLEAN:
            self.ws.write_boolean(row, col, value, fmt)
        else:
            self.ws.write_datetime(row, col, value, fmt or self.book.formats[what])

    # -- typed rows (the data sheets) -------------------------------------------------
    def set_columns(self, kinds: Sequence[str]) -> None:
        """The schema types of the columns that :meth:`append` writes."""
        self._funcs = [self._fast(k) for k in kinds]
        self._lean = lean_rows(self.ws, kinds, self.book.formats[MOMENT], EXCEL_CELL_LIMIT // 2,
                               _ILLEGAL_XML) if self.book.lean else None

    @property
    def lean(self) -> bool:
        """Whether plain rows take the lean path (:mod:`studio.exchange.xlsx_rows`)."""
        return self._lean is not None

    def _fast(self, kind: str) -> Callable[[int, int, Any], None]:
        """A writer for one column: the common case direct, everything else by :meth:`cell`."""
        ws, cell = self.ws, self.cell
        if kind in schema.TEXT_TYPES:
            write_string, text, search = ws.write_string, self.text, _ILLEGAL_XML.search
            half = EXCEL_CELL_LIMIT // 2

            def write_text(r: int, c: int, v: Any) -> None:
                if v.__class__ is str and len(v) <= half and not search(v):
                    write_string(r, c, v)  # the common case: short, clean text
                else:
                    text(r, c, v if v.__class__ is str else str(v))
            return write_text
        if kind in (schema.INT, schema.FLOAT):
            write_number = ws.write_number

            def write_num(r: int, c: int, v: Any) -> None:
                if (v.__class__ is int or v.__class__ is float) and math.isfinite(v):
                    write_number(r, c, v)
                else:
                    cell(r, c, kind, v)
            return write_num
        if kind == schema.BOOL:
            write_boolean = ws.write_boolean

            def write_bool(r: int, c: int, v: Any) -> None:
                if v.__class__ is bool:
                    write_boolean(r, c, v)
                else:
                    cell(r, c, kind, v)
            return write_bool
        if kind == schema.DATETIME:
            write_number, fmt = ws.write_number, self.book.formats[MOMENT]

            def write_moment(r: int, c: int, v: Any) -> None:
                if v.__class__ is datetime:  # as its Excel serial number: the same cell, faster
                    write_number(r, c, excel_serial(v), fmt)
                else:
                    cell(r, c, kind, v)
            return write_moment
        return lambda r, c, v: cell(r, c, kind, v)

    def append(self, values: Iterable[Any]) -> None:
        """Write the next row, each value by its column's type."""
        r = self.next_row
        self._check_row(r)
        lean = self._lean
        if lean is not None:
            if values.__class__ is not tuple and values.__class__ is not list:
                values = tuple(values)
            if lean(r, values):  # a plain row: the same cells, written faster
                self.next_row = r + 1
                return
        funcs = self._funcs
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            funcs[c](r, c, v)
        self.next_row = r + 1

    def header(self, names: Sequence[str], widths: Sequence[float] | None = None,
               freeze: bool = True) -> None:
        """The header row (bold text) at the next row; column widths; frozen below it."""
        r = self.next_row
        for c, name in enumerate(names):
            self.text(r, c, name, "header")
        if widths:
            for c, width in enumerate(widths):
                self.ws.set_column(c, c, width)
        if freeze:
            self.ws.freeze_panes(r + 1, 0)
        self.next_row = r + 1

    def table(self, name: str, names: Sequence[str], first_row: int, rows: int) -> None:
        """An Excel table (filter buttons, stripes) over the header at ``first_row`` and
        ``rows`` data rows (at least one, so that an empty sheet is still a table); in a
        constant-memory workbook an autofilter over the same cells."""
        headers = [clean_text(n) for n in names]
        if self.book.constant_memory:
            self.ws.autofilter(first_row, 0, first_row + max(rows, 1), len(headers) - 1)
            return
        result = self.ws.add_table(first_row, 0, first_row + max(rows, 1), len(headers) - 1, {
            "name": name, "style": "Table Style Medium 2", "autofilter": True,
            "columns": [{"header": h, "header_format": self.book.formats["header"]}
                        for h in headers],
        })
        if result:  # XlsxWriter refuses a table (and only warns): never lose it silently
            raise RuntimeError(f"table {name} refused by XlsxWriter ({result})")
