"""The Board tab driven like a facilitator does: keyboard, mouse, dialogs; checked in the database."""

from __future__ import annotations

import pytest
from board_sample import db_state, drag
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from studio.core.kinds import Source
from studio.ui.board.page import BoardPage
from studio.ui.document import WorkshopDocument


@pytest.fixture
def doc():
    d = WorkshopDocument.memory("Wärmeplanung")
    yield d
    d.close()


@pytest.fixture
def page(qtbot, doc):
    p = BoardPage(doc)
    qtbot.addWidget(p)
    p.resize(1900, 900)  # the drag tests need a wide view (the page itself fits 1280)
    p.show()
    qtbot.waitExposed(p)
    return p


def texts(doc, **kw):
    return [(n.text, n.category, n.source) for n in doc.notes.notes(**kw)]


def test_bulk_entry_by_keyboard_alone(qtbot, page, doc):
    editor = page.capture.editor
    page.actions["type"].trigger()
    qtbot.waitUntil(editor.hasFocus)
    # Choose "transcribed from paper" with the keyboard: Shift+Tab to the source box.
    page.capture.source.setFocus()
    qtbot.keyClick(page.capture.source, Qt.Key_Down)
    assert page.capture.source.currentData() == Source.PAPER.value
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key_2)  # empty field: 2 = Bedenken
    qtbot.keyClicks(editor, "Kameras an jeder Ecke? 5G-Masten?")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.keyClick(editor, Qt.Key_3)  # field is clear again: 3 = Idee
    qtbot.keyClicks(editor, "Ergebnisse als Karte")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.keyClicks(editor, "Noch eine Idee")
    qtbot.keyClick(editor, Qt.Key_4, Qt.ControlModifier)  # Ctrl+4 = Frage at any time
    qtbot.keyClick(editor, Qt.Key_Return)
    assert texts(doc) == [
        ("Kameras an jeder Ecke? 5G-Masten?", "concern", "paper"),
        ("Ergebnisse als Karte", "idea", "paper"),
        ("Noch eine Idee", "question", "paper"),
    ]
    assert editor.toPlainText() == "" and editor.hasFocus()
    assert len(page.scene.note_items) == 3
    assert all(n.created_at is not None for n in doc.notes.notes())
    # One undo takes back the last note only.
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
    assert [t for t, _, _ in texts(doc)] == ["Kameras an jeder Ecke? 5G-Masten?",
                                             "Ergebnisse als Karte"]


def test_shift_enter_keeps_typing_and_counter_refuses_too_long(qtbot, page, doc):
    editor = page.capture.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Zeile eins")
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(editor, "Zeile zwei")
    assert doc.notes.notes() == []
    qtbot.keyClick(editor, Qt.Key_Return)
    assert texts(doc) == [("Zeile eins\nZeile zwei", "hope", "laptop")]
    editor.setPlainText("x" * 501)
    assert "501 / 500" in page.capture.counter.text() and "1 too many" in page.capture.counter.text()
    qtbot.keyClick(editor, Qt.Key_Return)
    assert len(doc.notes.notes()) == 1
    assert "too long" in page.capture.status.text()


def test_paste_many_lines_gives_one_note_each(qtbot, page, doc):
    editor = page.capture.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key_5)
    mime = QMimeData()
    mime.setText("Erste Notiz\n\n  Zweite Notiz  \r\nDritte 🌍\n")
    editor.insertFromMimeData(mime)
    assert texts(doc) == [("Erste Notiz", "condition", "laptop"),
                          ("Zweite Notiz", "condition", "laptop"),
                          ("Dritte 🌍", "condition", "laptop")]
    assert "3 notes added" in page.capture.status.text()
    page.actions["undo"].trigger()
    assert doc.notes.notes() == []


def test_plain_text_stays_plain(qtbot, page, doc):
    doc.notes.add_note("<b>x</b> & <script>", "idea")
    doc.notify("notes")
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 1)
    item = next(iter(page.scene.note_items.values()))
    assert item._static.text() == "<b>x</b> & <script>"
    assert item._static.textFormat() == Qt.PlainText
    page.select_notes([item.note_id])
    assert page.details.text.text() == "<b>x</b> & <script>"
    assert page.details.text.textFormat() == Qt.PlainText


def test_drag_note_onto_another_creates_cluster_undo_redo(qtbot, page, doc):
    a = doc.notes.add_note("Bilder verpixeln", "condition", pos=(100, 100))
    b = doc.notes.add_note("Gesichter unkenntlich machen", "condition", pos=(600, 100))
    doc.notify("notes")
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 2)
    page.view.resetTransform()
    page.view.centerOn(400, 200)
    before = db_state(doc)
    item_b = page.scene.note_items[b.id]
    item_b.setSelected(True)
    target = page.scene.note_items[a.id].sceneBoundingRect().center() + QPointF(10, 10)
    drag(qtbot, page.view, item_b, target)
    (cluster,) = doc.notes.clusters()
    assert {n.id: n.cluster_id for n in doc.notes.notes()} == {a.id: cluster.id, b.id: cluster.id}
    assert cluster.id in page.scene.cluster_items
    assert page.undo_stack.undoText() == "Group notes"
    after = db_state(doc)
    page.undo_stack.undo()
    assert db_state(doc) == before
    qtbot.waitUntil(lambda: page.scene.cluster_items == {})
    page.undo_stack.redo()
    assert db_state(doc) == after


def test_drag_into_cluster_and_out_again(qtbot, page, doc):
    a = doc.notes.add_note("a", "idea", pos=(100, 100))
    b = doc.notes.add_note("b", "idea", pos=(360, 100))
    c = doc.notes.add_note("c", "idea", pos=(100, 700))
    k = doc.notes.create_cluster("K", [a.id, b.id])
    doc.notify("notes")
    qtbot.waitUntil(lambda: k.id in page.scene.cluster_items)
    page.view.resetTransform()
    page.view.centerOn(400, 400)
    frame = page.scene.cluster_items[k.id].sceneBoundingRect()
    item_c = page.scene.note_items[c.id]
    item_c.setSelected(True)
    # Drop into the frame between the two notes (not onto a note): joins the cluster.
    drag(qtbot, page.view, item_c, QPointF(frame.center().x(), frame.bottom() - 5))
    assert next(n for n in doc.notes.notes() if n.id == c.id).cluster_id == k.id
    page.scene.clearSelection()
    item_a = page.scene.note_items[a.id]
    item_a.setSelected(True)
    drag(qtbot, page.view, item_a, QPointF(900, 900))
    assert next(n for n in doc.notes.notes() if n.id == a.id).cluster_id is None
    assert page.undo_stack.undoText() == "Take out of cluster"


def test_undo_redo_sequence_matches_database(qtbot, page, doc):
    ids = [n.id for n in doc.notes.add_notes(
        [{"text": t, "category": "idea", "pos": (100 + 260 * i, 100)} for i, t in
         enumerate(["eins", "zwei", "drei", "vier"])])]
    doc.notify("notes")
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 4)
    states = [db_state(doc)]
    steps = [
        lambda: page.select_notes(ids[:2]) or page.actions["group"].trigger(),
        lambda: page.select_notes([ids[2]]) or page.set_category("hope"),
        lambda: page.select_notes([ids[3]]) or page.toggle_tag("privacy", True),
        lambda: page.select_notes([ids[2], ids[3]]) or page.actions["merge"].trigger(),
        lambda: page.actions["arrange_category"].trigger(),
        lambda: page.select_notes([ids[0]]) or page.actions["ungroup"].trigger(),
        lambda: page.push(__import__("studio.ui.board.commands", fromlist=["x"]).EditTextCommand(
            page, ids[1], "zwei (korrigiert)")),
    ]
    for step in steps:
        count = page.undo_stack.count()
        step()
        assert page.undo_stack.count() == count + 1
        states.append(db_state(doc))
    for i in range(len(steps), 0, -1):
        qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
        assert db_state(doc) == states[i - 1]
    for i in range(1, len(steps) + 1):
        page.actions["redo"].trigger()
        assert db_state(doc) == states[i]


def test_hide_and_unhide_with_reason(qtbot, page, doc):
    from studio.ui.stage.board_views import BoardStageView

    a = doc.notes.add_note("Rufen Sie mich an: 0341 1234567", "concern", pos=(100, 100))
    b = doc.notes.add_note("Gute Idee", "idea", pos=(400, 100))
    doc.notify("notes")
    stage = BoardStageView(doc)
    qtbot.addWidget(stage)
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 2)
    assert stage.shown_note_ids() == {a.id, b.id}
    item = page.scene.note_items[a.id]
    assert "personal data" in item.accessible_text()  # the hint
    page.select_notes([a.id])
    assert page.details.pii.isVisible() or page.details.pii.text()
    dialog = page.hide_selected()
    assert dialog.reason() == "Personal data"  # preset from the hint
    dialog.reasons.setCurrentText("")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and "Say why" in dialog.error.text()
    dialog.reasons.setCurrentText("Telefonnummer")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    (hidden,) = [n for n in doc.notes.notes() if n.id == a.id]
    assert (hidden.moderation, hidden.hidden_reason) == ("hidden", "Telefonnummer")
    assert [n.id for n in doc.notes.notes(include_hidden=False)] == [b.id]
    qtbot.waitUntil(lambda: stage.shown_note_ids() == {b.id})
    assert "HIDDEN" in "".join([]) or page.scene.note_items[a.id].state.hidden
    page.show_hidden.setChecked(False)
    assert not page.scene.note_items[a.id].isVisible()
    page.show_hidden.setChecked(True)
    page.select_notes([a.id])
    page.actions["unhide"].trigger()
    assert doc.notes.notes(include_hidden=False)[0].moderation == "visible"
    qtbot.waitUntil(lambda: stage.shown_note_ids() == {a.id, b.id})
    page.undo_stack.undo()
    assert [n.hidden_reason for n in doc.notes.notes() if n.id == a.id] == ["Telefonnummer"]


def test_edit_with_history_and_redact(qtbot, page, doc):
    a = doc.notes.add_note("Schreibt mir: anna@example.org", "idea", pos=(100, 100))
    doc.notify("notes")
    qtbot.waitUntil(lambda: a.id in page.scene.note_items)
    page.select_notes([a.id])
    dialog = page.edit_selected()
    assert dialog.redact_button.isVisibleTo(dialog)
    dialog.redact_button.click()
    assert dialog.editor.toPlainText() == "Schreibt mir: […]"
    dialog.buttons.button(QDialogButtonBox.Save).click()
    assert doc.notes.notes()[0].text == "Schreibt mir: […]"
    # Redacted personal data leaves the edit history too, so undo cannot bring it back.
    assert [r.text for r in doc.notes.history(a.id)] == ["Schreibt mir: […]"]
    page.undo_stack.undo()
    assert doc.notes.notes()[0].text == "Schreibt mir: […]"
    assert doc.notes.history(a.id) == []


def test_merge_keeps_both_texts(qtbot, page, doc):
    a = doc.notes.add_note("Bilder löschen", "idea", pos=(100, 100))
    b = doc.notes.add_note("Bilder sofort löschen!", "idea", pos=(400, 100))
    doc.notify("notes")
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 2)
    page.select_notes([a.id, b.id])
    page.actions["merge"].trigger()
    dup = next(n for n in doc.notes.notes() if n.id == b.id)
    assert (dup.merged_into_id, dup.moderation, dup.text) == (a.id, "hidden",
                                                              "Bilder sofort löschen!")
    assert set(page.scene.note_items) == {a.id}
    assert page.scene.note_items[a.id].state.merged == 1
    assert "Bilder sofort löschen!" in page.details.merged.text()
    page.details.separate_buttons[0].click()
    assert all(n.merged_into_id is None for n in doc.notes.notes())
    assert set(page.scene.note_items) == {a.id, b.id}


def test_search_and_filter(qtbot, page, doc):
    doc.notes.add_note("Datenschutz zuerst", "condition", tags=["privacy"])
    doc.notes.add_note("Kosten im Blick", "concern", tags=["cost"])
    doc.notes.add_note("Mehr Datenschutz-Schulung", "idea")
    doc.notify("notes")
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 3)
    page.actions["find"].trigger()
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "datenschutz")
    assert page.scene.shown_count() == 2 and "2 of 3" in page.count.text()
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("privacy"))
    assert page.scene.shown_count() == 1
    page.search.clear()
    page.tag_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(page.category_filter.findData("concern"))
    assert page.scene.shown_count() == 1


def test_cluster_rename_and_dissolve_with_dots_undo(qtbot, page, doc):
    a = doc.notes.add_note("a", "idea", pos=(100, 100))
    k = doc.notes.create_cluster("Alt", [a.id])
    doc.notes.cast_dots([("cluster", k.id)])
    doc.notify("notes")
    qtbot.waitUntil(lambda: k.id in page.scene.cluster_items)
    page.select_notes([a.id])
    dialog = page.rename_cluster()
    dialog.name.setText("Datenschutz")
    dialog.color.setCurrentIndex(dialog.color.findData("#4F86C6"))
    dialog.accept()
    assert [(c.name, c.color) for c in doc.notes.clusters()] == [("Datenschutz", "#4F86C6")]
    assert "Datenschutz" in page.scene.cluster_items[k.id].title()
    before = db_state(doc)
    page.select_notes([a.id])
    page.actions["dissolve"].trigger()
    assert doc.notes.clusters() == [] and doc.notes.dot_counts() == {}
    page.undo_stack.undo()
    assert db_state(doc) == before


def test_import_dialog_preview_errors_and_undo(qtbot, page, doc, tmp_path):
    path = tmp_path / "paper.csv"
    path.write_text("Notiz;Kategorie\nEins;Idee\n;Idee\nZwei;unbekannt\nDrei;\n",
                    encoding="utf-8")
    dialog = page.open_import()
    dialog.load(path)
    assert dialog.model.rowCount() == 2  # "Drei" gets the default category
    assert dialog.errors.count() == 2
    assert dialog.errors.item(0).text().startswith("Line 3:")
    assert dialog.ok.text() == "Import 2 notes"
    dialog.ok.click()
    assert texts(doc) == [("Eins", "idea", "import"), ("Drei", "hope", "import")]
    page.undo_stack.undo()
    assert doc.notes.notes() == []


def test_vocabulary_edit_is_undoable(qtbot, page, doc):
    dialog = page.open_vocabulary()
    dialog._add_new(dialog.cats, ("key", "de", "en", "symbol", "color"), True)
    row = dialog.cats.rowCount() - 1
    dialog.cats.item(row, 1).setText("Risiko")
    dialog.cats.item(row, 2).setText("Risk")
    dialog.cats.item(row, 3).setText("⚠")
    dialog._accept()
    keys = [c["key"] for c in doc.workshops.get().note_categories]
    assert keys[-1] == "risk"
    assert page.capture.category_group.button(5).property("key") == "risk"
    page.undo_stack.undo()
    assert "risk" not in [c["key"] for c in doc.workshops.get().note_categories]


def test_menu_actions_standard_keys(page):
    actions = {a.objectName(): a for a in page.menu_actions() if not a.isSeparator()}
    assert actions["board.undo"].shortcut() == QKeySequence(QKeySequence.Undo)
    assert actions["board.redo"].shortcut() == QKeySequence(QKeySequence.Redo)
    assert {"board.group", "board.arrange_category", "board.zoom_in", "board.hide",
            "board.merge", "board.import"} <= set(actions)
    for w in (page.view, page.search, page.capture.editor, page.capture.source):
        assert w.accessibleName()


def test_zoom_and_fit(qtbot, page, doc):
    doc.notes.add_note("a", "idea", pos=(100, 100))
    doc.notify("notes")
    qtbot.waitUntil(lambda: len(page.scene.note_items) == 1)
    page.view.reset_zoom()
    page.actions["zoom_in"].trigger()
    assert page.view.scale_factor() == pytest.approx(1.25)
    page.actions["zoom_out"].trigger()
    assert page.view.scale_factor() == pytest.approx(1.0)
    page.actions["fit"].trigger()
    assert page.view.mapFromScene(page.scene.note_items[next(iter(page.scene.note_items))]
                                  .sceneBoundingRect().center()) is not None
    rect = page.scene.note_items[next(iter(page.scene.note_items))].sceneBoundingRect()
    assert page.view.viewport().rect().contains(page.view.mapFromScene(rect.center()))


def test_a_board_tab_not_yet_shown_shows_every_note_when_opened(qtbot, doc):
    """The board is laid out when it is first shown (opening a large workshop stays
    quick); notes added meanwhile, e.g. from the Run tab, are on it then."""
    first = doc.notes.add_note("Mehr Transparenz", "hope")
    page = BoardPage(doc)
    qtbot.addWidget(page)
    assert page.scene.note_items == {}  # a tab nobody looks at costs nothing
    later = doc.notes.add_note("Wer haftet?", "concern")
    qtbot.wait(10)  # the document's change is handled while the tab is hidden
    page.show()
    qtbot.waitExposed(page)
    assert set(page.scene.note_items) == {first.id, later.id}
    assert page.count.text() == "2 notes"


def test_a_board_never_shown_still_selects_and_runs_its_menu(qtbot, doc):
    notes = [doc.notes.add_note(t, "hope") for t in ("Eins", "Zwei", "Drei")]
    page = BoardPage(doc)
    qtbot.addWidget(page)
    page.select_notes([notes[1].id])  # e.g. from a search elsewhere in the window
    assert page.selected_ids() == [notes[1].id]
    other = BoardPage(doc)
    qtbot.addWidget(other)
    before = {n.id: (n.pos_x, n.pos_y) for n in doc.notes.notes()}
    other.actions["arrange_category"].trigger()  # the Board menu, board tab not open
    assert {n.id: (n.pos_x, n.pos_y) for n in doc.notes.notes()} != before
    assert other.undo_stack.count() == 1
