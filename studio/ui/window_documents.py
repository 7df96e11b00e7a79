"""Opening, creating and closing workshops in the main window (File menu).

A mixin of :class:`studio.ui.main_window.MainWindow`: its texts translate in the
window's context ("MainWindow", named explicitly: lupdate would file ``self.tr``
here under the mixin's name). The window provides ``settings``, ``actions``,
``stack``, ``start_page`` and ``sessions_folder()``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("studio.ui.main_window")


def feature_pages() -> list[tuple[str, type]]:
    """The feature pages of an open workshop: (object name, class), in tab order.

    Each class takes (document, parent) and may offer menu_actions(), can_close()
    and shutdown(). Imported when a workshop opens, not before the first window.
    """
    from studio.ui.board.page import BoardPage
    from studio.ui.session.page import SessionPage

    return [("sessionPage", SessionPage), ("boardPage", BoardPage)]


class DocumentsMixin:
    """File → New, Open, Open Recent, Plan, Demo, Save As, Export, Import, Merge, Close."""

    def _error(self, title: str, exc: Exception) -> None:
        from studio.ui.messages import show_error

        show_error(self, title, exc)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a workshop file; on a bad file show why and keep the current state.

        A file another app has open is offered as a read-only copy.
        """
        from studio.base.errors import StudioError
        from studio.ui.document import WorkshopDocument
        from studio.ui.file_notices import offer_read_only, tell_about_file

        self._finish_setup()
        path = Path(path)
        if not self._release_document():
            return False
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            document = WorkshopDocument.open(path, self, read_only=read_only)
            document.workshops.get()
        except StudioError as exc:
            QApplication.restoreOverrideCursor()
            if not read_only and offer_read_only(self, exc):
                return self.open_path(path, read_only=True)
            if not path.exists():
                self.settings.remove_recent(path)
                self._refresh_recent()
            self._error(QCoreApplication.translate("MainWindow", "Cannot open workshop"), exc)
            return False
        except Exception as exc:  # damaged beyond what inspection caught
            QApplication.restoreOverrideCursor()
            log.exception("opening %s failed", path)
            self._error(QCoreApplication.translate("MainWindow", "Cannot open workshop"), exc)
            return False
        QApplication.restoreOverrideCursor()
        self._show_document(document)
        self.settings.add_recent(path)
        self._refresh_recent()
        tell_about_file(self, document.store)
        return True

    def _show_document(self, document) -> None:
        from PySide6.QtWidgets import QMenu, QTabWidget

        from studio.ui.overview_page import OverviewPage

        self.document = document
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage(document)
        self.tabs.addTab(self.overview, "")
        self.pages = []
        for name, cls in feature_pages():
            page = cls(document, self.tabs)
            page.setObjectName(name)
            self.pages.append(page)
            self.tabs.addTab(page, "")
            if hasattr(page, "menu_actions"):
                menu = QMenu(self)
                menu.setObjectName(f"{name}Menu")
                menu.addActions(page.menu_actions())
                self.menuBar().insertMenu(self._feature_menu_anchor, menu)
                self._page_menus.append(menu)
        self._retitle_tabs()
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        # After a crash the session continues where it stood: show it (the page says so).
        restored = next((p for p in self.pages if getattr(p, "restored", False)), None)
        if restored is not None:
            self.tabs.setCurrentWidget(restored)
        self._update_title()
        self._update_enabled()

    def _retitle_tabs(self) -> None:
        titles = {"overviewPage": QCoreApplication.translate("MainWindow", "&Workshop"), "sessionPage": QCoreApplication.translate("MainWindow", "&Run"),
                  "boardPage": QCoreApplication.translate("MainWindow", "&Board")}
        menu_titles = {"sessionPageMenu": QCoreApplication.translate("MainWindow", "&Session"), "boardPageMenu": QCoreApplication.translate("MainWindow", "B&oard")}
        for i in range(self.tabs.count()):
            name = self.tabs.widget(i).objectName()
            self.tabs.setTabText(i, titles.get(name, name))
        for menu in self._page_menus:
            menu.setTitle(menu_titles.get(menu.objectName(), menu.objectName()))

    def _release_document(self) -> bool:
        """Close the open workshop (if its pages allow it). Returns False if refused."""
        if self.document is None:
            return True
        for page in self.pages:
            if hasattr(page, "can_close") and not page.can_close():
                return False
        for menu in self._page_menus:
            menu.deleteLater()
            self.menuBar().removeAction(menu.menuAction())
        self._page_menus.clear()
        for page in self.pages:
            if hasattr(page, "shutdown"):
                page.shutdown()
        self.stack.removeWidget(self.tabs)
        self.tabs.deleteLater()
        self.tabs = None
        self.pages = []
        self.document.close()
        self.document = None
        self.stack.setCurrentWidget(self.start_page)
        self._update_title()
        self._update_enabled()
        return True

    def close_document(self) -> None:
        self._release_document()
        self._refresh_recent()

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open workshop"), str(self.sessions_folder()),
            QCoreApplication.translate("MainWindow", "Workshops (*.workshop);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def new_workshop(self) -> None:
        from studio.ui.dialogs import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.sessions_folder(), self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        path = dialog.target()
        if self.create_workshop(path, dialog.title.text(), dialog.date.date().toPython(),
                                dialog.place.text(), dialog.facilitator.text()):
            self.open_path(path)

    def create_workshop(self, path: Path, title: str, date=None, place: str = "",
                        facilitator: str = "") -> bool:
        from studio.base.errors import StudioError
        from studio.core.workshop_files import create_workshop_file

        try:
            create_workshop_file(path, title, date=date, place=place, facilitator=facilitator,
                                 language=self.settings.language)
        except StudioError as exc:
            self._error(QCoreApplication.translate("MainWindow", "Cannot create workshop"), exc)
            return False
        return True

    def open_demo(self) -> None:
        """Open the demo workshop, writing it first if it is not there yet."""
        path = self.sessions_folder() / "demo.workshop"
        if not path.exists():
            from PySide6.QtWidgets import QProgressDialog

            from studio.core.demo import generate_demo

            progress = QProgressDialog(QCoreApplication.translate("MainWindow", "Writing the demo workshop…"), "", 0, 0, self)
            progress.setCancelButton(None)
            progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()

            def step(done: int, total: int) -> None:
                progress.setMaximum(total)
                progress.setValue(done)
                QApplication.processEvents()

            try:
                generate_demo(path, "small", seed=1, progress=step).close()
            except Exception as exc:  # shown to the user, logged in full
                log.exception("writing the demo workshop %s failed", path)
                progress.close()
                path.unlink(missing_ok=True)
                self._error(QCoreApplication.translate("MainWindow", "Cannot create the demo workshop"), exc)
                return
            progress.close()
        self.open_path(path)

    def save_as(self) -> None:
        if self.document is None:
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save workshop as"), str(self.sessions_folder()),
            QCoreApplication.translate("MainWindow", "Workshops (*.workshop)"))
        if not path:
            return
        self.save_copy_and_switch(Path(path))

    def save_copy_and_switch(self, target: Path) -> bool:
        from studio.base.errors import StudioError
        from studio.core.workshop_files import save_copy

        if target.suffix != ".workshop":
            target = target.with_name(target.name + ".workshop")
        try:
            save_copy(self.document.store, target)
        except (StudioError, OSError) as exc:
            self._error(QCoreApplication.translate("MainWindow", "Cannot save workshop"), exc)
            return False
        return self.open_path(target)

    def open_planner(self) -> None:
        from studio.ui.planner.window import PlannerWindow

        window = PlannerWindow(None, self)
        window.setWindowFlag(QtCore.Qt.WindowType.Window, True)
        window.workshopCreated.connect(lambda p: self.open_created_workshop(Path(p)))
        self._planners.append(window)
        window.show()

    # -- archives (the strategy team's many workshops) ----------------------------------------
    def open_archive(self, target: str, *, create: bool = False):
        """Open an archive (file path or postgresql:// URL) in its own window; None on error."""
        from studio.base.errors import StudioError
        from studio.ui.archive.window import ArchiveWindow

        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            window = ArchiveWindow(str(target), None, create=create)
        except StudioError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Archive"),
                                exc.user_message())
            return None
        QApplication.restoreOverrideCursor()
        self._archives.append(window)
        window.closed.connect(lambda: self._archives.remove(window)
                              if window in self._archives else None)
        window.show()
        return window

    def choose_and_open_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open archive"),
            str(self.sessions_folder()),
            QCoreApplication.translate("MainWindow", "Archives (*.studioarchive)"))
        if path:
            self.open_archive(path)

    def new_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "New archive"),
            str(self.sessions_folder() / "Archiv.studioarchive"),
            QCoreApplication.translate("MainWindow", "Archives (*.studioarchive)"))
        if path:
            if not path.endswith(".studioarchive"):
                path += ".studioarchive"
            self.open_archive(path, create=True)

    def open_server_archive(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(
            self, QCoreApplication.translate("MainWindow", "Archive on a server"),
            QCoreApplication.translate(
                "MainWindow", "Address of the archive's PostgreSQL database "
                "(postgresql://user@host/database; the password from ~/.pgpass or PGPASSWORD):"))
        if ok and url.strip():
            self.open_archive(url.strip())

    def open_created_workshop(self, path: Path) -> bool:
        """Open a workshop the planner just created and bring this window forward on
        it (the planner stays open behind it)."""
        if not self.open_path(path):
            return False
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        return True

    def export_workshop(self) -> None:
        from studio.ui.exchange.dialogs import export_workshop

        if self.document is not None:
            export_workshop(self, self.document)

    def import_workbook(self) -> None:
        from studio.ui.exchange.dialogs import import_workbook

        path = import_workbook(self)
        if path:
            self.open_path(Path(path))

    def merge_workshops(self) -> None:
        from studio.ui.exchange.dialogs import merge_workshops

        merge_workshops(self)
