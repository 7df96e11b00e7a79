"""The live session on ordinary laptops and projectors.

- The main window with the Run tab fits a 1280×720 laptop: nothing cut off,
  every control reachable by Tab, described for screen readers.
- The shared screen's scenario card fits 1024×768, 1280×720, 1920×1080 and 4K
  with the longest real card; a card too long for the screen is trimmed at a
  word with "…" and a hint to the handout, never cut mid-line.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from pathlib import Path

import pytest
from a11y import tab_order_problems, walk_problems
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QToolButton, QWidget
from test_session_support import ACTIVITIES, doc, ids, page  # noqa: F401 - fixtures

from studio.core.cards import read_card_file
from studio.core.kinds import ScreenMode
from studio.ui.layouts import FlowLayout, WrapGrid
from studio.ui.stage.card_view import elide_lines

ROOT = Path(__file__).resolve().parents[1]
STAGE_SIZES = [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)]


def _card_length(card: dict) -> int:
    from studio.ui.widgets.agenda_spec import localized

    return sum(len(localized(card.get(k), "de")) for k in (
        "title", "summary", "influence", "decided", "ai_act_reason", "human_oversight",
        "use_of_input"))


def longest_card() -> dict:
    cards = [read_card_file(p)[0] for p in sorted((ROOT / "resources/scenarios").glob("*.toml"))]
    return max((c for c in cards if c), key=_card_length)


def resize_window(qtbot, window: QWidget, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height))


# -- the console at 1280×720 ---------------------------------------------------------------
@pytest.fixture
def main_window(qtbot, tmp_path, monkeypatch):
    from studio.core.demo import generate_demo
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: sessions)
    path = tmp_path / "demo.workshop"
    generate_demo(path, "small", seed=1).close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    window.tabs.setCurrentIndex(1)
    page = window.pages[0]
    assert page.objectName() == "sessionPage"
    qtbot.waitUntil(page.isVisible)
    yield window
    page.control.set_participant_mode(False)
    window._release_document()


def _visible_in(widget: QWidget, window: QWidget) -> bool:
    """True when the whole of ``widget`` is inside ``window`` and inside every
    scroll area's viewport on the way up (or that scroll area can scroll to it)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    if not window.rect().contains(QRect(top_left, widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True  # reached by scrolling (Qt scrolls to the focused control)
        if not parent.rect().contains(QRect(widget.mapTo(parent, widget.rect().topLeft()),
                                            widget.size())):
            return False
        parent = parent.parentWidget()
    return True


def test_main_window_with_the_run_tab_fits_a_1280x720_laptop(qtbot, main_window):
    window = main_window
    page = window.pages[0]
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    assert page.minimumSizeHint().width() <= 900, page.minimumSizeHint()
    resize_window(qtbot, window, 1280, 720)
    qtbot.waitUntil(lambda: page.results.isVisible())
    # Every button of the console is on screen, uncut; labels get the height they need.
    for button in page.findChildren(QToolButton):
        if button.isVisibleTo(page):
            assert _visible_in(button, window), button.text()
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    # The controls need no scrolling at this size, and the live results keep some room.
    pane = page.controls_pane
    assert pane.widget().height() <= pane.viewport().height()
    assert page.results.height() >= 150


def test_with_phones_on_at_1280x720_the_side_scrolls_and_cuts_no_text(qtbot, main_window):
    """A notes activity with phones on fills the side column (notes typed here, phones,
    private notes): it scrolls, and every label keeps the height its text needs."""
    from studio.core.kinds import ActivityKind

    window = main_window
    page = window.pages[0]
    resize_window(qtbot, window, 1280, 720)
    notes = next((sc.id, act.id) for sc in page.control.agenda for act in sc.activities
                 if act.kind is ActivityKind.NOTES)
    page.control.go_to(*notes)
    page.phones.address, page.phones.port = "127.0.0.1", 0
    assert page.phones.start()
    try:
        qtbot.waitUntil(lambda: page.laptop_box.isVisible()
                        and page.phones_box.details.isVisible())
        labels = [label for label in page.phones_box.parentWidget().findChildren(QLabel)
                  if label.isVisibleTo(page) and label.wordWrap() and label.text()]
        assert labels

        def cut() -> list[str]:
            return [label.text() for label in labels
                    if label.height() < label.heightForWidth(label.width())]

        qtbot.waitUntil(lambda: not cut(), timeout=3000)
        assert window.frameGeometry().height() <= 720 or window.height() <= 720
    finally:
        page.phones.stop()


def test_on_first_start_the_window_is_no_larger_than_the_screen(qtbot):
    from PySide6.QtCore import QSettings

    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    QSettings().remove("window/geometry")  # a first start: no size kept from before
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.width() <= 1280 and window.height() <= 800


def test_console_at_1920x1080_gives_the_extra_room_to_results_and_notes(qtbot, main_window):
    window = main_window
    page = window.pages[0]
    resize_window(qtbot, window, 1280, 720)
    small = (page.results.height(), page.private_notes.height())
    resize_window(qtbot, window, 1920, 1080)
    qtbot.waitUntil(lambda: page.results.height() > small[0] + 200)
    assert page.private_notes.height() > small[1] + 200
    assert page.controls_pane.widget().height() <= page.controls_pane.viewport().height()


def test_console_is_reachable_by_keyboard_and_described_at_1280x720(qtbot, main_window):
    window = main_window
    page = window.pages[0]
    resize_window(qtbot, window, 1280, 720)
    # A notes activity shows the laptop note entry as well.
    sc = next(s for s in page.control.agenda if any(a.kind.value == "notes"
                                                    for a in s.activities))
    notes = next(a for a in sc.activities if a.kind.value == "notes")
    page.control.go_to(sc.id, notes.id)
    qtbot.waitUntil(page.laptop_box.isVisible)
    assert walk_problems(page, descriptions=True) == []
    assert tab_order_problems(window, qtbot) == []


def test_splitter_sizes_chosen_by_the_facilitator_are_kept(qtbot, main_window):
    window = main_window
    page = window.pages[0]
    resize_window(qtbot, window, 1280, 720)
    splitter = page.middle_splitter
    total = sum(splitter.sizes())
    splitter.setSizes([200, total - 200])
    splitter.splitterMoved.emit(200, 1)
    resize_window(qtbot, window, 1300, 740)
    assert splitter.sizes()[0] == 200


# -- layouts ------------------------------------------------------------------------------
def test_wrap_grid_wraps_buttons_into_more_rows_when_narrow(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    grid = WrapGrid(host, max_columns=3)
    buttons = []
    for text in ("Show scenario card", "Show activity", "Show results", "Blank screen"):
        button = QToolButton(host)
        button.setText(text)
        grid.addWidget(button)
        buttons.append(button)
    m = grid.contentsMargins()
    cell = max(b.sizeHint().width() for b in buttons) + (m.left() + m.right()) // 2
    assert grid.columns_for(cell * 3 + 40) == 3
    assert grid.columns_for(cell * 2 + 20) == 2
    assert grid.columns_for(cell) == 1
    assert grid.heightForWidth(cell) > grid.heightForWidth(cell * 3 + 40)
    assert grid.minimumSize().width() <= cell * 2
    host.resize(cell * 2 + 30, grid.heightForWidth(cell * 2 + 30))
    host.show()
    qtbot.waitExposed(host)
    ys = sorted({b.y() for b in buttons})
    assert len(ys) == 2  # two rows of two
    assert all(b.width() >= b.sizeHint().width() for b in buttons)
    buttons[3].hide()  # hidden buttons take no cell: three fit in one row
    m = grid.contentsMargins()
    one_row = max(b.sizeHint().height() for b in buttons) + m.top() + m.bottom()
    assert grid.heightForWidth(cell * 3 + 40 + m.left() + m.right()) == one_row


def test_flow_layout_is_as_narrow_as_its_widest_widget(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    buttons = [QToolButton(host) for _ in range(6)]
    for i, button in enumerate(buttons):
        button.setText(f"Tool number {i}")
        flow.addWidget(button)
    m = flow.contentsMargins()
    widest = max(b.sizeHint().width() for b in buttons) + m.left() + m.right()
    assert flow.minimumSize().width() <= widest
    assert flow.heightForWidth(widest) > flow.heightForWidth(widest * 6 + 60)
    host.resize(widest * 2 + 20, flow.heightForWidth(widest * 2 + 20))
    host.show()
    qtbot.waitExposed(host)
    assert all(b.geometry().right() < host.width() for b in buttons)


# -- the scenario card on the shared screen -------------------------------------------------
@pytest.fixture
def stage(qtbot, doc):
    from studio.ui.stage.window import StageWindow
    from studio.ui.widgets.timer import TimerClock

    clock = TimerClock(doc)
    window = StageWindow(doc, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_card(qtbot, stage, card: dict) -> None:
    doc = stage.doc
    sc = doc.workshops.add_scenario(card)
    doc.facilitation.set_current(sc.id, None)
    doc.facilitation.set_screen_mode(ScreenMode.CARD)
    doc.notify("session")
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is stage.card_page)


def card_problems(card_view: QWidget) -> list[str]:
    """Labels that need more height than they got, or stick out of the card."""
    problems = []
    area = card_view.rect()
    for label in card_view.findChildren(QLabel):
        if not label.isVisibleTo(card_view) or not label.text():
            continue
        name = label.objectName() or label.text()[:30]
        need = label.heightForWidth(label.width())
        if need > label.height():
            problems.append(f"{name}: needs {need} px, has {label.height()}")
        rect = QRect(label.mapTo(card_view, label.rect().topLeft()), label.size())
        if not area.contains(rect):
            problems.append(f"{name}: outside the card ({rect} not in {area})")
    return problems


@pytest.mark.parametrize(("width", "height"), STAGE_SIZES)
def test_the_longest_real_card_fits_the_shared_screen(qtbot, stage, width, height):
    card = longest_card()
    show_card(qtbot, stage, card)
    resize_window(qtbot, stage, width, height)
    view = stage.card
    qtbot.waitUntil(lambda: view._fitted_for == (view.width(), view.height(), view._base))
    assert card_problems(view) == []
    assert view.scale >= 0.75
    # Every field of the card is on the screen, whole: nothing needed trimming.
    assert view.trimmed == set()
    assert not view.more.isVisible()
    assert view.fields["influence"].text() == view.full_texts["influence"]
    # Large type: body text is at least 1/45 of the screen height.
    body = view.fields["summary"].font().pixelSize()
    assert body >= height / 45, body
    assert stage.minimumSizeHint().width() <= width
    assert stage.minimumSizeHint().height() <= height


def test_every_shipped_card_fits_at_projector_size(qtbot, stage):
    resize_window(qtbot, stage, 1280, 720)
    for path in sorted((ROOT / "resources/scenarios").glob("*.toml")):
        card, _ = read_card_file(path)
        show_card(qtbot, stage, card)
        view = stage.card
        qtbot.waitUntil(lambda v=view: v._fitted_for == (v.width(), v.height(), v._base))
        assert card_problems(view) == [], path.name
        assert view.trimmed == set(), path.name


def test_a_card_too_long_for_the_screen_is_trimmed_at_a_word_with_a_handout_hint(qtbot, stage):
    card = longest_card()
    long = dict(card)
    long["human_oversight"] = {"de": " ".join(["Fachleute prüfen jede Empfehlung."] * 30)}
    long["influence"] = {"de": [f"Punkt {i}: wie die Stadt die Ergebnisse nutzt"
                                for i in range(12)]}
    show_card(qtbot, stage, long)
    resize_window(qtbot, stage, 1280, 720)
    view = stage.card
    qtbot.waitUntil(lambda: view._fitted_for == (view.width(), view.height(), view._base))
    assert view.scale == 0.75
    assert "human_oversight" in view.trimmed
    assert view.more.isVisible()
    assert "Handzettel" in view.more.text()  # "handout", in the workshop's German
    assert card_problems(view) == []
    for key in view.trimmed:
        label = view.fields[key]
        full = view.full_texts[key]
        shown = label.text()
        assert shown.endswith("…") and shown != full
        kept = shown[:-1]
        assert full.startswith(kept)  # cut at the end of a word, nothing changed before it
        assert full[len(kept):len(kept) + 1] in (" ", "\n", ",", ".", ";", ":", "")
        assert label.accessibleDescription() == full
    # The type follows the screen, so 4K holds no more words: trimmed there as well.
    resize_window(qtbot, stage, 3840, 2160)
    qtbot.waitUntil(lambda: view._fitted_for == (view.width(), view.height(), view._base))
    assert card_problems(view) == []
    assert view.more.isVisible()
    # The next card starts whole again.
    show_card(qtbot, stage, card)
    qtbot.waitUntil(lambda: view._fitted_for == (view.width(), view.height(), view._base))
    assert view.trimmed == set() and not view.more.isVisible()
    assert view.fields["human_oversight"].accessibleDescription() == ""


def test_elide_lines_cuts_at_a_word_and_fits_the_lines():
    font = QFont()
    font.setPixelSize(20)
    fm = QFontMetrics(font)
    text = "Die Ergebnisse gehen ungekürzt an den Sozialausschuss, bevor er berät. " * 6
    short = elide_lines(text, fm, 300, 3)
    assert short.endswith("…")
    assert text.startswith(short[:-1])
    flags = int(Qt.TextFlag.TextWordWrap)
    height = fm.boundingRect(QRect(0, 0, 300, 10_000), flags, short).height()
    assert height <= 3 * fm.lineSpacing()
    assert elide_lines("Kurz.", fm, 300, 2) == "Kurz."


# -- descriptions for screen readers -----------------------------------------------------------
def test_shared_screen_controls_are_described_in_every_mode_and_activity(qtbot, page, doc, ids):
    stage = page.stage
    problems: set[str] = set()
    for kind in ACTIVITIES:
        page.control.go_to(ids["scenario"], ids[kind])
        doc.facilitation.open_voting(ids[kind])
        doc.facilitation.set_screen_mode(ScreenMode.ACTIVITY)
        doc.notify("session")
        qtbot.waitUntil(lambda: stage.flow.page_name() in ("group", "answer"))
        problems.update(walk_problems(stage, descriptions=True))
        if stage.flow.page_name() == "group":
            stage.flow.choose_group(None)
            qtbot.waitUntil(lambda: stage.flow.page_name() == "answer")
            problems.update(f"{kind}: {p}" for p in walk_problems(stage, descriptions=True))
    for mode in ScreenMode:
        doc.facilitation.set_screen_mode(mode)
        doc.notify("session")
        qtbot.waitUntil(lambda m=mode: stage.mode is m)
        problems.update(f"{mode.value}: {p}" for p in walk_problems(stage, descriptions=True))
    doc.facilitation.set_screen_mode(ScreenMode.CARD)
    doc.notify("session")
    qtbot.waitUntil(lambda: stage.mode is ScreenMode.CARD)
    stage.set_participant_mode(True)
    assert stage.lock_button.isVisible()
    problems.update(walk_problems(stage, descriptions=True))
    page.pins.set_pin("2468")
    stage.ask_pin()
    qtbot.waitUntil(lambda: stage.pin_dialog is not None and stage.pin_dialog.isVisible())
    problems.update(f"PIN: {p}" for p in walk_problems(stage.pin_dialog, descriptions=True))
    stage.pin_dialog.reject()
    stage.set_participant_mode(False)
    assert sorted(problems) == []


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_shared_screen_panel_needs_no_scrolling_when_there_is_room(qtbot, main_window, size):
    """The buttons under the preview (participant mode, PIN) are all in view, not a
    scroll away, once the window has its real size, whichever the window's first size."""
    window = main_window
    page = window.pages[0]
    resize_window(qtbot, window, *size)
    pane = page.screen_pane
    qtbot.waitUntil(lambda: pane.widget().height() <= pane.viewport().height(), timeout=2000)
    assert pane.verticalScrollBar().maximum() == 0
    assert page.private_notes.height() >= 120


def test_a_pane_given_its_need_never_scrolls_at_the_wrap_point(qtbot):
    """Two buttons side by side at the pane's full width, but one above the other at the
    width left beside a scroll bar: the pane's need covers both, so given its need it
    shows everything (English labels hit exactly this on a 1280 px laptop)."""
    from PySide6.QtWidgets import QSplitter, QTextEdit

    from studio.ui.session.console import ScrollPane

    content = QWidget()
    grid = WrapGrid(content, max_columns=2)
    for text in ("Show shared screen", "Shared screen full screen", "Participant mode",
                 "Set facilitator PIN"):
        button = QToolButton(content)
        button.setText(text)
        grid.addWidget(button)
    pane = ScrollPane(content)
    bar = pane.verticalScrollBar().sizeHint().width()
    width = next(w for w in range(120, 1200)
                 if grid.columns_for(w) == 2 and grid.columns_for(w - bar) == 1)
    splitter = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(splitter)
    splitter.addWidget(pane)
    splitter.addWidget(QTextEdit())
    splitter.resize(width, 700)
    splitter.show()
    qtbot.waitExposed(splitter)
    qtbot.waitUntil(lambda: pane.width() > 0)
    assert pane.width() == width, (pane.width(), width, splitter.width())
    need = pane.sizeHint().height()
    assert need >= content.heightForWidth(width - bar) > content.heightForWidth(width)
    total = sum(splitter.sizes())
    splitter.setSizes([need, total - need])
    qtbot.waitUntil(lambda: pane.height() == need)
    assert pane.verticalScrollBar().maximum() == 0


def test_a_button_that_grows_rewraps_its_grid_and_the_pane_asks_for_the_room(qtbot):
    """The grid measures its buttons once per layout pass: a label that becomes longer
    (another language, another state) must still wrap the grid and grow the pane's need."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from studio.ui.session.console import ScrollPane

    content = QWidget()
    outer = QVBoxLayout(content)  # nested, as in the console: the grid is not the top layout
    outer.addWidget(QLabel("Voting"))
    grid = WrapGrid(max_columns=3)
    outer.addLayout(grid)
    buttons = []
    for text in ("Open", "Close", "Reveal"):
        button = QToolButton(content)
        button.setText(text)
        grid.addWidget(button)
        buttons.append(button)
    pane = ScrollPane(content)
    qtbot.addWidget(pane)
    pane.resize(360, 400)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)  # one row of three
    need = pane.sizeHint().height()
    with qtbot.waitSignal(pane.needChanged, timeout=2000):
        buttons[0].setText("Open the voting for everybody in the room at once, please")
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 3)  # now one under the other
    assert pane.sizeHint().height() > need
    assert grid.heightForWidth(content.width()) == grid.heightForWidth(content.width())
    buttons[0].setText("Open")
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)
    assert pane.sizeHint().height() == need
