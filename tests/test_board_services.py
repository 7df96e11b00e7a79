"""The NoteService additions the board relies on: bulk add, exact undo helpers, ranking."""

from __future__ import annotations

import pytest

from studio.base.errors import ValidationError
from studio.core.notes import NoteService


@pytest.fixture
def notes(store):
    return NoteService(store)


def test_add_notes_is_all_or_nothing(notes):
    with pytest.raises(ValidationError):
        notes.add_notes([{"text": "gut", "category": "idea"}, {"text": "", "category": "idea"}])
    assert notes.notes() == []
    with pytest.raises(ValidationError):
        notes.add_notes([{"text": "gut", "category": "nope"}])
    added = notes.add_notes([{"text": "eins", "category": "idea", "source": "paper",
                              "tags": ["cost", "cost"]},
                             {"text": "zwei", "category": "hope", "pos": (10, 20)}])
    assert [(n.text, n.source, list(n.tags)) for n in notes.notes()] == [
        ("eins", "paper", ["cost"]), ("zwei", "laptop", [])]
    assert (added[1].pos_x, added[1].pos_y) == (10.0, 20.0)


def test_snapshot_remove_restore_is_exact(notes):
    a = notes.add_note("Ursprung", "idea")
    notes.edit_text(a.id, "Geändert")
    notes.cast_dots([("note", a.id)])
    snap = notes.snapshot_notes([a.id])
    notes.remove_notes([a.id])
    assert notes.notes() == [] and notes.dot_counts() == {}
    notes.restore_notes(snap)
    (back,) = notes.notes()
    assert (back.id, back.text, back.created_at) == (a.id, "Geändert", a.created_at)
    assert [r.text for r in notes.history(a.id)] == ["Ursprung"]
    assert notes.dot_counts() == {a.id: 1}


def test_revert_edit_takes_back_exactly_one_revision(notes):
    a = notes.add_note("v1", "idea")
    notes.edit_text(a.id, "v2")
    notes.edit_text(a.id, "v3")
    notes.revert_edit(a.id)
    assert notes.notes()[0].text == "v2"
    assert [r.text for r in notes.history(a.id)] == ["v1"]
    notes.revert_edit(a.id)
    notes.revert_edit(a.id)  # nothing left: no change
    assert notes.notes()[0].text == "v1" and notes.history(a.id) == []


def test_cluster_snapshot_brings_back_members_and_dots(notes):
    a, b = notes.add_note("a", "idea"), notes.add_note("b", "idea")
    c = notes.create_cluster("Gruppe", [a.id, b.id], color="#4F86C6")
    notes.cast_dots([("cluster", c.id), ("cluster", c.id)])
    snap = notes.snapshot_cluster(c.id)
    notes.delete_cluster(c.id)
    assert notes.clusters() == [] and notes.dot_counts() == {}
    notes.restore_cluster(snap)
    assert [(x.name, x.color) for x in notes.clusters()] == [("Gruppe", "#4F86C6")]
    assert {n.cluster_id for n in notes.notes()} == {c.id}
    assert notes.dot_counts() == {c.id: 2}


def test_dot_ranking_shares_ranks_on_ties(notes):
    a, b, c = (notes.add_note(t, "idea") for t in ("a", "b", "c"))
    k = notes.create_cluster("K", [c.id])
    notes.cast_dots([("note", a.id), ("note", a.id), ("note", b.id)])
    notes.cast_dots([("cluster", k.id), ("cluster", k.id), ("note", b.id)])
    ranking = notes.dot_ranking()
    assert [(e["rank"], e["kind"], e["label"], e["dots"]) for e in ranking] == [
        (1, "cluster", "K", 2), (1, "note", "a", 2), (1, "note", "b", 2)]
    notes.cast_dots([("note", b.id)])
    assert [(e["rank"], e["label"]) for e in notes.dot_ranking()] == [(1, "b"), (2, "K"), (2, "a")]


def test_assign_each(notes):
    a, b = notes.add_note("a", "idea"), notes.add_note("b", "idea")
    k = notes.create_cluster("K", [a.id])
    notes.assign_each({a.id: None, b.id: k.id})
    assert {n.text: n.cluster_id for n in notes.notes()} == {"a": None, "b": k.id}
