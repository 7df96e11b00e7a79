"""Colour-blind-safe colours, hatches and markers, and the light/dark themes.

Okabe & Ito's eight colours stay distinguishable under the common colour
vision deficiencies. Colour never carries meaning alone: every series also
gets a hatch (bars) or a marker shape (scatter), and every bar a text label.
"""

from __future__ import annotations

from dataclasses import dataclass

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#BBBBBB",
}

# Series (stakeholder groups) in a fixed order: colour + hatch + marker.
SERIES_COLORS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"]
SERIES_HATCHES = ["", "//", "..", "xx", "\\\\", "++", "oo"]
SERIES_MARKERS = ["o", "s", "^", "D", "v", "P", "X"]

NEGATIVE = ["#D55E00", "#E69F00"]  # strongest first
POSITIVE = ["#56B4E9", "#0072B2"]  # weakest first
NEUTRAL = "#BBBBBB"


@dataclass(frozen=True)
class Theme:
    background: str
    foreground: str
    muted: str
    grid: str
    bar: str


THEMES = {
    "light": Theme("#FFFFFF", "#111111", "#444444", "#C8C8C8", "#0072B2"),
    "dark": Theme("#000000", "#FFFFFF", "#CCCCCC", "#555555", "#56B4E9"),
}


def theme(name: str) -> Theme:
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown chart theme {name!r}; use one of {sorted(THEMES)}") from None


def series(i: int) -> tuple[str, str, str]:
    """Colour, hatch and marker of the ``i``-th series."""
    n = len(SERIES_COLORS)
    return SERIES_COLORS[i % n], SERIES_HATCHES[i % n], SERIES_MARKERS[i % n]


def diverging(steps_below: int, steps_above: int) -> tuple[list[str], list[str]]:
    """Colours for values below and above the middle, farthest from the middle first/last."""

    def ramp(colors: list[str], k: int) -> list[str]:
        if k <= 0:
            return []
        if k <= len(colors):
            return colors[-k:] if colors is NEGATIVE else colors[:k]
        return [_mix(colors[0], colors[-1], i / (k - 1)) for i in range(k)]

    below = ramp(NEGATIVE, steps_below)
    above = ramp(POSITIVE, steps_above)
    return below, above


def _mix(a: str, b: str, t: float) -> str:
    ra, ga, ba = (int(a[i : i + 2], 16) for i in (1, 3, 5))
    rb, gb, bb = (int(b[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(
        round(ra + (rb - ra) * t), round(ga + (gb - ga) * t), round(ba + (bb - ba) * t)
    )


def _luminance(color: str) -> float:
    def chan(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * chan(r) + 0.7152 * chan(g) + 0.0722 * chan(b)


def text_on(color: str) -> str:
    """Black or white, whichever contrasts more with ``color`` (WCAG contrast ratio)."""
    lum = _luminance(color)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"
