"""The console: agenda, navigation, timer, private notes, displays, actions, accessibility."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QSpinBox, QWidget
from test_session_support import (  # noqa: F401 - fixtures
    click_action,
    doc,
    find,
    ids,
    option_ids,
    page,
    start_voting,
    tap,
)

from studio.core.kinds import ScreenMode
from studio.ui.session import displays
from studio.ui.session.agenda import AgendaModel
from studio.ui.widgets.agenda_spec import load_agenda


def test_agenda_model_is_a_valid_qt_model(qtmodeltester, doc, ids):
    model = AgendaModel()
    model.set_agenda(load_agenda(doc), "de", (ids["scenario"], ids["scale"]))
    qtmodeltester.check(model)
    root = model.index(0, 0)
    assert model.rowCount(root) == 8
    scale = model.index_of((ids["scenario"], ids["scale"]))
    assert model.data(scale).startswith("▶ Scale: ")
    assert model.data(scale.siblingAtColumn(1)) == "○ Draft"


def test_choosing_in_the_agenda_goes_there(qtbot, page, doc, ids):
    index = page.agenda.index_of((ids["scenario"], ids["points"]))
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert doc.facilitation.state().current_activity_id is None  # a click only selects
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert doc.facilitation.state().current_activity_id == ids["points"]
    assert page.stage.mode is ScreenMode.ACTIVITY
    assert page.current_label.text() == "Verteilen Sie 5 Punkte"
    click_action(qtbot, page, "session.open")
    open_index = page.agenda.index_of((ids["scenario"], ids["points"]))
    assert page.agenda.data(open_index.siblingAtColumn(1)) == "● Open"
    click_action(qtbot, page, "session.previous")
    assert doc.facilitation.state().current_activity_id == ids["scale"]
    click_action(qtbot, page, "session.show_card")
    assert page.stage.stack.currentWidget() is page.stage.card_page


def test_a_click_selects_and_the_actions_follow_the_selection(qtbot, page, doc, ids):
    page.control.go_to(ids["scenario"], None)
    show_activity = page.control.actions["session.show_activity"]
    assert not show_activity.isEnabled()  # the card is current: no activity to show
    index = page.agenda.index_of((ids["scenario"], ids["scale"]))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.tree.visualRect(index).center())
    assert page.tree.currentIndex() == index
    assert "Selected" in page.status.text() or "Ausgewählt" in page.status.text()
    assert show_activity.isEnabled() and page.control.actions["session.open"].isEnabled()
    click_action(qtbot, page, "session.open")  # acts on the selected row
    state = doc.facilitation.state()
    assert state.current_activity_id == ids["scale"]
    assert doc.workshops.activity(ids["scale"]).state == "open"
    assert page.stage.mode is ScreenMode.ACTIVITY
    # selecting the scenario row: its card can be shown, an activity cannot
    card = page.agenda.index_of((ids["scenario"], None))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.tree.visualRect(card).center())
    assert not show_activity.isEnabled()
    click_action(qtbot, page, "session.show_card")
    assert doc.facilitation.state().current_activity_id is None
    assert page.stage.stack.currentWidget() is page.stage.card_page


def test_timer_start_pause_extend_shows_on_the_stage(qtbot, page, doc, ids):
    page.control.go_to(ids["scenario"], ids["scale"])
    stage = page.stage
    assert not stage.timer_label.isVisible()
    click_action(qtbot, page, "session.timer")
    qtbot.waitUntil(stage.timer_label.isVisible)
    assert stage.timer_label.text().startswith("noch ")  # "… left" in the workshop's German
    assert doc.facilitation.timer().running
    click_action(qtbot, page, "session.timer")
    assert not doc.facilitation.timer().running
    click_action(qtbot, page, "session.timer_extend")
    timer = doc.facilitation.timer()
    assert timer.limit_s == 120 + 60
    assert page.timer_panel.label.text().endswith("(paused)")
    minutes = int(page.timer_panel.label.text()[:2])
    assert minutes in (2, 3)
    # another item: its own timer, the stage hides the old one
    click_action(qtbot, page, "session.next")
    assert not stage.timer_label.isVisible()
    assert page.timer_panel.label.text() == "--:--"


def test_private_notes_are_saved_to_the_workshop(qtbot, page, doc):
    notes = page.private_notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Gruppe 3 ist still")
    qtbot.waitUntil(lambda: doc.workshops.get().facilitator_notes == "Gruppe 3 ist still",
                    timeout=3000)
    assert "Gruppe 3" not in " ".join(w.text() for w in page.stage.findChildren(QWidget)
                                      if hasattr(w, "text") and isinstance(w.text(), str))


def test_display_choice_is_remembered_per_machine(qtbot, page):
    combo = page.display_combo
    assert combo.count() == len(displays.screens()) >= 1
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert QSettings().value(displays.KEY) == combo.itemData(0)
    # one display: the shared screen is an ordinary window, not full screen
    assert page.stage_screen() is None
    assert not page.stage.isFullScreen()


def test_split_by_group_folds_small_groups(qtbot, page, doc, ids):
    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    for i in range(6):
        doc.ballots.cast_ballot(act, {"option": opts[i % 2]}, stakeholder_group="residents")
    for i in range(5):
        doc.ballots.cast_ballot(act, {"option": opts[2]}, stakeholder_group="staff")
    doc.ballots.cast_ballot(act, {"option": opts[0]}, stakeholder_group="science")
    doc.notify("ballots")
    click_action(qtbot, page, "session.split")
    data = page.results.data
    # the one scientist alone would be found as everybody minus residents minus staff:
    # the staff (the smallest group shown) keep them company as "small groups"
    assert sorted(data.groups) == ["residents", "small_groups"]
    assert data.groups["small_groups"].n == 6 and not data.split_refused
    for i in range(4):
        doc.ballots.cast_ballot(act, {"option": opts[1]}, stakeholder_group="business")
    doc.notify("ballots")
    qtbot.waitUntil(lambda: "staff" in page.results.data.groups, timeout=3000)
    assert sorted(page.results.data.groups) == ["residents", "small_groups", "staff"]
    assert page.results.data.groups["small_groups"].n == 5
    assert not page.results.note.isVisible()


def test_split_counts_people_of_a_show_of_hands_not_raised_hands(qtbot, page, doc, ids):
    act = ids["multiple_choice"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    for i in range(6):
        doc.ballots.cast_ballot(act, {"options": opts[:1 + i % 2]}, stakeholder_group="residents")
    # two scientists raise their hands for every option: two people, not a group of six
    doc.ballots.record_tally(act, dict.fromkeys(opts, 2), stakeholder_group="science")
    doc.notify("ballots")
    click_action(qtbot, page, "session.split")
    data = page.results.data
    assert data.groups == {} and data.split_refused
    assert page.results.note.isVisible()


def test_menu_actions_have_ids_shortcuts_and_work_from_the_menu(qtbot, page, doc, ids):
    actions = [a for a in page.menu_actions() if not a.isSeparator()]
    assert len({a.objectName() for a in actions}) == len(actions)
    by_id = {a.objectName(): a for a in actions}
    assert by_id["session.next"].shortcuts()[0].toString() == "Alt+Right"
    assert by_id["session.open"].shortcut().toString() == "F6"
    assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
               for a in actions if not a.shortcut().isEmpty())
    page.control.go_to(ids["scenario"], ids["scale"])
    by_id["session.open"].trigger()
    assert doc.workshops.activity(ids["scale"]).state == "open"
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F7)
    assert doc.workshops.activity(ids["scale"]).state == "closed"


def test_board_mode_shows_the_board_stage_view(qtbot, page, doc, ids):
    doc.notes.add_note("Mehr Bänke", "idea", scenario_id=ids["scenario"])
    click_action(qtbot, page, "session.show_board")
    assert page.stage.mode is ScreenMode.BOARD
    assert page.stage.stack.currentWidget() is page.stage.board_page
    board = page.stage.board
    assert board is not None and board.isVisibleTo(page.stage)
    try:
        from studio.ui.stage.board_views import BoardStageView
    except ImportError:  # board not built: a plain message instead
        assert board.objectName() == "boardUnavailable"
    else:
        assert isinstance(board, BoardStageView)
        assert len(board.shown_note_ids()) == 1


def test_every_control_has_an_accessible_name(qtbot, page, doc, ids):
    for kind in ("points", "ranking", "statements", "notes", "scale", "matrix"):
        start_voting(qtbot, page, ids[kind])
        if page.stage.flow.page_name() == "group":  # asked once, for the first activity
            tap(qtbot, page.stage.flow, "group:none")
        controls = [w for w in page.stage.findChildren(QWidget)
                    if isinstance(w, (QAbstractButton, QPlainTextEdit))
                    or w.objectName() == "matrixInput"]
        unnamed = [w.objectName() for w in controls if w.isVisibleTo(page.stage)
                   and not w.accessibleName()]
        assert unnamed == [], kind
        focusable = [w for w in controls if w.isVisibleTo(page.stage)]
        assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in focusable), kind
    console = [w for w in page.findChildren(QWidget)
               if isinstance(w, (QAbstractButton, QComboBox, QSpinBox, QPlainTextEdit))
               and w.window() is page.window() and w.isVisibleTo(page)]
    unnamed = [w for w in console if not w.accessibleName() and not (
        isinstance(w, QAbstractButton) and w.text())]
    assert unnamed == []
    assert isinstance(page.menu_actions()[0], QAction)


def test_the_state_column_keeps_its_words_after_the_session_moves_on(qtbot, page, doc, ids):
    """Opening voting rebuilds the agenda: the state column still reads "● Open", not "…"."""
    page.control.go_to(ids["scenario"], ids["scale"])
    click_action(qtbot, page, "session.open")
    tree = page.tree
    index = page.agenda.index_of((ids["scenario"], ids["scale"])).siblingAtColumn(1)
    text = page.agenda.data(index)
    assert text == "● Open"
    needed = tree.fontMetrics().horizontalAdvance(text)
    assert tree.columnWidth(1) > needed


def test_moving_on_updates_the_agenda_in_place_and_a_new_item_rebuilds_it(qtbot, page, doc,
                                                                          ids):
    """Going to the next question marks it and its state without resetting the agenda (the
    tree keeps its rows, expansion and scroll position); a changed plan rebuilds it."""
    model = page.agenda
    page.control.go_to(ids["scenario"], ids["scale"])
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    click_action(qtbot, page, "session.open")
    scale = model.index_of((ids["scenario"], ids["scale"]))
    assert model.data(scale).startswith("▶ ") and model.data(scale.siblingAtColumn(1)) == "● Open"
    page.control.go_to(ids["scenario"], ids["points"])
    points = model.index_of((ids["scenario"], ids["points"]))
    assert model.data(points).startswith("▶ ")
    assert not model.data(model.index_of((ids["scenario"], ids["scale"]))).startswith("▶ ")
    assert page.tree.isExpanded(points.parent())
    assert resets == []  # the same items: changed in place
    scenario = doc.workshops.activity(ids["scale"]).scenario_id
    doc.workshops.add_activity(scenario, "single_choice", "Neu?", ["Ja", "Nein"])
    doc.notify("agenda")  # as the planner does after a change
    qtbot.waitUntil(lambda: resets != [])  # a new item: the agenda is built anew
    assert model.rowCount(model.index(0, 0)) == 9
    assert any("Neu?" in model.data(model.index(r, 0, model.index(0, 0)))
               for r in range(model.rowCount(model.index(0, 0))))


def test_the_shared_screen_card_is_built_once_per_scenario(qtbot, page, doc, ids):
    """Opening and closing questions leaves the card's widgets as they are; another
    scenario's card is built anew."""
    page.control.go_to(ids["scenario"], None)
    card = page.stage.card
    title = card.fields["title"]
    page.control.go_to(ids["scenario"], ids["scale"])
    page.control.go_to(ids["scenario"], None)
    assert card.fields["title"] is title  # the same card: not rebuilt
    other = doc.workshops.add_scenario({"id": "other", "title": {"de": "Neuer Titel"}})
    doc.notify("agenda")
    qtbot.waitUntil(lambda: page.agenda.index_of((other.id, None)).isValid())
    page.control.go_to(other.id, None)
    assert card.fields["title"] is not title
    assert card.fields["title"].text() == "Neuer Titel"
