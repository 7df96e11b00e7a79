"""The lockout of the facilitator PIN on the shared screen.

It belongs to the session, not to the PIN pad: every wrong PIN is written to
the workshop's event log, so closing the pad, opening it again or restarting
the app does not give anyone fresh tries. After each wrong PIN the pad waits
longer (1, 2, 4, 8 … seconds, at most 15 minutes), so trying all 10,000
four-digit PINs would take months; the right PIN clears the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from studio.base.errors import WriteError
from studio.core.events import log_event
from studio.core.saving import saving
from studio.store.database import WorkshopStore
from studio.store.models import Event, Workshop, utcnow

FAILED = "pin_failed"
ACCEPTED = "pin_accepted"
MAX_DELAY_S = 15 * 60.0


def delay_after(failures: int) -> float:
    """Seconds the pad waits after ``failures`` wrong PINs in a row."""
    if failures <= 0:
        return 0.0
    return min(2.0 ** min(failures - 1, 20), MAX_DELAY_S)


@dataclass(frozen=True)
class LockoutState:
    failures: int  # wrong PINs since the last right one
    locked_until: datetime | None

    def wait_s(self, now: datetime | None = None) -> float:
        """Seconds before the next PIN may be tried (0: now)."""
        if self.locked_until is None:
            return 0.0
        return max(0.0, (self.locked_until - (now or utcnow())).total_seconds())


class PinLockout:
    """Counts wrong PINs in the workshop's event log and says how long to wait."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store
        # Wrong PINs the file could not take (read-only, full): they count all the same.
        self._unwritten: list[datetime] = []

    def state(self) -> LockoutState:
        with self.store.reader() as s:
            rows = s.execute(
                select(Event.kind, Event.at).where(Event.kind.in_((FAILED, ACCEPTED)))
                .order_by(Event.seq.desc()).limit(64)).all()
        failures, last = len(self._unwritten), max(self._unwritten, default=None)
        for kind, at in rows:
            if kind == ACCEPTED:
                break
            failures += 1
            last = at if last is None else max(last, at)
        if failures == 0 or last is None:
            return LockoutState(failures, None)
        return LockoutState(failures, last + timedelta(seconds=delay_after(failures)))

    def record_failure(self, now: datetime | None = None) -> LockoutState:
        """A wrong PIN was entered: log it and return the new lockout."""
        at = now or utcnow()
        try:
            with saving(), self.store.session() as s:
                ws = s.scalar(select(Workshop))
                if ws is not None:
                    event = log_event(s, ws.id, FAILED)
                    event.at = at
        except WriteError:
            self._unwritten.append(at)
        return self.state()

    def record_success(self) -> None:
        """The right PIN was entered: the count starts again."""
        self._unwritten.clear()
        try:
            with saving(), self.store.session() as s:
                ws = s.scalar(select(Workshop))
                if ws is not None:
                    log_event(s, ws.id, ACCEPTED)
        except WriteError:
            pass  # the facilitator is in; a file that takes nothing keeps its old count


class MemoryPinLockout:
    """The same lockout without a workshop file (kept for the life of the process)."""

    def __init__(self) -> None:
        self._failures: list[datetime] = []

    def state(self) -> LockoutState:
        if not self._failures:
            return LockoutState(0, None)
        n = len(self._failures)
        return LockoutState(n, self._failures[-1] + timedelta(seconds=delay_after(n)))

    def record_failure(self, now: datetime | None = None) -> LockoutState:
        self._failures.append(now or utcnow())
        return self.state()

    def record_success(self) -> None:
        self._failures.clear()
