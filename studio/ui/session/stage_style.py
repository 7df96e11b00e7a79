"""Large, high-contrast styling of the shared screen, scaled to the window height.

One base size (pixels) follows the stage's height, so the same layout reads
from the back of a room at 1280×720 and at 4K. Widgets pick a role through the
dynamic property ``role`` ("h1", "h2", "body", "small", "huge") and the style
sheet sizes them from the base.
"""

from __future__ import annotations

BACKGROUND = "#FFFFFF"
FOREGROUND = "#111111"
MUTED = "#3D3D3D"
ACCENT = "#0072B2"  # Okabe–Ito blue: selected tiles (plus a ✓ mark, never colour alone)
ACCENT_TEXT = "#FFFFFF"
TILE = "#EFEFEF"
TILE_BORDER = "#4A4A4A"
FOCUS = "#000000"
WARN = "#D55E00"

CATEGORY_BADGES = {
    # AI Act risk categories: colour plus a symbol plus the label.
    "prohibited": ("#000000", "#FFFFFF", "✕"),
    "high_risk": ("#D55E00", "#000000", "⚠"),
    "transparency": ("#56B4E9", "#000000", "ℹ"),
    "minimal": ("#009E73", "#000000", "✓"),
}


def base_px(height: int) -> int:
    """The body text size for a stage ``height`` pixels tall (about 30 lines)."""
    return max(14, round(height / 30))


def stylesheet(base: int) -> str:
    b = base
    return f"""
#stageRoot, #stageRoot QWidget#stagePage, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {BACKGROUND};
}}
#stageRoot[blank="true"] {{ background: #000000; }}
#stageRoot QWidget {{ font-size: {b}px; }}
#stageRoot QLabel, #stageRoot QPlainTextEdit {{ color: {FOREGROUND}; font-size: {b}px; }}
#stageRoot QLabel[role="huge"] {{ font-size: {round(b * 3)}px; font-weight: bold; }}
#stageRoot QLabel[role="h1"] {{ font-size: {round(b * 1.7)}px; font-weight: bold; }}
#stageRoot QLabel[role="h2"] {{ font-size: {round(b * 1.25)}px; font-weight: bold; }}
#stageRoot QLabel[role="label"] {{ font-size: {round(b * 0.8)}px; font-weight: bold;
    color: {MUTED}; }}
#stageRoot QLabel[role="small"] {{ font-size: {round(b * 0.75)}px; color: {MUTED}; }}
#stageRoot QLabel[role="error"] {{ color: {WARN}; font-weight: bold; }}
#stageRoot QLabel[role="timer"] {{ font-size: {round(b * 1.25)}px; font-weight: bold;
    font-family: "DejaVu Sans Mono", monospace; }}
#stageRoot QFrame[role="box"] {{ border: {max(2, b // 10)}px solid {TILE_BORDER};
    border-radius: {b // 3}px; background: {BACKGROUND}; }}
#stageRoot QFrame[role="influence"] {{ border: {max(3, b // 6)}px solid {ACCENT};
    border-radius: {b // 3}px; background: #EAF4FB; }}
#stageRoot QPlainTextEdit {{ border: {max(2, b // 10)}px solid {TILE_BORDER};
    border-radius: {b // 4}px; background: #FFFFFF; padding: {b // 4}px; }}
#stageRoot QPlainTextEdit:focus {{ border: {max(4, b // 5)}px solid {FOCUS}; }}
"""
