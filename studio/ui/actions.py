"""One action registry: stable ids, translated labels, standard key sequences.

Menus, toolbars, the F1 cheat sheet and tests all find actions here by id, so
a shortcut is defined once and shown everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from studio.base.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class ActionSpec(NamedTuple):
    id: str
    text: str  # English source text, translated in context "Actions"
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    icon: str = ""  # name in resources/icons/ (studio.ui.icons)



SPECS: list[ActionSpec] = [
    ActionSpec("file.new", QT_TRANSLATE_NOOP("Actions", "&New workshop…"),
               QKeySequence.StandardKey.New, icon="new"),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open…"),
               QKeySequence.StandardKey.Open, icon="open"),
    ActionSpec("file.plan", QT_TRANSLATE_NOOP("Actions", "&Plan a workshop…"), "Ctrl+P",
               icon="plan"),
    ActionSpec("file.demo", QT_TRANSLATE_NOOP("Actions", "Open the &demo workshop")),
    ActionSpec("file.save_as", QT_TRANSLATE_NOOP("Actions", "Save &As…"),
               QKeySequence.StandardKey.SaveAs, icon="save"),
    ActionSpec("file.export", QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+E", icon="export"),
    ActionSpec("file.import", QT_TRANSLATE_NOOP("Actions", "&Import export file…"), icon="import"),
    ActionSpec("file.merge", QT_TRANSLATE_NOOP("Actions", "&Merge workshops…"), icon="merge"),
    ActionSpec("file.close", QT_TRANSLATE_NOOP("Actions", "&Close workshop"),
               QKeySequence.StandardKey.Close),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QKeySequence.StandardKey.Quit),
    ActionSpec("view.language_de", QT_TRANSLATE_NOOP("Actions", "Deutsch")),
    ActionSpec("view.language_en", QT_TRANSLATE_NOOP("Actions", "English")),
    ActionSpec("view.theme_light", QT_TRANSLATE_NOOP("Actions", "&Light")),
    ActionSpec("view.theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark")),
    ActionSpec("view.theme_high-contrast", QT_TRANSLATE_NOOP("Actions", "&High contrast")),
    ActionSpec("view.text_100", QT_TRANSLATE_NOOP("Actions", "&Normal (100 %)")),
    ActionSpec("view.text_125", QT_TRANSLATE_NOOP("Actions", "&Large (125 %)")),
    ActionSpec("view.text_150", QT_TRANSLATE_NOOP("Actions", "La&rger (150 %)")),
    ActionSpec("view.text_200", QT_TRANSLATE_NOOP("Actions", "Lar&gest (200 %)")),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               QKeySequence.StandardKey.HelpContents, icon="help"),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Co-Design Studio")),
]


class ActionRegistry(QObject):
    """Creates the QActions of the main window and finds them by id."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._specs = {spec.id: spec for spec in SPECS}
        self._shortcuts_installed = False
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(spec.id)
            self._actions[spec.id] = action
        self.retranslate()

    def install_shortcuts(self) -> None:
        """Give the actions their keys and icons. Called right after the first paint:
        building a QKeySequence makes PySide create Qt's whole enum namespace (~20 ms),
        and the SVG icon engine is not needed before a menu opens."""
        if self._shortcuts_installed:
            return
        self._shortcuts_installed = True
        from studio.ui.icons import icon

        for action_id, action in self._actions.items():
            spec = self._specs[action_id]
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon:
                action.setIcon(icon(spec.icon))

    def retranslate(self) -> None:
        for action_id, action in self._actions.items():
            spec = self._specs[action_id]
            action.setText(_t(spec.text))
            action.setToolTip(_t(spec.text).replace("&", "").rstrip("…"))

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def connect(self, action_id: str, slot: Callable[..., object]) -> QAction:
        action = self._actions[action_id]
        action.triggered.connect(slot)
        return action

    def all(self) -> list[QAction]:
        return list(self._actions.values())
