"""Everything a workshop holds, read at one moment: what exports are written from.

Rows come as plain dicts keyed by the model's field names (``Response.value_num``,
``Note.moderation``, ...), the shape :func:`studio.core.restore.restore_workshop`
takes back. Dots are counted the one way the board counts them
(:func:`studio.core.notes.count_dots`).

Reading happens inside one read transaction, so an export taken while the
workshop is running sees one consistent moment (no ballot counted in Results
but missing in Responses).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from studio.base.errors import NotFoundError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.notes import count_dots
from studio.store.database import WorkshopStore
from studio.store.models import (
    Activity,
    Cluster,
    Event,
    Meta,
    Note,
    Option,
    Response,
    Scenario,
    Workshop,
)

Row = dict[str, Any]


@dataclass(frozen=True)
class WorkshopTables:
    """The rows of one workshop, each table in its stored order.

    ``clusters`` and ``notes`` carry ``"dots"``: the dots placed on them.
    ``meta`` is the file's key/value stamp (schema version, app that wrote it).
    """

    workshop: Row
    scenarios: list[Row]
    activities: list[Row]
    options: list[Row]
    responses: list[Row]
    clusters: list[Row]
    notes: list[Row]
    events: list[Row]
    meta: dict[str, str]


@contextlib.contextmanager
def snapshot(store: WorkshopStore) -> Iterator[Connection]:
    """A connection inside one read transaction (a consistent view of a running workshop).

    SQLite's driver starts no transaction before a read, so one is begun by hand; a
    server's default isolation (READ COMMITTED) gives each statement its own view,
    so the whole read runs as one REPEATABLE READ transaction there.
    """
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            conn.execution_options(isolation_level="REPEATABLE READ")
        elif store.path is not None:
            conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


def _rows(conn: Connection, table: Any, *order: Any) -> list[Row]:
    result = conn.execute(select(table.__table__).order_by(*order))
    keys = list(result.keys())  # once, not once per row as a row mapping does
    return [dict(zip(keys, r)) for r in result]


def read_tables(store: WorkshopStore) -> WorkshopTables:
    """Every row a workshop holds, read in one transaction; refuses a file with no workshop."""
    with snapshot(store) as conn:
        workshops = _rows(conn, Workshop, Workshop.id)
        if not workshops:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
        dots = count_dots(conn)
        clusters = _rows(conn, Cluster, Cluster.created_at, Cluster.id)
        notes = _rows(conn, Note, Note.created_at, Note.id)
        for row in (*clusters, *notes):
            row["dots"] = dots.get(row["id"], 0)
        return WorkshopTables(
            workshop=workshops[0],
            scenarios=_rows(conn, Scenario, Scenario.position, Scenario.id),
            activities=_rows(conn, Activity, Activity.position, Activity.id),
            options=_rows(conn, Option, Option.position, Option.id),
            responses=_rows(conn, Response, Response.id),
            clusters=clusters,
            notes=notes,
            events=_rows(conn, Event, Event.seq, Event.id),
            meta={m["key"]: m["value"] for m in conn.execute(select(Meta.__table__)).mappings()},
        )
