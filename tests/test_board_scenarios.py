"""Notes on the board belong to a scenario: the session's one (or a chosen one), can be
filtered by scenario and moved to another, and so reach that scenario's report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio.core.note_places import NotePlaceService
from studio.exchange.records import read_records
from studio.exchange.report import outline
from studio.ui.board.page import BoardPage
from studio.ui.document import WorkshopDocument


@pytest.fixture
def doc():
    d = WorkshopDocument.memory("Wärmeplanung")
    ws = d.workshops
    first = ws.add_scenario({"id": "chatbot", "title": {"de": "Chatbot", "en": "Chatbot"}})
    second = ws.add_scenario({"id": "post", "title": {"de": "Posteingang", "en": "Mail"}})
    ws.add_activity(first.id, "single_choice", "Nützlich?", options=["Ja", "Nein"])
    ws.add_activity(first.id, "notes", "Ihre Gedanken zum Chatbot")
    ws.add_activity(second.id, "notes", "Ihre Gedanken zur Post")
    d.ids = {"first": first.id, "second": second.id}
    d.facilitation.set_current(second.id)
    yield d
    d.close()


@pytest.fixture
def page(qtbot, doc):
    p = BoardPage(doc)
    qtbot.addWidget(p)
    p.resize(1600, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def _type_note(qtbot, page, text: str) -> None:
    editor = page.capture.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key_2)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)


def _notes_activity(doc, scenario_id):
    return next(a.id for s in doc.workshops.agenda() if s.id == scenario_id
                for a in s.activities if a.kind == "notes")


def test_a_typed_note_belongs_to_the_sessions_scenario_and_its_notes_activity(qtbot, page, doc):
    assert page.capture.scenario_id() == doc.ids["second"]
    _type_note(qtbot, page, "Wer liest die Briefe mit?")
    (note,) = doc.notes.notes()
    assert note.scenario_id == doc.ids["second"]
    assert note.activity_id == _notes_activity(doc, doc.ids["second"])
    # The report lists it under that scenario once it is in a cluster there.
    doc.notes.create_cluster("Vertraulichkeit", [note.id], scenario_id=doc.ids["second"])
    sections = outline(read_records(doc.store)).sections
    assert sections[1].clusters and "Wer liest die Briefe mit?" in sections[1].clusters[0][2]


def test_capture_follows_the_session_until_a_scenario_is_chosen(qtbot, page, doc):
    combo = page.capture.scenario
    doc.facilitation.set_current(doc.ids["first"])
    doc.notify("session")
    assert page.capture.scenario_id() == doc.ids["first"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down)  # the user picks the next entry: the second scenario
    assert page.capture.scenario_id() == doc.ids["second"]
    doc.facilitation.set_current(doc.ids["first"])
    doc.notify("session")
    assert page.capture.scenario_id() == doc.ids["second"]  # the choice stays
    _type_note(qtbot, page, "Notiz zur Post")
    assert doc.notes.notes()[0].scenario_id == doc.ids["second"]


def test_filter_by_scenario_and_move_a_note_with_undo(qtbot, page, doc):
    _type_note(qtbot, page, "Zur Post")
    doc.facilitation.set_current(doc.ids["first"])
    doc.notify("session")
    _type_note(qtbot, page, "Zum Chatbot")
    post, bot = doc.notes.notes()
    flt = page.filters.scenario_filter
    flt.setCurrentIndex(flt.findData(doc.ids["first"]))
    assert page.scene.note_items[bot.id].isVisible()
    assert not page.scene.note_items[post.id].isVisible()
    assert "1 of 2" in page.count.text()
    flt.setCurrentIndex(0)  # all scenarios

    page.select_notes([post.id])
    box = page.details.scenario
    box.setCurrentIndex(box.findData(doc.ids["first"]))
    box.activated.emit(box.currentIndex())
    moved = next(n for n in doc.notes.notes() if n.id == post.id)
    assert moved.scenario_id == doc.ids["first"]
    assert moved.activity_id == _notes_activity(doc, doc.ids["first"])
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
    back = next(n for n in doc.notes.notes() if n.id == post.id)
    assert (back.scenario_id, back.activity_id) == (
        doc.ids["second"], _notes_activity(doc, doc.ids["second"]))


def test_a_moved_note_leaves_a_cluster_of_its_old_scenario(doc):
    places = NotePlaceService(doc.store)
    note = doc.notes.add_note("Akten", "idea", scenario_id=doc.ids["second"])
    cluster = doc.notes.create_cluster("Post", [note.id], scenario_id=doc.ids["second"])
    before = places.move([note.id], doc.ids["first"])
    moved = doc.notes.notes()[0]
    assert moved.cluster_id is None and moved.scenario_id == doc.ids["first"]
    places.restore(before)
    again = doc.notes.notes()[0]
    assert (again.cluster_id, again.scenario_id) == (cluster.id, doc.ids["second"])
    places.move([note.id], None)  # the workshop as a whole
    assert doc.notes.notes()[0].scenario_id is None
    assert doc.notes.notes()[0].activity_id is None


def test_the_scenario_filter_starts_on_all_scenarios(qtbot, page, doc):
    _type_note(qtbot, page, "Zur Post")
    doc.notify("workshop")  # the lists are filled again
    assert page.filters.scenario_filter.currentIndex() == 0
    assert page.filters.note_filter().scenarios == frozenset()
    assert not page.scene.filter.active


def test_a_note_of_a_category_the_activity_does_not_take_belongs_to_the_scenario_alone(doc):
    ws = doc.workshops
    limited = ws.add_activity(doc.ids["second"], "notes", "Nur Hoffnungen",
                              settings={"categories": ["hope"]})
    doc.facilitation.set_current(doc.ids["second"], limited.id)
    places = NotePlaceService(doc.store)
    assert places.place_for(doc.ids["second"], "hope").activity_id == limited.id
    other = places.place_for(doc.ids["second"], "concern").activity_id
    assert other == _notes_activity(doc, doc.ids["second"])  # the unlimited one
    note = doc.notes.add_note("Sorge", "concern", scenario_id=doc.ids["second"],
                              activity_id=other)
    places.move([note.id], doc.ids["first"])
    assert doc.notes.notes()[0].activity_id == _notes_activity(doc, doc.ids["first"])
