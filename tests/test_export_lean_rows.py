"""The lean row path writes exactly the cells XlsxWriter's public methods write.

Large exports and merges write plain rows of the data sheets through
:mod:`studio.exchange.xlsx_rows`; every sheet part must be byte for byte what the
public path (``Book(lean=False)``) writes, in normal and in constant-memory mode,
for plain values and for every hostile value that makes a row leave the lean path.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import pytest
from exchange_data import HOSTILE, build

from studio.exchange import schema, xlsx_export
from studio.exchange.records import read_records
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook
from studio.exchange.xlsx_writer import EXCEL_CELL_LIMIT, Book
from studio.store.database import WorkshopStore

KINDS = [schema.ID, schema.TEXT, schema.INT, schema.FLOAT, schema.BOOL, schema.DATETIME,
         schema.DATE, schema.JSON, schema.KEY]
AT = datetime(2026, 5, 4, 9, 30, 0, 123000, tzinfo=timezone.utc)

PLAIN = [
    ("id-1", "Ja", 3, 2.5, True, AT, None, '{"a":1}', "k"),
    ("id-2", "a & b < c > d \"quoted\"", 0, -0.125, False, AT + timedelta(days=400), None,
     "[]", None),
    ("id-3", " leading", 10**17, 1e-300, None, datetime(2026, 1, 1), None, None, ""),
    ("id-4", "trailing\n", -7, 1 / 3, True, None, None, None, "x"),
    ("id-5", "\u00a0non-breaking both\u2003", None, 12345678901234.5, None, None, None, None,
     None),
    (None, None, None, None, None, None, None, None, None),  # an empty row
    ("id-7", "Emoji 😀 ünïcödé", 1, 2.0, False, AT, None, None, "=1+1"),
]
# Rows that leave the lean path (each for its own reason), between plain ones.
SPECIAL = [
    ("id-h", "_x0041_ literal escape", 1, 1.0, True, AT, None, None, None),
    ("id-h", "a\rb carriage return", 1, 1.0, True, AT, None, None, None),
    ("id-h", "control\x01\x0b characters", 1, 1.0, True, AT, None, None, None),
    ("id-h", "x" * (EXCEL_CELL_LIMIT // 2 + 1), 1, 1.0, True, AT, None, None, None),
    ("id-h", 42, "7", float("nan"), 1, date(2026, 5, 4), AT, ["not", "text"], 3.5),
    ("id-h", "fine", True, float("inf"), 0, "2026-05-04", AT.date(), None, None),
    *[("id-x", text, None, None, None, None, None, None, text) for text in HOSTILE],
]


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()
                if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"
                or n == "xl/styles.xml"}


def _write(path: Path, rows: list[tuple], *, constant_memory: bool, lean: bool) -> Path:
    book = Book(path, constant_memory=constant_memory, lean=lean)
    sheet = book.sheet("Data")
    sheet.header([f"c{i}" for i in range(len(KINDS))], [12] * len(KINDS))
    sheet.set_columns(KINDS)
    assert sheet.lean == lean  # the lean path is really taken (or really not)
    for row in rows:
        sheet.append(row)
    sheet.table("Data", [f"c{i}" for i in range(len(KINDS))], 0, len(rows))
    book.close()
    return path


@pytest.mark.parametrize("constant_memory", [False, True])
def test_plain_and_hostile_rows_give_the_same_sheet_bytes(tmp_path, constant_memory):
    rows = [*PLAIN, *SPECIAL, *PLAIN, SPECIAL[1], SPECIAL[1], *PLAIN]
    lean = _write(tmp_path / "lean.xlsx", rows, constant_memory=constant_memory, lean=True)
    public = _write(tmp_path / "public.xlsx", rows, constant_memory=constant_memory, lean=False)
    assert _parts(lean) == _parts(public)
    assert b"<f>" not in b"".join(_parts(lean).values())  # no text became a formula


def test_a_lean_row_cannot_be_written_twice_in_constant_memory_mode(tmp_path):
    book = Book(tmp_path / "x.xlsx", constant_memory=True)
    sheet = book.sheet("Data")
    sheet.set_columns(KINDS)
    sheet.append(PLAIN[0])
    with pytest.raises(RuntimeError, match="row 1 written after row 2"):
        sheet.cell(0, 1, schema.TEXT, "late")  # would be a second <row r="1">: refused
    book.abandon()


@pytest.mark.parametrize("constant_memory", [False, True])
def test_a_whole_export_is_the_same_with_and_without_the_lean_path(tmp_path, monkeypatch,
                                                                   constant_memory):
    store = WorkshopStore.memory()
    build(store)
    if constant_memory:
        monkeypatch.setattr(xlsx_export, "LARGE_WORKBOOK_CELLS", 0)
    plan = WorkbookPlan([read_records(store)])  # one plan: the same export time in both
    store.close()
    out = {}
    for lean in (True, False):
        monkeypatch.setattr(xlsx_export, "Book", partial(Book, lean=lean))
        out[lean] = write_workbook(plan, tmp_path / f"{lean}.xlsx")
    lean_parts, public_parts = _parts(out[True]), _parts(out[False])
    assert lean_parts.keys() == public_parts.keys()
    for name in lean_parts:
        if name.startswith("xl/worksheets/sheet"):
            assert lean_parts[name] == public_parts[name], name
