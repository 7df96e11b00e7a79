"""Accessibility of the shell's windows: names, keyboard reach, labels (see tests/a11y.py).

The feature windows (session, board, planner, exchange) add their own cases
here as they land.
"""

from __future__ import annotations

import pytest
from a11y import tab_order_problems, walk_problems
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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

    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w._release_document()


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_walker_finds_what_a_keyboard_or_screen_reader_user_would_miss(qtbot):
    bad = QWidget()
    bad.setObjectName("bad")
    form = QFormLayout(bad)
    icon_only = QToolButton()
    icon_only.setObjectName("iconOnly")
    unreachable = QLineEdit()
    unreachable.setObjectName("unreachable")
    unreachable.setAccessibleName("Name")
    unreachable.setFocusPolicy(unreachable.focusPolicy().NoFocus)
    unlabelled = QLineEdit()
    unlabelled.setObjectName("unlabelled")
    form.addRow(icon_only)
    form.addRow(QLabel("Place:"), unlabelled)
    form.addRow(QLabel("Other:"), unreachable)
    dangling = QLabel("&Dangling")
    form.addRow(dangling)
    _show(qtbot, bad)
    problems = "\n".join(walk_problems(bad, descriptions=True))
    assert "QToolButton 'iconOnly' in bad: no accessible name" in problems
    assert "QLineEdit 'unlabelled' in bad: no accessible name" in problems
    assert "QLineEdit 'unreachable' in bad: cannot be reached with Tab" in problems
    assert "'Place:': form label without a buddy" in problems
    assert "'&Dangling': mnemonic without a buddy" in problems
    assert "QLineEdit 'unreachable' in bad: no accessible description" in problems


def test_tab_order_check_finds_a_keyboard_trap(qtbot):
    trap = QWidget()
    layout = QVBoxLayout(trap)
    editor = QPlainTextEdit()
    editor.setObjectName("notes")
    editor.setAccessibleName("Notes")  # Tab types a tab character here: focus never leaves
    layout.addWidget(editor)
    layout.addWidget(QPushButton("OK"))
    _show(qtbot, trap)
    assert tab_order_problems(trap, qtbot) == [
        "QPlainTextEdit 'notes': keeps the focus when Tab is pressed (keyboard trap)"]
    editor.setTabChangesFocus(True)
    assert tab_order_problems(trap, qtbot) == []


def test_the_walker_accepts_a_well_made_form(qtbot):
    good = QWidget()
    layout = QVBoxLayout(good)
    form = QFormLayout()
    edit = QLineEdit()
    edit.setToolTip("Where the workshop takes place")
    label = QLabel("&Place:")
    label.setBuddy(edit)
    form.addRow(label, edit)
    layout.addLayout(form)
    button = QPushButton("&Save")
    button.setToolTip("Save the workshop")
    layout.addWidget(button)
    _show(qtbot, good)
    assert walk_problems(good, descriptions=True) == []
    assert tab_order_problems(good, qtbot) == []


def test_an_exclusive_group_is_reached_through_one_of_its_buttons(qtbot):
    group = QWidget()
    layout = QVBoxLayout(group)
    radios = [QRadioButton(text) for text in ("Hoffnung", "Bedenken", "Idee")]
    for radio in radios:
        layout.addWidget(radio)
    radios[1].setChecked(True)  # Tab stops here only; arrow keys move within the group
    layout.addWidget(QPushButton("Weiter"))
    _show(qtbot, group)
    assert tab_order_problems(group, qtbot) == []


def test_start_screen(qtbot, window):
    assert walk_problems(window, descriptions=True) == []
    assert tab_order_problems(window, qtbot) == []


def test_open_workshop(qtbot, window, tmp_path):
    path = tmp_path / "a.workshop"
    store = WorkshopStore.create(path)
    WorkshopService(store).create_workshop("Werkstatt")
    store.close()
    assert window.open_path(path)
    assert walk_problems(window, descriptions=True) == []
    assert tab_order_problems(window, qtbot) == []


def test_new_workshop_dialog(qtbot, folder):
    from studio.ui.dialogs import NewWorkshopDialog

    dialog = _show(qtbot, NewWorkshopDialog(folder))
    assert walk_problems(dialog, descriptions=True) == []
    assert tab_order_problems(dialog, qtbot) == []


def test_about_dialog(qtbot, folder):
    from studio.ui.dialogs import AboutDialog

    dialog = _show(qtbot, AboutDialog(None, folder))
    assert walk_problems(dialog, descriptions=True) == []


def test_shortcuts_dialog(qtbot, window):
    from studio.ui.dialogs import ShortcutsDialog

    dialog = _show(qtbot, ShortcutsDialog(window))
    assert walk_problems(dialog, descriptions=True) == []
    assert tab_order_problems(dialog, qtbot) == []


def test_feature_tabs_of_an_opened_workshop(qtbot, window, tmp_path):
    """Console, board and shared screen: names and keyboard reach.

    Descriptions are not required here yet: the feature pages still lack about
    30 of them (walk_problems(..., descriptions=True) lists them).
    """
    from studio.core.demo import generate_demo

    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    assert window.open_path(path)
    problems = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        name = window.tabs.widget(i).objectName()
        problems += [f"{name}: {p}" for p in walk_problems(window)]
        problems += [f"{name}: {p}" for p in tab_order_problems(window, qtbot)]
    for page in window.pages:
        stage = getattr(page, "stage", None)
        if stage is not None and stage.isVisible():
            problems += [f"stage: {p}" for p in walk_problems(stage)]
    assert problems == []


def test_planner_window_and_card_editor(qtbot, tmp_path):
    """The planner (with the shipped example plan) and the card editor: names, keyboard."""
    from pathlib import Path

    from studio.ui.planner.window import PlannerWindow

    plan = Path(__file__).resolve().parents[1] / "sessions" / "ki-beteiligungswerkstatt.plan.toml"
    planner = PlannerWindow(plan, user_card_dir=tmp_path / "cards")
    qtbot.addWidget(planner)
    planner.resize(1400, 900)
    _show(qtbot, planner)
    assert walk_problems(planner) == []
    assert tab_order_problems(planner, qtbot) == []

    from studio.core.cards import load_library
    from studio.ui.planner.card_editor import CardEditorDialog

    editor = CardEditorDialog(load_library().cards[0], parent=planner)
    _show(qtbot, editor)
    assert walk_problems(editor) == []
    assert tab_order_problems(editor, qtbot) == []


def test_spreadsheet_dialogs(qtbot, tmp_path):
    from studio.core.demo import generate_demo
    from studio.ui.document import WorkshopDocument
    from studio.ui.exchange.dialogs import ExportDialog, ImportDialog, MergeDialog

    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    doc = WorkshopDocument.open(path)
    try:
        for dialog in (ExportDialog(doc), ImportDialog(), MergeDialog()):
            _show(qtbot, dialog)
            assert walk_problems(dialog) == [], type(dialog).__name__
            assert tab_order_problems(dialog, qtbot) == [], type(dialog).__name__
            dialog.close()
    finally:
        doc.close()
