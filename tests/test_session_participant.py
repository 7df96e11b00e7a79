"""The participant side of the shared screen under stress: a failing disk, a stuffed
ballot box, a guessed PIN, the group question and the plan's note categories.

Every test drives the real windows (console and shared screen) with clicks and keys.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from test_session_support import (  # noqa: F401 - fixtures
    click_action,
    doc,
    find,
    ids,
    option_ids,
    page,
    start_voting,
    tap,
)

from studio.core.kinds import Source


class DiskFull:
    """Make the workshop's database refuse writes to ``table`` as a full disk would."""

    def __init__(self, doc, table: str) -> None:
        self.engine = doc.store.engine
        self.prefix = f"INSERT INTO {table.upper()} "
        self.on = True
        event.listen(self.engine, "before_cursor_execute", self._fail)

    def _fail(self, conn, cursor, statement, params, context, executemany) -> None:
        if self.on and statement.lstrip().upper().startswith(self.prefix):
            raise sqlite3.OperationalError("database or disk is full")

    def remove(self) -> None:
        self.on = False
        event.remove(self.engine, "before_cursor_execute", self._fail)


# -- 15.4: a write that fails during voting ------------------------------------------------
def test_a_failed_write_is_said_on_both_screens_and_the_answer_stays(qtbot, page, doc, ids):
    flow = page.stage.flow
    confirmed = []
    flow.submitted.connect(confirmed.append)
    start_voting(qtbot, page, ids["single_choice"])
    opts = option_ids(doc, ids["single_choice"])
    tap(qtbot, flow, "group:residents")
    tap(qtbot, flow.answer_widget, f"option:{opts[1]}")
    disk = DiskFull(doc, "ballot")
    tap(qtbot, flow, "submitButton")
    # Nothing confirmed: the person sees that it was not saved (in the workshop's German) ...
    assert flow.page_name() == "answer" and not confirmed
    assert "NICHT gespeichert" in find(flow, "answerError").text()
    # ... the facilitator sees it on the console ...
    assert page.status.text().startswith("⚠")
    assert "NOT saved" in page.status.text() and "disk is full" in page.status.text()
    assert doc.ballots.ballot_count(ids["single_choice"]) == 0
    # ... and the answer is still there, to be submitted again once the disk has room.
    assert flow.answer_widget.answer() == {"option": opts[1]}
    submit = find(flow, "submitButton")
    assert submit.isEnabled()
    disk.remove()
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "confirm" and len(confirmed) == 1
    rows = doc.ballots.responses(ids["single_choice"])
    assert [(r.option_id, r.stakeholder_group) for r in rows] == [(opts[1], "residents")]


def test_a_note_that_cannot_be_written_is_not_confirmed(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["notes"])
    tap(qtbot, flow, "group:none")
    tap(qtbot, flow.answer_widget, "category:idea")
    text = find(flow.answer_widget, "noteText")
    text.setFocus()
    qtbot.keyClicks(text, "Mehr Sitzbaenke am Markt")
    disk = DiskFull(doc, "note")
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "answer"
    assert "NICHT gespeichert" in find(flow, "answerError").text()
    assert "NOT saved" in page.status.text()
    assert find(flow.answer_widget, "noteText").toPlainText() == "Mehr Sitzbaenke am Markt"
    assert not [n for n in doc.notes.notes() if n.activity_id == ids["notes"]]
    disk.remove()
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "confirm"
    assert [n.text for n in doc.notes.notes() if n.activity_id == ids["notes"]] == [
        "Mehr Sitzbaenke am Markt"]


# -- 15.17: ballot stuffing ---------------------------------------------------------------
def test_the_next_person_waits_a_visible_moment(qtbot, page, doc, ids):
    """Space and Tab alone cannot pour ballots in: after each one the screen pauses."""
    doc.participation.set_pacing(next_person_seconds=2)
    doc.notify("workshop")
    flow = page.stage.flow
    start_voting(qtbot, page, ids["single_choice"])
    skip = find(flow, "group:none")
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_Space)
    first = flow.window().focusWidget()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    submit = find(flow, "submitButton")
    submit.setFocus()
    qtbot.keyClick(submit, Qt.Key.Key_Space)
    assert flow.page_name() == "confirm"
    # Tapping and pressing keys on the thank-you page does nothing during the pause,
    # and the screen says how long it lasts.
    hint = find(flow, "nextPersonHint")
    assert "Sekunde" in hint.text()
    for _ in range(5):
        qtbot.keyClick(flow.confirm_page, Qt.Key.Key_Space)
        qtbot.mouseClick(flow.confirm_page, Qt.MouseButton.LeftButton)
    assert flow.page_name() == "confirm"
    assert doc.ballots.ballot_count(ids["single_choice"]) == 1
    # Then the next person may start.
    qtbot.waitUntil(flow.ready_for_next, timeout=5000)
    assert "Sekunde" not in hint.text()
    qtbot.keyClick(flow.confirm_page, Qt.Key.Key_Space)
    assert flow.page_name() == "group"


def test_the_console_is_warned_when_ballots_come_too_fast(qtbot, page, doc, ids):
    doc.participation.set_pacing(burst_ballots=2, burst_seconds=600)
    doc.notify("workshop")
    flow = page.stage.flow
    start_voting(qtbot, page, ids["single_choice"])
    opts = option_ids(doc, ids["single_choice"])
    for n in range(3):
        assert "faster than people can answer" not in page.status.text()
        tap(qtbot, flow, "group:none")
        tap(qtbot, flow.answer_widget, f"option:{opts[0]}")
        tap(qtbot, flow, "submitButton")
        assert flow.page_name() == "confirm"
        qtbot.mouseClick(flow.confirm_page, Qt.MouseButton.LeftButton)
    assert doc.ballots.ballot_count(ids["single_choice"]) == 3
    assert "3 ballots in the last 600 seconds" in page.status.text()
    assert "faster than people can answer" in page.status.text()


# -- 15.15: the PIN lockout belongs to the session ------------------------------------------
def _participant_mode(qtbot, page):
    page.pins.set_pin("2468")
    click_action(qtbot, page, "session.participant")
    qtbot.waitUntil(lambda: page.stage.participant_mode)


def _open_pad(qtbot, stage):
    tap(qtbot, stage, "leaveParticipantMode")
    qtbot.waitUntil(lambda: stage.pin_dialog is not None and stage.pin_dialog.isVisible())
    return stage.pin_dialog


def test_cancel_and_reopen_give_no_fresh_tries(qtbot, page, doc, ids):
    stage = page.stage
    _participant_mode(qtbot, page)
    dialog = _open_pad(qtbot, stage)
    qtbot.keyClicks(dialog, "0000")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.unlock_timer.isActive()
    assert not find(dialog, "pin:1").isEnabled()
    # the console shows the failed attempt
    assert "wrong facilitator PIN" in page.status.text() and "1 in a row" in page.status.text()
    # Cancel and open the pad again: still locked, even the right PIN is not taken.
    tap(qtbot, dialog, "pin:cancel")
    qtbot.waitUntil(lambda: stage.pin_dialog is None)
    dialog = _open_pad(qtbot, stage)
    assert dialog.unlock_timer.isActive() and not find(dialog, "pin:2").isEnabled()
    assert "Sekunde" in find(dialog, "pinMessage").text()
    qtbot.keyClicks(dialog, "2468")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert stage.participant_mode
    # After the wait, a second wrong PIN: the wait grows, and the count is the session's.
    qtbot.waitUntil(lambda: not dialog.unlock_timer.isActive(), timeout=5000)
    qtbot.keyClicks(dialog, "1111")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert "2 in a row" in page.status.text() and "waits 2 s" in page.status.text()
    assert doc.pin_lockout.state().failures == 2
    # A restarted app (a new console on the same workshop) is still locked.
    from test_session_support import open_page

    dialog.reject()
    click_action(qtbot, page, "session.participant")  # the console leaves it (no PIN)
    qtbot.waitUntil(lambda: not stage.participant_mode)
    page.stage.close()
    again = open_page(qtbot, doc)
    try:
        again.pins.set_pin("2468")
        click_action(qtbot, again, "session.participant")
        qtbot.waitUntil(lambda: again.stage.participant_mode)
        fresh = _open_pad(qtbot, again.stage)
        assert fresh.tries == 2 and fresh.unlock_timer.isActive()
        # The right PIN, once the wait is over, leaves participant mode and clears the count.
        qtbot.waitUntil(lambda: not fresh.unlock_timer.isActive(), timeout=5000)
        qtbot.keyClicks(fresh, "2468")
        qtbot.keyClick(fresh, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not again.stage.participant_mode)
        assert doc.pin_lockout.state().failures == 0
    finally:
        again.shutdown()


# -- 13.1: the group question, once per person -----------------------------------------------
def test_the_group_is_asked_once_per_person(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["notes"])
    tap(qtbot, flow, "group:staff")
    # the answer page says which group the answer counts for
    assert find(flow, "answerGroup").text() == "Ihre Gruppe: Verwaltung"
    for text in ("Erste Notiz", "Zweite Notiz"):
        tap(qtbot, flow.answer_widget, "category:hope")
        box = find(flow.answer_widget, "noteText")
        box.setFocus()
        qtbot.keyClicks(box, text)
        tap(qtbot, flow, "submitButton")
        assert flow.page_name() == "confirm"
        # the same person writes another note: no group question in between
        tap(qtbot, flow, "anotherNote")
        assert flow.page_name() == "answer"
    # The facilitator moves on while this person is still there: the group is kept.
    page.control.go_to(ids["scenario"], ids["single_choice"])
    click_action(qtbot, page, "session.open")
    qtbot.waitUntil(lambda: flow.spec.id == ids["single_choice"])
    assert flow.page_name() == "answer"
    tap(qtbot, flow.answer_widget, f"option:{option_ids(doc, ids['single_choice'])[0]}")
    tap(qtbot, flow, "submitButton")
    notes = [n for n in doc.notes.notes() if n.activity_id == ids["notes"]]
    assert [n.stakeholder_group for n in notes] == ["staff", "staff"]
    assert [r.stakeholder_group for r in doc.ballots.responses(ids["single_choice"])] == [
        "staff"]
    # Next person: asked again.
    qtbot.mouseClick(flow.confirm_page, Qt.MouseButton.LeftButton)
    assert flow.page_name() == "group"


@pytest.mark.parametrize("where", ["activity", "workshop"])
def test_the_facilitator_switches_the_group_question_off(qtbot, page, doc, ids, where):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["single_choice"])
    assert flow.page_name() == "group"
    box = find(page, "askGroupActivity" if where == "activity" else "askGroupWorkshop")
    assert box.isChecked() and box.isVisible()
    box.click()  # as a click or Space on the console's check box would
    # The person at the screen is not asked any more; their answer carries no group.
    qtbot.waitUntil(lambda: flow.page_name() == "answer")
    assert not find(flow, "backButton").isVisible()
    tap(qtbot, flow.answer_widget, f"option:{option_ids(doc, ids['single_choice'])[2]}")
    tap(qtbot, flow, "submitButton")
    qtbot.mouseClick(flow.confirm_page, Qt.MouseButton.LeftButton)
    assert flow.page_name() == "answer"  # the next person is not asked either
    assert [r.stakeholder_group for r in doc.ballots.responses(ids["single_choice"])] == [None]
    # Another activity: asked again when only this activity was switched off.
    page.control.go_to(ids["scenario"], ids["scale"])
    click_action(qtbot, page, "session.open")
    qtbot.waitUntil(lambda: flow.spec.id == ids["scale"])
    assert flow.page_name() == ("group" if where == "activity" else "answer")
    assert find(page, "askGroupActivity").isChecked() is True
    # the setting is in the file, and in the event log
    question = doc.participation.group_question(ids["single_choice"])
    assert question.asked is False


# -- 13.3: the plan's note categories -------------------------------------------------------
def test_only_the_activitys_note_categories_are_offered_and_taken(qtbot, doc, ids):
    from test_session_support import open_page

    sc = ids["scenario"]
    act = doc.workshops.add_activity(sc, "notes", "Hoffnungen und Bedenken?", None,
                                     {"categories": ["hope", "concern"]})
    one = doc.workshops.add_activity(sc, "notes", "Unter welchen Bedingungen?", None,
                                     {"categories": ["condition"]})
    p = open_page(qtbot, doc)
    try:
        flow = p.stage.flow
        start_voting(qtbot, p, act.id)
        tap(qtbot, flow, "group:none")
        offered = sorted(k for k in flow.answer_widget.tiles)
        assert offered == ["concern", "hope"]
        # the facilitator's laptop entry offers the same two
        combo = p.laptop_notes.category
        assert [combo.itemData(i) for i in range(combo.count())] == ["hope", "concern"]
        assert flow.answer_widget.findChild(type(find(flow.answer_widget, "category:hope")),
                                            "category:idea") is None
        # the service refuses another category, however it is asked
        from studio.base.errors import ValidationError

        with pytest.raises(ValidationError) as err:
            doc.notes.add_note("Eine Idee", "idea", activity_id=act.id, source=Source.SCREEN)
        assert "Hoffnung" in err.value.user_message() or "hope" in err.value.user_message()
        assert not [n for n in doc.notes.notes() if n.activity_id == act.id]
        # an activity with one category: it is chosen already
        p.control.go_to(sc, one.id)
        click_action(qtbot, p, "session.open")
        qtbot.waitUntil(lambda: flow.spec.id == one.id)
        assert list(flow.answer_widget.tiles) == ["condition"]
        box = find(flow.answer_widget, "noteText")
        box.setFocus()
        qtbot.keyClicks(box, "Nur mit Widerspruchsrecht")
        tap(qtbot, flow, "submitButton")
        assert [(n.category, n.text) for n in doc.notes.notes() if n.activity_id == one.id] \
            == [("condition", "Nur mit Widerspruchsrecht")]
    finally:
        p.shutdown()
