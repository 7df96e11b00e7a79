"""View → Text size 200 % on a 1366×768 laptop: everything grows, nothing disappears,
and the main window still fits the screen (panels scroll instead of widening it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from studio.core.demo import generate_demo
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: sessions)
    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    settings = Settings()
    settings.font_scale = 1.0
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._ready)
    assert w.open_path(path)
    yield w
    w.set_font_scale(1.0)  # the rest of the suite reads the usual size
    if w.pages:
        w.pages[0].control.set_participant_mode(False)
    w._release_document()


def choose_text_size(qtbot, window, percent: int) -> None:
    """View → Text size → ``percent`` %, as the facilitator picks it."""
    window.actions[f"view.text_{percent}"].trigger()
    QApplication.processEvents()


def agenda_rows(tree) -> list[QModelIndex]:
    model, rows = tree.model(), []
    for i in range(model.rowCount()):
        parent = model.index(i, 0)
        rows.append(parent)
        rows.extend(model.index(j, 0, parent) for j in range(model.rowCount(parent)))
    return rows


def test_text_size_200_grows_everything_and_fits_a_laptop(qtbot, window):
    session, board = window.pages
    window.tabs.setCurrentWidget(session)
    qtbot.waitUntil(session.isVisible)
    c = session.control
    c.go_to(c.agenda[0].id, c.agenda[0].activities[0].id)
    sizes = {name: w.font().pointSizeF() for name, w in (
        ("heading", session.current_label), ("counter", session.counter),
        ("timer", session.timer_panel.label), ("board heading", board.capture.heading),
        ("note heading", board.details.heading))}
    base = QApplication.font().pointSizeF()

    choose_text_size(qtbot, window, 200)
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    # headings, the ballot counter and the timer grow with the text
    for name, w in (("heading", session.current_label), ("counter", session.counter),
                    ("timer", session.timer_panel.label),
                    ("board heading", board.capture.heading),
                    ("note heading", board.details.heading)):
        assert w.font().pointSizeF() == pytest.approx(2 * sizes[name]), name
    assert session.counter.font().pointSizeF() > QApplication.font().pointSizeF()
    # the window fits a 1366×768 laptop: no part asks for more room than the screen has
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    # the live chart stays, with room for its text, and draws in the larger size
    results = session.results
    qtbot.waitUntil(lambda: results.canvas is not None and results.canvas.isVisible())
    assert results.width() > 0 and results.height() >= 9 * session.fontMetrics().height()
    assert results.font_px >= session.fontMetrics().height()
    # every agenda row is at least as tall as its text (the current one is bold), and the
    # items keep some words beside their states
    tree = session.tree
    assert tree.columnWidth(0) >= 10 * tree.fontMetrics().averageCharWidth()
    for index in agenda_rows(tree):
        rect = tree.visualRect(index)
        if not rect.isValid():
            continue  # scrolled out of view
        font = tree.model().data(index, Qt.ItemDataRole.FontRole) or tree.font()
        font = QFont(tree.font()).resolve(font) if isinstance(font, QFont) else font
        assert rect.height() >= QFontMetrics(font).height(), tree.model().data(index)

    # and back: the usual size again
    choose_text_size(qtbot, window, 100)
    assert session.counter.font().pointSizeF() == pytest.approx(sizes["counter"])
    assert board.capture.heading.font().pointSizeF() == pytest.approx(sizes["board heading"])
