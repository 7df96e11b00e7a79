"""Recommendations with their evidence and decisions, kept in the archive (Qt-free).

Staff write a recommendation (title, text, for the strategy paper, the staff
handbook or both, the pilots it concerns: card ids), link it to evidence
(:mod:`studio.archive.evidence`: notes, clusters, question results,
statements) and record a decision: proposed, adopted or changed (into the
paper, the handbook or both), or not adopted with a reason (required).

Every change is one write transaction that also appends a line to the history
(who: the name the user typed, as plain text, no accounts; when: UTC). The
history is never changed or shortened. A change carries the revision the user
saw (``expected_revision``): when someone else changed the recommendation
meanwhile, it is refused with a message instead of silently overwriting, which
keeps several people on one server honest. On a server the recommendation's row
is locked for the transaction (``SELECT … FOR UPDATE``); a file archive takes
its write lock at the start of every write.

Each evidence link keeps a snapshot of its quote and figures from the moment it
was linked. :func:`recommendations` shows every link with the current quote and
figures, or, when the item is no longer in the archive (its workshop removed,
a note hidden, a newer copy without it), the snapshot marked as withdrawn with
the reason: evidence never silently vanishes. A hidden note's text is withheld
even from the snapshot (notes are hidden for personal data); its link stays.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, delete, func, insert, inspect, select, update

from studio.archive import schema as S
from studio.archive.archive import Archive
from studio.archive.evidence import HIDDEN, EvidenceRef, Resolved, resolve
from studio.base.errors import NotFoundError, StateError, ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP

PAPER, HANDBOOK, BOTH = "paper", "handbook", "both"
AUDIENCES = (PAPER, HANDBOOK, BOTH)
PROPOSED, ADOPTED, CHANGED, NOT_ADOPTED = "proposed", "adopted", "changed", "not_adopted"
DECISIONS = (PROPOSED, ADOPTED, CHANGED, NOT_ADOPTED)
CREATED, EDITED, DECIDED, LINKED, UNLINKED, IMPORTED = (
    "created", "edited", "decided", "linked", "unlinked", "imported")


@dataclass(frozen=True)
class Recommendation:
    """One recommendation as it stands now."""

    id: str
    title: str
    text: str
    audience: str
    pilots: tuple[str, ...]
    decision: str
    decision_into: str | None
    decision_reason: str | None
    revision: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str

    def for_paper(self) -> bool:
        return self.audience in (PAPER, BOTH)

    def for_handbook(self) -> bool:
        return self.audience in (HANDBOOK, BOTH)


@dataclass(frozen=True)
class Evidence:
    """One evidence link: what it says now, or (withdrawn) what it said when linked."""

    id: str
    recommendation_id: str
    ref: EvidenceRef
    quote: str
    figures: dict[str, Any]
    context: dict[str, Any]
    linked_at: datetime
    linked_by: str
    withdrawn: str | None = None  # why: workshop_removed, hidden, gone (evidence.WITHDRAWN_TEXT)
    snapshot_quote: str = ""
    snapshot_figures: dict[str, Any] | None = None


@dataclass(frozen=True)
class RecommendationWithEvidence:
    recommendation: Recommendation
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Change:
    """One line of the history (append-only)."""

    seq: int
    recommendation_id: str
    at: datetime
    by: str
    action: str
    details: dict[str, Any]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _who(by: str) -> str:
    name = " ".join((by or "").split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Type your name first: every change to a recommendation is kept with who "
            "made it."))
    return name[:200]


def _recommendation(row: Any) -> Recommendation:
    return Recommendation(
        id=row["id"], title=row["title"], text=row["text"], audience=row["audience"],
        pilots=tuple(row["pilots"] or ()), decision=row["decision"],
        decision_into=row["decision_into"], decision_reason=row["decision_reason"],
        revision=row["revision"], created_at=row["created_at"], created_by=row["created_by"],
        updated_at=row["updated_at"], updated_by=row["updated_by"])


def _check_fields(title: str, audience: str, pilots: tuple[str, ...]) -> None:
    if not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A recommendation needs a title."))
    if audience not in AUDIENCES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{audience}” is no audience: use paper, handbook or both."),
            audience=audience)
    if any(not str(p).strip() for p in pilots):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A pilot is named by its card id; one of them is empty."))


def _log(conn: Connection, rec_id: str, at: datetime, by: str, action: str,
         details: dict[str, Any]) -> None:
    conn.execute(insert(S.changes).values(recommendation_id=rec_id, at=at, by=by,
                                          action=action, details=details))


def has_tables(conn: Connection) -> bool:
    """False for an archive of schema 1.0 that nobody has written a recommendation to."""
    return inspect(conn).has_table(S.recommendations.name)


def _locked(conn: Connection, archive: Archive, rec_id: str,
            expected_revision: int | None) -> Any:
    row = conn.execute(select(S.recommendations).where(S.recommendations.c.id == rec_id)
                       .with_for_update()).mappings().first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "{archive} holds no recommendation {id}."), id=rec_id, archive=archive.shown)
    if expected_revision is not None and row["revision"] != expected_revision:
        raise StateError(QT_TRANSLATE_NOOP(
            "Errors", "“{title}” was changed by {who} at {when} UTC while you edited it. "
            "Reload it and make your change again."), title=row["title"],
            who=row["updated_by"], when=row["updated_at"].strftime("%Y-%m-%d %H:%M"))
    return row


# -- changing --------------------------------------------------------------------------------
def create_recommendation(archive: Archive, *, title: str, text: str = "",
                          audience: str = BOTH, pilots: tuple[str, ...] | list[str] = (),
                          by: str) -> Recommendation:
    """A new recommendation (decision: proposed)."""
    who, pilots = _who(by), tuple(str(p).strip() for p in pilots)
    _check_fields(title, audience, pilots)
    now = _now()
    values = {"id": str(uuid.uuid4()), "title": title.strip(), "text": text.strip(),
              "audience": audience, "pilots": list(pilots), "decision": PROPOSED,
              "decision_into": None, "decision_reason": None, "revision": 1,
              "created_at": now, "created_by": who, "updated_at": now, "updated_by": who}
    with archive.store.writing() as conn:
        archive.store.upgrade(conn)
        conn.execute(insert(S.recommendations).values(**values))
        _log(conn, values["id"], now, who, CREATED,
             {k: values[k] for k in ("title", "text", "audience", "pilots")})
    return _recommendation(values)


def edit_recommendation(archive: Archive, rec_id: str, *, by: str, title: str | None = None,
                        text: str | None = None, audience: str | None = None,
                        pilots: tuple[str, ...] | list[str] | None = None,
                        expected_revision: int | None = None) -> Recommendation:
    """Change title, text, audience or pilots (only those given); the history keeps the
    values before and after."""
    who = _who(by)
    with archive.store.writing() as conn:
        archive.store.upgrade(conn)
        row = _locked(conn, archive, rec_id, expected_revision)
        new = {"title": title.strip() if title is not None else row["title"],
               "text": text.strip() if text is not None else row["text"],
               "audience": audience if audience is not None else row["audience"],
               "pilots": [str(p).strip() for p in pilots] if pilots is not None
               else list(row["pilots"] or [])}
        _check_fields(new["title"], new["audience"], tuple(new["pilots"]))
        changed = {k: {"from": (list(row[k] or []) if k == "pilots" else row[k]), "to": v}
                   for k, v in new.items()
                   if v != (list(row[k] or []) if k == "pilots" else row[k])}
        if not changed:
            return _recommendation(row)
        now = _now()
        values = {**new, "revision": row["revision"] + 1, "updated_at": now, "updated_by": who}
        conn.execute(update(S.recommendations).where(S.recommendations.c.id == rec_id)
                     .values(**values))
        _log(conn, rec_id, now, who, EDITED, changed)
        return _recommendation({**row, **values})


def decide(archive: Archive, rec_id: str, decision: str, *, by: str, into: str | None = None,
           reason: str = "", expected_revision: int | None = None) -> Recommendation:
    """Record a decision: proposed; adopted or changed (``into`` paper, handbook or both,
    default the recommendation's audience; ``reason`` optional, e.g. what was changed);
    not_adopted (``reason`` required)."""
    who, reason = _who(by), (reason or "").strip()
    if decision not in DECISIONS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{decision}” is no decision: use proposed, adopted, changed or "
            "not_adopted."), decision=decision)
    if decision == NOT_ADOPTED and not reason:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Say why the recommendation is not adopted: the reason is required."))
    if into is not None and into not in AUDIENCES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{audience}” is no audience: use paper, handbook or both."), audience=into)
    with archive.store.writing() as conn:
        archive.store.upgrade(conn)
        row = _locked(conn, archive, rec_id, expected_revision)
        target = (into or row["audience"]) if decision in (ADOPTED, CHANGED) else None
        now = _now()
        values = {"decision": decision, "decision_into": target,
                  "decision_reason": reason or None, "revision": row["revision"] + 1,
                  "updated_at": now, "updated_by": who}
        conn.execute(update(S.recommendations).where(S.recommendations.c.id == rec_id)
                     .values(**values))
        _log(conn, rec_id, now, who, DECIDED,
             {"from": row["decision"], "to": decision, "into": target, "reason": reason or None})
        return _recommendation({**row, **values})


def link_evidence(archive: Archive, rec_id: str, ref: EvidenceRef, *, by: str) -> Evidence:
    """Link ``ref`` as evidence (its quote and figures kept as a snapshot). Linking the same
    item again changes nothing and gives the existing link."""
    who = _who(by)
    with archive.store.writing() as conn:
        archive.store.upgrade(conn)
        row = _locked(conn, archive, rec_id, None)
        E = S.evidence
        same = conn.execute(select(E).where(
            E.c.recommendation_id == rec_id, E.c.kind == ref.kind,
            E.c.workshop_id == ref.workshop_id, E.c.item_id == ref.item_id)).mappings().first()
        if same is not None:
            return _evidence(same, resolve(conn, ref))
        found = resolve(conn, ref)
        if found.withdrawn is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "The archive shows no {kind} {id} in workshop {workshop}: only what "
                "it shows can be linked as evidence."), kind=ref.kind, id=ref.item_id,
                workshop=ref.workshop_id)
        now = _now()
        values = {"id": str(uuid.uuid4()), "recommendation_id": rec_id, "kind": ref.kind,
                  "workshop_id": ref.workshop_id, "item_id": ref.item_id,
                  "quote": found.quote, "figures": found.figures, "context": found.context,
                  "linked_at": now, "linked_by": who}
        conn.execute(insert(E).values(**values))
        conn.execute(update(S.recommendations).where(S.recommendations.c.id == rec_id)
                     .values(revision=row["revision"] + 1, updated_at=now, updated_by=who))
        _log(conn, rec_id, now, who, LINKED, {
            "evidence_id": values["id"], "kind": ref.kind, "workshop_id": ref.workshop_id,
            "item_id": ref.item_id, "quote": found.quote})
        return _evidence(values, found)


def unlink_evidence(archive: Archive, evidence_id: str, *, by: str) -> None:
    """Remove a link (the history keeps what it was)."""
    who = _who(by)
    with archive.store.writing() as conn:
        archive.store.upgrade(conn)
        E = S.evidence
        link = conn.execute(select(E).where(E.c.id == evidence_id)).mappings().first()
        if link is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "{archive} holds no evidence link {id}."), id=evidence_id,
                archive=archive.shown)
        row = _locked(conn, archive, link["recommendation_id"], None)
        now = _now()
        conn.execute(delete(E).where(E.c.id == evidence_id))
        conn.execute(update(S.recommendations).where(S.recommendations.c.id == row["id"])
                     .values(revision=row["revision"] + 1, updated_at=now, updated_by=who))
        _log(conn, row["id"], now, who, UNLINKED, {
            "evidence_id": evidence_id, "kind": link["kind"], "workshop_id": link["workshop_id"],
            "item_id": link["item_id"], "quote": link["quote"]})


# -- reading ---------------------------------------------------------------------------------
def _evidence(row: Any, now: Resolved) -> Evidence:
    ref = EvidenceRef(row["kind"], row["workshop_id"], row["item_id"])
    snapshot_figures = dict(row["figures"] or {})
    if now.withdrawn is None:
        return Evidence(row["id"], row["recommendation_id"], ref, now.quote, now.figures,
                        {**(row["context"] or {}), **now.context}, row["linked_at"],
                        row["linked_by"], None, row["quote"], snapshot_figures)
    # A note hidden since (for personal data, most often) is not quoted any more, not even
    # from the snapshot: its link, figures and context stay, marked as withdrawn.
    quote = "" if now.withdrawn == HIDDEN else row["quote"]
    return Evidence(row["id"], row["recommendation_id"], ref, quote, snapshot_figures,
                    dict(row["context"] or {}), row["linked_at"], row["linked_by"],
                    now.withdrawn, quote, snapshot_figures)


def read_all(conn: Connection) -> tuple[RecommendationWithEvidence, ...]:
    """Every recommendation with its evidence, in ``conn``'s transaction."""
    if not has_tables(conn):
        return ()
    first = dict(conn.execute(select(S.changes.c.recommendation_id, func.min(S.changes.c.seq))
                              .group_by(S.changes.c.recommendation_id)).all())
    rows = sorted(conn.execute(select(S.recommendations)).mappings().all(),
                  key=lambda r: (r["created_at"], first.get(r["id"], 0), r["id"]))
    links: dict[str, list[Evidence]] = {}
    for e in conn.execute(select(S.evidence).order_by(
            S.evidence.c.linked_at, S.evidence.c.id)).mappings():
        found = resolve(conn, EvidenceRef(e["kind"], e["workshop_id"], e["item_id"]))
        links.setdefault(e["recommendation_id"], []).append(_evidence(e, found))
    return tuple(RecommendationWithEvidence(_recommendation(r), tuple(links.get(r["id"], ())))
                 for r in rows)


def recommendations(archive: Archive) -> tuple[RecommendationWithEvidence, ...]:
    """Every recommendation (oldest first) with its evidence as the archive shows it now."""
    with archive.store.reading() as conn:
        return read_all(conn)


def recommendation(archive: Archive, rec_id: str) -> RecommendationWithEvidence:
    for found in recommendations(archive):
        if found.recommendation.id == rec_id:
            return found
    raise NotFoundError(QT_TRANSLATE_NOOP(
        "Errors", "{archive} holds no recommendation {id}."), id=rec_id, archive=archive.shown)


def read_history(conn: Connection, rec_id: str | None = None) -> tuple[Change, ...]:
    if not has_tables(conn):
        return ()
    query = select(S.changes).order_by(S.changes.c.seq)
    if rec_id is not None:
        query = query.where(S.changes.c.recommendation_id == rec_id)
    return tuple(Change(r["seq"], r["recommendation_id"], r["at"], r["by"], r["action"],
                        dict(r["details"] or {})) for r in conn.execute(query).mappings())


def history(archive: Archive, rec_id: str | None = None) -> tuple[Change, ...]:
    """The changes (oldest first) of one recommendation, or of all."""
    with archive.store.reading() as conn:
        return read_history(conn, rec_id)
