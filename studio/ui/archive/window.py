"""The analysis window of an archive: the strategy team's view of many workshops.

One window per open archive (a ``.studioarchive`` file or a PostgreSQL database). Its
tabs: the workshops it holds, the pilots across workshops, common ground and dividing
lines, the notes, and the recommendations with their evidence.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.archive import Archive, open_archive
from studio.ui.actions import make_action
from studio.ui.archive.filters import SelectionBar
from studio.ui.archive.outputs import Outputs
from studio.ui.archive.workshops import WorkshopsTab

log = logging.getLogger(__name__)


class ArchiveWindow(QMainWindow):
    """An open archive. Raises :class:`~studio.base.errors.StudioError` if it cannot open."""

    closed = Signal()

    def __init__(self, target: str, parent: QWidget | None = None, *,
                 create: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("archiveWindow")
        self.target = str(target)
        self.archive: Archive = open_archive(self.target, create=create)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("archiveTabs")
        self.tabs.setDocumentMode(True)
        self.selection_bar = SelectionBar(self)
        self.selection_bar.setObjectName("archiveSelection")
        self.workshops = WorkshopsTab(self)
        self.tabs.addTab(self.workshops, "")
        self.pages: list[Any] = [self.workshops]
        for page in self._analysis_pages():
            self.tabs.addTab(page, "")
            self.pages.append(page)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.selection_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.workshops.changed.connect(self.reload)
        self.selection_bar.changed.connect(lambda _s: self.reload_analysis())
        self.outputs = Outputs(self)
        self._build_menus()
        self.retranslate()
        self.resize(1200, 800)
        self.reload()

    def _analysis_pages(self) -> list[QWidget]:
        """The tabs after the workshops (pilots, statements, notes, recommendations)."""
        from studio.ui.archive import pages

        return pages.build(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.archive_menu = bar.addMenu("")
        self.actions_ = {
            "archive.add": make_action("archive.add", self, self.workshops.choose_and_add),
            "archive.reload": make_action("archive.reload", self, self.reload),
            "archive.paper": make_action("archive.paper", self, self.outputs.paper),
            "archive.feedback": make_action("archive.feedback", self, self.outputs.feedback),
            "archive.workbook": make_action("archive.workbook", self, self.outputs.workbook),
            "archive.close": make_action("archive.close", self, self.close),
        }
        for action in self.actions_.values():
            self.archive_menu.addAction(action)
            self.addAction(action)

    # -- the user's name (each change of a recommendation says who made it) ------------------
    def user_name(self, ask: bool = True) -> str | None:
        """The name typed once for this archive on this computer (asked the first time)."""
        settings = QSettings()
        key = f"archive/user/{self.archive.shown}"
        name = str(settings.value(key, "") or "").strip()
        if name or not ask:
            return name or None
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"),
            self.tr("Changes to recommendations are kept with who made them. Your name or "
                    "initials (asked once for this archive):"), QLineEdit.EchoMode.Normal, "")
        name = name.strip()
        if not ok or not name:
            return None
        settings.setValue(key, name)
        return name

    # -- showing ------------------------------------------------------------------------------
    def selection(self):
        """What the analysis tabs look at (the selection bar above them)."""
        return self.selection_bar.selection()

    def reload(self) -> None:
        workshops = self.archive.workshops()
        cities = tuple(sorted({w.city for w in workshops if w.city}, key=str.casefold))
        language = workshops[0].language if workshops else "de"
        self.selection_bar.set_cities(cities, language)
        for page in self.pages:
            page.reload()
        self._update_title()

    def reload_analysis(self) -> None:
        for page in self.pages[1:]:
            page.reload()

    def _update_title(self) -> None:
        n = len(self.workshops.model.rows)
        shown = self.archive.shown
        name = shown if "://" in shown else Path(shown).name
        self.setWindowTitle(self.tr("Archive {name} – %n workshop(s)", "", n).format(name=name))

    def retranslate(self) -> None:
        self.archive_menu.setTitle(self.tr("&Archive"))
        titles = [self.tr("&Workshops")] + [page.tab_title() for page in self.pages[1:]]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        for page in self.pages:
            page.retranslate()
        self.selection_bar.retranslate()
        from studio.ui.actions import retranslate_action

        for action in self.actions_.values():
            retranslate_action(action)
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "actions_"):
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workshops.busy() or self.outputs.busy():
            self.workshops.status.setText(self.tr(
                "Workshops are still being added: the window closes once they are in."))
            event.ignore()
            return
        self.archive.close()
        self.closed.emit()
        super().closeEvent(event)
