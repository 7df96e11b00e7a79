"""How people take part on the shared screen: the group question and the pace.

Qt-free settings of a workshop and its activities, read and changed only here:

- whether a person is asked for their stakeholder group (per workshop, and
  per activity: ``ask_stakeholder_group`` in either's settings, on unless set
  to false);
- the pause before the next person can start (``next_person_seconds``), which
  makes ballot stuffing by one person slow and visible;
- when ballots come in faster than people can answer (``burst_ballots`` in
  ``burst_seconds``), which the console reports.

Every change is written to the workshop's event log.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from studio.base.errors import NotFoundError, ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.events import log_event
from studio.store.database import WorkshopStore
from studio.store.models import Activity, Ballot, Workshop, utcnow

ASK_GROUP = "ask_stakeholder_group"
NEXT_PERSON_SECONDS = 3.0
BURST_BALLOTS = 8
BURST_SECONDS = 30.0
_MAX_PAUSE_S = 60.0


@dataclass(frozen=True)
class Pacing:
    """The pace of the shared screen (see the module docstring)."""

    next_person_seconds: float = NEXT_PERSON_SECONDS
    burst_ballots: int = BURST_BALLOTS
    burst_seconds: float = BURST_SECONDS


@dataclass(frozen=True)
class GroupQuestion:
    """Whether the group question is asked, for the workshop and for one activity."""

    workshop: bool
    activity: bool

    @property
    def asked(self) -> bool:
        return self.workshop and self.activity


def _number(value: object, default: float, low: float, high: float) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    if math.isnan(number):
        return default
    return min(max(number, low), high)


class ParticipationService:
    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    @staticmethod
    def _workshop(s) -> Workshop:
        ws = s.scalar(select(Workshop))
        if ws is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
        return ws

    # -- the group question ----------------------------------------------------------
    def group_question(self, activity_id: str | None = None) -> GroupQuestion:
        with self.store.reader() as s:
            ws = self._workshop(s)
            on_workshop = (ws.settings or {}).get(ASK_GROUP, True) is not False
            on_activity = True
            if activity_id is not None:
                act = s.get(Activity, activity_id)
                if act is not None:
                    on_activity = (act.settings or {}).get(ASK_GROUP, True) is not False
            return GroupQuestion(on_workshop, on_activity)

    def set_group_question(self, on: bool, activity_id: str | None = None) -> None:
        """Ask (or stop asking) for the stakeholder group: in one activity, or in all."""
        with self.store.session() as s:
            ws = self._workshop(s)
            if activity_id is None:
                owner = ws
            else:
                owner = s.get(Activity, activity_id)
                if owner is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            settings = dict(owner.settings or {})
            settings[ASK_GROUP] = bool(on)
            owner.settings = settings
            flag_modified(owner, "settings")
            log_event(s, ws.id, "group_question_set", activity_id, on=bool(on))

    # -- the pace ----------------------------------------------------------------------
    def pacing(self) -> Pacing:
        with self.store.reader() as s:
            settings = self._workshop(s).settings or {}
        return Pacing(
            next_person_seconds=_number(settings.get("next_person_seconds"),
                                        NEXT_PERSON_SECONDS, 0.0, _MAX_PAUSE_S),
            burst_ballots=int(_number(settings.get("burst_ballots"), BURST_BALLOTS, 1, 10_000)),
            burst_seconds=_number(settings.get("burst_seconds"), BURST_SECONDS, 1.0, 3600.0),
        )

    def set_pacing(self, *, next_person_seconds: float | None = None,
                   burst_ballots: int | None = None,
                   burst_seconds: float | None = None) -> Pacing:
        changes = {k: v for k, v in (("next_person_seconds", next_person_seconds),
                                     ("burst_ballots", burst_ballots),
                                     ("burst_seconds", burst_seconds)) if v is not None}
        for key, value in changes.items():
            if not isinstance(value, (int, float)) or value < 0 or math.isnan(value):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{key}” must be a number of at least 0."),
                    key=key)
        with self.store.session() as s:
            ws = self._workshop(s)
            ws.settings = {**(ws.settings or {}), **changes}
            flag_modified(ws, "settings")
            log_event(s, ws.id, "pacing_set", **changes)
        return self.pacing()

    def ballots_too_fast(self, activity_id: str, now: datetime | None = None) -> int:
        """Ballots of the last ``burst_seconds`` if more than ``burst_ballots``, else 0.

        More ballots in that time than people at one screen can give means that
        somebody is voting again and again (there is no identity on a shared screen).
        """
        pace = self.pacing()
        since = (now or utcnow()) - timedelta(seconds=pace.burst_seconds)
        with self.store.reader() as s:
            n = s.scalar(select(func.count()).select_from(Ballot).where(
                Ballot.activity_id == activity_id, Ballot.withdrawn_at.is_(None),
                Ballot.submitted_at >= since)) or 0
        return n if n > pace.burst_ballots else 0
