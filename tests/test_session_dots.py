"""Dot voting on the shared screen, started from the console."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from PySide6.QtCore import Qt
from test_session_support import click_action, doc, ids, page  # noqa: F401 - fixtures

from studio.core.kinds import ScreenMode


def test_console_starts_dot_voting_on_the_shared_screen(qtbot, page, doc):
    from studio.ui.board.stage import DotVotingStageView

    a = doc.notes.add_note("Ein Mensch prüft jede Einstufung", "condition", pos=(100, 100))
    b = doc.notes.add_note("Ergebnisse als offene Daten", "idea", pos=(400, 100))
    doc.notify("notes")
    click_action(qtbot, page, "session.show_dots")
    qtbot.waitUntil(lambda: page.stage.stack.currentWidget() is page.stage.dots_page)
    assert doc.facilitation.state().screen_mode == ScreenMode.DOTS.value
    voting = page.stage.dots
    assert isinstance(voting, DotVotingStageView)
    qtbot.waitUntil(lambda: a.id in voting.scene.note_items)
    for note_id in (a.id, a.id, b.id):
        item = voting.scene.note_items[note_id]
        point = voting.view.mapFromScene(item.sceneBoundingRect().center())
        qtbot.mouseClick(voting.view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, point)
    with qtbot.waitSignal(voting.dotsCast):
        qtbot.mouseClick(voting.submit, Qt.MouseButton.LeftButton)
    assert doc.notes.dot_counts() == {a.id: 2, b.id: 1}
    # Back to the board: the read-only view, never the voting one.
    click_action(qtbot, page, "session.show_board")
    qtbot.waitUntil(lambda: page.stage.stack.currentWidget() is page.stage.board_page)
