"""Notes across workshops: a pilot's notes by category, tag, city and cluster, full-text
search without regard to case and accents, hidden notes left out, small groups folded.

The archive is ``tests/analysis_support.py``'s: on "chatbot" Leipzig has 4 visible
notes (and one hidden for personal data), Hamburg 12; München has one on "heat".
"""

from __future__ import annotations

import pytest
from analysis_support import build_archive
from archive_support import new_target

from studio.archive import open_archive
from studio.archive.notes_search import folded_text, pilot_notes
from studio.archive.selection import Selection
from studio.core.kinds import SMALL_GROUPS


@pytest.fixture(scope="module", params=["file", "server"])
def archive(request, tmp_path_factory):
    target = new_target(request.param, tmp_path_factory.mktemp("notes"), request)
    with open_archive(build_archive(target)) as opened:
        yield opened


def texts(view):
    return sorted(n.text for n in view.notes)


def test_all_visible_notes_of_a_pilot_with_counts(archive):
    view = pilot_notes(archive, "chatbot")
    assert len(view.notes) == 16
    assert not any("Musterstraße" in n.text for n in view.notes)  # hidden: stays out
    assert view.by_category == (("condition", 5), ("idea", 4), ("question", 3),
                                ("concern", 2), ("hope", 2))
    assert view.by_city == (("Hamburg", 12), ("Leipzig", 4))
    assert view.by_tag == (("privacy", 2), ("fairness", 1), ("transparency", 1))
    # "Datenschutz" (Leipzig) and " datenschutz " (Hamburg): one cluster name.
    assert [(name.casefold(), n) for name, n in view.by_cluster] == [("datenschutz", 2)]
    assert ("concern", "Bedenken") in view.category_labels
    assert ("privacy", "Datenschutz") in view.tag_labels
    assert texts(pilot_notes(archive, "heat")) == ["Wärme für alle"]
    assert len(pilot_notes(archive, None).notes) == 17


def test_search_ignores_case_and_accents(archive):
    assert texts(pilot_notes(archive, "chatbot", search="datenschutz")) == [
        "DATENSCHUTZ beachten", "Datenschutz zuerst klären"]
    # "strasse" finds "Straße", "ubersicht" finds "Übersicht"; all words must occur.
    assert texts(pilot_notes(archive, "chatbot", search="ubersicht STRASSE")) == [
        "Übersicht über die Straße der Anträge"]
    assert texts(pilot_notes(archive, "chatbot", search="klaren daten")) == [
        "Datenschutz zuerst klären"]
    assert pilot_notes(archive, "chatbot", search="Musterstraße").notes == ()  # hidden
    assert folded_text("Straße ÜBER Café") == "strasse uber cafe"


def test_filters_by_category_tag_city_and_cluster(archive):
    assert len(pilot_notes(archive, "chatbot", categories=["idea"]).notes) == 4
    assert texts(pilot_notes(archive, "chatbot", tags=["fairness"])) == ["DATENSCHUTZ beachten"]
    assert len(pilot_notes(archive, "chatbot", cities=["leipzig"]).notes) == 4
    assert texts(pilot_notes(archive, "chatbot", clusters=["DATENSCHUTZ"])) == [
        "DATENSCHUTZ beachten", "Datenschutz zuerst klären"]
    view = pilot_notes(archive, "chatbot", Selection(cities={"Hamburg"}), categories=["idea"])
    assert view.by_city == (("Hamburg", 3),)


def test_note_groups_are_folded_across_the_selection(archive):
    """Science wrote 6 notes but only 5 of its people voted on the pilot: 5 can be behind
    them, enough; business (2) and civil society (3) only together."""
    groups = {}
    for n in pilot_notes(archive, "chatbot").notes:
        groups[n.group] = groups.get(n.group, 0) + 1
    assert groups == {"science": 6, "staff": 5, SMALL_GROUPS: 5}
    # A group filter finds a shown group's notes, never a small group's.
    assert len(pilot_notes(archive, "chatbot", Selection(groups={"science"})).notes) == 6
    assert pilot_notes(archive, "chatbot", Selection(groups={"business"})).notes == ()
    # Leipzig alone: science (2 notes, 3 people) and business (2) are 4 together: all folded.
    leipzig = pilot_notes(archive, "chatbot", Selection(cities={"Leipzig"}))
    assert {n.group for n in leipzig.notes} == {SMALL_GROUPS}
