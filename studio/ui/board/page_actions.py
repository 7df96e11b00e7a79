"""The Board tab's actions: one place for their texts, keys and icons.

A mixin of :class:`studio.ui.board.page.BoardPage`. The actions live on the
page (shortcuts work while the focus is inside it) and are offered to the
window's Board menu by ``menu_actions()``; the tool bar shows the most used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from studio.ui.board.focus import BOARD, Focus
from studio.ui.icons import icon

MENU_GROUPS = (("undo", "redo"), ("type", "import", "vocabulary"),
               ("edit", "hide", "unhide", "redact", "merge"),
               ("group", "ungroup", "rename", "dissolve"),
               ("arrange_category", "arrange_cluster"), ("zoom_in", "zoom_out", "fit", "find"),
               ("stage_selection", "stage_board", "stage_previous", "stage_next"),
               ("show_capture", "show_side"))
# The most used first: on a laptop the rest folds into the tool bar's "»" menu.
TOOLBAR = ("group", "merge", "hide", None, "stage_selection", None, "arrange_category",
           "arrange_cluster", None, "fit", "zoom_out", "zoom_in", None, "import")
ICONS = {"undo": "undo", "redo": "redo", "type": "note", "import": "import", "edit": "edit",
         "hide": "hide", "merge": "merge", "group": "plus", "stage_selection": "board",
         "stage_previous": "previous", "stage_next": "next"}


class BoardActions:
    """Builds ``self.actions`` (key -> QAction) for the page."""

    def _action(self, key: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"board.{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        if key in ICONS:
            action.setIcon(icon(ICONS[key]))
        self.addAction(action)
        self.actions[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        # Own actions, not QUndoStack.createUndoAction: its prefix cannot be translated anew.
        stack = self.undo_stack
        undo, redo = QAction(self), QAction(self)
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: self._retext_undo("undo", t))
        stack.redoTextChanged.connect(lambda t: self._retext_undo("redo", t))
        for key, action, seq in (("undo", undo, QKeySequence.Undo),
                                 ("redo", redo, QKeySequence.Redo)):
            action.setObjectName(f"board.{key}")
            action.setShortcut(QKeySequence(seq))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.setIcon(icon(ICONS[key]))
            self.addAction(action)
            self.actions[key] = action
        a = self._action
        a("type", "", lambda: self.capture.focus_editor(), "Ctrl+T")
        a("import", "", self.open_import)
        a("vocabulary", "", self.open_vocabulary)
        a("edit", "", self.edit_selected, "F2")
        a("hide", "", self.hide_selected, "Ctrl+H")
        a("unhide", "", self.unhide_selected, "Ctrl+Shift+H")
        a("redact", "", self.redact_selected)
        a("merge", "", self.merge_selected, "Ctrl+M")
        a("group", "", self.group_selected, "Ctrl+G")
        a("ungroup", "", self.ungroup_selected, "Ctrl+Shift+G")
        a("rename", "", self.rename_cluster, "Ctrl+R")
        a("dissolve", "", self.dissolve_cluster)
        a("arrange_category", "", lambda: self.arrange("category"), "Ctrl+Shift+A")
        a("arrange_cluster", "", lambda: self.arrange("cluster"), "Ctrl+Shift+L")
        a("zoom_in", "", self.view.zoom_in, QKeySequence.ZoomIn)
        a("zoom_out", "", self.view.zoom_out, QKeySequence.ZoomOut)
        a("fit", "", self.view.fit_all, "Ctrl+0")
        a("find", "", lambda: (self.search.setFocus(), self.search.selectAll()),
          QKeySequence.Find)
        a("stage_selection", "", self.show_selection_on_stage, "Ctrl+Shift+F")
        a("stage_board", "", lambda: self.show_on_stage(Focus(BOARD)), "Ctrl+Shift+B")
        a("stage_previous", "", lambda: self.stage_choice.step(-1), "Alt+PgUp")
        a("stage_next", "", lambda: self.stage_choice.step(1), "Alt+PgDown")
        for key in ("show_capture", "show_side"):
            action = a(key, "", lambda on, k=key: self.show_panel(k, on))
            action.setCheckable(True)
            action.setChecked(True)
        self.retranslate_actions()

    def retranslate_actions(self) -> None:
        """The actions' texts, short tool-bar labels and tool tips in the app's language."""
        texts = {
            "type": self.tr("&Type a note"),
            "import": self.tr("&Import notes from CSV/XLSX…"),
            "vocabulary": self.tr("&Categories and tags…"),
            "edit": self.tr("&Edit note…"),
            "hide": self.tr("&Hide note…"),
            "unhide": self.tr("&Show note again"),
            "redact": self.tr("&Redact personal data"),
            "merge": self.tr("&Merge duplicates"),
            "group": self.tr("&Group selected notes"),
            "ungroup": self.tr("Take out of &cluster"),
            "rename": self.tr("Re&name cluster…"),
            "dissolve": self.tr("&Dissolve cluster"),
            "arrange_category": self.tr("Arrange by ca&tegory"),
            "arrange_cluster": self.tr("Arrange by c&luster"),
            "zoom_in": self.tr("Zoom &in"),
            "zoom_out": self.tr("Zoom &out"),
            "fit": self.tr("&Fit board to window"),
            "find": self.tr("&Find notes"),
            "stage_selection": self.tr("Show selection &large on the shared screen"),
            "stage_board": self.tr("Show the &whole board on the shared screen"),
            "stage_previous": self.tr("Pre&vious part on the shared screen"),
            "stage_next": self.tr("Ne&xt part on the shared screen"),
            "show_capture": self.tr("Show the note &entry panel"),
            "show_side": self.tr("Show the note de&tails panel"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        # Short labels for the tool bar (and the details panel's buttons), so more of
        # them fit on a laptop; the menu keeps the full text.
        for key, short in (("group", self.tr("Group")), ("merge", self.tr("Merge")),
                           ("hide", self.tr("Hide")), ("import", self.tr("Import")),
                           ("arrange_category", self.tr("By category")),
                           ("arrange_cluster", self.tr("By cluster")),
                           ("fit", self.tr("Fit")), ("stage_selection", self.tr("Show large"))):
            self.actions[key].setIconText(short)
        self._retext_undo("undo", self.undo_stack.undoText())
        self._retext_undo("redo", self.undo_stack.redoText())
        for key, action in self.actions.items():
            if key in ("undo", "redo"):
                continue  # their tool tips name the command (see _retext_undo)
            keys = action.shortcut().toString(QKeySequence.NativeText)
            text = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def _retext_undo(self, key: str, what: str) -> None:
        """"Undo <command>" and "Redo <command>", as Qt's own undo actions say it."""
        try:
            prefix = self.tr("&Undo") if key == "undo" else self.tr("&Redo")
            action = self.actions.get(key)
            if action is not None:
                action.setText(f"{prefix} {what}".strip())
                action.setToolTip(action.text().replace("&", ""))
        except RuntimeError:  # the stack empties itself while the page is deleted
            pass

    def menu_actions(self) -> list[QAction]:
        """The actions for the window's Board menu, separators included."""
        out: list[QAction] = []
        for i, group in enumerate(MENU_GROUPS):
            if i:
                sep = QAction(self)
                sep.setSeparator(True)
                out.append(sep)
            out.extend(self.actions[k] for k in group)
        return out
