"""Every board edit is a QUndoCommand whose redo/undo call the NoteService.

Each call commits at once, so the file is always up to date; undo puts the
database back exactly (notes removed on undoing their creation come back with
the same id, history and dots on redo). Commands never touch graphics items:
they notify the document, and the board redraws from the database.

A command whose service call fails (the note was changed elsewhere) reports
the error through its context and makes itself obsolete, so the stack never
holds a step that cannot be taken back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from studio.base.errors import StudioError
from studio.core.kinds import Moderation


class BoardContext(Protocol):
    """What commands need from the page: the document, and a place to report errors."""

    doc: Any

    def report(self, error: StudioError) -> None: ...


class BoardCommand(QUndoCommand):
    def __init__(self, ctx: BoardContext, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx = ctx

    @property
    def notes(self):
        return self.ctx.doc.notes

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except StudioError as err:
            self.setObsolete(True)
            self.ctx.report(err)
        finally:
            self.ctx.doc.notify("notes")

    def redo(self) -> None:
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_)

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError


class MacroCommand(QUndoCommand):
    """Several commands as one step: in order on redo, in reverse on undo.

    The children live in a Python list: PySide6 does not keep the Python side
    of a child passed as ``parent=`` alive, so Qt's own child commands crash.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.children: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> QUndoCommand:
        self.children.append(command)
        return command

    def redo(self) -> None:
        for child in self.children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self.children):
            child.undo()


def current_rows(ctx: BoardContext, note_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored columns of some notes, read now (the state an undo goes back to)."""
    return {snap["row"]["id"]: snap["row"] for snap in ctx.doc.notes.snapshot_notes(note_ids)}


class AddNotesCommand(BoardCommand):
    """Capture, paste or import: one step however many notes."""

    def __init__(self, ctx: BoardContext, specs: list[dict[str, Any]],
                 parent: QUndoCommand | None = None) -> None:
        n = len(specs)
        text = (QCoreApplication.translate("BoardCommands", "Add note") if n == 1 else
                QCoreApplication.translate("BoardCommands", "Add {n} notes").format(n=n))
        super().__init__(ctx, text, parent)
        now = datetime.now(timezone.utc)
        # One microsecond apart, so notes keep the order in which they were pasted.
        self.specs = [{**spec, "note_id": spec.get("note_id") or str(uuid.uuid4()),
                       "created_at": spec.get("created_at") or now + timedelta(microseconds=i)}
                      for i, spec in enumerate(specs)]
        self.ids = [spec["note_id"] for spec in self.specs]
        self._snapshots: list[dict[str, Any]] | None = None

    def do(self) -> None:
        if self._snapshots is None:
            self.notes.add_notes(self.specs)
        else:
            self.notes.restore_notes(self._snapshots)

    def undo_(self) -> None:
        self._snapshots = self.notes.snapshot_notes(self.ids)
        self.notes.remove_notes(self.ids)


class MoveToScenarioCommand(BoardCommand):
    """Notes move to another scenario (and out of a cluster of the old one)."""

    def __init__(self, ctx: BoardContext, note_ids: list[str], scenario_id: str | None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Move to scenario"),
                         parent)
        self.note_ids, self.scenario_id = list(note_ids), scenario_id
        self._before: dict[str, Any] = {}

    def do(self) -> None:
        self._before = self.ctx.doc.note_places.move(self.note_ids, self.scenario_id)

    def undo_(self) -> None:
        self.ctx.doc.note_places.restore(self._before)


class MoveNotesCommand(BoardCommand):
    def __init__(self, ctx: BoardContext,
                 moves: dict[str, tuple[tuple[float, float], tuple[float, float]]],
                 text: str = "", parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, text or QCoreApplication.translate("BoardCommands", "Move notes"),
                         parent)
        self.old = {k: old for k, (old, _new) in moves.items()}
        self.new = {k: new for k, (_old, new) in moves.items()}

    def do(self) -> None:
        self.notes.move_notes(self.new)

    def undo_(self) -> None:
        self.notes.move_notes(self.old)


class EditTextCommand(BoardCommand):
    """Edit with history: redo adds a revision, undo takes exactly that revision back."""

    def __init__(self, ctx: BoardContext, note_id: str, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Edit note"), parent)
        self.note_id, self.text = note_id, text
        self._changed = False

    def do(self) -> None:
        before = current_rows(self.ctx, [self.note_id])[self.note_id]["text"]
        self.notes.edit_text(self.note_id, self.text)
        after = current_rows(self.ctx, [self.note_id])[self.note_id]["text"]
        self._changed = before != after

    def undo_(self) -> None:
        if self._changed:
            self.notes.revert_edit(self.note_id)


class SetCategoryCommand(BoardCommand):
    def __init__(self, ctx: BoardContext, note_ids: list[str], category: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Change category"),
                         parent)
        self.old = {k: row["category"] for k, row in current_rows(ctx, note_ids).items()}
        self.category = category

    def do(self) -> None:
        for note_id in self.old:
            self.notes.set_category(note_id, self.category)

    def undo_(self) -> None:
        for note_id, category in self.old.items():
            self.notes.set_category(note_id, category)


class SetTagsCommand(BoardCommand):
    """Add or remove one tag on some notes (or set exact tag lists)."""

    def __init__(self, ctx: BoardContext, new_tags: dict[str, list[str]],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Change tags"), parent)
        self.old = {k: list(row["tags"] or []) for k, row in
                    current_rows(ctx, list(new_tags)).items()}
        self.new = {k: sorted(set(v)) for k, v in new_tags.items()}

    def do(self) -> None:
        for note_id, tags in self.new.items():
            self.notes.set_tags(note_id, tags)

    def undo_(self) -> None:
        for note_id, tags in self.old.items():
            self.notes.set_tags(note_id, tags)


class HideCommand(BoardCommand):
    """Hide notes with a reason (moderation). They stay in the file and exports, flagged."""

    def __init__(self, ctx: BoardContext, note_ids: list[str], reason: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Hide note"), parent)
        rows = current_rows(ctx, note_ids)
        self.ids = [k for k, r in rows.items() if r["moderation"] == Moderation.VISIBLE.value]
        self.reason = reason

    def do(self) -> None:
        for note_id in self.ids:
            self.notes.hide(note_id, self.reason)

    def undo_(self) -> None:
        for note_id in self.ids:
            self.notes.unhide(note_id)


class UnhideCommand(BoardCommand):
    def __init__(self, ctx: BoardContext, note_ids: list[str],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Show note again"),
                         parent)
        rows = current_rows(ctx, note_ids)
        self.reasons = {k: r["hidden_reason"] for k, r in rows.items()
                        if r["moderation"] == Moderation.HIDDEN.value and not r["merged_into_id"]}

    def do(self) -> None:
        for note_id in self.reasons:
            self.notes.unhide(note_id)

    def undo_(self) -> None:
        for note_id, reason in self.reasons.items():
            self.notes.hide(note_id, reason or "—")


class MergeCommand(BoardCommand):
    """Fold a duplicate into a note; both texts stay (the duplicate is kept, hidden)."""

    def __init__(self, ctx: BoardContext, keep_id: str, duplicate_id: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Merge duplicates"),
                         parent)
        self.keep_id, self.dup_id = keep_id, duplicate_id
        self.cluster = current_rows(ctx, [duplicate_id])[duplicate_id]["cluster_id"]

    def do(self) -> None:
        self.notes.merge(self.keep_id, self.dup_id)

    def undo_(self) -> None:
        self.notes.unmerge(self.dup_id)
        self.notes.assign_each({self.dup_id: self.cluster})


class UnmergeCommand(BoardCommand):
    def __init__(self, ctx: BoardContext, duplicate_id: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Separate duplicate"),
                         parent)
        row = current_rows(ctx, [duplicate_id])[duplicate_id]
        self.dup_id, self.keep_id, self.cluster = duplicate_id, row["merged_into_id"], row[
            "cluster_id"]

    def do(self) -> None:
        self.notes.unmerge(self.dup_id)

    def undo_(self) -> None:
        self.notes.merge(self.keep_id, self.dup_id)
        self.notes.assign_each({self.dup_id: self.cluster})


class CreateClusterCommand(BoardCommand):
    def __init__(self, ctx: BoardContext, name: str, note_ids: list[str], *, color: str = "",
                 pos: tuple[float, float] = (0.0, 0.0), parent: QUndoCommand | None = None
                 ) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Group notes"), parent)
        self.name, self.color, self.pos = name, color, pos
        self.cluster_id = str(uuid.uuid4())
        self.previous = {k: r["cluster_id"] for k, r in current_rows(ctx, note_ids).items()}

    def do(self) -> None:
        self.notes.create_cluster(self.name, list(self.previous), color=self.color, pos=self.pos,
                                  cluster_id=self.cluster_id)

    def undo_(self) -> None:
        self.notes.assign_each(self.previous)
        self.notes.delete_cluster(self.cluster_id)


class RenameClusterCommand(BoardCommand):
    def __init__(self, ctx: BoardContext, cluster_id: str, name: str, color: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Rename cluster"),
                         parent)
        old = next(c for c in ctx.doc.notes.clusters() if c.id == cluster_id)
        self.cluster_id = cluster_id
        self.old, self.new = (old.name, old.color), (name, color)

    def do(self) -> None:
        self.notes.rename_cluster(self.cluster_id, *self.new)

    def undo_(self) -> None:
        self.notes.rename_cluster(self.cluster_id, *self.old)


class AssignCommand(BoardCommand):
    """Put notes into a cluster, or take them out (``cluster_id`` None)."""

    def __init__(self, ctx: BoardContext, note_ids: list[str], cluster_id: str | None,
                 parent: QUndoCommand | None = None) -> None:
        text = (QCoreApplication.translate("BoardCommands", "Add to cluster") if cluster_id else
                QCoreApplication.translate("BoardCommands", "Take out of cluster"))
        super().__init__(ctx, text, parent)
        self.ids, self.cluster_id = list(note_ids), cluster_id
        self.previous: dict[str, str | None] = {}

    def do(self) -> None:
        self.previous = self.notes.assign(self.ids, self.cluster_id)

    def undo_(self) -> None:
        self.notes.assign_each(self.previous)


class DissolveClusterCommand(BoardCommand):
    """Dissolve a cluster; its notes stay. Undo brings back the cluster, members and dots."""

    def __init__(self, ctx: BoardContext, cluster_id: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands", "Dissolve cluster"),
                         parent)
        self.cluster_id = cluster_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = self.notes.snapshot_cluster(self.cluster_id)
        self.notes.delete_cluster(self.cluster_id)

    def undo_(self) -> None:
        self.notes.restore_cluster(self.snapshot)


class SetVocabularyCommand(BoardCommand):
    """Edit the workshop's note categories and tags."""

    def __init__(self, ctx: BoardContext, categories: list[dict[str, str]],
                 tags: list[dict[str, str]], parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("BoardCommands",
                                                         "Edit categories and tags"), parent)
        ws = ctx.doc.workshops.get()
        self.old = (list(ws.note_categories), list(ws.note_tags))
        self.new = (categories, tags)

    def _set(self, value: tuple[list, list]) -> None:
        self.ctx.doc.workshops.update(note_categories=value[0], note_tags=value[1])
        self.ctx.doc.notify("workshop")

    def do(self) -> None:
        self._set(self.new)

    def undo_(self) -> None:
        self._set(self.old)
