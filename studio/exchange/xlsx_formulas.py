"""Formula cells that have no value, so an import can name them.

A workbook saved by Excel or LibreOffice stores each formula with its last
calculated value, which an import reads like a typed value. A workbook saved
by a script (openpyxl, pandas) stores only the formula: read for its values,
such a cell looks empty, and the user would be told "must not be empty" about
a cell they can see filled. :mod:`studio.exchange.xlsx_reader` gives such a
cell as a :class:`Formula`, in the same pass that reads the values, so that
the importer can say what is really wrong: a formula, not a value.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula with no calculated value; ``text`` is the formula (``=2+3``)."""

    text: str
