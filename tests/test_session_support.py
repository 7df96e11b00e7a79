"""Shared set-up of the session tests: a small workshop with every activity kind.

(No tests here; the other test_session_* modules import these helpers.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

CARD = {
    "id": "heat-planning",
    "title": {"de": "Gebäudebestand für die Wärmeplanung",
              "en": "Building stock for heat planning"},
    "summary": {"de": "Eine KI wertet Straßenbilder aus.", "en": "An AI analyses street imagery."},
    "ai_act_category": "high_risk",
    "ai_act_reason": {"de": "Betrifft wesentliche Leistungen."},
    "decision_role": "recommends",
    "personal_data": "pseudonymised",
    "influence": {"de": ["Welche Stadtteile zuerst", "Wie Ergebnisse veröffentlicht werden"]},
    "decided": {"en": "Imagery from 2023 is used."},
}

ACTIVITIES = {
    "single_choice": dict(prompt="Wie soll die Stadt weitermachen?",
                          options=["Weiter so", "Pausieren", "Stoppen"]),
    "multiple_choice": dict(prompt="Was ist wichtig?", options=["Datenschutz", "Fairness",
                                                                 "Transparenz", "Kosten"],
                            settings={"max_choices": 2}),
    "scale": dict(prompt="Wie nützlich?", settings={"min": 1, "max": 5,
                                                    "min_label": "gar nicht",
                                                    "max_label": "sehr",
                                                    "allow_dont_know": True}),
    "points": dict(prompt="Verteilen Sie 5 Punkte", options=["A", "B", "C"],
                   settings={"budget": 5}),
    "ranking": dict(prompt="Ordnen Sie", options=["Erstens", "Zweitens", "Drittens"]),
    "matrix": dict(prompt="Nutzen gegen Risiko", settings={"x_label": "Risiko",
                                                            "y_label": "Nutzen"}),
    "statements": dict(prompt="Stimmen Sie zu?", options=["Aussage eins", "Aussage zwei"]),
    "notes": dict(prompt="Hoffnungen und Bedenken"),
}


def build_workshop(doc) -> dict[str, str]:
    """Add the card and one activity per kind; returns {kind: activity id, "scenario": id}."""
    sc = doc.workshops.add_scenario(CARD)
    ids = {"scenario": sc.id}
    for kind, spec in ACTIVITIES.items():
        act = doc.workshops.add_activity(sc.id, kind, spec["prompt"], spec.get("options"),
                                         spec.get("settings"), timebox_minutes=2)
        ids[kind] = act.id
    return ids


@pytest.fixture
def doc():
    from studio.ui.document import WorkshopDocument

    document = WorkshopDocument.memory("Testworkshop")
    # No pause between people here: the tests of that pause set it themselves.
    document.participation.set_pacing(next_person_seconds=0)
    yield document
    document.close()


@pytest.fixture
def ids(doc):
    return build_workshop(doc)


def open_page(qtbot, doc):
    """The console of ``doc`` at a laptop size, with its shared screen up."""
    from studio.ui.session.page import SessionPage

    p = SessionPage(doc)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    qtbot.waitUntil(lambda: p.stage.isVisible())
    return p


@pytest.fixture
def page(qtbot, doc, ids):
    p = open_page(qtbot, doc)
    yield p
    p.shutdown()


def option_ids(doc, activity_id: str) -> list[str]:
    act = doc.workshops.activity(activity_id)
    return [o.id for o in sorted(act.options, key=lambda o: o.position)]


def button_for(page, action_id: str) -> QToolButton:
    action = page.control.actions[action_id]
    for button in page.findChildren(QToolButton):
        if button.defaultAction() is action:
            return button
    raise LookupError(action_id)


def click_action(qtbot, page, action_id: str) -> None:
    """Click the console's button for ``action_id`` (as the facilitator would)."""
    button = button_for(page, action_id)
    assert button.isEnabled(), f"{action_id} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def find(widget: QWidget, name: str) -> QWidget:
    found = widget.findChild(QWidget, name)
    assert found is not None, f"no widget named {name!r}"
    return found


def tap(qtbot, widget: QWidget, name: str) -> None:
    target = find(widget, name)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be tapped"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def start_voting(qtbot, page, activity_id: str) -> None:
    page.control.go_to(page.control.scenario.id if page.control.scenario else
                       page.doc.workshops.activity(activity_id).scenario_id, activity_id)
    click_action(qtbot, page, "session.open")
    # A new person is asked for their group; one still there goes on to answer.
    flow = page.stage.flow
    qtbot.waitUntil(lambda: flow.spec is not None and flow.spec.id == activity_id
                    and flow.page_name() in ("group", "answer"))
