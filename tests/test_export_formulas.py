"""No output ever holds a live formula: every cell and header goes through the typed writer.

The attacks of issue 15 item 9: a hostile workshop file puts strings into number
columns (SQLite keeps whatever it is given), a crafted card key becomes a
column header, fullwidth ＝ ＋ － ＠ start a text. ``studio export`` (xlsx and
CSV) and ``studio merge`` must write all of them as text.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cli_support import run
from exchange_data import make_file
from openpyxl import load_workbook

from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore

BREAKOUT = '1</v><f>HYPERLINK("http://x.invalid","y")</f><v>'
FORMULA = '=HYPERLINK("http://x.invalid","y")'
# (table, column, payload): number columns that reach a data sheet as they are.
ATTACKS = [
    ("note", "pos_x", BREAKOUT),
    ("note", "pos_y", FORMULA),
    ("cluster", "pos_y", "+SUM(1;2)"),
    ("activity", "timebox_minutes", "@cmd"),
    ("response", "value_x", "\uff1dHYPERLINK(\"http://x.invalid\")"),  # fullwidth =
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER = re.compile(r"^-?\d+([.,]\d+)?([eE][-+]?\d+)?$")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A workshop file whose number columns hold strings, put there with sqlite3."""
    path, _ = make_file(tmp_path_factory.mktemp("hostile") / "hostile.workshop")
    con = sqlite3.connect(path)
    for table, column, payload in ATTACKS:
        con.execute(f"UPDATE {table} SET {column} = ? "  # noqa: S608 - fixed names above
                    f"WHERE rowid = (SELECT min(rowid) FROM {table})", (payload,))
    con.commit()
    con.close()
    return path


@pytest.fixture
def hostile_store():
    """The same strings in an open workshop: what the writers get if anything ever lets such
    a value through the checks on opening (the writer must stand on its own)."""
    from sqlalchemy import text

    from exchange_data import build

    store = WorkshopStore.memory()
    build(store)
    with store.engine.begin() as con:
        for table, column, payload in ATTACKS:
            con.execute(text(f"UPDATE {table} SET {column} = :v "  # noqa: S608 - fixed names
                             f"WHERE rowid = (SELECT min(rowid) FROM {table})"), {"v": payload})
    yield store
    store.close()


def worksheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()
                if n.startswith("xl/worksheets/") and n.endswith(".xml")}


def assert_no_formula(path: Path, inline: bool = False) -> None:
    """``inline``: a streamed workbook holds its texts in the cells (``t="inlineStr"``)."""
    for name, xml in worksheet_xml(path).items():
        assert "<f>" not in xml and "<f " not in xml, name
        if not inline:
            assert "HYPERLINK" not in xml, name  # the payloads sit in the shared strings
    book = load_workbook(path)
    texts = set()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    for _, _, payload in ATTACKS:
        assert payload in texts, payload  # kept, as text


def assert_csv_safe(folder: Path) -> list[list[str]]:
    """No CSV cell a spreadsheet would run: every cell starting like a formula is a number."""
    every = []
    for path in folder.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                every.append(row)
                for cell in row:
                    if cell.startswith(FORMULA_START):
                        assert _NUMBER.match(cell), (path.name, cell)
    return every


def test_a_file_with_strings_in_number_columns_is_refused_by_every_command(hostile, tmp_path,
                                                                          capsys):
    other, _ = make_file(tmp_path / "other.workshop", title="Other")
    for args in (("export", hostile, "--output", tmp_path / "out.xlsx"),
                 ("export", hostile, "--output", tmp_path / "csv", "--format", "csv"),
                 ("merge", hostile, other, "--output", tmp_path / "merged.xlsx")):
        code, _, err = run(capsys, *args)
        assert code == 2, err
        assert len(err.strip().splitlines()) == 1 and "column" in err and "row" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.workshop"]


def test_strings_in_number_columns_are_text_in_the_workbook(hostile_store, tmp_path):
    from studio.exchange.xlsx_export import export_workbook

    out = tmp_path / "out.xlsx"
    export_workbook(hostile_store, out)
    assert_no_formula(out)
    notes = load_workbook(out)["Notes"]
    header = [c.value for c in notes[1]]
    cell = notes.cell(2, header.index("pos_x") + 1)
    assert (cell.value, cell.data_type) == (BREAKOUT, "s")


def test_strings_in_number_columns_are_neutralised_in_csv(hostile_store, tmp_path):
    from studio.exchange.csv_export import export_csv

    out = tmp_path / "csv"
    export_csv(hostile_store, out)
    cells = {c for row in assert_csv_safe(out) for c in row}
    assert "'" + FORMULA in cells and "'@cmd" in cells and "'+SUM(1;2)" in cells
    assert "'\uff1dHYPERLINK(\"http://x.invalid\")" in cells
    assert BREAKOUT in cells  # no formula start: kept as it is


def test_an_export_holding_them_is_never_merged_into_a_formula(hostile_store, tmp_path, capsys):
    from studio.exchange.xlsx_export import export_workbook

    exported = export_workbook(hostile_store, tmp_path / "hostile.xlsx")
    other, _ = make_file(tmp_path / "other.workshop", title="Other")
    out = tmp_path / "merged.xlsx"
    code, _, err = run(capsys, "merge", exported, other, "--output", out)
    if code == 0:
        assert_no_formula(out)
    else:  # the merge refuses the text in a number column, with one clear line
        assert code == 2 and len(err.strip().splitlines()) == 1 and not out.exists()


@pytest.fixture(scope="module")
def crafted(tmp_path_factory) -> Path:
    """A workshop whose card has field keys that look like formulas (a crafted card file or
    export brings them in through ``studio import``)."""
    path = tmp_path_factory.mktemp("crafted") / "crafted.workshop"
    store = WorkshopStore.create(path)
    try:
        ws = WorkshopService(store)
        ws.create_workshop("Keys")
        ws.add_scenario({"id": "c", FORMULA: "value", "\uff20cmd": "x", "-1+2": {"de": "a"},
                         "Title": "upper", "title": "lower"})
        store.checkpoint()
    finally:
        store.close()
    return path


def test_card_keys_never_become_a_formula_in_a_header(crafted, tmp_path, capsys):
    xlsx = tmp_path / "crafted.xlsx"
    assert run(capsys, "export", crafted, "--output", xlsx)[0] == 0
    assert_headers_are_text(xlsx)
    # Through an import, as the attack came: export → import → CSV export.
    restored = tmp_path / "restored.workshop"
    code, _, err = run(capsys, "import", xlsx, "--output", restored)
    assert code == 0, err
    out = tmp_path / "csv"
    assert run(capsys, "export", restored, "--output", out, "--format", "csv")[0] == 0
    assert_csv_safe(out)
    with open(out / "Scenarios.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert "'" + FORMULA in header and "'\uff20cmd" in header and "'-1+2_de" in header


def assert_headers_are_text(xlsx: Path) -> None:
    for xml in worksheet_xml(xlsx).values():
        assert "<f>" not in xml
    ws = load_workbook(xlsx)["Scenarios"]
    header = [c.value for c in ws[1]]
    assert FORMULA in header and "\uff20cmd" in header
    assert all(c.data_type == "s" for c in ws[1])
    # Excel tables need headers unique regardless of case: "Title" beside "title" is renamed.
    assert len({h.casefold() for h in header}) == len(header)
    assert list(ws.tables) == ["Scenarios"]


def test_fullwidth_formula_starts_are_neutralised_in_csv(tmp_path, capsys):
    from studio.core.notes import NoteService

    path = tmp_path / "w.workshop"
    store = WorkshopStore.create(path)
    try:
        WorkshopService(store).create_workshop("Fullwidth")
        notes = NoteService(store)
        for text in ("\uff1d1+1", "\uff0bplus", "\uff0dminus", "\uff20at", "-3 is text"):
            notes.add_note(text, "idea")
        store.checkpoint()
    finally:
        store.close()
    out = tmp_path / "csv"
    assert run(capsys, "export", path, "--output", out, "--format", "csv")[0] == 0
    cells = {c for row in assert_csv_safe(out) for c in row}
    assert {"'\uff1d1+1", "'\uff0bplus", "'\uff0dminus", "'\uff20at", "'-3 is text"} <= cells


def test_a_large_workbook_streamed_keeps_text_as_text(hostile_store, tmp_path, monkeypatch):
    """A merge of many workshops is written in constant-memory mode: the same safety."""
    from studio.exchange import xlsx_export

    monkeypatch.setattr(xlsx_export, "LARGE_WORKBOOK_CELLS", 0)
    out = tmp_path / "out.xlsx"
    xlsx_export.export_workbook(hostile_store, out)
    assert_no_formula(out, inline=True)
    notes = load_workbook(out)["Notes"]
    assert not notes.tables and notes.auto_filter.ref  # filter buttons instead of a table
    header = [c.value for c in notes[1]]
    cell = notes.cell(2, header.index("pos_x") + 1)
    assert (cell.value, cell.data_type) == (BREAKOUT, "s")
