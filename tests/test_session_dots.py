"""Dot voting on the shared screen, started from the console."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from PySide6.QtCore import Qt
from test_session_support import click_action, doc, ids, page  # noqa: F401 - fixtures

from studio.core.kinds import ScreenMode


def test_console_starts_dot_voting_on_the_shared_screen(qtbot, page, doc):
    from studio.ui.stage.board_views import DotVotingStageView

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


def test_dot_voting_on_the_720p_shared_screen_reads_from_the_back(qtbot, page, doc):
    """On the shared-screen window itself (heading and footer take their share) the
    notes' type is at least the screen's body size, and the room gets no right-click."""
    from studio.ui.stage.style import base_px

    for i in range(11):
        doc.notes.add_note(f"Notiz Nummer {i + 1} über den Datenschutz", "hope",
                           pos=(100 + 300 * (i % 4), 100 + 200 * (i // 4)))
    doc.notify("notes")
    stage = page.stage
    stage.resize(1280, 720)
    qtbot.waitUntil(lambda: (stage.width(), stage.height()) == (1280, 720))
    click_action(qtbot, page, "session.show_dots")
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is stage.dots_page)
    voting = stage.dots
    qtbot.waitUntil(lambda: len(voting.scene.cards) == 11)
    qtbot.waitUntil(lambda: voting.view.text_px() >= base_px(720, 1280) - 0.01)
    assert voting.instructions.font().pixelSize() >= base_px(720, 1280) or \
        voting.instructions.fontInfo().pixelSize() >= base_px(720, 1280)
    assert "Rechtsklick" not in voting.instructions.text()
    card = voting.view.shown_cards()[0]
    assert voting.view.visible_rect().contains(card.sceneBoundingRect())
