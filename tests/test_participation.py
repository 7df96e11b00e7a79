"""The Qt-free side of taking part on the shared screen: the PIN lockout, the pace,
the group question, the plan's note categories and writes that fail."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import event

from studio.base.errors import ValidationError, WriteError
from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService
from studio.core.participation import ParticipationService
from studio.core.pin_lockout import PinLockout, delay_after
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore
from studio.store.models import utcnow


def test_the_pin_lockout_grows_and_survives_a_restart(tmp_path):
    path = tmp_path / "pin.workshop"
    store = WorkshopStore.create(path)
    WorkshopService(store).create_workshop("PIN")
    lock = PinLockout(store)
    now = utcnow()
    waits = []
    for i in range(1, 13):
        state = lock.record_failure(now)
        assert state.failures == i
        waits.append(state.wait_s(now))
    assert waits == sorted(waits) and waits[0] == 1 and waits[-1] == 15 * 60
    # 10,000 four-digit PINs at that pace take months, not minutes
    assert sum(delay_after(n) for n in range(1, 10_001)) > 90 * 24 * 3600
    store.close()
    store = WorkshopStore.open(path)  # a restarted app
    again = PinLockout(store).state()
    assert again.failures == 12 and again.wait_s(now) == 15 * 60
    assert again.wait_s(now + timedelta(minutes=16)) == 0
    PinLockout(store).record_success()
    assert PinLockout(store).state().failures == 0
    store.close()


def test_pacing_is_a_workshop_setting(store):
    service = ParticipationService(store)
    assert service.pacing().next_person_seconds == 3
    assert service.set_pacing(next_person_seconds=2.5, burst_ballots=4).burst_ballots == 4
    assert ParticipationService(store).pacing().next_person_seconds == 2.5
    with pytest.raises(ValidationError):
        service.set_pacing(next_person_seconds=-1)


def test_ballots_too_fast(store):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "c", "title": {"de": "K"}})
    act = ws.add_activity(sc.id, "single_choice", "Frage?", ["Ja", "Nein"])
    FacilitationService(store).open_voting(act.id)
    option = ws.activity(act.id).options[0].id
    service = ParticipationService(store)
    service.set_pacing(burst_ballots=3, burst_seconds=60)
    ballots = BallotService(store)
    start = utcnow()
    for i in range(4):
        ballots.cast_ballot(act.id, {"option": option}, submitted_at=start + timedelta(seconds=i))
    assert service.ballots_too_fast(act.id, now=start + timedelta(seconds=5)) == 4
    # the same ballots spread over ten minutes are people, not stuffing
    assert service.ballots_too_fast(act.id, now=start + timedelta(seconds=62)) == 0


def test_group_question_per_activity_and_workshop(store):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "c", "title": {"de": "K"}})
    a = ws.add_activity(sc.id, "scale", "Wie?", settings={"min": 1, "max": 5,
                                                          "min_label": "a", "max_label": "b"})
    service = ParticipationService(store)
    assert service.group_question(a.id).asked
    service.set_group_question(False, a.id)
    assert not service.group_question(a.id).asked and service.group_question().workshop
    service.set_group_question(True, a.id)
    service.set_group_question(False)
    assert not service.group_question(a.id).asked


def test_notes_keep_to_the_activitys_categories(store):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "c", "title": {"de": "K"}})
    act = ws.add_activity(sc.id, "notes", "Hoffnungen?", settings={"categories": ["hope",
                                                                                  "concern"]})
    notes = NoteService(store)
    assert [c["key"] for c in notes.activity_categories(act.id)] == ["hope", "concern"]
    with pytest.raises(ValidationError, match="Hoffnung"):
        notes.add_note("Eine Idee", "idea", activity_id=act.id)
    with pytest.raises(ValidationError):
        notes.add_notes([{"text": "Eine Idee", "category": "idea", "activity_id": act.id}])
    assert notes.notes() == []
    notes.add_note("Mehr Licht", "hope", activity_id=act.id)
    notes.add_note("Ohne Aktivität", "idea")  # a note of no activity may be any kind
    assert len(notes.notes()) == 2


def test_a_full_disk_is_a_write_error_and_nothing_is_kept(store):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "c", "title": {"de": "K"}})
    act = ws.add_activity(sc.id, "single_choice", "Frage?", ["Ja", "Nein"])
    FacilitationService(store).open_voting(act.id)
    option = ws.activity(act.id).options[0].id

    def full(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO RESPONSE"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", full)
    ballots = BallotService(store)
    with pytest.raises(WriteError, match="disk is full"):
        ballots.cast_ballot(act.id, {"option": option})
    event.remove(store.engine, "before_cursor_execute", full)
    assert ballots.ballot_count(act.id) == 0  # the ballot row went back with its responses
    ballots.cast_ballot(act.id, {"option": option})
    assert ballots.ballot_count(act.id) == 1
