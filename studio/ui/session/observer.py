"""SessionSignals: the one Qt door to the core's session model.

The core's SessionModel (:mod:`studio.core.session_state`) calls its plain
Python subscribers in whatever thread committed a change: the GUI thread for
the console and the shared screen, a server thread for a later phone channel.
This QObject re-emits each event as a Qt signal; a queued connection carries it
to the GUI thread when it came from another one, so widgets only ever run in
their own thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from studio.core.session_events import (
    ActivityStateChanged,
    AgendaChanged,
    BallotCast,
    BallotsWithdrawn,
    CurrentChanged,
    NotesChanged,
    ParticipantModeChanged,
    SessionEvent,
    StageChanged,
    TallyRecorded,
    TimerChanged,
    WorkshopChanged,
)
from studio.core.session_state import SessionModel

# Events after which where the session stands (item, screen, states) is different.
STATE_EVENTS = (CurrentChanged, StageChanged, ParticipantModeChanged, ActivityStateChanged,
                AgendaChanged, WorkshopChanged)
# Events after which the answers of an activity are different.
ANSWER_EVENTS = (BallotCast, BallotsWithdrawn, TallyRecorded, NotesChanged)


class SessionSignals(QObject):
    """Qt view of the session model's events.

    Signals:
        event(object): every SessionEvent, after the model applied it (GUI thread).
        stateChanged(object): an event in STATE_EVENTS (the item, screen or a state).
        answersChanged(object): an event in ANSWER_EVENTS (ballots, tallies, notes).
        timerChanged(object): a TimerChanged event.
    """

    event = Signal(object)
    stateChanged = Signal(object)
    answersChanged = Signal(object)
    timerChanged = Signal(object)

    def __init__(self, model: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.event.connect(self._sort)
        self._unsubscribe = model.subscribe(self.event.emit)

    def _sort(self, event: SessionEvent) -> None:
        if isinstance(event, STATE_EVENTS):
            self.stateChanged.emit(event)
        elif isinstance(event, ANSWER_EVENTS):
            self.answersChanged.emit(event)
        elif isinstance(event, TimerChanged):
            self.timerChanged.emit(event)

    def close(self) -> None:
        """Stop relaying (the workshop is being closed)."""
        self._unsubscribe()
