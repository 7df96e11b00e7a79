"""The XLSX export: sheets, tables, typed cells, hostile texts, the small-group rule, the CLI."""

from __future__ import annotations

import argparse
import gc
import hashlib
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from exchange_data import HOSTILE, build, make_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.cli import subcommands as commands
from studio.exchange import schema
from studio.exchange.xlsx_export import export_workbook
from studio.exchange.xlsx_writer import EXCEL_CELL_LIMIT, clean_text, ooxml_unescape
from studio.store.database import WorkshopStore

SHEETS = ["Überblick", "About", "Charts", "Scenarios", "Activities", "Options", "Responses", "Results",
          "Notes", "Clusters", "EventLog"]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="studio")
    sub = p.add_subparsers()
    for add in (commands.add_export_parser, commands.add_import_parser,
                commands.add_merge_parser, commands.add_report_parser):
        add(sub)
    return p


def run(*argv: str) -> int:
    args = parser().parse_args([str(a) for a in argv])
    return args.func(args)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    store = WorkshopStore.memory()
    ids = build(store)
    out = folder / "w.xlsx"
    export_workbook(store, out)
    store.close()
    return out, ids


@pytest.fixture(scope="module")
def book(exported):
    from openpyxl import load_workbook

    return load_workbook(exported[0])


def table(book, name):
    """Rows as dicts, text read as Excel reads it (openpyxl leaves ``_x000D_`` as it is)."""
    ws = book[name]
    rows = [tuple(map(ooxml_unescape, r)) for r in ws.iter_rows(values_only=True)]
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:] if any(v is not None for v in r)]


def test_sheets_are_tables_with_frozen_headers_and_widths(book):
    assert book.sheetnames == SHEETS
    for name in SHEETS[3:]:
        ws = book[name]
        assert ws.freeze_panes == "A2", name
        assert list(ws.tables) == [name]
        t = ws.tables[name]
        header = [c.value for c in ws[1]]
        assert [c.name for c in t.tableColumns] == header
        assert t.ref == f"A1:{ws.cell(1, len(header)).column_letter}{max(ws.max_row, 2)}"
        assert t.autoFilter is not None
        assert header[: len(schema.SHEETS[name].names)] == list(schema.SHEETS[name].names)
        assert "workshop_id" in header
        assert ws.column_dimensions["A"].width >= 10


def test_cells_are_typed(book, exported):
    _, ids = exported
    responses = table(book, "Responses")
    first = responses[0]
    assert isinstance(first["submitted_at"], datetime)
    assert isinstance(first["count"], int) and first["count"] == 1
    assert isinstance(first["withdrawn"], bool)
    assert book["Responses"]["I2"].number_format == "yyyy-mm-dd hh:mm:ss"
    tallies = [r for r in responses if r["ballot_id"] is None]
    assert {r["count"] for r in tallies} >= {4, 2, 5, 1, 3}
    withdrawn = [r for r in responses if r["ballot_id"] == ids["withdrawn"]]
    assert withdrawn and all(r["withdrawn"] and isinstance(r["withdrawn_at"], datetime)
                             for r in withdrawn)
    scale = [r for r in responses if r["activity_kind"] == "scale" and r["ballot_id"]]
    assert all(isinstance(r["scale_value"], int) or r["dont_know"] for r in scale)
    matrix = [r for r in responses if r["activity_kind"] == "matrix"]
    assert all(isinstance(r["x"], float | int) and 0 <= r["x"] <= 1 for r in matrix)
    results = table(book, "Results")
    # A number cell (Excel has no separate whole numbers: 1.0 reads back as 1).
    shares = [r["share"] for r in results if r["share"] is not None]
    assert shares and all(isinstance(v, int | float) and not isinstance(v, bool) for v in shares)
    assert any(isinstance(v, float) and 0 < v < 1 for v in shares)


def test_notes_include_hidden_ones_flagged_with_reason(book, exported):
    _, ids = exported
    notes = {n["note_id"]: n for n in table(book, "Notes")}
    assert len(notes) == 8
    hidden = notes[ids["hidden"]]
    assert hidden["hidden"] is True and hidden["hidden_reason"] == "personal data =1+1"
    dup = notes[ids["duplicate"]]
    assert dup["hidden"] is True and dup["merged_into_id"] == ids["first_note"]
    assert dup["hidden_reason"] == "duplicate"
    assert notes[ids["first_note"]]["dots"] == 2
    assert notes[ids["first_note"]]["text"] == "=1+1 idea"
    assert table(book, "Clusters")[0]["dots"] == 1


def test_results_never_break_out_a_group_under_five(book, exported):
    _, ids = exported
    results = table(book, "Results")
    groups = {r["stakeholder_group"] for r in results if r["activity_id"] == ids["multi"]}
    # 7 residents; 2 staff and 1 without a group would be small groups of 3 people
    # together, found as the total minus the residents: no split.
    assert groups == {None}
    # Scale: staff are 2 ballots and a tally of 6 people (8); the 7 residents join the one
    # person without a group as "small_groups" (8) rather than leave that person alone.
    scale = {r["stakeholder_group"]: r["n"] for r in results if r["activity_id"] == ids["scale"]}
    assert scale == {None: 16, "staff": 8, "small_groups": 8}
    for r in results:
        if r["stakeholder_group"] is not None:
            assert r["n"] >= 5


def test_about_explains_every_sheet_and_column_in_both_languages(book):
    about = list(book["About"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(about) if r[:2] == ("section", "key"))
    rows = [r for r in about[start + 1:] if r[0]]
    facts = {r[1]: r[2] for r in rows if r[0] == "file"}
    assert facts["export_schema_version"] == schema.EXPORT_SCHEMA_VERSION
    assert isinstance(facts["exported_at"], datetime)
    counts = {r[1]: r[2] for r in rows if r[0] == "sheet"}
    for name in SHEETS[3:]:
        assert counts[name] == len(table(book, name))
    columns = {r[1]: r for r in rows if r[0] == "column"}
    for name in SHEETS[3:]:
        for header in (c.value for c in book[name][1]):
            entry = columns[f"{name}.{header}"]
            assert entry[3] and entry[4], (name, header)
    workshop = {r[1]: r[2] for r in rows if r[0] == "workshop"}
    assert workshop["title"] == "Werkstatt =1+1"


def test_hostile_texts_stay_text_in_the_sheet_xml(exported, book):
    path, _ = exported
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        for name in sheets:
            xml = z.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
            assert "hyperlink" not in xml.lower() or "HYPERLINK(" in xml
        assert not any("externalLink" in n or "hyperlink" in n for n in z.namelist())
    scenario = table(book, "Scenarios")[0]
    for i, text in enumerate(HOSTILE):
        assert scenario[f"hostile_{i}"] == clean_text(text), i
    assert scenario["hostile_11"] == "control characters"
    assert scenario["hostile_6"].startswith("\r=")
    assert len(scenario["hostile_13"]) == 10_000
    assert book["Scenarios"].cell(2, list(scenario).index("hostile_0") + 1).data_type == "s"
    labels = {o["label"] for o in table(book, "Options")}
    assert {"=1+1", "@SUM(A1)", "S1 -2+3"} <= labels


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300))
def test_any_text_round_trips_through_a_cell(tmp_path_factory, text):
    from openpyxl import load_workbook

    from studio.exchange.xlsx_writer import Book

    out = tmp_path_factory.mktemp("cell") / "out.xlsx"
    book = Book(out)
    sheet = book.sheet("S")
    sheet.header(["h"])
    sheet.set_columns([schema.TEXT])
    sheet.append([text])
    book.close()
    value = ooxml_unescape(load_workbook(out)["S"]["A2"].value)
    assert (value or "") == clean_text(text)


@pytest.mark.parametrize("text", ["_x0041_", "a\rb", "\r\n", "=1+1", "Tab!A1", "'quoted"])
def test_escape_like_texts_stay_as_written(tmp_path, text):
    from openpyxl import load_workbook

    from studio.exchange.xlsx_writer import Book

    book = Book(tmp_path / "out.xlsx")
    sheet = book.sheet("S")
    sheet.set_columns([schema.TEXT])
    sheet.append([text])
    book.close()
    cell = load_workbook(tmp_path / "out.xlsx")["S"]["A1"]
    assert ooxml_unescape(cell.value) == text and cell.data_type == "s"


def test_text_up_to_the_excel_limit_and_a_clear_error_beyond(tmp_path):
    from openpyxl import load_workbook

    from studio.core.workshops import WorkshopService

    store = WorkshopStore.memory()
    ws = WorkshopService(store)
    ws.create_workshop("Long")
    sc = ws.add_scenario({"id": "c", "long": "é" * EXCEL_CELL_LIMIT})
    export_workbook(store, tmp_path / "ok.xlsx")
    value = load_workbook(tmp_path / "ok.xlsx", read_only=True)["Scenarios"]
    row = list(value.iter_rows(values_only=True))
    assert len(row[1][row[0].index("long")]) == EXCEL_CELL_LIMIT
    ws.add_scenario({"id": "d", "long": "😀" * 16_384})  # 32,768 UTF-16 units
    from studio.base.errors import StudioError

    with pytest.raises(StudioError, match=r"Scenarios, cell .*32,767"):
        export_workbook(store, tmp_path / "too-long.xlsx")
    gc.collect()  # the abandoned workbook, collected, writes nothing either
    assert not (tmp_path / "too-long.xlsx").exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "ok.xlsx"]
    assert sc.card_id == "c"


def test_charts_sheet_has_native_charts_over_results(book, exported):
    path, _ = exported
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 7  # every voting activity; the notes round has none
        xml = "".join(z.read(c).decode() for c in charts)
    assert re.search(r"'?Results'?!\$Q\$", xml)  # counts
    assert re.search(r"<(c:)?cat><(c:)?strRef><(c:)?f>'?Results'?!\$M\$", xml)  # option labels
    assert re.search(r"'?Responses'?!\$S\$", xml)  # matrix answers
    headings = [r[0] for r in book["Charts"].iter_rows(values_only=True) if r and r[0]]
    assert any("Question scale?" in h for h in headings)
    assert any(h.startswith("n = ") for h in headings)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_export_leaves_the_input_unchanged_and_refuses_to_overwrite(tmp_path, capsys):
    src, _ = make_file(tmp_path / "w.workshop")
    before = _digest(src)
    out = tmp_path / "w.xlsx"
    assert run("export", src, "--output", out) == 0
    assert out.is_file() and _digest(src) == before
    assert not list(tmp_path.glob("*-wal")) and not list(tmp_path.glob("*.backup*"))
    from studio.base.errors import StudioError

    with pytest.raises(StudioError, match="already exists"):
        run("export", src, "--output", out)
    assert run("export", src, "--output", out, "--force") == 0
    with pytest.raises(StudioError, match=r"must end in \.xlsx"):
        run("export", src, "--output", tmp_path / "w.txt")
    assert _digest(src) == before


def test_cli_main_reports_bad_input_in_one_line(tmp_path, capsys):
    from studio.cli import main

    bad = tmp_path / "bad.workshop"
    bad.write_bytes(b"not a database at all")
    assert main(["export", str(bad), "--output", str(tmp_path / "o.xlsx")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a Co-Design Studio workshop" in err
    assert bad.read_bytes() == b"not a database at all"


def test_export_while_the_workshop_is_running(tmp_path, monkeypatch):
    """A ballot cast between reads cannot make Results and Responses disagree."""
    from studio.core import snapshot
    from studio.core.ballots import BallotService
    from studio.exchange import records

    src, ids = make_file(tmp_path / "live.workshop")
    store = WorkshopStore.open(src)
    ballots = BallotService(store)
    original = snapshot._rows
    calls = []

    def racing(conn, table, *order):
        calls.append(table.__name__)
        if table.__name__ == "Option":  # after activities, before responses
            ballots.cast_ballot(ids["multi"], {"options": [_first_option(store, ids["multi"])]})
        return original(conn, table, *order)

    with monkeypatch.context() as patched:
        patched.setattr(snapshot, "_rows", racing)
        rec = records.read_records(store)
    assert "Option" in calls and "Response" in calls
    multi = [r for r in rec.responses if r["activity_id"] == ids["multi"]]
    before = len(multi)
    assert before == len([r for r in records.read_records(store).responses
                          if r["activity_id"] == ids["multi"]]) - 1
    store.close()


def _first_option(store, activity_id):
    from studio.core.workshops import WorkshopService

    return WorkshopService(store).activity(activity_id).options[0].id


def test_file_is_a_valid_zip_and_every_text_cell_is_a_string(exported, book):
    path, _ = exported
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
