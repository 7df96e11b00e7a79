"""A workshop as plain records: what exports are written from and imports restore.

Every record is a dict keyed by the model's field names (``Response.value_num``,
``Note.moderation``, ...), so that :func:`studio.core.restore.restore_workshop`
takes them as they are. Timestamps are aware UTC datetimes truncated to whole
milliseconds: the precision an Excel date keeps, so export → import → export
gives the same rows.

Reading happens inside one read transaction, so an export taken while the
workshop is running sees one consistent moment (no ballot counted in Results
but missing in Responses).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from studio import __version__
from studio.store.database import WorkshopStore, inspect_file
from studio.store.models import (
    Activity,
    Cluster,
    Dot,
    Event,
    Meta,
    Note,
    Option,
    Response,
    Scenario,
    Workshop,
)


def ms(value: datetime | None) -> datetime | None:
    """Truncate to whole milliseconds (what survives a round trip through Excel)."""
    if value is None:
        return None
    return value.replace(microsecond=value.microsecond - value.microsecond % 1000)


@dataclass
class WorkshopRecords:
    workshop: dict[str, Any]
    scenarios: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    options: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    source_name: str = ""

    @property
    def id(self) -> str:
        return self.workshop["id"]

    def counts(self) -> dict[str, int]:
        return {
            "scenarios": len(self.scenarios),
            "ballots": len({r["ballot_id"] for r in self.responses
                            if r["ballot_id"] and r["withdrawn_at"] is None}),
            "notes": len(self.notes),
        }


def _rows(conn: Connection, table: Any, *order: Any, where: Any = None) -> list[dict[str, Any]]:
    stmt = select(table.__table__).order_by(*order)
    if where is not None:
        stmt = stmt.where(where)
    return [dict(r) for r in conn.execute(stmt).mappings()]


_TIME_FIELDS = ("created_at", "updated_at", "submitted_at", "withdrawn_at", "at")


def _fix_times(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        for key in _TIME_FIELDS:
            if key in row:
                row[key] = _utc(row[key])
    return rows


def _utc(value: Any) -> datetime | None:
    """Core selects bypass the ORM type on some paths; make every time aware UTC, ms precision."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return ms(value)


def sort_records(rec: WorkshopRecords) -> None:
    """The export's row order (also after an import of hand-sorted rows or a merge)."""
    scen_pos = {s["id"]: s["position"] for s in rec.scenarios}
    rec.scenarios.sort(key=lambda s: (s["position"], s["id"]))
    rec.activities.sort(key=lambda a: (scen_pos.get(a["scenario_id"], 0), a["position"], a["id"]))
    act_pos = {a["id"]: i for i, a in enumerate(rec.activities)}
    rec.options.sort(key=lambda o: (act_pos.get(o["activity_id"], 0), o["position"], o["id"]))
    rec.responses.sort(key=lambda r: (
        act_pos.get(r["activity_id"], 0), r["withdrawn_at"] is not None,
        r["submitted_at"] or datetime.min.replace(tzinfo=timezone.utc), r["ballot_id"] or "",
        r["id"]))
    rec.clusters.sort(key=lambda c: (c["created_at"], c["id"]))
    rec.notes.sort(key=lambda n: (n["created_at"], n["id"]))
    rec.events.sort(key=lambda e: (e["seq"], e["id"]))


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


def read_records(store: WorkshopStore, source_name: str = "") -> WorkshopRecords:
    """Everything a workshop holds that the export carries."""
    with snapshot(store) as conn:
        ws = _rows(conn, Workshop, Workshop.id)
        if not ws:
            from studio.base.errors import NotFoundError
            from studio.base.i18n import QT_TRANSLATE_NOOP

            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
        workshop = _fix_times(ws[:1])[0]
        scenarios = _rows(conn, Scenario, Scenario.position, Scenario.id)
        activities = _rows(conn, Activity, Activity.position, Activity.id)
        options = _rows(conn, Option, Option.position, Option.id)
        responses = _fix_times(_rows(conn, Response, Response.id))
        dots: dict[str, int] = {}
        for note_id, cluster_id, n in conn.execute(
            select(Dot.note_id, Dot.cluster_id, func.count()).group_by(Dot.note_id, Dot.cluster_id)
        ):
            key = note_id or cluster_id
            dots[key] = dots.get(key, 0) + n
        clusters = _fix_times(_rows(conn, Cluster, Cluster.created_at, Cluster.id))
        notes = _fix_times(_rows(conn, Note, Note.created_at, Note.id))
        for rec in (*clusters, *notes):
            rec["dots"] = dots.get(rec["id"], 0)
        events = _fix_times(_rows(conn, Event, Event.seq, Event.id))
        meta = {m["key"]: m["value"] for m in conn.execute(select(Meta.__table__)).mappings()}
    rec = WorkshopRecords(
        workshop=workshop, scenarios=scenarios, activities=activities, options=options,
        responses=responses, clusters=clusters, notes=notes, events=events,
        meta={"file_schema_version": meta.get("schema_version", ""),
              "app_version": meta.get("written_by", __version__)},
        source_name=source_name,
    )
    sort_records(rec)
    return rec


@contextlib.contextmanager
def open_readonly(path: Path) -> Iterator[WorkshopStore]:
    """Open a .workshop file without changing a byte of it.

    Opening a file normally stamps it and switches it to WAL; so we copy it
    first with SQLite's backup API from a read-only connection (consistent even
    while the app has the workshop open), then open the copy.
    """
    path = Path(path)
    inspect_file(path)  # read-only: refuses what is not a workshop, with a clear message
    folder = Path(tempfile.mkdtemp(prefix="studio-read-"))
    try:
        copy = folder / "copy.workshop"
        # With no WAL beside it (the app is not running it), immutable=1 makes SQLite create
        # no -wal/-shm files either; otherwise read-only still sees the running app's commits.
        running = path.with_name(path.name + "-wal").exists()
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if running else "&immutable=1")
        src = sqlite3.connect(uri, uri=True)
        try:
            dest = sqlite3.connect(copy)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        store = WorkshopStore.open(copy)
        try:
            yield store
        finally:
            store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_workshop_file(path: Path) -> WorkshopRecords:
    with open_readonly(path) as store:
        return read_records(store, source_name=Path(path).name)
