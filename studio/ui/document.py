"""WorkshopDocument: the open workshop as the UI sees it.

Holds the store and one instance of each domain service. Widgets change the
workshop only through these services and then call :meth:`notify` with a
topic, so every other view of the same workshop refreshes.

The live session is observed through :attr:`session` (the core's SessionModel)
and :attr:`session_signals` (its Qt adapter): the services announce their
changes there themselves. ``notify`` passes the topics that no service
announces yet (workshop, agenda, notes) on to the session model too.

Signals:
    changed(str): a topic changed: "workshop", "agenda", "session", "ballots",
        "notes" (views reload what they show for that topic).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.note_places import NotePlaceService
from studio.core.notes import NoteService
from studio.core.participation import ParticipationService
from studio.core.pin_lockout import PinLockout
from studio.core.results_service import ResultsService
from studio.core.session_events import (
    AgendaChanged,
    NotesChanged,
    WorkshopChanged,
    session_events,
)
from studio.core.workshops import WorkshopService
from studio.core.workshop_files import Storage, memory_workshop, open_workshop

TOPICS = ("workshop", "agenda", "session", "ballots", "notes")


class WorkshopDocument(QObject):
    changed = Signal(str)

    def __init__(self, store: Storage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshops = WorkshopService(store)
        self.ballots = BallotService(store)
        self.facilitation = FacilitationService(store)
        self.notes = NoteService(store)
        self.note_places = NotePlaceService(store)
        self.results = ResultsService(store)
        self.participation = ParticipationService(store)
        self.pin_lockout = PinLockout(store)
        self.closed = False  # views still alive after the shell closed the workshop do nothing
        self._session = None
        self._session_signals = None

    @property
    def session(self):
        """The live session's model (studio.core.session_state.SessionModel), made on first use."""
        if self._session is None:
            from studio.core.session_state import SessionModel

            self._session = SessionModel(self.store)
        return self._session

    @property
    def session_signals(self):
        """The Qt adapter of :attr:`session` (studio.ui.session.observer.SessionSignals)."""
        if self._session_signals is None:
            from studio.ui.session.observer import SessionSignals

            self._session_signals = SessionSignals(self.session, self)
        return self._session_signals

    @property
    def path(self) -> Path | None:
        return self.store.path

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None, *,
             read_only: bool = False) -> WorkshopDocument:
        """Open a workshop file (``read_only``: a copy, for a file another app has open)."""
        return cls(open_workshop(path, read_only=read_only), parent)

    @classmethod
    def memory(cls, title: str = "Workshop", parent: QObject | None = None) -> WorkshopDocument:
        """An in-memory workshop (tests, previews)."""
        doc = cls(memory_workshop(), parent)
        doc.workshops.create_workshop(title)
        return doc

    def notify(self, topic: str) -> None:
        if topic not in TOPICS:
            raise ValueError(topic)
        bridged = {"workshop": WorkshopChanged, "agenda": AgendaChanged,
                   "notes": NotesChanged}.get(topic)
        if bridged is not None:
            session_events(self.store).emit(bridged())
        self.changed.emit(topic)

    def close(self) -> None:
        self.closed = True
        if self._session_signals is not None:
            self._session_signals.close()
        if self._session is not None:
            self._session.close()
        self.store.close()
