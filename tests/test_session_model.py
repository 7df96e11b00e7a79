"""The session model in the core: one state of the live session, changed only through the
services, which announce each change as a typed event with ids (no Qt, no string topics)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import event as sa_event

from studio.base.errors import StateError
from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.kinds import ActivityState, ScreenMode, Source
from studio.core.session_events import (
    ActivityStateChanged,
    BallotCast,
    BallotsWithdrawn,
    CurrentChanged,
    ParticipantModeChanged,
    StageChanged,
    TallyRecorded,
    TimerChanged,
    session_events,
)
from studio.core.session_state import ActivityCounts, SessionModel
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore
from studio.store.models import utcnow


@pytest.fixture
def plan(store):
    workshops = WorkshopService(store)
    sc = workshops.add_scenario({"id": "chatbot", "title": {"de": "Chatbot"}})
    choice = workshops.add_activity(sc.id, "single_choice", "Weiter so?", ["Ja", "Nein"],
                                    timebox_minutes=5)
    scale = workshops.add_activity(sc.id, "scale", "Wie nützlich?", None,
                                   {"min": 1, "max": 5, "min_label": "nie", "max_label": "immer"}, timebox_minutes=2)
    return {"scenario": sc.id, "choice": choice.id, "scale": scale.id,
            "options": [o.id for o in choice.options]}


def observe(model: SessionModel) -> list:
    seen: list = []
    model.subscribe(seen.append)
    return seen


def count_queries(store: WorkshopStore) -> list[str]:
    """Statements that count rows, run on ``store`` from now on."""
    counted: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:
        if "count(" in statement.lower():
            counted.append(statement)

    sa_event.listen(store.engine, "before_cursor_execute", before)
    return counted


def test_facilitation_changes_arrive_as_typed_events_with_ids(store, plan):
    model = SessionModel(store)
    seen = observe(model)
    facilitation = FacilitationService(store)
    facilitation.set_current(plan["scenario"], plan["choice"])
    facilitation.set_screen_mode(ScreenMode.ACTIVITY)
    facilitation.open_voting(plan["choice"])
    facilitation.set_participant_mode(True)
    assert seen == [CurrentChanged(plan["scenario"], plan["choice"]),
                    StageChanged("activity"),
                    ActivityStateChanged(plan["choice"], "open"),
                    ParticipantModeChanged(True)]
    # The model applied each before its observers heard of it: frozen read models.
    assert model.current_item() == (plan["scenario"], plan["choice"])
    assert model.activity.state is ActivityState.OPEN and model.activity.prompt == "Weiter so?"
    assert model.mode is ScreenMode.ACTIVITY and model.participant_mode
    with pytest.raises(AttributeError):
        model.activity.state = ActivityState.DRAFT  # type: ignore[misc]


def test_a_refused_change_announces_nothing(store, plan):
    model = SessionModel(store)
    seen = observe(model)
    with pytest.raises(StateError):
        FacilitationService(store).reveal(plan["choice"])  # still a draft
    assert seen == [] and model.activity is None


def test_counts_per_channel_follow_ballots_tallies_and_withdrawals(store, plan):
    model = SessionModel(store)
    seen = observe(model)
    facilitation = FacilitationService(store)
    facilitation.open_voting(plan["choice"])
    ballots = BallotService(store)
    yes, no = plan["options"]
    for _ in range(3):
        ballots.cast_ballot(plan["choice"], {"option": yes})
    ballots.record_tally(plan["choice"], {no: 7}, source=Source.TALLY)
    counts = model.counts(plan["choice"])
    assert counts == ActivityCounts(plan["choice"], (("screen", 3), ("tally", 7)), ballots=3)
    assert counts.n == 10 == ballots_results_n(store, plan["choice"])
    ballots.withdraw_last_ballot(plan["choice"])
    assert model.counts(plan["choice"]).by_source == (("screen", 2), ("tally", 7))
    assert seen[-3:] == [BallotCast(plan["choice"], "screen"),
                         TallyRecorded(plan["choice"], "tally"),
                         BallotsWithdrawn(plan["choice"])]
    facilitation.reset(plan["choice"])
    assert model.counts(plan["choice"]).n == 0
    assert seen[-1] == ActivityStateChanged(plan["choice"], "draft")


def ballots_results_n(store, activity_id: str) -> int:
    from studio.core.results_service import ResultsService

    return ResultsService(store).result(activity_id).n


def test_every_observer_of_a_ballot_shares_one_count(store, plan):
    model = SessionModel(store)
    FacilitationService(store).open_voting(plan["choice"])
    model.counts(plan["choice"])
    # Three windows read the count after each ballot, as the console and the screen do.
    for _ in range(3):
        model.subscribe(lambda _e: model.counts(plan["choice"]).n)
    counted = count_queries(store)
    BallotService(store).cast_ballot(plan["choice"], {"option": plan["options"][0]})
    BallotService(store).cast_ballot(plan["choice"], {"option": plan["options"][1]})
    assert len(counted) == 2  # one count per ballot, however many observe it
    assert model.counts(plan["choice"]).n == 2


def test_a_second_channel_in_another_thread_is_observed_like_the_screen(store, plan):
    """A later phone server builds its own services in its own thread: same hub, same model."""
    model = SessionModel(store)
    FacilitationService(store).open_voting(plan["choice"])
    heard: list[tuple[object, str]] = []
    model.subscribe(lambda e: heard.append((e, threading.current_thread().name)))

    def phone() -> None:
        BallotService(store).cast_ballot(plan["choice"], {"option": plan["options"][0]})

    worker = threading.Thread(target=phone, name="phone-server")
    worker.start()
    worker.join()
    assert heard == [(BallotCast(plan["choice"], "screen"), "phone-server")]
    assert model.counts(plan["choice"]).n == 1


def test_a_failing_observer_does_not_undo_or_hide_a_ballot(store, plan, caplog):
    model = SessionModel(store)
    FacilitationService(store).open_voting(plan["choice"])

    def broken(_event) -> None:
        raise RuntimeError("observer bug")

    model.subscribe(broken)
    ballot = BallotService(store).cast_ballot(plan["choice"], {"option": plan["options"][0]})
    assert ballot and BallotService(store).ballot_count(plan["choice"]) == 1
    assert "observer bug" in caplog.text


def test_hub_is_one_per_store_and_unsubscribing_stops_events(store, plan):
    assert session_events(store) is session_events(store)
    model = SessionModel(store)
    seen: list = []
    stop = model.subscribe(seen.append)
    FacilitationService(store).set_screen_mode(ScreenMode.BOARD)
    stop()
    FacilitationService(store).set_screen_mode(ScreenMode.CARD)
    assert seen == [StageChanged("board")]
    model.close()
    FacilitationService(store).set_screen_mode(ScreenMode.BLANK)
    assert model.mode is ScreenMode.CARD  # a closed model no longer follows


# -- one timer per agenda item -----------------------------------------------------------------
def test_each_item_keeps_its_own_timer_and_moving_on_pauses_it(store, plan):
    facilitation = FacilitationService(store)
    model = SessionModel(store)
    seen = observe(model)
    t0 = utcnow()
    facilitation.set_current(plan["scenario"], plan["choice"], now=t0)
    facilitation.start_timer(plan["choice"], now=t0)
    # Moving on after 6 minutes (a 5-minute timebox): the old timer pauses and is kept.
    facilitation.set_current(plan["scenario"], plan["scale"], now=t0 + timedelta(minutes=6))
    assert TimerChanged(plan["choice"]) in seen and TimerChanged(plan["scale"]) in seen
    timer = facilitation.timer(now=t0 + timedelta(minutes=9))
    assert timer.item_id is None and not timer.running  # the new item has no time yet
    assert model.timer().item_id is None
    # Its own timer starts from zero: never the previous item's overrun.
    facilitation.start_timer(plan["scale"], now=t0 + timedelta(minutes=9))
    timer = facilitation.timer(now=t0 + timedelta(minutes=10))
    assert (timer.item_id, timer.elapsed_s, timer.limit_s) == (plan["scale"], 60.0, 120.0)
    # Back to the first item: its 6 minutes again, running on from there; the scale's kept.
    facilitation.set_current(plan["scenario"], plan["choice"], now=t0 + timedelta(minutes=10))
    timer = facilitation.timer(now=t0 + timedelta(minutes=11))
    assert (timer.item_id, timer.running, timer.elapsed_s) == (plan["choice"], True, 420.0)
    facilitation.pause_timer(now=t0 + timedelta(minutes=11))
    facilitation.set_current(plan["scenario"], plan["scale"], now=t0 + timedelta(minutes=12))
    timer = facilitation.timer(now=t0 + timedelta(minutes=20))
    assert (timer.item_id, timer.running, timer.elapsed_s) == (plan["scale"], True, 60.0 + 480)


def test_item_timers_survive_a_restart(tmp_path):
    path = tmp_path / "timers.workshop"
    store = WorkshopStore.create(path)
    workshops = WorkshopService(store)
    workshops.create_workshop("Timer")
    sc = workshops.add_scenario({"id": "a"})
    first = workshops.add_activity(sc.id, "scale", "Eins?", None, {"min": 1, "max": 5, "min_label": "nie", "max_label": "immer"},
                                   timebox_minutes=3)
    second = workshops.add_activity(sc.id, "scale", "Zwei?", None, {"min": 1, "max": 5, "min_label": "nie", "max_label": "immer"})
    facilitation = FacilitationService(store)
    t0 = utcnow()
    facilitation.set_current(sc.id, first.id, now=t0)
    facilitation.start_timer(first.id, now=t0)
    facilitation.extend_timer(60)
    facilitation.pause_timer(now=t0 + timedelta(seconds=90))
    facilitation.set_current(sc.id, second.id, now=t0 + timedelta(seconds=100))
    store.close()

    store = WorkshopStore.open(path)
    try:
        facilitation = FacilitationService(store)
        facilitation.set_current(sc.id, first.id)
        timer = facilitation.timer()
        assert (timer.item_id, timer.elapsed_s, timer.limit_s, timer.running) == \
            (first.id, 90.0, 240.0, False)
    finally:
        store.close()


# -- a crash is told apart from a clean close ---------------------------------------------------
def test_an_interrupted_session_is_told_apart_from_a_clean_close(store, plan):
    facilitation = FacilitationService(store)
    assert not facilitation.interrupted()  # nothing under way yet
    facilitation.set_current(plan["scenario"], plan["choice"])
    assert facilitation.interrupted()  # the file as a crash leaves it
    facilitation.mark_closed()
    assert not facilitation.interrupted()
    facilitation.set_screen_mode(ScreenMode.RESULTS)
    assert facilitation.interrupted()
    facilitation.open_voting(plan["choice"])
    facilitation.mark_closed()
    assert not facilitation.interrupted()
    # Reopened, people went on voting, then a crash: only ballots came after the close.
    BallotService(store).cast_ballot(plan["choice"], {"option": plan["options"][0]},
                                     submitted_at=utcnow() + timedelta(seconds=1))
    assert facilitation.interrupted()


def test_an_unused_model_does_not_keep_its_store_alive():
    import gc
    import weakref

    store = WorkshopStore.memory()
    WorkshopService(store).create_workshop("Weg")
    SessionModel(store)
    BallotService(store)
    gone = weakref.ref(store)
    store.close()
    del store
    gc.collect()
    assert gone() is None


def test_a_notes_activity_counts_the_notes_its_results_show(store, plan):
    """The console's counter said "9 notes" while the chart showed n = 8: a hidden note and
    a merged duplicate are not part of the results, so they are not counted either."""
    from studio.core.notes import NoteService
    from studio.core.session_events import NotesChanged, session_events

    act = WorkshopService(store).add_activity(plan["scenario"], "notes", "Ihre Gedanken?")
    model = SessionModel(store)
    notes = NoteService(store)
    a, b, c, d = (notes.add_note(text, "idea", scenario_id=plan["scenario"], activity_id=act.id)
                  for text in ("eins", "zwei", "drei", "drei!"))
    session_events(store).emit(NotesChanged())
    assert model.counts(act.id).n == 4
    notes.hide(b.id, "personal data")
    notes.merge(c.id, d.id)
    session_events(store).emit(NotesChanged())
    assert model.counts(act.id).n == 2
