"""The workbook's first sheet: an overview a person reads, in the workshop's language."""

from __future__ import annotations

import zipfile

import pytest
from exchange_data import build, make_file
from openpyxl import load_workbook

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.workshops import WorkshopService
from studio.exchange import schema
from studio.exchange.merge import merge_files
from studio.exchange.xlsx_export import export_workbook
from studio.exchange.xlsx_import import read_export
from studio.store.database import WorkshopStore


def texts(ws) -> list[tuple]:
    return [tuple(v for v in row if v is not None)
            for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    store = WorkshopStore.memory()
    ids = build(store)
    out = tmp_path_factory.mktemp("overview") / "w.xlsx"
    export_workbook(store, out)
    store.close()
    return out, ids


def test_first_sheet_is_the_overview_in_german(german):
    path, _ = german
    book = load_workbook(path)
    assert book.sheetnames[0] == "Überblick"
    assert book.sheetnames[1:3] == ["About", "Charts"]
    rows = texts(book["Überblick"])
    flat = "\n".join(" | ".join(map(str, r)) for r in rows)
    assert rows[0] == ("Überblick", "Werkstatt =1+1")
    assert ("Szenario", "Karte A") in rows
    for key in ("single", "multi", "scale", "points", "ranking", "matrix", "statements"):
        assert ("Frage", f"Question {key}?") in rows, key
    assert "Mittelwert" in flat and "n = " in flat and "Personen" in flat
    assert "am gemeinsamen Bildschirm: n = " in flat and "per Handzeichen" in flat
    # 7 residents, 2 staff and 1 without a group: no split may single out the small ones.
    assert "Nicht aufgeteilt" in flat
    assert "staff (n = 2" not in flat and "(n = 1)" not in flat
    # Top notes per category; hidden notes (the one hidden for personal data, the duplicate)
    # never appear.
    assert "=1+1 idea (2 Punkte)" in flat
    assert "@concern" not in flat and "+plus" not in flat


def test_overview_is_set_up_for_printing(german):
    path, _ = german
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        workbook = z.read("xl/workbook.xml").decode()
    assert 'orientation="landscape"' in sheet
    assert 'fitToHeight="0"' in sheet and "<pageSetUpPr fitToPage=\"1\"/>" in sheet
    assert "_xlnm.Print_Titles" in workbook and "$1:$1" in workbook
    ws = load_workbook(path)["Überblick"]
    assert ws["B1"].alignment.wrap_text is not True  # the title
    assert any(c.alignment.wrap_text for row in ws.iter_rows(min_row=2) for c in row if c.value)


def test_an_english_workshop_gets_an_english_overview_with_groups(tmp_path):
    store = WorkshopStore.memory()
    ws = WorkshopService(store)
    ws.create_workshop("Town hall", language="en")
    sc = ws.add_scenario({"id": "c", "title": {"de": "Karte", "en": "Card"}})
    act = ws.add_activity(sc.id, "single_choice", "Good idea?", ["Yes", "No"])
    FacilitationService(store).open_voting(act.id)
    ballots = BallotService(store)
    yes, no = (o.id for o in act.options)
    for i in range(6):
        ballots.cast_ballot(act.id, {"option": yes}, "residents")
    for i in range(5):
        ballots.cast_ballot(act.id, {"option": no if i else yes}, "staff")
    for i in range(2):
        ballots.cast_ballot(act.id, {"option": no}, "business")
    out = tmp_path / "en.xlsx"
    export_workbook(store, out)
    store.close()
    book = load_workbook(out)
    assert book.sheetnames[0] == "Overview"
    flat = "\n".join(" | ".join(map(str, r)) for r in texts(book["Overview"]))
    assert "Scenario | Card" in flat and "Question | Good idea?" in flat
    assert "“Yes”: 7 (54%)" in flat and "n = 13 people" in flat
    # 2 people from business alone would be a small group the other groups' numbers give away:
    # the smallest group shown (staff, 5) joins them, so "small groups" holds 7 people.
    assert "Residents (n = 6)" in flat and "small groups (n = 7)" in flat
    assert "Business" not in flat and "City staff" not in flat


def test_import_and_merge_skip_the_overview(german, tmp_path):
    path, _ = german
    (rec,) = read_export(path)
    assert rec.workshop["title"] == "Werkstatt =1+1"
    other, _ = make_file(tmp_path / "other.workshop", title="Other")
    merged = tmp_path / "merged.xlsx"
    summary = merge_files([path, other], merged)
    assert summary.workshops == ["Werkstatt =1+1", "Other"]
    book = load_workbook(merged)
    assert book.sheetnames[:4] == ["Überblick", "About", "Charts", "Workshops"]
    flat = "\n".join(" | ".join(map(str, r)) for r in texts(book["Überblick"]))
    assert "Werkstatt | Werkstatt =1+1" in flat and "Werkstatt | Other" in flat
    assert set(book.sheetnames) >= {s.name for s in schema.DATA_SHEETS}


@pytest.mark.parametrize(("language", "one", "two"), [
    ("de", "Idee (1 Notiz)", "(1 Punkt)"), ("en", "Idea (1 note)", "(1 dot)")])
def test_top_notes_say_one_dot_and_one_note_in_the_singular(language, one, two):
    from types import SimpleNamespace

    from studio.exchange.xlsx_overview import _notes, _Say

    rec = SimpleNamespace(workshop={"note_categories": [
        {"key": "idea", "de": "Idee", "en": "Idea"}]})
    note = {"id": "n1", "category": "idea", "text": "Mehr  Bänke", "dots": 1,
            "created_at": "2026-01-01T10:00:00"}
    [line] = _notes(_Say(language), rec, [note])
    assert line.label == one
    assert line.text == f"Mehr Bänke {two}"


def test_paper_dots_show_their_points_not_n_0(tmp_path):
    store = WorkshopStore.memory()
    workshops = WorkshopService(store)
    workshops.create_workshop("Punkte")
    sc = workshops.add_scenario({"id": "p", "title": {"de": "Karte P"}})
    act = workshops.add_activity(sc.id, "points", "Wohin die Punkte?", ["A", "B"],
                                 {"budget": 5})
    a, b = [o.id for o in act.options]
    FacilitationService(store).open_voting(act.id)
    BallotService(store).cast_ballot(act.id, {"points": {a: 3, b: 2}})
    BallotService(store).record_tally(act.id, {a: 20, b: 14}, source="paper")
    out = tmp_path / "p.xlsx"
    export_workbook(store, out)
    store.close()
    flat = "\n".join(" | ".join(map(str, r)) for r in texts(load_workbook(out)["Überblick"]))
    assert "auf Papier: 34 Punkte (ohne Personenzahl)" in flat
    assert "auf Papier: n = 0" not in flat
