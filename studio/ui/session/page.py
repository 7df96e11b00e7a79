"""SessionPage: the facilitator's console (the "Run" tab) and owner of the shared screen.

Left, the agenda with each item's state; in the middle, the current item, the
live ballot counter, the timer, the controls and the live results; on the
right, a preview of the shared screen, where it is shown, participant mode,
private notes and notes typed at the laptop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studio.core.kinds import ActivityKind, ScreenMode
from studio.ui.session import displays
from studio.ui.session.agenda import AgendaModel, ItemRole
from studio.ui.session.controller import SessionController
from studio.ui.session.kiosk import PinStore
from studio.ui.session.panels import (
    LaptopNoteEntry,
    PrivateNotes,
    StagePreview,
    TimerPanel,
    tool_button,
)
from studio.ui.session.results_view import ResultsView
from studio.ui.session.stage import StageWindow
from studio.ui.session.timer import TimerClock


def _plain(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class SessionPage(QWidget):
    """The console of a running workshop. Owns the StageWindow (the shared screen)."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.pins = PinStore()
        self.clock = TimerClock(document, self)
        self.control = SessionController(document, self)
        self.stage = StageWindow(document, self.clock, self)
        self._stage_shown_once = False
        self._build()
        self._connect()
        self.refresh()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        act = self.control.actions
        self.agenda = AgendaModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("agendaView")
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setModel(self.agenda)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)

        # middle: the current item and the controls
        self.current_label = _plain("", self)
        self.current_label.setObjectName("currentItem")
        font = self.current_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.current_label.setFont(font)
        self.state_label = _plain("", self)
        self.state_label.setObjectName("currentState")
        self.counter = QLabel(self)
        self.counter.setObjectName("ballotCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        cfont = self.counter.font()
        cfont.setPointSizeF(cfont.pointSizeF() * 2.0)
        cfont.setBold(True)
        self.counter.setFont(cfont)
        self.counter.setAccessibleName(self.tr("Ballots so far"))
        self.timer_panel = TimerPanel(self.clock, [act["session.timer"],
                                                   act["session.timer_extend"],
                                                   act["session.timer_reset"]], self)
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.timer_panel)

        def group(title: str, ids: list[str], columns: int) -> QGroupBox:
            box = QGroupBox(title, self)
            grid = QGridLayout(box)
            for i, action_id in enumerate(ids):
                grid.addWidget(tool_button(act[action_id], box), i // columns, i % columns)
            return box

        screen_box = group(self.tr("Shared screen shows"),
                           ["session.show_card", "session.show_activity", "session.show_results",
                            "session.show_board", "session.show_dots", "session.blank"], 3)
        vote_box = group(self.tr("Voting"),
                         ["session.open", "session.close", "session.reveal",
                          "session.undo_ballot", "session.tally", "session.reset"], 3)
        nav_box = group(self.tr("Agenda"), ["session.previous", "session.next"], 2)
        self.status = _plain("", self)
        self.status.setObjectName("sessionStatus")
        self.results = ResultsView(self.doc, self)
        self.results.setObjectName("consoleResults")
        self.results.setMinimumHeight(220)
        self.results.set_font_px(max(12, self.fontMetrics().height()))
        split_row = QHBoxLayout()
        split_row.addWidget(_plain(self.tr("Live results (only you see them until you reveal "
                                           "them):"), self), 1)
        split_row.addWidget(tool_button(act["session.split"], self))
        middle = QWidget(self)
        mid = QVBoxLayout(middle)
        mid.addWidget(self.current_label)
        mid.addWidget(self.state_label)
        mid.addLayout(top)
        mid.addWidget(screen_box)
        mid.addWidget(vote_box)
        mid.addWidget(nav_box)
        mid.addWidget(self.status)
        mid.addLayout(split_row)
        mid.addWidget(self.results, 1)

        # right: the shared screen and notes
        self.preview = StagePreview(self)
        self.preview.set_stage(self.stage)
        self.display_combo = QComboBox(self)
        self.display_combo.setObjectName("displayChoice")
        self.display_combo.setAccessibleName(self.tr("Display for the shared screen"))
        stage_row = QGridLayout()
        stage_row.addWidget(tool_button(act["session.stage"], self), 0, 0)
        stage_row.addWidget(tool_button(act["session.fullscreen"], self), 0, 1)
        stage_row.addWidget(tool_button(act["session.participant"], self), 1, 0)
        stage_row.addWidget(tool_button(act["session.set_pin"], self), 1, 1)
        self.private_notes = PrivateNotes(self.doc, self)
        self.laptop_notes = LaptopNoteEntry(self.doc, self)
        self.laptop_box = QGroupBox(self.tr("Note typed at the laptop"), self)
        QVBoxLayout(self.laptop_box).addWidget(self.laptop_notes)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(_plain(self.tr("Shared screen"), self))
        rl.addWidget(self.preview)
        display_row = QHBoxLayout()
        display_row.addWidget(_plain(self.tr("Display:"), self))
        display_row.addWidget(self.display_combo, 1)
        rl.addLayout(display_row)
        rl.addLayout(stage_row)
        rl.addWidget(self.laptop_box)
        rl.addWidget(_plain(self.tr("Private notes"), self))
        rl.addWidget(self.private_notes, 1)

        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([320, 680, 420])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)
        self._fill_displays()

    def _connect(self) -> None:
        c = self.control
        a = c.actions
        c.changed.connect(self.refresh)
        c.message.connect(self._message)
        self.doc.changed.connect(self._doc_changed)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        a["session.reset"].triggered.connect(self.confirm_reset)
        a["session.tally"].triggered.connect(self.open_tally)
        a["session.participant"].toggled.connect(self.set_participant_mode)
        a["session.stage"].toggled.connect(self.set_stage_visible)
        a["session.fullscreen"].toggled.connect(self.set_stage_fullscreen)
        a["session.split"].toggled.connect(self._split)
        a["session.set_pin"].triggered.connect(self.ask_new_pin)
        self.stage.remote.connect(self._remote)
        self.stage.leave_participant_mode.connect(lambda: c.set_participant_mode(False))
        self.stage.hidden.connect(self._sync_stage_actions)
        self.display_combo.activated.connect(self._display_chosen)

    # -- refreshing -----------------------------------------------------------------------------
    def _doc_changed(self, topic: str) -> None:
        if topic in ("ballots", "notes"):
            self._update_counter()
            self.results.schedule()
            self.preview.schedule()
        elif topic == "session":
            self.clock.reload()

    def refresh(self) -> None:
        c = self.control
        language = self.doc.workshops.get().language or "de"
        current = c.current_item()
        self.agenda.set_agenda(c.agenda, language, current)
        self.tree.expandAll()
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
        self.laptop_box.setVisible(act is not None and act.kind is ActivityKind.NOTES)
        if act is not None and act.kind is ActivityKind.NOTES:
            self.laptop_notes.set_activity(act)
        self._update_counter()
        self._apply_participant_mode(c.participant_mode)
        self.preview.schedule()

    def _update_counter(self) -> None:
        act = self.control.activity
        if act is None:
            self.counter.setText("")
            return
        n = self.control.count()
        if act.kind is ActivityKind.NOTES:
            self.counter.setText(self.tr("{n} notes").format(n=n))
        else:
            self.counter.setText(self.tr("{n} ballots").format(n=n))
        self.control.update_actions()

    def _message(self, text: str, error: bool) -> None:
        self.status.setText(("⚠ " if error else "") + text)

    # -- agenda and remote ----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        key = self.agenda.data(index, ItemRole)
        if key is not None:
            self.control.go_to(*key)

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
            self.tr("Withdraw all {n} answers of “{prompt}” and set it back to draft? The "
                    "answers stay in the file, flagged as withdrawn, and the reset is logged.")
            .format(n=self.control.count(), prompt=act.prompt))
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
        elif not self.control.participant_mode or len(displays.screens()) > 1:
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
        if on != self.control.participant_mode:
            self.control.set_participant_mode(on)

    def _apply_participant_mode(self, on: bool) -> None:
        action = self.control.actions["session.participant"]
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
        if on and self.isVisible():
            self.show_stage()
            self.stage.activateWindow()
        self._sync_stage_actions()

    def _split(self, on: bool) -> None:
        self.results.set_split(on)
        self.stage.results.set_split(on)

    # -- page life --------------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        """Actions for the shell's "Session" menu (shortcuts work while the console has focus)."""
        return self.control.menu_actions()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._stage_shown_once:
            self._fill_displays()
            self.show_stage()

    def can_close(self) -> bool:
        if self.control.participant_mode:
            QMessageBox.information(self, self.tr("Participant mode"),
                                    self.tr("Leave participant mode before closing the "
                                            "workshop."))
            return False
        return True

    def shutdown(self) -> None:
        """Save the private notes and close the shared screen (the shell closes the workshop)."""
        self.private_notes.save()
        self.stage.set_participant_mode(False)
        self.stage.close()
        # Nothing may touch the workshop after the shell closes it.
        for timer in self.findChildren(QTimer):
            timer.stop()
        for receiver in (self._doc_changed, self.control._doc_changed, self.stage._changed):
            try:
                self.doc.changed.disconnect(receiver)
            except (RuntimeError, TypeError):
                pass

    @property
    def mode(self) -> ScreenMode:
        return self.control.mode
