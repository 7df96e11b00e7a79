"""Typed change events of a live session, and the hub that carries them.

The services (FacilitationService, BallotService, …) emit one of these after
their change is committed; the session model (:mod:`studio.core.session_state`)
applies it and passes it on to its observers: the console, the shared screen
and later a phone server. Events carry ids, never ORM objects, and there are no
string topics: an observer matches on the event's type.

There is one hub per open workshop store, whichever service instance made the
change, so a second channel (a web server in another thread) that builds its
own ``BallotService(store)`` is observed like the shared screen. Subscribers are
called in the thread that committed the change; a Qt observer re-posts to its
own thread (``studio.ui.session.observer``).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BallotCast:
    """A ballot was committed for ``activity_id`` through ``source`` (screen, phone …)."""

    activity_id: str
    source: str


@dataclass(frozen=True)
class BallotsWithdrawn:
    """One or all ballots of ``activity_id`` were withdrawn (undo, reset)."""

    activity_id: str


@dataclass(frozen=True)
class TallyRecorded:
    """Counts typed by the facilitator were added to ``activity_id``."""

    activity_id: str
    source: str


@dataclass(frozen=True)
class NotesChanged:
    """Notes were added, edited, hidden or moved; ``ids`` empty means "some notes".

    ``source`` names a channel that changed them on its own ("phone": a note or dots
    from a phone), which windows then reload; "" for a change made in a window."""

    ids: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class CurrentChanged:
    """The session went to another agenda item (a scenario card or an activity)."""

    scenario_id: str | None
    activity_id: str | None


@dataclass(frozen=True)
class StageChanged:
    """The shared screen shows something else (``mode`` is a ScreenMode value)."""

    mode: str


@dataclass(frozen=True)
class ParticipantModeChanged:
    on: bool


@dataclass(frozen=True)
class ActivityStateChanged:
    """``activity_id`` is now ``state`` (an ActivityState value: draft, open, …)."""

    activity_id: str
    state: str


@dataclass(frozen=True)
class TimerChanged:
    """The timer of agenda item ``item_id`` was started, paused, extended or reset."""

    item_id: str | None


@dataclass(frozen=True)
class AgendaChanged:
    """Scenarios or activities were added, removed, moved or edited."""


@dataclass(frozen=True)
class WorkshopChanged:
    """The workshop's own settings changed (language, groups, categories …)."""


SessionEvent = (BallotCast | BallotsWithdrawn | TallyRecorded | NotesChanged | CurrentChanged
                | StageChanged | ParticipantModeChanged | ActivityStateChanged | TimerChanged
                | AgendaChanged | WorkshopChanged)
Subscriber = Callable[[SessionEvent], Any]


class EventHub:
    """Plain-Python publish/subscribe for session events, safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Any] = []  # callbacks, or WeakMethods of them

    def subscribe(self, callback: Subscriber, *, weak: bool = False) -> Callable[[], None]:
        """Call ``callback(event)`` for every event; returns a function that unsubscribes.

        ``weak``: hold a bound method weakly, so that the hub (which lives as long as
        its store) does not keep its object, and through it the store, alive.
        """
        entry: Any = weakref.WeakMethod(callback) if weak else callback
        with self._lock:
            self._subscribers.append(entry)

        def unsubscribe() -> None:
            with self._lock:
                if entry in self._subscribers:
                    self._subscribers.remove(entry)

        return unsubscribe

    def emit(self, event: SessionEvent) -> None:
        """Tell every subscriber. A failing subscriber is logged: the change is committed
        already, and the caller (e.g. a participant's ballot) must still hear so."""
        with self._lock:
            subscribers = list(self._subscribers)
        for entry in subscribers:
            callback = entry() if isinstance(entry, weakref.WeakMethod) else entry
            if callback is None:  # its object is gone
                with self._lock:
                    if entry in self._subscribers:
                        self._subscribers.remove(entry)
                continue
            try:
                callback(event)
            except Exception:
                log.exception("a session observer failed on %r", event)


_hubs: weakref.WeakKeyDictionary[object, EventHub] = weakref.WeakKeyDictionary()
_hubs_lock = threading.Lock()


def session_events(store: object) -> EventHub:
    """The hub of the workshop open in ``store`` (one per store, made on first use)."""
    with _hubs_lock:
        hub = _hubs.get(store)
        if hub is None:
            hub = _hubs[store] = EventHub()
        return hub
