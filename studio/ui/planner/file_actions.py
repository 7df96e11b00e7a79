"""Plan file actions in the planner: new, open, save, save as, and leaving unsaved work.

Mixed into :class:`~studio.ui.planner.window.PlannerWindow`, which provides
``model``, ``undo``, ``agenda``, ``path`` and ``cards``. Reading and writing go
through :mod:`studio.core.plans`; this module only asks the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from studio import paths
from studio.base.errors import StudioError
from studio.core.plans import SUFFIX, Plan, load_plan, save_plan


class PlanFileActions:
    """The planner window's file actions (a mixin of PlannerWindow, which is the QObject)."""

    def _confirm_discard(self) -> bool:
        if self.undo.isClean():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved plan"),
            self.tr("Save the changes to the plan first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_plan(self) -> None:
        if self._confirm_discard():
            self._set_plan(Plan(), None)

    def ask_open(self) -> None:
        if not self._confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open plan"),
            str(paths.sessions_dir()),
            self.tr("Workshop plans (*.plan.toml)"),
        )
        if name:
            self.open_plan(Path(name))

    def open_plan(self, path: Path) -> bool:
        try:
            plan = load_plan(path)
        except StudioError as err:
            QMessageBox.warning(self, self.tr("Cannot open plan"), err.user_message())
            return False
        self._set_plan(plan, path)
        return True

    def _set_plan(self, plan: Plan, path: Path | None) -> None:
        self.path = path
        self.model.set_plan(plan)
        self.undo.clear()
        self.agenda.expandAll()
        self._refresh_all()

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        from studio.ui.dialogs import safe_file_stem

        start = paths.sessions_dir() / (safe_file_stem(self.model.plan.title or "plan") + SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan"), str(start), self.tr("Workshop plans (*.plan.toml)")
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".toml") + SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        for i, item in enumerate(self.model.plan.agenda):
            item.card_title = self.model.scenario_title(i)
        try:
            save_plan(self.model.plan, path)
        except StudioError as err:
            QMessageBox.warning(self, self.tr("Cannot save plan"), err.user_message())
            return False
        self.path = path
        self.undo.setClean()
        self._update_title()
        self.statusBar().showMessage(self.tr("Plan saved: {file}").format(file=path.name), 5000)
        return True

    def create_workshop(self) -> None:
        self.cards.create_workshop()
