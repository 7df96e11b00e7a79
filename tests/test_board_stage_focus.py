"""One cluster, category or selection large on the shared screen (a 1280x720 projector).

Sixty notes fitted to a projector are too small to read from the back of the
room; the facilitator picks what to show large on the console's Board tab and
the shared screen follows, with type of at least 24 px, in parts if needed.
"""

from __future__ import annotations

import pytest
from a11y import tab_order_problems, walk_problems
from board_sample import fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.core.board_layout import MIN_STAGE_TEXT_PX
from studio.core.kinds import ScreenMode
from studio.ui.canvas.focus import BOARD, Focus
from studio.ui.canvas.items import STAGE_STYLE
from studio.ui.board.page import BoardPage
from studio.ui.stage.board_views import BoardStageView
from studio.ui.document import WorkshopDocument

PROJECTOR = (1280, 720)


@pytest.fixture
def doc():
    d = WorkshopDocument.memory("Wärmeplanung")
    yield d
    d.close()


@pytest.fixture
def board(qtbot, doc):
    """The console's board page and the shared screen's board view at projector size."""
    ids = fill(doc)
    page = BoardPage(doc)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.arrange("cluster")
    stage = BoardStageView(doc)
    qtbot.addWidget(stage)
    stage.resize(*PROJECTOR)
    stage.show()
    qtbot.waitExposed(stage)
    return page, stage, ids


def activate(qtbot, widget):
    """Keys and shortcuts go to the active window: the console, not the shared screen."""
    widget.window().raise_()
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus()


def visible_notes(doc, **match):
    return {n.id for n in doc.notes.notes(include_hidden=False) if not n.merged_into_id
            and all(getattr(n, k) == v for k, v in match.items())}


def assert_large_and_inside(stage):
    large = stage.large
    assert large.isVisible() and not stage.view.isVisible()
    assert large.text_px() >= MIN_STAGE_TEXT_PX
    viewport = large.view.viewport().rect().adjusted(-1, -1, 1, 1)
    for item in large.items:
        if item.isVisible():
            shown = large.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            assert viewport.contains(shown), item.note_id


def test_sixty_notes_on_a_projector_are_too_small_to_read(qtbot, board):
    _, stage, _ = board
    assert len(stage.shown_note_ids()) > 55
    assert STAGE_STYLE.font_px * stage.view.scale_factor() < MIN_STAGE_TEXT_PX  # why this exists


def test_selected_cluster_large_on_the_shared_screen(qtbot, board, doc):
    page, stage, ids = board
    cluster = ids["clusters"][0]
    members = visible_notes(doc, cluster_id=cluster)
    page.select_notes(sorted(members))
    activate(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: stage.shown_note_ids() == members)
    assert stage.large.title.text() == "Datenschutz bei den Bildern"
    assert_large_and_inside(stage)
    # The shared screen was switched to the board, through the session service.
    assert ScreenMode(doc.facilitation.state().screen_mode) is ScreenMode.BOARD
    assert page.stage_control.choice.currentText().startswith("Cluster: Datenschutz")
    # A note hidden on the console leaves the shared screen at once.
    victim = min(members)
    page.hide_notes([victim], "Personenbezug")
    qtbot.waitUntil(lambda: stage.shown_note_ids() == members - {victim})
    # Back to the whole board.
    page.actions["stage_board"].trigger()
    qtbot.waitUntil(lambda: stage.view.isVisible())
    assert not stage.large.isVisible()
    assert stage.shown_note_ids() == visible_notes(doc)


def test_a_large_category_is_shown_in_parts(qtbot, board, doc):
    page, stage, _ = board
    combo = page.stage_control.choice
    index = next(i for i in range(combo.count()) if "Bedenken" in combo.itemText(i))
    activate(qtbot, combo)
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key_Down)
    expected = visible_notes(doc, category="concern")
    qtbot.waitUntil(lambda: stage.large.isVisible())
    assert page.stage_choice.parts > 1  # the shared screen reported how many parts it needs
    seen: list[str] = []
    for part in range(page.stage_choice.parts):
        qtbot.waitUntil(lambda p=part: stage.large.part == p)
        assert_large_and_inside(stage)
        shown = stage.large.shown_note_ids()
        assert shown and not set(shown) & set(seen)
        seen.extend(shown)
        assert page.stage_control.part.text() == f"Part {part + 1} of {page.stage_choice.parts}"
        assert page.stage_control.previous.isEnabled() == (part > 0)
        activate(qtbot, page.view)
        qtbot.keyClick(page.view, Qt.Key_PageDown, Qt.AltModifier)
    assert set(seen) == expected and len(seen) == len(expected)
    assert not page.stage_control.next.isEnabled()
    qtbot.mouseClick(page.stage_control.previous, Qt.LeftButton)
    qtbot.waitUntil(lambda: stage.large.part == page.stage_choice.parts - 2)


def test_parts_follow_the_size_of_the_shared_screen(qtbot, board, doc):
    page, stage, _ = board
    page.show_on_stage(Focus("category", "concern"))
    qtbot.waitUntil(lambda: stage.large.isVisible())
    small = page.stage_choice.parts
    stage.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.stage_choice.parts < small)
    assert_large_and_inside(stage)


def test_selected_notes_never_include_hidden_ones(qtbot, board, doc):
    page, stage, ids = board
    hidden = ids["notes"][55]
    shown = [ids["notes"][0], ids["notes"][30]]
    page.select_notes([hidden, *shown])
    page.actions["stage_selection"].trigger()
    qtbot.waitUntil(lambda: stage.shown_note_ids() == set(shown))
    assert stage.large.title.text() == "Selected notes"
    assert_large_and_inside(stage)
    page.select_notes([hidden])
    page.actions["stage_selection"].trigger()
    assert "never shown" in page.message.text()
    assert stage.shown_note_ids() == set(shown)


def test_dissolving_the_shown_cluster_shows_the_whole_board(qtbot, board, doc):
    page, stage, ids = board
    page.show_on_stage(Focus("cluster", ids["clusters"][1]))
    qtbot.waitUntil(lambda: stage.large.isVisible())
    page.select_notes(sorted(visible_notes(doc, cluster_id=ids["clusters"][1])))
    page.dissolve_cluster()
    qtbot.waitUntil(lambda: stage.view.isVisible())
    assert page.stage_choice.focus == Focus(BOARD)
    page.undo_stack.undo()  # the cluster is back; the choice stays with the whole board
    assert page.stage_choice.focus == Focus(BOARD)


def test_dot_voting_is_not_interrupted(qtbot, board, doc):
    page, stage, ids = board
    doc.facilitation.set_screen_mode(ScreenMode.DOTS)
    page.show_on_stage(Focus("cluster", ids["clusters"][0]))
    assert ScreenMode(doc.facilitation.state().screen_mode) is ScreenMode.DOTS
    assert "Dot voting is running" in page.message.text()
    qtbot.waitUntil(lambda: stage.large.isVisible())  # ready for when the board is shown


def test_shared_screen_views_keyboard_and_screen_reader(qtbot, board, doc):
    page, stage, ids = board
    assert walk_problems(stage, descriptions=True) == []
    page.show_on_stage(Focus("cluster", ids["clusters"][0]))
    qtbot.waitUntil(lambda: stage.large.isVisible())
    assert walk_problems(stage, descriptions=True) == []
    assert tab_order_problems(stage, qtbot) == []
    # Keys are not swallowed: a presentation remote's PgDown reaches the shared-screen window.
    stage.large.view.setFocus()
    seen = []
    stage.keyPressEvent = lambda event: seen.append(event.key())
    qtbot.keyClick(stage.large.view, Qt.Key_PageDown)
    assert seen == [Qt.Key_PageDown]


def test_real_shared_screen_window_at_projector_size(qtbot, tmp_path, monkeypatch):
    """The same through the app: the session's shared-screen window, 1280x720."""
    from studio.core.demo import generate_demo
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: tmp_path)
    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(path)
    try:
        page = window.findChild(BoardPage, "boardPage")
        shared = window.findChild(type(window.pages[0]), "sessionPage").stage
        shared.resize(*PROJECTOR)
        shared.show()
        qtbot.waitExposed(shared)
        doc = window.document
        biggest = max(doc.notes.clusters(),
                      key=lambda c: len(visible_notes(doc, cluster_id=c.id)))
        page.show_on_stage(Focus("cluster", biggest.id))
        qtbot.waitUntil(lambda: shared.board is not None and shared.board.large.isVisible())
        assert shared.board.shown_note_ids() == visible_notes(doc, cluster_id=biggest.id)
        assert_large_and_inside(shared.board)
        page.show_on_stage(Focus("category", "idea"))
        qtbot.waitUntil(lambda: shared.board.large.title.text().endswith("Idee"))
        assert_large_and_inside(shared.board)
    finally:
        window._release_document()


def test_a_restart_shows_the_same_choice_on_the_shared_screen(qtbot, tmp_path):
    """The chosen cluster survives closing and reopening the workshop file; a cluster
    dissolved in between leaves the whole board."""
    from studio.store.database import WorkshopStore

    path = tmp_path / "werkstatt.workshop"
    WorkshopStore.create(path).close()
    first = WorkshopDocument.open(path)
    first.workshops.create_workshop("Wärmeplanung")
    ids = fill(first)
    cluster = ids["clusters"][0]
    page = BoardPage(first)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    choice = page.stage_control.choice
    qtbot.waitUntil(lambda: choice.count() > 1)
    index = next(i for i in range(choice.count())
                 if choice.itemData(i).same_choice(Focus("cluster", cluster)))
    page.stage_control.choice.setCurrentIndex(index)
    page.stage_control.choice.activated.emit(index)
    assert page.stage_choice.focus.kind == "cluster"
    page.close()
    first.close()

    again = WorkshopDocument.open(path)
    stage = BoardStageView(again)
    qtbot.addWidget(stage)
    stage.resize(*PROJECTOR)
    stage.show()
    qtbot.waitExposed(stage)
    members = visible_notes(again, cluster_id=cluster)
    qtbot.waitUntil(lambda: stage.shown_note_ids() == members)
    assert stage.large.title.text() == "Datenschutz bei den Bildern"
    again.notes.delete_cluster(cluster)
    again.close()

    third = WorkshopDocument.open(path)
    from studio.ui.canvas.focus import stage_focus

    assert stage_focus(third).focus == Focus(BOARD)
    third.close()
