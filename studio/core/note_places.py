"""Where a note belongs: its scenario and, within it, the notes activity.

A note typed on the board belongs to the scenario the session is at (or the one the
facilitator picks), so it shows up in that scenario's report, groups and dot results.
A note can move to another scenario; it then leaves a cluster of the old scenario.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select

from studio.base.errors import NotFoundError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.events import log_event
from studio.core.kinds.registry import kind_of
from studio.store.database import WorkshopStore
from studio.store.models import Activity, Cluster, Note, Scenario, SessionState, utcnow


def _takes(activity: Activity, category: str) -> bool:
    """Whether a notes activity takes notes of ``category`` (its plan may limit them)."""
    keys = (activity.settings or {}).get("categories")
    return not isinstance(keys, list) or not keys or category in {str(k) for k in keys}


class NotePlace(NamedTuple):
    """A note's place; ``cluster_id`` is kept so that a move can be undone exactly."""

    scenario_id: str | None
    activity_id: str | None
    cluster_id: str | None = None


class NotePlaceService:
    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    def current_place(self) -> NotePlace:
        """Where a new note belongs now: the session's scenario and its notes activity."""
        with self.store.reader() as s:
            st = s.scalar(select(SessionState))
            scenario_id = st.current_scenario_id if st is not None else None
            current = st.current_activity_id if st is not None else None
            return NotePlace(scenario_id, self._notes_activity(s, scenario_id, current))

    def place_for(self, scenario_id: str | None, category: str | None = None) -> NotePlace:
        """The place of a new note in ``scenario_id`` (None: the workshop as a whole).

        With ``category``, only a notes activity that takes that category is chosen;
        a note of another category belongs to the scenario alone.
        """
        with self.store.reader() as s:
            st = s.scalar(select(SessionState))
            current = st.current_activity_id if st is not None else None
            return NotePlace(scenario_id,
                             self._notes_activity(s, scenario_id, current, category))

    @staticmethod
    def _notes_activity(s, scenario_id: str | None, preferred: str | None,
                        category: str | None = None) -> str | None:
        """The scenario's notes activity (taking ``category``): the current one, else the first."""
        if scenario_id is None:
            return None
        acts = [a for a in s.scalars(select(Activity).where(
            Activity.scenario_id == scenario_id).order_by(Activity.position))
            if kind_of(a.kind).collects_notes and (category is None or _takes(a, category))]
        for act in acts:
            if act.id == preferred:
                return act.id
        return acts[0].id if acts else None

    def move(self, note_ids: list[str], scenario_id: str | None) -> dict[str, NotePlace]:
        """Move notes to ``scenario_id``; returns their previous places (for undo)."""
        with self.store.session() as s:
            if scenario_id is not None and s.get(Scenario, scenario_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That scenario no longer exists."))
            st = s.scalar(select(SessionState))
            current = st.current_activity_id if st is not None else None
            previous: dict[str, NotePlace] = {}
            now = utcnow()
            for note_id in note_ids:
                note = s.get(Note, note_id)
                if note is None:
                    raise NotFoundError(QT_TRANSLATE_NOOP("Errors",
                                                          "That note no longer exists."))
                previous[note.id] = NotePlace(note.scenario_id, note.activity_id, note.cluster_id)
                if note.scenario_id == scenario_id:
                    continue
                note.scenario_id = scenario_id
                note.activity_id = self._notes_activity(s, scenario_id, current, note.category)
                if note.cluster_id is not None:
                    cluster = s.get(Cluster, note.cluster_id)
                    if cluster is not None and cluster.scenario_id != scenario_id:
                        note.cluster_id = None  # a cluster groups notes of one scenario
                note.updated_at = now
            log_event(s, self._workshop_id(s), "notes_moved", None,
                      notes=list(previous), scenario=scenario_id)
            return previous

    def restore(self, places: dict[str, NotePlace]) -> None:
        """Put notes back where :meth:`move` found them (undo)."""
        with self.store.session() as s:
            for note_id, place in places.items():
                note = s.get(Note, note_id)
                if note is None:
                    continue
                note.scenario_id, note.activity_id = place.scenario_id, place.activity_id
                if place.cluster_id is None or s.get(Cluster, place.cluster_id) is not None:
                    note.cluster_id = place.cluster_id

    @staticmethod
    def _workshop_id(s) -> str:
        st = s.scalar(select(SessionState))
        if st is not None:
            return st.workshop_id
        from studio.store.models import Workshop

        ws = s.scalar(select(Workshop))
        if ws is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
        return ws.id
