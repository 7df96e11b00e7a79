"""The console and the shared screen observe one session model: a ballot, a timer, a restore."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import event as sa_event
from test_session_support import (  # noqa: F401 - fixtures
    build_workshop,
    click_action,
    doc,
    find,
    ids,
    option_ids,
    page,
    start_voting,
    tap,
)

from studio.core.kinds import ScreenMode
from studio.store.models import utcnow


def count_queries(doc) -> list[str]:
    counted: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:
        if "count(" in statement.lower():
            counted.append(statement)

    sa_event.listen(doc.store.engine, "before_cursor_execute", before)
    return counted


def test_a_ballot_on_the_shared_screen_reaches_the_console_once(qtbot, page, doc, ids):
    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    flow = page.stage.flow
    tap(qtbot, flow, "group:none")
    tap(qtbot, flow.answer_widget, f"option:{option_ids(doc, act)[0]}")
    heard: list[int] = []
    page.control.counted.connect(lambda: heard.append(1))
    updates: list[int] = []
    update_actions = page.control.update_actions
    page.control.update_actions = lambda: (updates.append(1), update_actions())[1]
    counted = count_queries(doc)
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "confirm"
    # The console heard of the ballot once, through the model, and counted it once.
    assert heard == [1] and updates == [1]
    assert len(counted) == 1
    assert page.counter.text().startswith("1 ")
    assert page.control.actions["session.undo_ballot"].isEnabled()
    assert page.control.counts().ballots == doc.ballots.ballot_count(act) == 1


def test_a_ballot_from_another_thread_is_shown_on_the_gui_thread(qtbot, page, doc, ids):
    """A later phone server casts in its own thread through the same service."""
    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    threads: list[str] = []
    page.control.counted.connect(lambda: threads.append(threading.current_thread().name))

    def phone() -> None:
        doc.ballots.cast_ballot(act, {"option": option_ids(doc, act)[1]})

    worker = threading.Thread(target=phone, name="phone-server")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: page.counter.text().startswith("1 "))
    assert threads == [threading.main_thread().name]


def test_the_console_counts_the_same_n_as_the_results_split_by_channel(qtbot, page, doc, ids):
    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    for _ in range(10):
        doc.ballots.cast_ballot(act, {"option": opts[0]})
    doc.ballots.record_tally(act, {opts[1]: 11}, source="tally")
    assert doc.results.result(act).n == 21
    assert page.counter.text().startswith("21 ")
    channels = page.counter_channels.text()
    assert page.counter_channels.isVisible() and "10" in channels and "11" in channels
    click_action(qtbot, page, "session.reveal")
    stage = page.stage
    qtbot.waitUntil(lambda: stage.results.data is not None and stage.results.data.result.n == 21)
    words = chart_texts(stage.results)
    assert any("n = 21" in t for t in words)


def chart_texts(view) -> list[str]:
    figure = view.canvas.figure
    return [t.get_text() for t in figure.findobj(lambda o: hasattr(o, "get_text"))
            if t.get_text()]


def test_public_screen_shows_ranking_in_plain_words_and_german_numbers(qtbot, page, doc, ids):
    act = ids["ranking"]
    start_voting(qtbot, page, act)
    a, b, c = option_ids(doc, act)
    for order in ([a, b, c], [b, a, c]):
        doc.ballots.cast_ballot(act, {"order": order})
    click_action(qtbot, page, "session.reveal")
    stage = page.stage
    qtbot.waitUntil(lambda: stage.results.data is not None and stage.results.data.result.n == 2)
    words = " ".join(chart_texts(stage.results))
    assert "Borda" not in words
    assert "im Schnitt Platz 1,5" in words  # the workshop's German: decimal comma
    qtbot.waitUntil(lambda: page.results.data is not None and page.results.data.result.n == 2)
    console_words = " ".join(chart_texts(page.results))
    assert "1,5" in console_words and "1.5" not in console_words


# -- the timer: one per item, never another item's time on the shared screen ---------------------
def test_moving_on_pauses_the_timer_and_the_room_sees_only_this_items_time(qtbot, page, doc,
                                                                           ids):
    stage = page.stage
    page.control.go_to(ids["scenario"], ids["scale"])
    # The scale's 2-minute timer ran for 7 minutes.
    doc.facilitation.start_timer(ids["scale"], now=utcnow() - timedelta(minutes=7))
    qtbot.waitUntil(stage.timer_label.isVisible)
    assert stage.timer_label.property("role") == "error"  # time is up, in words and colour
    over = stage.timer_label.text()
    click_action(qtbot, page, "session.next")
    assert not stage.timer_label.isVisible()
    assert not doc.facilitation.timer().running  # paused, not running on unseen
    click_action(qtbot, page, "session.timer")  # F9 on the new item: its own time
    qtbot.waitUntil(stage.timer_label.isVisible)
    assert stage.timer_label.property("role") == "timer"
    assert stage.timer_label.text() != over and stage.timer_label.text().startswith("noch ")
    assert doc.facilitation.timer().item_id == ids["points"]
    click_action(qtbot, page, "session.previous")  # back: the scale's own time again
    qtbot.waitUntil(lambda: stage.timer_label.property("role") == "error")
    assert doc.facilitation.timer().item_id == ids["scale"]


# -- after a crash -------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: sessions)
    settings = Settings()
    settings.clear_recent()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._ready)
    yield w
    for shown in getattr(w, "pages", []):
        if getattr(shown, "control", None) is not None and shown.control.participant_mode:
            shown.control.set_participant_mode(False)
    w._release_document()


def crashed_workshop(path):
    """A workshop file as a crash leaves it: a session under way, no clean close."""
    from studio.ui.document import WorkshopDocument

    doc = WorkshopDocument.open(_create(path))
    ids = build_workshop(doc)
    doc.facilitation.set_current(ids["scenario"], ids["scale"])
    doc.facilitation.open_voting(ids["scale"])
    doc.facilitation.set_screen_mode(ScreenMode.ACTIVITY)
    doc.close()
    return ids


def _create(path):
    from studio.core.workshops import WorkshopService
    from studio.store.database import WorkshopStore

    store = WorkshopStore.create(path)
    WorkshopService(store).create_workshop("Absturz")
    store.close()
    return path


def test_after_a_crash_the_run_tab_says_the_session_was_restored(qtbot, window, tmp_path):
    path = tmp_path / "crash.workshop"
    crashed_workshop(path)
    assert window.open_path(path)
    page = window.tabs.currentWidget()
    assert page.objectName() == "sessionPage"
    assert page.restored
    qtbot.waitUntil(page.restored_banner.isVisible)
    assert "Wie nützlich?" in page.restored_banner.text()
    assert page.control.activity.id == page.doc.session.activity.id
    click_action(qtbot, page, "session.next")  # said once: gone when the session moves on
    assert not page.restored_banner.isVisible()
    # A clean close: the next opening is an ordinary one, on the workshop tab.
    window.close_document()
    assert window.open_path(path)
    assert window.tabs.currentIndex() == 0
    page = next(p for p in window.pages if p.objectName() == "sessionPage")
    assert not page.restored and not page.restored_banner.isVisible()
