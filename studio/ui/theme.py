"""One theme for the whole app: light, dark and high-contrast palettes, a
visible keyboard focus ring, and a font size that scales everything.

The colours live in ``resources/styles/NAME.toml`` (QPalette roles) so they can
be tuned without touching code; ``tests/test_theme.py`` checks every
text/background pair against WCAG 2.1 AA. The look is Qt's Fusion style on
every platform (it follows the palette completely; native styles partly ignore
it), wrapped in :class:`ThemeStyle`, which draws what a palette cannot: a
strong focus ring on the focused control and, in high contrast, a border on
every button and input.

Public API: :data:`THEMES`, :func:`palette_for`, :func:`apply_theme`,
:func:`set_relative_font`.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QToolTip,
    QWidget,
)

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.paths import resource

THEMES: tuple[str, ...] = ("light", "dark", "high-contrast")
DEFAULT_THEME = "light"
THEME_LABELS = {
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}
# Offered in View > Text size: 100 %, 125 %, 150 %, 200 %.
FONT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5, 2.0)
FOCUS_WIDTH = 2.0  # logical pixels; scaled with the font

_RELATIVE_FONT = "studioFontFactor"  # widget property: its font is the app's times this
_BASE_POINT_SIZE = "studioBasePointSize"  # application property: the unscaled font size
_THEME_PROPERTY = "studioTheme"
_SCALE_PROPERTY = "studioFontScale"


def theme_label(name: str) -> str:
    """The translated name of a theme, for menus."""
    return QCoreApplication.translate("Theme", THEME_LABELS[name])


class ThemeSpec(NamedTuple):
    """A theme as read from its TOML file."""

    name: str
    colors: dict[str, str]
    disabled: dict[str, str]
    focus: str
    control_border: str


@cache
def theme_spec(name: str) -> ThemeSpec:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    data = read_theme_file(resource("styles", f"{name}.toml").read_text(encoding="utf-8"))
    extra = data.get("extra", {})
    return ThemeSpec(name, dict(data["colors"]), dict(data.get("disabled", {})),
                     extra["focus"], extra.get("control_border", ""))


def read_theme_file(text: str) -> dict:
    """A theme file's TOML as a dict.

    Theme files use a small part of TOML: comment lines, ``[section]`` headers
    and ``Key = "value"`` lines. That part is read here directly, because
    importing tomllib costs about 4 ms before the first frame; a file with
    anything else (inline comments, escapes, other value types, duplicates) goes
    to tomllib, which stays the reference and reports any error.
    ``tests/test_theme.py`` checks that both readers agree on every shipped theme.
    """
    data: dict[str, dict[str, str]] = {}
    section: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name = line[1:-1].strip()
        if line[0] == "[" and line[-1] == "]" and name.isidentifier() and name not in data:
            section = data[name] = {}
            continue
        key, equals, value = (part.strip() for part in line.partition("="))
        if (section is None or not equals or not key.isidentifier() or key in section
                or len(value) < 2 or value[0] != '"' or value[-1] != '"'
                or '"' in value[1:-1] or "\\" in value):
            return _toml_loads(text)
        section[key] = value[1:-1]
    return data


def _toml_loads(text: str) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib.loads(text)


def _role(name: str) -> QPalette.ColorRole:
    return getattr(QPalette.ColorRole, name)


def palette_for(name: str) -> QPalette:
    """The QPalette of a theme: Active and Inactive alike (the shared screen is
    usually the inactive window and must look the same), Disabled overridden."""
    spec = theme_spec(name)
    palette = QPalette()
    for role, value in spec.colors.items():
        palette.setColor(_role(role), QColor(value))  # every group
    for role, value in spec.disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, _role(role), QColor(value))
    return palette


def focus_color(name: str) -> QColor:
    return QColor(theme_spec(name).focus)


# -- contrast (WCAG 2.1) ---------------------------------------------------------

def relative_luminance(color: QColor | str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    c = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_style = None  # the ThemeStyle; referenced here: QApplication owns it, Python must keep it


def apply_theme(app: QApplication, name: str, font_scale: float = 1.0, *,
                style: bool = True) -> str:
    """Apply a theme and a font scale to the whole application.

    Unknown names fall back to the default theme (a stale setting must not
    stop the app). Returns the name of the theme applied. Safe to call again:
    the font scale is relative to the platform's font, never compounded.
    With ``style=False`` only Fusion, the palette and the font are set (the app's
    first frame); call again with ``style=True`` to add the focus ring and borders.
    """
    global _style
    if name not in THEMES:
        name = DEFAULT_THEME
    font_scale = min(3.0, max(0.75, float(font_scale or 1.0)))
    spec = theme_spec(name)
    if style:
        from studio.ui.theme_style import ThemeStyle

        if _style is None or app.style() is not _style:
            _style = ThemeStyle()
            app.setStyle(_style)
        _style.configure(spec, font_scale)
    elif _style is None and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = palette_for(name)
    app.setPalette(palette)
    QToolTip.setPalette(palette)

    base = app.property(_BASE_POINT_SIZE)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 10.0
        app.setProperty(_BASE_POINT_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * font_scale)
    app.setFont(font)
    app.setProperty(_THEME_PROPERTY, name)
    app.setProperty(_SCALE_PROPERTY, font_scale)
    for widget in app.allWidgets():
        if widget.property(_RELATIVE_FONT):  # headings, counters: grow with the text size
            _apply_relative_font(widget, font)
        widget.update()
    return name


def set_relative_font(widget: QWidget, factor: float, *, bold: bool = False,
                      family: str = "") -> None:
    """Give ``widget`` a font ``factor`` times the app's, which follows View → Text size.

    Headings and big numbers set a point size of their own, which Qt then keeps when the
    app's font changes; :func:`apply_theme` sets it again from the factor kept here.
    """
    widget.setProperty(_RELATIVE_FONT, float(factor))
    widget.setProperty("studioFontBold", bool(bold))
    widget.setProperty("studioFontFamily", family)
    app = QApplication.instance()
    _apply_relative_font(widget, app.font() if app is not None else widget.font())


def _apply_relative_font(widget: QWidget, app_font: QFont) -> None:
    font = QFont(widget.font())
    family = widget.property("studioFontFamily")
    if family:
        font.setFamily(family)
    size = app_font.pointSizeF() if app_font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * float(widget.property(_RELATIVE_FONT)))
    font.setBold(bool(widget.property("studioFontBold")))
    widget.setFont(font)


def current_theme(app: QApplication) -> str:
    return app.property(_THEME_PROPERTY) or DEFAULT_THEME


def current_font_scale(app: QApplication) -> float:
    return float(app.property(_SCALE_PROPERTY) or 1.0)
