"""Import: export → import → export gives the same rows; hand-edited files; located errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from exchange_data import build, make_file
from openpyxl import load_workbook

from studio.base.errors import StudioError
from studio.exchange import rows as R
from studio.exchange import schema
from studio.exchange.records import read_records, read_workshop_file
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook
from studio.exchange.xlsx_import import ImportFileError, import_workbook
from studio.exchange.xlsx_writer import clean_text
from studio.store.database import WorkshopStore


def sheet_rows(rec) -> dict[str, list[tuple]]:
    """Rows of every data sheet; texts as a cell holds them (XML-illegal characters gone)."""
    def cell(v):
        return clean_text(v) if isinstance(v, str) else v

    return {s.name: [tuple(cell(v) for v in row) for row in R.sheet_rows(rec, s)]
            for s in schema.DATA_SHEETS}


def workbook_rows(path: Path) -> dict[str, list[tuple]]:
    """Every cell of every sheet except the export time and the chart drawings."""
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
        if ws.title == "About":
            rows = [r for r in rows if r[1] != "exported_at"]
        out[ws.title] = rows
    return out


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rt")
    src, ids = make_file(folder / "a.workshop")
    out = folder / "a.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(src)]), out)
    return src, out, ids


def test_export_import_export_gives_the_same_rows(original, tmp_path):
    src, first, _ = original
    restored = tmp_path / "b.workshop"
    import_workbook(first, restored)
    a, b = read_workshop_file(src), read_workshop_file(restored)
    assert sheet_rows(a) == sheet_rows(b)
    second = tmp_path / "b.xlsx"
    write_workbook(WorkbookPlan([b]), second)
    one, two = workbook_rows(first), workbook_rows(second)
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], name


def test_restored_workshop_keeps_ids_times_and_withdrawals(original, tmp_path):
    from studio.core.ballots import BallotService
    from studio.core.notes import NoteService
    from studio.core.results_service import ResultsService

    src, first, ids = original
    restored = tmp_path / "b.workshop"
    import_workbook(first, restored)
    store = WorkshopStore.open(restored)
    try:
        notes = {n.id: n for n in NoteService(store).notes()}
        assert notes[ids["hidden"]].moderation == "hidden"
        assert notes[ids["duplicate"]].merged_into_id == ids["first_note"]
        assert NoteService(store).dot_counts()[ids["first_note"]] == 2
        single = ResultsService(store).result(ids["single"])
        assert ids["withdrawn"] not in {r.ballot_id for r in BallotService(store).responses(
            ids["single"])}
        assert single.n_tally == 6
    finally:
        store.close()
    orig = WorkshopStore.open(src)
    try:
        assert ResultsService(orig).result(ids["single"]) == single
    finally:
        orig.close()


def test_hand_edited_file_still_imports(original, tmp_path):
    """Rows sorted, columns moved, extra columns added: the same workshop comes back."""
    src, first, _ = original
    wb = load_workbook(first)
    for name in ("Responses", "Notes", "Options"):
        ws = wb[name]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        header, body = rows[0], rows[1:]
        body.sort(key=lambda r: str(r[-1]), reverse=True)  # sorted by the last column
        order = list(reversed(range(len(header))))  # columns moved: all reversed
        header = [header[i] for i in order] + ["my comment"]
        body = [[r[i] for i in order] + ["checked =1"] for r in body]
        for t in list(ws.tables):
            del ws.tables[t]
        ws.delete_rows(1, ws.max_row)
        for i, r in enumerate([header, *body], 1):
            for j, value in enumerate(r, 1):
                cell = ws.cell(i, j, value)
                if isinstance(value, str):
                    cell.data_type = "s"  # as Excel keeps typed text: never a formula
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    restored = tmp_path / "c.workshop"
    import_workbook(edited, restored)

    def no_cr(rows):
        # openpyxl (the editing tool here, not the export) saves CR unescaped, so XML reads
        # it back as LF; Excel keeps it. Compare with CR normalised.
        return {k: [tuple(v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str)
                          else v for v in r) for r in rs] for k, rs in rows.items()}

    assert no_cr(sheet_rows(read_workshop_file(src))) == no_cr(
        sheet_rows(read_workshop_file(restored)))


def _edit(first: Path, tmp_path: Path, sheet: str, change) -> Path:
    wb = load_workbook(first)
    change(wb[sheet])
    out = tmp_path / "bad.xlsx"
    wb.save(out)
    return out


def _column(ws, name: str) -> int:
    return [c.value for c in ws[1]].index(name) + 1


def _fails(path: Path, tmp_path: Path, *parts: str) -> ImportFileError | StudioError:
    target = tmp_path / "never.workshop"
    with pytest.raises(StudioError) as info:
        import_workbook(path, target)
    message = str(info.value)
    for part in parts:
        assert part in message, message
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".never")]
    return info.value


def test_missing_required_column_names_sheet_and_column(original, tmp_path):
    _, first, _ = original
    bad = _edit(first, tmp_path, "Notes",
                lambda ws: ws.delete_cols(_column(ws, "category")))
    err = _fails(bad, tmp_path, "Sheet Notes", "column category", "missing")
    assert err.sheet == "Notes" and err.column == "category"


def test_wrong_type_names_sheet_row_and_column(original, tmp_path):
    _, first, _ = original

    def change(ws):
        ws.cell(5, _column(ws, "count")).value = "many"

    _fails(_edit(first, tmp_path, "Responses", change), tmp_path,
           "Sheet Responses, row 5, column count", "whole number", "many")

    def bad_time(ws):
        ws.cell(3, _column(ws, "created_at")).value = "yesterday"

    _fails(_edit(first, tmp_path, "Notes", bad_time), tmp_path,
           "Sheet Notes, row 3, column created_at", "date and time")


def test_duplicate_id_is_refused(original, tmp_path):
    _, first, _ = original

    def change(ws):
        col = _column(ws, "note_id")
        ws.cell(4, col).value = ws.cell(2, col).value

    _fails(_edit(first, tmp_path, "Notes", change), tmp_path,
           "Sheet Notes, row 4, column note_id", "appears twice")


def test_reference_to_nothing_is_refused(original, tmp_path):
    _, first, _ = original

    def change(ws):
        ws.cell(2, _column(ws, "option_id")).value = "00000000-0000-0000-0000-000000000000"

    _fails(_edit(first, tmp_path, "Responses", change), tmp_path,
           "Sheet Responses, row 2, column option_id")


def test_unknown_schema_version_is_refused(original, tmp_path):
    _, first, _ = original

    def change(ws):
        for row in ws.iter_rows():
            if row[1].value == "export_schema_version":
                row[2].value = "9.0"

    _fails(_edit(first, tmp_path, "About", change), tmp_path, "Sheet About", "format 9.0")


def test_not_an_export(tmp_path):
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    _fails(plain, tmp_path, "not a Co-Design Studio export")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 broken zip")
    _fails(junk, tmp_path, "not an Excel workbook")  # a broken zip: the advice, not zip jargon
    text = tmp_path / "text.xlsx"
    text.write_text("hello")
    _fails(text, tmp_path, "not an Excel workbook")


def test_cli_import_leaves_the_export_unchanged(original, tmp_path):
    from studio.cli import main

    _, first, _ = original
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    out = tmp_path / "c.workshop"
    assert main(["import", str(first), "--output", str(out)]) == 0
    assert out.is_file()
    assert main(["import", str(first), "--output", str(out)]) == 2
    assert hashlib.sha256(first.read_bytes()).hexdigest() == digest


def test_memory_store_round_trip(tmp_path):
    store = WorkshopStore.memory()
    build(store)
    rec = read_records(store)
    out = tmp_path / "m.xlsx"
    write_workbook(WorkbookPlan([rec]), out)
    back = tmp_path / "m.workshop"
    import_workbook(out, back)
    assert sheet_rows(rec) == sheet_rows(read_workshop_file(back))
    store.close()


def test_a_large_workbook_streamed_holds_the_same_cells_and_imports(original, tmp_path,
                                                                    monkeypatch):
    """Above the size limit the workbook is written in constant-memory mode (autofilters
    instead of Excel tables): every cell is the same and it imports the same."""
    from studio.exchange import xlsx_export

    src, first, _ = original
    monkeypatch.setattr(xlsx_export, "LARGE_WORKBOOK_CELLS", 0)
    streamed = tmp_path / "streamed.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(src)]), streamed)
    one, two = workbook_rows(first), workbook_rows(streamed)
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], name
    book = load_workbook(streamed)
    assert book["Responses"].auto_filter.ref.startswith("A1:")
    restored = tmp_path / "b.workshop"
    import_workbook(streamed, restored)
    assert sheet_rows(read_workshop_file(src)) == sheet_rows(read_workshop_file(restored))


def test_a_streamed_sheet_never_loses_a_cell_written_out_of_order(tmp_path):
    from studio.exchange.xlsx_writer import Book

    book = Book(tmp_path / "x.xlsx", constant_memory=True)
    sheet = book.sheet("S")
    sheet.text(0, 0, "first")
    sheet.text(5, 0, "later")
    with pytest.raises(RuntimeError):
        sheet.text(1, 0, "too late: row 2 is written")
    book.abandon()
