"""Large, high-contrast styling of the shared screen, scaled to the window and themed.

One base size (pixels) follows the stage's size, so the same layout reads
from the back of a room at 1024×768, 1280×720 and 4K. Widgets pick a role
through the dynamic property ``role`` ("h1", "h2", "body", "small", "label",
"huge", "error", "timer") and the style sheet sizes and colours them.

The colours follow the app's theme (View → Theme): light, dark, or high
contrast (white on black, yellow selection: the one for weak projectors).
Every text colour has at least 4.5:1 against the background it is drawn on
(tests/test_stage_theme.py measures it on the rendered stage).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class StagePalette:
    """The colours of the shared screen in one theme."""

    name: str
    background: str
    foreground: str
    muted: str  # secondary text (labels, hints): still 4.5:1 on the background
    warn: str  # error text
    accent: str  # a selected tile (always with a ✓/● mark too)
    accent_text: str
    accent_border: str
    tile: str
    tile_border: str
    primary: str  # the call to action (submit)
    primary_text: str
    disabled: str
    disabled_text: str
    disabled_border: str
    focus: str  # focus ring on ordinary tiles
    focus_strong: str  # focus ring on selected and primary tiles
    box_border: str
    influence: str  # "What you can still influence": the most prominent box
    influence_border: str
    field: str  # the 2×2 matrix's field
    chart: str  # studio.charts theme: "light" or "dark"


LIGHT = StagePalette(
    name="light", background="#FFFFFF", foreground="#111111", muted="#3D3D3D",
    warn="#A8322D", accent="#0072B2", accent_text="#FFFFFF", accent_border="#003F63",
    tile="#EFEFEF", tile_border="#4A4A4A", primary="#111111", primary_text="#FFFFFF",
    disabled="#F7F7F7", disabled_text="#5E5E5E", disabled_border="#B0B0B0",
    focus="#000000", focus_strong="#FFD84D", box_border="#4A4A4A", influence="#EAF4FB",
    influence_border="#0072B2", field="#F4F4F4", chart="light")

DARK = StagePalette(
    name="dark", background="#15181C", foreground="#F1F3F5", muted="#C9CED4",
    warn="#FF9E80", accent="#56B4E9", accent_text="#000000", accent_border="#B9E1F7",
    tile="#262B31", tile_border="#9AA3AD", primary="#F1F3F5", primary_text="#111111",
    disabled="#1D2126", disabled_text="#A3AAB2", disabled_border="#4A525C",
    focus="#FBBF24", focus_strong="#000000", box_border="#9AA3AD", influence="#0F2B3C",
    influence_border="#56B4E9", field="#1F2328", chart="dark")

HIGH_CONTRAST = StagePalette(
    name="high-contrast", background="#000000", foreground="#FFFFFF", muted="#FFFFFF",
    warn="#FF8080", accent="#FFFF00", accent_text="#000000", accent_border="#FFFFFF",
    tile="#000000", tile_border="#FFFFFF", primary="#FFFFFF", primary_text="#000000",
    disabled="#000000", disabled_text="#B0B0B0", disabled_border="#B0B0B0",
    focus="#00FFFF", focus_strong="#0000FF", box_border="#FFFFFF", influence="#000000",
    influence_border="#FFFF00", field="#000000", chart="dark")

PALETTES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}

CATEGORY_BADGES = {
    # AI Act risk categories: colour plus a symbol plus the label (the same in every
    # theme: the colours are the categories' own, each text colour 4.5:1 on its fill).
    "prohibited": ("#000000", "#FFFFFF", "✕"),
    "high_risk": ("#D55E00", "#000000", "⚠"),
    "transparency": ("#56B4E9", "#000000", "ℹ"),
    "minimal": ("#009E73", "#000000", "✓"),
}
UNKNOWN_BADGE = ("#FFFFFF", "#000000", "•")

# Kept for code that has no widget at hand (the light theme's colours).
BACKGROUND = LIGHT.background
FOREGROUND = LIGHT.foreground
MUTED = LIGHT.muted
ACCENT = LIGHT.accent


def palette_named(name: str) -> StagePalette:
    """The stage colours of an app theme (unknown names: light)."""
    return PALETTES.get(name, LIGHT)


def stage_palette(widget: QWidget | None) -> StagePalette:
    """The colours of the stage ``widget`` is shown on (light outside a stage)."""
    while widget is not None:
        found = getattr(widget, "stage_palette", None)
        if isinstance(found, StagePalette):
            return found
        widget = widget.parentWidget()
    return LIGHT


def qt_palette(p: StagePalette) -> QPalette:
    """A QPalette for widgets the style sheet does not colour (dialogs, scroll bars)."""
    pal = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, p.background), (role.WindowText, p.foreground),
                     (role.Base, p.background), (role.AlternateBase, p.tile),
                     (role.Text, p.foreground), (role.Button, p.tile),
                     (role.ButtonText, p.foreground), (role.Highlight, p.accent),
                     (role.HighlightedText, p.accent_text),
                     (role.PlaceholderText, p.muted), (role.ToolTipBase, p.foreground),
                     (role.ToolTipText, p.background)):
        pal.setColor(r, QColor(value))
    return pal


def base_px(height: int, width: int | None = None) -> int:
    """The body text size for a stage ``width``×``height`` pixels (about 30 lines).

    Narrow windows (4:3 projectors) take the size from the width, so a line
    still holds as many words as on a 16:9 screen.
    """
    size = height / 30
    if width is not None:
        size = min(size, width / 48)
    return max(14, round(size))


def stylesheet(base: int, p: StagePalette = LIGHT) -> str:
    b = base
    return f"""
#stageRoot, #stageRoot QWidget#stagePage, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {p.background};
}}
#stageRoot QWidget {{ font-size: {b}px; }}
#stageRoot QLabel, #stageRoot QPlainTextEdit {{ color: {p.foreground}; font-size: {b}px; }}
#stageRoot QLabel[role="huge"] {{ font-size: {round(b * 3)}px; font-weight: bold; }}
#stageRoot QLabel[role="h1"] {{ font-size: {round(b * 1.7)}px; font-weight: bold; }}
#stageRoot QLabel[role="h2"] {{ font-size: {round(b * 1.25)}px; font-weight: bold; }}
#stageRoot QLabel[role="label"] {{ font-size: {round(b * 0.8)}px; font-weight: bold;
    color: {p.muted}; }}
#stageRoot QLabel[role="small"] {{ font-size: {round(b * 0.75)}px; color: {p.muted}; }}
#stageRoot QLabel[role="error"] {{ color: {p.warn}; font-weight: bold; }}
#stageRoot QLabel[role="timer"] {{ font-size: {round(b * 1.25)}px; font-weight: bold;
    font-family: "DejaVu Sans Mono", monospace; }}
#stageRoot QFrame[role="box"] {{ border: {max(2, b // 10)}px solid {p.box_border};
    border-radius: {b // 3}px; background: {p.background}; }}
#stageRoot QFrame[role="influence"] {{ border: {max(3, b // 6)}px solid {p.influence_border};
    border-radius: {b // 3}px; background: {p.influence}; }}
#stageRoot QFrame[role="box"] QLabel, #stageRoot QFrame[role="influence"] QLabel {{
    border: none; background: transparent; }}
#stageRoot QPlainTextEdit {{ border: {max(2, b // 10)}px solid {p.tile_border};
    border-radius: {b // 4}px; background: {p.background}; padding: {b // 4}px; }}
#stageRoot QPlainTextEdit:focus {{ border: {max(4, b // 5)}px solid {p.focus}; }}
"""
