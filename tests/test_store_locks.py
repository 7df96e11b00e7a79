"""Two apps on one workshop, and workshops on network drives (issue 15, items 5 and 6).

Item 5: a second ``studio`` that opens a workshop another one has open is told
who (host, process) from the lock file beside it, and may open a read-only copy;
commands that only read work on a copy; a lock left by a killed app is taken over.

Item 6: the file system under a workshop is read from a faked
``/proc/self/mountinfo`` (the tests cannot mount SMB or NFS); a workshop on a
network file system is opened with the rollback journal and the window says so.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run
from workshop_files import count, write_workshop

from studio.base.errors import WorkshopFileError
from studio.core.notes import NoteService
from studio.store import lock, netfs
from studio.store.database import WorkshopStore
from studio.store.lock import WorkshopInUseError

ROOT = Path(__file__).resolve().parents[1]
HOLD_OPEN = ROOT / "tests" / "helpers" / "hold_open.py"


@pytest.fixture
def held(tmp_path: Path):
    """A workshop that another studio process has open (it added one note)."""
    path = write_workshop(tmp_path / "live.workshop")
    other = subprocess.Popen([sys.executable, str(HOLD_OPEN), str(path), "--write"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert other.stdout.readline().strip() == "ready"
    yield path, other
    if other.poll() is None:
        other.communicate("", timeout=60)


def test_the_second_app_is_told_who_has_the_workshop_open(held) -> None:
    path, other = held
    with pytest.raises(WorkshopInUseError) as info:
        WorkshopStore.open(path)
    text = str(info.value)
    assert socket.gethostname() in text and f"process {other.pid}" in text
    assert "open it read-only" in text


def test_commands_that_only_read_work_on_a_copy(held, tmp_path: Path, capsys) -> None:
    path, _other = held
    code, _out, err = run(capsys, "export", path, "--output", tmp_path / "out.xlsx")
    assert code == 0, err
    code, _out, err = run(capsys, "report", path, "--output", tmp_path / "out.pdf")
    assert code == 0, err


def test_a_read_only_copy_shows_the_workshop_and_refuses_changes(held) -> None:
    path, _other = held
    store = WorkshopStore.open(path, read_only=True)
    try:
        assert store.read_only and store.path == path
        notes = NoteService(store)
        assert len(notes.notes()) == 7  # including the other app's latest note
        with pytest.raises(WorkshopFileError, match="read-only copy"):
            notes.add_note("Geht nicht", "idea")
    finally:
        store.close()
    assert count(path, "note") == 7


def test_the_window_offers_a_read_only_copy(held, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from studio.ui.main_window import MainWindow

    path, other = held
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        button = box.findChild(QPushButton, "openReadOnlyButton")
        if button is not None:
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert window.document.store.read_only
    assert f"process {other.pid}" in asked[0]
    assert "read-only copy" in asked[1]  # and says so once it is open
    window.close_document()


def test_a_lock_left_by_a_killed_app_is_taken_over(tmp_path: Path) -> None:
    path = write_workshop(tmp_path / "crashed.workshop")
    other = subprocess.Popen([sys.executable, str(HOLD_OPEN), str(path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert other.stdout.readline().strip() == "ready"
    os.kill(other.pid, signal.SIGKILL)
    other.wait()
    lock_file = lock.lock_path(path)
    assert json.loads(lock_file.read_text())["pid"] == other.pid
    store = WorkshopStore.open(path)
    assert json.loads(lock_file.read_text())["pid"] == os.getpid()
    store.close()
    assert not lock_file.exists()


def test_a_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    path = write_workshop(tmp_path / "shared.workshop")
    lock.lock_path(path).write_text(json.dumps(
        {"host": "laptop-saal-2", "pid": 4242, "since": "2026-11-30 09:12", "user": "anna"}))
    with pytest.raises(WorkshopInUseError, match="laptop-saal-2 \\(process 4242"):
        WorkshopStore.open(path)


# -- item 6: network file systems --------------------------------------------------------------
def _mountinfo(tmp_path: Path, mounts: list[tuple[str, str]]) -> Path:
    """A fake /proc/self/mountinfo with (mount point, file system type) entries."""
    lines = ["22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw"]
    for n, (point, fstype) in enumerate(mounts, start=40):
        escaped = point.replace("\\", "\\134").replace(" ", "\\040")
        lines.append(f"{n} 22 0:{n} / {escaped} rw,relatime shared:{n} - {fstype} //srv/x rw")
    fake = tmp_path / "mountinfo"
    fake.write_text("\n".join(lines) + "\n")
    return fake


@pytest.mark.parametrize(("fstype", "network"), [
    ("cifs", True), ("smb3", True), ("nfs", True), ("nfs4", True), ("fuse.sshfs", True),
    ("9p", True), ("davfs", True), ("ext4", False), ("tmpfs", False), ("btrfs", False),
    ("fuse.portal", False),
])
def test_network_file_systems_are_recognised(tmp_path: Path, fstype: str,
                                             network: bool) -> None:
    share = tmp_path / "Freigabe Amt 3"  # a mount point with a space (escaped in mountinfo)
    share.mkdir()
    fake = _mountinfo(tmp_path, [(str(share), fstype), (str(share / "local"), "ext4")])
    found = netfs.network_file_system(share / "session.workshop", mountinfo=fake)
    assert found == (fstype if network else None)
    (share / "local").mkdir()
    # A local file system mounted inside the share is local.
    assert netfs.network_file_system(share / "local" / "a.workshop", mountinfo=fake) is None


def test_a_workshop_on_a_network_drive_uses_the_rollback_journal(tmp_path: Path,
                                                                 monkeypatch) -> None:
    path = write_workshop(tmp_path / "share.workshop")
    monkeypatch.setattr(netfs, "MOUNTINFO", _mountinfo(tmp_path, [(str(tmp_path), "cifs")]))
    store = WorkshopStore.open(path)
    try:
        assert store.network_fs == "cifs"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        NoteService(store).add_note("Auf dem Netzlaufwerk", "idea")
        assert not path.with_name(path.name + "-wal").exists()
    finally:
        store.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_the_window_says_the_workshop_is_on_a_network_drive(tmp_path: Path, qtbot,
                                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from studio.ui.main_window import MainWindow

    path = write_workshop(tmp_path / "share.workshop")
    monkeypatch.setattr(netfs, "MOUNTINFO", _mountinfo(tmp_path, [(str(tmp_path), "nfs4")]))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.objectName(), box.text())) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    (name, text), = shown
    assert name == "fileNoticeBox" and "network drive (nfs4)" in text
    window.close_document()
