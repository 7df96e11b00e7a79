"""The facilitator's main window: start screen, workspace tabs, menus.

The first screen imports nothing heavy (no SQLAlchemy, matplotlib, openpyxl):
those load when a workshop is opened, after the window is shown.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from studio import APP_NAME
from studio.paths import sessions_dir
from studio.ui import i18n
from studio.ui.actions import ActionRegistry
from studio.ui.settings import Settings
from studio.ui.start_page import StartPage
from studio.ui.theme import FONT_SCALES, THEMES, apply_theme
from studio.ui.window_documents import DocumentsMixin

if TYPE_CHECKING:  # only annotations: each PySide class costs start-up time when first touched
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QTabWidget

log = logging.getLogger(__name__)


class MainWindow(DocumentsMixin, QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.document = None  # WorkshopDocument | None
        self.pages: list[QWidget] = []
        self._page_menus: list[QMenu] = []
        self._planners: list[QWidget] = []
        self._archives: list[QWidget] = []  # open archive windows
        self.actions = ActionRegistry(self)
        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.tabs: QTabWidget | None = None
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._ready = False
        self._build_menus()
        self._connect()
        self.retranslate()
        self._update_enabled()
        # Touching Qt's big enum namespace costs ~20 ms: do it after the first paint
        # (paintEvent), or after a short while if the window is never painted.
        QTimer.singleShot(250, self._finish_setup)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            # First start: 1280×800, or the whole screen where that is smaller (a 1280×720
            # laptop), so that no part of the window lies beyond the screen's edge.
            screen = self.screen()
            room = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
            self.resize(QSize(1280, 800).boundedTo(room))

    # -- construction -----------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        for action_id in ("file.new", "file.open"):
            self.file_menu.addAction(a[action_id])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        for action_id in ("file.plan", "file.demo"):
            self.file_menu.addAction(a[action_id])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["file.save_as"])
        self.file_menu.addSeparator()
        for action_id in ("file.export", "file.import", "file.merge"):
            self.file_menu.addAction(a[action_id])
        self.file_menu.addSeparator()
        for action_id in ("file.open_archive", "file.new_archive", "file.server_archive"):
            self.file_menu.addAction(a[action_id])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["file.close"])
        self.file_menu.addAction(a["file.quit"])

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        for lang in i18n.LANGUAGES:
            action = a[f"view.language_{lang}"]
            action.setCheckable(True)
            action.setChecked(lang == self.settings.language)
            group.addAction(action)
            self.language_menu.addAction(action)
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.setObjectName("themeMenu")
        self.text_size_menu = self.view_menu.addMenu("")
        self.text_size_menu.setObjectName("textSizeMenu")
        for menu, ids, current in (
                (self.theme_menu, [f"view.theme_{t}" for t in THEMES],
                 f"view.theme_{self.settings.theme}"),
                (self.text_size_menu, [f"view.text_{round(f * 100)}" for f in FONT_SCALES],
                 f"view.text_{round(self.settings.font_scale * 100)}")):
            group = QActionGroup(self)
            for action_id in ids:
                a[action_id].setCheckable(True)
                a[action_id].setChecked(action_id == current)
                group.addAction(a[action_id])
                menu.addAction(a[action_id])

        self._feature_menu_anchor = bar.addSeparator()
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(a["help.shortcuts"])
        self.help_menu.addAction(a["help.about"])

    def _connect(self) -> None:
        a = self.actions
        a.connect("file.new", self.new_workshop)
        a.connect("file.open", self.choose_and_open)
        a.connect("file.plan", self.open_planner)
        a.connect("file.demo", self.open_demo)
        a.connect("file.save_as", self.save_as)
        a.connect("file.export", self.export_workshop)
        a.connect("file.import", self.import_workbook)
        a.connect("file.merge", self.merge_workshops)
        a.connect("file.open_archive", self.choose_and_open_archive)
        a.connect("file.new_archive", self.new_archive)
        a.connect("file.server_archive", self.open_server_archive)
        a.connect("file.close", self.close_document)
        a.connect("file.quit", self.close)
        a.connect("view.language_de", lambda: self.set_language("de"))
        a.connect("view.language_en", lambda: self.set_language("en"))
        for theme in THEMES:
            a.connect(f"view.theme_{theme}", lambda _=False, t=theme: self.set_theme(t))
        for scale in FONT_SCALES:
            a.connect(f"view.text_{round(scale * 100)}",
                      lambda _=False, f=scale: self.set_font_scale(f))
        a.connect("help.shortcuts", self.show_shortcuts)
        a.connect("help.about", self.show_about)
        sp = self.start_page
        sp.newRequested.connect(self.new_workshop)
        sp.openRequested.connect(self.choose_and_open)
        sp.planRequested.connect(self.open_planner)
        sp.demoRequested.connect(self.open_demo)
        sp.recentRequested.connect(lambda p: self.open_path(Path(p)))

    def paintEvent(self, event) -> None:  # noqa: ANN001 - QPaintEvent
        super().paintEvent(event)
        if not self._ready:
            QTimer.singleShot(0, self._finish_setup)

    def _finish_setup(self) -> None:
        if self._ready:
            return
        self._ready = True
        app = QApplication.instance()
        if app.property("studioTheme"):  # the app applied a theme: add its focus ring now
            apply_theme(app, self.settings.theme, self.settings.font_scale)
        self.actions.install_shortcuts()
        from PySide6.QtWidgets import QSizePolicy

        self.status_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        # A long file path must not set the window's minimum width (small laptop screens).
        self.status_label.setMinimumWidth(1)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self._refresh_recent()

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.start_page.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.text_size_menu.setTitle(self.tr("&Text size"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_title()
        if self._ready:
            self._refresh_recent()
        if self.tabs is not None:
            self._retitle_tabs()

    def _update_title(self) -> None:
        if self.document is not None and self.document.path is not None:
            self.setWindowTitle(f"{self.document.path.name} – {APP_NAME}")
            self.status_label.setText(
                self.tr("All changes are saved automatically in {path}").format(
                    path=self.document.path))
        else:
            self.setWindowTitle(APP_NAME)
            self.status_label.setText(self.tr("Ready"))

    def _update_enabled(self) -> None:
        has_doc = self.document is not None
        for action_id in ("file.save_as", "file.export", "file.close"):
            self.actions[action_id].setEnabled(has_doc)

    def _refresh_recent(self) -> None:
        recent = self.settings.recent_files()
        self.start_page.set_recent(recent)
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(True)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    def sessions_folder(self) -> Path:
        """Where new workshops go (sessions/ in a checkout, else the documents folder)."""
        return sessions_dir()

    # -- help and settings ------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.settings.language = i18n.install(language)
        if not self._ready:  # changeEvent starts listening after the first paint
            self.retranslate()

    def set_theme(self, name: str) -> None:
        self.settings.theme = apply_theme(QApplication.instance(), name,
                                          self.settings.font_scale)

    def set_font_scale(self, scale: float) -> None:
        self.settings.font_scale = scale
        apply_theme(QApplication.instance(), self.settings.theme, scale)

    def show_about(self) -> None:
        from studio.ui.dialogs import AboutDialog

        AboutDialog(self.document.path if self.document else None, self.sessions_folder(), self).exec()

    def show_shortcuts(self) -> None:
        from studio.ui.dialogs import ShortcutsDialog

        self._finish_setup()
        ShortcutsDialog(self).exec()

    # -- events -------------------------------------------------------------------
    def changeEvent(self, event: QtCore.QEvent) -> None:
        # Before the first paint nothing is translated anew (QEvent's enum costs ~5 ms).
        if getattr(self, "_ready", False) and event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._release_document():
            event.ignore()
            return
        self.settings.set_value("window/geometry", self.saveGeometry())
        for window in self._planners + self._archives:
            window.close()
        event.accept()


def open_later(window: MainWindow, path: Path) -> None:
    """Open ``path`` once the event loop runs (after the window is on screen)."""
    QTimer.singleShot(0, lambda: window.open_path(path))


__all__ = ["MainWindow", "open_later", "QAction"]
