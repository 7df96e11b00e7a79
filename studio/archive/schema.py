"""The archive's tables: a catalog of workshops and each workshop's records.

An archive is a database of its own (a ``.studioarchive`` file or a PostgreSQL
database), not a workshop file: one row per workshop in ``archive_workshop``
(unique by the workshop's UUID, with where it came from and its counts), and
the workshop's content in one table per kind of record, with exactly the
fields of :class:`studio.exchange.records.WorkshopRecords` (what exports are
written from and imports restore), keyed by the archive's workshop key plus the
record's original UUID. ``archive_meta`` carries the format name and the
schema version (``MAJOR.MINOR``, as the workshop file's ``meta``: a newer
major is refused; an older minor is brought up to date by :data:`MIGRATIONS`
the first time something new is written to it).

Version 1.1 adds the strategy team's recommendations: ``archive_recommendation``
(one row per recommendation, its current state), ``archive_evidence`` (links
to notes, clusters, question results and statements by workshop id plus the
item's UUID, with a snapshot of the quote and figures at link time), and
``archive_recommendation_change`` (the append-only history: who and when).
These refer to workshops by their UUID, not by the catalog's key, so that a
workshop removed from the archive leaves its evidence links in place (shown
as withdrawn).

Plain SQLAlchemy Core tables: the same DDL on SQLite and PostgreSQL. Free text
is ``Text`` (a server enforces ``VARCHAR`` lengths, a file does not).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

from studio.store.models import UTCDateTime

FORMAT_NAME = "codesign-studio-archive"
ARCHIVE_SCHEMA_VERSION = "1.1"

metadata = MetaData()

meta = Table(
    "archive_meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

#: The catalog: one row per workshop. ``city`` and ``place`` are the archive's (from the
#: workshop's organiser and place, or set with ``--city``/``--place``); the workshop's own
#: metadata stays untouched in ``archive_ws``.
workshops = Table(
    "archive_workshop", metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    Column("workshop_id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("city", Text, nullable=False),
    Column("place", Text, nullable=False),
    Column("date", Date, nullable=True),
    Column("language", Text, nullable=False),
    Column("added_from", Text, nullable=False),  # a file name, never a path
    Column("added_kind", Text, nullable=False),  # "workshop" (a .workshop file) or "export"
    Column("added_at", UTCDateTime, nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("last_change", UTCDateTime, nullable=True),
    Column("scenarios", Integer, nullable=False),
    Column("activities", Integer, nullable=False),
    Column("ballots", Integer, nullable=False),
    Column("responses", Integer, nullable=False),
    Column("notes", Integer, nullable=False),
    Column("clusters", Integer, nullable=False),
    Column("file_schema_version", Text, nullable=False),
    Column("app_version", Text, nullable=False),
    UniqueConstraint("workshop_id", name="uq_archive_workshop_id"),
)


def _content(name: str, *columns: Column, index: tuple[str, ...] = ()) -> Table:
    """A table of one kind of record: the workshop's key, the record's id, its fields."""
    table = Table(
        name, metadata,
        Column("wkey", Integer, ForeignKey("archive_workshop.key", ondelete="CASCADE"),
               primary_key=True),
        *columns,
    )
    if index:
        Index(f"ix_{name}_{'_'.join(index)}", table.c.wkey, *(table.c[c] for c in index))
    return table


def _id() -> Column:
    return Column("id", Text, primary_key=True)


#: The workshop record itself (its metadata as the workshop file holds it).
workshop_record = Table(
    "archive_ws", metadata,
    Column("wkey", Integer, ForeignKey("archive_workshop.key", ondelete="CASCADE"),
           primary_key=True),
    Column("id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("date", Date, nullable=True),
    Column("place", Text),
    Column("organiser", Text),
    Column("facilitator", Text),
    Column("language", Text),
    Column("stakeholder_groups", JSON),
    Column("note_categories", JSON),
    Column("note_tags", JSON),
    Column("settings", JSON),
    Column("facilitator_notes", Text),
    Column("created_at", UTCDateTime),
)

scenarios = _content(
    "archive_scenario", _id(),
    Column("card_id", Text), Column("card_version", Text), Column("position", Integer),
    Column("card", JSON))

activities = _content(
    "archive_activity", _id(),
    Column("scenario_id", Text), Column("position", Integer), Column("kind", Text),
    Column("prompt", Text), Column("state", Text), Column("timebox_minutes", Integer),
    Column("settings", JSON), index=("scenario_id",))

options = _content(
    "archive_option", _id(),
    Column("activity_id", Text), Column("position", Integer), Column("label", Text))

responses = _content(
    "archive_response", _id(),
    Column("activity_id", Text), Column("ballot_id", Text), Column("option_id", Text),
    Column("value_num", Float), Column("value_x", Float), Column("value_y", Float),
    Column("value_text", Text), Column("count", Integer), Column("stakeholder_group", Text),
    Column("source", Text), Column("submitted_at", UTCDateTime),
    Column("withdrawn_at", UTCDateTime), index=("activity_id",))

clusters = _content(
    "archive_cluster", _id(),
    Column("scenario_id", Text), Column("name", Text), Column("color", Text),
    Column("pos_x", Float), Column("pos_y", Float), Column("created_at", UTCDateTime),
    Column("dots", Integer))

notes = _content(
    "archive_note", _id(),
    Column("scenario_id", Text), Column("activity_id", Text), Column("text", Text),
    Column("category", Text), Column("tags", JSON), Column("cluster_id", Text),
    Column("pos_x", Float), Column("pos_y", Float), Column("moderation", Text),
    Column("hidden_reason", Text), Column("merged_into_id", Text),
    Column("stakeholder_group", Text), Column("source", Text),
    Column("created_at", UTCDateTime), Column("updated_at", UTCDateTime),
    Column("dots", Integer), index=("scenario_id",))

events = _content(
    "archive_event", _id(),
    Column("seq", Integer), Column("at", UTCDateTime), Column("kind", Text),
    Column("activity_id", Text), Column("payload", JSON))

#: Record list of WorkshopRecords → its table (in the order rows are written).
CONTENT: dict[str, Table] = {
    "scenarios": scenarios, "activities": activities, "options": options,
    "responses": responses, "clusters": clusters, "notes": notes, "events": events,
}
#: Record lists whose records carry ``workshop_id`` (the archive keeps it once, in the catalog).
WITH_WORKSHOP_ID = ("scenarios", "activities", "responses", "clusters", "notes", "events")

# -- 1.1: recommendations with their evidence -------------------------------------------
recommendations = Table(
    "archive_recommendation", metadata,
    Column("id", Text, primary_key=True),  # a UUID
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("audience", Text, nullable=False),  # paper, handbook, both
    Column("pilots", JSON, nullable=False),  # card ids
    Column("decision", Text, nullable=False),  # proposed, adopted, changed, not_adopted
    Column("decision_into", Text, nullable=True),  # adopted/changed: paper, handbook, both
    Column("decision_reason", Text, nullable=True),
    Column("revision", Integer, nullable=False),  # +1 on every change (a stale edit is refused)
    Column("created_at", UTCDateTime, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("updated_by", Text, nullable=False),
)

evidence = Table(
    "archive_evidence", metadata,
    Column("id", Text, primary_key=True),  # a UUID
    Column("recommendation_id", Text,
           ForeignKey("archive_recommendation.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),  # note, cluster, result, statement
    Column("workshop_id", Text, nullable=False),
    Column("item_id", Text, nullable=False),  # note, cluster, activity or option UUID
    Column("quote", Text, nullable=False),  # what it said when it was linked
    Column("figures", JSON, nullable=False),  # its numbers when it was linked
    Column("context", JSON, nullable=False),  # workshop title, card id, prompt at link time
    Column("linked_at", UTCDateTime, nullable=False),
    Column("linked_by", Text, nullable=False),
    UniqueConstraint("recommendation_id", "kind", "workshop_id", "item_id",
                     name="uq_archive_evidence_item"),
    Index("ix_archive_evidence_workshop", "workshop_id"),
)

changes = Table(
    "archive_recommendation_change", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("recommendation_id", Text, nullable=False, index=True),
    Column("at", UTCDateTime, nullable=False),
    Column("by", Text, nullable=False),
    Column("action", Text, nullable=False),  # created, edited, decided, linked, unlinked, imported
    Column("details", JSON, nullable=False),
)

RECOMMENDATION_TABLES = (recommendations, evidence, changes)


def parse_version(value: str) -> tuple[int, int]:
    major, _, minor = value.strip().partition(".")
    return int(major), int(minor or 0)


def _v1_0_to_v1_1(conn: Connection) -> None:
    """1.1 adds the recommendations, their evidence links and their history."""
    metadata.create_all(conn, tables=list(RECOMMENDATION_TABLES), checkfirst=True)


# (from_version, to_version, step): applied in order while the archive is older.
MIGRATIONS: list[tuple[tuple[int, int], tuple[int, int], Callable[[Connection], None]]] = [
    ((1, 0), (1, 1), _v1_0_to_v1_1),
]
