"""Property: any sequence of board commands, then undo all, gives back the original database.

And redo all gives back the state after the sequence. Runs the real QUndoCommands on
a QUndoStack against a real (in-memory) workshop.
"""

from __future__ import annotations

from board_sample import db_state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from studio.base.errors import StudioError
from studio.ui.board import commands as cmd
from studio.ui.document import WorkshopDocument


class Ctx:
    def __init__(self, doc):
        self.doc = doc
        self.errors: list[StudioError] = []

    def report(self, error):
        self.errors.append(error)


def seed(doc):
    ids = [n.id for n in doc.notes.add_notes([
        {"text": f"Notiz {i}", "category": c, "pos": (50.0 + 260 * i, 80.0),
         "tags": ["privacy"] if i % 2 else []}
        for i, c in enumerate(["hope", "concern", "idea", "question", "condition"])])]
    k = doc.notes.create_cluster("Gruppe", ids[:2], color="#4F86C6")
    doc.notes.cast_dots([("cluster", k.id), ("note", ids[2])])
    doc.notes.hide(ids[4], "Beleidigung")
    doc.notes.edit_text(ids[3], "Notiz 3 (bearbeitet)")


OPS = ["add", "move", "edit", "category", "tags", "hide", "unhide", "merge", "unmerge",
       "cluster", "rename", "assign", "ungroup", "dissolve", "vocabulary"]


def build(ctx, op, a: int, b: int, text: str):
    """A command for ``op`` on the current notes picked by ``a``/``b``, or None if not possible."""
    notes = ctx.doc.notes.notes()
    clusters = ctx.doc.notes.clusters()
    visible = [n for n in notes if n.moderation == "visible"]
    pick = (lambda seq, i: seq[i % len(seq)] if seq else None)
    n1, n2 = pick(notes, a), pick(notes, b)
    if op == "add":
        return cmd.AddNotesCommand(ctx, [{"text": text, "category": "idea"},
                                         {"text": text + "!", "category": "hope",
                                          "source": "paper"}][: 1 + a % 2])
    if op == "move" and n1:
        return cmd.MoveNotesCommand(ctx, {n1.id: ((n1.pos_x, n1.pos_y), (a * 10.0, b * 7.0))})
    if op == "edit" and n1:
        return cmd.EditTextCommand(ctx, n1.id, text)
    if op == "category" and n1:
        return cmd.SetCategoryCommand(ctx, [n1.id], ["hope", "idea", "question"][b % 3])
    if op == "tags" and n1:
        return cmd.SetTagsCommand(ctx, {n1.id: [["cost"], [], ["privacy", "jobs"]][b % 3]})
    if op == "hide" and visible:
        return cmd.HideCommand(ctx, [pick(visible, a).id], text)
    if op == "unhide":
        hidden = [n for n in notes if n.moderation == "hidden" and not n.merged_into_id]
        return cmd.UnhideCommand(ctx, [pick(hidden, a).id]) if hidden else None
    if op == "merge" and len(visible) >= 2:
        keep, dup = pick(visible, a), pick(visible, b)
        return cmd.MergeCommand(ctx, keep.id, dup.id) if keep.id != dup.id else None
    if op == "unmerge":
        merged = [n for n in notes if n.merged_into_id]
        return cmd.UnmergeCommand(ctx, pick(merged, a).id) if merged else None
    if op == "cluster" and n1:
        return cmd.CreateClusterCommand(ctx, text, list({n1.id, n2.id}), color="#D0584F")
    if op == "rename" and clusters:
        return cmd.RenameClusterCommand(ctx, pick(clusters, a).id, text, "#8E6CC0")
    if op == "assign" and n1 and clusters:
        return cmd.AssignCommand(ctx, [n1.id], pick(clusters, b).id)
    if op == "ungroup" and n1:
        return cmd.AssignCommand(ctx, [n1.id], None)
    if op == "dissolve" and clusters:
        return cmd.DissolveClusterCommand(ctx, pick(clusters, a).id)
    if op == "vocabulary":
        ws = ctx.doc.workshops.get()
        cats = [dict(c) for c in ws.note_categories]
        cats[a % len(cats)]["de"] = text
        return cmd.SetVocabularyCommand(ctx, cats, list(ws.note_tags)[: 1 + b % 6])
    return None


step = st.tuples(st.sampled_from(OPS), st.integers(0, 20), st.integers(0, 20),
                 st.text(alphabet="abcÄöß 🌍<>&", min_size=1, max_size=12).filter(str.strip))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_undo_all_restores_database_and_redo_all_replays(qapp, steps):
    doc = WorkshopDocument.memory("Property")
    try:
        seed(doc)
        ctx = Ctx(doc)
        stack = QUndoStack()
        original = db_state(doc)
        for op, a, b, text in steps:
            command = build(ctx, op, a, b, text)
            if command is not None:
                stack.push(command)
        assert ctx.errors == []
        final = db_state(doc)
        while stack.canUndo():
            stack.undo()
        assert db_state(doc) == original
        while stack.canRedo():
            stack.redo()
        assert db_state(doc) == final
        assert ctx.errors == []
    finally:
        doc.close()
