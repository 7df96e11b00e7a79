"""Voting on the shared screen, end to end through the real windows."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from test_session_support import (  # noqa: F401 - fixtures
    button_for,
    click_action,
    doc,
    find,
    ids,
    option_ids,
    page,
    start_voting,
    tap,
)

from studio.core.kinds import ActivityState, ScreenMode, Source


def _answer(qtbot, flow, kind, opts):
    """Answer ``kind`` on the shared screen by clicks; return what the rows must show."""
    w = flow.answer_widget
    if kind == "single_choice":
        tap(qtbot, w, f"option:{opts[1]}")
        return lambda rows: [r.option_id for r in rows] == [opts[1]]
    if kind == "multiple_choice":
        tap(qtbot, w, f"option:{opts[0]}")
        tap(qtbot, w, f"option:{opts[2]}")
        # at most k = 2: the other options are now disabled
        assert not find(w, f"option:{opts[1]}").isEnabled()
        return lambda rows: sorted(r.option_id for r in rows) == sorted([opts[0], opts[2]])
    if kind == "scale":
        tap(qtbot, w, "value:4")
        return lambda rows: [r.value_num for r in rows] == [4.0]
    if kind == "points":
        for _ in range(3):
            tap(qtbot, w, f"plus:{opts[0]}")
        tap(qtbot, w, f"plus:{opts[2]}")
        tap(qtbot, w, f"plus:{opts[2]}")
        assert not find(w, f"plus:{opts[1]}").isEnabled()  # budget of 5 used up
        tap(qtbot, w, f"minus:{opts[2]}")
        return lambda rows: {r.option_id: r.value_num for r in rows} == {opts[0]: 3.0,
                                                                         opts[2]: 1.0}
    if kind == "ranking":
        for oid in (opts[2], opts[0], opts[1]):
            tap(qtbot, w, f"pool:{oid}")
        return lambda rows: {r.option_id: r.value_num for r in rows} == {
            opts[2]: 1.0, opts[0]: 2.0, opts[1]: 3.0}
    if kind == "matrix":
        field = find(w, "matrixInput")
        f = field.field()
        point = QPoint(round(f.left() + f.width() * 0.75), round(f.top() + f.height() * 0.25))
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=point)
        return lambda rows: (abs(rows[0].value_x - 0.75) < 0.02
                             and abs(rows[0].value_y - 0.75) < 0.02)
    if kind == "statements":
        tap(qtbot, w, f"stance:{opts[0]}:agree")
        tap(qtbot, w, f"stance:{opts[1]}:pass")
        return lambda rows: {r.option_id: r.value_text for r in rows} == {opts[0]: "agree",
                                                                          opts[1]: "pass"}
    raise AssertionError(kind)


VOTING_KINDS = ["single_choice", "multiple_choice", "scale", "points", "ranking", "matrix",
                "statements"]


@pytest.mark.parametrize("kind", VOTING_KINDS)
def test_every_kind_by_clicks_on_the_shared_screen(qtbot, page, doc, ids, kind):
    flow = page.stage.flow
    start_voting(qtbot, page, ids[kind])
    assert doc.workshops.activity(ids[kind]).state == ActivityState.OPEN.value
    opts = option_ids(doc, ids[kind])
    for person, group in enumerate(["residents", None]):
        tap(qtbot, flow, f"group:{group or 'none'}")
        assert flow.page_name() == "answer"
        submit = find(flow, "submitButton")
        assert not submit.isEnabled()  # nothing answered yet: no empty ballot
        check = _answer(qtbot, flow, kind, opts)
        assert submit.isEnabled()
        tap(qtbot, flow, "submitButton")
        # The confirmation appears with the ballot on disk, and the console counts it.
        assert flow.page_name() == "confirm"
        # The workshop is German: so is the shared screen (the console: the app's English).
        assert find(flow, "confirmText").text() == "Danke! Ihre Stimme ist gespeichert."
        assert flow.answer_widget is None
        rows = [r for r in doc.ballots.responses(ids[kind])]
        ballots = {r.ballot_id for r in rows}
        assert len(ballots) == person + 1
        mine = [r for r in rows if r.stakeholder_group == group]
        assert check(mine) and all(r.source == Source.SCREEN.value for r in mine)
        assert page.counter.text() == ("1 ballot" if person == 0 else f"{person + 1} ballots")
        # A tap calls the next person: a clean screen, nothing of the answer left.
        qtbot.mouseClick(flow.confirm_page, Qt.MouseButton.LeftButton)
        assert flow.page_name() == "group"
    tap(qtbot, flow, "group:none")
    assert flow.answer_widget.answer() is None


def test_single_choice_by_keyboard_only(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["single_choice"])
    opts = option_ids(doc, ids["single_choice"])
    skip = find(flow, "group:none")
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_Space)
    assert flow.page_name() == "answer"
    first = find(flow.answer_widget, f"option:{opts[0]}")
    assert flow.window().focusWidget() is first  # the first option has the focus ring
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert flow.answer_widget.answer() == {"option": opts[0]}
    submit = find(flow, "submitButton")
    submit.setFocus()
    qtbot.keyClick(submit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.page_name() == "confirm")
    assert doc.ballots.ballot_count(ids["single_choice"]) == 1
    qtbot.keyClick(flow.confirm_page, Qt.Key.Key_Space)
    assert flow.page_name() == "group"


def test_matrix_by_arrow_keys_and_ranking_by_drag(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["matrix"])
    tap(qtbot, flow, "group:none")
    field = find(flow.answer_widget, "matrixInput")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Space)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert flow.answer_widget.answer() == {"x": 0.55, "y": 0.6}

    # The same person goes on with the next activity: not asked for the group again.
    page.control.go_to(ids["scenario"], ids["ranking"])
    click_action(qtbot, page, "session.open")
    qtbot.waitUntil(lambda: flow.page_name() == "answer"
                    and flow.spec.id == ids["ranking"])
    w = flow.answer_widget
    opts = option_ids(doc, ids["ranking"])
    for oid in opts:
        tap(qtbot, w, f"pool:{oid}")
    assert w.answer() == {"order": opts}
    # drag the first ranked option below the last one
    first, last = find(w, f"rank:{opts[0]}"), find(w, f"rank:{opts[2]}")
    start = first.rect().center()
    target = first.mapFrom(w, last.mapTo(w, last.rect().center()) + QPoint(0, 10))
    qtbot.mousePress(first, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(first, start + (target - start) * step / 5)
    qtbot.mouseRelease(first, Qt.MouseButton.LeftButton, pos=target)
    assert w.answer() == {"order": [opts[1], opts[2], opts[0]]}
    # ▲ moves it back up by one (keyboard users)
    tap(qtbot, w, f"up:{opts[0]}")
    assert w.answer() == {"order": [opts[1], opts[0], opts[2]]}
    # a tap on a ranked option puts it back in the pool
    tap(qtbot, w, f"rank:{opts[1]}")
    assert w.answer() is None and w.order == [opts[0], opts[2]]


def test_sticky_notes_typed_on_the_screen_and_at_the_laptop(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["notes"])
    tap(qtbot, flow, "group:staff")
    w = flow.answer_widget
    tap(qtbot, w, "category:concern")
    text = find(w, "noteText")
    text.setFocus()
    qtbot.keyClicks(text, "<b>Daten</b> bitte")
    text.insertPlainText(" löschen 🙂")  # as an input method would (QTest types no emoji)
    tap(qtbot, flow, "submitButton")
    assert find(flow, "confirmText").text() == "Danke! Ihre Notiz ist gespeichert."
    notes = [n for n in doc.notes.notes() if n.activity_id == ids["notes"]]
    assert [(n.text, n.category, n.source, n.stakeholder_group) for n in notes] == [
        ("<b>Daten</b> bitte löschen 🙂", "concern", "screen", "staff")]
    assert page.counter.text() == "1 note"
    # the facilitator types one heard in the room
    entry = page.laptop_notes
    assert page.laptop_box.isVisible()
    entry.text.setText("Mehr Beteiligung im Osten")
    qtbot.mouseClick(entry.add_button, Qt.MouseButton.LeftButton)
    sources = sorted(n.source for n in doc.notes.notes() if n.activity_id == ids["notes"])
    assert sources == ["laptop", "screen"]
    assert page.counter.text() == "2 notes"


def test_no_confirmation_when_the_vote_is_not_committed(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["single_choice"])
    opts = option_ids(doc, ids["single_choice"])
    tap(qtbot, flow, "group:none")
    tap(qtbot, flow.answer_widget, f"option:{opts[0]}")
    # Voting closes in the file while this person is still answering, before the shared
    # screen hears of it (as when the change comes from another thread, e.g. a phone server).
    doc.session_signals.blockSignals(True)
    doc.facilitation.close_voting(ids["single_choice"])
    doc.session_signals.blockSignals(False)
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "answer"
    assert "nicht geöffnet" in find(flow, "answerError").text()  # the workshop's German
    assert doc.ballots.ballot_count(ids["single_choice"]) == 0


def test_results_hidden_until_revealed_then_chart_shows_the_votes(qtbot, page, doc, ids):
    stage = page.stage
    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    for oid in (opts[0], opts[0], opts[2]):
        doc.ballots.cast_ballot(act, {"option": oid})
    doc.notify("ballots")
    click_action(qtbot, page, "session.show_results")
    assert stage.mode is ScreenMode.RESULTS
    assert find(stage, "resultsHidden").isVisible()
    assert not stage.results.isVisible()
    # the console sees live results all along
    qtbot.waitUntil(lambda: page.results.data is not None and page.results.data.result.n == 3)
    click_action(qtbot, page, "session.reveal")
    assert doc.workshops.activity(act).state == ActivityState.REVEALED.value
    qtbot.waitUntil(lambda: stage.results.isVisible() and stage.results.data is not None)
    fig = stage.results.canvas.figure
    widths = {a.get_gid(): a.get_width() for a in fig.findobj(
        lambda a: (a.get_gid() or "").startswith("bar:"))}
    assert widths == {f"bar:{opts[0]}": 2, f"bar:{opts[1]}": 0, f"bar:{opts[2]}": 1}
    caption = [a for a in fig.findobj(lambda a: a.get_gid() == "caption")][0]
    assert caption.get_text() == "n = 3"


def test_live_chart_redraws_are_throttled(qtbot, page, doc, ids):
    act = ids["scale"]
    start_voting(qtbot, page, act)
    view = page.results
    qtbot.waitUntil(lambda: not view.timer.isActive())
    draws = []
    view.drawn.connect(lambda: draws.append(1))
    for v in (1, 2, 3, 4, 5):
        doc.ballots.cast_ballot(act, {"value": v})
        doc.notify("ballots")
    assert view.timer.isActive() and draws == []  # one pending redraw for the burst
    with qtbot.waitSignal(view.drawn, timeout=2000):
        pass
    assert len(draws) == 1 and view.data.result.n == 5


def test_undo_last_ballot_and_confirmed_reset_are_logged(qtbot, page, doc, ids, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from studio.core.events import list_events

    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    for oid in opts:
        doc.ballots.cast_ballot(act, {"option": oid})
    doc.notify("ballots")
    assert page.counter.text() == "3 ballots"
    click_action(qtbot, page, "session.undo_ballot")
    assert doc.ballots.ballot_count(act) == 2 and page.counter.text() == "2 ballots"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    click_action(qtbot, page, "session.reset")
    assert doc.ballots.ballot_count(act) == 2  # refused: nothing happens
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_action(qtbot, page, "session.reset")
    assert doc.ballots.ballot_count(act) == 0 and page.counter.text() == "0 ballots"
    assert doc.workshops.activity(act).state == ActivityState.DRAFT.value
    assert page.stage.flow.page_name() == "closed"
    with doc.store.reader() as s:
        kinds = [e.kind for e in list_events(s, doc.workshops.get().id)]
    assert "ballot_withdrawn" in kinds and "activity_reset" in kinds


def test_stage_shows_the_card_in_the_workshop_language(qtbot, page, doc, ids):
    page.control.go_to(ids["scenario"], None)
    stage = page.stage
    assert stage.mode is ScreenMode.CARD
    card = stage.card
    assert card.fields["title"].text() == "Gebäudebestand für die Wärmeplanung"
    assert "Hohes Risiko" in card.fields["ai_act_category"].text()  # headings follow too
    assert card.fields["influence"].text() == ("• Welche Stadtteile zuerst\n"
                                               "• Wie Ergebnisse veröffentlicht werden")
    assert card.fields["decided"].text() == "Imagery from 2023 is used."  # fallback to en
    assert "human_oversight" not in card.fields  # missing keys are simply left out
    doc.workshops.update(language="en")
    doc.notify("workshop")
    assert card.fields["title"].text() == "Building stock for heat planning"
    assert "High risk" in card.fields["ai_act_category"].text()
    assert card.fields["title"].textFormat() == Qt.TextFormat.PlainText
