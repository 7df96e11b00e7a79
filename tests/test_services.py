"""Domain services: the one door through which every change to a workshop goes."""

from __future__ import annotations

import pytest

from studio.core.ballots import BallotService
from studio.base.errors import StateError, ValidationError
from studio.core.events import list_events
from studio.core.facilitation import FacilitationService
from studio.core.kinds import ActivityState, Source
from studio.core.notes import NoteService
from studio.core.results_service import ResultsService
from studio.core.workshops import WorkshopService

SPECS = {
    "single_choice": dict(options=["Ja", "Nein", "Weiß nicht"]),
    "multiple_choice": dict(options=["A", "B", "C", "D"], settings={"max_choices": 2}),
    "scale": dict(settings={"min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr"}),
    "points": dict(options=["A", "B", "C"], settings={"budget": 10}),
    "ranking": dict(options=["A", "B", "C"]),
    "matrix": dict(settings={"x_label": "Risiko", "y_label": "Nutzen"}),
    "statements": dict(options=["Aussage 1", "Aussage 2"]),
    "notes": dict(),
}


@pytest.fixture
def agenda(store):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "chatbot", "version": "2", "title": {"de": "Chatbot"}})
    acts = {k: ws.add_activity(sc.id, k, f"Frage {k}", **v) for k, v in SPECS.items()}
    fac = FacilitationService(store)
    for act in acts.values():
        fac.open_voting(act.id)
    return sc, acts


def _ids(act):
    return [o.id for o in act.options]


def test_agenda_keeps_order_and_snapshot(store, agenda):
    sc, acts = agenda
    scenarios = WorkshopService(store).agenda()
    assert [s.card_id for s in scenarios] == ["chatbot"]
    assert scenarios[0].card_version == "2"
    assert [a.kind for a in scenarios[0].activities] == list(SPECS)


@pytest.mark.parametrize(
    "kind,problem",
    [
        ("single_choice", dict(options=[])),
        ("multiple_choice", dict(options=["A"])),
        ("scale", dict(settings={"min": 1, "max": 5})),
        ("points", dict(options=["A", "B"], settings={"budget": 0})),
        ("matrix", dict(settings={"x_label": "Risiko"})),
        ("single_choice", dict(options=["A", "A"])),
    ],
)
def test_unanswerable_activities_are_refused(store, kind, problem):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "x"})
    with pytest.raises(ValidationError):
        ws.add_activity(sc.id, kind, "Frage", **problem)


def test_every_kind_accepts_a_valid_ballot(store, agenda):
    _, acts = agenda
    b = BallotService(store)
    answers = {
        "single_choice": lambda a: {"option": _ids(a)[0]},
        "multiple_choice": lambda a: {"options": _ids(a)[:2]},
        "scale": lambda a: {"value": 4},
        "points": lambda a: {"points": {_ids(a)[0]: 7, _ids(a)[1]: 3}},
        "ranking": lambda a: {"order": list(reversed(_ids(a)))},
        "matrix": lambda a: {"x": 0.2, "y": 0.9},
        "statements": lambda a: {"votes": {_ids(a)[0]: "agree", _ids(a)[1]: "pass"}},
    }
    for kind, make in answers.items():
        ballot_id = b.cast_ballot(acts[kind].id, make(acts[kind]), "residents")
        assert ballot_id
        assert b.ballot_count(acts[kind].id) == 1


@pytest.mark.parametrize(
    "kind,answer",
    [
        ("single_choice", {}),
        ("single_choice", {"option": "nope"}),
        ("multiple_choice", {"options": "ALL3"}),  # more than k
        ("scale", {"value": 9}),
        ("scale", {"value": True}),
        ("points", {"points": "OVER"}),  # over budget
        ("points", {"points": "NEG"}),
        ("ranking", {"order": "PARTIAL"}),
        ("matrix", {"x": 1.5, "y": 0.5}),
        ("matrix", {"x": float("nan"), "y": 0.5}),
        ("statements", {"votes": {"X": "maybe"}}),
        ("notes", {"text": "hi"}),
    ],
)
def test_invalid_answers_are_refused_and_nothing_stored(store, agenda, kind, answer):
    _, acts = agenda
    act = acts[kind]
    ids = _ids(act) + ["?", "?"]
    fix = {
        "ALL3": ids[:3], "OVER": {ids[0]: 8, ids[1]: 5}, "NEG": {ids[0]: -1},
        "PARTIAL": ids[:2],
    }
    answer = {k: fix.get(v, v) if isinstance(v, str) else v for k, v in answer.items()}
    if kind == "statements":
        answer = {"votes": {ids[0]: "maybe"}}
    b = BallotService(store)
    with pytest.raises(ValidationError):
        b.cast_ballot(act.id, answer)
    assert b.ballot_count(act.id) == 0
    assert b.responses(act.id) == []


def test_unknown_stakeholder_group_is_refused(store, agenda):
    _, acts = agenda
    with pytest.raises(ValidationError, match="stakeholder group"):
        BallotService(store).cast_ballot(acts["scale"].id, {"value": 3}, "martians")


def test_ballot_needs_open_voting(store, agenda):
    _, acts = agenda
    FacilitationService(store).close_voting(acts["scale"].id)
    with pytest.raises(StateError):
        BallotService(store).cast_ballot(acts["scale"].id, {"value": 3})


def test_state_machine_and_event_log(store, agenda):
    _, acts = agenda
    fac = FacilitationService(store)
    act = acts["single_choice"]
    fac.reveal(act.id)  # closes first
    assert WorkshopService(store).activity(act.id).state == ActivityState.REVEALED.value
    fac.open_voting(act.id)
    assert WorkshopService(store).activity(act.id).state == ActivityState.OPEN.value
    with store.reader() as s:
        kinds = [e.kind for e in list_events(s, WorkshopService(store).get().id)]
    assert kinds[-3:] == ["voting_closed", "results_revealed", "voting_opened"]


def test_reveal_of_a_draft_is_refused(store):
    ws = WorkshopService(store)
    sc = ws.add_scenario({"id": "x"})
    act = ws.add_activity(sc.id, "scale", "Frage", **SPECS["scale"])
    with pytest.raises(StateError):
        FacilitationService(store).reveal(act.id)


def test_undo_last_ballot_and_reset_keep_records(store, agenda):
    _, acts = agenda
    act = acts["scale"]
    b, fac = BallotService(store), FacilitationService(store)
    first = b.cast_ballot(act.id, {"value": 1})
    second = b.cast_ballot(act.id, {"value": 5})
    assert b.withdraw_last_ballot(act.id) == second
    assert ResultsService(store).result(act.id).n == 1
    assert fac.reset(act.id) == 1
    assert ResultsService(store).result(act.id).n == 0
    assert WorkshopService(store).activity(act.id).state == "draft"
    from studio.store.models import Ballot

    with store.reader() as s:
        kept = {x.id: x.withdrawn_at is not None for x in s.query(Ballot).all()}
    assert kept == {first: True, second: True}


def test_tallies_are_stored_by_source_and_combined(store, agenda):
    _, acts = agenda
    act = acts["single_choice"]
    ids = _ids(act)
    b = BallotService(store)
    b.cast_ballot(act.id, {"option": ids[0]})
    b.record_tally(act.id, {ids[0]: 4, ids[1]: 6}, stakeholder_group="staff")
    rows = b.responses(act.id)
    assert {r.source for r in rows} == {Source.SCREEN.value, Source.TALLY.value}
    res = ResultsService(store).result(act.id)
    assert res.n == 11 and res.n_ballots == 1 and res.n_tally == 10
    assert res.by_key()[ids[0]].count == 5


def test_tally_rejects_negative_and_unknown(store, agenda):
    _, acts = agenda
    b = BallotService(store)
    with pytest.raises(ValidationError):
        b.record_tally(acts["single_choice"].id, {"nope": 2})
    with pytest.raises(ValidationError):
        b.record_tally(acts["single_choice"].id, {_ids(acts["single_choice"])[0]: -2})
    with pytest.raises(ValidationError):
        b.record_tally(acts["matrix"].id, {"x": 1})


def test_notes_keep_text_exactly_and_enforce_limits(store):
    notes = NoteService(store)
    hostile = "<b>x</b> =SUM(A1) \u202eRTL 😀"
    note = notes.add_note(hostile, "concern")
    assert notes.notes()[0].text == hostile
    with pytest.raises(ValidationError):
        notes.add_note("   ", "hope")
    with pytest.raises(ValidationError):
        notes.add_note("x" * 501, "hope")
    with pytest.raises(ValidationError):
        notes.add_note("ok", "no-such-category")
    notes.edit_text(note.id, "neu")
    assert [r.text for r in notes.history(note.id)] == [hostile]


def test_hidden_notes_stay_with_reason(store):
    notes = NoteService(store)
    n = notes.add_note("Meine Nummer 0341 1234567", "question")
    with pytest.raises(ValidationError):
        notes.hide(n.id, " ")
    notes.hide(n.id, "personal data")
    assert notes.notes(include_hidden=False) == []
    kept = notes.notes()[0]
    assert (kept.moderation, kept.hidden_reason) == ("hidden", "personal data")
    notes.unhide(n.id)
    assert len(notes.notes(include_hidden=False)) == 1


def test_dot_voting_limits(store):
    notes = NoteService(store)
    a, b = notes.add_note("A", "idea"), notes.add_note("B", "idea")
    notes.cast_dots([("note", a.id), ("note", a.id), ("note", b.id)])
    assert notes.dot_counts() == {a.id: 2, b.id: 1}
    with pytest.raises(ValidationError):
        notes.cast_dots([("note", a.id)] * 3)  # max 2 per item
    with pytest.raises(ValidationError):
        notes.cast_dots([("note", a.id), ("note", b.id)] * 3)  # max 5 per person


def test_clusters_and_merge(store):
    notes = NoteService(store)
    a, b = notes.add_note("A", "idea"), notes.add_note("A!", "idea")
    cluster = notes.create_cluster("Transparenz", [a.id])
    notes.merge(a.id, b.id)
    by_id = {n.id: n for n in notes.notes()}
    assert by_id[a.id].cluster_id == cluster.id
    assert by_id[b.id].merged_into_id == a.id and by_id[b.id].moderation == "hidden"
    assert by_id[b.id].text == "A!"


def test_board_focus_is_recorded_and_the_latest_wins(tmp_path):
    from studio.core.facilitation import FacilitationService
    from studio.core.workshops import WorkshopService
    from studio.store.database import WorkshopStore

    store = WorkshopStore.create(tmp_path / "w.workshop")
    WorkshopService(store).create_workshop("Werkstatt")
    fac = FacilitationService(store)
    assert fac.board_focus() is None
    fac.set_board_focus("cluster", "c-1")
    fac.set_board_focus("notes", note_ids=["n-1", "n-2"])
    assert fac.board_focus() == {"focus": "notes", "key": "", "note_ids": ["n-1", "n-2"]}
    with pytest.raises(ValueError):
        fac.set_board_focus("everything")
    store.close()
