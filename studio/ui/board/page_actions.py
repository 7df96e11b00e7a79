"""The Board tab's actions: one place for their texts, keys and icons.

A mixin of :class:`studio.ui.board.page.BoardPage`. The actions live on the
page (shortcuts work while the focus is inside it) and are offered to the
window's Board menu by ``menu_actions()``; the tool bar shows the most used.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from studio.ui.actions import make_action, retranslate_action, undo_actions
from studio.ui.canvas.focus import BOARD, Focus

MENU_GROUPS = (("undo", "redo"), ("type", "import", "vocabulary"),
               ("edit", "hide", "unhide", "redact", "merge"),
               ("group", "ungroup", "rename", "dissolve"),
               ("arrange_category", "arrange_cluster"), ("zoom_in", "zoom_out", "fit", "find"),
               ("stage_selection", "stage_board", "stage_previous", "stage_next"),
               ("show_capture", "show_side"))
# The most used first: on a laptop the rest folds into the tool bar's "»" menu.
TOOLBAR = ("group", "merge", "hide", None, "stage_selection", None, "arrange_category",
           "arrange_cluster", None, "fit", "zoom_out", "zoom_in", None, "import")


class BoardActions:
    """Builds ``self.actions`` (key -> QAction) for the page from the action registry."""

    def _action(self, key: str, slot=None) -> QAction:
        if slot is not None:
            inner = slot

            def slot(*args, inner=inner):  # the Board menu works on a board never shown
                self.ensure_filled()
                return inner(*args)
        action = make_action(f"board.{key}", self, slot)
        self.addAction(action)
        self.actions[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        # Fixed labels: the command's name goes into the tool tip, not the label.
        undo = self._action("undo", self.undo_stack.undo)
        self._follow_undo = undo_actions(self.undo_stack, undo,
                                         self._action("redo", self.undo_stack.redo))
        a = self._action
        a("type", lambda: self.capture.focus_editor())
        a("import", self.open_import)
        a("vocabulary", self.open_vocabulary)
        a("edit", self.edit_selected)
        a("hide", self.hide_selected)
        a("unhide", self.unhide_selected)
        a("redact", self.redact_selected)
        a("merge", self.merge_selected)
        a("group", self.group_selected)
        a("ungroup", self.ungroup_selected)
        a("rename", self.rename_cluster)
        a("dissolve", self.dissolve_cluster)
        a("arrange_category", lambda: self.arrange("category"))
        a("arrange_cluster", lambda: self.arrange("cluster"))
        a("zoom_in", self.view.zoom_in)
        a("zoom_out", self.view.zoom_out)
        a("fit", self.view.fit_all)
        a("find", lambda: (self.search.setFocus(), self.search.selectAll()))
        a("stage_selection", self.show_selection_on_stage)
        a("stage_board", lambda: self.show_on_stage(Focus(BOARD)))
        a("stage_previous", lambda: self.stage_choice.step(-1))
        a("stage_next", lambda: self.stage_choice.step(1))
        for key in ("show_capture", "show_side"):
            action = a(key, lambda on, k=key: self.show_panel(k, on))
            action.setChecked(True)

    def retranslate_actions(self) -> None:
        """The actions' texts, short tool-bar labels and tool tips in the app's language."""
        for action in self.actions.values():
            retranslate_action(action)
        self._follow_undo()

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
