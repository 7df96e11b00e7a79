"""The item timer as both windows show it.

The timer's truth is in the workshop file (FacilitationService: start, pause,
extend, all persisted; each agenda item has its own). The session model reads it
once per change (TimerChanged) and counts on locally, so the display ticks
smoothly without a database read per second. Both windows show only the timer
of the item they show (:meth:`TimerClock.is_for`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from studio.core.facilitation import TimerState

TICK_MS = 250


def format_seconds(seconds: float) -> str:
    seconds = int(round(abs(seconds)))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TimerClock(QObject):
    """Local view of the persisted timer.

    Signals:
        ticked(): the displayed time changed (every quarter second while running).
    """

    ticked = Signal()

    def __init__(self, document: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.session = document.session
        self.timer = QTimer(self)
        self.timer.setObjectName("timerTick")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.ticked)
        document.session_signals.timerChanged.connect(self.reload)
        self.reload()

    @property
    def state(self) -> TimerState:
        """The timer as of now (from the session model: no database read)."""
        return self.session.timer()

    def reload(self, _event: object = None) -> None:
        """Follow the model's timer: tick while it runs."""
        if self.state.running:
            self.timer.start()
        else:
            self.timer.stop()
        self.ticked.emit()

    def elapsed(self) -> float:
        return self.state.elapsed_s

    def remaining(self) -> float | None:
        state = self.state
        if state.limit_s <= 0:
            return None
        return state.limit_s - state.elapsed_s

    def is_for(self, item_id: str | None) -> bool:
        return item_id is not None and self.state.item_id == item_id

    def text(self) -> str:
        """mm:ss left (or counted up without a timebox); a leading + when over time."""
        remaining = self.remaining()
        if remaining is None:
            return format_seconds(self.elapsed())
        if remaining < 0:
            return "+" + format_seconds(remaining)
        return format_seconds(remaining)

    def over(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining < 0
