"""BoardPage: the sticky-note board of a workshop (the "Board" tab).

Left: the capture panel (typing, bulk entry, paste). Middle: search and
filters over the board canvas. Right: the selected note's details and the
ranked dot-voting results. Every edit is a command on the page's undo stack;
commands call the NoteService and notify the document, and the board redraws
from the database (also when notes arrive from the shared screen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.core.pii import find_personal_data, redact
from studio.ui.board import commands as cmd
from studio.ui.board.capture import CapturePanel
from studio.ui.board.details import NoteDetails
from studio.ui.board.dialogs import ClusterDialog, EditNoteDialog, HideDialog
from studio.ui.board.import_dialog import NotesImportDialog
from studio.ui.board.items import CLUSTER_HEADER, CLUSTER_MARGIN, ClusterItem, NoteItem
from studio.ui.board.layout import UNPLACED, Block, NoteFilter, arrange
from studio.ui.board.results import DotResultsPanel
from studio.ui.board.scene import BoardData, BoardScene, DragResult
from studio.ui.board.view import BoardView
from studio.ui.board.vocabulary import VocabularyDialog
from studio.ui.layouts import FlowLayout


class BoardPage(QWidget):
    """The board tab. Offers ``menu_actions()`` for the window's Board menu."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.data: BoardData | None = None
        self._by_id: dict[str, Any] = {}
        self._fitted = False
        self.undo_stack = QUndoStack(self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.view.setAccessibleName(self.tr("Notes board"))
        self._build_actions()
        self.capture = CapturePanel()
        self.details = NoteDetails(self.actions)
        self.results = DotResultsPanel(document)
        self._build_ui()
        self._sync_timer = QTimer(self)
        self._sync_timer.setObjectName("boardSyncTimer")
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self.sync_now)
        self._connect()
        self._load_vocabulary()
        self.sync_now()

    # -- construction -------------------------------------------------------------
    def _action(self, key: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"board.{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        for key, action, seq in (("undo", undo, QKeySequence.Undo),
                                 ("redo", redo, QKeySequence.Redo)):
            action.setObjectName(f"board.{key}")
            action.setShortcut(QKeySequence(seq))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.actions[key] = action
        a = self._action
        a("type", self.tr("&Type a note"), lambda: self.capture.focus_editor(), "Ctrl+T")
        a("import", self.tr("&Import notes from CSV/XLSX…"), self.open_import)
        a("vocabulary", self.tr("&Categories and tags…"), self.open_vocabulary)
        a("edit", self.tr("&Edit note…"), self.edit_selected, "F2")
        a("hide", self.tr("&Hide note…"), self.hide_selected, "Ctrl+H")
        a("unhide", self.tr("&Show note again"), self.unhide_selected, "Ctrl+Shift+H")
        a("redact", self.tr("&Redact personal data"), self.redact_selected)
        a("merge", self.tr("&Merge duplicates"), self.merge_selected, "Ctrl+M")
        a("group", self.tr("&Group selected notes"), self.group_selected, "Ctrl+G")
        a("ungroup", self.tr("Take out of &cluster"), self.ungroup_selected, "Ctrl+Shift+G")
        a("rename", self.tr("Re&name cluster…"), self.rename_cluster, "Ctrl+R")
        a("dissolve", self.tr("&Dissolve cluster"), self.dissolve_cluster)
        a("arrange_category", self.tr("Arrange by ca&tegory"),
          lambda: self.arrange("category"), "Ctrl+Shift+A")
        a("arrange_cluster", self.tr("Arrange by c&luster"),
          lambda: self.arrange("cluster"), "Ctrl+Shift+L")
        a("zoom_in", self.tr("Zoom &in"), self.view.zoom_in, QKeySequence.ZoomIn)
        a("zoom_out", self.tr("Zoom &out"), self.view.zoom_out, QKeySequence.ZoomOut)
        a("fit", self.tr("&Fit board to window"), self.view.fit_all, "Ctrl+0")
        a("find", self.tr("&Find notes"), lambda: (self.search.setFocus(),
                                                   self.search.selectAll()), QKeySequence.Find)

    def menu_actions(self) -> list[QAction]:
        """The actions for the window's Board menu, separators included."""
        out: list[QAction] = []
        groups = (("undo", "redo"), ("type", "import", "vocabulary"),
                  ("edit", "hide", "unhide", "redact", "merge"),
                  ("group", "ungroup", "rename", "dissolve"),
                  ("arrange_category", "arrange_cluster"), ("zoom_in", "zoom_out", "fit", "find"))
        for i, group in enumerate(groups):
            if i:
                sep = QAction(self)
                sep.setSeparator(True)
                out.append(sep)
            out.extend(self.actions[k] for k in group)
        return out

    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(self.tr("Filter by category"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.show_hidden = QCheckBox(self.tr("Show hidden notes"))
        self.show_hidden.setChecked(True)
        self.show_hidden.setAccessibleName(self.tr("Show hidden notes"))
        self.count = QLabel()
        self.count.setTextFormat(Qt.PlainText)
        self.message = QLabel()
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Board messages"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.category_filter, 1)
        bar.addWidget(self.tag_filter, 1)
        bar.addWidget(self.show_hidden)
        tools = FlowLayout()  # wraps on a small laptop screen instead of widening the window
        for key in ("group", "merge", "hide", "arrange_category", "arrange_cluster", "zoom_out",
                    "zoom_in", "fit", "import"):
            tb = QToolButton()
            tb.setDefaultAction(self.actions[key])
            tb.setAccessibleName(self.actions[key].text().replace("&", ""))
            tools.addWidget(tb)
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(tools)
        cl.addLayout(bar)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.message, 1)
        cl.addLayout(row)
        cl.addWidget(self.view, 1)
        self.side = QTabWidget()
        self.side.addTab(self.details, self.tr("Note"))
        self.side.addTab(self.results, self.tr("Dot voting"))
        self.side.setAccessibleName(self.tr("Note details and dot voting"))
        splitter = QSplitter()
        splitter.addWidget(self.capture)
        splitter.addWidget(center)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.doc.changed.connect(self._on_changed)
        self.capture.notesSubmitted.connect(self.add_notes)
        self.scene.dragFinished.connect(self._on_drag)
        self.scene.clusterDragged.connect(self._on_cluster_drag)
        self.scene.clusterActivated.connect(self.rename_cluster)
        self.scene.noteActivated.connect(lambda _id: self.edit_selected())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.details.categoryChosen.connect(self.set_category)
        self.details.tagToggled.connect(self.toggle_tag)
        self.details.separateRequested.connect(
            lambda dup: self.push(cmd.UnmergeCommand(self, dup)))
        self.results.itemActivated.connect(self._show_item)
        self.search.textChanged.connect(self._apply_filter)
        self.category_filter.currentIndexChanged.connect(self._apply_filter)
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_hidden.toggled.connect(self._apply_filter)
        self.undo_stack.indexChanged.connect(self._update_actions)

    # -- the document -----------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic == "workshop":
            self._load_vocabulary()
        if topic in ("notes", "workshop"):
            self._sync_timer.start()

    def _load_vocabulary(self) -> None:
        ws = self.doc.workshops.get()
        self.language = ws.language or "de"
        cats, tags = list(ws.note_categories or []), list(ws.note_tags or [])
        self.categories, self.tags = cats, tags
        self.capture.set_vocabulary(cats, tags, self.language)
        self.details.set_vocabulary(cats, tags, self.language)
        for combo, entries, everything in (
                (self.category_filter, cats, self.tr("All categories")),
                (self.tag_filter, tags, self.tr("All tags"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for e in entries:
                label = e.get(self.language) or e.get("de") or e["key"]
                combo.addItem(f"{e.get('symbol', '')} {label}".strip(), e["key"])
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def sync_now(self) -> None:
        """Redraw the board from the database (changed cards only)."""
        self._sync_timer.stop()
        self.data = BoardData.load(self.doc)
        self._by_id = {n.id: n for n in self.data.notes}
        self.scene.sync(self.data)
        self._update_count()
        self._selection_changed()
        self.results.refresh()
        if not self._fitted and self.isVisible():
            self._fitted = True
            self.view.fit_all()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.view.fit_all)

    def report(self, error: StudioError) -> None:
        """Show a service's refusal (commands call this)."""
        self.message.setText(error.user_message())
        self.message.setStyleSheet("color: #B00020;")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("")

    def push(self, command: QUndoCommand) -> None:
        self.message.setText("")
        self.undo_stack.push(command)
        self.sync_now()

    def shutdown(self) -> None:
        self._sync_timer.stop()

    # -- selection ------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return self.scene.selected_note_ids()

    def _selected_notes(self) -> list[Any]:
        return [self._by_id[i] for i in self.selected_ids() if i in self._by_id]

    def _selected_cluster(self) -> str | None:
        focus = self.scene.focusItem()
        if isinstance(focus, ClusterItem):
            return focus.cluster_id
        clusters = {n.cluster_id for n in self._selected_notes()}
        return clusters.pop() if len(clusters) == 1 else None

    def _selection_changed(self) -> None:
        notes = self._selected_notes()
        duplicates, history = [], []
        if len(notes) == 1:
            duplicates = [n for n in self._by_id.values() if n.merged_into_id == notes[0].id]
            history = [(r.replaced_at.astimezone().strftime("%d.%m.%Y %H:%M"), r.text)
                       for r in self.doc.notes.history(notes[0].id)]
        clusters = {c.id: c.name for c in (self.data.clusters if self.data else [])}
        self.details.show_notes(notes, clusters, duplicates, history, self.language)
        self._update_actions()

    def _update_actions(self) -> None:
        notes = self._selected_notes()
        hidden = [n for n in notes if n.moderation != "visible"]
        a = self.actions
        a["edit"].setEnabled(len(notes) == 1)
        a["hide"].setEnabled(len(notes) > len(hidden))
        a["unhide"].setEnabled(bool(hidden))
        a["redact"].setEnabled(len(notes) == 1 and bool(find_personal_data(notes[0].text)))
        a["merge"].setEnabled(len(notes) >= 2)
        a["group"].setEnabled(bool(notes))
        a["ungroup"].setEnabled(any(n.cluster_id for n in notes))
        has_cluster = self._selected_cluster() is not None
        a["rename"].setEnabled(has_cluster)
        a["dissolve"].setEnabled(has_cluster)

    def _update_count(self) -> None:
        total = len(self.scene.note_items)
        shown = self.scene.shown_count()
        if self.scene.filter.active:
            self.count.setText(self.tr("{shown} of {total} notes shown").format(shown=shown,
                                                                             total=total))
        else:
            self.count.setText(self.tr("{total} notes").format(total=total))

    def _apply_filter(self) -> None:
        flt = NoteFilter(
            text=self.search.text(),
            categories=frozenset([self.category_filter.currentData()] if
                                 self.category_filter.currentData() else []),
            tags=frozenset([self.tag_filter.currentData()] if self.tag_filter.currentData()
                           else []),
            show_hidden=self.show_hidden.isChecked(),
        )
        self.scene.set_filter(flt)
        self._update_count()

    def select_notes(self, ids: list[str]) -> None:
        self.scene.clearSelection()
        for note_id in ids:
            item = self.scene.note_items.get(note_id)
            if item is not None:
                item.setSelected(True)
        if ids and ids[0] in self.scene.note_items:
            self.view.ensureVisible(self.scene.note_items[ids[0]].sceneBoundingRect())

    def _show_item(self, kind: str, item_id: str) -> None:
        if kind == "note":
            self.select_notes([item_id])
        elif item_id in self.scene.cluster_items:
            ci = self.scene.cluster_items[item_id]
            self.select_notes([m.note_id for m in ci.members])
            self.view.ensureVisible(ci.sceneBoundingRect())

    # -- capture ------------------------------------------------------------------------
    def add_notes(self, texts: list[str], category: str, tags: list[str], source: str) -> None:
        specs = [{"text": t, "category": category, "tags": tags, "source": source}
                 for t in texts]
        try:
            from studio.core.notes import clean_note_text

            for t in texts:
                clean_note_text(t)
        except StudioError as err:
            self.capture.status.setText(err.user_message())
            return
        self.push(cmd.AddNotesCommand(self, specs))
        self.capture.accepted(texts)

    def open_import(self) -> NotesImportDialog:
        ws = self.doc.workshops.get()
        dialog = NotesImportDialog(self.categories, self.tags, list(ws.stakeholder_groups or []),
                                   self.language, self)
        dialog.setObjectName("notesImportDialog")

        def done(result: int) -> None:
            if result and dialog.specs():
                specs = dialog.specs()
                self.push(cmd.AddNotesCommand(self, specs))
                self.say(self.tr("{n} notes imported.").format(n=len(specs)))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_vocabulary(self) -> VocabularyDialog:
        notes = self.data.notes if self.data else []
        dialog = VocabularyDialog(self.categories, self.tags, {n.category for n in notes},
                                  {t for n in notes for t in (n.tags or [])}, self)
        dialog.setObjectName("vocabularyDialog")

        def done(result: int) -> None:
            if result:
                cats, tags = dialog.values()
                if (cats, tags) != (self.categories, self.tags):
                    self.push(cmd.SetVocabularyCommand(self, cats, tags))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

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
        ids = [n.id for n in self._selected_notes() if n.moderation == "visible"]
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
        ids = [n.id for n in self._selected_notes() if n.moderation != "visible"]
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
        parent = cmd.MacroCommand(self.tr("Merge {n} duplicates").format(n=len(notes) - 1))
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
        items = [i for i in self.scene.note_items.values()]
        if not items:
            return
        order = {c["key"]: i for i, c in enumerate(self.categories)}
        items.sort(key=lambda i: (order.get(i.state.category, 99),
                                  self._by_id[i.note_id].created_at, i.note_id))
        blocks: list[Block] = []
        if by == "cluster" and self.data:
            for c in self.data.clusters:
                members = [i for i in items if i.state.cluster_id == c.id]
                if members:
                    blocks.append(Block([m.note_id for m in members],
                                        [m.boundingRect().height() for m in members],
                                        top=CLUSTER_HEADER + CLUSTER_MARGIN, side=CLUSTER_MARGIN))
            items = [i for i in items if i.cluster_item is None]
        for key in [c["key"] for c in self.categories] + [None]:
            members = [i for i in items if (order.get(i.state.category) is None if key is None
                                            else i.state.category == key)]
            if members:
                blocks.append(Block([m.note_id for m in members],
                                    [m.boundingRect().height() for m in members]))
        positions = arrange(blocks, self.scene.style.width)
        moves = {}
        for note_id, new in positions.items():
            note = self._by_id[note_id]
            old = (note.pos_x, note.pos_y)
            if old != new:
                moves[note_id] = (old, new)
        if moves:
            text = (self.tr("Arrange by category") if by == "category" else
                    self.tr("Arrange by cluster"))
            self.push(cmd.MoveNotesCommand(self, moves, text))
        self.view.fit_all()


__all__ = ["BoardPage", "NoteItem"]
