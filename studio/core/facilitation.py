"""FacilitationService: activity states, what the shared screen shows, the timer.

All session state lives in the workshop file, so a restarted app continues
exactly where it stopped. Every action is written to the event log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from studio.core.ballots import BallotService
from studio.base.errors import NotFoundError, StateError
from studio.core.events import log_event
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core import read_models as rm
from studio.core.kinds import ActivityState, ScreenMode
from studio.core.session_events import (
    ActivityStateChanged,
    BallotsWithdrawn,
    CurrentChanged,
    ParticipantModeChanged,
    StageChanged,
    TimerChanged,
    session_events,
)
from studio.store.database import WorkshopStore
from studio.store.models import (
    Activity,
    Ballot,
    Event,
    Scenario,
    SessionState,
    Workshop,
    utcnow,
)

# Allowed transitions: draft → open → closed → revealed; closed/revealed may reopen.
_TRANSITIONS = {
    ActivityState.OPEN: {ActivityState.DRAFT, ActivityState.CLOSED, ActivityState.REVEALED},
    ActivityState.CLOSED: {ActivityState.OPEN},
    ActivityState.REVEALED: {ActivityState.CLOSED, ActivityState.OPEN},
}


@dataclass(frozen=True)
class TimerState:
    item_id: str | None
    elapsed_s: float
    limit_s: float  # timebox plus extensions; 0 = no timebox
    running: bool

    @property
    def remaining_s(self) -> float | None:
        return None if self.limit_s <= 0 else self.limit_s - self.elapsed_s


# The event that keeps an item's timer while another item is current.
TIMER_STORED = "timer_stored"
# The event a clean close of the console leaves; its absence after a session means a crash.
SESSION_CLOSED = "session_closed"


class FacilitationService:
    """Changes the live session and announces each change on the store's event hub
    (:func:`studio.core.session_events.session_events`) once it is committed."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store
        self.events = session_events(store)

    # -- state of the live session -------------------------------------------
    def state(self) -> rm.SessionState:
        """Where the session stands, as a frozen read model."""
        with self.store.reader() as s:
            st = s.scalar(select(SessionState))
            if st is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
            return rm.SessionState.from_row(st)

    def _state(self, s) -> SessionState:
        st = s.scalar(select(SessionState))
        if st is None:
            ws = s.scalar(select(Workshop))
            if ws is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
            st = SessionState(workshop_id=ws.id)
            s.add(st)
            s.flush()
        return st

    def set_current(self, scenario_id: str | None, activity_id: str | None = None,
                    now: datetime | None = None) -> None:
        """Go to an agenda item. The timer of the item left is paused and kept; the item
        gone to gets its own timer back (running again if it ran when it was left)."""
        now = now or utcnow()
        with self.store.session() as s:
            st = self._state(s)
            if activity_id is not None:
                act = s.get(Activity, activity_id)
                if act is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "That activity no longer exists.")
                    )
                scenario_id = act.scenario_id
            elif scenario_id is not None and s.get(Scenario, scenario_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That scenario no longer exists."))
            before = (st.current_scenario_id, st.current_activity_id)
            st.current_scenario_id = scenario_id
            st.current_activity_id = activity_id
            st.updated_at = utcnow()
            log_event(s, st.workshop_id, "current_changed", activity_id, scenario_id=scenario_id)
            item = activity_id or scenario_id
            left = st.timer_item_id
            timer_switched = ((scenario_id, activity_id) != before and left != item
                              and self._switch_timer(s, st, item, now))
        if timer_switched:
            for timed in dict.fromkeys((left, item)):
                if timed is not None:
                    self.events.emit(TimerChanged(timed))
        self.events.emit(CurrentChanged(scenario_id, activity_id))

    def set_screen_mode(self, mode: ScreenMode | str) -> None:
        mode = ScreenMode(mode)
        with self.store.session() as s:
            st = self._state(s)
            st.screen_mode = mode.value
            st.updated_at = utcnow()
            log_event(s, st.workshop_id, "screen_mode", st.current_activity_id, mode=mode.value)
        self.events.emit(StageChanged(mode.value))

    # -- what the board on the shared screen shows ------------------------------
    BOARD_FOCUS_KINDS = ("board", "cluster", "category", "notes")

    def set_board_focus(self, kind: str, key: str = "",
                        note_ids: list[str] | tuple[str, ...] = ()) -> None:
        """Record what the shared screen's board shows (the whole board, one cluster,
        one category or chosen notes), so a restart shows it again. Kept in the event
        log, whose latest such entry is the current choice."""
        if kind not in self.BOARD_FOCUS_KINDS:
            raise ValueError(f"unknown board focus {kind!r}")
        with self.store.session() as s:
            st = self._state(s)
            log_event(s, st.workshop_id, "board_focus", None, focus=kind, key=str(key or ""),
                      note_ids=[str(n) for n in note_ids])

    def board_focus(self) -> dict | None:
        """The latest recorded board focus ({"focus", "key", "note_ids"}), or None."""
        with self.store.reader() as s:
            payload = s.scalar(select(Event.payload).where(Event.kind == "board_focus")
                               .order_by(Event.seq.desc()).limit(1))
        if not isinstance(payload, dict) or payload.get("focus") not in self.BOARD_FOCUS_KINDS:
            return None
        return payload

    def set_participant_mode(self, on: bool) -> None:
        with self.store.session() as s:
            st = self._state(s)
            st.participant_mode = bool(on)
            log_event(s, st.workshop_id, "participant_mode", st.current_activity_id, on=bool(on))
        self.events.emit(ParticipantModeChanged(bool(on)))

    # -- activity states ----------------------------------------------------
    def _transition(self, activity_id: str, target: ActivityState, kind: str) -> None:
        with self.store.session() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            current = ActivityState(act.state)
            if current is target:
                return
            if current not in _TRANSITIONS[target]:
                raise StateError(
                    QT_TRANSLATE_NOOP("Errors", "The activity is {state}; that step is not possible now."),
                    state=current.label,
                )
            act.state = target.value
            log_event(s, act.workshop_id, kind, act.id, previous=current.value)
        self.events.emit(ActivityStateChanged(activity_id, target.value))

    def open_voting(self, activity_id: str) -> None:
        self._transition(activity_id, ActivityState.OPEN, "voting_opened")

    def close_voting(self, activity_id: str) -> None:
        self._transition(activity_id, ActivityState.CLOSED, "voting_closed")

    def reveal(self, activity_id: str) -> None:
        """Show results on the shared screen (closes voting first if it is open)."""
        act_state = ActivityState(self._get(activity_id).state)
        if act_state is ActivityState.OPEN:
            self.close_voting(activity_id)
        elif act_state is ActivityState.DRAFT:
            raise StateError(QT_TRANSLATE_NOOP("Errors", "Open voting before revealing results."))
        self._transition(activity_id, ActivityState.REVEALED, "results_revealed")

    def reset(self, activity_id: str) -> int:
        """Withdraw every answer and set the activity back to draft. Returns ballots withdrawn.

        Nothing is deleted: withdrawn ballots stay in the file, flagged, and the
        reset is in the event log.
        """
        with self.store.session() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            n = BallotService(self.store).withdraw_all(s, activity_id)
            previous = act.state
            act.state = ActivityState.DRAFT.value
            log_event(s, act.workshop_id, "activity_reset", act.id, previous=previous, ballots=n)
        self.events.emit(BallotsWithdrawn(activity_id))
        self.events.emit(ActivityStateChanged(activity_id, ActivityState.DRAFT.value))
        return n

    def _get(self, activity_id: str) -> Activity:
        with self.store.reader() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            return act

    # -- timer ----------------------------------------------------------------
    def timer(self, now: datetime | None = None) -> TimerState:
        now = now or utcnow()
        with self.store.reader() as s:
            st = s.scalar(select(SessionState))
            if st is None or st.timer_item_id is None:
                return TimerState(None, 0.0, 0.0, False)
            limit = self._timebox_s(s, st.timer_item_id) + st.timer_extra_s
            elapsed = st.timer_elapsed_s
            if st.timer_running_since is not None:
                elapsed += max(0.0, (now - st.timer_running_since).total_seconds())
            return TimerState(st.timer_item_id, elapsed, limit, st.timer_running_since is not None)

    @staticmethod
    def _timebox_s(s, item_id: str) -> float:
        act = s.get(Activity, item_id)
        return float(act.timebox_minutes * 60) if act else 0.0

    # Each agenda item has its own timer. The session state holds the timer of the item
    # last timed; when the session goes to another item that timer is paused and kept in
    # the event log (TIMER_STORED), and the item gone to gets its own back from there.
    @staticmethod
    def _stored_timer(s, item_id: str) -> dict | None:
        payload = s.scalar(select(Event.payload)
                           .where(Event.kind == TIMER_STORED, Event.activity_id == item_id)
                           .order_by(Event.seq.desc()).limit(1))
        return payload if isinstance(payload, dict) else None

    def _switch_timer(self, s, st: SessionState, item_id: str | None, now: datetime) -> bool:
        """Keep the timer of the item timed so far and load ``item_id``'s own.
        Returns whether a timer was kept or loaded."""
        left = st.timer_item_id
        if left is not None:
            running = st.timer_running_since is not None
            if running:
                st.timer_elapsed_s += max(0.0, (now - st.timer_running_since).total_seconds())
            log_event(s, st.workshop_id, TIMER_STORED, st.timer_item_id,
                      elapsed_s=st.timer_elapsed_s, extra_s=st.timer_extra_s, running=running)
        stored = self._stored_timer(s, item_id) if item_id is not None else None
        if stored is None:
            st.timer_item_id = None
            st.timer_elapsed_s = st.timer_extra_s = 0.0
            st.timer_running_since = None
            return left is not None
        st.timer_item_id = item_id
        st.timer_elapsed_s = float(stored.get("elapsed_s", 0.0))
        st.timer_extra_s = float(stored.get("extra_s", 0.0))
        st.timer_running_since = now if stored.get("running") else None
        return True

    def start_timer(self, item_id: str, now: datetime | None = None) -> None:
        now = now or utcnow()
        with self.store.session() as s:
            st = self._state(s)
            if st.timer_item_id != item_id:
                self._switch_timer(s, st, item_id, now)
                st.timer_item_id = item_id
            if st.timer_running_since is None:
                st.timer_running_since = now
            log_event(s, st.workshop_id, "timer_started", item_id)
        self.events.emit(TimerChanged(item_id))

    def pause_timer(self, now: datetime | None = None) -> None:
        now = now or utcnow()
        with self.store.session() as s:
            st = self._state(s)
            item = st.timer_item_id
            if st.timer_running_since is None:
                return
            st.timer_elapsed_s += max(0.0, (now - st.timer_running_since).total_seconds())
            st.timer_running_since = None
            log_event(s, st.workshop_id, "timer_paused", item)
        self.events.emit(TimerChanged(item))

    def extend_timer(self, seconds: float) -> None:
        with self.store.session() as s:
            st = self._state(s)
            item = st.timer_item_id
            st.timer_extra_s += float(seconds)
            log_event(s, st.workshop_id, "timer_extended", item, seconds=seconds)
        self.events.emit(TimerChanged(item))

    def reset_timer(self) -> None:
        with self.store.session() as s:
            st = self._state(s)
            item = st.timer_item_id
            st.timer_running_since = None
            st.timer_elapsed_s = 0.0
            st.timer_extra_s = 0.0
            log_event(s, st.workshop_id, "timer_reset", item)
        self.events.emit(TimerChanged(item))

    # -- closing and restoring ----------------------------------------------------------
    def mark_closed(self) -> None:
        """Record that the console closed cleanly (so the next opening is no restore)."""
        with self.store.session() as s:
            st = self._state(s)
            last = s.scalar(select(Event.kind).order_by(Event.seq.desc()).limit(1))
            if last != SESSION_CLOSED and st.current_scenario_id is not None:
                log_event(s, st.workshop_id, SESSION_CLOSED, st.current_activity_id)

    def interrupted(self) -> bool:
        """True when a session was under way and the console did not close cleanly
        (a crash, a kill, a power cut): opening the file restores it."""
        with self.store.reader() as s:
            st = s.scalar(select(SessionState))
            if st is None or st.current_scenario_id is None:
                return False
            last = s.execute(select(Event.kind, Event.at).order_by(Event.seq.desc())
                             .limit(1)).first()
            if last is None:
                return False
            if last.kind != SESSION_CLOSED:
                return True
            # Voting may go on after a reopening without any other step of the facilitator.
            newest = s.scalar(select(func.max(Ballot.submitted_at)))
            return newest is not None and newest > last.at

    def log(self, kind: str, activity_id: str | None = None, **payload) -> None:
        """Record a facilitation action that changes nothing else (e.g. blank screen)."""
        with self.store.session() as s:
            st = self._state(s)
            log_event(s, st.workshop_id, kind, activity_id, **payload)
