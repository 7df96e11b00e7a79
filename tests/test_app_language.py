"""View → Language switches the whole console at once: the Run and Board tabs (their
labels, buttons, actions, combo entries, placeholders and accessible names) speak the
new language without a restart, while the shared screen keeps the workshop's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QToolButton,
    QWidget,
)
from test_stage_language import ROOT, language_of_texts

from studio.ui import i18n

SAME_IN_BOTH = {m.findtext("source") for m in
                ET.parse(ROOT / "studio_de.ts").getroot().iter("message")
                if m.findtext("source") == m.findtext("translation")}


def de(context: str, text: str, n: int = -1) -> str:
    return i18n.translate_in("de", context, text, None, n)


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
    settings.language = "de"
    i18n.install("de")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._ready)
    assert w.open_path(path)
    yield w
    if w.pages:
        w.pages[0].control.set_participant_mode(False)
    w._release_document()
    i18n.install("en")  # the rest of the suite reads English source texts
    settings.language = "en"


def choose_language(qtbot, window, language: str) -> None:
    """View → Language → (English | Deutsch), as the facilitator picks it."""
    window.actions[f"view.language_{language}"].trigger()
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def page_texts(page: QWidget) -> list[str]:
    """Every label, button, combo entry, placeholder and accessible name of the page
    (not the shared screen, which speaks the workshop's language)."""
    stage = getattr(page, "stage", None)
    out: list[str] = []
    for w in [page, *page.findChildren(QWidget)]:
        if stage is not None and w.window() is stage:
            continue
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            out.append(w.text())
        if isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        placeholder = getattr(w, "placeholderText", None)
        if callable(placeholder) and placeholder():
            out.append(placeholder())
        out.extend(t for t in (w.accessibleName(), w.accessibleDescription()) if t)
    out.extend(a.text() for a in QWidget.actions(page) if a.text())
    return out


def assert_english(page: QWidget) -> None:
    english, german = language_of_texts(page_texts(page))
    # a word that is an English source text too ("Moderation") says nothing
    german = [t for t in german if t not in SAME_IN_BOTH]
    assert german == [] and english, german


def assert_german(page: QWidget) -> None:
    english, german = language_of_texts(page_texts(page))
    assert english == [] and german, english


def test_the_run_and_board_tabs_switch_language_at_once(qtbot, window):
    session, board = window.pages
    window.tabs.setCurrentWidget(session)
    qtbot.waitUntil(session.isVisible)
    session.control.go_to(session.control.agenda[0].id, session.control.agenda[0].activities[0].id)
    session.control.open_voting()
    assert session.status.text() == de("SessionController", "Voting is open.")
    assert window.tabs.tabText(1) == de("MainWindow", "&Run")
    assert_german(session)
    assert_german(board)
    stage_title = session.stage.windowTitle()

    choose_language(qtbot, window, "en")
    assert window.tabs.tabText(1) == "&Run" and window.tabs.tabText(2) == "&Board"
    # the console: group boxes, buttons (with their accessible names), status, agenda header
    assert session.vote_box.title() == "Voting"
    button = next(b for b in session.findChildren(QToolButton)
                  if b.defaultAction() is session.control.actions["session.open"])
    assert button.text() == "Open voting" and button.accessibleName() == "Open voting"
    assert session.status.text() == "Voting is open."
    assert session.tree.accessibleName() == "Agenda"
    assert session.agenda.headerData(1, session.tree.header().orientation()) == "State"
    assert session.private_notes.placeholderText() == \
        "Private notes: never shown on the shared screen."
    assert session.counter.text().endswith(("ballot", "ballots"))
    assert_english(session)
    # the board: tool bar, side tabs, a combo entry, placeholder, accessible names
    assert board.actions["group"].iconText() == "Group"
    assert board.side.tabText(1) == "Dot voting"
    assert board.capture.source.itemText(1) == "Transcribed from paper"
    assert board.filters.category_filter.itemText(0) == "All categories"
    assert board.filters.search.placeholderText() == "Search notes"
    assert board.view.accessibleName() == "Notes board"
    assert board.stage_control.choice.itemText(0) == "Whole board"
    assert_english(board)
    # the shared screen was neither closed nor switched: it speaks the workshop's language
    assert session.stage.isVisible() and session.stage.windowTitle() == stage_title

    choose_language(qtbot, window, "de")
    assert session.vote_box.title() == de("SessionPage", "Voting")
    assert board.capture.source.itemText(1) == de("CapturePanel", "Transcribed from paper")
    assert session.status.text() == de("SessionController", "Voting is open.")
    assert_german(session)
    assert_german(board)
