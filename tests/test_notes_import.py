"""Reading notes from CSV/XLSX: documented columns, one error per bad row, input untouched."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.base.errors import WorkshopFileError
from studio.core.kinds import (
    DEFAULT_NOTE_CATEGORIES,
    DEFAULT_NOTE_TAGS,
    DEFAULT_STAKEHOLDER_GROUPS,
    Source,
)
from studio.exchange.notes_import import read_notes_file

CATS, TAGS, GROUPS = DEFAULT_NOTE_CATEGORIES, DEFAULT_NOTE_TAGS, DEFAULT_STAKEHOLDER_GROUPS


def read(path, **kw):
    return read_notes_file(path, CATS, TAGS, groups=GROUPS, **kw)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_semicolon_csv_with_bom_german_headers(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(
        "\ufeffNotiz;Kategorie;Tags;Gruppe;Zeit;Quelle\n"
        "Wer sieht die Bilder meiner Hausfassade?;Bedenken;privacy;residents;14.03.2025 18:30;"
        "Papier\n"
        "Weniger Papierkram;Hoffnung;;Verwaltung;;\n"
        "Wie oft wird geprüft?;?;transparency, Fairness / Bias;;2025-03-14T19:00;\n"
        ";;;;;\n".encode("utf-8"))
    before = digest(path)
    result = read(path)
    assert digest(path) == before  # the input is never modified
    assert result.errors == []
    assert [r.category for r in result.rows] == ["concern", "hope", "question"]
    assert result.rows[0].source is Source.PAPER and result.rows[1].source is Source.IMPORT
    assert result.rows[0].stakeholder_group == "residents"
    assert result.rows[1].stakeholder_group == "staff"
    assert result.rows[2].tags == ["fairness", "transparency"]
    assert result.rows[0].created_at.tzinfo is not None
    assert result.columns["text"] == "Notiz"


def test_comma_csv_one_error_per_bad_row(tmp_path):
    path = tmp_path / "notes.csv"
    long_text = "x" * 501
    path.write_text(
        "text,category,tags\n"
        "Gute Idee,idea,\n"
        ",idea,\n"  # no text
        f"{long_text},idea,\n"
        "Unklar,banana,\n"
        "Mit Tag,idea,unknown-tag\n"
        "Nummer,3,cost\n"
        "Ohne Kategorie,,\n", encoding="utf-8")
    result = read(path)
    assert [(r.line, r.text) for r in result.rows] == [(2, "Gute Idee"), (7, "Nummer")]
    assert result.rows[1].category == "idea" and result.rows[1].tags == ["cost"]
    lines = {e.line: e.message for e in result.errors}
    assert sorted(lines) == [3, 4, 5, 6, 8]
    assert "500" in lines[4]
    assert "banana" in lines[5] and "concern" in lines[5]
    assert "unknown-tag" in lines[6]
    assert "category" in lines[8]


def test_default_category_fills_empty_cells(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("Text\nEins\nZwei\n", encoding="utf-8")
    result = read(path, default_category="idea")
    assert [r.category for r in result.rows] == ["idea", "idea"]


def test_windows_1252_fallback_warns(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes("text;category\nÄrger über Straßenlärm;concern\n".encode("cp1252"))
    result = read(path)
    assert result.rows[0].text == "Ärger über Straßenlärm"
    assert result.warnings


def test_xlsx(tmp_path):
    import datetime

    import openpyxl

    path = tmp_path / "notes.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Notiz", "Kategorie", "Datum"])
    ws.append(["=1+1 steht hier als Text", "Idee", datetime.datetime(2025, 3, 14, 18, 30)])
    ws.append(["Zweite", "Frage", None])
    ws.append([None, "Frage", None])
    ws.cell(2, 1).data_type = "s"  # a text that starts with "=", not a formula
    wb.save(path)
    before = digest(path)
    result = read(path)
    assert digest(path) == before
    assert [r.text for r in result.rows] == ["=1+1 steht hier als Text", "Zweite"]
    assert result.rows[0].created_at.year == 2025
    assert [e.line for e in result.errors] == [4]


@pytest.mark.parametrize(
    ("content", "suffix", "needle"),
    [(b"", ".csv", "empty"), (b"a;b\n1;2\n", ".csv", "text"), (b"garbage", ".xlsx", "XLSX"),
     (b"x", ".pdf", "CSV")],
)
def test_file_level_errors_say_what_to_do(tmp_path, content, suffix, needle):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    with pytest.raises(WorkshopFileError) as err:
        read(path)
    assert needle in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(WorkshopFileError):
        read(tmp_path / "nope.csv")


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(cell, st.sampled_from(["idea", "Frage", "", "zzz", "2"]), cell),
                     max_size=15))
def test_every_nonblank_row_is_a_note_or_an_error(tmp_path, rows):
    import csv

    path = tmp_path / "prop.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["text", "category", "tags"])
        w.writerows(rows)
    result = read(path, default_category="hope")
    lines = sorted([r.line for r in result.rows] + [e.line for e in result.errors])
    assert len(lines) == len(set(lines))
    for row in result.rows:
        assert 0 < len(row.text) <= 500
