"""A workshop as plain records: what exports are written from and imports restore.

Every record is a dict keyed by the model's field names (``Response.value_num``,
``Note.moderation``, ...), so that :func:`studio.core.restore.restore_workshop`
takes them as they are. Timestamps are aware UTC datetimes truncated to whole
milliseconds: the precision an Excel date keeps, so export → import → export
gives the same rows.

The rows are read through the core (:func:`studio.core.snapshot.read_tables`),
in one read transaction: an export taken while the workshop is running sees one
consistent moment (no ballot counted in Results but missing in Responses).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studio import __version__
from studio.core.snapshot import read_tables
from studio.core.workshop_files import Storage, open_readonly


def ms(value: datetime | None) -> datetime | None:
    """Truncate to whole milliseconds (what survives a round trip through Excel)."""
    if value is None or not value.microsecond % 1000:
        return value
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


_TIME_FIELDS = ("created_at", "updated_at", "submitted_at", "withdrawn_at", "at")


def _fix_times(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        for key in _TIME_FIELDS:
            if key in row:
                row[key] = _utc(row[key])
    return rows


def _utc(value: Any) -> datetime | None:
    """Plain table reads bypass the ORM type on some paths; make every time aware UTC, ms precision."""
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


# Fields whose values repeat across many rows (the workshop's, an activity's or a ballot's id,
# a group, a source, a kind). The database driver gives each row its own copy of the text;
# a merge keeps twenty large workshops in memory at once, so one copy is kept per value.
_REPEATED = ("workshop_id", "scenario_id", "activity_id", "option_id", "ballot_id",
             "stakeholder_group", "source", "kind", "category", "cluster_id", "moderation",
             "state")


def share_repeated(*tables: list[dict[str, Any]]) -> None:
    """Make equal values of :data:`_REPEATED` fields one object (less memory, same records)."""
    cache: dict[str, str] = {}
    shared = cache.setdefault
    for rows in tables:
        if not rows:
            continue
        keys = [k for k in _REPEATED if k in rows[0]]
        for row in rows:
            for key in keys:
                value = row.get(key)
                if value.__class__ is str:
                    row[key] = shared(value, value)


def read_records(store: Storage, source_name: str = "") -> WorkshopRecords:
    """Everything a workshop holds that the export carries."""
    tables = read_tables(store)
    rec = WorkshopRecords(
        workshop=_fix_times([tables.workshop])[0],
        scenarios=tables.scenarios,
        activities=tables.activities,
        options=tables.options,
        responses=_fix_times(tables.responses),
        clusters=_fix_times(tables.clusters),
        notes=_fix_times(tables.notes),
        events=_fix_times(tables.events),
        meta={"file_schema_version": tables.meta.get("schema_version", ""),
              "app_version": tables.meta.get("written_by", __version__)},
        source_name=source_name,
    )
    share_repeated(rec.scenarios, rec.activities, rec.options, rec.responses, rec.clusters,
                   rec.notes, rec.events)
    sort_records(rec)
    return rec


def read_workshop_file(path: Path) -> WorkshopRecords:
    """The records of a .workshop file, read without changing a byte of it."""
    with open_readonly(path) as store:
        return read_records(store, source_name=Path(path).name)
