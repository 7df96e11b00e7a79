"""View menu: theme and text size apply at once, app-wide, and are remembered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from studio.ui.theme import apply_theme, palette_for


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: tmp_path)
    settings = Settings()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._ready)  # shortcuts come right after the first paint
    yield w
    settings.theme, settings.font_scale = "light", 1.0
    apply_theme(QApplication.instance(), "light", 1.0)


def _menu_texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions()]


def test_view_menu_offers_themes_and_text_sizes(window):
    assert [a.objectName() for a in window.theme_menu.actions()] == [
        "view.theme_light", "view.theme_dark", "view.theme_high-contrast"]
    assert [a.objectName() for a in window.text_size_menu.actions()] == [
        "view.text_100", "view.text_125", "view.text_150", "view.text_200"]
    assert all(_menu_texts(window.theme_menu)) and all(_menu_texts(window.text_size_menu))
    checked = [a for a in window.theme_menu.actions() if a.isChecked()]
    assert [a.objectName() for a in checked] == [f"view.theme_{window.settings.theme}"]


def test_choosing_high_contrast_recolours_the_open_window_and_is_remembered(qtbot, window):
    from studio.ui.settings import Settings

    window.theme_menu.actions()[2].trigger()
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour == palette_for("high-contrast").color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.start_page.palette().color(QPalette.ColorRole.Window)
                    == window_colour)
    assert Settings().theme == "high-contrast"
    assert window.actions["view.theme_high-contrast"].isChecked()
    assert not window.actions["view.theme_light"].isChecked()


def test_larger_text_scales_the_window_and_its_heading(qtbot, window):
    from studio.ui.settings import Settings

    body = window.start_page.intro.font().pointSizeF()
    heading = window.start_page.heading.font().pointSizeF()
    window.actions["view.text_150"].trigger()
    qtbot.waitUntil(lambda: window.start_page.intro.font().pointSizeF()
                    == pytest.approx(body * 1.5))
    qtbot.waitUntil(lambda: window.start_page.heading.font().pointSizeF()
                    == pytest.approx(heading * 1.5))
    assert Settings().font_scale == 1.5
    window.actions["view.text_100"].trigger()
    qtbot.waitUntil(lambda: window.start_page.intro.font().pointSizeF() == pytest.approx(body))


def test_menu_actions_show_icons_and_shortcuts(window):
    new = window.actions["file.new"]
    assert not new.icon().isNull() and not new.shortcut().isEmpty()


def test_focus_ring_style_arrives_right_after_the_first_paint(qtbot, tmp_path):
    """The app paints its first frame with the palette, then installs its style."""
    from PySide6.QtWidgets import QApplication

    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    app = QApplication.instance()
    settings = Settings()
    apply_theme(app, settings.theme, settings.font_scale, style=False)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._ready)
    assert app.style().objectName() == "studioThemeStyle"
    assert app.palette() == palette_for(settings.theme)
