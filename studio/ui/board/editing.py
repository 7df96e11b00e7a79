"""Editing the board: the BoardPage's note, cluster, drag and arrange operations.

A mixin of :class:`studio.ui.board.page.BoardPage` (kept apart so each module
stays of one concern): every operation becomes an undo command on the page's
stack; commands call the NoteService and the board redraws from the database.
"""

from __future__ import annotations

from studio.core.board_layout import UNPLACED, CardSpec, arrange, board_blocks
from studio.core.pii import find_personal_data, redact
from studio.ui.board import commands as cmd
from studio.ui.board.dialogs import ClusterDialog, EditNoteDialog, HideDialog
from studio.ui.canvas.scene import DragResult


class BoardEditing:
    """Operations on the selected notes and clusters (needs the page's attributes)."""

    # -- editing ------------------------------------------------------------------------
    def edit_selected(self) -> EditNoteDialog | None:
        notes = self._selected_notes()
        if len(notes) != 1:
            return None
        note = notes[0]
        history = [(r.replaced_at.astimezone().strftime("%d.%m.%Y %H:%M"), r.text)
                   for r in self.doc.notes.history(note.id)]
        dialog = EditNoteDialog(note.text, history, self)
        dialog.setObjectName("editNoteDialog")

        def done(result: int) -> None:
            if result and dialog.text() != note.text:
                self.push(cmd.EditTextCommand(self, note.id, dialog.text()))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def redact_selected(self) -> None:
        notes = self._selected_notes()
        if len(notes) == 1:
            text = redact(notes[0].text, find_personal_data(notes[0].text))
            if text != notes[0].text:
                self.push(cmd.EditTextCommand(self, notes[0].id, text))

    def hide_selected(self) -> HideDialog | None:
        ids = [n.id for n in self._selected_notes() if n.visible]
        if not ids:
            return None
        preset = self.tr("Personal data") if any(
            find_personal_data(self._by_id[i].text) for i in ids) else ""
        dialog = HideDialog(len(ids), self, preset)
        dialog.setObjectName("hideDialog")

        def done(result: int) -> None:
            if result:
                self.push(cmd.HideCommand(self, ids, dialog.reason()))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def hide_notes(self, ids: list[str], reason: str) -> None:
        self.push(cmd.HideCommand(self, ids, reason))

    def unhide_selected(self) -> None:
        ids = [n.id for n in self._selected_notes() if n.hidden]
        if ids:
            self.push(cmd.UnhideCommand(self, ids))

    def set_category(self, category: str) -> None:
        ids = [n.id for n in self._selected_notes() if n.category != category]
        if ids and category:
            self.push(cmd.SetCategoryCommand(self, ids, category))

    def toggle_tag(self, tag: str, on: bool) -> None:
        notes = self._selected_notes()
        new = {}
        for n in notes:
            tags = set(n.tags or [])
            tags = tags | {tag} if on else tags - {tag}
            if tags != set(n.tags or []):
                new[n.id] = sorted(tags)
        if new:
            self.push(cmd.SetTagsCommand(self, new))

    def merge_selected(self) -> None:
        notes = sorted(self._selected_notes(), key=lambda n: (n.created_at, n.id))
        if len(notes) < 2:
            return
        keep = notes[0]
        parent = cmd.MacroCommand(self.tr("Merge %n duplicate(s)", "", len(notes) - 1))
        for dup in notes[1:]:
            parent.add(cmd.MergeCommand(self, keep.id, dup.id))
        self.push(parent)
        self.select_notes([keep.id])

    # -- clusters ------------------------------------------------------------------------
    def _new_cluster_name(self) -> str:
        n = len(self.data.clusters) + 1 if self.data else 1
        return self.tr("Cluster {n}").format(n=n)

    def group_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        c = cmd.CreateClusterCommand(self, self._new_cluster_name(), ids)
        self.push(c)
        self.say(self.tr("Cluster created. Rename it with Ctrl+R or a double-click on its title."))

    def ungroup_selected(self) -> None:
        ids = [n.id for n in self._selected_notes() if n.cluster_id]
        if ids:
            self.push(cmd.AssignCommand(self, ids, None))

    def rename_cluster(self, cluster_id: str | None = None) -> ClusterDialog | None:
        cluster_id = cluster_id or self._selected_cluster()
        cluster = next((c for c in self.data.clusters if c.id == cluster_id), None)
        if cluster is None:
            return None
        dialog = ClusterDialog(cluster.name, cluster.color, self)
        dialog.setObjectName("clusterDialog")

        def done(result: int) -> None:
            if result:
                name, color = dialog.values()
                if (name, color) != (cluster.name, cluster.color):
                    self.push(cmd.RenameClusterCommand(self, cluster.id, name, color))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def dissolve_cluster(self) -> None:
        cluster_id = self._selected_cluster()
        if cluster_id:
            self.push(cmd.DissolveClusterCommand(self, cluster_id))

    # -- dragging ---------------------------------------------------------------------------
    def _stored_moves(self, moves: dict) -> dict:
        """Moves with the stored old position (unplaced notes go back to the inbox on undo)."""
        out = {}
        for note_id, (old, new) in moves.items():
            note = self._by_id.get(note_id)
            stored = (note.pos_x, note.pos_y) if note is not None else old
            out[note_id] = (UNPLACED if stored == UNPLACED else old, new)
        return out

    def _on_drag(self, result: DragResult) -> None:
        moves = self._stored_moves(result.moves)
        ids = list(moves)
        parent = cmd.MacroCommand(self.tr("Move notes"))
        parent.add(cmd.MoveNotesCommand(self, moves))
        if result.onto_note:
            target = self._by_id.get(result.onto_note)
            if target is not None and target.cluster_id:
                joining = [i for i in ids if self._by_id[i].cluster_id != target.cluster_id]
                if joining:
                    parent.add(cmd.AssignCommand(self, joining, target.cluster_id))
                    parent.setText(self.tr("Add to cluster"))
            elif target is not None:
                parent.add(cmd.CreateClusterCommand(self, self._new_cluster_name(),
                                                    [target.id, *ids]))
                parent.setText(self.tr("Group notes"))
        elif result.into_cluster:
            joining = [i for i in ids if self._by_id[i].cluster_id != result.into_cluster]
            if joining:
                parent.add(cmd.AssignCommand(self, joining, result.into_cluster))
                parent.setText(self.tr("Add to cluster"))
        elif result.left_clusters:
            parent.add(cmd.AssignCommand(self, list(result.left_clusters), None))
            parent.setText(self.tr("Take out of cluster"))
        self.push(parent)

    def _on_cluster_drag(self, cluster_id: str, moves: dict) -> None:
        self.push(cmd.MoveNotesCommand(self, self._stored_moves(moves),
                                       self.tr("Move cluster")))

    # -- arranging --------------------------------------------------------------------------
    def arrange(self, by: str) -> None:
        """Tidy the board: clusters (``by="cluster"``) and categories as blocks, hidden notes
        last; the same rules lay out the demo workshop. One undoable move."""
        items = sorted(self.scene.note_items.values(),
                       key=lambda i: (self._by_id[i.note_id].created_at, i.note_id))
        if not items:
            return
        cards = [CardSpec(i.note_id, i.state.category, i.boundingRect().height(),
                          i.state.cluster_id, i.state.hidden) for i in items]
        clusters = [c.id for c in self.data.clusters] if by == "cluster" and self.data else None
        blocks = board_blocks(cards, [c["key"] for c in self.categories], clusters=clusters)
        moves = {}
        for note_id, new in arrange(blocks, self.scene.style.width).items():
            note = self._by_id[note_id]
            old = (note.pos_x, note.pos_y)
            if old != new:
                moves[note_id] = (old, new)
        if moves:
            text = (self.tr("Arrange by category") if by == "category" else
                    self.tr("Arrange by cluster"))
            self.push(cmd.MoveNotesCommand(self, moves, text))
        self.view.fit_all()
