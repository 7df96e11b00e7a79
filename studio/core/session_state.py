"""SessionModel: where the live session stands, held once, Qt-free.

The console, the shared screen and later a phone server all read the session
from one SessionModel and observe its changes; none reloads the session by
itself. The model changes only through the services: they commit, then emit a
typed event (:mod:`studio.core.session_events`) on the store's hub; the model
applies it (mostly from the event's own ids, without a read) and passes the
same event on to its subscribers, which then read the model's frozen values.

Counts per activity and channel are read once per change and cached, so every
observer of a ballot shares one grouped count.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select

from studio.base.errors import NotFoundError
from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService, TimerState
from studio.core.kinds import ActivityKind, ActivityState, Moderation, ScreenMode, Source
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
    Subscriber,
    TallyRecorded,
    TimerChanged,
    WorkshopChanged,
    session_events,
)
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore
from studio.store.models import Note

log = logging.getLogger(__name__)

# -- read models ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivitySpec:
    """One activity of the agenda as the session windows show it."""

    id: str
    scenario_id: str
    kind: ActivityKind
    prompt: str
    settings: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    options: tuple[tuple[str, str], ...] = ()
    state: ActivityState = ActivityState.DRAFT
    timebox_minutes: int = 0

    @classmethod
    def from_model(cls, act: Any) -> ActivitySpec:
        return cls(
            id=act.id,
            scenario_id=act.scenario_id,
            kind=ActivityKind(act.kind),
            prompt=act.prompt,
            settings=dict(act.settings or {}),
            options=tuple((o.id, o.label) for o in sorted(act.options, key=lambda o: o.position)),
            state=ActivityState(act.state),
            timebox_minutes=act.timebox_minutes or 0,
        )


@dataclass(frozen=True)
class ScenarioSpec:
    """One scenario of the agenda (its card) with its activities in running order."""

    id: str
    card: dict[str, Any] = field(compare=False, hash=False)
    activities: tuple[ActivitySpec, ...] = ()


def read_agenda(workshops: WorkshopService) -> tuple[ScenarioSpec, ...]:
    """The agenda as frozen read models."""
    return tuple(
        ScenarioSpec(
            id=sc.id,
            card=dict(sc.card or {}),
            activities=tuple(ActivitySpec.from_model(a)
                             for a in sorted(sc.activities, key=lambda a: a.position)),
        )
        for sc in workshops.agenda()
    )


# Channels in the order they are listed (screen first; a phone channel joins the list).
CHANNEL_ORDER = tuple(s.value for s in Source)


@dataclass(frozen=True)
class ActivityCounts:
    """How many people answered an activity, per channel (screen, tally, paper, …).

    For a notes activity: notes per channel. ``n`` is the number the results show.
    """

    activity_id: str
    by_source: tuple[tuple[str, int], ...] = ()
    ballots: int = 0  # ballots people cast themselves (screen, later phones), not tallies

    @property
    def n(self) -> int:
        return sum(count for _, count in self.by_source)

    def of(self, source: Source | str) -> int:
        key = Source(source).value
        return sum(count for src, count in self.by_source if src == key)



@dataclass(frozen=True)
class SessionSnapshot:
    """Where the session stands, at one moment."""

    agenda: tuple[ScenarioSpec, ...] = ()
    scenario_id: str | None = None
    activity_id: str | None = None
    mode: ScreenMode = ScreenMode.CARD
    participant_mode: bool = False
    language: str = "de"


def _sorted_counts(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    def order(src: str) -> int:
        return CHANNEL_ORDER.index(src) if src in CHANNEL_ORDER else len(CHANNEL_ORDER)

    return tuple((src, n) for src, n in sorted(counts.items(), key=lambda kv: (order(kv[0]),
                                                                                kv[0])) if n)


# -- the model ---------------------------------------------------------------------------------


class SessionModel:
    """The one session state of an open workshop, observed by every window.

    Subscribers get each event after the model applied it, in the thread that
    committed the change (a Qt adapter re-posts it to the GUI thread).
    """

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store
        self._workshops = WorkshopService(store)
        self._facilitation = FacilitationService(store)
        self._ballots = BallotService(store)
        self._lock = threading.RLock()
        self._subscribers: list[Subscriber] = []
        self._ballot_counts: dict[str, dict[str, int]] = {}
        self._tally_counts: dict[str, dict[str, int]] = {}
        self._note_counts: dict[str, dict[str, int]] = {}
        self._snapshot = SessionSnapshot()
        self._timer = TimerState(None, 0.0, 0.0, False)
        self._timer_read_at = time.monotonic()
        self.reload()
        self._unsubscribe = session_events(store).subscribe(self._apply, weak=True)

    def close(self) -> None:
        """Stop observing the store (the workshop is being closed)."""
        self._unsubscribe()
        with self._lock:
            self._subscribers.clear()

    # -- observing -------------------------------------------------------------------------
    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(event)`` after each change; returns a function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    # -- reading ----------------------------------------------------------------------------
    @property
    def snapshot(self) -> SessionSnapshot:
        return self._snapshot

    @property
    def agenda(self) -> tuple[ScenarioSpec, ...]:
        return self._snapshot.agenda

    @property
    def mode(self) -> ScreenMode:
        return self._snapshot.mode

    @property
    def participant_mode(self) -> bool:
        return self._snapshot.participant_mode

    @property
    def language(self) -> str:
        return self._snapshot.language

    @property
    def scenario(self) -> ScenarioSpec | None:
        snap = self._snapshot
        return next((s for s in snap.agenda if s.id == snap.scenario_id), None)

    @property
    def activity(self) -> ActivitySpec | None:
        scenario = self.scenario
        if scenario is None:
            return None
        return next((a for a in scenario.activities if a.id == self._snapshot.activity_id), None)

    def items(self) -> list[tuple[str, str | None]]:
        """The agenda in running order: each scenario (its card), then its activities."""
        seq: list[tuple[str, str | None]] = []
        for sc in self.agenda:
            seq.append((sc.id, None))
            seq.extend((sc.id, a.id) for a in sc.activities)
        return seq

    def current_item(self) -> tuple[str, str | None] | None:
        scenario = self.scenario
        if scenario is None:
            return None
        activity = self.activity
        return (scenario.id, activity.id if activity else None)

    def current_item_id(self) -> str | None:
        """The id of the current item: its activity, else its scenario (its card)."""
        activity = self.activity
        if activity is not None:
            return activity.id
        scenario = self.scenario
        return scenario.id if scenario is not None else None

    def timer(self) -> TimerState:
        """The timer as of now (counted on locally since it was read: no read per tick)."""
        with self._lock:
            state, read_at = self._timer, self._timer_read_at
        if not state.running:
            return state
        return replace(state, elapsed_s=state.elapsed_s + (time.monotonic() - read_at))

    def counts(self, activity_id: str | None = None) -> ActivityCounts:
        """People (or notes) per channel for ``activity_id`` (default: the current activity).

        Read once after each change to that activity and cached: every window that
        shows the count after a ballot shares one grouped query.
        """
        activity = self.activity if activity_id is None else self._find(activity_id)
        if activity is None:
            return ActivityCounts(activity_id or "")
        aid = activity.id
        with self._lock:
            if activity.kind is ActivityKind.NOTES:
                notes = self._note_counts.get(aid)
                if notes is None:
                    notes = self._note_counts[aid] = self._read_note_counts(aid)
                return ActivityCounts(aid, _sorted_counts(notes), sum(notes.values()))
            ballots = self._ballot_counts.get(aid)
            if ballots is None:
                ballots = self._ballot_counts[aid] = self._ballots.ballots_by_source(aid)
            tallies = self._tally_counts.get(aid)
            if tallies is None:
                tallies = self._tally_counts[aid] = self._ballots.tally_people_by_source(aid)
        merged = dict(ballots)
        for src, n in tallies.items():
            merged[src] = merged.get(src, 0) + n
        return ActivityCounts(aid, _sorted_counts(merged), sum(ballots.values()))

    def _find(self, activity_id: str) -> ActivitySpec | None:
        for sc in self.agenda:
            for act in sc.activities:
                if act.id == activity_id:
                    return act
        return None

    def _read_note_counts(self, activity_id: str) -> dict[str, int]:
        """Notes of an activity as its results count them: visible, duplicates folded."""
        with self.store.reader() as s:
            return {src: n for src, n in s.execute(
                select(Note.source, func.count()).where(
                    Note.activity_id == activity_id,
                    Note.moderation == Moderation.VISIBLE.value,
                    Note.merged_into_id.is_(None))
                .group_by(Note.source))}

    # -- changing (from the hub) -------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again (on opening; after the agenda or the workshop changed)."""
        try:
            workshop = self._workshops.get()
            state = self._facilitation.state()
        except NotFoundError:  # no workshop (yet): nothing is under way
            with self._lock:
                self._snapshot = SessionSnapshot()
            return
        snap = SessionSnapshot(
            agenda=read_agenda(self._workshops),
            scenario_id=state.current_scenario_id,
            activity_id=state.current_activity_id,
            mode=ScreenMode(state.screen_mode),
            participant_mode=bool(state.participant_mode),
            language=workshop.language or "de",
        )
        with self._lock:
            self._snapshot = snap
            self._ballot_counts.clear()
            self._tally_counts.clear()
            self._note_counts.clear()
        self._read_timer()

    def _read_timer(self) -> None:
        state = self._facilitation.timer()
        with self._lock:
            self._timer, self._timer_read_at = state, time.monotonic()

    def _knows(self, scenario_id: str | None, activity_id: str | None) -> bool:
        if scenario_id is not None and not any(s.id == scenario_id for s in self.agenda):
            return False
        return activity_id is None or self._find(activity_id) is not None

    def _apply(self, event: SessionEvent) -> None:
        stale = (isinstance(event, CurrentChanged)
                 and not self._knows(event.scenario_id, event.activity_id)) or \
            (isinstance(event, ActivityStateChanged) and self._find(event.activity_id) is None)
        with self._lock:
            snap = self._snapshot
            if isinstance(event, CurrentChanged):
                self._snapshot = replace(snap, scenario_id=event.scenario_id,
                                         activity_id=event.activity_id)
            elif isinstance(event, StageChanged):
                self._snapshot = replace(snap, mode=ScreenMode(event.mode))
            elif isinstance(event, ParticipantModeChanged):
                self._snapshot = replace(snap, participant_mode=event.on)
            elif isinstance(event, ActivityStateChanged):
                self._snapshot = replace(snap, agenda=_with_state(snap.agenda, event.activity_id,
                                                                  ActivityState(event.state)))
            elif isinstance(event, (BallotCast, BallotsWithdrawn)):
                self._ballot_counts.pop(event.activity_id, None)
                if isinstance(event, BallotsWithdrawn):  # a reset withdraws tallies too
                    self._tally_counts.pop(event.activity_id, None)
            elif isinstance(event, TallyRecorded):
                self._tally_counts.pop(event.activity_id, None)
            elif isinstance(event, NotesChanged):
                self._note_counts.clear()
        if isinstance(event, TimerChanged):
            self._read_timer()
        elif isinstance(event, (AgendaChanged, WorkshopChanged)) or stale:
            # An item the model has not seen yet: the agenda changed without a word.
            self.reload()
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(event)
            except Exception:  # the change is committed: the other observers still hear of it
                log.exception("a session observer failed on %r", event)


def _with_state(agenda: tuple[ScenarioSpec, ...], activity_id: str,
                state: ActivityState) -> tuple[ScenarioSpec, ...]:
    return tuple(
        replace(sc, activities=tuple(replace(a, state=state) if a.id == activity_id else a
                                     for a in sc.activities))
        if any(a.id == activity_id for a in sc.activities) else sc
        for sc in agenda
    )
