"""The shared screen follows the theme, with WCAG AA contrast for all its text.

The contrast is measured on the rendered stage: for every visible text (labels
and the hand-painted tiles) the text colour it is drawn with is compared with
the background actually under it (the most frequent colour in its rectangle
of a screenshot), and the text colour must really appear there.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from test_session_support import doc, ids  # noqa: F401 - fixtures

from studio.core.kinds import ScreenMode
from studio.ui.stage import style as st
from studio.ui.stage.tiles import TileButton
from studio.ui.theme import THEMES, apply_theme, contrast_ratio

TEXT_PAIRS = [  # (text, background) of every StagePalette
    ("foreground", "background"), ("muted", "background"), ("warn", "background"),
    ("accent_text", "accent"), ("foreground", "tile"), ("primary_text", "primary"),
    ("disabled_text", "disabled"), ("foreground", "influence"), ("muted", "influence"),
    ("foreground", "field"),
]
RING_PAIRS = [  # focus rings and borders: non-text, 3:1 (WCAG 1.4.11)
    ("focus", "tile"), ("focus_strong", "accent"), ("focus_strong", "primary"),
    ("tile_border", "background"), ("box_border", "background"),
    ("influence_border", "background"),
]


@pytest.fixture(autouse=True)
def _light_afterwards(qapp):
    yield
    apply_theme(qapp, "light")


@pytest.mark.parametrize("name", THEMES)
def test_every_stage_palette_has_aa_contrast(name):
    p = st.palette_named(name)
    assert p.name == name
    low = {f"{a}/{b}": round(contrast_ratio(getattr(p, a), getattr(p, b)), 2)
           for a, b in TEXT_PAIRS if contrast_ratio(getattr(p, a), getattr(p, b)) < 4.5}
    assert low == {}
    rings = {f"{a}/{b}": round(contrast_ratio(getattr(p, a), getattr(p, b)), 2)
             for a, b in RING_PAIRS if contrast_ratio(getattr(p, a), getattr(p, b)) < 3.0}
    assert rings == {}


def test_ai_act_badges_have_aa_contrast_and_a_symbol():
    for key, (bg, fg, symbol) in st.CATEGORY_BADGES.items():
        assert contrast_ratio(fg, bg) >= 4.5, key
        assert symbol.strip(), key


# -- measured on the rendered stage --------------------------------------------------------
def _background(image: QImage, rect: QRect) -> QColor:
    counts: Counter[int] = Counter()
    step = max(1, min(rect.width(), rect.height()) // 40)
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    return QColor(counts.most_common(1)[0][0] | 0xFF000000)


def _has_colour(image: QImage, rect: QRect, colour: QColor, tolerance: int = 24) -> bool:
    r, g, b = colour.red(), colour.green(), colour.blue()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - r) + abs(c.green() - g) + abs(c.blue() - b) <= tolerance:
                return True
    return False


def _text_items(stage: QWidget) -> list[tuple[str, QWidget, QColor]]:
    """Every visible text on the stage with the colour it is drawn in."""
    found = []
    for label in stage.findChildren(QLabel):
        if label.isVisible() and label.text().strip() and label.window() is stage:
            name = label.objectName() or label.text()[:24]
            found.append((name, label, label.palette().color(label.foregroundRole())))
    for tile in stage.findChildren(TileButton):
        if tile.isVisible() and tile.text().strip():
            found.append((f"tile {tile.text()[:24]}", tile, tile.colors()[1]))
    return found


def contrast_problems(stage: QWidget) -> list[str]:
    image = stage.grab().toImage()
    ratio = image.width() / max(1, stage.width())  # device pixels per widget pixel
    problems = []
    items = _text_items(stage)
    assert items, "nothing to measure"
    for name, widget, fg in items:
        top_left = widget.mapTo(stage, widget.rect().topLeft())
        rect = QRect(round(top_left.x() * ratio), round(top_left.y() * ratio),
                     round(widget.width() * ratio), round(widget.height() * ratio))
        rect = rect.intersected(image.rect()).adjusted(2, 2, -2, -2)
        if rect.isEmpty():
            continue
        bg = _background(image, rect)
        value = contrast_ratio(fg, bg)
        if value < 4.5:
            problems.append(f"{name}: {fg.name()} on {bg.name()} = {value:.2f}")
        elif not _has_colour(image, rect, fg):
            problems.append(f"{name}: text colour {fg.name()} not drawn")
    return problems


@pytest.fixture
def stage(qtbot, doc, ids):
    from studio.ui.stage.window import StageWindow
    from studio.ui.widgets.timer import TimerClock

    window = StageWindow(doc, TimerClock(doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _use_theme(qtbot, stage, name: str) -> None:
    apply_theme(QApplication.instance(), name)
    qtbot.waitUntil(lambda: stage.theme == name)


def _show(qtbot, stage, mode: ScreenMode, scenario: str, activity: str | None = None) -> None:
    doc = stage.doc
    doc.facilitation.set_current(scenario, activity)
    doc.facilitation.set_screen_mode(mode)
    doc.notify("session")
    qtbot.waitUntil(lambda: stage.mode is mode)


@pytest.mark.parametrize("name", THEMES)
def test_stage_follows_the_theme_with_aa_contrast_for_all_text(qtbot, stage, doc, ids, name):
    _use_theme(qtbot, stage, name)
    palette = st.palette_named(name)
    stage.set_participant_mode(True)  # the "Facilitator" tile and the mode label show
    stage.mode_label.setText("Participant mode")

    # The card: title, texts, boxes, the AI Act badge.
    _show(qtbot, stage, ScreenMode.CARD, ids["scenario"])
    qtbot.waitUntil(lambda: stage.card.fields.get("ai_act_category") is not None)
    image = stage.grab().toImage()
    assert QColor(image.pixel(3, image.height() // 2)) == QColor(palette.background)
    assert contrast_problems(stage) == []

    # An open choice: ordinary tiles, a selected tile, the submit tile (enabled and not).
    doc.facilitation.open_voting(ids["multiple_choice"])
    _show(qtbot, stage, ScreenMode.ACTIVITY, ids["scenario"], ids["multiple_choice"])
    flow = stage.flow
    if flow.page_name() == "group":
        assert contrast_problems(stage) == []
        flow.choose_group(None)
    qtbot.waitUntil(lambda: flow.page_name() == "answer")
    assert contrast_problems(stage) == []  # submit disabled
    tiles = [t for t in flow.answer_widget.findChildren(TileButton) if t.isCheckable()]
    qtbot.mouseClick(tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tiles[0].isChecked() and flow.submit_button.isEnabled())
    selected_bg, selected_fg, _ = tiles[0].colors()
    assert selected_bg == QColor(palette.accent) and selected_fg == QColor(palette.accent_text)
    assert contrast_problems(stage) == []

    # Results not revealed yet: the waiting message.
    _show(qtbot, stage, ScreenMode.RESULTS, ids["scenario"], ids["multiple_choice"])
    qtbot.waitUntil(stage.results_hidden.isVisible)
    assert contrast_problems(stage) == []
    stage.set_participant_mode(False)


def test_theme_change_recolours_an_open_stage(qtbot, stage, ids):
    _show(qtbot, stage, ScreenMode.CARD, ids["scenario"])
    colours = {}
    for name in ("high-contrast", "dark", "light"):
        _use_theme(qtbot, stage, name)
        image = stage.grab().toImage()
        colours[name] = QColor(image.pixel(3, image.height() // 2)).name()
        assert stage.results.chart_theme == st.palette_named(name).chart
    assert colours == {"high-contrast": "#000000", "dark": st.DARK.background.lower(),
                       "light": "#ffffff"}


def test_a_theme_change_after_the_workshop_closed_touches_nothing(qtbot, doc, ids):
    """Views of a closed workshop (still alive until Qt deletes them) ignore a theme
    change instead of reading the closed file."""
    from studio.ui.session.page import SessionPage

    page = SessionPage(doc)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.stage.isVisible())
    page.control.go_to(ids["scenario"], ids["single_choice"])
    page.shutdown()
    doc.close()
    apply_theme(QApplication.instance(), "dark")
    for view in (page.results, page.stage.results):
        view.refresh_now()  # what the redraw timer would do; must not raise
    qtbot.wait(50)
