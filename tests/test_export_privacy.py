"""A note hidden because it holds personal data never carries its text out of the laptop.

Other hidden notes (duplicates, insults, off topic) stay in exports with their
text, flagged as hidden with their reason.
"""

from __future__ import annotations

import csv
import zipfile

import pytest
from openpyxl import load_workbook

from studio.core.notes import NoteService
from studio.core.pii import hidden_for_personal_data
from studio.core.workshops import WorkshopService
from studio.exchange.csv_export import export_csv
from studio.exchange.report import outline
from studio.exchange.records import read_records
from studio.exchange.xlsx_export import export_workbook
from studio.store.database import WorkshopStore

PHONE = "0341 1234567"
MAIL = "anna@example.org"


@pytest.fixture
def store():
    st = WorkshopStore.memory()
    ws = WorkshopService(st)
    ws.create_workshop("Privat")
    sc = ws.add_scenario({"id": "c", "title": {"de": "Karte"}})
    notes = NoteService(st)
    ids = {
        # hidden with the board's own reason, preset when the hint finds a phone number
        "phone": notes.add_note(f"Rufen Sie mich an: {PHONE}", "concern", scenario_id=sc.id).id,
        # hidden with the facilitator's own words for it
        "mail": notes.add_note(f"Schreibt mir: {MAIL}", "idea", scenario_id=sc.id).id,
        # hidden with a reason that says nothing of privacy, but the text still holds it
        "quiet": notes.add_note(f"Mein Nachbar, Tel. {PHONE}, weiß mehr", "idea").id,
        "insult": notes.add_note("Ihr Idioten", "concern", scenario_id=sc.id).id,
        "kept": notes.add_note("Gute Idee", "hope", scenario_id=sc.id).id,
    }
    notes.hide(ids["phone"], "Personenbezogene Daten")
    notes.hide(ids["mail"], f"E-Mail-Adresse {MAIL}")
    notes.hide(ids["quiet"], "Off topic")
    notes.hide(ids["insult"], "Beleidigung")
    st.ids = ids
    yield st
    st.close()


def _everything_in(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_xlsx_carries_no_personal_data_of_hidden_notes(store, tmp_path):
    out = tmp_path / "w.xlsx"
    export_workbook(store, out)
    everything = _everything_in(out)
    assert PHONE not in everything and MAIL not in everything
    ws = load_workbook(out)["Notes"]
    rows = [dict(zip([c.value for c in ws[1]], [c.value for c in r])) for r in ws.iter_rows(2)]
    notes = {r["note_id"]: r for r in rows if r["note_id"]}
    for key in ("phone", "mail", "quiet"):
        note = notes[store.ids[key]]
        assert note["hidden"] is True
        assert note["text"] == "[ausgeblendet: personenbezogene Daten]", key
    assert notes[store.ids["mail"]]["hidden_reason"] == "E-Mail-Adresse […]"
    insult = notes[store.ids["insult"]]
    assert (insult["text"], insult["hidden"], insult["hidden_reason"]) == (
        "Ihr Idioten", True, "Beleidigung")
    assert notes[store.ids["kept"]]["text"] == "Gute Idee"


def test_csv_carries_no_personal_data_of_hidden_notes(store, tmp_path):
    out = export_csv(store, tmp_path / "csv")
    text = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.csv"))
    assert PHONE not in text and MAIL not in text
    with open(out / "Notes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["text"] for r in rows} >= {"[ausgeblendet: personenbezogene Daten]", "Ihr Idioten"}


def test_report_outline_shows_no_hidden_note(store):
    everything = repr(outline(read_records(store)))
    assert PHONE not in everything and MAIL not in everything and "Idioten" not in everything


@pytest.mark.parametrize(("reason", "text", "expected"), [
    ("Personal data", "no digits here", True),
    ("Personenbezogene Daten", "nichts", True),
    ("Enthält personenbezogene Daten", "nichts", True),
    ("Telefonnummer", "nichts", True),
    ("Datenschutz", "nichts", True),
    ("Off topic", f"call {PHONE}", True),
    ("duplicate", "Gute Idee", False),
    ("Beleidigung", "Ihr Idioten", False),
    ("Kritik am Personal", "Das Personal ist unfreundlich", False),
])
def test_telling_the_reasons_apart(reason, text, expected):
    assert hidden_for_personal_data("hidden", reason, text) is expected
    assert hidden_for_personal_data("visible", reason, text) is False
