"""Find formula cells that have no value, so an import can name them.

A workbook saved by Excel or LibreOffice stores each formula with its last
calculated value, which an import reads like a typed value. A workbook saved
by a script (openpyxl, pandas) stores only the formula: read for its values,
such a cell looks empty, and the user would be told "must not be empty" about
a cell they can see filled. This module finds those cells so that the importer
can say what is really wrong: a formula, not a value.

Cheap for an unchanged export: the sheets are scanned for a formula element
first, and only a workbook that has one is read a second time for formulas.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

# <f>, <f t="shared" .../>, or with a namespace prefix (<x:f>); not <fill>, <font>.
_FORMULA_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula with no calculated value; ``text`` is the formula (``=2+3``)."""

    text: str


def has_formulas(data: bytes) -> bool:
    """Whether any worksheet of the .xlsx ``data`` holds a formula."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return any(_FORMULA_ELEMENT.search(zf.read(info)) for info in zf.infolist()
                   if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"))


def formula_cells(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Per sheet title, ``{(row, column): formula}`` of every formula cell (1-based)."""
    if not has_formulas(data):
        return {}
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    try:
        found: dict[str, dict[tuple[int, int], str]] = {}
        for ws in wb.worksheets:
            cells: dict[tuple[int, int], str] = {}
            for row in ws.iter_rows():
                for cell in row:
                    if getattr(cell, "data_type", None) == "f":
                        value = cell.value
                        cells[(cell.row, cell.column)] = str(getattr(value, "text", value))
            if cells:
                found[ws.title] = cells
        return found
    finally:
        wb.close()


def mark_formulas(rows: list[tuple[int, tuple]], cells: dict[tuple[int, int], str],
                  ) -> list[tuple[int, tuple]]:
    """``rows`` (number, values) with each formula cell that has no value as a :class:`Formula`."""
    if not cells:
        return rows
    marked = []
    for number, values in rows:
        if any((number, col) in cells for col in range(1, len(values) + 1)):
            values = tuple(
                Formula(cells[(number, i)]) if v in (None, "") and (number, i) in cells else v
                for i, v in enumerate(values, 1))
        marked.append((number, values))
    return marked


def is_formula(value: Any) -> bool:
    return isinstance(value, Formula)
