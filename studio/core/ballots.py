"""BallotService: the one place where a vote is validated and durably committed.

``cast_ballot`` returns only after the transaction is committed with
``synchronous=FULL``: the UI confirms a vote to a participant only after that.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from studio.core import read_models as rm
from studio.core.answers import answer_rows, tally_rows
from studio.base.errors import NotFoundError, StateError, ValidationError
from studio.core.events import log_event
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind, ActivityState, Source
from studio.core.saving import saving
from studio.core.results import compute
from studio.core.session_events import (
    BallotCast,
    BallotsWithdrawn,
    TallyRecorded,
    session_events,
)
from studio.store.database import WorkshopStore
from studio.store.models import Activity, Ballot, Option, Response, Workshop, new_id, utcnow


# Built once: constructing statements per call costs more than running them.
_ACTIVITY_FOR_BALLOT = (
    select(Activity.state, Activity.kind, Activity.settings, Activity.workshop_id,
           Workshop.stakeholder_groups)
    .join(Workshop, Workshop.id == Activity.workshop_id)
    .where(Activity.id == bindparam("activity_id"))
)
_INSERT_BALLOT = insert(Ballot.__table__)
_INSERT_RESPONSE = insert(Response.__table__)


def _check_group(groups: list[dict[str, str]] | None, group: str | None) -> None:
    if group is None:
        return
    if group not in {g.get("key") for g in groups or []}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown stakeholder group “{group}”."), group=group
        )


_BALLOTS_BY_SOURCE = (
    select(Ballot.source, func.count())
    .where(Ballot.activity_id == bindparam("activity_id"), Ballot.withdrawn_at.is_(None))
    .group_by(Ballot.source)
)


class BallotService:
    """Casts, tallies and withdraws answers; announces each committed change on the
    store's event hub (BallotCast, TallyRecorded, BallotsWithdrawn)."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store
        self.events = session_events(store)
        self._options: dict[str, list[str]] = {}

    def _activity(self, s, activity_id: str) -> tuple[Activity, ActivityKind, list[str]]:
        act = s.get(Activity, activity_id)
        if act is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
        option_ids = list(
            s.scalars(
                select(Option.id).where(Option.activity_id == activity_id).order_by(Option.position)
            )
        )
        return act, ActivityKind(act.kind), option_ids

    def _check_group(self, s, group: str | None) -> None:
        if group is not None:
            _check_group(s.scalar(select(Workshop.stakeholder_groups)), group)

    def _option_ids(self, conn, activity_id: str) -> list[str]:
        """Option ids of an activity. Cached: options never change once an activity exists."""
        ids = self._options.get(activity_id)
        if ids is None:
            ids = list(conn.scalars(
                select(Option.id).where(Option.activity_id == activity_id)
                .order_by(Option.position)))
            self._options[activity_id] = ids
        return ids

    def cast_ballot(
        self,
        activity_id: str,
        answer: dict[str, Any],
        stakeholder_group: str | None = None,
        source: Source | str = Source.SCREEN,
        submitted_at: datetime | None = None,
        require_open: bool = True,
    ) -> str:
        """Store one participant's answer; return the ballot id once it is on disk.

        The hot path of a live workshop, so it runs on SQLAlchemy Core: one
        query reads the activity's state, kind, settings and the workshop's
        groups fresh; the ballot and its responses go in one transaction whose
        commit is fsynced (synchronous=FULL) before this returns. A write the
        file cannot take raises :class:`~studio.base.errors.WriteError`: nothing
        was saved, and the same answer may be cast again.
        """
        source = Source(source)
        with saving(), self.store.hot_transaction() as conn:
            ballot_id = self.cast_in(conn, activity_id, answer, stakeholder_group, source,
                                     submitted_at, require_open=require_open)
        self.events.emit(BallotCast(activity_id, source.value))
        return ballot_id

    def cast_in(self, conn: Any, activity_id: str, answer: dict[str, Any],
                stakeholder_group: str | None, source: Source | str,
                submitted_at: datetime | None = None, *, require_open: bool = True,
                ballot_id: str | None = None) -> str:
        """Check and insert one ballot inside ``conn``'s transaction (no commit, no event).

        Raises a :class:`~studio.base.errors.StudioError` before writing anything for a
        bad answer.
        """
        ballot, responses = self.prepare(conn, activity_id, answer, stakeholder_group, source,
                                         submitted_at, require_open=require_open,
                                         ballot_id=ballot_id)
        self.insert_prepared(conn, [ballot], responses)
        return ballot["id"]

    def prepare(self, conn: Any, activity_id: str, answer: dict[str, Any],
                stakeholder_group: str | None, source: Source | str,
                submitted_at: datetime | None = None, *, require_open: bool = True,
                ballot_id: str | None = None,
                activities: dict[str, Any] | None = None) -> tuple[dict, list[dict]]:
        """Check one ballot and return its rows (ballot, responses) without writing.

        For the phone channel's group commit, which checks many ballots, then inserts
        them all at once (:meth:`insert_prepared`) and announces them itself once they
        are on disk. ``activities``: a cache of activity rows for one transaction.
        """
        source = Source(source)
        row = activities.get(activity_id) if activities is not None else None
        if row is None:
            row = conn.execute(_ACTIVITY_FOR_BALLOT, {"activity_id": activity_id}).first()
            if row is not None and activities is not None:
                activities[activity_id] = row
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
        if require_open and row.state != ActivityState.OPEN.value:
            raise StateError(
                QT_TRANSLATE_NOOP("Errors", "Voting is not open for this activity.")
            )
        rows = answer_rows(ActivityKind(row.kind), row.settings or {},
                           self._option_ids(conn, activity_id), answer)
        _check_group(row.stakeholder_groups, stakeholder_group)
        at = submitted_at or utcnow()
        ballot_id = ballot_id or new_id()
        ballot = dict(id=ballot_id, workshop_id=row.workshop_id, activity_id=activity_id,
                      stakeholder_group=stakeholder_group, source=source.value,
                      submitted_at=at, withdrawn_at=None)
        responses = [
            dict(id=new_id(), workshop_id=row.workshop_id, activity_id=activity_id,
                 ballot_id=ballot_id, option_id=r.option_id, value_num=r.value_num,
                 value_x=r.value_x, value_y=r.value_y, value_text=r.value_text, count=1,
                 stakeholder_group=stakeholder_group, source=source.value,
                 submitted_at=at, withdrawn_at=None)
            for r in rows
        ]
        return ballot, responses

    @staticmethod
    def insert_prepared(conn: Any, ballots: list[dict], responses: list[dict]) -> None:
        """Insert rows made by :meth:`prepare` (one statement each for many ballots)."""
        if ballots:
            conn.execute(_INSERT_BALLOT, ballots)
        if responses:
            conn.execute(_INSERT_RESPONSE, responses)

    def record_tally(
        self,
        activity_id: str,
        counts: dict[Any, int],
        stakeholder_group: str | None = None,
        source: Source | str = Source.TALLY,
        submitted_at: datetime | None = None,
    ) -> list[str]:
        """Store counts typed by the facilitator (apart from ballots, by source)."""
        source = Source(source)
        with self.store.session() as s:
            act, kind, option_ids = self._activity(s, activity_id)
            rows = tally_rows(kind, act.settings or {}, option_ids, counts)
            self._check_group(s, stakeholder_group)
            at = submitted_at or utcnow()
            responses = [
                Response(
                    workshop_id=act.workshop_id,
                    activity_id=act.id,
                    ballot_id=None,
                    option_id=r.option_id,
                    value_num=r.value_num,
                    value_text=r.value_text,
                    count=r.count,
                    stakeholder_group=stakeholder_group,
                    source=source.value,
                    submitted_at=at,
                )
                for r in rows
            ]
            s.add_all(responses)
            s.flush()
            log_event(
                s, act.workshop_id, "tally_recorded", act.id,
                group=stakeholder_group, source=source.value, entries=len(rows),
            )
            ids = [r.id for r in responses]
        self.events.emit(TallyRecorded(activity_id, source.value))
        return ids

    def ballot_states(self, ballot_ids: list[str], conn: Any = None) -> dict[str, bool]:
        """Which of ``ballot_ids`` exist: ``{id: withdrawn}`` (inside ``conn`` if given)."""
        query = select(Ballot.id, Ballot.withdrawn_at).where(Ballot.id.in_(ballot_ids))
        if conn is not None:
            return {i: w is not None for i, w in conn.execute(query)}
        with self.store.reader() as s:
            return {i: w is not None for i, w in s.execute(query)}

    def phone_ballots(self, activity_id: str) -> dict[str, bool]:
        """The activity's ballots from phones: ``{id: withdrawn}`` (one grouped read)."""
        with self.store.reader() as s:
            return {i: w is not None for i, w in s.execute(
                select(Ballot.id, Ballot.withdrawn_at).where(
                    Ballot.activity_id == activity_id, Ballot.source == Source.PHONE.value))}

    def ballot_count(self, activity_id: str) -> int:
        """Ballots cast on the screen (not withdrawn); tallies are not ballots."""
        with self.store.reader() as s:
            return s.scalar(
                select(func.count())
                .select_from(Ballot)
                .where(Ballot.activity_id == activity_id, Ballot.withdrawn_at.is_(None))
            ) or 0

    def ballots_by_source(self, activity_id: str) -> dict[str, int]:
        """Ballots not withdrawn, per source (screen, phone …): one grouped count."""
        with self.store.reader() as s:
            return {src: n for src, n in s.execute(_BALLOTS_BY_SOURCE,
                                                   {"activity_id": activity_id})}

    def tally_people_by_source(self, activity_id: str) -> dict[str, int]:
        """People counted in tallies, per source, as the results count them (``n_tally``)."""
        with self.store.reader() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                return {}
            options = [(o.id, o.label) for o in s.scalars(
                select(Option).where(Option.activity_id == activity_id).order_by(Option.position))]
            rows = list(s.scalars(select(Response).where(
                Response.activity_id == activity_id, Response.withdrawn_at.is_(None),
                Response.ballot_id.is_(None))))
            by_source: dict[str, list[Response]] = {}
            for r in rows:
                by_source.setdefault(r.source, []).append(r)
            return {src: compute(act.kind, act.settings or {}, options, group).n_tally
                    for src, group in by_source.items()}

    def withdraw_last_ballot(self, activity_id: str) -> str | None:
        """Undo the most recent ballot (kept in the file, flagged, logged). Returns its id."""
        with self.store.session() as s:
            ballot = s.scalar(
                select(Ballot)
                .where(Ballot.activity_id == activity_id, Ballot.withdrawn_at.is_(None))
                .order_by(Ballot.submitted_at.desc(), Ballot.id.desc())
                .limit(1)
            )
            if ballot is None:
                return None
            now = utcnow()
            ballot.withdrawn_at = now
            s.execute(
                update(Response).where(Response.ballot_id == ballot.id).values(withdrawn_at=now)
            )
            log_event(s, ballot.workshop_id, "ballot_withdrawn", activity_id, ballot_id=ballot.id)
            withdrawn = ballot.id
        self.events.emit(BallotsWithdrawn(activity_id))
        return withdrawn

    def withdraw_all(self, session, activity_id: str) -> int:
        """Withdraw every ballot and tally of an activity inside ``session`` (for a reset)."""
        now = utcnow()
        n = session.execute(
            update(Ballot)
            .where(Ballot.activity_id == activity_id, Ballot.withdrawn_at.is_(None))
            .values(withdrawn_at=now)
        ).rowcount
        session.execute(
            update(Response)
            .where(Response.activity_id == activity_id, Response.withdrawn_at.is_(None))
            .values(withdrawn_at=now)
        )
        return n or 0

    def responses(self, activity_id: str) -> list[rm.Response]:
        """Active responses of an activity (ballots and tallies), as frozen read models."""
        with self.store.reader() as s:
            return [
                rm.Response.from_row(r)
                for r in s.scalars(
                    select(Response).where(
                        Response.activity_id == activity_id, Response.withdrawn_at.is_(None)
                    )
                )
            ]
