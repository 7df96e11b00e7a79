"""A workshop's records as the archive keeps them, and how two copies of it compare.

The archive stores :class:`~studio.exchange.records.WorkshopRecords`, the one
shape exports are written from and imports and merges read, so a workshop file
and an export go through the same door (:func:`studio.exchange.merge.read_input`).
Before storing, a note hidden for personal data loses its text and a hiding
reason its personal data, exactly as an export withholds them
(:func:`for_archive`): the archive is shared by a team and holds what an export
holds. Stakeholder groups stay as given (a workshop file names small groups, an
export folds them), so that an analysis across workshops can pool them.

The *fingerprint* is a hash of the canonical records: the same content gives the
same fingerprint whether it was read from a file, an export or the archive
(:mod:`studio.archive.fingerprint`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from operator import itemgetter
from typing import Any

from studio.archive.fingerprint import (  # noqa: F401 (used as C.*)
    TABLES,
    Columns,
    columns,
    fingerprint,
)
from studio.archive.fingerprint import canonical as _canonical
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.exchange import rows as R
from studio.exchange.records import WorkshopRecords


def for_archive(rec: WorkshopRecords) -> WorkshopRecords:
    """A copy of ``rec`` without what an export withholds (and without import locations)."""
    language = rec.workshop.get("language") or "de"

    def plain(r: dict[str, Any]) -> dict[str, Any]:
        # Rows are only read from here on: shared unless an import location must go.
        return {k: v for k, v in r.items() if k != "_where"} if "_where" in r else r

    notes = []
    for n in rec.notes:
        shown = plain(R.as_exported(n))
        if shown.get("text") is None:
            shown["text"] = R.note_text(n, language)
        notes.append(shown)
    return WorkshopRecords(
        workshop=plain(rec.workshop),
        scenarios=[plain(r) for r in rec.scenarios],
        activities=[plain(r) for r in rec.activities],
        options=[plain(r) for r in rec.options],
        responses=[plain(r) for r in rec.responses],
        clusters=[plain(r) for r in rec.clusters],
        notes=notes,
        events=[plain(R.as_exported(e)) for e in rec.events],
        meta=dict(rec.meta),
        source_name=rec.source_name,
    )


def last_change(rec: WorkshopRecords,
                gathered: Mapping[str, Columns] | None = None) -> datetime | None:
    """The latest moment the records show (a ballot, a withdrawal, a note edit, a log entry).

    ``gathered``: the tables by column (:func:`columns`), where at hand."""
    gathered = gathered or {}
    moments: list[datetime] = []

    def add(values: Iterable[Any]) -> None:
        moments.extend(v for v in values if isinstance(v, datetime))

    add([rec.workshop.get("created_at")])
    for table, field in (("responses", "submitted_at"), ("responses", "withdrawn_at"),
                         ("notes", "updated_at"), ("notes", "created_at"),
                         ("clusters", "created_at"), ("events", "at")):
        by_column = gathered.get(table)
        if by_column is not None and field in by_column:
            values = by_column[field]
            if set(map(type, values)) <= {datetime, type(None)}:  # the usual: at C speed
                add([max(filter(None, values), default=None)])
                continue
        else:
            values = [r.get(field) for r in getattr(rec, table)]
        add(values)
    return max(moments, default=None)


def counts(rec: WorkshopRecords) -> dict[str, int]:
    """What the catalog lists: scenarios, activities, ballots, responses, notes, clusters."""
    return {
        "scenarios": len(rec.scenarios), "activities": len(rec.activities),
        "ballots": rec.counts()["ballots"], "responses": len(rec.responses),
        "notes": len(rec.notes), "clusters": len(rec.clusters),
    }


def sort_by_id(rec: WorkshopRecords) -> None:
    """Each table's records by their id (the order the fingerprint reads them in), where
    every record has a text id; rows are written in that order. (A database's rows have no
    order: what is read back is sorted, :func:`studio.exchange.records.sort_records`.)"""
    by_id = itemgetter("id")
    for table in TABLES:
        rows = getattr(rec, table)
        if all(type(r.get("id")) is str for r in rows):
            rows.sort(key=by_id)


# -- what changed between two copies -----------------------------------------------------
#: Not an edit of a note: moving it, its dots, or its group named (file) or folded (export).
_NOT_EDITS = ("pos_x", "pos_y", "updated_at", "dots", "stakeholder_group")

_LABELS = {  # (context "Archive") how each change is named: "{label}: {n}"
    "ballots+": QT_TRANSLATE_NOOP("Archive", "new ballots"),
    "ballots-": QT_TRANSLATE_NOOP("Archive", "ballots withdrawn or gone"),
    "tallies": QT_TRANSLATE_NOOP("Archive", "tally entries changed"),
    "notes+": QT_TRANSLATE_NOOP("Archive", "new notes"),
    "notes-": QT_TRANSLATE_NOOP("Archive", "notes gone"),
    "notes~": QT_TRANSLATE_NOOP("Archive", "notes edited"),
    "dots": QT_TRANSLATE_NOOP("Archive", "notes or clusters with other dots"),
    "clusters": QT_TRANSLATE_NOOP("Archive", "clusters added, changed or gone"),
    "scenarios": QT_TRANSLATE_NOOP("Archive", "scenarios added, changed or gone"),
    "activities": QT_TRANSLATE_NOOP("Archive", "activities added, changed or gone"),
    "options": QT_TRANSLATE_NOOP("Archive", "options added, changed or gone"),
    "groups": QT_TRANSLATE_NOOP("Archive", "answers and notes with their group named differently"),
    "events": QT_TRANSLATE_NOOP("Archive", "new log entries"),
    "workshop": QT_TRANSLATE_NOOP("Archive", "workshop details changed"),
}


def _by_id(rows: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    return {r["id"]: _canonical(r) for r in rows}


def _differing(old: dict[Any, dict[str, Any]], new: dict[Any, dict[str, Any]],
               ignore: tuple[str, ...] = ()) -> int:
    """Records added, removed, or changed outside ``ignore``."""
    n = len(old.keys() ^ new.keys())
    for key in old.keys() & new.keys():
        a = {k: v for k, v in old[key].items() if k not in ignore and k != "workshop_id"}
        b = {k: v for k, v in new[key].items() if k not in ignore and k != "workshop_id"}
        n += a != b
    return n


def changes(old: WorkshopRecords, new: WorkshopRecords) -> list[tuple[str, int]]:
    """What ``new`` changes against ``old``: (label key, count) pairs, only those not 0."""
    out: list[tuple[str, int]] = []

    def ballots(rec: WorkshopRecords) -> set[str]:
        return {r["ballot_id"] for r in rec.responses if r["ballot_id"]
                and r["withdrawn_at"] is None}

    before, after = ballots(old), ballots(new)
    out += [("ballots+", len(after - before)), ("ballots-", len(before - after))]
    tallies_old = _by_id([r for r in old.responses if not r["ballot_id"]])
    tallies_new = _by_id([r for r in new.responses if not r["ballot_id"]])
    out.append(("tallies", _differing(tallies_old, tallies_new, ("stakeholder_group",))))
    notes_old, notes_new = _by_id(old.notes), _by_id(new.notes)
    groups = 0
    for before_, after_ in ((_by_id(old.responses), new.responses), (notes_old, new.notes)):
        for r in after_:
            was = before_.get(r["id"])
            if was is not None and was.get("stakeholder_group") != r.get("stakeholder_group"):
                groups += 1
    out.append(("groups", groups))
    out += [("notes+", len(notes_new.keys() - notes_old.keys())),
            ("notes-", len(notes_old.keys() - notes_new.keys())),
            ("notes~", _differing({k: v for k, v in notes_old.items() if k in notes_new},
                                  {k: v for k, v in notes_new.items() if k in notes_old},
                                  _NOT_EDITS))]
    dots = sum(1 for k in notes_old.keys() & notes_new.keys()
               if notes_old[k].get("dots") != notes_new[k].get("dots"))
    cl_old, cl_new = _by_id(old.clusters), _by_id(new.clusters)
    dots += sum(1 for k in cl_old.keys() & cl_new.keys()
                if cl_old[k].get("dots") != cl_new[k].get("dots"))
    out.append(("dots", dots))
    out.append(("clusters", _differing(cl_old, cl_new, ("dots",))))
    for table in ("scenarios", "activities", "options"):
        out.append((table, _differing(_by_id(getattr(old, table)), _by_id(getattr(new, table)))))
    out.append(("events", len(_by_id(new.events).keys() - _by_id(old.events).keys())))
    out.append(("workshop", int(_canonical(old.workshop) != _canonical(new.workshop))))
    return [(key, n) for key, n in out if n]


def describe(found: list[tuple[str, int]]) -> str:
    """``found`` as text: "new ballots: 12, notes edited: 3" (in the user's language)."""
    if not found:
        return translate("Archive", QT_TRANSLATE_NOOP("Archive", "details changed"))
    return ", ".join(f"{translate('Archive', _LABELS[key])}: {n}" for key, n in found)
