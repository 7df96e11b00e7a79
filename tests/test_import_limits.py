"""Hostile workbooks: each is refused with one line (exit 2) or imported, within 1 GB.

The workbooks are built by hand (tests/xlsx_hostile.py) from a real export; the
bombs stay small on disk. Peak memory is measured in a child process running
``studio import`` (``ru_maxrss`` of that child), with its address space capped so
that a regression fails here rather than exhausting the machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import one_line, run
from exchange_data import make_file
from xlsx_hostile import (
    SHEET_HEAD,
    Bomb,
    parts_of,
    read_sheet,
    run_measured,
    sheet_parts,
    sheet_xml,
    write_zip,
)

from studio.exchange.records import read_workshop_file
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook

GB = 1024  # MB


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict[str, str]]:
    folder = tmp_path_factory.mktemp("limits")
    src, _ids = make_file(folder / "a.workshop")
    out = folder / "a.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(src)]), out)
    parts = parts_of(out)
    return out, parts, sheet_parts(parts)


def _notes(parts: dict[str, bytes]) -> list[list[object]]:
    return read_sheet(parts, "Notes")


def _with(export, tmp_path: Path, name: str, **sheets: bytes | Bomb) -> Path:
    """The export with some sheets (by name) or parts (by ``part__path``) replaced."""
    _path, parts, by_name = export
    new: dict[str, bytes | Bomb] = dict(parts)
    for sheet, content in sheets.items():
        new[by_name.get(sheet, sheet.replace("__", "/"))] = content
    return write_zip(tmp_path / name, new)


def _row(values: list[object]) -> bytes:
    from xlsx_hostile import cell

    # Without row numbers (the chunk repeats); an empty text keeps a blank cell's place.
    return ("<row>" + "".join(cell(c, 1, "" if v is None else v).replace(' r="', ' x="')
                              for c, v in enumerate(values, 1)) + "</row>").encode()


def _import(tmp_path: Path, workbook: Path) -> tuple[int, str, int]:
    return run_measured(["-m", "studio", "import", str(workbook), "--output", str(tmp_path / "out.workshop")],
                        tmp_path)


# -- item 13: spreadsheets that explode in memory ----------------------------------------
def test_notes_sheet_that_inflates_to_gigabytes_is_refused_before_inflating(export, tmp_path):
    notes = _notes(export[1])
    chunk = _row(notes[1]) * 4000
    bomb = Bomb(SHEET_HEAD + b"<sheetData>" + _row(notes[0]), chunk,
                (1600 * 1024 * 1024) // len(chunk), b"</sheetData></worksheet>")
    workbook = _with(export, tmp_path, "bomb.xlsx", Notes=bomb)
    assert workbook.stat().st_size < 8 * 1024 * 1024
    code, err, peak = _import(tmp_path, workbook)
    assert code == 2, err
    assert "too large" in one_line(err) and "sheet Notes" in err, err
    assert peak < GB, peak
    assert not (tmp_path / "out.workshop").exists()


def test_bomb_in_a_part_nothing_references_is_never_read(export, tmp_path):
    # A formula element in every row: a scan of every worksheet part would inflate it all.
    chunk = b'<row><c><f>1+1</f></c></row>' * 30_000
    bomb = Bomb(SHEET_HEAD + b"<sheetData>", chunk, (1600 * 1024 * 1024) // len(chunk),
                b"</sheetData></worksheet>")
    workbook = _with(export, tmp_path, "hidden.xlsx", xl__worksheets__sheet99=bomb)
    code, err, peak = _import(tmp_path, workbook)
    assert code == 0, err
    assert peak < GB, peak
    assert (tmp_path / "out.workshop").exists()


def test_declared_dimension_is_ignored(export, tmp_path):
    notes = _notes(export[1])
    workbook = _with(export, tmp_path, "dim.xlsx",
                     Notes=sheet_xml(notes, dimension="A1:XFD20001"))
    assert workbook.stat().st_size < 200_000
    code, err, peak = _import(tmp_path, workbook)
    assert code == 0, err
    assert peak < GB, peak


@pytest.mark.slow  # about 10 s: 50,000 rows are read and checked before the limit
def test_a_million_note_rows_are_refused_at_the_row_limit(export, tmp_path):
    from studio.exchange import schema

    notes = _notes(export[1])
    required = {c.name for c in schema.NOTES.columns if c.required}
    row = [v if name in required else None for name, v in zip(notes[0], notes[1])]
    chunk = _row(row) * 1000
    times = 1_000_000 // 1000
    while len(chunk) * times > 150 * 1024 * 1024:  # under the size limit: the row limit acts
        times -= 50
    bomb = Bomb(SHEET_HEAD + b"<sheetData>" + _row(notes[0]), chunk, times,
                b"</sheetData></worksheet>")
    workbook = _with(export, tmp_path, "million.xlsx", Notes=bomb)
    code, err, peak = _import(tmp_path, workbook)
    assert code == 2, err
    assert "Notes" in one_line(err) and "50000 rows" in err, err
    assert peak < GB, peak


@pytest.mark.parametrize("dots", [2_000_000, 1_000_000_000])
def test_dots_beyond_a_real_workshop_are_refused(export, tmp_path, dots):
    notes = _notes(export[1])
    col = notes[0].index("dots")
    notes[1][col] = dots
    workbook = _with(export, tmp_path, "dots.xlsx", Notes=sheet_xml(notes))
    code, err, peak = _import(tmp_path, workbook)  # a child: a regression must not sink pytest
    assert code == 2, err
    assert peak < GB, peak
    assert "Sheet Notes, row 2, column dots" in one_line(err)
    assert "at most 10000" in err
    assert not (tmp_path / "out.workshop").exists()


def test_a_tally_of_a_billion_people_is_refused(export, tmp_path):
    _path, parts, _names = export
    rows = read_sheet(parts, "Responses")
    col = rows[0].index("count")
    rows[1][col] = 10 ** 9
    rows[1][rows[0].index("ballot_id")] = None
    workbook = _with(export, tmp_path, "tally.xlsx", Responses=sheet_xml(rows))
    code, err, _peak = _import(tmp_path, workbook)
    assert code == 2, err
    assert "Sheet Responses, row 2, column count" in one_line(err)


def test_far_right_cells_in_every_row_do_not_widen_the_rows(export, tmp_path):
    notes = _notes(export[1])
    xml = sheet_xml(notes).replace(
        b"</row>", b'<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>')
    workbook = _with(export, tmp_path, "wide.xlsx", Notes=xml)
    code, err, peak = _import(tmp_path, workbook)
    assert code == 0, err
    assert peak < GB, peak


def test_notes_import_ignores_a_declared_dimension(tmp_path):
    path = one_sheet_workbook(tmp_path / "notes.xlsx", sheet_xml(
        [["text", "category"], ["Mehr Bänke", "idea"]], dimension="A1:XFD20001"))
    script = tmp_path / "read_notes.py"
    script.write_text(
        "import sys\n"
        "from studio.exchange.notes_import import read_notes_file\n"
        "cats = [{'key': 'idea', 'de': 'Idee', 'en': 'Idea'}]\n"
        "result = read_notes_file(sys.argv[1], cats, [])\n"
        "assert [r.text for r in result.rows] == ['Mehr Bänke'], result.rows\n", encoding="utf-8")
    code, err, peak = run_measured([str(script), str(path)], tmp_path)
    assert code == 0, err
    assert peak < GB, peak


# A minimal workbook of one sheet (for the notes import).
_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    b'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    b'"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'spreadsheetml.worksheet+xml"/></Types>')
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
    b'workbook.xml"/></Relationships>')
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships"><sheets><sheet name="Notizen" sheetId="1" r:id="rId1"/></sheets>'
    b'</workbook>')
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    b'sheet1.xml"/></Relationships>')


def one_sheet_workbook(path: Path, sheet: bytes) -> Path:
    return write_zip(path, {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _PACKAGE_RELS,
                            "xl/workbook.xml": _WORKBOOK,
                            "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
                            "xl/worksheets/sheet1.xml": sheet})
