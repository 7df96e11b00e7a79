"""Parser attacks are bad input: exit 2 and one line, the same sentence in the dialogs.

Billion laughs, entities (the XXE attempt), NaN and infinity in number cells,
deeply nested JSON, an oversized CSV field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import one_line, run
from exchange_data import make_file
from test_import_limits import one_sheet_workbook
from xlsx_hostile import SHEET_HEAD, cell, parts_of, read_sheet, sheet_parts, sheet_xml, write_zip

from studio.base.errors import WorkshopFileError
from studio.exchange.notes_import import read_notes_file
from studio.exchange.records import read_workshop_file
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook

LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
          + b"]>\n")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parsers")
    src, _ids = make_file(folder / "a.workshop")
    out = folder / "a.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(src)]), out)
    parts = parts_of(out)
    return folder, parts, sheet_parts(parts)


def _replace(export, tmp_path: Path, sheet: str, xml: bytes) -> Path:
    _folder, parts, names = export
    return write_zip(tmp_path / "hostile.xlsx", {**parts, names[sheet]: xml})


def _notes_with(export, column: str, raw_cell: str) -> bytes:
    """The Notes sheet with row 2's ``column`` written as ``raw_cell`` (``{ref}`` filled in)."""
    rows = read_sheet(export[1], "Notes")
    col = rows[0].index(column) + 1
    rows[1][col - 1] = None
    xml = sheet_xml(rows)
    ref = cell(col, 2, 0).split('"')[1]
    return xml.replace(b'<row r="2">', f'<row r="2">{raw_cell.format(ref=ref)}'.encode(), 1)


def _refused(capsys, tmp_path: Path, workbook: Path, *needles: str) -> str:
    code, _out, err = run(capsys, "import", workbook, "--output", tmp_path / "out.workshop")
    assert code == 2, err
    one_line(err)
    for needle in needles:
        assert needle in err, err
    assert not (tmp_path / "out.workshop").exists()
    code, _out, merge_err = run(capsys, "merge", workbook, "--output", tmp_path / "merged.xlsx")
    assert code == 2 and one_line(merge_err) == err
    assert not (tmp_path / "merged.xlsx").exists()
    return err


def test_billion_laughs_is_refused(export, tmp_path, capsys):
    xml = LAUGHS + sheet_xml(read_sheet(export[1], "Notes")).split(b"\n", 1)[1].replace(
        b"<sheetData>", b"<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&lol9;"
        b"</t></is></c></row>", 1)
    workbook = _replace(export, tmp_path, "Notes", xml)
    _refused(capsys, tmp_path, workbook, "document type declaration")


def test_external_entity_is_refused_and_never_read(export, tmp_path, capsys):
    secret = tmp_path / "id_rsa"
    secret.write_text("PRIVATE-KEY-MATERIAL")
    doctype = (f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
               ).encode()
    rows = read_sheet(export[1], "Notes")
    rows[1][rows[0].index("text")] = "@@XXE@@"
    xml = doctype + sheet_xml(rows).split(b"\n", 1)[1].replace(b"@@XXE@@", b"&xxe;")
    workbook = _replace(export, tmp_path, "Notes", xml)
    err = _refused(capsys, tmp_path, workbook)
    assert "PRIVATE-KEY" not in err


def test_undefined_entity_is_refused(export, tmp_path, capsys):
    rows = read_sheet(export[1], "Notes")
    rows[1][rows[0].index("text")] = "@@X@@"
    xml = sheet_xml(rows).replace(b"@@X@@", b"&undefined;")
    _refused(capsys, tmp_path, _replace(export, tmp_path, "Notes", xml), "undefined entity")


@pytest.mark.parametrize("number", ["NaN", "inf", "-Infinity", "1e999"])
def test_a_number_cell_that_is_not_finite_is_named(export, tmp_path, capsys, number):
    xml = _notes_with(export, "pos_x", '<c r="{ref}"><v>' + number + "</v></c>")
    _refused(capsys, tmp_path, _replace(export, tmp_path, "Notes", xml),
             "Sheet Notes, row 2, column pos_x", number)


def test_a_date_cell_that_is_not_finite_is_named(export, tmp_path, capsys):
    style = _date_style(parts_of_sheet(export, "Notes"))  # the export's own date style
    xml = _notes_with(export, "created_at", '<c r="{ref}" s="' + style + '"><v>NaN</v></c>')
    _refused(capsys, tmp_path, _replace(export, tmp_path, "Notes", xml),
             "Sheet Notes, row 2, column created_at")


def parts_of_sheet(export, name: str) -> bytes:
    return export[1][export[2][name]]


def _date_style(sheet: bytes) -> str:
    """The style index of the first dated cell in row 2 of a sheet written by the export."""
    import re

    row = sheet.split(b'<row r="2"', 1)[1].split(b"</row>", 1)[0]
    styles = re.findall(rb'<c r="[A-Z]+2" s="(\d+)"(?: t="n")?><v>\d+\.\d+', row)
    assert styles, row[:300]
    return styles[0].decode()


@pytest.mark.parametrize("depth", [100, 10_000])
def test_deeply_nested_json_is_refused(export, tmp_path, capsys, depth):
    rows = read_sheet(export[1], "Activities")
    rows[1][rows[0].index("settings")] = "[" * depth + "]" * depth
    workbook = _replace(export, tmp_path, "Activities", sheet_xml(rows))
    _refused(capsys, tmp_path, workbook, "Sheet Activities, row 2, column settings")


def test_import_dialog_shows_the_same_sentence(export, qtbot, tmp_path, capsys):
    from PySide6.QtCore import Qt
    from test_exchange_ui import type_into

    from studio.ui.exchange.dialogs import ImportDialog

    xml = _notes_with(export, "pos_x", '<c r="{ref}"><v>NaN</v></c>')
    workbook = _replace(export, tmp_path, "Notes", xml)
    code, _out, err = run(capsys, "import", workbook, "--output", tmp_path / "cli.workshop")
    assert code == 2
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.source, str(workbook))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "Failed" in dialog.status.text(),
                    timeout=30_000)
    sentence = err.strip().split(": ", 1)[1]  # after "studio: "
    assert sentence in dialog.status.text()


# -- the notes import ------------------------------------------------------------------------
CATEGORIES = [{"key": "idea", "de": "Idee", "en": "Idea"}]


def test_notes_csv_with_a_200_kb_field_is_refused_with_its_line(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("text;category\nkurz;idea\n\"" + "x" * 200_000 + "\";idea\n",
                    encoding="utf-8")
    with pytest.raises(WorkshopFileError, match="line 3") as err:
        read_notes_file(path, CATEGORIES, [])
    assert "500" in err.value.user_message()


@pytest.mark.parametrize("prolog", [LAUGHS, b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e '
                                            b'SYSTEM "file:///etc/passwd">]>\n'])
def test_notes_xlsx_with_a_dtd_is_refused(tmp_path, prolog):
    xml = sheet_xml([["text", "category"], ["Mehr Bänke", "idea"]], prolog=prolog)
    path = one_sheet_workbook(tmp_path / "notes.xlsx", xml)
    with pytest.raises(WorkshopFileError, match="document type declaration"):
        read_notes_file(path, CATEGORIES, [])


def test_notes_xlsx_with_nan_reads_it_as_text(tmp_path):
    xml = SHEET_HEAD + (b'<sheetData><row r="1">' + cell(1, 1, "text").encode()
                        + cell(2, 1, "category").encode() + b'</row><row r="2"><c r="A2">'
                        b'<v>NaN</v></c>' + cell(2, 2, "idea").encode()
                        + b"</row></sheetData></worksheet>")
    path = one_sheet_workbook(tmp_path / "notes.xlsx", xml)
    result = read_notes_file(path, CATEGORIES, [])
    assert [r.text for r in result.rows] == ["NaN"]
