"""The archive's analysis window: opened from the app and the command line, it lists the
workshops, adds files in the background (the same workshop once) and removes one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studio.archive import open_archive
from studio.cli import main


@pytest.fixture
def workshops(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive-window")
    paths = []
    for seed in (1, 2):
        path = folder / f"w{seed}.workshop"
        assert main(["demo", "--output", str(path), "--seed", str(seed)]) == 0
        paths.append(path)
    return paths


@pytest.fixture
def window(qtbot, tmp_path):
    from studio.ui.main_window import MainWindow

    main_window = MainWindow()
    qtbot.addWidget(main_window)
    archive = main_window.open_archive(str(tmp_path / "team.studioarchive"), create=True)
    assert archive is not None
    qtbot.addWidget(archive)
    yield archive
    if archive.isVisible():
        archive.close()


def test_adding_workshops_in_the_window_lists_each_once(qtbot, window, workshops):
    tab = window.workshops
    assert tab.model.rowCount() == 0
    job = tab.add(workshops + workshops[:1])  # the first one twice
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    assert tab.model.rowCount() == 2
    assert "already in the archive" in tab.status.text()
    assert tab.add_button.isEnabled()
    titles = {tab.model.index(r, 0).data() for r in range(2)}
    assert len(titles) >= 1 and all(titles)
    assert "2 workshops" in window.windowTitle()
    del job


def test_removing_a_workshop_asks_and_removes_it(qtbot, window, workshops, monkeypatch):
    tab = window.workshops
    tab.add(workshops[:1])
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0
    with open_archive(window.target) as archive:
        assert archive.workshops() == ()


def test_remove_without_a_choice_says_what_to_do(qtbot, window):
    qtbot.mouseClick(window.workshops.remove_button, Qt.MouseButton.LeftButton)
    assert "Choose a workshop" in window.workshops.status.text()


def test_a_broken_archive_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    from studio.ui.main_window import MainWindow

    bad = tmp_path / "bad.studioarchive"
    bad.write_bytes(b"not an archive at all")
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text: said.append(text)))
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    assert main_window.open_archive(str(bad)) is None
    assert said and "bad.studioarchive" in said[0]
    assert bad.read_bytes() == b"not an archive at all"


def test_archive_window_keys_do_not_clash(window):
    keys = {}
    for action in window.actions_.values():
        for seq in action.shortcuts():
            assert seq.toString() not in keys, seq.toString()
            keys[seq.toString()] = action.objectName()
    assert window.actions_["archive.add"].shortcut().toString() == "Ctrl+O"
