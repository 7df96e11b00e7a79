"""Findings of the black-box acceptance review of the command line, kept as tests.

Each test drives ``studio`` the way strategy staff script it (``studio.cli.main``
in-process, or a subprocess where the start matters) and checks the contract:
exit 2 with one line on stderr saying what is wrong and what to do, inputs
unchanged, nothing half-written or deleted.
"""

# ruff: noqa: F811 - pytest fixtures imported from cli_support
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import demo, export, one_line, run  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]


# -- a folder nobody may write to ---------------------------------------------------------
def _refuse_temp_files(monkeypatch) -> None:
    """What a read-only folder does to the temporary output file (root ignores chmod)."""
    import types

    from studio.store import atomic

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(atomic, "tempfile", types.SimpleNamespace(mkstemp=refuse, mkdtemp=refuse))


@pytest.mark.parametrize("command", ["demo", "export", "csv", "report", "import"])
def test_unwritable_output_folder_is_exit_2_with_advice(command, demo, export, tmp_path, capsys,
                                                        monkeypatch):
    args = {"demo": ["demo", "--output", tmp_path / "x.workshop"],
            "export": ["export", demo, "--output", tmp_path / "x.xlsx"],
            "csv": ["export", demo, "--format", "csv", "--output", tmp_path / "csv"],
            "report": ["report", demo, "--output", tmp_path / "x.pdf"],
            "import": ["import", export, "--output", tmp_path / "x.workshop"]}[command]
    _refuse_temp_files(monkeypatch)
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert "No permission to write" in one_line(err) and "Choose a folder" in err
    assert list(tmp_path.iterdir()) == []


# -- CSV export with --force ----------------------------------------------------------------
def test_csv_force_never_wipes_a_folder_of_other_files(demo, tmp_path, capsys):
    """``--force`` on e.g. the Documents folder must not delete what is in it."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("precious")
    (folder / "About.csv").write_text("mine too")
    code, _out, err = run(capsys, "export", demo, "--format", "csv", "--output", folder,
                          "--force")
    assert code == 2
    assert "not the folder of an earlier CSV export" in one_line(err)
    assert sorted(p.name for p in folder.iterdir()) == ["About.csv", "thesis.txt"]
    assert (folder / "thesis.txt").read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents"]


def test_csv_force_does_not_turn_a_file_into_a_folder(demo, tmp_path, capsys):
    target = tmp_path / "results"
    target.write_bytes(b"a file of its own")
    code, _out, err = run(capsys, "export", demo, "--format", "csv", "--output", target,
                          "--force")
    assert code == 2 and "Choose a new folder" in one_line(err)
    assert target.read_bytes() == b"a file of its own"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results"]  # no hidden leftovers


def test_csv_force_replaces_an_earlier_csv_export(demo, tmp_path, capsys):
    folder = tmp_path / "csv"
    assert run(capsys, "export", demo, "--format", "csv", "--output", folder)[0] == 0
    before = sorted(p.name for p in folder.iterdir())
    (folder / "Notes.csv").write_text("stale")
    code, _out, err = run(capsys, "export", demo, "--format", "csv", "--output", folder,
                          "--force")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == before
    assert (folder / "Notes.csv").read_text(encoding="utf-8").startswith("note_id")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv"]


# -- import and merge inputs ------------------------------------------------------------------
@pytest.mark.parametrize("command", ["import", "merge"])
def test_a_folder_as_input_is_named_as_such(command, demo, tmp_path, capsys):
    folder = tmp_path / "exports.xlsx"
    folder.mkdir()
    args = (["import", folder, "--output", tmp_path / "x.workshop"] if command == "import"
            else ["merge", demo, folder, "--output", tmp_path / "x.xlsx"])
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert "does not exist" not in one_line(err)
    assert "exports.xlsx is not" in err or "is neither" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports.xlsx"]


@pytest.mark.parametrize("command", ["import", "merge"])
def test_truncated_workbook_gets_the_plain_advice(command, demo, export, tmp_path, capsys):
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(export.read_bytes()[:20_000])
    args = (["import", cut, "--output", tmp_path / "x.workshop"] if command == "import"
            else ["merge", demo, cut, "--output", tmp_path / "x.xlsx"])
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert "is not an Excel workbook (.xlsx). Import a file written by studio export" \
        in one_line(err)
    assert "zip" not in err.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.xlsx"]


def test_an_export_without_its_suffix_still_imports_and_merges(demo, export, tmp_path, capsys):
    """A workbook mailed as "Ergebnisse" (no .xlsx) is still the same workbook."""
    bare = tmp_path / "Ergebnisse"
    shutil.copyfile(export, bare)
    code, _out, err = run(capsys, "import", bare, "--output", tmp_path / "back.workshop")
    assert code == 0, err
    code, _out, err = run(capsys, "merge", demo, bare, "--output", tmp_path / "m.xlsx")
    assert code == 0, err
    assert "duplicate rows skipped: 0" not in err  # the same workshop twice: rows were matched
    assert bare.read_bytes() == export.read_bytes()


# -- import messages name the place -----------------------------------------------------------
def _edited(export: Path, tmp_path: Path, change) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(export)
    change(wb)
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    return path


def _about_value(wb, section: str, key: str, value) -> None:
    for row in wb["About"].iter_rows():
        if (row[0].value, row[1].value) == (section, key):
            row[2].value = value
            return
    raise AssertionError(key)


@pytest.mark.parametrize("change, where", [
    (lambda wb: _about_value(wb, "file", "export_schema_version", "9.0"),
     "Sheet About, row 7, column value: "),
    (lambda wb: _about_value(wb, "workshop", "language", "fr"),
     "Sheet About, row 18, column value: "),
    (lambda wb: wb.remove(wb["Options"]), "Sheet Options: The sheet is missing"),
], ids=["export-version", "language", "missing-sheet"])
def test_import_error_names_a_real_row_or_the_whole_sheet(change, where, export, tmp_path,
                                                          capsys):
    path = _edited(export, tmp_path, change)
    code, _out, err = run(capsys, "import", path, "--output", tmp_path / "x.workshop")
    assert code == 2
    assert where in one_line(err)
    assert "row ," not in err and "row :" not in err
    assert not (tmp_path / "x.workshop").exists()


# -- the GUI door -------------------------------------------------------------------------------
def _studio(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "studio", *args], cwd=ROOT, env=env, check=False,
                          capture_output=True, text=True, timeout=60)


def test_help_names_the_language_option():
    out = _studio("--help")
    assert out.returncode == 0 and "--lang" in out.stdout


def test_export_help_names_the_separators_readably():
    out = _studio("export", "--help")
    assert out.returncode == 0 and "{,,;}" not in out.stdout
    assert "',' (default) or ';'" in " ".join(out.stdout.split())


def test_a_folder_instead_of_a_workshop_does_not_start_the_app(tmp_path):
    """Before: the window opened (and waited) with an error box; scripts hung."""
    out = _studio(str(tmp_path))
    assert out.returncode == 2
    assert "is a folder" in one_line(out.stderr) and ".workshop" in out.stderr
