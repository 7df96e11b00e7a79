"""What the planner does with cards and files: edit, create, import, export, make a workshop.

Kept apart from the window so that each module stays about one concern. All
file work goes through core functions; this module only asks the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from studio import paths
from studio.core.card_files import copy_illustration, export_cards, import_cards, save_card
from studio.base.errors import StudioError
from studio.core.plans import (PlanNotReady, blocking_problems, create_workshop_from_plan,
                                validate_plan)

if TYPE_CHECKING:
    from studio.ui.planner.window import PlannerWindow




class LibraryActions:
    def __init__(self, window: PlannerWindow) -> None:
        self.w = window

    # -- editing cards ---------------------------------------------------------------
    def edit_card(self, card_id: str) -> None:
        card = self.w.catalog.snapshot(card_id)
        if card is not None:
            self._edit(card)

    def new_card(self) -> None:
        self._edit(None)

    def _edit(self, card: dict | None) -> None:
        from studio.ui.planner.card_editor import CardEditorDialog

        dialog = CardEditorDialog(card, self.w, folder=self.w.user_card_dir)
        self.w.card_editor = dialog  # reachable for tests
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_from_editor(dialog, original_id=(card or {}).get("id"))

    def save_from_editor(self, dialog, original_id: str | None = None) -> bool:
        new = dialog.card()
        if new["id"] != original_id and self.w.catalog.get(new["id"]) is not None:
            answer = QMessageBox.question(
                self.w,
                QCoreApplication.translate("LibraryActions", "Replace card"),
                QCoreApplication.translate("LibraryActions", "A card with the id “{id}” exists. Replace it?").format(id=new["id"]),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            if dialog.illustration_source is not None:
                new["illustration"] = copy_illustration(
                    dialog.illustration_source, self.w.user_card_dir
                )
            elif new["illustration"] and original_id:
                source = self.w.catalog.illustration_file(original_id)
                if source is not None:
                    new["illustration"] = copy_illustration(source, self.w.user_card_dir)
            save_card(new, self.w.user_card_dir)
        except StudioError as err:
            QMessageBox.warning(self.w, QCoreApplication.translate("LibraryActions", "Cannot save card"), err.user_message())
            return False
        self.w.reload_cards()
        self.w.library.select(new["id"])
        self.w.statusBar().showMessage(
            QCoreApplication.translate("LibraryActions", "Card saved in {folder}").format(folder=str(self.w.user_card_dir)), 6000
        )
        return True

    # -- import and export ----------------------------------------------------------------
    def import_cards(self, folder: bool) -> None:
        if folder:
            name = QFileDialog.getExistingDirectory(self.w, QCoreApplication.translate("LibraryActions", "Import cards from a folder"))
        else:
            name, _ = QFileDialog.getOpenFileName(
                self.w, QCoreApplication.translate("LibraryActions", "Import a card"), "", QCoreApplication.translate("LibraryActions", "Scenario cards (*.toml)")
            )
        if name:
            self.import_from(Path(name))

    def import_from(self, source: Path) -> None:
        existing = {c["id"]: c for c in self.w.catalog.cards}
        try:
            report = import_cards(source, self.w.user_card_dir, existing)
            if report.conflicts:
                box = QMessageBox(
                    QMessageBox.Icon.Question,
                    QCoreApplication.translate("LibraryActions", "Cards with the same id"),
                    QCoreApplication.translate("LibraryActions", 
                        "{n} card(s) have the same id as cards you already have, "
                        "but other content: {ids}"
                    ).format(n=len(report.conflicts), ids=", ".join(report.conflicts)),
                    parent=self.w,
                )
                replace = box.addButton(QCoreApplication.translate("LibraryActions", "Replace mine"), QMessageBox.ButtonRole.AcceptRole)
                rename = box.addButton(QCoreApplication.translate("LibraryActions", "Keep both"), QMessageBox.ButtonRole.ActionRole)
                box.addButton(QCoreApplication.translate("LibraryActions", "Skip them"), QMessageBox.ButtonRole.RejectRole)
                box.exec()
                choice = {replace: "replace", rename: "rename"}.get(box.clickedButton())
                if choice:
                    existing = {c["id"]: c for c in self.w.catalog.cards}
                    second = import_cards(source, self.w.user_card_dir, existing, choice)
                    report.imported += second.imported
                    report.renamed.update(second.renamed)
                    report.conflicts = []
        except StudioError as err:
            QMessageBox.warning(self.w, QCoreApplication.translate("LibraryActions", "Import failed"), err.user_message())
            return
        self.w.reload_cards()
        lines = [QCoreApplication.translate("LibraryActions", "{n} card(s) imported.").format(n=len(report.imported))]
        if report.unchanged:
            lines.append(QCoreApplication.translate("LibraryActions", "{n} card(s) were already there.").format(n=len(report.unchanged)))
        if report.conflicts:
            lines.append(QCoreApplication.translate("LibraryActions", "{n} card(s) skipped.").format(n=len(report.conflicts)))
        errors = [p for p in report.problems if p.severity == "error"]
        if errors:
            lines.append(QCoreApplication.translate("LibraryActions", "These files could not be imported:"))
            lines += [
                f"⚠ {p.file} – {p.field}: {p.message}" if p.field else f"⚠ {p.file}: {p.message}"
                for p in errors[:12]
            ]
        self.w.last_import_report = report
        QMessageBox.information(self.w, QCoreApplication.translate("LibraryActions", "Import cards"), "\n".join(lines))

    def export_cards(self, ids: list[str]) -> None:
        if not ids:
            self.w.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Select the cards to export first."), 5000)
            return
        name = QFileDialog.getExistingDirectory(self.w, QCoreApplication.translate("LibraryActions", "Export cards to a folder"))
        if name:
            self.export_to(ids, Path(name))

    def export_to(self, ids: list[str], folder: Path, force: bool = False) -> bool:
        cards = [self.w.catalog.snapshot(i) for i in ids]
        try:
            written = export_cards(
                [c for c in cards if c], folder, self.w.catalog.sources, force=force
            )
        except StudioError as err:
            if not force and "already exists" in str(err):
                answer = QMessageBox.question(
                    self.w,
                    QCoreApplication.translate("LibraryActions", "Replace files"),
                    QCoreApplication.translate("LibraryActions", "{error}\nReplace the existing card files?").format(
                        error=err.user_message()
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    return self.export_to(ids, folder, force=True)
                return False
            QMessageBox.warning(self.w, QCoreApplication.translate("LibraryActions", "Export failed"), err.user_message())
            return False
        self.w.statusBar().showMessage(
            QCoreApplication.translate("LibraryActions", "{n} card(s) exported to {folder}").format(n=len(written), folder=str(folder)), 6000
        )
        return True

    # -- the workshop -------------------------------------------------------------------------
    def create_workshop(self) -> None:
        from studio.ui.dialogs import safe_file_stem

        plan = self.w.model.plan
        problems = blocking_problems(validate_plan(plan, self.w.catalog))
        if problems:
            QMessageBox.warning(
                self.w,
                QCoreApplication.translate("LibraryActions", "The plan is not ready"),
                "\n".join(
                    [QCoreApplication.translate("LibraryActions", "Fix these problems first (see the plan check):")]
                    + ["⚠ " + p.message for p in problems[:10]]
                ),
            )
            self.w.problem_list.setFocus()
            return
        start = paths.sessions_dir() / (safe_file_stem(plan.title) + ".workshop")
        name, _ = QFileDialog.getSaveFileName(
            self.w, QCoreApplication.translate("LibraryActions", "Create workshop file"), str(start), QCoreApplication.translate("LibraryActions", "Workshops (*.workshop)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != ".workshop":
            path = path.with_name(path.name + ".workshop")
        try:
            store = create_workshop_from_plan(plan, path, self.w.catalog)
        except PlanNotReady as err:
            QMessageBox.warning(self.w, QCoreApplication.translate("LibraryActions", "The plan is not ready"), err.user_message())
            return
        except StudioError as err:
            QMessageBox.warning(self.w, QCoreApplication.translate("LibraryActions", "Cannot create the workshop"), err.user_message())
            return
        store.close()
        self.w.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Workshop created: {file}").format(file=path.name), 6000)
        self.w.workshopCreated.emit(str(path))
