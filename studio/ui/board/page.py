"""BoardPage: the sticky-note board of a workshop (the "Board" tab).

Left: the capture panel (typing, bulk entry, paste). Middle: the tool bar,
search and filters over the board canvas, and what the shared screen shows.
Right: the selected note's details and the ranked dot-voting results. The
side panels scroll and can be hidden or dragged shut, and the tool bar folds
into a "»" menu, so the page fits a 1280x720 laptop; every tool is also in the
Board menu with a key. Every edit is a command on the page's undo stack;
commands call the NoteService and notify the document, and the board redraws
from the database (also when notes arrive from the shared screen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.pii import find_personal_data
from studio.ui.board import commands as cmd
from studio.ui.board.capture import CapturePanel
from studio.ui.canvas.cluster_item import ClusterItem
from studio.ui.board.details import NoteDetails
from studio.ui.board.editing import BoardEditing
from studio.ui.board.filter_bar import BoardFilterBar
from studio.ui.canvas.focus import stage_focus
from studio.ui.board.import_dialog import NotesImportDialog
from studio.ui.canvas.items import NoteItem
from studio.ui.board.page_actions import TOOLBAR, BoardActions
from studio.ui.board.panels import ERROR_STYLE, ScrollPanel
from studio.ui.board.results import DotResultsPanel
from studio.ui.canvas.scene import BoardData, BoardScene
from studio.ui.board.stage_control import StageChoosing, StageControl
from studio.ui.canvas.view import BoardView
from studio.ui.board.vocabulary import VocabularyDialog


class BoardPage(BoardActions, StageChoosing, BoardEditing, QWidget):
    """The board tab. Offers ``menu_actions()`` for the window's Board menu."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.data: BoardData | None = None
        self._by_id: dict[str, Any] = {}
        self._fitted = False
        self._filled = False  # the scene is filled on the first show (or first need)
        self.stage_choice = stage_focus(document)
        self.undo_stack = QUndoStack(self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.filters = BoardFilterBar()
        self.search = self.filters.search
        self.category_filter = self.filters.category_filter
        self.tag_filter = self.filters.tag_filter
        self.show_hidden = self.filters.show_hidden
        self._build_actions()
        self.capture = CapturePanel()
        self.details = NoteDetails(self.actions)
        self.results = DotResultsPanel(document)
        self.stage_control = StageControl(self.stage_choice)
        self._build_ui()
        self._sync_timer = QTimer(self)
        self._sync_timer.setObjectName("boardSyncTimer")
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self._sync_due)
        self._connect()
        self._load_vocabulary()
        self._load_scenarios()
        self._selection_changed()  # nothing selected: the panels' texts, the actions
        self._update_stage_choices()
        # The notes are laid out when the board is first shown or needed (ensure_filled):
        # a hidden board tab costs nothing at opening.

    # -- construction -------------------------------------------------------------
    def _build_ui(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        for key in TOOLBAR:
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions[key])
        self.count = QLabel()
        self.count.setTextFormat(Qt.PlainText)
        self.message = QLabel()
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.toolbar)
        cl.addWidget(self.filters)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.message, 1)
        cl.addLayout(row)
        cl.addWidget(self.view, 1)
        cl.addWidget(self.stage_control)
        self.capture_panel = ScrollPanel(self.capture)
        self.capture_panel.setObjectName("boardCapturePanel")
        self.side = QTabWidget()
        self.side.setObjectName("boardSidePanel")
        self.side.addTab(ScrollPanel(self.details), "")
        self.side.addTab(self.results, "")
        self.splitter = QSplitter()
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(self.capture_panel)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([280, 900, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._retranslate_texts()

    def _retranslate_texts(self) -> None:
        self.view.setAccessibleName(self.tr("Notes board"))
        self.view.setAccessibleDescription(self.tr(
            "Tab moves between notes, Space selects, Enter edits. Drag a note onto another"
            " to group them; Ctrl+wheel zooms."))
        self.toolbar.setWindowTitle(self.tr("Board tools"))
        self.message.setAccessibleName(self.tr("Board messages"))
        self.side.setTabText(0, self.tr("Note"))
        self.side.setTabText(1, self.tr("Dot voting"))
        self.side.setAccessibleName(self.tr("Note details and dot voting"))

    # -- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the board page in the app's language (the projected board keeps
        the workshop's)."""
        if getattr(self.doc, "closed", False):
            return  # a page of a closed workshop, not yet deleted: nothing to read
        self.retranslate_actions()
        self._retranslate_texts()
        for panel in (self.capture, self.details, self.filters, self.results,
                      self.stage_control):
            panel.retranslate()
        self.message.clear()  # a message of the moment is not said again
        self._load_vocabulary()
        self._load_scenarios()
        self._update_count()
        self._selection_changed()
        self._update_stage_choices()
        self.scene.update()

    def show_panel(self, key: str, on: bool) -> None:
        """Show or hide a side panel (Board menu); a panel dragged shut opens again."""
        panel = self.capture_panel if key == "show_capture" else self.side
        panel.setVisible(on)
        index = self.splitter.indexOf(panel)
        sizes = self.splitter.sizes()
        if on and sizes[index] == 0:
            sizes[index] = panel.sizeHint().width()
            sizes[1] = max(0, sizes[1] - sizes[index])
            self.splitter.setSizes(sizes)
        self.actions[key].setChecked(on)

    def _splitter_moved(self) -> None:
        sizes = self.splitter.sizes()
        for key, panel in (("show_capture", self.capture_panel), ("show_side", self.side)):
            shown = panel.isVisibleTo(self) and sizes[self.splitter.indexOf(panel)] > 0
            self.actions[key].setChecked(shown)

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
        self.details.scenarioChosen.connect(self.move_to_scenario)
        self.details.separateRequested.connect(
            lambda dup: self.push(cmd.UnmergeCommand(self, dup)))
        self.results.itemActivated.connect(self._show_item)
        self.filters.changed.connect(self._apply_filter)
        self.undo_stack.indexChanged.connect(self._update_actions)
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.stage_control.focusChosen.connect(self.show_on_stage)
        self.stage_control.stepRequested.connect(self.stage_choice.step)
        self.stage_choice.changed.connect(self._update_stage_actions)
        self.stage_choice.partsChanged.connect(self._update_stage_actions)

    # -- the document -----------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic == "workshop":
            self._load_vocabulary()
        if topic in ("workshop", "session"):
            self._load_scenarios()
        if topic in ("notes", "workshop"):
            self._sync_timer.start()

    def _sync_due(self) -> None:
        if self._filled:
            self.sync_now()
        else:  # the notes wait for the first show; the dot results are read now
            self.results.refresh()

    def _load_scenarios(self) -> None:
        """The agenda's scenarios for capture, filter and details; capture follows the session."""
        from studio.core.kinds import localized

        def title(card: dict) -> str:
            value = card.get("title")
            return localized(value, self.language) if isinstance(value, dict) else str(value or "")

        scenarios = [(sc.id, title(sc.card or {}) or sc.card_id)
                     for sc in self.doc.workshops.agenda()]
        session_scenario = self.doc.note_places.current_place().scenario_id
        self.capture.set_scenarios(scenarios, session_scenario)
        self.filters.set_scenarios(scenarios)
        self.details.set_scenarios(scenarios)

    def _load_vocabulary(self) -> None:
        ws = self.doc.workshops.get()
        self.language = ws.language or "de"
        cats, tags = list(ws.note_categories or []), list(ws.note_tags or [])
        self.categories, self.tags = cats, tags
        self.capture.set_vocabulary(cats, tags, self.language)
        self.details.set_vocabulary(cats, tags, self.language)
        self.filters.set_vocabulary(cats, tags, self.language)

    def sync_now(self) -> None:
        """Redraw the board from the database (changed cards only)."""
        pending = self._sync_timer.isActive()  # a change not yet handled
        self._sync_timer.stop()
        first, self._filled = not self._filled, True
        self.data = BoardData.load(self.doc)
        self._by_id = {n.id: n for n in self.data.notes}
        self.scene.sync(self.data)
        self._update_count()
        self._selection_changed()
        if pending or not first:  # else the panel read them when built and at each change
            self.results.refresh()
        self._update_stage_choices()
        if not self._fitted and self.isVisible():
            self._fitted = True
            self.view.show_readable()

    def ensure_filled(self) -> None:
        """Fill the board from the database if it has not been yet."""
        if not self._filled:
            self.sync_now()

    def showEvent(self, event) -> None:
        first = not self._fitted
        self._fitted = True  # the first fit waits for the panels' sizes (_first_show)
        self.ensure_filled()
        super().showEvent(event)
        if first:
            QTimer.singleShot(0, self._first_show)

    def _first_show(self) -> None:
        self._size_panels()
        self.view.show_readable()

    def _size_panels(self) -> None:
        """Side panels about a fifth of the width each (at least what they need), so a
        laptop's board keeps most of the room and a large screen does not waste it."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        left = max(self.capture_panel.minimumSizeHint().width(), min(300, int(total * 0.2)))
        right = max(self.side.minimumSizeHint().width(), min(340, int(total * 0.22)))
        self.splitter.setSizes([left, max(0, total - left - right), right])

    def report(self, error: StudioError) -> None:
        """Show a service's refusal (commands call this)."""
        self.message.setText(error.user_message())
        self.message.setStyleSheet(ERROR_STYLE)

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
        hidden = [n for n in notes if n.hidden]
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
            self.count.setText(self.tr("{shown} of %n note(s) shown", "", total).format(
                shown=shown))
        else:
            self.count.setText(self.tr("%n note(s)", "", total))

    def _apply_filter(self) -> None:
        self.scene.set_filter(self.filters.note_filter())
        self._update_count()

    def select_notes(self, ids: list[str]) -> None:
        self.ensure_filled()
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
        place = self.doc.note_places.place_for(self.capture.scenario_id(), category)
        specs = [{"text": t, "category": category, "tags": tags, "source": source,
                  "scenario_id": place.scenario_id, "activity_id": place.activity_id}
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

    def move_to_scenario(self, scenario_id: str | None) -> None:
        """Move the selected notes to ``scenario_id`` (None: the whole workshop)."""
        ids = [n.id for n in self._selected_notes() if n.scenario_id != scenario_id]
        if ids:
            self.push(cmd.MoveToScenarioCommand(self, ids, scenario_id))

    def open_import(self) -> NotesImportDialog:
        ws = self.doc.workshops.get()
        dialog = NotesImportDialog(self.categories, self.tags, list(ws.stakeholder_groups or []),
                                   self.language, self)
        dialog.setObjectName("notesImportDialog")

        def done(result: int) -> None:
            if result and dialog.specs():
                specs = dialog.specs()
                self.push(cmd.AddNotesCommand(self, specs))
                self.say(self.tr("%n note(s) imported.", "", len(specs)))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_vocabulary(self) -> VocabularyDialog:
        self.ensure_filled()
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


__all__ = ["BoardPage", "NoteItem"]
