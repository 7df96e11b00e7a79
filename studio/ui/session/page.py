"""SessionPage: the facilitator's console (the "Run" tab) and owner of the shared screen.

Left, the agenda with each item's state; in the middle, the current item, the
live ballot counter, the timer, the controls and the live results; on the
right, a preview of the shared screen, where it is shown, participant mode,
private notes and notes typed at the laptop.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QToolButton, QWidget

from studio.base.errors import StudioError
from studio.core.kinds import ScreenMode, Source
from studio.core.kinds.registry import kind_of
from studio.ui.session import displays
from studio.ui.session.agenda import AgendaSelection, ItemRole
from studio.ui.session.console import build_console, fit_to_font, retranslate_console
from studio.ui.session.controller import SessionController
from studio.ui.session.phones import PhoneController, connect_phones
from studio.ui.stage.kiosk import ConsoleLock, PinDialog, PinStore
from studio.ui.stage.window import StageWindow
from studio.ui.widgets.timer import TimerClock

log = logging.getLogger(__name__)


class SessionPage(QWidget):
    """The console of a running workshop. Owns the StageWindow (the shared screen).

    Both observe the one session model (``document.session``) through its Qt
    adapter; the console's counter, actions and live results follow its events.

    Attributes:
        restored: the workshop was opened after a session that did not close
            cleanly (a crash): the console says so and the shell shows this tab.
    """

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.pins = PinStore()
        self.restored = document.facilitation.interrupted()
        self.clock = TimerClock(document, self)
        self.control = SessionController(document, self)
        self.stage = StageWindow(document, self.clock, self)
        self.lock = ConsoleLock(self, self.stage)
        self.phones = PhoneController(document, self)
        self._stage_shown_once = False
        self._restored_item: tuple[str, str | None] | None = None
        self.pin_dialog = None  # the console's PIN pad (participant mode)
        self._panes_moved: set[str] = set()
        self._status_again = None  # says the status line again in a new language
        self._build()
        self._connect()
        self.refresh()
        if self.restored:
            self._say_restored()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        build_console(self)
        self._fill_displays()
        self.participant_button = next(
            b for b in self.findChildren(QToolButton)
            if b.defaultAction() is self.control.actions["session.participant"])
        self.participant_button.installEventFilter(self)

    def _connect(self) -> None:
        c = self.control
        a = c.actions
        c.changed.connect(self.refresh)
        c.counted.connect(self._answers_changed)
        c.message.connect(self._controller_message)
        # A click or the arrow keys select an agenda row; Enter or a double-click goes
        # there. The item's actions follow the selection (see AgendaSelection).
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.selection = AgendaSelection(self.tree, self.agenda, c, self._message, self)
        a["session.reset"].triggered.connect(self.confirm_reset)
        a["session.tally"].triggered.connect(self.open_tally)
        a["session.participant"].toggled.connect(self.set_participant_mode)
        a["session.stage"].toggled.connect(self.set_stage_visible)
        a["session.fullscreen"].toggled.connect(self.set_stage_fullscreen)
        a["session.fullscreen_off"].triggered.connect(lambda: self.set_stage_fullscreen(False))
        a["session.split"].toggled.connect(self._split)
        a["session.set_pin"].triggered.connect(self.ask_new_pin)
        self.stage.remote.connect(self._remote)
        self.stage.leave_participant_mode.connect(lambda: c.set_participant_mode(False))
        self.stage.hidden.connect(self._sync_stage_actions)
        self.stage.console_message.connect(self._message)
        self.lock.unlock_requested.connect(self._ask_pin)
        self.lock.locked_changed.connect(self._lock_changed)
        self.display_combo.activated.connect(self._display_chosen)
        connect_phones(self)
        for splitter in (self.middle_splitter, self.side_splitter):
            splitter.splitterMoved.connect(lambda _p, _i, s=splitter: self._pane_moved(s))
        # A pane whose need changes (width, preview shape, wrapped buttons) gets its room
        # again, once per turn of the event loop however many changes come at once.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self._refit_if_shown)
        for pane in (self.controls_pane, self.screen_pane):
            pane.needChanged.connect(self._refit.start)

    # -- refreshing -----------------------------------------------------------------------------
    def _answers_changed(self) -> None:
        self._update_counter()
        self.results.schedule_answers()
        self.preview.schedule_answers()

    def refresh(self) -> None:
        c = self.control
        language = c.session.language
        if self.restored_banner.isVisibleTo(self) and c.current_item() != self._restored_item:
            self.restored_banner.hide()  # said once; the session has moved on
        current = c.current_item()
        self.agenda.set_agenda(c.agenda, language, current)
        self.tree.expandAll()
        self.tree.fit_columns()  # the states are in the rows just expanded
        index = self.agenda.index_of(current)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        act = c.activity
        screen = self.tr("Screen")
        if act is not None:
            self.current_label.setText(act.prompt)
            self.state_label.setText(f"{act.kind.label} · {act.state.label} · "
                                     f"{screen}: {c.mode.label}")
        elif c.scenario is not None:
            title = self.agenda.data(index) if index.isValid() else ""
            self.current_label.setText(str(title).removeprefix("▶ "))
            self.state_label.setText(f"{screen}: {c.mode.label}")
        else:
            self.current_label.setText(self.tr("Choose an item of the agenda to begin."))
            self.state_label.setText("")
        self.timer_panel.set_item(c.current_item_id())
        self.results.set_activity(act)
        self.group_switch.set_activity(act)
        notes = act is not None and kind_of(act.kind).collects_notes
        self.laptop_box.setVisible(notes)
        if notes:
            self.laptop_notes.set_activity(act)
        self._update_counter()
        self._apply_participant_mode(c.participant_mode)
        self.preview.schedule()

    def _update_counter(self) -> None:
        """The n the results show (the same on the shared screen), split by channel."""
        act = self.control.activity
        if act is None:
            self.counter.setText("")
            self.counter_channels.setText("")
            self.counter_channels.hide()
            return
        counts = self.control.counts()
        if kind_of(act.kind).collects_notes:
            self.counter.setText(self.tr("%n note(s)", "", counts.n))
        else:
            self.counter.setText(self.tr("%n ballot(s)", "", counts.n))
        channels = counts.by_source
        split = len(channels) > 1 or any(src != Source.SCREEN.value for src, _ in channels)
        self.counter_channels.setText("\n".join(
            self.tr("{channel}: {n}").format(channel=Source(src).label, n=n)
            for src, n in channels) if split else "")
        self.counter_channels.setVisible(split)
        self.selection.sync_actions()

    def _message(self, text: str, error: bool) -> None:
        self.status.setText(("⚠ " if error else "") + text)
        self._status_again = None  # a message of the moment: not said again after a switch

    def _controller_message(self, text: str, error: bool) -> None:
        self._message(text, error)
        self._status_again = self.control.repeat_message

    # -- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # View → Text size
            fit_to_font(self)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the console in the app's language (the shared screen keeps the
        workshop's own language)."""
        if getattr(self.doc, "closed", False):
            return  # a page of a closed workshop, not yet deleted: nothing to read
        again = self._status_again
        self.control.retranslate()
        retranslate_console(self)
        self.phones_box.retranslate()
        for panel in (self.timer_panel, self.preview, self.private_notes, self.laptop_notes,
                      self.group_switch, self.results):
            panel.retranslate()
        self.agenda.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._fill_displays()
        self.refresh()
        if self.restored_banner.isVisibleTo(self):
            item = self._restored_item
            self._say_restored()
            self._restored_item = item
        self.status.setText("")  # a message of the moment is not said again
        if again is not None:
            again()

    def _say_restored(self) -> None:
        c = self.control
        where = self.current_label.text() if c.scenario is not None else ""
        text = self.tr("The session was restored after an interruption: it continues at "
                       "“{item}”; the shared screen shows: {screen}.").format(
            item=where, screen=c.mode.label)
        self.restored_banner.setText(text)
        self.restored_banner.show()
        self._restored_item = c.current_item()

    # -- agenda and remote ----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        key = self.agenda.data(index, ItemRole)
        if key is not None:
            self.control.go_to(*key)

    def selected_item(self) -> tuple[str, str | None] | None:
        return self.selection.selected_item()

    def _remote(self, command: str) -> None:
        if command == "next":
            self.control.step(+1)
        elif command == "previous":
            self.control.step(-1)
        elif command == "blank":
            self.control.toggle_blank()

    # -- dialogs ---------------------------------------------------------------------------------
    def confirm_reset(self) -> None:
        act = self.control.activity
        if act is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Reset activity"),
            self.tr("Withdraw all %n answer(s) of “{prompt}” and set it back to draft? The "
                    "answers stay in the file, flagged as withdrawn, and the reset is logged.",
                    "", self.control.count())
            .format(prompt=act.prompt))
        if answer == QMessageBox.StandardButton.Yes:
            self.control.reset_activity()

    def open_tally(self) -> None:
        from studio.ui.session.tally import TallyDialog

        act = self.control.activity
        if act is None:
            return
        dialog = TallyDialog(self.doc, act, self)
        dialog.finished.connect(dialog.deleteLater)
        self.tally_dialog = dialog
        dialog.open()

    def ask_new_pin(self) -> bool:
        """Ask the facilitator for a new PIN (twice). Returns True when one was set."""
        pin, ok = QInputDialog.getText(self, self.tr("Facilitator PIN"),
                                       self.tr("New PIN (4 to 8 digits):"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return False
        again, ok = QInputDialog.getText(self, self.tr("Facilitator PIN"),
                                         self.tr("The same PIN again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if pin != again or not PinStore.valid(pin):
            QMessageBox.warning(self, self.tr("Facilitator PIN"),
                                self.tr("The PIN was not set: use 4 to 8 digits, the same "
                                        "twice."))
            return False
        self.pins.set_pin(pin)
        self._message(self.tr("The facilitator PIN is set on this computer."), False)
        return True

    # -- the shared screen ----------------------------------------------------------------------
    def _fill_displays(self) -> None:
        self.display_combo.clear()
        chosen = self.stage_screen()
        for screen in displays.screens():
            self.display_combo.addItem(displays.screen_label(screen), displays.screen_id(screen))
            if chosen is screen:
                self.display_combo.setCurrentIndex(self.display_combo.count() - 1)

    def console_screen(self):
        window = self.window().windowHandle()
        return window.screen() if window is not None else QGuiApplication.primaryScreen()

    def stage_screen(self):
        return displays.stage_screen(self.console_screen())

    def _display_chosen(self, index: int) -> None:
        wanted = self.display_combo.itemData(index)
        for screen in displays.screens():
            if displays.screen_id(screen) == wanted:
                displays.remember(screen)
        if self.stage.isVisible():
            self.show_stage()

    def show_stage(self) -> None:
        screen = self.stage_screen()
        separate = screen is not None and screen is not self.console_screen()
        one_display = not separate
        full = separate or (self.control.participant_mode and one_display)
        self.stage.guard.reclaim_focus = one_display
        self.stage.place(screen if separate else None, full)
        self._stage_shown_once = True
        self._sync_stage_actions()

    def set_stage_visible(self, on: bool) -> None:
        if on and not self.stage.isVisible():
            self.show_stage()
        elif not on and self.stage.isVisible():
            self.stage.close()
        self._sync_stage_actions()

    def set_stage_fullscreen(self, on: bool) -> None:
        if on:
            if not self.stage.isVisible():
                self.show_stage()
            self.stage.showFullScreen()
        elif not self.control.participant_mode:  # in participant mode it stays full screen
            self.stage.showNormal()
        self._sync_stage_actions()

    def _sync_stage_actions(self) -> None:
        a = self.control.actions
        for action_id, value in (("session.stage", self.stage.isVisible()),
                                 ("session.fullscreen", self.stage.isFullScreen())):
            action: QAction = a[action_id]
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)
        self.preview.schedule()

    def set_participant_mode(self, on: bool) -> None:
        if on and not self.pins.has_pin() and not self.ask_new_pin():
            self._apply_participant_mode(False)
            return
        if not on and self.control.participant_mode and self.lock.locked:
            # Keys on the console wait for the PIN (see ConsoleLock); a pointer click on
            # the console's button leaves at once (eventFilter).
            action = self.control.actions["session.participant"]
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)
            self._ask_pin()
            return
        if on != self.control.participant_mode:
            self.control.set_participant_mode(on)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The console's own participant-mode button, clicked with the pointer, leaves
        participant mode without the PIN (in participant mode a passed-around mouse
        is kept on the shared screen, so this pointer is the facilitator's)."""
        if (watched is self.participant_button and self.control.participant_mode
                and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and watched.rect().contains(event.position().toPoint())):
            watched.setDown(False)
            self.control.set_participant_mode(False)
            return True
        return super().eventFilter(watched, event)

    def _ask_pin(self) -> None:
        """The PIN pad on the console: the right PIN unlocks the console's keys."""
        if self.pin_dialog is not None:
            return
        dialog = PinDialog(self.pins, self)
        dialog.setObjectName("consolePinDialog")
        dialog.message.setText(self.tr(
            "Participant mode: enter the facilitator PIN to use the console's keys."))
        dialog.accepted.connect(self.lock.unlock)
        dialog.finished.connect(lambda _r: setattr(self, "pin_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()

    def _lock_changed(self, locked: bool) -> None:
        if locked:
            self._message(self.tr("Participant mode: the console's keys are locked (someone "
                                  "at the shared screen could type them). Press a key and "
                                  "enter the PIN to use them."), False)
        elif self.control.participant_mode:
            self._message(self.tr("The console's keys work until the shared screen is used "
                                  "again."), False)

    def _apply_participant_mode(self, on: bool) -> None:
        changed = on != self.lock.participant_mode
        if changed:
            self.lock.set_participant_mode(on)
        action = self.control.actions["session.participant"]
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
        if on and changed and self.isVisible():
            # Once, when participant mode starts: later changes (voting closed, next
            # item) must not take the focus from the console on a second display.
            self.show_stage()
            self.stage.activateWindow()
        self._sync_stage_actions()

    def _split(self, on: bool) -> None:
        self.results.set_split(on)
        self.stage.results.set_split(on)

    def fit_panes(self) -> None:
        """Give the controls and the shared-screen panel the height they need (when
        there is room), the live results and private notes the rest."""
        # The live results keep room for their chart at every text size.
        results_least = max(160, self.results.minimumHeight() + self.fontMetrics().height() * 2)
        for splitter, pane, least in ((self.middle_splitter, self.controls_pane, results_least),
                                      (self.side_splitter, self.screen_pane, 120)):
            if splitter.objectName() in self._panes_moved:
                continue  # the facilitator chose the sizes: keep them
            total = sum(splitter.sizes())
            if total <= 0:
                continue
            need = pane.sizeHint().height()
            first = max(min(need, total - least), min(need, total // 2))
            splitter.setSizes([first, total - first])

    def _refit_if_shown(self) -> None:
        if self.isVisible():
            self.fit_panes()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.preview.updateGeometry()  # its height follows the window's
        if self.isVisible():
            self.fit_panes()

    def _pane_moved(self, splitter: QWidget) -> None:
        self._panes_moved.add(splitter.objectName())

    # -- page life --------------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        """Actions for the shell's "Session" menu (shortcuts work while the console has focus)."""
        return self.control.menu_actions()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_panes()
        if not self._stage_shown_once:
            self._fill_displays()
            # The shared screen comes up, but the console keeps the focus and stays in
            # front: opening the run tab must not throw the shared screen over it.
            self.stage.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            try:
                self.show_stage()
            finally:
                self.stage.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
            if self.control.participant_mode:  # restored in participant mode: kiosk first
                self.stage.raise_()
                self.stage.activateWindow()
            else:
                console = self.window()
                console.raise_()
                console.activateWindow()

    def can_close(self) -> bool:
        if self.control.participant_mode:
            QMessageBox.information(self, self.tr("Participant mode"),
                                    self.tr("Leave participant mode before closing the "
                                            "workshop."))
            return False
        return True

    def shutdown(self) -> None:
        """Save the private notes and close the shared screen (the shell closes the workshop).

        A clean close is recorded, so that only a crash makes the next opening a restore."""
        self.private_notes.save()
        self.phones.stop()  # phones stop following; answers already sent are saved
        self.stage.set_participant_mode(False)
        self.stage.close()
        if not self.doc.closed:
            try:
                self.doc.facilitation.mark_closed()
            except StudioError as err:  # a read-only or vanished file: nothing to record
                log.warning("could not record the clean close: %s", err)
        # Nothing may touch the workshop after the shell closes it.
        for timer in self.findChildren(QTimer):
            timer.stop()
        signals = self.doc.session_signals
        for signal, receivers in (
                (signals.stateChanged, (self.control._state_changed, self.stage._state_changed)),
                (signals.answersChanged, (self.control._answers_changed,
                                          self.stage._answers_changed)),
                (signals.timerChanged, (self.clock.reload,))):
            for receiver in receivers:
                try:
                    signal.disconnect(receiver)
                except (RuntimeError, TypeError):
                    pass

    @property
    def mode(self) -> ScreenMode:
        return self.control.mode
