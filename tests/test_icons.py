"""Icons: one style, every needed name, and colours that follow the theme."""

from __future__ import annotations

from collections import Counter
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtSvg import QSvgRenderer

from studio.paths import resource
from studio.ui.icons import app_icon, icon, icon_names
from studio.ui.theme import THEMES, apply_theme, palette_for

NEEDED = {
    "new", "open", "save", "export", "import", "merge", "plan", "play", "stop", "reveal",
    "reset", "undo", "redo", "next", "previous", "blank-screen", "fullscreen", "timer",
    "board", "card", "results", "settings", "help",
}
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _light_afterwards(qapp):
    yield
    apply_theme(qapp, "light")


def _opaque_colors(pixmap) -> Counter:
    image = pixmap.toImage()
    return Counter(image.pixelColor(x, y).name() for y in range(image.height())
                   for x in range(image.width()) if image.pixelColor(x, y).alpha() == 255)


def test_every_needed_icon_exists():
    assert NEEDED - set(icon_names()) == set()


@pytest.mark.parametrize("name", icon_names())
def test_icons_share_one_style(qapp, name):
    path = resource("icons", f"{name}.svg")
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor" and root.get("fill") == "none"
    assert root.get("stroke-width") == "2"
    colours = {v for el in root.iter() for k, v in el.attrib.items() if k in ("fill", "stroke")}
    assert colours <= {"none", "currentColor"}, "single colour only, so themes can recolour"
    assert QSvgRenderer(str(path)).isValid()


@pytest.mark.parametrize("theme", THEMES)
def test_icons_take_the_theme_text_colour(qapp, theme):
    apply_theme(qapp, theme)
    palette = palette_for(theme)
    normal = _opaque_colors(icon("stop").pixmap(QSize(32, 32)))
    disabled = _opaque_colors(icon("stop").pixmap(QSize(32, 32), QIcon.Mode.Disabled))
    assert normal.most_common(1)[0][0] == palette.color(palette.ColorRole.WindowText).name()
    assert disabled.most_common(1)[0][0] == palette.color(
        palette.ColorGroup.Disabled, palette.ColorRole.WindowText).name()


def test_an_icon_already_made_follows_a_theme_switch(qapp):
    made = icon("play")
    apply_theme(qapp, "light")
    light = _opaque_colors(made.pixmap(QSize(24, 24))).most_common(1)[0][0]
    apply_theme(qapp, "high-contrast")
    contrast = _opaque_colors(made.pixmap(QSize(24, 24))).most_common(1)[0][0]
    assert (light, contrast) == ("#1b1f24", "#ffffff")


def test_icons_render_crisply_at_any_size(qapp):
    for side in (16, 24, 48, 96):
        pixmap = icon("board").pixmap(QSize(side, side))
        assert pixmap.size() == QSize(side, side) and sum(_opaque_colors(pixmap).values()) > 0


def test_unknown_icon_is_an_error_naming_the_choices():
    with pytest.raises(ValueError, match="board"):
        icon("bored")


def test_app_icon_and_its_bundle_files(qapp):
    assert not app_icon().isNull()
    for suffix, sizes in (("ico", {16, 32, 48, 256}), ("icns", {16, 32, 128, 256, 512, 1024})):
        reader = QImageReader(str(resource("icons", f"app.{suffix}")))
        found = set()
        for i in range(reader.imageCount()):
            reader.jumpToImage(i)
            found.add(reader.read().width())
        assert sizes <= found, suffix
