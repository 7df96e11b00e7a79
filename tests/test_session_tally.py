"""Tallies typed by the facilitator: stored apart from ballots, combined in results."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
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


def _open_tally(qtbot, page):
    click_action(qtbot, page, "session.tally")
    dialog = page.tally_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_show_of_hands_per_group_combines_with_screen_ballots(qtbot, page, doc, ids):
    act = ids["single_choice"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    doc.ballots.cast_ballot(act, {"option": opts[0]})
    doc.notify("ballots")
    dialog = _open_tally(qtbot, page)
    spin = find(dialog, f"tally:{opts[1]}")
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    dialog.group.setCurrentIndex(dialog.group.findData("residents"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rows = doc.ballots.responses(act)
    tally = [r for r in rows if r.ballot_id is None]
    assert [(r.option_id, r.count, r.source, r.stakeholder_group) for r in tally] == [
        (opts[1], 7, "tally", "residents")]
    assert doc.ballots.ballot_count(act) == 1  # tallies are not ballots
    result = doc.results.result(act)
    assert result.n == 8 and result.n_tally == 7
    # The console counts the same n as the results, split by channel.
    assert page.counter.text() == "8 ballots"
    assert page.counter_channels.text() == "Shared screen: 1\nFacilitator tally: 7"
    qtbot.waitUntil(lambda: page.results.data is not None and page.results.data.result.n == 8)


def test_statements_and_scale_tallies_from_paper(qtbot, page, doc, ids):
    act = ids["statements"]
    start_voting(qtbot, page, act)
    opts = option_ids(doc, act)
    dialog = _open_tally(qtbot, page)
    find(dialog, f"tally:{opts[0]}:agree").setValue(4)
    find(dialog, f"tally:{opts[0]}:disagree").setValue(2)
    dialog.source.setCurrentIndex(dialog.source.findData("paper"))
    _save(qtbot, dialog)
    by_key = doc.results.result(act).by_key()
    assert (by_key[opts[0]].agree, by_key[opts[0]].disagree) == (4, 2)
    assert {r.source for r in doc.ballots.responses(act)} == {"paper"}

    act = ids["scale"]
    page.control.go_to(ids["scenario"], act)
    dialog = _open_tally(qtbot, page)
    find(dialog, "tally:5").setValue(3)
    find(dialog, "tally:dont_know").setValue(1)
    _save(qtbot, dialog)
    result = doc.results.result(act)
    assert result.n == 4 and result.dont_know == 1 and result.mean == 5.0


def test_empty_tally_is_refused_with_a_message(qtbot, page, doc, ids):
    page.control.go_to(ids["scenario"], ids["points"])
    dialog = _open_tally(qtbot, page)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert find(dialog, "tallyError").text() == "Enter at least one count."
    assert doc.ballots.responses(ids["points"]) == []


def test_tally_is_offered_only_where_counting_makes_sense(qtbot, page, doc, ids):
    for kind, offered in [("ranking", False), ("matrix", False), ("notes", False),
                          ("points", True), ("multiple_choice", True)]:
        page.control.go_to(ids["scenario"], ids[kind])
        assert page.control.actions["session.tally"].isEnabled() is offered, kind
