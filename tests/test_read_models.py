"""The services hand out frozen read models, never ORM rows.

A reader (the UI, the CLI, an exporter) that gets a value from a service can
neither lazy-load through it nor change the workshop by assigning to it: every
change goes through a service call. This walks every public method of the
reading services on the demo workshop.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from studio.core import read_models as rm
from studio.core.demo import populate_demo
from studio.core.kinds import ActivityKind
from studio.core.note_places import NotePlaceService
from studio.core.notes import NoteService
from studio.core.results_service import ResultsService
from studio.core.workshops import WorkshopService, workshop_summary
from studio.store.database import WorkshopStore
from studio.store.models import Base


def _walk(value: Any, path: str = "result"):
    """Yield ``(path, value)`` for ``value`` and everything inside it."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, f"{path}[key {key!r}]")
            yield from _walk(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), f"{path}.{f.name}")


READ_MODELS = tuple(
    cls for _, cls in inspect.getmembers(rm, inspect.isclass)
    if dataclasses.is_dataclass(cls) and cls.__module__ == rm.__name__
)


def _check(name: str, value: Any, seen: dict[str, int]) -> None:
    for path, item in _walk(value, name):
        assert not isinstance(item, Base), f"{path} is an ORM row: {type(item).__name__}"
        if isinstance(item, READ_MODELS):
            seen[type(item).__name__] = seen.get(type(item).__name__, 0) + 1
            first = dataclasses.fields(item)[0].name
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(item, first, getattr(item, first))


def _public(cls: type) -> set[str]:
    return {n for n, v in vars(cls).items() if not n.startswith("_") and callable(v)}


@pytest.fixture
def demo():
    st = WorkshopStore.memory()
    populate_demo(st, "small", seed=2)
    yield st
    st.close()


def test_every_public_method_returns_read_models_only(demo):
    workshops, notes = WorkshopService(demo), NoteService(demo)
    places, results = NotePlaceService(demo), ResultsService(demo)
    seen: dict[str, int] = {}
    called: dict[type, set[str]] = {WorkshopService: set(), NoteService: set(),
                                    NotePlaceService: set(), ResultsService: set()}

    def call(service: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        called[type(service)].add(method)
        value = getattr(service, method)(*args, **kwargs)
        _check(f"{type(service).__name__}.{method}", value, seen)
        return value

    # -- the workshop and its agenda ----------------------------------------
    fresh = WorkshopStore.memory()
    try:
        call(WorkshopService(fresh), "create_workshop", "Neu")
    finally:
        fresh.close()
    ws = call(workshops, "get")
    call(workshops, "update", facilitator_notes="Pause um 11")
    agenda = call(workshops, "agenda")
    scenario = agenda[0]
    notes_act = next(a for sc in agenda for a in sc.activities
                     if a.kind == ActivityKind.NOTES.value)
    choice = next(a for sc in agenda for a in sc.activities if a.options)
    call(workshops, "activity", choice.id)
    new_sc = call(workshops, "add_scenario", {"id": "extra", "title": {"de": "Extra"}})
    new_act = call(workshops, "add_activity", new_sc.id, "single_choice", "Ja?",
                   options=["Ja", "Nein"])
    call(workshops, "add_activity", new_sc.id, "scale", "Wie sehr?",
         settings={"min": 1, "max": 5, "min_label": "wenig", "max_label": "sehr"})
    call(workshops, "move_scenario", new_sc.id, 0)
    call(workshops, "move_activity", new_act.id, 1)
    call(workshops, "remove_activity", new_act.id)
    _check("workshop_summary", workshop_summary(demo), seen)

    # -- notes, clusters, dots ---------------------------------------------
    category = ws.note_categories[0]["key"]
    call(notes, "activity_categories", notes_act.id)
    note = call(notes, "add_note", "Eine Notiz", category, scenario_id=scenario.id)
    more = call(notes, "add_many", ["Zwei", "Drei"], category, scenario_id=scenario.id)
    bulk = call(notes, "add_notes", [{"text": "Vier", "category": category}])
    call(notes, "edit_text", note.id, "Eine geänderte Notiz")
    call(notes, "history", note.id)
    call(notes, "revert_edit", note.id)
    call(notes, "set_category", note.id, category)
    call(notes, "set_tags", note.id, ["cost"])
    call(notes, "move_notes", {note.id: (10.0, 20.0)})
    call(notes, "hide", more[0].id, "off topic")
    call(notes, "unhide", more[0].id)
    call(notes, "merge", note.id, more[1].id)
    call(notes, "unmerge", more[1].id)
    cluster = call(notes, "create_cluster", "Gruppe", [note.id], scenario_id=scenario.id)
    call(notes, "rename_cluster", cluster.id, "Gruppe A")
    previous = call(notes, "assign", [more[0].id], cluster.id)
    call(notes, "assign_each", previous)
    ballot = call(notes, "cast_dots", [("note", note.id), ("cluster", cluster.id)])
    call(notes, "dot_counts")
    call(notes, "dot_ranking")
    assert call(notes, "dot_ballots", [ballot, "no-such-ballot"]) == {ballot}
    assert call(notes, "dots_exist", ballot) is True
    assert call(notes, "exists", note.id) is True
    call(notes, "withdraw_dots", ballot)
    all_notes = call(notes, "notes")
    call(notes, "notes", include_hidden=False, scenario_id=scenario.id)
    call(notes, "clusters")
    snap = call(notes, "snapshot_cluster", cluster.id)
    call(notes, "delete_cluster", cluster.id)
    call(notes, "restore_cluster", snap)
    snaps = call(notes, "snapshot_notes", [bulk[0].id])
    call(notes, "remove_notes", [bulk[0].id])
    call(notes, "restore_notes", snaps)
    call(notes, "remove_note", bulk[0].id)

    # -- where notes belong --------------------------------------------------
    call(places, "current_place")
    call(places, "place_for", scenario.id, category)
    before = call(places, "move", [note.id], agenda[-1].id)
    call(places, "restore", before)

    # -- results ---------------------------------------------------------------
    call(results, "result", choice.id)
    call(results, "by_group", choice.id)

    for cls, names in called.items():
        assert _public(cls) <= names, f"{cls.__name__}: not walked {_public(cls) - names}"
    assert {"Workshop", "Scenario", "Activity", "Option", "Note", "NoteRevision",
            "Cluster", "Result", "ResultOption"} <= set(seen)
    assert any(n.hidden for n in all_notes), "the demo has hidden notes"


def test_a_returned_json_value_is_a_copy(store):
    """Changing a dict a service returned changes neither the file nor the next reader."""
    workshops = WorkshopService(store)
    ws = workshops.get()
    ws.settings["dots_per_participant"] = 99
    ws.note_categories.clear()
    again = workshops.get()
    assert again.settings["dots_per_participant"] != 99
    assert again.note_categories


def test_note_moderation_is_asked_by_name(store):
    notes = NoteService(store)
    category = WorkshopService(store).get().note_categories[0]["key"]
    keep = notes.add_note("Bleibt", category)
    dup = notes.add_note("Bleibt auch", category)
    assert keep.visible and not keep.hidden and keep.on_board
    notes.merge(keep.id, dup.id)
    by_id = {n.id: n for n in notes.notes()}
    assert by_id[dup.id].hidden and not by_id[dup.id].on_board
    assert by_id[keep.id].on_board


def test_a_result_read_model_carries_everything_a_kind_computes():
    """A field added to the kinds' results must reach the frozen results too."""
    from studio.core.kinds.base import ActivityResult, OptionResult

    assert [f.name for f in dataclasses.fields(rm.Result)] == \
        [f.name for f in dataclasses.fields(ActivityResult)]
    assert [f.name for f in dataclasses.fields(rm.ResultOption)] == \
        [f.name for f in dataclasses.fields(OptionResult)]


def test_results_read_the_same_as_computed(store):
    from studio.core.ballots import BallotService
    from studio.core.facilitation import FacilitationService
    from studio.core.results import compute

    workshops = WorkshopService(store)
    sc = workshops.add_scenario({"id": "c", "title": {"de": "C"}})
    act = workshops.add_activity(sc.id, "single_choice", "Ja?", options=["Ja", "Nein"])
    FacilitationService(store).open_voting(act.id)
    BallotService(store).cast_ballot(act.id, {"option": act.options[0].id})
    got = ResultsService(store).result(act.id)
    rows = BallotService(store).responses(act.id)
    expected = compute(act.kind, {}, [(o.id, o.label) for o in act.options], rows)
    assert (got.n, got.by_key()[act.options[0].id].count) == (1, 1)
    assert [(o.key, o.count, o.share) for o in got.options] == \
        [(o.key, o.count, o.share) for o in expected.options]
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.n = 5  # type: ignore[misc]


def test_session_state_and_responses_are_read_models_too(demo):
    """The facilitation and ballot services hand out read models where they read."""
    from studio.core.ballots import BallotService
    from studio.core.facilitation import FacilitationService

    seen: dict[str, int] = {}
    state = FacilitationService(demo).state()
    _check("FacilitationService.state", state, seen)
    assert isinstance(state, rm.SessionState)
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.screen_mode = "blank"  # type: ignore[misc]
    ballots = BallotService(demo)
    voted = [a.id for s in WorkshopService(demo).agenda() for a in s.activities
             if ballots.responses(a.id)]
    assert voted, "the demo has answers"
    for activity_id in voted:
        responses = ballots.responses(activity_id)
        _check("BallotService.responses", responses, seen)
        assert all(isinstance(r, rm.Response) for r in responses)
