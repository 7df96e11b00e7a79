"""Themes: WCAG 2.1 AA contrast of every palette, a visible focus ring, font scaling.

Contrast is computed with the WCAG relative-luminance formula. Text needs
4.5:1 (1.4.3). Disabled controls are exempt from 1.4.3 in WCAG; we still ask
3:1 for their text so a disabled button stays readable on a projector. Focus
rings and control borders are non-text (1.4.11): 3:1 against the window, the
input background and the button face.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio.ui.theme import (
    THEMES,
    apply_theme,
    contrast_ratio,
    current_font_scale,
    current_theme,
    focus_color,
    palette_for,
    theme_spec,
)

R = QPalette.ColorRole
G = QPalette.ColorGroup

TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.LinkVisited, R.Base),
    (R.WindowText, R.Button),  # labels drawn on button faces (tabs, tool buttons)
]
DISABLED_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
]


@pytest.fixture(autouse=True)
def _restore_theme():
    app = QApplication.instance()
    yield
    if app is not None:
        apply_theme(app, "light", 1.0)


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM's checker: #767676 on white is the lightest grey that passes AA.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("group", [G.Active, G.Inactive])
def test_text_contrast_is_at_least_4_5(qapp, theme, group):
    palette = palette_for(theme)
    failures = [
        f"{fg.name}/{bg.name} {contrast_ratio(palette.color(group, fg), palette.color(group, bg)):.2f}"
        for fg, bg in TEXT_PAIRS
        if contrast_ratio(palette.color(group, fg), palette.color(group, bg)) < 4.5
    ]
    assert failures == []


@pytest.mark.parametrize("theme", THEMES)
def test_disabled_text_contrast_is_at_least_3(qapp, theme):
    palette = palette_for(theme)
    ratios = {f"{fg.name}/{bg.name}": contrast_ratio(palette.color(G.Disabled, fg),
                                                      palette.color(G.Disabled, bg))
              for fg, bg in DISABLED_PAIRS}
    assert {k: round(v, 2) for k, v in ratios.items() if v < 3.0} == {}


@pytest.mark.parametrize("theme", THEMES)
def test_disabled_text_looks_different_from_enabled(qapp, theme):
    palette = palette_for(theme)
    assert palette.color(G.Disabled, R.ButtonText) != palette.color(G.Active, R.ButtonText)


@pytest.mark.parametrize("theme", THEMES)
def test_focus_ring_and_borders_stand_out(qapp, theme):
    palette = palette_for(theme)
    spec = theme_spec(theme)
    for name, color in (("focus", spec.focus), ("border", spec.control_border)):
        for bg in (R.Window, R.Base, R.Button):
            ratio = contrast_ratio(color, palette.color(G.Active, bg))
            assert ratio >= 3.0, f"{theme} {name} on {bg.name}: {ratio:.2f}"


def test_themes_really_differ(qapp):
    windows = {palette_for(t).color(R.Window).name() for t in THEMES}
    assert len(windows) == len(THEMES)


def test_unknown_theme_falls_back_to_light(qapp):
    assert apply_theme(qapp, "no-such-theme") == "light"
    assert current_theme(qapp) == "light"


def _pixels(image, color: QColor) -> int:
    target = color.rgb() & 0xFFFFFF
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) & 0xFFFFFF == target)


@pytest.mark.parametrize("theme", THEMES)
def test_focused_button_and_input_show_the_focus_ring(qtbot, qapp, theme):
    apply_theme(qapp, theme)
    window = QWidget()
    layout = QVBoxLayout(window)
    button, edit = QPushButton("Weiter"), QLineEdit("Text")
    layout.addWidget(button)
    layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ring = focus_color(theme)
    for widget, other in ((button, edit), (edit, button)):
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        unfocused = _pixels(widget.grab().toImage(), ring)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        focused = _pixels(widget.grab().toImage(), ring)
        # A 2 px ring all round: at least the perimeter's worth of pixels.
        assert unfocused == 0
        assert focused >= widget.width() + widget.height(), type(widget).__name__


def test_font_scale_applies_app_wide_and_does_not_compound(qtbot, qapp):
    apply_theme(qapp, "light", 1.0)
    base = qapp.font().pointSizeF()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    apply_theme(qapp, "dark", 1.5)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    qtbot.waitUntil(lambda: edit.font().pointSizeF() == pytest.approx(base * 1.5))
    apply_theme(qapp, "dark", 1.5)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    assert current_font_scale(qapp) == 1.5 and current_theme(qapp) == "dark"
    apply_theme(qapp, "light", 1.0)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_palette_is_applied_to_the_application(qapp):
    apply_theme(qapp, "high-contrast")
    assert qapp.palette().color(R.Window) == QColor("#000000")
    assert qapp.palette().color(R.Highlight) == palette_for("high-contrast").color(R.Highlight)


@pytest.mark.parametrize("theme", THEMES)
def test_theme_file_reader_agrees_with_tomllib(theme):
    """The start-up reader of theme files gives exactly what tomllib gives."""
    tomllib = pytest.importorskip("tomllib")
    from studio.paths import resource
    from studio.ui.theme import read_theme_file

    text = resource("styles", f"{theme}.toml").read_text(encoding="utf-8")
    assert read_theme_file(text) == tomllib.loads(text)


@pytest.mark.parametrize("text", [
    '[colors]\nWindow = "#ffffff"  # an inline comment\n',
    '[colors]\nWindow = "a \\"quoted\\" value"\n',
    '[colors]\nWindow = \'#ffffff\'\n',
    '[colors]\n"Window" = "#ffffff"\n',
    '[colors]\nsize = 12\n',
    '[colors]\n[extra]\nfocus = "#000000"\n[colors.sub]\nx = "y"\n',
])
def test_theme_files_beyond_the_simple_form_are_read_as_full_toml(text):
    """Someone tuning a palette may use any TOML; the result is still tomllib's."""
    tomllib = pytest.importorskip("tomllib")
    from studio.ui.theme import read_theme_file

    assert read_theme_file(text) == tomllib.loads(text)


@pytest.mark.parametrize("text", [
    '[colors]\nWindow = "#ffffff"\nWindow = "#000000"\n',  # a key twice
    '[colors]\nWindow = "#ffffff\n',  # unterminated string
    'Window = "#ffffff"\n[colors]\n[colors]\n',  # a table twice
])
def test_a_broken_theme_file_is_reported_as_toml_error(text):
    tomllib = pytest.importorskip("tomllib")
    from studio.ui.theme import read_theme_file

    with pytest.raises(tomllib.TOMLDecodeError):
        read_theme_file(text)
