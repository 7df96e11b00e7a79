"""Lean rows for the large data sheets: the cells XlsxWriter writes, without its per-cell cost.

A merge of twenty large workshops writes about four million cells; through
XlsxWriter's public ``write_*`` methods each costs a decorator, bounds and
type checks, a named tuple and (at close, or in constant-memory mode at the
next row) an XML element assembled from attribute lists. That was most of the
merge's time. :func:`lean_rows` gives :class:`~studio.exchange.xlsx_writer.SheetWriter`
a row writer for the **plain** cells of a typed data sheet that produces
exactly what those methods produce (tests/test_export_lean_rows.py compares the
sheet parts byte for byte), with one step per cell:

- in normal mode it stores the cells in the worksheet's table as
  ``write_string``/``write_number``/``write_boolean`` would (shared strings,
  the same cell tuples), so XlsxWriter writes them at close as before;
- in constant-memory mode it writes the row's XML to the worksheet's row file
  itself, as XlsxWriter's row flush would (inline strings, no spans).

A row qualifies only if every value is plain for its column: text that is a
``str`` of at most half an Excel cell, with no character XML cannot hold (and,
in constant-memory mode, no carriage return or ``_xHHHH_`` that XlsxWriter
would escape); an ``int`` or ``float`` that is finite in a number column; a
``bool`` in a boolean column; a ``datetime`` in a date-time column; nothing
(None or "") anywhere. Any other row, and every row when XlsxWriter's
internals are not what this module was written against, takes the public
path with all its rules (:meth:`SheetWriter.cell`): the lean path never
decides what a value becomes, it only skips work for values whose outcome is
already fixed. Text is never a formula, a number or a link on either path.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from studio.exchange import schema

_TEXT, _NUMBER, _BOOLEAN, _MOMENT, _OTHER = range(5)
_XML_SPECIAL = re.compile("[&<>]")
# What XlsxWriter rewrites in an inline string (constant-memory mode): the lean path leaves
# such a text to it. C0 controls other than tab/LF/CR never get here (removed before).
_CM_ESCAPED = re.compile("_x|\r")

LeanRow = Callable[[int, Sequence[Any]], bool]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a workbook's records and cells are built.

    An export builds hundreds of thousands of small acyclic objects (records, cell
    tuples, shared strings); each time their number grows by a quarter the collector
    walks all of them again: about a fifth of a large workshop's export time. They are
    freed by reference counting as usual; the few reference cycles made meanwhile (the
    XlsxWriter workbook object itself) are collected once the collector resumes (if it
    was on) at the end of the block. The pause is process-wide, for the length of the
    export or merge.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _supported(ws: Any) -> bool:
    """Whether the worksheet has the internals the lean path was written against."""
    try:
        from xlsxwriter.worksheet import CellBooleanTuple, CellNumberTuple, CellStringTuple
    except ImportError:
        return False
    needed = ("table", "previous_row", "str_table", "_check_dimensions", "_write_single_row",
              "row_info", "col_info", "comments", "default_row_height", "original_row_height",
              "excel_version", "xls_rowmax", "xls_colmax", "constant_memory")
    return (all(hasattr(ws, n) for n in needed)
            and CellStringTuple._fields == ("string", "format")
            and CellNumberTuple._fields == ("number", "format")
            and CellBooleanTuple._fields == ("boolean", "format")
            and ws.excel_version == 2007)


def _code(kind: str) -> int:
    if kind in schema.TEXT_TYPES:
        return _TEXT
    if kind in (schema.INT, schema.FLOAT):
        return _NUMBER
    if kind == schema.BOOL:
        return _BOOLEAN
    if kind == schema.DATETIME:
        return _MOMENT
    return _OTHER


def lean_rows(ws: Any, kinds: Sequence[str], moment_format: Any, half_limit: int,
              illegal: re.Pattern[str]) -> LeanRow | None:
    """A function ``(row, values) -> written?`` for plain rows, or None (no lean path).

    ``moment_format``: the cell format of date-time cells; ``half_limit``: the longest
    text written without the exact UTF-16 length check; ``illegal``: the characters
    text cells must not hold (such a text is left to the public path, which removes them).
    """
    if not _supported(ws):
        return None
    from xlsxwriter.utility import xl_col_to_name
    from xlsxwriter.worksheet import CellBooleanTuple, CellNumberTuple, CellStringTuple

    codes = [_code(k) for k in kinds]
    if ws.constant_memory:
        letters = [xl_col_to_name(c) for c in range(len(codes))]
        return _streamed(ws, codes, letters, moment_format, half_limit, illegal)
    return _stored(ws, codes, moment_format, half_limit, illegal,
                   CellStringTuple, CellNumberTuple, CellBooleanTuple)


def _stored(ws: Any, codes: list[int], moment: Any, half: int, illegal: re.Pattern[str],
            String: Any, Number: Any, Boolean: Any) -> LeanRow:
    """Normal mode: the cells go into the worksheet's table, as ``write_*`` puts them."""
    from studio.exchange.xlsx_writer import excel_serial

    search = illegal.search
    shared = ws.str_table._get_shared_string_index
    table, check = ws.table, ws._check_dimensions
    isfinite = math.isfinite
    new = tuple.__new__  # the cell tuple itself, without the named tuple's Python-level __new__
    width = len(codes)

    def row(r: int, values: Sequence[Any]) -> bool:
        if len(values) > width or r >= ws.xls_rowmax:
            return False
        cells = []
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            code, cls = codes[c], v.__class__
            if code == _TEXT and cls is str and len(v) <= half and not search(v):
                cells.append((c, v, _TEXT))
            elif code == _NUMBER and (cls is int or cls is float) and isfinite(v):
                cells.append((c, v, _NUMBER))
            elif code == _BOOLEAN and cls is bool:
                cells.append((c, v, _BOOLEAN))
            elif code == _MOMENT and cls is datetime:
                cells.append((c, v, _MOMENT))
            else:
                return False
        if not cells:
            return True
        check(r, cells[0][0])
        check(r, cells[-1][0])
        target = table[r]
        for c, v, what in cells:
            if what == _TEXT:
                target[c] = new(String, (shared(v), None))
            elif what == _NUMBER:
                target[c] = new(Number, (v, None))
            elif what == _BOOLEAN:
                target[c] = new(Boolean, (1 if v else 0, None))
            else:
                target[c] = new(Number, (excel_serial(v), moment))
        return True

    return row


def _streamed(ws: Any, codes: list[int], letters: list[str], moment: Any, half: int,
              illegal: re.Pattern[str]) -> LeanRow:
    """Constant-memory mode: the row's XML goes to the worksheet's row file, as XlsxWriter's
    row flush writes it (``<row r="n">``, inline strings, ``s`` for a cell's format)."""
    from studio.exchange.xlsx_writer import excel_serial

    search, special, escaped = illegal.search, _XML_SPECIAL.search, _CM_ESCAPED.search
    isfinite = math.isfinite
    width = len(codes)
    xf: list[int] = []  # the date-time format's index, once XlsxWriter has given it one

    def no_column_formats() -> bool:
        return all(getattr(ci, "column_format", None) is None for ci in ws.col_info.values())

    seen = {"columns": -1}  # how many columns had no format when last looked at

    def row(r: int, values: Sequence[Any]) -> bool:
        # A cell's XML must depend on itself only: no row or column format, no comment,
        # the default row height (XlsxWriter would add them to the row or cell).
        if len(values) > width or r >= ws.xls_rowmax or r in ws.row_info or r in ws.comments \
                or ws.default_row_height != ws.original_row_height:
            return False
        if len(ws.col_info) != seen["columns"]:
            if not no_column_formats():
                return False
            seen["columns"] = len(ws.col_info)
        if r > ws.previous_row:
            ws._write_single_row(r)  # the row before (e.g. the header) goes out first
        if r != ws.previous_row or any(ws.table.values()):
            return False  # cells of this row are already waiting: leave it to XlsxWriter
        n = str(r + 1)
        parts = []
        first = last = -1
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            code, cls = codes[c], v.__class__
            if code == _TEXT and cls is str and len(v) <= half and not search(v) \
                    and not escaped(v):
                keep = ' xml:space="preserve"' if v[0].isspace() or v[-1].isspace() else ""
                if special(v):
                    v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                parts.append(f'<c r="{letters[c]}{n}" t="inlineStr"><is><t{keep}>{v}</t></is></c>')
            elif code == _NUMBER and (cls is int or cls is float) and isfinite(v):
                parts.append(f'<c r="{letters[c]}{n}"><v>{v:.16G}</v></c>')
            elif code == _BOOLEAN and cls is bool:
                parts.append(f'<c r="{letters[c]}{n}" t="b"><v>{1 if v else 0}</v></c>')
            elif code == _MOMENT and cls is datetime:
                if not xf:
                    xf.append(moment._get_xf_index())
                parts.append(f'<c r="{letters[c]}{n}" s="{xf[0]}"><v>{excel_serial(v):.16G}</v></c>')
            else:
                return False
            if first < 0:
                first = c
            last = c
        if parts:
            ws._check_dimensions(r, first)
            ws._check_dimensions(r, last)
            ws.fh.write(f'<row r="{n}">' + "".join(parts) + "</row>")
        # This row is written: the next one is the first XlsxWriter may still hold, and a
        # write to this one is refused (as for any row already flushed).
        ws.previous_row = r + 1
        return True

    return row
