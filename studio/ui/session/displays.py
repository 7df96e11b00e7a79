"""Which display shows the shared screen, remembered per machine (QSettings).

With several displays the stage goes full screen on the chosen one (by default
one that is not the console's); with a single display it is an ordinary window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QScreen

KEY = "session/stage_display"


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def screen_id(screen: QScreen) -> str:
    """A name that stays the same across runs on this machine."""
    parts = [screen.name(), screen.manufacturer(), screen.model(), screen.serialNumber()]
    return "|".join(p for p in parts if p) or screen.name()


def screen_label(screen: QScreen) -> str:
    geo = screen.geometry()
    name = screen.model() or screen.name() or QCoreApplication.translate("Displays", "Display")
    return QCoreApplication.translate("Displays", "{name} ({w}×{h})").format(
        name=name, w=geo.width(), h=geo.height())


def remembered() -> str:
    return str(QSettings().value(KEY, "") or "")


def remember(screen: QScreen) -> None:
    qs = QSettings()
    qs.setValue(KEY, screen_id(screen))
    qs.sync()


def stage_screen(console: QScreen | None) -> QScreen | None:
    """The display for the shared screen, or None when there is only one display."""
    all_screens = screens()
    if len(all_screens) < 2:
        return None
    wanted = remembered()
    for s in all_screens:
        if wanted and screen_id(s) == wanted:
            return s
    others = [s for s in all_screens if s is not console]
    return others[0] if others else None
