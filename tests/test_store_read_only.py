"""A workshop file that cannot be written opens as a read-only copy, and says so
(issue 15, item 4, second half).

The tests run as root, for whom every file is writable, so the store's
writability check is replaced; everything after it (the copy, the refused
writes, the window's notice, the commands that only read) is the real code.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cli_support import run
from workshop_files import count, write_workshop

from studio.base.errors import WriteError
from studio.core.ballots import BallotService
from studio.core.workshops import WorkshopService
from studio.store import database
from studio.store.database import WorkshopStore


@pytest.fixture
def unwritable(tmp_path: Path, monkeypatch) -> Path:
    """A workshop whose file or folder the user may not write."""
    path = write_workshop(tmp_path / "readonly.workshop")
    monkeypatch.setattr(database, "writable", lambda p: Path(p) != path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_check_needs_the_file_and_its_folder(tmp_path: Path, monkeypatch) -> None:
    path = write_workshop(tmp_path / "w.workshop")
    assert database.writable(path)
    denied = {path.parent}
    monkeypatch.setattr(database.os, "access", lambda p, _mode: Path(p) not in denied)
    assert not database.writable(path)  # WAL needs the folder for -wal and -shm
    denied = {path}
    assert not database.writable(path)


def test_an_unwritable_file_opens_read_only_and_refuses_a_ballot(unwritable: Path) -> None:
    before = _digest(unwritable)
    store = WorkshopStore.open(unwritable)
    try:
        assert store.read_only and store.read_only_reason == "not_writable"
        assert store.path == unwritable
        act = WorkshopService(store).agenda()[0].activities[0]
        with pytest.raises(WriteError) as info:
            BallotService(store).cast_ballot(act.id, {"value": 4}, "staff")
        message = info.value.user_message()
        assert "cannot be written" in message and "read-only" in message
        assert "Save As" in message
    finally:
        store.close()
    assert _digest(unwritable) == before  # nothing written, no -wal beside it
    assert not unwritable.with_name(unwritable.name + "-wal").exists()
    assert count(unwritable, "ballot") == 20


def test_commands_that_only_read_work_on_an_unwritable_file(unwritable: Path, tmp_path: Path,
                                                            capsys) -> None:
    code, _out, err = run(capsys, "export", unwritable, "--output", tmp_path / "out.xlsx")
    assert code == 0, err
    code, _out, err = run(capsys, "report", unwritable, "--output", tmp_path / "out.pdf")
    assert code == 0, err


def test_the_window_says_the_file_cannot_be_written(unwritable: Path, qtbot,
                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from studio.ui.main_window import MainWindow

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.objectName(), box.text())) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(unwritable)
    assert window.document.store.read_only
    (name, text), = shown  # no "in use" question, one notice
    assert name == "fileNoticeBox"
    assert "cannot be written" in text and "read-only copy" in text
    assert "nothing is saved" in text and "Save As" in text
    assert "another app" not in text
    window.close_document()
