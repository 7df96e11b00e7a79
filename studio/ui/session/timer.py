"""The item timer as both windows show it.

The timer's truth is in the workshop file (FacilitationService: start, pause,
extend, all persisted). TimerClock reads it once per change and then counts
locally, so the display ticks smoothly without a database read per second.
"""

from __future__ import annotations

import time
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
        self.state = TimerState(None, 0.0, 0.0, False)
        self._read_at = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setObjectName("timerTick")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.ticked)
        self.reload()

    def reload(self) -> None:
        self.state = self.doc.facilitation.timer()
        self._read_at = time.monotonic()
        if self.state.running:
            self.timer.start()
        else:
            self.timer.stop()
        self.ticked.emit()

    def elapsed(self) -> float:
        extra = time.monotonic() - self._read_at if self.state.running else 0.0
        return self.state.elapsed_s + extra

    def remaining(self) -> float | None:
        if self.state.limit_s <= 0:
            return None
        return self.state.limit_s - self.elapsed()

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
