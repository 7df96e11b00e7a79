"""Merge several workshops (files or exports, in any mix) into one workbook.

Rows are combined by their stable ids, so a workshop given twice (or as its
file and as its export) adds no duplicate rows; where two inputs hold the same
id with different content (an export taken earlier, while the workshop was
still running), the first input wins and the summary counts the conflict.

Every input passes the checks of an import first (:mod:`studio.core.restore`):
a hand-edited export with a reference to nothing is refused here as there.

Results are given per workshop and, for the same question asked about the same
scenario card in several workshops (matched by card and activity template, see
:mod:`studio.exchange.compare`), across workshops (``scope = across_workshops``),
computed over all their answers with the same small-group rule; a group is broken out
there only where every workshop's own results break it out.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.results import SMALL_GROUPS
from studio.exchange import rows as R
from studio.exchange import schema
from studio.exchange.compare import across_results
from studio.exchange.records import WorkshopRecords, read_workshop_file, sort_records
from studio.exchange.xlsx_export import Progress, WorkbookPlan, write_workbook
from studio.exchange.xlsx_writer import clean_text
from studio.store.database import SQLITE_HEADER

_TABLES = ("scenarios", "activities", "options", "responses", "clusters", "notes", "events")


@dataclass
class MergeSummary:
    inputs: int = 0
    workshops: list[str] = field(default_factory=list)  # titles, in order
    duplicate_rows: int = 0
    conflicting_rows: int = 0
    across_activities: int = 0
    compared: list[str] = field(default_factory=list)  # "card: template or “prompt”"
    rows: dict[str, int] = field(default_factory=dict)


class RecordSource(Protocol):
    """Workshops from elsewhere than a file (an archive: :class:`studio.archive.ArchiveSource`)."""

    @property
    def name(self) -> str: ...

    def read(self) -> list[WorkshopRecords]: ...


def _extra_sheets(item: object) -> list[tuple[schema.Sheet, list[tuple]]]:
    """The sheets a source brings besides its workshops (an archive: its recommendations)."""
    extra = getattr(item, "extra_sheets", None)
    return extra() if callable(extra) else []


def _combine_extra(found: list[list[tuple[schema.Sheet, list[tuple]]]]
                   ) -> list[tuple[schema.Sheet, list[tuple]]]:
    """Sheets of several sources in one: rows by their id (first column), the first wins."""
    out: dict[str, tuple[schema.Sheet, list[tuple], set[Any]]] = {}
    for sheets in found:
        for sheet, rows in sheets:
            _s, mine, seen = out.setdefault(sheet.name, (sheet, [], set()))
            for row in rows:
                if row[0] not in seen:
                    seen.add(row[0])
                    mine.append(row)
    return [(sheet, rows) for sheet, rows, _seen in out.values()]


def read_input(path: Path) -> list[WorkshopRecords]:
    """A .workshop file (opened read-only) or an export (.xlsx, possibly merged)."""
    path = Path(path)
    if not path.exists():
        raise StudioError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist. Check the name and "
                                            "folder."), path=str(path))
    if not path.is_file():  # a folder
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is neither a workshop file nor an export (.xlsx)."), path=str(path))
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER or path.suffix == ".workshop":
        return _validated(path, [read_workshop_file(path)])
    if head[:2] == b"PK":
        from studio.exchange.xlsx_import import read_export

        return _validated(path, read_export(path))
    raise StudioError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is neither a workshop file nor an export (.xlsx)."), path=str(path))


def _validated(path: Path, workshops: list[WorkshopRecords]) -> list[WorkshopRecords]:
    """``workshops`` if each passes the checks of an import (references, kinds, values)."""
    from studio.core.restore import RestoreError, validate_records
    from studio.exchange.xlsx_import import locate, to_restore

    for w in workshops:
        try:
            validate_records(to_restore(w))
        except RestoreError as exc:
            raise StudioError(QT_TRANSLATE_NOOP("Errors", "{path}: {problem}"), path=path.name,
                              problem=locate(exc).user_message()) from None
    return workshops


def _combine(into: WorkshopRecords, other: WorkshopRecords, summary: MergeSummary) -> None:
    for table in _TABLES:
        mine: list[dict[str, Any]] = getattr(into, table)
        known = {r["id"]: r for r in mine}
        for rec in getattr(other, table):
            old = known.get(rec["id"])
            if old is None:
                mine.append(rec)
                known[rec["id"]] = rec
            else:
                summary.duplicate_rows += 1
                folded = SMALL_GROUPS in (_group(old), _group(rec))
                if _strip(old, folded) != _strip(rec, folded):
                    summary.conflicting_rows += 1


def _group(rec: dict[str, Any]) -> Any:
    """The stakeholder group a record names (an event: its payload's)."""
    payload = rec.get("payload")
    if isinstance(payload, dict) and "group" in payload:
        return payload["group"]
    return rec.get("stakeholder_group")


def _strip(rec: dict[str, Any], folded: bool = False) -> Any:
    """A record as its export holds it (no location, no XML-illegal characters).

    ``folded``: an export wrote ``small_groups`` for the record's group, so the group
    is left out of the comparison (the same record, with its small group not named)."""
    def clean(v: Any) -> Any:
        if isinstance(v, str):
            return clean_text(v)
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return v

    rec = {k: v for k, v in R.as_exported(rec).items() if k != "_where"}
    if folded:
        rec.pop("stakeholder_group", None)
        if isinstance(rec.get("payload"), dict):
            rec["payload"] = {k: v for k, v in rec["payload"].items() if k != "group"}
    return clean(rec)


def merge_records(sources: list[WorkshopRecords], summary: MergeSummary) -> WorkbookPlan:
    by_id: dict[str, WorkshopRecords] = {}
    for rec in sources:
        if rec.id in by_id:
            _combine(by_id[rec.id], rec, summary)
        else:
            by_id[rec.id] = rec
    workshops = list(by_id.values())
    for w in workshops:
        sort_records(w)
    summary.workshops = [w.workshop["title"] for w in workshops]
    across, compared = across_results(workshops)
    summary.across_activities = len(across)
    summary.compared = [c.describe() for c in compared]
    return WorkbookPlan(workshops, across, merged=True)


def merge_files(inputs: Sequence[Path | RecordSource], output: Path,
                progress: Progress | None = None, force: bool = False) -> MergeSummary:
    """Merge ``inputs`` into the workbook ``output`` (atomically; inputs are never changed).

    An input is a path (a workshop file or an export) or a :class:`RecordSource`."""
    from studio.store.atomic import check_output

    output = Path(output)
    check_output(output, force=force)
    if not inputs:
        raise StudioError(QT_TRANSLATE_NOOP("Errors", "Name at least one workshop or export to "
                                            "merge."))
    for path in inputs:
        if isinstance(path, (str, os.PathLike)) and Path(path).resolve() == output.resolve():
            raise StudioError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is both an input and the output. Choose another output."),
                path=str(path))
    summary = MergeSummary(inputs=len(inputs))
    sources: list[WorkshopRecords] = []
    extra: list[list[tuple[schema.Sheet, list[tuple]]]] = []
    for i, item in enumerate(inputs):
        if isinstance(item, (str, os.PathLike)):
            sources.extend(read_input(Path(item)))
            name = Path(item).name
        else:
            sources.extend(item.read())
            extra.append(_extra_sheets(item))
            name = item.name
        if progress:
            progress(0.5 * (i + 1) / len(inputs), name)
    plan = merge_records(sources, summary)
    plan.extra = _combine_extra(extra)

    def later(fraction: float, stage: str) -> None:
        if progress:
            progress(0.5 + fraction / 2, stage)

    write_workbook(plan, output, later)
    summary.rows = {"responses": sum(len(w.responses) for w in plan.workshops),
                    "notes": sum(len(w.notes) for w in plan.workshops)}
    return summary

