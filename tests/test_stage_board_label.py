"""The line above the shared screen's board says what the board shows (issue 13, item 2).

The board and dot voting show the notes of every scenario: labelled with the
current scenario's title, the room would read them as that scenario's notes.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

from test_session_support import CARD, doc, ids, page  # noqa: F401 - fixtures

from studio.core.kinds import ScreenMode
from studio.ui.canvas.focus import BOARD, CLUSTER, Focus, stage_focus
from studio.ui.i18n import translate_in


def show(qtbot, doc, stage, mode: ScreenMode) -> None:
    doc.facilitation.set_screen_mode(mode)
    doc.notify("session")
    qtbot.waitUntil(lambda: stage.mode is mode)


def top_line(stage) -> str:
    label = stage.scenario_label
    assert label.isVisible()
    return label.text()


def test_the_board_is_not_labelled_with_the_current_scenario(qtbot, page, doc, ids):
    stage = page.stage
    title = CARD["title"]["en"]
    doc.workshops.update(language="en")
    doc.notify("workshop")
    doc.facilitation.set_current(ids["scenario"])
    a = doc.notes.add_note("Bilder sofort löschen", "concern", pos=(100, 100))
    doc.notes.add_note("Ein Mensch prüft jede Einstufung", "condition", pos=(400, 100))
    show(qtbot, doc, stage, ScreenMode.ACTIVITY)
    assert title in top_line(stage)  # an activity belongs to the current scenario

    show(qtbot, doc, stage, ScreenMode.BOARD)
    assert top_line(stage) == "Notes board – all scenarios"
    show(qtbot, doc, stage, ScreenMode.DOTS)
    assert top_line(stage) == "Notes board – all scenarios"

    # one cluster large: the line names that cluster, and follows its new name
    show(qtbot, doc, stage, ScreenMode.BOARD)
    cluster = doc.notes.create_cluster("Datenschutz", [a.id])
    doc.notify("notes")
    stage_focus(doc).set_focus(Focus(CLUSTER, cluster.id))
    qtbot.waitUntil(lambda: stage.scenario_label.text() == "Datenschutz")
    doc.notes.rename_cluster(cluster.id, "Löschfristen")
    doc.notify("notes")
    qtbot.waitUntil(lambda: stage.scenario_label.text() == "Löschfristen")
    stage_focus(doc).set_focus(Focus(BOARD))
    qtbot.waitUntil(lambda: stage.scenario_label.text() == "Notes board – all scenarios")

    # in the workshop's language
    doc.workshops.update(language="de")
    doc.notify("workshop")
    qtbot.waitUntil(lambda: stage.language == "de")
    expected = translate_in("de", "StageWindow", "Notes board – all scenarios")
    assert expected == "Pinnwand – alle Szenarien"
    assert top_line(stage) == expected
    assert CARD["title"]["de"] not in top_line(stage)
