"""SessionController: the facilitator's actions, each a service call.

Every action writes the session state through FacilitationService (so a
restarted app continues exactly there); the service announces the change to the
session model (``document.session``), which every window observes. Where the
session stands is read from that model, never reloaded here. The QActions live
here so the console's buttons, the shell's "Session" menu and the shortcuts
share one definition.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from studio.base.errors import StudioError
from studio.core.kinds import ActivityState, ScreenMode, Source
from studio.core.kinds.registry import kind_of
from studio.core.session_events import BallotCast, SessionEvent
from studio.core.session_state import ActivityCounts
from studio.ui.actions import make_action, retranslate_action
from studio.ui.widgets.agenda_spec import ActivitySpec, ScenarioSpec

EXTEND_S = 60


PHONE_COUNTS_MS = 100


class SessionController(QObject):
    """Runs the session. Owns the QActions (by id in ``actions``).

    Signals:
        message(str, bool): a line for the console's status; True for an error.
        changed(): the agenda, the current item or its state changed.
        counted(): the answers of an activity changed (ballot, tally, note, withdrawal).
        about_to_act(str): an action (its id) is triggered, before it runs.
    """

    message = Signal(str, bool)
    changed = Signal()
    counted = Signal()
    about_to_act = Signal(str)

    def __init__(self, document: Any, owner: QWidget) -> None:
        super().__init__(owner)
        self.doc = document
        self.owner = owner
        self.session = document.session
        self._speaker = None  # created on first use: most workshops never read aloud
        self.spoken = ""  # the last text sent to the speaker (shown to tests and the log)
        self._before_blank: ScreenMode | None = None
        self.actions: dict[str, QAction] = {}
        self._last_message: tuple[Callable[[], str], bool] | None = None
        self._make_actions()
        # Phones answer in bursts (a room of 300 at once): the counters follow them at
        # most ten times a second; an answer given here or on the shared screen shows at once.
        self._phone_answers = QTimer(self)
        self._phone_answers.setSingleShot(True)
        self._phone_answers.setInterval(PHONE_COUNTS_MS)
        self._phone_answers.timeout.connect(self._answers_changed)
        signals = document.session_signals
        signals.stateChanged.connect(self._state_changed)
        signals.answersChanged.connect(self._answers_changed)
        self._state_changed()

    # -- actions --------------------------------------------------------------------------
    def _action(self, action_id: str, slot: Callable[[], object] | None = None) -> QAction:
        """The QAction of ``action_id``, built from the registry (text, keys, scope)."""
        action = make_action(action_id, self.owner)
        # First: the console may bring the selected agenda item (before the slot runs).
        action.triggered.connect(lambda _checked=False: self.about_to_act.emit(action_id))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.owner.addAction(action)
        self.actions[action_id] = action
        return action

    def _make_actions(self) -> None:
        a = self._action
        a("session.previous", lambda: self.step(-1))
        a("session.next", lambda: self.step(+1))
        a("session.show_card", lambda: self.show(ScreenMode.CARD))
        a("session.show_activity", lambda: self.show(ScreenMode.ACTIVITY))
        a("session.show_results", lambda: self.show(ScreenMode.RESULTS))
        a("session.show_board", lambda: self.show(ScreenMode.BOARD))
        a("session.show_dots", lambda: self.show(ScreenMode.DOTS))
        a("session.blank", self.toggle_blank)
        a("session.open", self.open_voting)
        a("session.close", self.close_voting)
        a("session.reveal", self.reveal)
        a("session.undo_ballot", self.undo_ballot)
        a("session.timer", self.toggle_timer)
        a("session.timer_extend", self.extend_timer)
        a("session.timer_reset", self.reset_timer)
        a("session.read_aloud", self.read_aloud)
        # The page connects these: they open dialogs or act on the shared-screen window.
        for action_id in ("session.reset", "session.tally", "session.participant",
                          "session.stage", "session.fullscreen", "session.fullscreen_off",
                          "session.split", "session.set_pin", "session.phones",
                          "session.join_screen", "session.lock_joins", "session.phone_results",
                          "session.phone_settings"):
            a(action_id)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the actions' texts in the app's language (from the action registry)."""
        for action in self.actions.values():
            retranslate_action(action)

    def repeat_message(self) -> None:
        """Say the last status line again (in the language now installed)."""
        if self._last_message is not None:
            say, error = self._last_message
            self.message.emit(say(), error)

    def _say(self, say: Callable[[], str], error: bool = False) -> None:
        """Emit a status line; it is said again in the new language after a switch."""
        self._last_message = (say, error)
        self.message.emit(say(), error)

    def menu_actions(self) -> list[QAction]:
        order = ["session.previous", "session.next", None, "session.show_card",
                 "session.show_activity", "session.show_results", "session.show_board",
                 "session.show_dots", "session.blank", None, "session.open", "session.close", "session.reveal",
                 "session.undo_ballot", "session.tally", "session.reset", None,
                 "session.timer", "session.timer_extend", "session.timer_reset", None,
                 "session.stage", "session.fullscreen", "session.fullscreen_off", "session.participant",
                 "session.set_pin", "session.split", None, "session.phones",
                 "session.join_screen", "session.lock_joins", "session.phone_results",
                 "session.phone_settings", None, "session.read_aloud"]
        result = []
        for action_id in order:
            if action_id is None:
                sep = QAction(self.owner)
                sep.setSeparator(True)
                result.append(sep)
            else:
                result.append(self.actions[action_id])
        return result

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

    @property
    def participant_mode(self) -> bool:
        return self.session.participant_mode

    def _state_changed(self, _event: SessionEvent | None = None) -> None:
        if self.doc.closed:
            return
        if self.mode is not ScreenMode.BLANK:
            self._before_blank = self.mode
        elif self._before_blank is None:  # opened blank: go back to the current item
            self._before_blank = ScreenMode.ACTIVITY if self.activity else ScreenMode.CARD
        self.update_actions()
        self.changed.emit()

    def _answers_changed(self, event: SessionEvent | None = None) -> None:
        if self.doc.closed:
            return
        if isinstance(event, BallotCast) and event.source == Source.PHONE.value:
            if not self._phone_answers.isActive():
                self._phone_answers.start()
            return
        self.update_actions()
        self.counted.emit()

    def items(self) -> list[tuple[str, str | None]]:
        """The agenda in running order: each scenario (its card), then its activities."""
        return self.session.items()

    def current_item(self) -> tuple[str, str | None] | None:
        return self.session.current_item()

    def counts(self) -> ActivityCounts:
        """People per channel for the current activity (notes for a notes activity)."""
        return self.session.counts()

    def count(self) -> int:
        """The n of the current activity, as its results show it (notes: its notes)."""
        return self.counts().n if self.activity is not None else 0

    def update_actions(self) -> None:
        act = self.activity
        state = act.state if act else None
        items = self.items()
        current = self.current_item()
        index = items.index(current) if current in items else -1
        counts = self.counts() if act is not None else None
        en = {
            "session.previous": index > 0,
            "session.next": index < len(items) - 1,
            "session.show_activity": act is not None,
            "session.show_results": act is not None,
            "session.open": act is not None and state is not ActivityState.OPEN,
            "session.close": state is ActivityState.OPEN,
            "session.reveal": state in (ActivityState.OPEN, ActivityState.CLOSED),
            "session.undo_ballot": counts is not None and not kind_of(act.kind).collects_notes
            and counts.ballots > 0,
            "session.reset": counts is not None and (state is not ActivityState.DRAFT
                                                     or counts.n > 0),
            "session.tally": act is not None and kind_of(act.kind).takes_tally,
            "session.timer": current is not None,
            "session.timer_extend": current is not None,
            "session.timer_reset": current is not None,
        }
        for action_id, enabled in en.items():
            self.actions[action_id].setEnabled(enabled)
        for action_id, checked in (("session.blank", self.mode is ScreenMode.BLANK),
                                   ("session.participant", self.participant_mode)):
            action = self.actions[action_id]
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)

    # -- doing ------------------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> bool:
        """Do ``work`` (service calls; they announce their changes); say why if refused."""
        try:
            work()
        except StudioError as err:
            self._say(err.user_message, True)
            return False
        return True

    def go_to(self, scenario_id: str, activity_id: str | None) -> None:
        mode = ScreenMode.CARD if activity_id is None else ScreenMode.ACTIVITY

        def work() -> None:
            self.doc.facilitation.set_current(scenario_id, activity_id)
            self.doc.facilitation.set_screen_mode(mode)

        self._run(work)

    def step(self, delta: int) -> None:
        items = self.items()
        if not items:
            return
        current = self.current_item()
        index = items.index(current) if current in items else (-1 if delta > 0 else len(items))
        target = max(0, min(len(items) - 1, index + delta))
        if target != index:
            self.go_to(*items[target])

    def show(self, mode: ScreenMode) -> None:
        self._run(lambda: self.doc.facilitation.set_screen_mode(mode))

    def read_aloud(self) -> None:
        """Read the card, or the question shown, aloud in the workshop's language."""
        from studio.core.read_aloud import activity_speech, card_speech
        from studio.ui.speech import Speaker

        if self.scenario is None:
            self._say(lambda: self.tr("Choose a scenario first."), True)
            return
        language = self.doc.workshops.get().language
        if self.mode in (ScreenMode.ACTIVITY, ScreenMode.RESULTS) and self.activity is not None:
            act = self.activity
            text = activity_speech(act.kind, act.prompt, [label for _, label in act.options],
                                   act.settings, language)
        else:
            text = card_speech(self.scenario.card, language)
        if self._speaker is None:
            self._speaker = Speaker(self)
        if self._speaker.say(text, language):
            self._say(lambda: self.tr("Reading aloud…"))
        else:
            speaker = self._speaker
            self._say(lambda: self.tr("Read-aloud is not available: {reason}").format(
                reason=speaker.unavailable_reason(language)), True)
        self.spoken = text

    def toggle_blank(self) -> None:
        if self.mode is ScreenMode.BLANK:
            self.show(self._before_blank or ScreenMode.CARD)
        else:
            self._before_blank = self.mode
            self.show(ScreenMode.BLANK)

    def open_voting(self) -> None:
        act = self.activity
        if act is None:
            return

        def work() -> None:
            self.doc.facilitation.open_voting(act.id)
            self.doc.facilitation.set_screen_mode(ScreenMode.ACTIVITY)

        if self._run(work):
            self._say(lambda: self.tr("Voting is open."))

    def close_voting(self) -> None:
        if self.activity is not None and self._run(
                lambda: self.doc.facilitation.close_voting(self.activity.id)):
            self._say(lambda: self.tr("Voting is closed."))

    def reveal(self) -> None:
        act = self.activity
        if act is None:
            return

        def work() -> None:
            self.doc.facilitation.reveal(act.id)
            self.doc.facilitation.set_screen_mode(ScreenMode.RESULTS)

        if self._run(work):
            self._say(lambda: self.tr("Results are shown on the shared screen."))

    def reset_activity(self) -> int:
        act = self.activity
        if act is None:
            return 0
        withdrawn: list[int] = []
        if self._run(lambda: withdrawn.append(self.doc.facilitation.reset(act.id))):
            n = withdrawn[0]
            self._say(lambda: self.tr("The activity was reset; %n ballot(s) withdrawn "
                                      "(kept in the file and the event log).", "", n))
            return withdrawn[0]
        return 0

    def undo_ballot(self) -> None:
        act = self.activity
        if act is None:
            return
        found: list[str | None] = []
        if self._run(lambda: found.append(self.doc.ballots.withdraw_last_ballot(act.id))):
            withdrawn = bool(found[0])
            self._say(lambda: self.tr("The last ballot was withdrawn.") if withdrawn
                      else self.tr("There is no ballot to withdraw."))

    def current_item_id(self) -> str | None:
        return self.session.current_item_id()

    def toggle_timer(self) -> None:
        item = self.current_item_id()
        if item is None:
            return
        timer = self.session.timer()
        if timer.running and timer.item_id == item:
            self._run(self.doc.facilitation.pause_timer)
        else:
            self._run(lambda: self.doc.facilitation.start_timer(item))

    def extend_timer(self) -> None:
        item = self.current_item_id()
        if item is None:
            return
        if self.session.timer().item_id != item:
            # Extending another item's timer would be invisible: start this one, paused.
            def work() -> None:
                self.doc.facilitation.start_timer(item)
                self.doc.facilitation.pause_timer()
                self.doc.facilitation.extend_timer(EXTEND_S)

            self._run(work)
        else:
            self._run(lambda: self.doc.facilitation.extend_timer(EXTEND_S))

    def reset_timer(self) -> None:
        self._run(self.doc.facilitation.reset_timer)

    def set_participant_mode(self, on: bool) -> None:
        self._run(lambda: self.doc.facilitation.set_participant_mode(on))
