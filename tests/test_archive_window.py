"""The archive's analysis window: opened from the app and the command line, it lists the
workshops, adds files in the background (the same workshop once) and removes one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studio.archive import open_archive
from studio.cli import main


@pytest.fixture
def workshops(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive-window")
    paths = []
    for seed in (1, 2):
        path = folder / f"w{seed}.workshop"
        assert main(["demo", "--output", str(path), "--seed", str(seed)]) == 0
        paths.append(path)
    return paths


@pytest.fixture
def window(qtbot, tmp_path):
    from studio.ui.main_window import MainWindow

    main_window = MainWindow()
    qtbot.addWidget(main_window)
    archive = main_window.open_archive(str(tmp_path / "team.studioarchive"), create=True)
    assert archive is not None
    qtbot.addWidget(archive)
    yield archive
    if archive.isVisible():
        archive.close()


def test_adding_workshops_in_the_window_lists_each_once(qtbot, window, workshops):
    tab = window.workshops
    assert tab.model.rowCount() == 0
    job = tab.add(workshops + workshops[:1])  # the first one twice
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    assert tab.model.rowCount() == 2
    assert "already in the archive" in tab.status.text()
    assert tab.add_button.isEnabled()
    titles = {tab.model.index(r, 0).data() for r in range(2)}
    assert len(titles) >= 1 and all(titles)
    assert "2 workshops" in window.windowTitle()
    del job


def test_removing_a_workshop_asks_and_removes_it(qtbot, window, workshops, monkeypatch):
    tab = window.workshops
    tab.add(workshops[:1])
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0
    with open_archive(window.target) as archive:
        assert archive.workshops() == ()


def test_remove_without_a_choice_says_what_to_do(qtbot, window):
    qtbot.mouseClick(window.workshops.remove_button, Qt.MouseButton.LeftButton)
    assert "Choose a workshop" in window.workshops.status.text()


def test_a_broken_archive_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    from studio.ui.main_window import MainWindow

    bad = tmp_path / "bad.studioarchive"
    bad.write_bytes(b"not an archive at all")
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text: said.append(text)))
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    assert main_window.open_archive(str(bad)) is None
    assert said and "bad.studioarchive" in said[0]
    assert bad.read_bytes() == b"not an archive at all"


def test_archive_window_keys_do_not_clash(window):
    keys = {}
    for action in window.actions_.values():
        for seq in action.shortcuts():
            assert seq.toString() not in keys, seq.toString()
            keys[seq.toString()] = action.objectName()
    assert window.actions_["archive.add"].shortcut().toString() == "Ctrl+O"


@pytest.fixture
def filled(qtbot, window, workshops, monkeypatch):
    """The window on an archive with both demo workshops; the user is called Ada."""
    tab = window.workshops
    tab.add(workshops)
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ada", True)))
    return window


def _visible_note(archive, workshop_id):
    notes = archive.content(workshop_id).notes
    return next(n for n in notes if n["moderation"] == "visible")


def test_a_recommendation_is_written_decided_and_linked_with_its_history(qtbot, filled):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from studio.archive.evidence import EvidenceRef
    from studio.ui.archive.recommendations import evidence_mime

    window = filled
    tab = window.recommendations
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.list.count() == 1
    tab.title.setText("KI-Hinweis im Chat immer sichtbar")
    tab.text.setPlainText("Jede Antwort des Chatbots nennt, dass sie von einer KI kommt.")
    tab.audience.setCurrentIndex(tab.audience.findData("handbook"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    rec = tab.current.recommendation
    assert (rec.title, rec.audience, rec.created_by) == (
        "KI-Hinweis im Chat immer sichtbar", "handbook", "Ada")
    # Not adopted needs a reason: the tab says so and nothing changes.
    tab.decision.setCurrentIndex(tab.decision.findData("not_adopted"))
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    assert tab.status.text().startswith("⚠")
    assert tab.current.recommendation.decision == "proposed"
    tab.decision.setCurrentIndex(tab.decision.findData("adopted"))
    tab.into.setCurrentIndex(tab.into.findData("handbook"))
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    assert tab.current.recommendation.decision == "adopted"
    # Evidence dropped on the recommendation in the list is linked to it.
    workshop_id = window.workshops.model.rows[0].workshop_id
    note = _visible_note(window.archive, workshop_id)
    ref = EvidenceRef("note", workshop_id, note["id"])
    rect = tab.list.visualItemRect(tab.list.item(0))
    mime = evidence_mime([ref])  # the event does not own its data: keep it alive
    drop = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.list.dropEvent(drop)
    assert [e.ref for e in tab.current.evidence] == [ref]
    assert note["text"] in tab.evidence.item(0).text()
    history = tab.history.toPlainText()
    assert history.count("Ada") >= 4 and "linked evidence" in history
    # Removing the workshop withdraws the evidence, which stays listed as withdrawn.
    window.archive.remove(workshop_id)
    window.reload()
    assert tab.evidence.count() == 1 and tab.evidence.item(0).text().startswith("⊘")
    assert "1 withdrawn" in tab.list.item(0).text()


def test_the_analysis_tabs_show_pilots_statements_and_notes_and_link_evidence(
        qtbot, filled, tmp_path, monkeypatch):
    window = filled
    pilots = window.pilots
    assert pilots.pilots.count() >= 1
    tree = pilots.questions
    assert tree.topLevelItemCount() >= 1
    header = [tree.headerItem().text(i) for i in range(tree.columnCount())]
    assert header[1].startswith("Pooled") and len(header) == 2 + 2  # pooled + two workshops
    n_row = tree.topLevelItem(0).child(0)
    assert n_row.text(0) == "n" and n_row.text(1).split()[0].isdigit()
    # Common ground and dividing lines, each score explained in a sentence.
    statements = window.statements
    assert "(agree + 1) / (seen + 2)" in statements.consensus_text.text()
    assert statements.common.topLevelItemCount() == statements.dividing.topLevelItemCount() > 0
    # Notes: the search narrows the list; hidden notes never show.
    notes = window.notes
    total = notes.notes.topLevelItemCount()
    first_word = notes.notes.topLevelItem(0).text(0).split()[0]
    qtbot.keyClicks(notes.search, first_word)
    assert 0 < notes.notes.topLevelItemCount() <= total
    shown = {notes.notes.topLevelItem(i).text(0) for i in range(notes.notes.topLevelItemCount())}
    hidden = {n["text"] for w in window.archive.workshops()
              for n in window.archive.content(w.workshop_id).notes if n["moderation"] != "visible"}
    assert not shown & hidden
    # Link a note and a statement to a new recommendation with the buttons.
    recs = window.recommendations
    qtbot.mouseClick(recs.new_button, Qt.MouseButton.LeftButton)
    notes.notes.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(notes.link_button, Qt.MouseButton.LeftButton)
    statements.common.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(statements.link_button, Qt.MouseButton.LeftButton)
    kinds = [e.ref.kind for e in recs.current.evidence]
    assert kinds.count("note") == 1 and kinds.count("statement") >= 1
    # A city the archive does not hold leaves nothing to analyse.
    window.selection_bar.city.addItem("Nirgendwo", "Nirgendwo")
    window.selection_bar.city.setCurrentIndex(window.selection_bar.city.count() - 1)
    assert pilots.pilots.count() == 0 and notes.notes.topLevelItemCount() == 0


def test_the_paper_and_the_merged_workbook_are_written_from_the_window(
        qtbot, filled, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = filled
    paper = tmp_path / "paper.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(paper), "")))
    window.actions_["archive.paper"].trigger()
    qtbot.waitUntil(lambda: not window.outputs.busy(), timeout=120_000)
    assert paper.is_file() and (tmp_path / "paper-Handbuch.docx").is_file()
    book = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(book), "")))
    window.actions_["archive.workbook"].trigger()
    qtbot.waitUntil(lambda: not window.outputs.busy(), timeout=120_000)
    assert book.is_file()


def test_every_control_of_the_archive_window_is_named_and_reachable(qtbot, filled):
    from a11y import tab_order_problems, walk_problems

    window = filled
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        assert walk_problems(window.tabs.currentWidget()) == [], window.tabs.tabText(i)
    assert walk_problems(window.selection_bar) == []
    assert tab_order_problems(window, qtbot) == []


def test_notes_and_statements_narrow_by_pilot_tag_and_cluster(qtbot, filled):
    window = filled
    notes = window.notes
    total = notes.notes.topLevelItemCount()
    tag_index = next(i for i in range(1, notes.tag.count()))
    notes.tag.setCurrentIndex(tag_index)
    tagged = notes.notes.topLevelItemCount()
    assert 0 < tagged < total
    chosen = notes.tag.itemText(tag_index)
    assert all(chosen in notes.notes.topLevelItem(i).text(2) for i in range(tagged))
    notes.tag.setCurrentIndex(0)
    notes.cluster.setCurrentIndex(1)
    name = notes.cluster.currentText()
    shown = notes.notes.topLevelItemCount()
    assert 0 < shown < total
    assert {notes.notes.topLevelItem(i).text(3) for i in range(shown)} == {name}
    statements = window.statements
    every = statements.common.topLevelItemCount()
    statements.pilot.setCurrentIndex(1)
    one = statements.common.topLevelItemCount()
    assert 0 < one < every
    title = statements.pilot.currentText()
    assert all(title in statements.common.topLevelItem(i).text(0) for i in range(one))
