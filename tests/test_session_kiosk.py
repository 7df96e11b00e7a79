"""Kiosk safety in participant mode, the facilitator PIN, and presentation-remote keys."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QWidget
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
from studio.ui.stage.kiosk import PinStore


def _enter_participant_mode(qtbot, page):
    page.pins.set_pin("2468")
    page.stage.pins = page.pins
    click_action(qtbot, page, "session.participant")
    qtbot.waitUntil(lambda: page.stage.participant_mode)
    assert page.doc.facilitation.state().participant_mode is True


def test_participant_mode_blocks_escape_keys_close_and_menus(qtbot, page, doc, ids):
    stage = page.stage
    start_voting(qtbot, page, ids["single_choice"])
    _enter_participant_mode(qtbot, page)
    assert find(stage, "leaveParticipantMode").isVisible()
    current = doc.facilitation.state().current_activity_id
    blocked = stage.guard.blocked
    for key, mods in [(Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier)]:
        qtbot.keyClick(stage.flow, key, mods)
    # each combination refused (QTest also presses the modifier keys on their own)
    assert stage.guard.blocked >= blocked + 8
    # nothing moved: same item, same screen, still participant mode
    state = doc.facilitation.state()
    assert state.current_activity_id == current
    assert ScreenMode(state.screen_mode) is ScreenMode.ACTIVITY
    assert state.participant_mode is True
    # B and "." are swallowed too (no blank screen from the audience)
    qtbot.keyClick(stage.flow, Qt.Key.Key_B)
    assert ScreenMode(doc.facilitation.state().screen_mode) is ScreenMode.ACTIVITY
    # closing the window (Alt+F4, the title bar's ×) is refused
    stage.close()
    assert stage.isVisible()
    event = QCloseEvent()
    QApplication.sendEvent(stage, event)
    assert not event.isAccepted() and stage.isVisible()
    # no context menu
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    assert QApplication.sendEvent(stage.flow, menu) is True  # eaten by the guard
    # the console refuses to close the workshop meanwhile
    from PySide6.QtWidgets import QMessageBox

    shown = []
    orig = QMessageBox.information
    QMessageBox.information = lambda *a, **k: shown.append(a)  # type: ignore[method-assign]
    try:
        assert page.can_close() is False and shown
    finally:
        QMessageBox.information = orig  # type: ignore[method-assign]


def test_participants_can_still_answer_with_keys_in_participant_mode(qtbot, page, doc, ids):
    stage = page.stage
    start_voting(qtbot, page, ids["notes"])
    _enter_participant_mode(qtbot, page)
    tap(qtbot, stage.flow, "group:none")
    tap(qtbot, stage.flow.answer_widget, "category:idea")
    text = find(stage.flow.answer_widget, "noteText")
    text.setFocus()
    qtbot.keyClicks(text, "Bus. B-Plan")
    assert text.toPlainText() == "Bus. B-Plan"
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    assert text.toPlainText() == "Bus. B-Pla"
    tap(qtbot, stage.flow, "submitButton")
    assert stage.flow.page_name() == "confirm"
    assert [n.text for n in doc.notes.notes()] == ["Bus. B-Pla"]


def test_focus_is_taken_back_with_one_display(qtbot, page, doc, ids):
    stage = page.stage
    start_voting(qtbot, page, ids["single_choice"])
    _enter_participant_mode(qtbot, page)
    assert stage.guard.reclaim_focus  # offscreen: a single display
    stage.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is stage)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    # the stage deactivates, and the guard brings it back to the front
    qtbot.waitUntil(lambda: QApplication.activeWindow() is stage, timeout=3000)


def test_pin_on_the_stage_leaves_participant_mode(qtbot, page, doc, ids):
    stage = page.stage
    start_voting(qtbot, page, ids["single_choice"])
    _enter_participant_mode(qtbot, page)
    tap(qtbot, stage, "leaveParticipantMode")
    dialog = stage.pin_dialog
    assert dialog is not None and dialog.isVisible()
    for digit in "1111":
        tap(qtbot, dialog, f"pin:{digit}")
    tap(qtbot, dialog, "pin:OK")
    assert "Falsche PIN" in find(dialog, "pinMessage").text()  # the workshop's German
    assert doc.facilitation.state().participant_mode is True
    # after a short wait (one wrong PIN: one second), typed on a keyboard works too
    qtbot.waitUntil(lambda: not dialog.unlock_timer.isActive())
    qtbot.keyClicks(dialog, "2468")
    assert find(dialog, "pinDisplay").text() == "●●●●"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not stage.participant_mode)
    assert doc.facilitation.state().participant_mode is False
    assert not page.control.actions["session.participant"].isChecked()


def test_three_wrong_pins_lock_the_keypad(qtbot, page, doc, ids):
    stage = page.stage
    _enter_participant_mode(qtbot, page)
    tap(qtbot, stage, "leaveParticipantMode")
    dialog = stage.pin_dialog
    for _ in range(3):
        qtbot.keyClicks(dialog, "0000")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.unlock_timer.isActive()
    qtbot.keyClicks(dialog, "2468")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert stage.participant_mode  # locked: even the right PIN waits


def test_pointer_stays_on_the_shared_screen_with_two_displays(qtbot, page, doc, ids):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor

    stage = page.stage
    start_voting(qtbot, page, ids["single_choice"])
    _enter_participant_mode(qtbot, page)
    stage.guard.reclaim_focus = False  # as with the stage on a second display
    # The stage goes full screen in participant mode: measure it once it is there.
    qtbot.waitUntil(stage.isFullScreen)
    screen = stage.screen().geometry()
    qtbot.waitUntil(lambda: stage.frameGeometry() == screen or stage.geometry() == screen)
    area = stage.frameGeometry()
    QCursor.setPos(area.right() + 400, area.center().y())  # towards the console
    qtbot.waitUntil(lambda: stage.frameGeometry().contains(QCursor.pos()), timeout=2000)
    # Outside participant mode the pointer goes where it likes again.
    click_action(qtbot, page, "session.participant")
    qtbot.waitUntil(lambda: not stage.participant_mode)
    far = QPoint(area.right() + 400, area.center().y())
    QCursor.setPos(far)
    qtbot.wait(100)
    assert QCursor.pos() == far


def test_console_leaves_participant_mode_without_pin(qtbot, page, doc, ids):
    _enter_participant_mode(qtbot, page)
    click_action(qtbot, page, "session.participant")
    assert doc.facilitation.state().participant_mode is False
    assert not page.stage.participant_mode


def test_pin_store_keeps_only_a_salted_hash(tmp_path):
    from PySide6.QtCore import QSettings

    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store = PinStore(qs)
    assert not store.has_pin() and not store.check("1234")
    store.set_pin("1234")
    assert store.has_pin() and store.check("1234") and not store.check("4321")
    assert "1234" not in str(qs.value("session/facilitator_pin"))
    for bad in ("12", "123456789", "12a4", "١٢٣٤"):
        assert not PinStore.valid(bad)


def test_remote_keys_outside_participant_mode(qtbot, page, doc, ids):
    stage = page.stage
    page.control.go_to(ids["scenario"], None)
    qtbot.keyClick(stage, Qt.Key.Key_PageDown)
    assert doc.facilitation.state().current_activity_id == ids["single_choice"]
    assert stage.mode is ScreenMode.ACTIVITY
    qtbot.keyClick(stage, Qt.Key.Key_Right)
    assert doc.facilitation.state().current_activity_id == ids["multiple_choice"]
    qtbot.keyClick(stage, Qt.Key.Key_Space)
    assert doc.facilitation.state().current_activity_id == ids["scale"]
    qtbot.keyClick(stage, Qt.Key.Key_Left)
    qtbot.keyClick(stage, Qt.Key.Key_PageUp)
    assert doc.facilitation.state().current_activity_id == ids["single_choice"]
    qtbot.keyClick(stage, Qt.Key.Key_B)
    assert stage.mode is ScreenMode.BLANK and stage.stack.currentWidget() is stage.blank_page
    qtbot.keyClick(stage, Qt.Key.Key_Period)
    assert stage.mode is ScreenMode.ACTIVITY
    qtbot.keyClick(stage, Qt.Key.Key_F5)
    qtbot.waitUntil(stage.isFullScreen)
    qtbot.keyClick(stage, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not stage.isFullScreen())
    # while someone answers, arrows and Space belong to them; PgDn still moves on
    click_action(qtbot, page, "session.open")
    tap(qtbot, stage.flow, "group:none")
    qtbot.keyClick(stage.flow, Qt.Key.Key_Right)
    assert doc.facilitation.state().current_activity_id == ids["single_choice"]
    qtbot.keyClick(stage.flow, Qt.Key.Key_PageDown)
    assert doc.facilitation.state().current_activity_id == ids["multiple_choice"]


def test_stage_close_outside_participant_mode_just_hides_it(qtbot, page):
    stage = page.stage
    stage.close()
    assert not stage.isVisible()
    assert not page.control.actions["session.stage"].isChecked()
    click_action(qtbot, page, "session.stage")
    qtbot.waitUntil(stage.isVisible)


def test_unused_event_types_pass_untouched(qtbot, page):
    ev = QEvent(QEvent.Type.Enter)
    assert page.stage.guard.eventFilter(page.stage, ev) is False


def test_participants_keyboard_cannot_use_the_console_in_participant_mode(
        qtbot, page, doc, ids):
    """Two displays: someone at the shared screen presses Alt+Tab (the console becomes
    active) and then the console's shortcuts. Nothing happens but a PIN pad; the PIN
    unlocks the console's keys until the shared screen is used again."""
    stage = page.stage
    start_voting(qtbot, page, ids["single_choice"])
    _enter_participant_mode(qtbot, page)
    stage.guard.reclaim_focus = False  # the stage on a second display
    page.activateWindow()  # as after Alt+Tab
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    assert page.lock.locked
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, mods in [(Qt.Key.Key_P, ctrl_shift), (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)]:
        qtbot.keyClick(page.tree, key, mods)
    state = doc.facilitation.state()
    assert state.participant_mode is True and stage.participant_mode
    assert state.current_activity_id == ids["single_choice"]
    assert ScreenMode(state.screen_mode) is ScreenMode.ACTIVITY
    assert doc.workshops.activity(ids["single_choice"]).state == "open"
    assert page.control.actions["session.participant"].isChecked()
    dialog = page.pin_dialog
    assert dialog is not None and dialog.isVisible()
    # the action triggered another way (the menu) asks for the PIN as well
    page.control.actions["session.participant"].trigger()
    assert doc.facilitation.state().participant_mode is True
    qtbot.keyClicks(dialog, "1111")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert page.lock.locked and doc.facilitation.state().participant_mode is True
    qtbot.waitUntil(lambda: not dialog.unlock_timer.isActive())  # a wrong PIN makes it wait
    qtbot.keyClicks(dialog, "2468")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.lock.locked)
    # unlocked: the facilitator's keys work, participant mode stays until they leave it
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F7)
    assert doc.workshops.activity(ids["single_choice"]).state == "closed"
    assert doc.facilitation.state().participant_mode is True
    qtbot.wait(50)  # the console keeps the focus after its own action
    assert QApplication.activeWindow() is page and not page.lock.locked
    # someone uses the shared screen: the console locks again
    qtbot.mouseClick(stage.flow, Qt.MouseButton.LeftButton)
    assert page.lock.locked
    page.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_P, ctrl_shift)
    assert doc.facilitation.state().participant_mode is True
    assert page.pin_dialog is not None
    page.pin_dialog.reject()
    # unlocked, Ctrl+Shift+P leaves participant mode
    page.activateWindow()
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    page.lock.unlock()
    qtbot.keyClick(page.tree, Qt.Key.Key_P, ctrl_shift)
    qtbot.waitUntil(lambda: not stage.participant_mode)
    assert doc.facilitation.state().participant_mode is False


def test_no_console_shortcut_acts_on_keys_typed_on_the_shared_screen(qtbot, page, doc, ids):
    stage = page.stage
    start_voting(qtbot, page, ids["single_choice"])
    _enter_participant_mode(qtbot, page)
    page.tree.setFocus()  # even while the console holds the focus
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, mods in [(Qt.Key.Key_P, ctrl_shift), (Qt.Key.Key_D, ctrl_shift),
                      (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)]:
        qtbot.keyClick(stage.flow, key, mods)
    state = doc.facilitation.state()
    assert state.participant_mode is True
    assert ScreenMode(state.screen_mode) is ScreenMode.ACTIVITY
    assert state.current_activity_id == ids["single_choice"]
    assert page.pin_dialog is None


def test_console_shortcut_leaves_full_screen_only_outside_participant_mode(
        qtbot, page, doc, ids):
    stage = page.stage
    page.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F5)
    qtbot.waitUntil(stage.isFullScreen)
    qtbot.keyClick(page.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not stage.isFullScreen())
    _enter_participant_mode(qtbot, page)
    qtbot.waitUntil(stage.isFullScreen)
    page.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Escape)
    qtbot.keyClick(page.tree, Qt.Key.Key_F5)
    assert stage.isFullScreen() and doc.facilitation.state().participant_mode is True


def test_presenter_keys_work_on_the_console_and_blank_is_all_black(qtbot, page, doc, ids):
    from PySide6.QtGui import QColor

    stage = page.stage
    page.control.go_to(ids["scenario"], None)
    page.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_PageDown)
    assert doc.facilitation.state().current_activity_id == ids["single_choice"]
    qtbot.keyClick(page.tree, Qt.Key.Key_B)  # plain B, as a remote sends it
    assert stage.mode is ScreenMode.BLANK
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is stage.blank_page)
    # black to the edges: no border in the theme's colour
    assert stage.blank_page.geometry().size() == stage.stack.size()
    assert stage.stack.geometry() == stage.rect()
    image = stage.grab().toImage()
    for x, y in ((0, 0), (image.width() - 1, image.height() - 1), (image.width() // 2, 2)):
        assert QColor(image.pixel(x, y)) == QColor("#000000"), (x, y)
    qtbot.keyClick(page.tree, Qt.Key.Key_Period)
    assert stage.mode is ScreenMode.ACTIVITY
    # typing in the console's notes keeps its letters
    page.private_notes.setFocus()
    qtbot.keyClicks(page.private_notes, "Bb.")
    assert stage.mode is ScreenMode.ACTIVITY
    assert page.private_notes.toPlainText().endswith("Bb.")
