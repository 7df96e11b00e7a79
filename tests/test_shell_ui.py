"""The main window: start screen, new/open/recent, overview edits, about, Save As."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox

from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore


@pytest.fixture
def folder(tmp_path, monkeypatch):
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: sessions)
    return sessions


@pytest.fixture
def window(qtbot, folder):
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    settings = Settings()
    settings.clear_recent()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._ready)  # shortcuts and recent files come right after the paint
    yield w
    w._release_document()


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def on_modal(qtbot, action):
    """Run ``action(dialog)`` on the next modal dialog, once it is up."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def make_workshop(path: Path, title: str = "Werkstatt") -> Path:
    st = WorkshopStore.create(path)
    WorkshopService(st).create_workshop(title)
    st.close()
    return path


def test_new_workshop_by_keyboard(qtbot, window, folder):
    def fill(dialog):
        title = dialog.findChild(QLineEdit, "newTitle")
        qtbot.keyClicks(title, "Werkstatt KI 2026")  # QTest types ASCII only
        qtbot.keyClick(title, Qt.Key.Key_Return)

    on_modal(qtbot, fill)
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.path == folder / "Werkstatt-KI-2026.workshop"
    assert window.overview.title.text() == "Werkstatt KI 2026"
    assert WorkshopService(window.document.store).get().title == "Werkstatt KI 2026"
    assert window.settings.recent_files()[0] == window.document.path.resolve()


def test_file_names_keep_umlauts_and_drop_path_characters():
    from studio.ui.dialogs import safe_file_stem

    assert safe_file_stem("Bürgerwerkstatt: KI/Leipzig?") == "Bürgerwerkstatt-KI-Leipzig"
    assert safe_file_stem("  ") == "workshop"


def test_new_workshop_needs_a_title(qtbot, window, folder):
    seen = {}

    def check(dialog):
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["enabled"] = ok.isEnabled()
        dialog.reject()

    on_modal(qtbot, check)
    window.new_workshop()
    assert seen == {"enabled": False}
    assert window.document is None and list(folder.iterdir()) == []


def test_overview_edits_are_saved_at_once(qtbot, window, tmp_path):
    path = make_workshop(tmp_path / "a.workshop")
    assert window.open_path(path)
    place = window.overview.place
    place.setFocus()
    qtbot.keyClicks(place, "Neues Rathaus")
    qtbot.keyClick(place, Qt.Key.Key_Tab)
    assert WorkshopService(window.document.store).get().place == "Neues Rathaus"


def test_empty_title_is_refused_with_a_message(qtbot, window, tmp_path, errors):
    assert window.open_path(make_workshop(tmp_path / "a.workshop", "Alt"))
    title = window.overview.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert errors and "title" in errors[0].lower()
    assert WorkshopService(window.document.store).get().title == "Alt"
    assert window.overview.title.text() == "Alt"


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00junk"])
def test_bad_file_shows_a_message_and_stays_on_start(window, tmp_path, errors, content):
    bad = tmp_path / "bad.workshop"
    bad.write_bytes(content)
    assert not window.open_path(bad)
    assert len(errors) == 1 and str(bad) in errors[0]
    assert window.document is None
    assert window.stack.currentWidget() is window.start_page
    assert bad.read_bytes() == content


def test_recent_list_reopens(qtbot, window, tmp_path):
    path = make_workshop(tmp_path / "recent.workshop")
    window.open_path(path)
    window.close_document()
    assert window.document is None
    item = window.start_page.recent.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == str(path.resolve())
    window.start_page.recent.setFocus()
    window.start_page.recent.setCurrentRow(0)
    qtbot.keyClick(window.start_page.recent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.path == path.resolve() or window.document.path == path


def test_save_as_switches_to_the_copy(window, tmp_path):
    window.open_path(make_workshop(tmp_path / "orig.workshop", "Original"))
    target = tmp_path / "copy.workshop"
    assert window.save_copy_and_switch(target)
    assert window.document.path == target
    WorkshopService(window.document.store).update(title="Kopie")
    original = WorkshopStore.open(tmp_path / "orig.workshop")
    assert WorkshopService(original).get().title == "Original"
    original.close()


def test_demo_opens_from_start_screen(qtbot, window, folder):
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document is not None, timeout=30000)
    assert window.document.path == folder / "demo.workshop"
    assert "Scenarios: 5" in window.overview.summary.text() or "Szenarien: 5" in \
        window.overview.summary.text()


def test_about_names_version_and_data_folder(qtbot, window, folder):
    from studio import __version__

    texts = []

    def read(dialog):
        texts.append(dialog.findChild(type(window.status_label), "aboutText").text())
        dialog.reject()

    on_modal(qtbot, read)
    window.actions["help.about"].trigger()
    assert __version__ in texts[0] and str(folder) in texts[0]


def test_shortcuts_cheat_sheet_lists_menu_shortcuts(qtbot, window):
    rows = []

    def read(dialog):
        from PySide6.QtWidgets import QTableWidget

        table = dialog.findChild(QTableWidget, "shortcutsTable")
        rows.extend(table.item(r, 1).text() for r in range(table.rowCount()))
        dialog.reject()

    on_modal(qtbot, read)
    window.actions["help.shortcuts"].trigger()
    assert "Ctrl+O" in rows and "F1" in rows


def test_every_action_has_text(window):
    assert all(a.text() for a in window.actions.all())
