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

from sqlalchemy import delete, func, select

from studio.core.errors import NotFoundError, ValidationError
from studio.core.events import log_event
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import NOTE_MAX_LENGTH, Moderation, Source
from studio.store.database import WorkshopStore
from studio.store.models import Cluster, Dot, Note, NoteRevision, Workshop, new_id, utcnow

_ALLOWED_CONTROL = {"\n", "\t"}


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
    ) -> Note:
        text = clean_note_text(text)
        source = Source(source)
        with self.store.session() as s:
            ws = self._workshop(s)
            self._check_category(ws, category)
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
            return note

    def add_many(self, lines: list[str], category: str, **kwargs: Any) -> list[Note]:
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
            s.add(NoteRevision(note_id=note.id, text=note.text))
            note.text = text
            note.updated_at = utcnow()

    def history(self, note_id: str) -> list[NoteRevision]:
        with self.store.reader() as s:
            return list(
                s.scalars(
                    select(NoteRevision)
                    .where(NoteRevision.note_id == note_id)
                    .order_by(NoteRevision.replaced_at)
                )
            )

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
        with self.store.session() as s:
            for note_id, (x, y) in positions.items():
                note = self._note(s, note_id)
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
    ) -> Cluster:
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
            return cluster

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
    def cast_dots(self, targets: list[tuple[str, str]], source: Source | str = Source.SCREEN) -> str:
        """Store one participant's dots: ``[("note"|"cluster", id), ...]``. Returns the ballot id.

        Checks the workshop's limits: dots per participant and per item.
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
            ballot_id = new_id()
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

    def dot_counts(self) -> dict[str, int]:
        """Dots per note id and per cluster id."""
        with self.store.reader() as s:
            counts: dict[str, int] = {}
            for note_id, n in s.execute(
                select(Dot.note_id, func.count()).where(Dot.note_id.is_not(None)).group_by(Dot.note_id)
            ):
                counts[note_id] = n
            for cluster_id, n in s.execute(
                select(Dot.cluster_id, func.count())
                .where(Dot.cluster_id.is_not(None))
                .group_by(Dot.cluster_id)
            ):
                counts[cluster_id] = n
            return counts

    # -- reading --------------------------------------------------------------
    def notes(self, *, include_hidden: bool = True, scenario_id: str | None = None) -> list[Note]:
        with self.store.reader() as s:
            q = select(Note).order_by(Note.created_at, Note.id)
            if not include_hidden:
                q = q.where(Note.moderation == Moderation.VISIBLE.value)
            if scenario_id is not None:
                q = q.where(Note.scenario_id == scenario_id)
            return list(s.scalars(q))

    def clusters(self) -> list[Cluster]:
        with self.store.reader() as s:
            return list(s.scalars(select(Cluster).order_by(Cluster.created_at, Cluster.id)))
