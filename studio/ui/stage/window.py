"""StageWindow: the shared screen (projector, touch screen, passed-around mouse).

Shows what the session model (``document.session``) says: the scenario card,
the current activity with the participant flow, revealed results, the notes
board, or nothing (black). It observes the model's events; it never reads the
session state by itself. Type size follows the window height. Presentation
remote keys and kiosk safety are handled by :class:`StageGuard`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from studio.ui.stage.join_view import JoinInfo, JoinView

from studio.core.kinds import ActivityState, ScreenMode
from studio.core.session_events import SessionEvent, WorkshopChanged
from studio.ui.i18n import STAGE_LANGUAGE, StageLanguageMixin, retranslate_children
from studio.ui.stage import style as stage_style
from studio.ui.canvas.focus import CLUSTER, stage_focus
from studio.ui.stage.answer_base import ElidedLabel, plain_label
from studio.ui.stage.card_view import StageCardView
from studio.ui.stage.kiosk import PinDialog, PinStore, StageGuard
from studio.ui.stage.participant import ParticipantFlow
from studio.ui.widgets.results_view import ResultsView
from studio.ui.widgets.agenda_spec import ActivitySpec, ScenarioSpec, card_title
from studio.ui.stage.tiles import TileButton
from studio.ui.widgets.timer import TimerClock
from studio.ui.theme import current_theme

log = logging.getLogger(__name__)


class StageWindow(StageLanguageMixin, QWidget):
    """The shared-screen window.

    It speaks the workshop's language (``Workshop.language``), not the app's:
    everything on it translates with that language (:mod:`studio.ui.i18n`), and
    follows at once when the workshop's language changes.

    Signals:
        remote(str): "next", "previous" or "blank" from presentation-remote keys.
        leave_participant_mode(): the facilitator PIN was entered on the stage.
        hidden(): the window was hidden or closed (outside participant mode).
        console_message(str, bool): a line for the console (a failed save, ballots
            too fast, a wrong PIN) and whether it is a warning.
    """

    remote = Signal(str)
    leave_participant_mode = Signal()
    hidden = Signal()
    console_message = Signal(str, bool)

    def __init__(self, document: Any, clock: TimerClock, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stageRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.doc = document
        self.clock = clock
        self.pins = PinStore()
        self.pin_dialog: PinDialog | None = None
        self.session = document.session
        self.participant_mode = False
        # Set before any child is made: every text on this window is in this language.
        self.language = self.session.language
        self.setProperty(STAGE_LANGUAGE, self.language)
        self._built = False
        self._base = 0
        self.board = None
        self.dots = None

        self.top = QWidget(self)
        self.scenario_label = ElidedLabel("", "small", self.top)
        self.scenario_label.setObjectName("stageScenario")
        self.timer_label = plain_label("", "timer", self.top, wrap=False)
        self.timer_label.setObjectName("stageTimer")
        top = QHBoxLayout(self.top)
        top.addWidget(self.scenario_label, 1)
        top.addWidget(self.timer_label)

        self.stack = QStackedWidget(self)
        # Pages are made on this window (the stack takes them over), so that they
        # speak its language from their first text on.
        self.card = StageCardView(self)  # fits itself to the screen: no scrolling on a projector
        self.card_page = self.card
        self.flow = ParticipantFlow(document, self)
        self.flow.console_message.connect(self.console_message)
        self.results_page = QWidget(self)
        self.results_title = plain_label("", "h1", self.results_page)
        self.results_title.setObjectName("resultsTitle")
        self.results_hidden = plain_label("", "h2", self.results_page)
        self.results_hidden.setObjectName("resultsHidden")
        self.results = ResultsView(document, self.results_page, stage=True)
        rl = QVBoxLayout(self.results_page)
        rl.addWidget(self.results_title)
        rl.addWidget(self.results_hidden)
        rl.addWidget(self.results, 1)
        self.board_page = QWidget(self)
        self.board_layout = QVBoxLayout(self.board_page)
        self.dots_page = QWidget(self)
        self.dots_layout = QVBoxLayout(self.dots_page)
        self.blank_page = QWidget(self)
        self.blank_page.setObjectName("stageBlank")
        self.blank_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank_page.setStyleSheet("#stageBlank { background: #000000; }")
        self.message_page = plain_label("", "h1")
        self.message_page.setObjectName("stageMessage")
        self.message_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_page = JoinView(self)
        self.join_info: JoinInfo | None = None
        for page in (self.card_page, self.flow, self.results_page, self.board_page,
                     self.dots_page, self.blank_page, self.message_page, self.join_page):
            self.stack.addWidget(page)

        self.bottom = QWidget(self)
        self.mode_label = plain_label("", "small", self.bottom, wrap=False)
        self.mode_label.setObjectName("stageModeLabel")
        self.lock_button = TileButton("", self.bottom, align=Qt.AlignmentFlag.AlignCenter)
        self.lock_button.setObjectName("leaveParticipantMode")
        self.lock_button.clicked.connect(self.ask_pin)
        self._retranslate_texts()
        bottom = QHBoxLayout(self.bottom)
        bottom.addWidget(self.mode_label, 1)
        bottom.addWidget(self.lock_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        # The type scales with the window: a minimum size taken from the text at one
        # size would stop the window from shrinking onto a smaller display.
        root.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        root.addWidget(self.top)
        root.addWidget(self.stack, 1)
        root.addWidget(self.bottom)

        self.guard = StageGuard(self, self.is_answering)
        self.guard.remote.connect(self._on_remote)
        signals = document.session_signals
        signals.stateChanged.connect(self._state_changed)
        signals.answersChanged.connect(self._answers_changed)
        # The top line over the board names the cluster shown large (or the whole board).
        stage_focus(document).changed.connect(self._board_changed)
        document.changed.connect(self._board_changed)
        clock.ticked.connect(self._update_timer)
        self.theme = ""
        self.stage_palette = stage_style.LIGHT
        self._theme_timer = QTimer(self)
        self._theme_timer.setObjectName("stageThemeTimer")
        self._theme_timer.setSingleShot(True)
        self._theme_timer.timeout.connect(self.follow_theme)
        self.resize(1280, 720)
        self.follow_theme()
        self._built = True
        self.reload()

    # -- language ---------------------------------------------------------------------------
    def _retranslate_texts(self) -> None:
        self.setWindowTitle(self.tr("Shared screen"))
        self.results_hidden.setText(
            self.tr("The results are shown once the facilitator reveals them."))
        self.lock_button.setText(self.tr("Facilitator"))
        self.lock_button.setAccessibleName(self.tr("Facilitator: leave participant mode (PIN)"))
        self.lock_button.setAccessibleDescription(self.tr(
            "Only for the facilitator: asks for the PIN."))

    def retranslate(self) -> None:
        self._retranslate_texts()
        if self._built:
            self._show()

    def set_language(self, language: str) -> bool:
        """Speak ``language`` on the whole shared screen; True if it changed.

        The app's language (View → Language) never changes it: the widgets here
        translate with their own translators, which a LanguageChange leaves alone.
        """
        language = language if language in ("de", "en") else "de"
        if language == self.language and self.property(STAGE_LANGUAGE) == language:
            return False
        self.language = language
        self.setProperty(STAGE_LANGUAGE, language)
        return True

    # -- state (read from the session model) ---------------------------------------------------
    @property
    def agenda(self) -> tuple[ScenarioSpec, ...]:
        return self.session.agenda

    @property
    def scenario(self) -> ScenarioSpec | None:
        return self.session.scenario

    @property
    def activity(self) -> ActivitySpec | None:
        return self.session.activity

    @property
    def mode(self) -> ScreenMode:
        return self.session.mode

    def _state_changed(self, event: SessionEvent) -> None:
        if not self.doc.closed:
            self.reload(workshop=isinstance(event, WorkshopChanged))

    def _answers_changed(self, _event: SessionEvent) -> None:
        if not self.doc.closed and self.stack.currentWidget() is self.results_page:
            self.results.schedule_answers()

    def reload(self, workshop: bool = True) -> None:
        """Show where the session model says the session stands."""
        if workshop:
            changed = self.set_language(self.session.language)
            self.flow.reload_workshop()
            if changed:
                retranslate_children(self)
                self._retranslate_texts()
        self.set_participant_mode(self.session.participant_mode)
        self._show()

    def current_item_id(self) -> str | None:
        return self.session.current_item_id()

    def set_join(self, info: JoinInfo | None) -> None:
        """Show how to join on a phone over whatever the screen shows (None: stop)."""
        self.join_info = info
        self.join_page.set_info(info)
        self._show()

    def _show(self) -> None:
        if self.join_info is not None:
            self.top.setVisible(False)
            self.bottom.setVisible(True)
            self._set_margins()
            self.flow.set_activity(None)
            self.stack.setCurrentWidget(self.join_page)
            self.mode_label.setText("")
            return
        blank = self.mode is ScreenMode.BLANK
        self.top.setVisible(not blank)
        self.bottom.setVisible(not blank)
        self._set_margins()  # blank: the black page fills the window, no border
        self._show_top_line()
        if self.mode is not ScreenMode.ACTIVITY:
            self.flow.set_activity(None)
        if self.mode is not ScreenMode.RESULTS:
            self.results.set_activity(None)
        if blank:
            self.stack.setCurrentWidget(self.blank_page)
        elif self.mode is ScreenMode.CARD:
            if self.scenario is None:
                self._message(self.tr("Welcome!"))
            else:
                self.card.show_card(self.scenario.card, self.language)
                self.stack.setCurrentWidget(self.card_page)
        elif self.mode is ScreenMode.ACTIVITY:
            if self.activity is None:
                self._message(self.tr("No activity selected."))
            else:
                self.flow.set_activity(self.activity)
                self.stack.setCurrentWidget(self.flow)
        elif self.mode is ScreenMode.RESULTS:
            self._show_results()
        elif self.mode is ScreenMode.BOARD:
            self._show_board()
        elif self.mode is ScreenMode.DOTS:
            self._show_dots()
        self._update_timer()
        self.mode_label.setText(self.tr("Participant mode") if self.participant_mode else "")

    def _show_top_line(self) -> None:
        """The line above the page: the current scenario, or on the board what it shows.

        The board and dot voting show the notes of every scenario, so the current
        scenario's title there would mislabel them.
        """
        if self.mode in (ScreenMode.BOARD, ScreenMode.DOTS):
            text = self._board_title()
        else:
            text = card_title(self.scenario.card, self.language) if self.scenario else ""
        self.scenario_label.setText(text)
        # The card shows its title itself: the line above it would only repeat it.
        self.scenario_label.setVisible(self.mode is not ScreenMode.CARD)

    def _board_title(self) -> str:
        focus = stage_focus(self.doc).focus
        if self.mode is ScreenMode.BOARD and focus.kind == CLUSTER:
            name = next((c.name for c in self.doc.notes.clusters() if c.id == focus.key), "")
            return name or self.tr("Unnamed cluster")
        return self.tr("Notes board – all scenarios")

    def _board_changed(self, topic: str = "notes") -> None:
        """Another cluster shown large, or a renamed one: the top line follows."""
        if topic == "notes" and not self.doc.closed and self.mode is ScreenMode.BOARD:
            self._show_top_line()

    def _message(self, text: str) -> None:
        self.message_page.setText(text)
        self.stack.setCurrentWidget(self.message_page)

    def _show_results(self) -> None:
        act = self.activity
        if act is None:
            self._message(self.tr("No activity selected."))
            return
        self.results_title.setText(act.prompt)
        revealed = act.state is ActivityState.REVEALED
        self.results_hidden.setVisible(not revealed)
        self.results.setVisible(revealed)
        self.results.set_activity(act if revealed else None)
        self.stack.setCurrentWidget(self.results_page)

    def _show_board(self) -> None:
        if self.board is None:
            try:
                from studio.ui.stage.board_views import BoardStageView

                self.board = BoardStageView(self.doc, self.board_page)
            except Exception:  # noqa: BLE001 - any failure: say so instead of crashing
                log.exception("the shared screen cannot show the notes board")
                self.board = plain_label(self.tr("The notes board is not available."), "h1",
                                         self.board_page)
                self.board.setObjectName("boardUnavailable")
            self.board_layout.addWidget(self.board)
        self.stack.setCurrentWidget(self.board_page)

    def _show_dots(self) -> None:
        """Participants place their dots, one person after another (the board's stage view)."""
        if self.dots is None:
            try:
                from studio.ui.stage.board_views import DotVotingStageView

                self.dots = DotVotingStageView(self.doc, self.dots_page)
            except Exception:  # noqa: BLE001 - any failure: say so instead of crashing
                log.exception("the shared screen cannot show dot voting")
                self.dots = plain_label(self.tr("Dot voting is not available."), "h1",
                                        self.dots_page)
                self.dots.setObjectName("dotsUnavailable")
            self.dots_layout.addWidget(self.dots)
        self.stack.setCurrentWidget(self.dots_page)

    def _update_timer(self) -> None:
        item = self.current_item_id()
        clock = self.clock
        show = (self.mode is not ScreenMode.BLANK and clock.is_for(item)
                and (clock.state.running or clock.elapsed() > 0))
        self.timer_label.setVisible(show)
        if not show:
            return
        if clock.over():
            self.timer_label.setText(self.tr("Time is up: {time} over").format(
                time=clock.text().lstrip("+")))
            self.timer_label.setProperty("role", "error")
        elif clock.remaining() is not None:
            self.timer_label.setText(self.tr("{time} left").format(time=clock.text()))
            self.timer_label.setProperty("role", "timer")
        else:
            self.timer_label.setText(clock.text())
            self.timer_label.setProperty("role", "timer")
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)

    # -- participant mode and the PIN --------------------------------------------------------
    def set_participant_mode(self, on: bool) -> None:
        self.participant_mode = on
        self.guard.participant_mode = on
        self.lock_button.setVisible(on)
        if not on and self.pin_dialog is not None:
            self.pin_dialog.reject()

    def is_answering(self) -> bool:
        return self.mode is ScreenMode.ACTIVITY and self.flow.page_name() != "closed"

    def ask_pin(self) -> None:
        if not self.participant_mode:
            return
        dialog = PinDialog(self.pins, self, lockout=self.doc.pin_lockout)
        dialog.accepted.connect(self.leave_participant_mode)
        dialog.console_message.connect(self.console_message)
        dialog.finished.connect(lambda _r: setattr(self, "pin_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()

    # -- window --------------------------------------------------------------------------------
    def _on_remote(self, command: str) -> None:
        if command == "fullscreen_on":
            self.showFullScreen()
        elif command == "fullscreen_off":
            self.showNormal()
        else:
            self.remote.emit(command)

    def place(self, screen: QScreen | None, full_screen: bool) -> None:
        """Show on ``screen`` (None: the console's display, as an ordinary window)."""
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
            if screen is None:
                primary = QGuiApplication.primaryScreen()
                if primary is not None:
                    avail = primary.availableGeometry()
                    self.resize(QSize(min(1280, avail.width() * 3 // 4),
                                      min(720, avail.height() * 3 // 4)))
        self.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.participant_mode:
            # Kiosk: nobody at the shared screen closes it (Alt+F4, window buttons).
            event.ignore()
            self.guard.blocked += 1
            return
        event.accept()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.hidden.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_scale()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            # apply_theme() sets the palette first and names the theme after it.
            self._theme_timer.start(0)
        return super().event(event)

    def follow_theme(self) -> None:
        """Take the colours of the app's current theme (View → Theme)."""
        app = QApplication.instance()
        name = current_theme(app) if app is not None else "light"
        if name == self.theme:
            return
        self.theme = name
        self.stage_palette = stage_style.palette_named(name)
        self.setPalette(stage_style.qt_palette(self.stage_palette))
        self._apply_scale(force=True)
        self.card.refresh_colors()
        for view in (self.board, self.dots):  # the board's stage views
            if hasattr(view, "apply_palette"):
                view.apply_palette(self.stage_palette)
        for widget in self.findChildren(QWidget):
            widget.update()

    def _set_margins(self) -> None:
        margin = 0 if self.mode is ScreenMode.BLANK else self._base
        self.stack.setContentsMargins(margin, margin // 2, margin, margin // 2)

    def _apply_scale(self, force: bool = False) -> None:
        base = stage_style.base_px(self.height(), self.width())
        if base == self._base and not force:
            return
        self._base = base
        self.setStyleSheet(stage_style.stylesheet(base, self.stage_palette))
        self.results.set_font_px(base)
        self.results.set_colors(self.stage_palette.chart, self.stage_palette.background)
        self.card.set_base(base)
        margin = base
        self._set_margins()
        self.top.layout().setContentsMargins(margin, margin // 2, margin, 0)
        self.bottom.layout().setContentsMargins(margin, 0, margin, margin // 2)
