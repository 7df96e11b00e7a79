"""The action registry: one key, one action, wherever actions can be live at once.

Walks every window (the main window with each tab, the planner, the shared
screen), presses the keys that used to clash, and reads the F1 cheat sheet.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget, QWidget

from studio.ui.actions import ACTIVE_TOGETHER, BY_ID, SPECS, Scope, specs_in

EXAMPLE = Path(__file__).resolve().parents[1] / "sessions" / "ki-beteiligungswerkstatt.plan.toml"
PORTABLE = QKeySequence.SequenceFormat.PortableText


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from studio.core.demo import generate_demo
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: sessions)
    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._ready)
    assert w.open_path(path)
    yield w
    w._release_document()


def _page(window, name: str) -> QWidget:
    return next(p for p in window.pages if p.objectName() == name)


def _live_actions(window: QWidget, focus: QWidget) -> list[QAction]:
    """The actions whose shortcuts Qt would consider with ``focus`` in ``window``."""
    live = []
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty():
            continue
        context = action.shortcutContext()
        if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            live.append(action)
            continue
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if any(w is focus or w.isAncestorOf(focus) for w in widgets):
            live.append(action)
    return live


def _clashes(actions: list[QAction]) -> dict[str, list[str]]:
    by_key: dict[str, set[str]] = defaultdict(set)
    for action in actions:
        for seq in action.shortcuts():
            by_key[seq.toString(PORTABLE)].add(action.objectName() or action.text())
    return {k: sorted(v) for k, v in by_key.items() if len(v) > 1}


def test_registry_has_one_action_per_key_in_every_scope_active_at_once(qapp):
    for scope, together in ACTIVE_TOGETHER.items():
        by_key: dict[str, list[str]] = defaultdict(list)
        for spec in SPECS:
            if spec.scope in together:
                for seq in spec.key_sequences():
                    by_key[seq.toString(PORTABLE)].append(spec.id)
        assert {k: v for k, v in by_key.items() if len(v) > 1} == {}, scope
    assert BY_ID["file.save_as"].key_sequences()[0] == QKeySequence(QKeySequence.StandardKey.SaveAs)


def test_every_window_builds_its_actions_from_the_registry_without_clashes(qtbot, window):
    from studio.ui.planner.window import PlannerWindow

    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.tabs.widget(i)
        focus = next((w for w in page.findChildren(QWidget)
                      if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()), page)
        live = _live_actions(window, focus)
        assert live, page.objectName()
        unknown = [a.text() for a in live if a.objectName() not in BY_ID]
        assert unknown == [], page.objectName()
        assert _clashes(live) == {}, page.objectName()
    # the shared screen has no shortcuts of its own: its guard reads the remote keys
    stage = _page(window, "sessionPage").stage
    assert [a for a in stage.findChildren(QAction) if not a.shortcut().isEmpty()] == []
    assert {s.id for s in specs_in(Scope.STAGE)} == {
        "stage.next", "stage.previous", "stage.blank", "stage.fullscreen_on",
        "stage.fullscreen_off"}

    planner = PlannerWindow(EXAMPLE, user_card_dir=window.sessions_folder() / "cards")
    qtbot.addWidget(planner)
    planner.show()
    qtbot.waitExposed(planner)
    for focus in (planner.agenda, planner.library.list, planner.details.title):
        live = _live_actions(planner, focus)
        assert [a.text() for a in live if a.objectName() not in BY_ID] == []
        assert _clashes(live) == {}
    planner.undo.setClean()
    planner.close()


def test_ctrl_shift_s_saves_as_and_ctrl_shift_d_shows_the_shared_screen(
        qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    page = _page(window, "sessionPage")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.stage.isVisible)
    window.activateWindow()
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    # Qt logs "ambiguous shortcut" as a warning, which fails the test (qt_log_level_fail)
    qtbot.keyClick(page.tree, Qt.Key.Key_S, ctrl_shift)
    assert len(asked) == 1  # Save As asked for a file name
    assert page.stage.isVisible()
    qtbot.keyClick(page.tree, Qt.Key.Key_D, ctrl_shift)
    qtbot.waitUntil(lambda: not page.stage.isVisible())
    assert not page.control.actions["session.stage"].isChecked()
    qtbot.keyClick(page.tree, Qt.Key.Key_D, ctrl_shift)
    qtbot.waitUntil(page.stage.isVisible)
    assert len(asked) == 1


def test_opening_the_run_tab_keeps_the_console_in_front(qtbot, window):
    page = _page(window, "sessionPage")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.stage.isVisible)
    qtbot.wait(50)  # let any activation request arrive
    assert QApplication.activeWindow() is window


def test_f1_lists_the_registry_with_columns_wide_enough(qtbot, window):
    from studio.ui.dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    keys = {r[1] for r in rows}
    assert {"Ctrl+Shift+S", "Ctrl+Shift+D", "F1", "Ctrl+Shift+P"} <= keys
    assert ("Show shared screen", "Ctrl+Shift+D", "Run tab (console)") in rows
    assert any(r[2] == "Shared screen" and "PgDown" in r[1] for r in rows)  # remote keys
    assert any(r[2] == "Planner" for r in rows) and any(r[2] == "Board tab" for r in rows)
    # nothing cut off: every column as wide as its widest text, no sideways scrolling
    for c in range(3):
        assert table.columnWidth(c) >= table.sizeHintForColumn(c), c
    assert table.viewport().width() >= sum(table.columnWidth(c) for c in range(2)) + \
        table.sizeHintForColumn(2)
    assert not table.horizontalScrollBar().isVisible()
