"""SQLAlchemy 2 typed models of a workshop file.

Portable by design: string UUID keys, generic JSON, timezone-aware UTC
timestamps stored through :class:`UTCDateTime`. The same models run on the
embedded SQLite file and on a PostgreSQL server; nothing here is SQLite-only.
A server enforces ``String(n)`` lengths and SQLite does not, so ``String(n)``
is kept for values the services bound (ids, kinds, states, the title) and
free text is ``Text``: what a file accepts, a server accepts too.

Every record has a stable UUID so that workshops merge without duplicates.
"""

from __future__ import annotations

import contextlib
import random
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


_rng: ContextVar[random.Random | None] = ContextVar("studio_id_rng", default=None)
_clock: ContextVar[list[datetime] | None] = ContextVar("studio_clock", default=None)


def new_id() -> str:
    """A random UUID, or a reproducible one inside :func:`reproducible`."""
    rng = _rng.get()
    if rng is None:
        return str(uuid.uuid4())
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def utcnow() -> datetime:
    """The current time in UTC, or the simulated clock inside :func:`reproducible`."""
    clock = _clock.get()
    if clock is None:
        return datetime.now(timezone.utc)
    clock[0] += timedelta(milliseconds=1)
    return clock[0]


@contextlib.contextmanager
def reproducible(seed: int, start: datetime) -> Iterator[list[datetime]]:
    """Make ids and timestamps reproducible (the demo generator: same seed, same file).

    Yields the clock cell; set ``cell[0]`` to move simulated time forward.
    """
    rng_token = _rng.set(random.Random(seed))
    cell = [start]
    clock_token = _clock.set(cell)
    try:
        yield cell
    finally:
        _rng.reset(rng_token)
        _clock.reset(clock_token)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in, aware UTC datetimes out, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


ID = String(36)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Meta(Base):
    """Key/value facts about the file itself: schema version, app version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Workshop(Base):
    __tablename__ = "workshop"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date, default=None)
    # Free text without a length check in the services: Text, so that a server (which
    # enforces VARCHAR lengths, unlike SQLite) accepts what a workshop file holds.
    place: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="de")
    # [{"key", "de", "en"}] offered to participants on the shared screen.
    stakeholder_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # [{"key", "de", "en", "color", "symbol"}]
    note_categories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    note_tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Free-form settings: dot voting (dots per participant, max per item), ...
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    scenarios: Mapped[list[Scenario]] = relationship(
        back_populates="workshop", order_by="Scenario.position", cascade="all, delete-orphan"
    )


class Scenario(Base):
    """A snapshot of an AI pilot scenario card as presented in this workshop."""

    __tablename__ = "scenario"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    card_id: Mapped[str] = mapped_column(Text)
    card_version: Mapped[str] = mapped_column(Text, default="1")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The whole card as presented (bilingual fields as {"de": ..., "en": ...}).
    card: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    workshop: Mapped[Workshop] = relationship(back_populates="scenarios")
    activities: Mapped[list[Activity]] = relationship(
        back_populates="scenario", order_by="Activity.position", cascade="all, delete-orphan"
    )


class Activity(Base):
    __tablename__ = "activity"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    scenario_id: Mapped[str] = mapped_column(ForeignKey("scenario.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(32))
    prompt: Mapped[str] = mapped_column(Text)
    # Kind-specific: scale min/max/labels/dont_know, max_choices, budget,
    # matrix axis labels, ...
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    timebox_minutes: Mapped[int] = mapped_column(Integer, default=0)

    scenario: Mapped[Scenario] = relationship(back_populates="activities")
    options: Mapped[list[Option]] = relationship(
        back_populates="activity", order_by="Option.position", cascade="all, delete-orphan"
    )


class Option(Base):
    """A choice, an item to rank or share points over, or a statement."""

    __tablename__ = "option"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)

    activity: Mapped[Activity] = relationship(back_populates="options")


class Ballot(Base):
    """One participant's anonymous answer to one activity."""

    __tablename__ = "ballot"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    stakeholder_group: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(16), default="screen")
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the facilitator undoes the ballot or resets the activity; the
    # ballot stays in the file for the record and is left out of results.
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    responses: Mapped[list[Response]] = relationship(
        back_populates="ballot", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_ballot_activity", "activity_id"),)


class Response(Base):
    """One answer of a ballot, or one tally entry (no ballot, ``count`` > 1 possible).

    The value columns used depend on the activity kind:
    single/multiple choice: ``option_id``; scale: ``value_num`` (or
    ``value_text='dont_know'``); points: ``option_id`` + ``value_num`` points;
    ranking: ``option_id`` + ``value_num`` rank (1 = first); matrix:
    ``value_x``/``value_y`` in 0..1; statements: ``option_id`` + ``value_text``
    agree/disagree/pass.
    """

    __tablename__ = "response"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    ballot_id: Mapped[str | None] = mapped_column(
        ForeignKey("ballot.id", ondelete="CASCADE"), default=None
    )
    option_id: Mapped[str | None] = mapped_column(
        ForeignKey("option.id", ondelete="CASCADE"), default=None
    )
    value_num: Mapped[float | None] = mapped_column(Float, default=None)
    value_x: Mapped[float | None] = mapped_column(Float, default=None)
    value_y: Mapped[float | None] = mapped_column(Float, default=None)
    value_text: Mapped[str | None] = mapped_column(String(32), default=None)
    count: Mapped[int] = mapped_column(Integer, default=1)
    stakeholder_group: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(16), default="screen")
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    ballot: Mapped[Ballot | None] = relationship(back_populates="responses")

    __table_args__ = (Index("ix_response_activity", "activity_id"),)


class Cluster(Base):
    __tablename__ = "cluster"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    scenario_id: Mapped[str | None] = mapped_column(
        ForeignKey("scenario.id", ondelete="SET NULL"), default=None
    )
    name: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(Text, default="")
    pos_x: Mapped[float] = mapped_column(Float, default=0.0)
    pos_y: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Note(Base):
    """A sticky note. Hidden notes stay in the file and in exports, flagged."""

    __tablename__ = "note"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    scenario_id: Mapped[str | None] = mapped_column(
        ForeignKey("scenario.id", ondelete="SET NULL"), default=None
    )
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), default=None
    )
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="SET NULL"), default=None
    )
    pos_x: Mapped[float] = mapped_column(Float, default=0.0)
    pos_y: Mapped[float] = mapped_column(Float, default=0.0)
    moderation: Mapped[str] = mapped_column(String(16), default="visible")
    hidden_reason: Mapped[str] = mapped_column(Text, default="")
    # A duplicate merged into another note keeps its text here for provenance.
    merged_into_id: Mapped[str | None] = mapped_column(
        ForeignKey("note.id", ondelete="SET NULL"), default=None
    )
    stakeholder_group: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(16), default="laptop")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_note_workshop", "workshop_id"),)


class NoteRevision(Base):
    """Earlier text of an edited note (edit history)."""

    __tablename__ = "note_revision"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    note_id: Mapped[str] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Dot(Base):
    """One dot of dot voting on a note or a cluster."""

    __tablename__ = "dot"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    note_id: Mapped[str | None] = mapped_column(
        ForeignKey("note.id", ondelete="CASCADE"), default=None
    )
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), default=None
    )
    # All dots one participant placed in one go share a ballot id.
    ballot_id: Mapped[str] = mapped_column(String(36))
    source: Mapped[str] = mapped_column(String(16), default="screen")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Event(Base):
    """Append-only log of facilitation actions (open, close, reveal, reset, ...)."""

    __tablename__ = "event"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(48))
    activity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SessionState(Base):
    """Where the live session stands, so a restart continues exactly there."""

    __tablename__ = "session_state"
    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True
    )
    current_scenario_id: Mapped[str | None] = mapped_column(String(36), default=None)
    current_activity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    screen_mode: Mapped[str] = mapped_column(String(16), default="card")
    participant_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    # Timer of the current item: accumulated seconds plus a running start.
    timer_item_id: Mapped[str | None] = mapped_column(String(36), default=None)
    timer_running_since: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    timer_elapsed_s: Mapped[float] = mapped_column(Float, default=0.0)
    timer_extra_s: Mapped[float] = mapped_column(Float, default=0.0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
