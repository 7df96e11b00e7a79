"""The shared screen: read-only board, dot voting one person at a time, participants' notes."""

from __future__ import annotations

import pytest
from board_sample import fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.ui.board.page import BoardPage
from studio.ui.board.stage import BoardStageView, DotVotingStageView
from studio.ui.document import WorkshopDocument


@pytest.fixture
def doc():
    d = WorkshopDocument.memory("Wärmeplanung")
    yield d
    d.close()


@pytest.fixture
def english(qapp):
    """The app in English with its catalogue installed: English plurals ("2 dots")."""
    from studio.ui import i18n

    i18n.install("en")
    yield


def click_item(qtbot, view, item, button=Qt.LeftButton):
    point = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), button, Qt.NoModifier, point)


def test_read_only_board_never_shows_hidden_notes(qtbot, doc):
    ids = fill(doc)
    stage = BoardStageView(doc)
    qtbot.addWidget(stage)
    stage.resize(1600, 1000)
    stage.show()
    qtbot.waitExposed(stage)
    shown = stage.shown_note_ids()
    hidden = {n.id for n in doc.notes.notes() if n.moderation != "visible"}
    assert hidden and not (hidden & shown)
    assert ids["duplicate"][0] not in shown  # merged duplicates are hidden too
    assert len(shown) == len(doc.notes.notes(include_hidden=False))
    # no moderation hint on the shared screen
    assert all(not item.pii_hint() for item in stage.scene.note_items.values())
    # fitted: every card is inside the screen
    for item in stage.scene.note_items.values():
        r = stage.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert stage.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(r)
    # read-only: items cannot be moved or selected
    item = next(iter(stage.scene.note_items.values()))
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable
    # a note hidden on the laptop disappears from the shared screen
    victim = next(iter(shown))
    doc.notes.hide(victim, "Beleidigung")
    doc.notify("notes")
    qtbot.waitUntil(lambda: victim not in stage.shown_note_ids())


def test_dot_voting_one_person_after_another(qtbot, doc, english):
    a = doc.notes.add_note("Bilder sofort löschen", "idea", pos=(100, 100))
    b = doc.notes.add_note("Ein Mensch prüft jede Einstufung", "condition", pos=(400, 100))
    c = doc.notes.add_note("Beleidigung", "concern", pos=(700, 100))
    k = doc.notes.create_cluster("Datenschutz", [a.id])
    doc.notes.hide(c.id, "Beleidigung")
    doc.workshops.update(settings={"dots_per_participant": 3, "max_dots_per_item": 2})
    page = BoardPage(doc)
    qtbot.addWidget(page)
    voting = DotVotingStageView(doc)
    qtbot.addWidget(voting)
    voting.resize(1600, 1000)
    voting.show()
    qtbot.waitExposed(voting)
    view, scene = voting.view, voting.scene
    assert c.id not in scene.note_items  # hidden notes cannot get dots
    assert "3 of 3" in voting.left.text()
    assert not voting.submit.isEnabled()
    click_item(qtbot, view, scene.note_items[b.id])
    click_item(qtbot, view, scene.note_items[b.id])
    click_item(qtbot, view, scene.note_items[b.id])  # third on one item: refused
    assert "At most 2" in voting.error.text()
    assert scene.note_items[b.id].state.dots == 2
    header = scene.cluster_items[k.id]
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     view.mapFromScene(header.mapToScene(header.header_rect().center())))
    assert voting.placed == [("note", b.id), ("note", b.id), ("cluster", k.id)]
    assert "0 of 3" in voting.left.text()
    click_item(qtbot, view, scene.note_items[a.id])  # all dots used
    assert "All your dots" in voting.error.text()
    click_item(qtbot, view, scene.note_items[b.id], Qt.RightButton)  # take one back
    assert voting.placed == [("note", b.id), ("cluster", k.id)]
    assert doc.notes.dot_counts() == {}  # nothing is stored before submitting
    with qtbot.waitSignal(voting.dotsCast):
        qtbot.mouseClick(voting.submit, Qt.LeftButton)
    assert doc.notes.dot_counts() == {b.id: 1, k.id: 1}
    assert voting.pages.currentIndex() == 1 and "2 dots are saved" in voting.thanks.text()
    qtbot.mouseClick(voting.next_person, Qt.LeftButton)
    assert voting.pages.currentIndex() == 0 and voting.placed == []
    assert all(i.state.dots == 0 for i in scene.note_items.values())
    # the next person, by keyboard only
    view.setFocus()
    scene.note_items[a.id].setFocus()
    qtbot.keyClick(view, Qt.Key_Space)
    qtbot.keyClick(view, Qt.Key_Plus)
    qtbot.keyClick(view, Qt.Key_Return)
    assert voting.placed == [("note", a.id), ("note", a.id)]
    qtbot.mouseClick(voting.submit, Qt.LeftButton)
    assert doc.notes.dot_counts() == {a.id: 2, b.id: 1, k.id: 1}
    # the facilitator's ranked list
    qtbot.waitUntil(lambda: page.results.model.rowCount() == 3)
    model = page.results.model
    rows = [[model.index(r, col).data() for col in range(4)] for r in range(3)]
    assert rows[0][:2] == ["1", "2"] and rows[0][3] == "Bilder sofort löschen"
    assert {rows[1][3], rows[2][3]} == {"Ein Mensch prüft jede Einstufung", "Datenschutz"}
    assert rows[1][0] == rows[2][0] == "2"


def test_the_next_person_timer_does_nothing_after_the_workshop_closed(qtbot, doc):
    """The screen resets itself a while after a ballot; by then the workshop may be closed."""
    doc.notes.add_note("Bilder sofort löschen", "idea", pos=(100, 100))
    voting = DotVotingStageView(doc)
    qtbot.addWidget(voting)
    doc.close()
    voting.next()  # what the reset timer calls: it must not read the closed workshop
    assert voting.placed == []


def test_dot_limits_are_configurable_on_the_board(qtbot, doc):
    page = BoardPage(doc)
    qtbot.addWidget(page)
    page.results.per_person.setValue(7)
    page.results.per_item.setValue(3)
    assert doc.workshops.get().settings["dots_per_participant"] == 7
    voting = DotVotingStageView(doc)
    qtbot.addWidget(voting)
    qtbot.waitUntil(lambda: "7 of 7" in voting.left.text())


@pytest.fixture
def demo_doc(tmp_path):
    from studio.core.demo import generate_demo

    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    d = WorkshopDocument.open(path)
    yield d
    d.close()


def test_dot_voting_on_a_large_board_is_readable_in_parts(qtbot, demo_doc, english):
    """A real board does not fit a projector readably: it comes in parts, every card is
    whole in one of them, and a card of a later part takes a dot like any other."""
    from studio.ui.board.dot_board import DOT_MIN_SCALE

    voting = DotVotingStageView(demo_doc)
    qtbot.addWidget(voting)
    voting.resize(1280, 720)
    voting.show()
    qtbot.waitExposed(voting)
    view, scene = voting.view, voting.scene
    qtbot.waitUntil(lambda: view.parts > 1)
    assert view.scale_factor() == pytest.approx(DOT_MIN_SCALE)
    assert voting.next_part.isVisible() and not voting.previous_part.isEnabled()
    assert voting.part_label.text() == f"Part 1 of {view.parts}"
    whole_somewhere: set[str] = set()
    for part in range(view.parts):
        if part:
            qtbot.mouseClick(voting.next_part, Qt.LeftButton)
        assert view.part == part
        seen = view.visible_rect()
        whole_somewhere |= {nid for nid, item in scene.note_items.items()
                            if seen.contains(item.sceneBoundingRect())}
    assert whole_somewhere == set(scene.note_items)
    assert not voting.next_part.isEnabled()
    # A card whole in this last part takes a dot by mouse.
    seen = view.visible_rect()
    note_id, item = next((nid, it) for nid, it in scene.note_items.items()
                         if seen.contains(it.sceneBoundingRect()))
    click_item(qtbot, view, item)
    assert voting.placed == [("note", note_id)]


def test_a_small_board_is_shown_whole_for_dot_voting(qtbot, doc, english):
    for i, text in enumerate(("Mehr Transparenz", "Wer haftet?", "Datenschutz zuerst")):
        doc.notes.add_note(text, "hope", pos=(100 + 300 * i, 100))
    voting = DotVotingStageView(doc)
    qtbot.addWidget(voting)
    voting.resize(1280, 720)
    voting.show()
    qtbot.waitExposed(voting)
    assert voting.view.parts == 1
    assert not voting.next_part.isVisible() and not voting.part_label.isVisible()
    seen = voting.view.visible_rect()
    assert all(seen.contains(i.sceneBoundingRect()) for i in voting.scene.note_items.values())


@pytest.fixture
def paged(qtbot, demo_doc, english):
    voting = DotVotingStageView(demo_doc)
    qtbot.addWidget(voting)
    voting.resize(1280, 720)
    voting.show()
    qtbot.waitExposed(voting)
    qtbot.waitUntil(lambda: voting.view.parts > 1)
    return voting


def test_clicking_a_card_at_the_edge_of_a_part_keeps_the_part(qtbot, paged):
    """The board must not slide under the participant's pointer: the second click at the
    same place gives the same card its second dot."""
    view, scene = paged.view, paged.scene
    seen = view.visible_rect()
    note_id, item = next((nid, it) for nid, it in scene.note_items.items()
                         if seen.intersects(it.sceneBoundingRect())
                         and not seen.contains(it.sceneBoundingRect()))
    cut = item.sceneBoundingRect().intersected(seen)
    point = view.mapFromScene(cut.center())
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert view.visible_rect() == seen and view.part == 0
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert paged.placed == [("note", note_id), ("note", note_id)]


def test_the_wheel_turns_parts_and_never_shrinks_the_type(qtbot, paged):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    view = paged.view
    scale = view.scale_factor()

    def wheel(dy: int, modifiers=Qt.NoModifier) -> None:
        pos = QPointF(view.viewport().rect().center())
        event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, dy),
                            Qt.NoButton, modifiers, Qt.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(-120)
    assert view.part == 1 and paged.part_label.text().startswith("Part 2 of")
    wheel(120)
    assert view.part == 0
    wheel(-120, Qt.ControlModifier)
    assert view.scale_factor() == pytest.approx(scale)


def test_tab_walks_the_cards_and_brings_their_part(qtbot, paged):
    view = paged.view
    items = view.votable_items()
    view.setFocus()
    for expected in items[:3]:
        assert view.focusNextPrevChild(True)
        assert paged.scene.focusItem() is expected
        assert view.visible_rect().contains(expected.sceneBoundingRect())
    last = items[-1]
    last.setFocus(Qt.TabFocusReason)
    assert view.visible_rect().contains(last.sceneBoundingRect())
    assert view.part == view.parts - 1 or view.visible_rect().contains(last.sceneBoundingRect())
