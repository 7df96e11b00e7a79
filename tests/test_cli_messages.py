"""Bad-input messages of the command line that say what is wrong and what to do.

Three findings of a black-box review, each driven through ``studio.cli.main``
as strategy staff script it: exit 2, exactly one line on stderr with the key
words, the input byte for byte unchanged and nothing written or deleted.
"""

# ruff: noqa: F811 - pytest fixtures imported from cli_support
from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_support import demo, export, one_line, run  # noqa: F401 - fixtures
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[1]


def listing(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder`` with its bytes (None for a folder)."""
    return {str(p.relative_to(folder)): (None if p.is_dir() else p.read_bytes())
            for p in sorted(folder.rglob("*"))}


# -- 1. a formula where a value belongs -----------------------------------------------------------
def with_formula(export: Path, folder: Path, sheet: str, column: str, formula: str,
                 row: int = 2) -> Path:
    """The export with one cell set to a formula and saved by openpyxl: no calculated value."""
    wb = load_workbook(export)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row, header.index(column) + 1).value = formula
    path = folder / "edited.xlsx"
    wb.save(path)
    return path


TYPED = [  # sheet, column, formula, what to type instead
    ("Responses", "count", "=2+3", "a whole number"),
    ("Responses", "x", "=1/2", "a number"),
    ("Responses", "submitted_at", "=NOW()", "a date and time"),
    ("Responses", "ballot_id", "=A2", "text"),
    ("Notes", "hidden", "=TRUE()", "TRUE or FALSE"),
    ("Notes", "text", '="a"&"b"', "text"),
    ("Activities", "settings", "=A1", "JSON text"),
    ("Activities", "timebox_minutes", "=5*2", "a whole number"),
    ("Clusters", "pos_x", "=1+1", "a number"),
]


@pytest.mark.parametrize("sheet, column, formula, expected", TYPED,
                         ids=[f"{s}.{c}" for s, c, _f, _e in TYPED])
def test_import_names_a_formula_without_a_value(sheet, column, formula, expected, export,
                                                tmp_path, capsys):
    path = with_formula(export, tmp_path, sheet, column, formula)
    before = path.read_bytes()
    code, out, err = run(capsys, "import", path, "--output", tmp_path / "y.workshop")
    assert code == 2 and out == ""
    line = one_line(err)
    assert f"Sheet {sheet}, row 2, column {column}: " in line
    assert f"holds a formula (“{formula}”), not a value" in line
    assert f"Replace it with the value itself: {expected}." in line
    assert "must not be empty" not in line
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edited.xlsx"]


def test_merge_names_the_formula_too(demo, export, tmp_path, capsys):
    path = with_formula(export, tmp_path, "Responses", "count", "=2+3")
    before = path.read_bytes()
    code, _out, err = run(capsys, "merge", demo, path, "--output", tmp_path / "m.xlsx")
    assert code == 2
    assert "Sheet Responses, row 2, column count: This cell holds a formula (“=2+3”)" \
        in one_line(err)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edited.xlsx"]


def test_formula_with_a_calculated_value_imports_that_value(export, tmp_path, capsys):
    """Excel and LibreOffice save a formula with its value: that value is what the user sees."""
    path = with_formula(export, tmp_path, "Clusters", "pos_x", "=40+2")
    # Give the formula its calculated value the way Excel writes it.
    calculated = tmp_path / "calculated.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(calculated, "w",
                                                       zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if b"<f>40+2</f>" in data:
                # openpyxl writes the empty value as <v /> or <v/> (with lxml) or leaves it out.
                data = re.sub(rb"<f>40\+2</f>(<v ?/>|<v></v>)?", b"<f>40+2</f><v>42</v>", data)
                assert b"<v>42</v>" in data
            dst.writestr(info, data)
    wb = load_workbook(calculated, read_only=True)
    header = next(wb["Clusters"].iter_rows(max_row=1, values_only=True))
    cluster_id = next(wb["Clusters"].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    wb.close()
    assert header[0] == "cluster_id"
    out = tmp_path / "y.workshop"
    code, _out, err = run(capsys, "import", calculated, "--output", out)
    assert code == 0, err
    from studio.exchange.records import read_workshop_file

    positions = {c["id"]: c["pos_x"] for c in read_workshop_file(out).clusters}
    assert positions[cluster_id] == 42


def test_formula_in_a_column_only_for_reading_is_ignored(export, tmp_path, capsys):
    path = with_formula(export, tmp_path, "Responses", "option_label", "=A2")
    code, _out, err = run(capsys, "import", path, "--output", tmp_path / "y.workshop")
    assert code == 0, err


def test_german_formula_message(export, tmp_path):
    path = with_formula(export, tmp_path, "Responses", "count", "=2+3")
    result = _studio("import", path, "--output", tmp_path / "y.workshop", lang="de_DE.UTF-8")
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert "Tabellenblatt Responses, Zeile 2, Spalte count" in line
    assert "Formel" in line and "=2+3" in line and "ganze Zahl" in line


def test_notes_import_names_a_formula_per_row(tmp_path):
    from openpyxl import Workbook

    from studio.core.kinds import DEFAULT_NOTE_CATEGORIES, DEFAULT_NOTE_TAGS
    from studio.exchange.notes_import import read_notes_file

    wb = Workbook()
    ws = wb.active
    ws.append(["text", "category"])
    ws.append(["Wer sieht die Bilder?", "concern"])
    ws.append(['=CONCAT("a","b")', "concern"])
    path = tmp_path / "notes.xlsx"
    wb.save(path)
    before = path.read_bytes()
    result = read_notes_file(path, DEFAULT_NOTE_CATEGORIES, DEFAULT_NOTE_TAGS)
    assert [r.text for r in result.rows] == ["Wer sieht die Bilder?"]
    assert [e.line for e in result.errors] == [3]
    message = result.errors[0].message
    assert "column text holds a formula" in message and "Replace it with the value" in message
    assert path.read_bytes() == before


def test_gui_import_shows_the_same_formula_message(qtbot, export, tmp_path):
    from PySide6.QtCore import Qt

    from studio.ui.exchange.dialogs import ImportDialog

    path = with_formula(export, tmp_path, "Responses", "count", "=2+3")
    before = path.read_bytes()
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setFocus()
    qtbot.keyClicks(dialog.source, str(path))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "Failed" in dialog.status.text(),
                    timeout=30_000)
    text = dialog.status.text()
    assert "Sheet Responses, row 2, column count" in text
    assert "holds a formula (“=2+3”), not a value" in text and "a whole number" in text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edited.xlsx"]


# -- 2. a spreadsheet where a workshop file is expected --------------------------------------------
@pytest.mark.parametrize("command", ["export", "csv", "report", "merge"])
def test_a_spreadsheet_as_workshop_points_to_studio_import(command, export, tmp_path, capsys):
    given = tmp_path / ("small.xlsx" if command != "merge" else "small.workshop")
    given.write_bytes(export.read_bytes())
    args = {"export": ["export", given, "--output", tmp_path / "o.xlsx"],
            "csv": ["export", given, "--format", "csv", "--output", tmp_path / "csv"],
            "report": ["report", given, "--output", tmp_path / "o.pdf"],
            "merge": ["merge", given, "--output", tmp_path / "o.xlsx"]}[command]
    code, _out, err = run(capsys, *args)
    assert code == 2
    line = one_line(err)
    assert f"{given} is a spreadsheet, not a workshop file" in line
    assert f"run: studio import {given} --output NEW.workshop" in line
    assert "File → Import" not in line
    assert given.read_bytes() == export.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [given.name]


def test_other_bytes_as_workshop_name_studio_import(tmp_path, capsys):
    given = tmp_path / "notes.workshop"
    given.write_bytes(b"this is not a workshop at all\n" * 10)
    before = given.read_bytes()
    code, _out, err = run(capsys, "export", given, "--output", tmp_path / "o.xlsx")
    assert code == 2
    line = one_line(err)
    assert "is not a Co-Design Studio workshop file. Name a .workshop file" in line
    assert "studio import" in line and "File → Import" not in line
    assert given.read_bytes() == before


def test_the_window_keeps_its_menu_advice(export):
    from studio.base.errors import WorkshopFileError
    from studio.store.database import WorkshopStore

    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(export)
    assert "spreadsheets are read with File → Import" in info.value.user_message()
    assert "studio import" not in info.value.user_message()
    assert "studio import" in info.value.cli_message()


# -- 3. a folder where the output file should go ---------------------------------------------------
COMMANDS = ["demo", "export", "import", "merge", "report"]


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_in_the_way_is_never_replaced(command, force, demo, export, tmp_path, capsys):
    suffix = {"demo": ".workshop", "import": ".workshop", "report": ".pdf"}.get(command, ".xlsx")
    folder = tmp_path / f"adir{suffix}"
    folder.mkdir()
    (folder / "keep.txt").write_text("precious")
    args = {"demo": ["demo", "--output", folder],
            "export": ["export", demo, "--output", folder],
            "import": ["import", export, "--output", folder],
            "merge": ["merge", demo, export, "--output", folder],
            "report": ["report", demo, "--output", folder]}[command]
    inputs = {p: p.read_bytes() for p in (demo, export)}
    before = listing(tmp_path)
    code, out, err = run(capsys, *args, *(["--force"] if force else []))
    assert code == 2 and out == ""
    line = one_line(err)
    assert f"A folder named {folder} is in the way" in line
    assert "Choose another file name" in line
    assert "Is a directory" not in line
    assert listing(tmp_path) == before  # the folder, its file, and nothing beside it
    assert {p: p.read_bytes() for p in inputs} == inputs


def test_the_shared_writer_refuses_a_folder_before_writing(tmp_path):
    """The GUI's save and export go through atomic_path without check_output."""
    from studio.base.errors import StudioError
    from studio.store.atomic import atomic_path, os_error

    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    with pytest.raises(StudioError) as info, atomic_path(folder, suffix=".xlsx"):
        raise AssertionError("no work may start")
    assert "A folder named" in str(info.value) and "Choose another file name" in str(info.value)
    assert listing(tmp_path) == {"out.xlsx": None}
    # A folder that appears while writing is named the same way.
    late = os_error(OSError(errno.EISDIR, os.strerror(errno.EISDIR)), folder)
    assert "is in the way" in str(late)


def test_csv_export_still_replaces_its_own_folder(demo, tmp_path, capsys):
    """A CSV export's output is a folder: --force replaces an earlier one as before."""
    folder = tmp_path / "csv"
    assert run(capsys, "export", demo, "--format", "csv", "--output", folder)[0] == 0
    code, _out, err = run(capsys, "export", demo, "--format", "csv", "--output", folder,
                          "--force")
    assert code == 0, err


# -- helpers ---------------------------------------------------------------------------------------
def _studio(*args: object, lang: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LANG": lang, "LC_ALL": lang, "LC_MESSAGES": lang}
    return subprocess.run([sys.executable, "-m", "studio", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)



@pytest.mark.parametrize("command", ["export", "report", "demo"])
def test_an_output_inside_a_file_says_the_folder_is_a_file(capsys, tmp_path, demo, command):
    """``-o demo.workshop/x.xlsx``: the folder is a file, it does not "not exist"."""
    before = demo.read_bytes()
    suffix = {"export": "x.xlsx", "report": "x.pdf", "demo": "x.workshop"}[command]
    out = demo / suffix
    args = ["demo", "--output", out] if command == "demo" else [command, demo, "--output", out]
    code, _, err = run(capsys, *args)
    assert code == 2
    line = one_line(err)
    assert "is a file, not a folder" in line and "does not exist" not in line
    assert demo.read_bytes() == before
