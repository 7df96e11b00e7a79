"""Bad workshop files: a clear message, and the file (and its folder) left exactly as it was.

Every case goes through the three doors a user has: ``WorkshopStore.open``
(services, CLI commands), the GUI (``MainWindow.open_path``: a message box, the
start screen stays) and the command line (``studio PATH``). An older file opens
after a byte-identical backup copy is put beside it; a file a killed app left
with its WAL sidecar opens with every commit.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from workshop_files import write_workshop

from studio.core.ballots import BallotService
from studio.base.errors import NewerFileError, WorkshopFileError
from studio.core.workshops import WorkshopService, workshop_summary
from studio.store import schema
from studio.store.database import WorkshopStore, backup_path

ROOT = Path(__file__).resolve().parents[1]


# -- a real workshop to break --------------------------------------------------------------
def _write_workshop(path: Path, ballots: int = 40, notes: int = 12) -> None:
    """A small real workshop (same content every time), closed cleanly (no WAL left)."""
    write_workshop(path, ballots, notes, seed=7)
    assert not _sidecar(path, "-wal").exists()


@pytest.fixture(scope="module")
def workshop_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("real") / "real.workshop"
    _write_workshop(path)
    return path.read_bytes()


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _set_meta(path: Path, key: str, value: str | None) -> None:
    conn = sqlite3.connect(path)
    try:
        if value is None:
            conn.execute("DELETE FROM meta WHERE key=?", (key,))
        else:
            conn.execute("UPDATE meta SET value=? WHERE key=?", (value, key))
        conn.commit()
    finally:
        conn.close()


def _snapshot(folder: Path) -> dict[str, str]:
    """Name → sha256 of every file in ``folder`` ('<dir>' for folders)."""
    out = {}
    for p in sorted(folder.iterdir()):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>"
    return out


# -- the bad files -------------------------------------------------------------------------
# Each maker writes one bad file into a fresh folder and returns its path and
# the words its message must contain (what is wrong, what to do).
Maker = Callable[[Path, bytes], Path]


def _missing(folder: Path, real: bytes) -> Path:
    return folder / "gone.workshop"


def _folder(folder: Path, real: bytes) -> Path:
    path = folder / "folder.workshop"
    path.mkdir()
    return path


def _empty(folder: Path, real: bytes) -> Path:
    path = folder / "empty.workshop"
    path.write_bytes(b"")
    return path


def _random_bytes(folder: Path, real: bytes) -> Path:
    path = folder / "random.workshop"
    path.write_bytes(random.Random(3).randbytes(20_000))
    return path


def _spreadsheet(folder: Path, real: bytes) -> Path:
    path = folder / "results.workshop"  # an .xlsx renamed: a zip archive
    path.write_bytes(b"PK\x03\x04" + random.Random(4).randbytes(3000))
    return path


def _plain_sqlite(folder: Path, real: bytes) -> Path:
    path = folder / "other.workshop"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Erika', '0341 123')")
    conn.commit()
    conn.close()
    return path


def _random_after_header(folder: Path, real: bytes) -> Path:
    """A real first page (header says WAL mode), then garbage."""
    path = folder / "garbled.workshop"
    path.write_bytes(real[:4096] + random.Random(5).randbytes(40_000))
    return path


def _newer(major: int, minor: int) -> Maker:
    def make(folder: Path, real: bytes) -> Path:
        path = folder / f"newer-{major}-{minor}.workshop"
        path.write_bytes(real)
        _set_meta(path, "schema_version", f"{major}.{minor}")
        return path
    return make


def _meta(value: str | None) -> Maker:
    def make(folder: Path, real: bytes) -> Path:
        path = folder / "meta.workshop"
        path.write_bytes(real)
        _set_meta(path, "schema_version", value)
        return path
    return make


def _truncated(keep: Callable[[int], int]) -> Maker:
    def make(folder: Path, real: bytes) -> Path:
        path = folder / "truncated.workshop"
        path.write_bytes(real[: keep(len(real))])
        return path
    return make


# (id, maker, error class, words the message must contain)
CASES: list[tuple[str, Maker, type[Exception], tuple[str, ...]]] = [
    ("missing", _missing, WorkshopFileError, ("does not exist", "Check the name")),
    ("folder", _folder, WorkshopFileError, ("is not a file", "Choose a .workshop file")),
    ("empty", _empty, WorkshopFileError, ("is empty", "open another file or a backup")),
    ("random-bytes", _random_bytes, WorkshopFileError,
     ("is not a Co-Design Studio workshop file", "Open a .workshop file")),
    ("spreadsheet", _spreadsheet, WorkshopFileError,
     ("is not a Co-Design Studio workshop file", "File → Import")),
    ("plain-sqlite", _plain_sqlite, WorkshopFileError,
     ("is a database, but not a Co-Design Studio workshop", "Open a .workshop file")),
    ("garbage-after-header", _random_after_header, WorkshopFileError,
     ("is damaged", "Open the backup copy or the last export")),
    ("newer-major", _newer(schema.CURRENT[0] + 1, 0), NewerFileError,
     ("newer version", f"file format {schema.CURRENT[0] + 1}.0",
      f"this app reads {schema.SCHEMA_VERSION}", "Update the app")),
    ("no-version", _meta(None), WorkshopFileError,
     ("table meta, row schema_version, column value", "is damaged", "open a backup copy")),
    ("garbled-version", _meta("one point one"), WorkshopFileError,
     ("table meta, row schema_version, column value", "is damaged", "open a backup copy")),
    ("cut-in-header", _truncated(lambda n: 10), WorkshopFileError,
     ("is not a Co-Design Studio workshop file",)),
    ("cut-after-header", _truncated(lambda n: 100), WorkshopFileError,
     ("is damaged", "Open the backup copy")),
    ("cut-first-page", _truncated(lambda n: 4096), WorkshopFileError,
     ("is damaged", "Open the backup copy")),
    ("cut-mid-page", _truncated(lambda n: 4096 * 3 + 1234), WorkshopFileError,
     ("is damaged", "Open the backup copy")),
    ("cut-half", _truncated(lambda n: n // 2), WorkshopFileError,
     ("is damaged", "Open the backup copy")),
    ("cut-last-page", _truncated(lambda n: n - 4096), WorkshopFileError,
     ("is damaged", "Open the backup copy")),
]
IDS = [c[0] for c in CASES]


def _check_message(err: Exception, path: Path, words: tuple[str, ...]) -> None:
    text = str(err)
    assert str(path) in text, text  # which file
    for word in words:
        assert word in text, f"{word!r} not in {text!r}"
    assert "Traceback" not in text and "sqlite" not in text.lower(), text


@pytest.mark.parametrize(("case", "make", "error", "words"), CASES, ids=IDS)
def test_open_refuses_bad_file_and_leaves_it_untouched(
    tmp_path: Path, workshop_bytes: bytes, case: str, make: Maker, error: type[Exception],
    words: tuple[str, ...],
) -> None:
    path = make(tmp_path, workshop_bytes)
    before = _snapshot(tmp_path)
    with pytest.raises(error) as info:
        WorkshopStore.open(path)
    _check_message(info.value, path, words)
    # Byte for byte unchanged, and nothing added beside it (no WAL/SHM, no backup).
    assert _snapshot(tmp_path) == before


def test_newer_minor_version_opens(tmp_path: Path, workshop_bytes: bytes) -> None:
    """A newer MINOR only adds what an older app may ignore (see studio/store/schema.py)."""
    path = _newer(schema.CURRENT[0], schema.CURRENT[1] + 1)(tmp_path, workshop_bytes)
    store = WorkshopStore.open(path)
    try:
        assert workshop_summary(store)["ballots"] == 40
        assert store.meta()["schema_version"] == f"{schema.CURRENT[0]}.{schema.CURRENT[1] + 1}"
    finally:
        store.close()
    assert not list(tmp_path.glob("*backup*"))


# -- older files: backup, then migrate ---------------------------------------------------
def test_older_file_is_backed_up_byte_identical_then_migrated(
    tmp_path: Path, workshop_bytes: bytes
) -> None:
    path = tmp_path / "old.workshop"
    path.write_bytes(workshop_bytes)
    _set_meta(path, "schema_version", "1.0")
    original = path.read_bytes()

    store = WorkshopStore.open(path)
    try:
        assert store.meta()["schema_version"] == schema.SCHEMA_VERSION
        assert workshop_summary(store)["ballots"] == 40
    finally:
        store.close()

    backup = backup_path(path, (1, 0)).with_name("old.backup-v1.0.workshop")
    assert backup.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.backup-v1.0.workshop",
                                                         "old.workshop"]
    # Opening the migrated file again makes no second backup.
    WorkshopStore.open(path).close()
    assert len(list(tmp_path.glob("*backup*"))) == 1
    # An old copy opened again never overwrites the first backup.
    again = tmp_path / "old.workshop"
    again.write_bytes(original)
    WorkshopStore.open(again).close()
    assert backup.read_bytes() == original
    assert (tmp_path / "old.backup-v1.0-2.workshop").read_bytes() == original


def test_older_file_with_wal_gets_a_complete_backup(tmp_path: Path, workshop_bytes: bytes) -> None:
    """An old app killed mid-workshop leaves commits in the WAL; the backup must hold them."""
    live_path = tmp_path / "live" / "old.workshop"
    live_path.parent.mkdir()
    live_path.write_bytes(workshop_bytes)
    _set_meta(live_path, "schema_version", "1.0")
    # Written the way an old app would, without migrating: plain sqlite3.
    conn = sqlite3.connect(live_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE workshop SET title='Nach dem Absturz'")
    conn.execute("DELETE FROM note")
    conn.commit()
    # Copy the file as a killed app leaves it: main file plus its WAL.
    path = tmp_path / "old.workshop"
    shutil.copyfile(live_path, path)
    shutil.copyfile(_sidecar(live_path, "-wal"), _sidecar(path, "-wal"))
    conn.close()

    store = WorkshopStore.open(path)
    try:
        assert WorkshopService(store).get().title == "Nach dem Absturz"
    finally:
        store.close()
    backup = tmp_path / "old.backup-v1.0.workshop"
    check = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert check.execute("SELECT title FROM workshop").fetchone() == ("Nach dem Absturz",)
        assert check.execute("SELECT COUNT(*) FROM note").fetchone() == (0,)
    finally:
        check.close()


# -- WAL sidecars --------------------------------------------------------------------------
def _copy_while_open(source: Path, target: Path) -> None:
    """Copy a workshop's main file, WAL and SHM while a writer holds it open (a killed app)."""
    store = WorkshopStore.open(source)
    try:
        # Far below the 1000-page auto-checkpoint: these commits stay in the WAL.
        WorkshopService(store).update(title="Nur im WAL")
        act_id = WorkshopService(store).agenda()[0].activities[0].id
        for _ in range(5):
            BallotService(store).cast_ballot(act_id, {"value": 3})
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(_sidecar(source, suffix), _sidecar(target, suffix))
    finally:
        store.close()


def test_file_with_wal_sidecar_opens_with_every_commit(
    tmp_path: Path, workshop_bytes: bytes
) -> None:
    source = tmp_path / "source" / "live.workshop"
    source.parent.mkdir()
    source.write_bytes(workshop_bytes)
    path = tmp_path / "left-by-killed-app.workshop"
    _copy_while_open(source, path)
    assert _sidecar(path, "-wal").stat().st_size > 0

    store = WorkshopStore.open(path)
    try:
        assert WorkshopService(store).get().title == "Nur im WAL"
        assert workshop_summary(store)["ballots"] == 45
    finally:
        store.close()
    # Closing folds the WAL into the file: it now stands on its own.
    assert not _sidecar(path, "-wal").exists()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT title FROM workshop").fetchone() == ("Nur im WAL",)
    conn.close()


def test_damaged_file_with_wal_sidecar_is_refused_untouched(
    tmp_path: Path, workshop_bytes: bytes
) -> None:
    source = tmp_path / "source" / "live.workshop"
    source.parent.mkdir()
    source.write_bytes(workshop_bytes)
    path = tmp_path / "damaged.workshop"
    _copy_while_open(source, path)
    path.write_bytes(path.read_bytes()[: 4096 * 3 + 100])
    main, wal = path.read_bytes(), _sidecar(path, "-wal").read_bytes()
    names = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    _check_message(info.value, path, ("is damaged", "Open the backup copy"))
    assert path.read_bytes() == main
    assert _sidecar(path, "-wal").read_bytes() == wal
    assert sorted(p.name for p in tmp_path.iterdir()) == names


# -- the GUI door --------------------------------------------------------------------------
@pytest.mark.parametrize(("case", "make", "error", "words"), CASES, ids=IDS)
def test_cli_export_refuses_bad_file_in_one_line(
    tmp_path: Path, workshop_bytes: bytes, case: str, make: Maker, error: type[Exception],
    words: tuple[str, ...],
) -> None:
    path = make(tmp_path, workshop_bytes)
    before = _snapshot(tmp_path)
    out = tmp_path.parent / f"{tmp_path.name}-out.xlsx"
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "LANG": "C.UTF-8", "LC_ALL": ""}
    run = subprocess.run([sys.executable, "-m", "studio", "export", str(path), "--output",
                          str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and str(path) in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()
    assert _snapshot(tmp_path) == before


@pytest.fixture
def main_window(qtbot, monkeypatch):
    """A MainWindow whose message boxes record their text instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    from studio.ui.main_window import MainWindow

    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.shown_messages = shown
    yield window
    window.close()


@pytest.mark.parametrize(("case", "make", "error", "words"), CASES, ids=IDS)
def test_gui_shows_why_and_stays_on_start_screen(
    main_window, tmp_path: Path, workshop_bytes: bytes, case: str, make: Maker,
    error: type[Exception], words: tuple[str, ...],
) -> None:
    path = make(tmp_path, workshop_bytes)
    before = _snapshot(tmp_path)

    assert main_window.open_path(path) is False

    assert len(main_window.shown_messages) == 1
    title, text = main_window.shown_messages[0]
    assert title == "Cannot open workshop"
    _check_message(Exception(text), path, words)
    assert main_window.document is None
    assert main_window.stack.currentWidget() is main_window.start_page
    assert not main_window.actions["file.export"].isEnabled()
    assert _snapshot(tmp_path) == before


def test_gui_keeps_open_workshop_usable_after_a_bad_file(
    main_window, tmp_path: Path, workshop_bytes: bytes
) -> None:
    good = tmp_path / "good.workshop"
    good.write_bytes(workshop_bytes)
    assert main_window.open_path(good) is True
    assert main_window.document is not None

    bad = _empty(tmp_path, workshop_bytes)
    assert main_window.open_path(bad) is False
    assert "is empty" in main_window.shown_messages[-1][1]
    assert main_window.document is None
    assert main_window.stack.currentWidget() is main_window.start_page
    # The good file was closed cleanly and still opens.
    assert main_window.open_path(good) is True
    assert main_window.document.workshops.get().title == "Bürgerwerkstatt KI"


def test_gui_opens_older_file_after_backup(main_window, tmp_path: Path, workshop_bytes) -> None:
    path = tmp_path / "old.workshop"
    path.write_bytes(workshop_bytes)
    _set_meta(path, "schema_version", "1.0")
    original = path.read_bytes()
    assert main_window.open_path(path) is True
    assert main_window.shown_messages == []
    assert main_window.document.store.meta()["schema_version"] == schema.SCHEMA_VERSION
    assert (tmp_path / "old.backup-v1.0.workshop").read_bytes() == original


# -- the command line ----------------------------------------------------------------------
def _studio(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "studio", *args], check=False, cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)


def test_cli_missing_workshop_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "gone.workshop"
    done = _studio(str(path))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert str(path) in lines[0] and "does not exist" in lines[0]
    assert "Traceback" not in done.stderr
    assert not path.exists()
