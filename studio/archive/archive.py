"""The archive: many workshops, each exactly once, with where it came from.

:func:`open_archive` gives an :class:`Archive`, the one door to an archive for
the command line and the UI. Its read methods hand out frozen dataclasses
(:class:`ArchivedWorkshop`, :class:`WorkshopContent`) or a fresh copy of a
workshop's records for exports and merges, never database rows.

Adding (:meth:`Archive.add`) runs one transaction per workshop, so a killed
``archive add`` leaves the archive as it was before that workshop. A workshop is
matched by its UUID (a unique key: two adds of the same workshop at once on a
server end with one copy, the second finding it there). What happens to a
workshop that is already archived:

- the same content (same fingerprint): nothing changes;
- a different copy whose last change (latest ballot, withdrawal, note edit or log
  entry) is later replaces the archived one, and the outcome says what changed;
  at the same last change, more ballots win, then a workshop file wins over an
  export (it names the small groups an export folds);
- otherwise (an older copy, or one no newer) the archived copy is kept, and the
  outcome says so.

``--city``/``--place`` given with the same content update the catalog only. A
replacing copy keeps the archived city and place unless they are given again.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from studio.archive import content as C
from studio.archive import schema as S
from studio.archive.store import ArchiveError, ArchiveStore
from studio.archive.writing import insert_rows
from studio.base.errors import NotFoundError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.exchange.records import WorkshopRecords, sort_records

ADDED, UNCHANGED, REPLACED, KEPT = "added", "unchanged", "replaced", "kept"
_RETRIES = 3


@dataclass(frozen=True)
class ArchivedWorkshop:
    """One workshop in the archive's catalog."""

    workshop_id: str
    title: str
    city: str
    place: str
    date: date | None
    language: str
    added_from: str
    added_kind: str
    added_at: datetime
    last_change: datetime | None
    fingerprint: str
    scenarios: int
    activities: int
    ballots: int
    responses: int
    notes: int
    clusters: int

    def as_json(self) -> dict[str, Any]:
        return {
            "workshop_id": self.workshop_id, "title": self.title, "city": self.city,
            "place": self.place, "date": self.date.isoformat() if self.date else None,
            "language": self.language, "added_from": self.added_from,
            "added_kind": self.added_kind, "added_at": self.added_at.isoformat(),
            "last_change": self.last_change.isoformat() if self.last_change else None,
            "scenarios": self.scenarios, "activities": self.activities,
            "ballots": self.ballots, "responses": self.responses, "notes": self.notes,
            "clusters": self.clusters,
        }


@dataclass(frozen=True)
class WorkshopContent:
    """A workshop's records, read-only: each record a read-only mapping."""

    workshop: Mapping[str, Any]
    scenarios: tuple[Mapping[str, Any], ...]
    activities: tuple[Mapping[str, Any], ...]
    options: tuple[Mapping[str, Any], ...]
    responses: tuple[Mapping[str, Any], ...]
    clusters: tuple[Mapping[str, Any], ...]
    notes: tuple[Mapping[str, Any], ...]
    events: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class AddOutcome:
    """What adding one workshop did: ``status`` is added, unchanged, replaced or kept."""

    status: str
    workshop: ArchivedWorkshop
    #: replaced: what changed, as (label key, count) pairs (see :func:`content.describe`)
    changes: tuple[tuple[str, int], ...] = ()
    #: kept/unchanged: the archived copy's source; unchanged: True when city/place were set
    relabelled: bool = False
    previous: ArchivedWorkshop | None = field(default=None)


def _catalog(row: Mapping[str, Any]) -> ArchivedWorkshop:
    return ArchivedWorkshop(**{f: row[f] for f in ArchivedWorkshop.__dataclass_fields__})


class Archive:
    """An open archive (a file or a server database). Close it, or use it in ``with``."""

    def __init__(self, store: ArchiveStore) -> None:
        self.store = store

    @property
    def shown(self) -> str:
        """The archive as messages name it (a path, or a URL without its password)."""
        return self.store.shown

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- reading -----------------------------------------------------------------------
    def workshops(self) -> tuple[ArchivedWorkshop, ...]:
        """Every workshop, by city, date, title (a stable order)."""
        with self.store.reading() as conn:
            rows = conn.execute(select(S.workshops)).mappings().all()
        found = [_catalog(r) for r in rows]
        return tuple(sorted(found, key=lambda w: (w.city.casefold(), w.date or date.min,
                                                   w.title.casefold(), w.workshop_id)))

    def find(self, workshop_id: str) -> ArchivedWorkshop:
        """The workshop with this id, or the one whose id starts with it (at least 4 characters)."""
        wanted = workshop_id.strip().lower()
        matches = [w for w in self.workshops() if w.workshop_id.lower() == wanted]
        if not matches and len(wanted) >= 4:
            matches = [w for w in self.workshops() if w.workshop_id.lower().startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "{id} matches {n} workshops in {archive}. Give more of the id (see "
                "studio archive list)."), id=workshop_id, n=len(matches), archive=self.shown)
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "{archive} holds no workshop {id}. See studio archive list for the ids."),
            id=workshop_id, archive=self.shown)

    def records(self, workshop_id: str) -> WorkshopRecords:
        """A fresh copy of one workshop's records (the shape exports and merges take)."""
        with self.store.reading() as conn:
            key = conn.execute(select(S.workshops.c.key).where(
                S.workshops.c.workshop_id == workshop_id)).scalar()
            if key is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "Errors", "{archive} holds no workshop {id}. See studio archive list for "
                    "the ids."), id=workshop_id, archive=self.shown)
            return _read_content(conn, key)

    def all_records(self) -> list[WorkshopRecords]:
        """Every workshop's records, read at one moment, in the order of :meth:`workshops`."""
        order = {w.workshop_id: i for i, w in enumerate(self.workshops())}
        with self.store.reading() as conn:
            keys = conn.execute(select(S.workshops.c.key, S.workshops.c.workshop_id)).all()
            out = [_read_content(conn, key) for key, _wid in keys]
        return sorted(out, key=lambda r: order.get(r.id, len(order)))

    def outlines(self) -> list[WorkshopRecords]:
        """Every workshop's own record and its scenarios, nothing else (no answers, notes or
        log: a small part of :meth:`all_records`), in the order of :meth:`workshops`."""
        order = {w.workshop_id: i for i, w in enumerate(self.workshops())}
        with self.store.reading() as conn:
            found: dict[int, WorkshopRecords] = {}
            for r in conn.execute(select(S.workshop_record)).mappings():
                ws = dict(r)
                found[ws.pop("wkey")] = WorkshopRecords(workshop=ws)
            for r in conn.execute(select(S.scenarios)).mappings():
                rec = found.get(r["wkey"])
                if rec is not None:
                    row = dict(r)
                    row.pop("wkey")
                    row["workshop_id"] = rec.id
                    rec.scenarios.append(row)
        for rec in found.values():
            sort_records(rec)
        return sorted(found.values(), key=lambda r: order.get(r.id, len(order)))

    def content(self, workshop_id: str) -> WorkshopContent:
        """One workshop's records, frozen (for views that must not change what they show)."""
        rec = self.records(workshop_id)

        def frozen(rows: list[dict[str, Any]]) -> tuple[Mapping[str, Any], ...]:
            return tuple(MappingProxyType(r) for r in rows)

        return WorkshopContent(MappingProxyType(rec.workshop), *(
            frozen(getattr(rec, t)) for t in C.TABLES))

    # -- changing ----------------------------------------------------------------------
    def add(self, records: WorkshopRecords, added_from: str, added_kind: str = "workshop",
            city: str | None = None, place: str | None = None) -> AddOutcome:
        """Add one workshop (in one transaction); see the module's text for a workshop
        already there. ``added_from`` is a file name (a path is cut to its name)."""
        rec = C.for_archive(records)
        C.sort_by_id(rec)  # the fingerprint's order (reading gives the export's order again)
        added_from = os.path.basename(added_from.replace("\\", "/"))
        for attempt in range(_RETRIES):
            try:
                with self.store.writing() as conn:
                    return self._add(conn, rec, added_from, added_kind, city, place)
            except IntegrityError:
                # Another process added the same workshop a moment ago: look again.
                if attempt == _RETRIES - 1:
                    raise ArchiveError(QT_TRANSLATE_NOOP(
                        "Errors", "“{title}” could not be added to {archive}: others kept "
                        "adding it at the same moment. Run the command again."),
                        title=rec.workshop.get("title", ""), archive=self.shown) from None
        raise AssertionError("unreachable")

    def _add(self, conn: Connection, rec: WorkshopRecords, added_from: str, added_kind: str,
             city: str | None, place: str | None) -> AddOutcome:
        W = S.workshops
        row = conn.execute(select(W).where(W.c.workshop_id == rec.id).with_for_update()
                           ).mappings().first()
        # Each table by column once, for the fingerprint and for writing.
        gathered = {name: C.columns(getattr(rec, name)) for name in C.TABLES}
        fingerprint = C.fingerprint(rec, gathered)
        last = C.last_change(rec, gathered)
        counted = C.counts(rec)
        if row is None:
            values = self._catalog_values(rec, added_from, added_kind, fingerprint, last, counted)
            values["city"] = city if city is not None else rec.workshop.get("organiser") or ""
            values["place"] = place if place is not None else rec.workshop.get("place") or ""
            key = conn.execute(insert(W).values(**values)).inserted_primary_key[0]
            _write_content(conn, key, rec, gathered)
            return AddOutcome(ADDED, _catalog(_get(conn, key)))
        old = _catalog(row)
        if row["fingerprint"] == fingerprint:
            labels = {k: v for k, v in (("city", city), ("place", place))
                      if v is not None and v != row[k]}
            if labels:
                conn.execute(update(W).where(W.c.key == row["key"]).values(**labels))
            return AddOutcome(UNCHANGED, _catalog(_get(conn, row["key"])),
                              relabelled=bool(labels))
        if not _newer((last, counted["ballots"], added_kind), old):
            return AddOutcome(KEPT, old)
        before = _read_content(conn, row["key"])
        found = C.changes(before, rec)
        values = self._catalog_values(rec, added_from, added_kind, fingerprint, last, counted)
        values["city"] = city if city is not None else row["city"]
        values["place"] = place if place is not None else row["place"]
        _delete_content(conn, row["key"])
        conn.execute(update(W).where(W.c.key == row["key"]).values(**values))
        _write_content(conn, row["key"], rec, gathered)
        return AddOutcome(REPLACED, _catalog(_get(conn, row["key"])), tuple(found),
                          previous=old)

    @staticmethod
    def _catalog_values(rec: WorkshopRecords, added_from: str, added_kind: str,
                        fingerprint: str, last: datetime | None,
                        counted: dict[str, int]) -> dict[str, Any]:
        ws = rec.workshop
        return {
            "workshop_id": rec.id, "title": ws.get("title") or "", "date": ws.get("date"),
            "language": ws.get("language") or "de", "added_from": added_from,
            "added_kind": added_kind, "added_at": datetime.now(timezone.utc),
            "fingerprint": fingerprint, "last_change": last, **counted,
            "file_schema_version": str(rec.meta.get("file_schema_version", "")),
            "app_version": str(rec.meta.get("app_version", "")),
        }

    def remove(self, workshop_id: str) -> ArchivedWorkshop:
        """Remove one workshop (the id or a unique start of it) with all its records."""
        found = self.find(workshop_id)
        with self.store.writing() as conn:
            key = conn.execute(select(S.workshops.c.key).where(
                S.workshops.c.workshop_id == found.workshop_id).with_for_update()).scalar()
            if key is None:  # removed by someone else meanwhile
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "Errors", "{archive} holds no workshop {id}. See studio archive list for "
                    "the ids."), id=workshop_id, archive=self.shown)
            _delete_content(conn, key)
            conn.execute(delete(S.workshops).where(S.workshops.c.key == key))
        return found

    def count_rows(self) -> dict[str, int]:
        """Rows per content table (for checks: a removed workshop leaves none behind)."""
        with self.store.reading() as conn:
            return {t: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for t, table in (("workshop", S.workshop_record), *S.CONTENT.items())}


def _newer(incoming: tuple[datetime | None, int, str], old: ArchivedWorkshop) -> bool:
    """True when a copy with (last change, ballots, kind) is newer than the archived one."""
    def key(last: datetime | None, ballots: int, kind: str) -> tuple:
        return (last or datetime.min.replace(tzinfo=timezone.utc), ballots, kind == "workshop")

    return key(*incoming) > key(old.last_change, old.ballots, old.added_kind)


def _get(conn: Connection, key: int) -> Mapping[str, Any]:
    return conn.execute(select(S.workshops).where(S.workshops.c.key == key)).mappings().one()


def _write_content(conn: Connection, key: int, rec: WorkshopRecords,
                   gathered: Mapping[str, C.Columns] | None = None) -> None:
    """Write ``rec``'s records under ``key`` (``gathered``: its tables by column, if at hand)."""
    insert_rows(conn, S.workshop_record, key, [rec.workshop])
    for name, table in S.CONTENT.items():
        rows = getattr(rec, name)
        if rows:
            insert_rows(conn, table, key, rows, (gathered or {}).get(name))


def _delete_content(conn: Connection, key: int) -> None:
    for table in (*reversed(S.CONTENT.values()), S.workshop_record):
        conn.execute(delete(table).where(table.c.wkey == key))


def _read_content(conn: Connection, key: int) -> WorkshopRecords:
    cat = _get(conn, key)
    ws = dict(conn.execute(select(S.workshop_record).where(
        S.workshop_record.c.wkey == key)).mappings().one())
    ws.pop("wkey")
    rec = WorkshopRecords(workshop=ws, source_name=cat["added_from"],
                          meta={"file_schema_version": cat["file_schema_version"],
                                "app_version": cat["app_version"]})
    for name, table in S.CONTENT.items():
        rows = []
        for r in conn.execute(select(table).where(table.c.wkey == key)).mappings():
            row = dict(r)
            row.pop("wkey")
            if name in S.WITH_WORKSHOP_ID:
                row["workshop_id"] = ws["id"]
            rows.append(row)
        setattr(rec, name, rows)
    sort_records(rec)
    return rec


def open_archive(target: str | os.PathLike[str], *, create: bool = False) -> Archive:
    """The archive at ``target`` (a ``.studioarchive`` path or a ``postgresql://`` URL).

    ``create=True`` makes an empty archive where there is none (a new file, or the
    tables in an empty server database)."""
    return Archive(ArchiveStore.open(target, create=create))


@dataclass(frozen=True)
class ArchiveSource:
    """An archive as an input of ``studio merge`` (a :class:`studio.exchange.merge.RecordSource`)."""

    target: str

    @property
    def name(self) -> str:
        from studio.archive.store import shown_target

        return shown_target(self.target)

    def read(self) -> list[WorkshopRecords]:
        with open_archive(self.target) as archive:
            found = archive.all_records()
        if not found:
            raise ArchiveError(QT_TRANSLATE_NOOP(
                "Errors", "{archive} holds no workshops yet, so there is nothing to merge from "
                "it. Add some with studio archive add."), archive=self.name)
        return found

    def extra_sheets(self) -> list[tuple[Any, list[tuple]]]:
        """The Recommendations and EvidenceLinks sheets of a merged workbook."""
        from studio.archive.workbook import recommendation_sheets

        with open_archive(self.target) as archive, archive.store.reading() as conn:
            return recommendation_sheets(conn)
