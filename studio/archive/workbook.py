"""Recommendations to and from the merged workbook's Recommendations and EvidenceLinks sheets.

``studio merge ARCHIVE …`` writes them (:func:`recommendation_sheets`, through
:meth:`studio.archive.ArchiveSource.extra_sheets`); ``studio archive add ARCHIVE
merged.xlsx`` adds the workshops and then restores them
(:func:`import_recommendations`), so one command brings a whole archive back.

Restoring matches a recommendation by its id:

- not in the archive: added as it was, with its evidence links (their snapshots
  included) and its history, plus one history line saying it was imported;
- in the archive at a lower revision: the workbook's state replaces it (fields and
  evidence links); history lines the archive lacks are added, plus the import line;
- in the archive at the same or a higher revision: kept, nothing changes.

Importing the same workbook twice therefore changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from studio.archive import schema as S
from studio.archive.archive import Archive
from studio.archive.evidence import SHEET_OF
from studio.archive.recommendations import IMPORTED, read_all, read_history
from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.exchange import schema as X
from studio.exchange.recommendation_sheets import RecommendationSheets


def _iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat()


def recommendation_sheets(conn: Connection) -> list[tuple[X.Sheet, list[tuple]]]:
    """Both sheets' rows (in the columns' order of :mod:`studio.exchange.schema`)."""
    found = read_all(conn)
    changes: dict[str, list[dict[str, Any]]] = {}
    for c in read_history(conn):
        changes.setdefault(c.recommendation_id, []).append(
            {"at": _iso(c.at), "by": c.by, "action": c.action, "details": c.details})
    recs, links = [], []
    for item in found:
        r = item.recommendation
        values = {
            "recommendation_id": r.id, "title": r.title, "text": r.text or None,
            "audience": r.audience, "pilots": ", ".join(r.pilots) or None,
            "decision": r.decision, "decision_into": r.decision_into,
            "decision_reason": r.decision_reason, "revision": r.revision,
            "created_at": r.created_at, "created_by": r.created_by,
            "updated_at": r.updated_at, "updated_by": r.updated_by,
            "evidence": len(item.evidence), "history": _json(changes.get(r.id, [])),
        }
        recs.append(tuple(values[c] for c in X.RECOMMENDATIONS.names))
        for e in item.evidence:
            values = {
                "evidence_id": e.id, "recommendation_id": r.id, "kind": e.ref.kind,
                "workshop_id": e.ref.workshop_id, "item_id": e.ref.item_id,
                "sheet": SHEET_OF[e.ref.kind][0], "quote": e.snapshot_quote or None,
                "figures": _json(e.snapshot_figures or {}), "context": _json(e.context),
                "linked_at": e.linked_at, "linked_by": e.linked_by,
                "withdrawn": e.withdrawn is not None, "withdrawn_reason": e.withdrawn,
            }
            links.append(tuple(values[c] for c in X.EVIDENCE_LINKS.names))
    return [(X.RECOMMENDATIONS, recs), (X.EVIDENCE_LINKS, links)]


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


@dataclass(frozen=True)
class ImportOutcome:
    """What restoring the recommendations of a workbook did (counts of recommendations)."""

    added: int = 0
    updated: int = 0
    kept: int = 0


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def import_recommendations(archive: Archive, sheets: RecommendationSheets,
                           source_name: str) -> ImportOutcome:
    """Restore ``sheets`` into ``archive`` in one transaction (see the module's text)."""
    _check(sheets)
    source_name = Path(source_name.replace("\\", "/")).name
    try:
        return _import(archive, sheets, source_name)
    except IntegrityError:
        raise StudioError(QT_TRANSLATE_NOOP(
            "Errors", "{name}: the sheet EvidenceLinks repeats an evidence id or links one item "
            "twice to one recommendation. Import an unchanged export."), name=source_name
        ) from None


def _import(archive: Archive, sheets: RecommendationSheets, source_name: str) -> ImportOutcome:
    added = updated = kept = 0
    with archive.store.writing() as conn:
        archive.store.upgrade(conn)
        for row in sheets.recommendations:
            rec_id = row["recommendation_id"]
            have = conn.execute(select(S.recommendations).where(
                S.recommendations.c.id == rec_id).with_for_update()).mappings().first()
            if have is not None and have["revision"] >= row["revision"]:
                kept += 1
                continue
            values = {
                "id": rec_id, "title": row["title"], "text": row["text"] or "",
                "audience": row["audience"],
                "pilots": [p.strip() for p in (row["pilots"] or "").split(",") if p.strip()],
                "decision": row["decision"], "decision_into": row["decision_into"],
                "decision_reason": row["decision_reason"], "revision": row["revision"],
                "created_at": row["created_at"], "created_by": row["created_by"],
                "updated_at": row["updated_at"], "updated_by": row["updated_by"],
            }
            if have is None:
                conn.execute(insert(S.recommendations).values(**values))
                added += 1
            else:
                conn.execute(update(S.recommendations).where(
                    S.recommendations.c.id == rec_id).values(**values))
                conn.execute(delete(S.evidence).where(S.evidence.c.recommendation_id == rec_id))
                updated += 1
            links = [e for e in sheets.evidence if e["recommendation_id"] == rec_id]
            if links:
                conn.execute(insert(S.evidence), [{
                    "id": e["evidence_id"], "recommendation_id": rec_id, "kind": e["kind"],
                    "workshop_id": e["workshop_id"], "item_id": e["item_id"],
                    "quote": e["quote"] or "", "figures": e["figures"] or {},
                    "context": e["context"] or {}, "linked_at": e["linked_at"],
                    "linked_by": e["linked_by"]} for e in links])
            known = {(c.at, c.by, c.action) for c in read_history(conn, rec_id)}
            for line in row["history"] or []:
                at = _moment(line["at"])
                if (at, line["by"], line["action"]) in known:
                    continue
                conn.execute(insert(S.changes).values(
                    recommendation_id=rec_id, at=at, by=str(line["by"]),
                    action=str(line["action"]), details=line.get("details") or {}))
            conn.execute(insert(S.changes).values(
                recommendation_id=rec_id, at=datetime.now(timezone.utc),
                by=row["updated_by"], action=IMPORTED,
                details={"from": source_name, "revision": row["revision"]}))
    return ImportOutcome(added, updated, kept)


def _check(sheets: RecommendationSheets) -> None:
    """Refuse values the archive would not hold (a hand-edited workbook), naming the cell."""
    from studio.archive.evidence import KINDS
    from studio.archive.recommendations import AUDIENCES, DECISIONS, NOT_ADOPTED
    from studio.exchange.xlsx_cells import cell_error

    def refuse(sheet: X.Sheet, row: dict[str, Any], column: str, allowed: tuple[str, ...]):
        return cell_error(sheet.name, row["_row"], column, QT_TRANSLATE_NOOP(
            "Errors", "“{found}” is not one of {allowed}."), found=str(row[column])[:60],
            allowed=", ".join(allowed))

    for r in sheets.recommendations:
        if r["audience"] not in AUDIENCES:
            raise refuse(X.RECOMMENDATIONS, r, "audience", AUDIENCES)
        if r["decision"] not in DECISIONS:
            raise refuse(X.RECOMMENDATIONS, r, "decision", DECISIONS)
        if r["decision_into"] is not None and r["decision_into"] not in AUDIENCES:
            raise refuse(X.RECOMMENDATIONS, r, "decision_into", AUDIENCES)
        if r["decision"] == NOT_ADOPTED and not (r["decision_reason"] or "").strip():
            raise cell_error(X.RECOMMENDATIONS.name, r["_row"], "decision_reason",
                             QT_TRANSLATE_NOOP("Errors", "This cell must not be empty."))
        history = r["history"] or []
        if not isinstance(history, list) or not all(
                isinstance(h, dict) and {"at", "by", "action"} <= h.keys() for h in history):
            raise cell_error(X.RECOMMENDATIONS.name, r["_row"], "history", QT_TRANSLATE_NOOP(
                "Errors", "The history is not the list an export writes. Import an unchanged "
                "export."))
        try:
            for h in history:
                _moment(h["at"])
        except (TypeError, ValueError):
            raise cell_error(X.RECOMMENDATIONS.name, r["_row"], "history", QT_TRANSLATE_NOOP(
                "Errors", "The history is not the list an export writes. Import an unchanged "
                "export.")) from None
    for e in sheets.evidence:
        if e["kind"] not in KINDS:
            raise refuse(X.EVIDENCE_LINKS, e, "kind", KINDS)
