"""NoteService: sticky notes, clusters, moderation and dot voting.

Text is stored exactly as typed (plain text, never markup). Hidden notes stay
in the file and in exports with their reason; they never reach the shared
screen. Every change commits at once.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from studio.base.errors import NotFoundError, ValidationError
from studio.core import read_models as rm
from studio.core.events import log_event
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import NOTE_MAX_LENGTH, Moderation, Source, localized
from studio.core.pii import find_personal_data
from studio.core.saving import saving
from studio.store.database import WorkshopStore
from studio.store.models import (
    Activity,
    Cluster,
    Dot,
    Note,
    NoteRevision,
    Workshop,
    new_id,
    utcnow,
)

_ALLOWED_CONTROL = {"\n", "\t"}
REDACTION_MARK = "[…]"  # as studio.core.pii.redact writes it


def clean_note_text(text: str) -> str:
    """Strip outer space and control characters (keep newlines/tabs); enforce the length limit."""
    text = "".join(
        ch for ch in (text or "")
        if ch in _ALLOWED_CONTROL or unicodedata.category(ch) != "Cc"
    ).strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A note needs some text."))
    if len(text) > NOTE_MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A note may have at most {limit} characters ({n} given)."),
            limit=NOTE_MAX_LENGTH,
            n=len(text),
        )
    return text


def _limited_to(activity: Activity | None) -> set[str] | None:
    """The category keys an activity's plan allows, or None when it allows all."""
    if activity is None:
        return None
    keys = (activity.settings or {}).get("categories")
    if not isinstance(keys, list) or not keys:
        return None
    return {str(k) for k in keys}


class NoteService:
    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    def _workshop(self, s) -> Workshop:
        ws = s.scalar(select(Workshop))
        if ws is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
        return ws

    def _note(self, s, note_id: str) -> Note:
        note = s.get(Note, note_id)
        if note is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That note no longer exists."))
        return note

    def _check_category(self, ws: Workshop, category: str) -> None:
        if category not in {c.get("key") for c in ws.note_categories or []}:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown note category “{category}”."),
                category=category,
            )

    def _check_activity_category(self, s, ws: Workshop, activity_id: str | None,
                                 category: str) -> None:
        """Refuse a category that the note's activity does not take (its plan limits them)."""
        if activity_id is None:
            return
        allowed = _limited_to(s.get(Activity, activity_id))
        if allowed is None or category in allowed:
            return
        names = [localized(c, ws.language or "de") for c in ws.note_categories or []
                 if c.get("key") in allowed]
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This activity takes only these kinds of note: "
                              "{allowed}. Choose one of them."),
            allowed=", ".join(names or sorted(allowed)),
        )

    def activity_categories(self, activity_id: str | None) -> list[dict[str, str]]:
        """The note categories a note of this activity may have, in the workshop's order."""
        with self.store.reader() as s:
            ws = self._workshop(s)
            categories = list(ws.note_categories or [])
            allowed = _limited_to(s.get(Activity, activity_id)) if activity_id else None
        if allowed is None:
            return categories
        return [c for c in categories if c.get("key") in allowed]

    # -- capture --------------------------------------------------------------
    def add_note(
        self,
        text: str,
        category: str,
        *,
        scenario_id: str | None = None,
        activity_id: str | None = None,
        tags: list[str] | None = None,
        source: Source | str = Source.LAPTOP,
        stakeholder_group: str | None = None,
        pos: tuple[float, float] | None = None,
        created_at: datetime | None = None,
        note_id: str | None = None,
    ) -> rm.Note:
        text = clean_note_text(text)
        source = Source(source)
        with saving(), self.store.session() as s:
            ws = self._workshop(s)
            self._check_category(ws, category)
            self._check_activity_category(s, ws, activity_id, category)
            at = created_at or utcnow()
            note = Note(
                workshop_id=ws.id,
                scenario_id=scenario_id,
                activity_id=activity_id,
                text=text,
                category=category,
                tags=sorted(set(tags or [])),
                source=source.value,
                stakeholder_group=stakeholder_group,
                created_at=at,
                updated_at=at,
            )
            if note_id:
                note.id = note_id
            if pos is not None:
                note.pos_x, note.pos_y = pos
            s.add(note)
            s.flush()
            return rm.Note.from_row(note)

    def add_many(self, lines: list[str], category: str, **kwargs: Any) -> list[rm.Note]:
        """One note per non-empty line (pasted transcription)."""
        return [self.add_note(line, category, **kwargs) for line in lines if line.strip()]

    def remove_note(self, note_id: str) -> None:
        """Delete a note outright. Only for undoing its creation; moderation hides instead."""
        with self.store.session() as s:
            note = s.get(Note, note_id)
            if note is not None:
                s.delete(note)

    # -- editing --------------------------------------------------------------
    def edit_text(self, note_id: str, text: str) -> None:
        text = clean_note_text(text)
        with self.store.session() as s:
            note = self._note(s, note_id)
            if note.text == text:
                return
            revisions = list(s.scalars(select(NoteRevision).where(NoteRevision.note_id == note.id)))
            removed = _removed_personal_data([note.text, *(r.text for r in revisions)], text)
            for rev in revisions:  # redaction: the removed data leaves the history too
                rev.text = _scrub(rev.text, removed)
            s.add(NoteRevision(note_id=note.id, text=_scrub(note.text, removed)))
            note.text = text
            note.updated_at = utcnow()

    def history(self, note_id: str) -> list[rm.NoteRevision]:
        """Earlier texts of a note, oldest first (personal data removed by an edit is not kept)."""
        with self.store.reader() as s:
            return [
                rm.NoteRevision.from_row(r)
                for r in s.scalars(
                    select(NoteRevision)
                    .where(NoteRevision.note_id == note_id)
                    .order_by(NoteRevision.replaced_at)
                )
            ]

    def set_category(self, note_id: str, category: str) -> None:
        with self.store.session() as s:
            note = self._note(s, note_id)
            self._check_category(self._workshop(s), category)
            note.category = category
            note.updated_at = utcnow()

    def set_tags(self, note_id: str, tags: list[str]) -> None:
        with self.store.session() as s:
            note = self._note(s, note_id)
            note.tags = sorted(set(tags))
            note.updated_at = utcnow()

    def move_notes(self, positions: dict[str, tuple[float, float]]) -> None:
        """Place notes; one query per 500 notes, so arranging a large board stays quick."""
        ids = list(positions)
        with self.store.session() as s:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found = {n.id: n for n in s.scalars(select(Note).where(Note.id.in_(chunk)))}
                for note_id in chunk:
                    note = found.get(note_id)
                    if note is None:
                        raise NotFoundError(
                            QT_TRANSLATE_NOOP("Errors", "That note no longer exists."))
                    x, y = positions[note_id]
                    note.pos_x, note.pos_y = float(x), float(y)

    # -- moderation -----------------------------------------------------------
    def hide(self, note_id: str, reason: str) -> None:
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the note is hidden."))
        with self.store.session() as s:
            note = self._note(s, note_id)
            note.moderation = Moderation.HIDDEN.value
            note.hidden_reason = reason
            note.updated_at = utcnow()
            log_event(s, note.workshop_id, "note_hidden", note_id=note.id, reason=reason)

    def unhide(self, note_id: str) -> None:
        with self.store.session() as s:
            note = self._note(s, note_id)
            note.moderation = Moderation.VISIBLE.value
            note.hidden_reason = ""
            note.updated_at = utcnow()
            log_event(s, note.workshop_id, "note_unhidden", note_id=note.id)

    def merge(self, keep_id: str, duplicate_id: str) -> None:
        """Fold a duplicate into another note: the duplicate is hidden, its text kept."""
        if keep_id == duplicate_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A note cannot be merged with itself."))
        with self.store.session() as s:
            keep, dup = self._note(s, keep_id), self._note(s, duplicate_id)
            dup.merged_into_id = keep.id
            dup.moderation = Moderation.HIDDEN.value
            dup.hidden_reason = "duplicate"
            if dup.cluster_id is None:
                dup.cluster_id = keep.cluster_id
            log_event(s, keep.workshop_id, "notes_merged", keep=keep.id, duplicate=dup.id)

    def unmerge(self, duplicate_id: str) -> None:
        with self.store.session() as s:
            dup = self._note(s, duplicate_id)
            dup.merged_into_id = None
            dup.moderation = Moderation.VISIBLE.value
            dup.hidden_reason = ""

    # -- clusters -------------------------------------------------------------
    def create_cluster(
        self,
        name: str,
        note_ids: list[str] = (),
        *,
        color: str = "",
        scenario_id: str | None = None,
        pos: tuple[float, float] = (0.0, 0.0),
        cluster_id: str | None = None,
    ) -> rm.Cluster:
        with self.store.session() as s:
            ws = self._workshop(s)
            cluster = Cluster(
                workshop_id=ws.id,
                scenario_id=scenario_id,
                name=" ".join((name or "").split()),
                color=color,
                pos_x=pos[0],
                pos_y=pos[1],
            )
            if cluster_id:
                cluster.id = cluster_id
            s.add(cluster)
            s.flush()
            for note_id in note_ids:
                self._note(s, note_id).cluster_id = cluster.id
            return rm.Cluster.from_row(cluster)

    def rename_cluster(self, cluster_id: str, name: str, color: str | None = None) -> None:
        with self.store.session() as s:
            cluster = s.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That cluster no longer exists."))
            cluster.name = " ".join((name or "").split())
            if color is not None:
                cluster.color = color

    def assign(self, note_ids: list[str], cluster_id: str | None) -> dict[str, str | None]:
        """Put notes into a cluster (or none). Returns their previous clusters (for undo)."""
        with self.store.session() as s:
            if cluster_id is not None and s.get(Cluster, cluster_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That cluster no longer exists."))
            previous = {}
            for note_id in note_ids:
                note = self._note(s, note_id)
                previous[note_id] = note.cluster_id
                note.cluster_id = cluster_id
            return previous

    def delete_cluster(self, cluster_id: str) -> None:
        """Dissolve a cluster; its notes stay, unclustered."""
        with self.store.session() as s:
            cluster = s.get(Cluster, cluster_id)
            if cluster is not None:
                for note in s.scalars(select(Note).where(Note.cluster_id == cluster_id)):
                    note.cluster_id = None
                s.delete(cluster)

    # -- dot voting -----------------------------------------------------------
    def cast_dots(self, targets: list[tuple[str, str]], source: Source | str = Source.SCREEN,
                  *, ballot_id: str | None = None) -> str:
        """Store one participant's dots: ``[("note"|"cluster", id), ...]``. Returns the ballot id.

        Checks the workshop's limits: dots per participant and per item.
        ``ballot_id``: the id to give the dots (the phone channel derives it from the device).
        """
        with self.store.session() as s:
            ws = self._workshop(s)
            per_participant = int(ws.settings.get("dots_per_participant", 5))
            per_item = int(ws.settings.get("max_dots_per_item", 2))
            if not targets:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Place at least one dot."))
            if len(targets) > per_participant:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Each person has {n} dots."), n=per_participant
                )
            if max(Counter(targets).values()) > per_item:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "At most {n} dots may go on one item."), n=per_item
                )
            ballot_id = ballot_id or new_id()
            for kind, target_id in targets:
                if kind == "note":
                    note = self._note(s, target_id)
                    if note.moderation != Moderation.VISIBLE.value:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Errors", "That note is not on the board.")
                        )
                    s.add(Dot(workshop_id=ws.id, note_id=target_id, ballot_id=ballot_id,
                              source=Source(source).value))
                elif kind == "cluster":
                    if s.get(Cluster, target_id) is None:
                        raise NotFoundError(
                            QT_TRANSLATE_NOOP("Errors", "That cluster no longer exists.")
                        )
                    s.add(Dot(workshop_id=ws.id, cluster_id=target_id, ballot_id=ballot_id,
                              source=Source(source).value))
                else:
                    raise ValueError(kind)
            return ballot_id

    def withdraw_dots(self, ballot_id: str) -> None:
        with self.store.session() as s:
            s.execute(delete(Dot).where(Dot.ballot_id == ballot_id))

    def dot_ballots(self, ballot_ids: list[str]) -> set[str]:
        """Those of ``ballot_ids`` that have dots on the board."""
        with self.store.reader() as s:
            return set(s.scalars(select(Dot.ballot_id).where(Dot.ballot_id.in_(ballot_ids))
                                 .distinct()))

    def dots_exist(self, ballot_id: str) -> bool:
        return bool(self.dot_ballots([ballot_id]))

    def exists(self, note_id: str) -> bool:
        """Whether a note with this id is in the workshop (hidden or not)."""
        with self.store.reader() as s:
            return s.get(Note, note_id) is not None

    def dot_counts(self) -> dict[str, int]:
        """Dots per note id and per cluster id."""
        with self.store.reader() as s:
            return count_dots(s)

    # -- reading --------------------------------------------------------------
    def notes(self, *, include_hidden: bool = True,
              scenario_id: str | None = None) -> list[rm.Note]:
        with self.store.reader() as s:
            q = select(Note).order_by(Note.created_at, Note.id)
            if not include_hidden:
                q = q.where(Note.moderation == Moderation.VISIBLE.value)
            if scenario_id is not None:
                q = q.where(Note.scenario_id == scenario_id)
            return [rm.Note.from_row(n) for n in s.scalars(q)]

    def clusters(self) -> list[rm.Cluster]:
        with self.store.reader() as s:
            return [rm.Cluster.from_row(c)
                    for c in s.scalars(select(Cluster).order_by(Cluster.created_at, Cluster.id))]

    # -- bulk operations and exact undo (used by the board's undo commands) ------
    def add_notes(self, specs: list[dict[str, Any]]) -> list[rm.Note]:
        """Add many notes in one transaction (paste, import): all or none.

        Each spec holds the keyword arguments of :meth:`add_note` plus ``text``
        and ``category``. Every text and category is checked before anything is
        written, so a bad row leaves the workshop unchanged.
        """
        with saving(), self.store.session() as s:
            ws = self._workshop(s)
            known = {c.get("key") for c in ws.note_categories or []}
            notes = []
            for spec in specs:
                spec = dict(spec)
                text = clean_note_text(spec.pop("text"))
                category = spec.pop("category")
                if category not in known:
                    self._check_category(ws, category)
                self._check_activity_category(s, ws, spec.get("activity_id"), category)
                source = Source(spec.pop("source", Source.LAPTOP))
                pos = spec.pop("pos", None)
                note_id = spec.pop("note_id", None)
                at = spec.pop("created_at", None) or utcnow()
                note = Note(
                    workshop_id=ws.id,
                    scenario_id=spec.pop("scenario_id", None),
                    activity_id=spec.pop("activity_id", None),
                    text=text,
                    category=category,
                    tags=sorted(set(spec.pop("tags", None) or [])),
                    source=source.value,
                    stakeholder_group=spec.pop("stakeholder_group", None),
                    created_at=at,
                    updated_at=at,
                )
                if spec:
                    raise TypeError(f"unknown note fields: {sorted(spec)}")
                if note_id:
                    note.id = note_id
                if pos is not None:
                    note.pos_x, note.pos_y = float(pos[0]), float(pos[1])
                s.add(note)
                notes.append(note)
            s.flush()
            return [rm.Note.from_row(n) for n in notes]

    def snapshot_notes(self, note_ids: list[str]) -> list[dict[str, Any]]:
        """Everything about some notes (row, edit history, dots) to put them back exactly."""
        with self.store.reader() as s:
            return [_note_snapshot(s, self._note(s, note_id)) for note_id in note_ids]

    def remove_notes(self, note_ids: list[str]) -> None:
        """Delete notes outright. Only for undoing their creation; moderation hides instead."""
        with self.store.session() as s:
            for note_id in note_ids:
                note = s.get(Note, note_id)
                if note is not None:
                    s.delete(note)

    def restore_notes(self, snapshots: list[dict[str, Any]]) -> None:
        """Put back notes taken with :meth:`snapshot_notes` (redo of a creation)."""
        with self.store.session() as s:
            for snap in snapshots:
                s.add(Note(**snap["row"]))
            s.flush()
            for snap in snapshots:
                for rev in snap["revisions"]:
                    s.add(NoteRevision(**rev))
                for dot in snap["dots"]:
                    s.add(Dot(**dot))

    def revert_edit(self, note_id: str) -> None:
        """Undo the latest :meth:`edit_text`: the previous text comes back, its revision goes."""
        with self.store.session() as s:
            note = self._note(s, note_id)
            rev = s.scalars(
                select(NoteRevision)
                .where(NoteRevision.note_id == note_id)
                .order_by(NoteRevision.replaced_at.desc(), NoteRevision.id.desc())
                .limit(1)
            ).first()
            if rev is None:
                return
            note.text = rev.text
            note.updated_at = utcnow()
            s.delete(rev)

    def assign_each(self, clusters: dict[str, str | None]) -> None:
        """Put each note into its own cluster (or none) in one transaction (undo of a grouping)."""
        with self.store.session() as s:
            for note_id, cluster_id in clusters.items():
                self._note(s, note_id).cluster_id = cluster_id

    def snapshot_cluster(self, cluster_id: str) -> dict[str, Any]:
        """A cluster with its members and dots, to undo dissolving it."""
        with self.store.reader() as s:
            cluster = s.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That cluster no longer exists."))
            return {
                "row": _columns(cluster),
                "members": list(s.scalars(select(Note.id).where(Note.cluster_id == cluster_id))),
                "dots": [_columns(d) for d in s.scalars(
                    select(Dot).where(Dot.cluster_id == cluster_id))],
            }

    def restore_cluster(self, snapshot: dict[str, Any]) -> None:
        with self.store.session() as s:
            s.add(Cluster(**snapshot["row"]))
            s.flush()
            for note_id in snapshot["members"]:
                self._note(s, note_id).cluster_id = snapshot["row"]["id"]
            for dot in snapshot["dots"]:
                s.add(Dot(**dot))

    def dot_ranking(self) -> list[dict[str, Any]]:
        """Dot-voting results, most dots first: notes and clusters on the board with dots.

        Each entry: ``{"rank", "kind" ("note"|"cluster"), "id", "label", "dots",
        "category"}``; equal counts share a rank (1, 2, 2, 4).
        """
        counts = self.dot_counts()
        entries = []
        with self.store.reader() as s:
            for cluster in s.scalars(select(Cluster)):
                if counts.get(cluster.id):
                    entries.append({"kind": "cluster", "id": cluster.id, "label": cluster.name,
                                    "dots": counts[cluster.id], "category": None})
            for note in s.scalars(select(Note).where(Note.id.in_(list(counts)))):
                entries.append({"kind": "note", "id": note.id, "label": note.text,
                                "dots": counts[note.id], "category": note.category,
                                "hidden": note.moderation != Moderation.VISIBLE.value})
        entries.sort(key=lambda e: (-e["dots"], e["kind"] != "cluster", e["label"].casefold()))
        rank, previous = 0, None
        for i, entry in enumerate(entries, start=1):
            if entry["dots"] != previous:
                rank, previous = i, entry["dots"]
            entry["rank"] = rank
        return entries


def count_dots(conn: Session | Connection) -> dict[str, int]:
    """Dots per note id and per cluster id: the one count the board, results and exports use."""
    counts: dict[str, int] = {}
    for note_id, n in conn.execute(
        select(Dot.note_id, func.count()).where(Dot.note_id.is_not(None)).group_by(Dot.note_id)
    ):
        counts[note_id] = n
    for cluster_id, n in conn.execute(
        select(Dot.cluster_id, func.count())
        .where(Dot.cluster_id.is_not(None))
        .group_by(Dot.cluster_id)
    ):
        counts[cluster_id] = n
    return counts


def _removed_personal_data(texts: list[str], new_text: str) -> set[str]:
    """Personal data (e-mail, phone, address) in ``texts`` that ``new_text`` no longer holds."""
    found = {text[f.start:f.end] for text in texts for f in find_personal_data(text)}
    return {item for item in found if item and item not in new_text}


def _scrub(text: str, removed: set[str]) -> str:
    """``text`` with every removed piece of personal data replaced by the redaction mark."""
    for item in sorted(removed, key=len, reverse=True):
        text = text.replace(item, REDACTION_MARK)
    return text


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def _note_snapshot(s: Session, note: Note) -> dict[str, Any]:
    return {
        "row": _columns(note),
        "revisions": [_columns(r) for r in s.scalars(
            select(NoteRevision).where(NoteRevision.note_id == note.id))],
        "dots": [_columns(d) for d in s.scalars(select(Dot).where(Dot.note_id == note.id))],
    }
