"""Workshop plans: the file format, validation messages, and workshops made from plans."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from studio import paths
from studio.core.card_files import save_card
from studio.core.cards import load_catalog
from studio.core.kinds import ActivityKind
from studio.core.plans import (
    Plan,
    PlanActivity,
    PlanFileError,
    PlanNotReady,
    PlanScenario,
    create_workshop_from_plan,
    load_plan,
    plan_to_toml,
    save_plan,
    validate_plan,
)
from studio.core.templates import TEMPLATES, template
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore

EXAMPLES = sorted(paths.bundled_plans_dir().glob("*.plan.toml"))


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([paths.resource("scenarios")])


def _activity(tid: str, language: str = "de", **over) -> PlanActivity:
    spec = template(tid).defaults(language)
    spec.update(over)
    return PlanActivity(
        kind=spec["kind"],
        prompt=spec["prompt"],
        options=spec["options"],
        settings=spec["settings"],
        timebox_minutes=spec["timebox_minutes"],
        template=spec["template"],
    )


def _plan() -> Plan:
    return Plan(
        title="Test",
        date=dt.date(2025, 3, 4),
        place="Rathaus",
        agenda=[
            PlanScenario(
                "buergerservice-chatbot", 10, [_activity("usefulness"), _activity("acceptance")]
            ),
            PlanScenario(
                "wohngeld-risikobewertung", 5, [_activity("pilot_first", options=["A", "B"])]
            ),
        ],
    )


def test_an_example_plan_ships_and_validates(catalog):
    assert EXAMPLES, "sessions/ holds an example plan"
    for path in EXAMPLES:
        plan = load_plan(path)
        assert validate_plan(plan, catalog) == []
        assert len(plan.agenda) >= 3
        kinds = {a.kind for item in plan.agenda for a in item.activities}
        assert {ActivityKind.SCALE, ActivityKind.NOTES, ActivityKind.POINTS} <= kinds
        # The file is exactly what the app would write: saving an unchanged plan gives no diff.
        assert path.read_text(encoding="utf-8") == plan_to_toml(plan)


def test_every_template_makes_a_valid_activity_in_both_languages():
    for tpl in TEMPLATES:
        for lang in ("de", "en"):
            spec = tpl.defaults(lang, ["Eins", "Zwei"])
            act = PlanActivity(
                spec["kind"],
                spec["prompt"] or "Frage?",
                spec["options"],
                spec["settings"],
                spec["timebox_minutes"],
                spec["template"],
            )
            if spec["kind"] in (ActivityKind.SINGLE_CHOICE, ActivityKind.MULTIPLE_CHOICE):
                act.options = ["Ja", "Nein"]
            plan = Plan(title="T", agenda=[PlanScenario("c", 5, [act])])
            assert validate_plan(plan) == [], (tpl.id, lang)


def test_save_and_load_round_trip(tmp_path):
    plan = _plan()
    plan.notes = 'Zeile 1\nZeile 2 „Zitat“ "quoted" 😀'
    plan.stakeholder_groups.append({"key": "youth", "de": "Jugend", "en": "Youth"})
    path = tmp_path / "x.plan.toml"
    save_plan(plan, path)
    assert load_plan(path) == plan
    assert plan.total_minutes == 10 + 5 + 5 + 5 + 10


def test_validation_messages(catalog):
    plan = Plan(title="")
    messages = [str(p) for p in validate_plan(plan, catalog)]
    assert "The plan needs a title." in messages
    assert "The agenda is empty. Add at least one scenario card." in messages

    plan = _plan()
    plan.agenda[0].activities.append(PlanActivity(ActivityKind.SINGLE_CHOICE, "Welche?", []))
    plan.agenda[0].activities.append(
        PlanActivity(ActivityKind.SCALE, "Wie?", [], {"min": 1, "max": 5})
    )
    plan.agenda[1].activities.append(
        PlanActivity(ActivityKind.POINTS, "Punkte?", ["A", "B"], {"budget": 0})
    )
    plan.agenda.append(PlanScenario("gibt-es-nicht"))
    plan.stakeholder_groups = []
    problems = validate_plan(plan, catalog)
    text = [str(p) for p in problems]
    assert "Scenario 1, activity 3: The activity “Welche?” needs at least two options." in text
    assert "Scenario 1, activity 4: The scale of “Wie?” needs labels for both ends." in text
    assert "Scenario 2, activity 2: The point budget of “Punkte?” must be at least 1." in text
    assert any("the card “gibt-es-nicht” is not in the card library" in t for t in text)
    assert "Offer at least one stakeholder group to pick from." in text
    located = {(p.scenario, p.activity) for p in problems}
    assert {(0, 2), (0, 3), (1, 1), (2, None)} <= located


@pytest.mark.parametrize(
    "text, where",
    [
        ("title = [", "TOML"),
        ('format = "something-else"', "format"),
        ('format = "codesign-studio-plan"\nformat_version = 99', "format_version"),
        ('format = "codesign-studio-plan"\ndate = "next tuesday"', "date"),
        ('format = "codesign-studio-plan"\n[[agenda]]\nintro_minutes = 3', "agenda[1]"),
        (
            'format = "codesign-studio-plan"\n[[agenda]]\ncard = "x"\n'
            + '[[agenda.activities]]\nkind = "dance"',
            "agenda[1].activities[1].kind",
        ),
        (
            'format = "codesign-studio-plan"\n[[agenda]]\ncard = "x"\nintro_minutes = -4',
            "agenda[1].intro_minutes",
        ),
    ],
)
def test_broken_plan_files_say_where(tmp_path, text, where):
    path = tmp_path / "broken.plan.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanFileError) as err:
        load_plan(path)
    assert str(err.value).startswith(f"broken.plan.toml: {where}: ")


def test_workshop_from_plan_keeps_its_card_snapshot(tmp_path):
    cards = tmp_path / "cards"
    catalog = load_catalog([paths.resource("scenarios")])
    for card in catalog.cards:
        save_card(card, cards)
    plan = _plan()
    target = tmp_path / "w.workshop"
    store = create_workshop_from_plan(plan, target, load_catalog([cards]))
    try:
        service = WorkshopService(store)
        ws = service.get()
        assert (ws.title, ws.date, ws.place) == ("Test", dt.date(2025, 3, 4), "Rathaus")
        agenda = service.agenda()
        assert [s.card_id for s in agenda] == ["buergerservice-chatbot", "wohngeld-risikobewertung"]
        before = copy.deepcopy(agenda[0].card)
        assert before == catalog.get("buergerservice-chatbot")
        assert [a.kind for a in agenda[0].activities] == ["scale", "statements"]
        assert [o.label for o in agenda[1].activities[0].options] == ["A", "B"]
    finally:
        store.close()

    # The card changes afterwards: the finished workshop still shows what was presented.
    edited = copy.deepcopy(catalog.get("buergerservice-chatbot"))
    edited["version"] = "4"
    edited["title"]["de"] = "Beantworten von Fragen mit einem neuen Chatbot"
    save_card(edited, cards)
    assert load_catalog([cards]).get("buergerservice-chatbot")["version"] == "4"
    store = WorkshopStore.open(target)
    try:
        scenario = WorkshopService(store).agenda()[0]
        assert scenario.card == before
        assert scenario.card_version == "3"
    finally:
        store.close()


def test_workshop_is_not_created_from_a_broken_plan_or_over_a_file(tmp_path, catalog):
    plan = _plan()
    plan.agenda[0].activities[0].settings["min_label"] = ""
    target = tmp_path / "w.workshop"
    with pytest.raises(PlanNotReady) as err:
        create_workshop_from_plan(plan, target, catalog)
    assert "needs labels for both ends" in str(err.value)
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"keep me")
    with pytest.raises(Exception, match="already exists"):
        create_workshop_from_plan(_plan(), target, catalog)
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.workshop"]


def test_example_plan_becomes_a_workshop(tmp_path, catalog):
    plan = load_plan(EXAMPLES[0])
    store = create_workshop_from_plan(plan, tmp_path / "example.workshop", catalog)
    try:
        agenda = WorkshopService(store).agenda()
        assert len(agenda) == len(plan.agenda)
        assert sum(len(s.activities) for s in agenda) == sum(len(i.activities) for i in plan.agenda)
        assert agenda[0].card["illustration_svg"].lstrip().startswith("<svg")
    finally:
        store.close()
    assert not list(Path(tmp_path).glob(".*part*"))
