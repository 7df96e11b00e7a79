"""The shared screen: read-only board, dot voting one person at a time, participants' notes."""

from __future__ import annotations

import pytest
from board_sample import fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.ui.board.page import BoardPage
from studio.ui.stage.board_views import BoardStageView, DotScene, DotVotingStageView
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


def tap_take_back(qtbot, view, card):
    """Tap the "− Take back" button a card with my dots shows."""
    button = card.take_back
    assert button.isVisible() and view.visible_rect().contains(button.sceneBoundingRect())
    point = view.mapFromScene(button.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)


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
    click_item(qtbot, view, scene.cluster_items[k.id])  # the cluster's own card
    assert voting.placed == [("note", b.id), ("note", b.id), ("cluster", k.id)]
    assert "0 of 3" in voting.left.text()
    click_item(qtbot, view, scene.note_items[a.id])  # all dots used
    assert "All your dots" in voting.error.text()
    # Taking a dot back needs no right-click: a visible button on the card that has my dots.
    assert "right" not in voting.instructions.text().lower()
    assert not scene.note_items[a.id].take_back.isVisible()
    tap_take_back(qtbot, view, scene.note_items[b.id])
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


def part_sizes(view) -> list[int]:
    sizes = []
    for part in range(view.parts):
        view.show_part(part)
        sizes.append(len(view.shown_cards()))
    view.show_part(0)
    return sizes


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_dot_voting_on_a_large_board_is_readable_in_parts(qtbot, demo_doc, english, size):
    """A real board does not fit a projector readably: its cards are laid out afresh in
    parts with type at least the shared screen's body size, every card is whole in
    exactly one part, parts hold the same number of cards give or take one, and a card
    of a later part takes a dot like any other."""
    from studio.ui.stage.style import base_px

    voting = DotVotingStageView(demo_doc)
    qtbot.addWidget(voting)
    voting.resize(*size)
    voting.show()
    qtbot.waitExposed(voting)
    view, scene = voting.view, voting.scene
    qtbot.waitUntil(lambda: view.parts > 1)
    assert view.text_px() >= base_px(size[1], size[0]) - 0.01
    assert voting.next_part.isVisible() and not voting.previous_part.isEnabled()
    assert voting.part_label.text() == f"Part 1 of {view.parts}"
    shown_in: dict[str, int] = {}
    for part in range(view.parts):
        if part:
            qtbot.mouseClick(voting.next_part, Qt.LeftButton)
        assert view.part == part
        seen = view.visible_rect()
        for card in view.shown_cards():
            assert seen.contains(card.sceneBoundingRect())
            key = DotScene.vote_target(card)
            assert key not in shown_in
            shown_in[key] = part
    assert len(shown_in) == len(scene.note_items) + len(scene.cluster_items)
    assert not voting.next_part.isEnabled()
    # A card of this last part takes a dot by a tap.
    card = view.shown_cards()[-1]
    click_item(qtbot, view, card)
    assert voting.placed == [DotScene.vote_target(card)]
    sizes = part_sizes(view)
    assert max(sizes) - min(sizes) <= 1, sizes


def eleven_notes(doc) -> None:
    texts = ["Mehr Transparenz über die Datengrundlage", "Wer haftet bei Fehlern?",
             "Datenschutz zuerst", "Ein Mensch prüft jede Einstufung",
             "Ergebnisse als offene Daten veröffentlichen", "Bürgerbeirat einbinden",
             "Kosten offenlegen", "Keine Gesichtserkennung", "Pilot in einem Stadtteil",
             "Regelmäßige Überprüfung durch Externe", "Verständliche Sprache"]
    for i, text in enumerate(texts):
        doc.notes.add_note(text, ("hope", "concern", "idea")[i % 3],
                           pos=(100 + 300 * (i % 4), 100 + 200 * (i // 4)))


def test_eleven_notes_fill_their_parts_evenly_at_720p(qtbot, doc, english):
    """The case of the workshop day: 11 notes at 1280×720 came in two parts, one half
    empty. Every part is now about as full as the others, with body-size type."""
    eleven_notes(doc)
    voting = DotVotingStageView(doc)
    qtbot.addWidget(voting)
    voting.resize(1280, 720)
    voting.show()
    qtbot.waitExposed(voting)
    sizes = part_sizes(voting.view)
    assert sum(sizes) == 11
    assert max(sizes) - min(sizes) <= 1, sizes
    assert voting.view.text_px() >= 24


def test_the_next_person_starts_on_part_one(qtbot, paged):
    """The last person voted on a later part (and left a card focused there): the next
    person still starts on the first part."""
    view, voting = paged.view, paged
    qtbot.mouseClick(voting.next_part, Qt.LeftButton)
    qtbot.mouseClick(voting.next_part, Qt.LeftButton)
    assert view.part == 2
    card = view.shown_cards()[0]
    click_item(qtbot, view, card)
    with qtbot.waitSignal(voting.dotsCast):
        qtbot.mouseClick(voting.submit, Qt.LeftButton)
    qtbot.mouseClick(voting.next_person, Qt.LeftButton)
    assert voting.pages.currentIndex() == 0
    assert view.part == 0 and voting.part_label.text().startswith("Part 1 of")
    # The board is reloaded after the ballot: still on the first part.
    voting.refresh()
    assert view.part == 0 and not view.scene().focusItem()
    assert not voting.previous_part.isEnabled()


def test_a_dot_is_taken_back_by_a_tap_on_the_card(qtbot, paged):
    view, voting = paged.view, paged
    first, second = view.shown_cards()[:2]
    for card in (first, first, second):
        click_item(qtbot, view, card)
    assert first.state.dots == 2 and first.take_back.isVisible()
    tap_take_back(qtbot, view, first)
    assert voting.placed == [DotScene.vote_target(first), DotScene.vote_target(second)]
    assert first.state.dots == 1
    tap_take_back(qtbot, view, first)
    assert first.state.dots == 0 and not first.take_back.isVisible()
    assert voting.placed == [DotScene.vote_target(second)]
    assert "4 of 5" in voting.left.text()


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


def test_clicking_a_card_twice_keeps_the_part(qtbot, paged):
    """The board must not move under the participant's finger: the second tap at the
    same place gives the same card its second dot."""
    view = paged.view
    qtbot.mouseClick(paged.next_part, Qt.LeftButton)
    seen = view.visible_rect()
    card = view.shown_cards()[-1]
    point = view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert view.visible_rect() == seen and view.part == 1
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert paged.placed == [DotScene.vote_target(card)] * 2


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
