"""SVG icons that take the colour of the current theme.

The icons in ``resources/icons/`` are single-colour stroke drawings on a
24x24 grid, drawn in ``currentColor``. A QIcon made straight from such a file
would stay black on a dark or high-contrast background, so :func:`icon`
returns a QIcon whose engine renders the SVG at paint time in the colour the
application palette gives text (WindowText; disabled and selected states get
their own colours). Switching the theme recolours every icon already shown.

Usage: ``action.setIcon(icon("play"))``; :func:`icon_names` lists them all.
"""

from __future__ import annotations

from functools import cache

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from studio.paths import resource

APP_ICON = "app"


@cache
def _svg_source(name: str) -> str:
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        raise ValueError(f"no icon named {name!r}; choose one of {', '.join(icon_names())}")
    return path.read_text(encoding="utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    svg = _svg_source(name).replace("currentColor", color)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def icon_names() -> list[str]:
    """Names of the theme icons (file stems in resources/icons/, without the app icon)."""
    return sorted(p.stem for p in resource("icons").glob("*.svg") if p.stem != APP_ICON)


def icon_color(mode: QIcon.Mode = QIcon.Mode.Normal, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in for ``mode`` under ``palette`` (default: the app's)."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class ThemedSvgIconEngine(QIconEngine):
    """Renders one SVG icon in the palette's text colour, at any size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        _svg_source(name)  # fail early on an unknown name
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        color = icon_color(mode).name(QColor.NameFormat.HexRgb)
        renderer = _renderer(self.name, color)
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2,
                        rect.y() + (rect.height() - side) / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        renderer.render(painter, target)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return ThemedSvgIconEngine(self.name)

    def key(self) -> str:
        return "studio-themed-svg"

    def iconName(self) -> str:
        return self.name


def icon(name: str) -> QIcon:
    """A theme-coloured icon by name (see :func:`icon_names`). Raises ValueError for an
    unknown name, so a typo shows up in the tests rather than as a blank button."""
    return QIcon(ThemedSvgIconEngine(name))


def app_icon() -> QIcon:
    """The application's own (coloured) icon, for windows and the task bar."""
    result = QIcon()
    svg = resource("icons", f"{APP_ICON}.svg")
    png = resource("icons", f"{APP_ICON}.png")
    if svg.is_file():
        result.addFile(str(svg))
    if png.is_file():
        result.addFile(str(png), QSize(256, 256))
    return result
