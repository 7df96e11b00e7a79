"""The planner window, driven by keyboard and mouse like a facilitator would."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from studio import paths
from studio.core.card_files import card_to_toml
from studio.core.cards import load_catalog
from studio.core.kinds import ActivityKind
from studio.core.plans import load_plan
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore
from studio.ui.planner.agenda_model import AgendaModel
from studio.ui.planner.glossary import GlossaryModel
from studio.ui.planner.library import CardIdRole, CardListModel
from studio.ui.planner.plan_form import GroupsModel
from studio.ui.planner.template_list import TemplateListModel
from studio.ui.planner.window import PlannerWindow

EXAMPLE = sorted(paths.bundled_plans_dir().glob("*.plan.toml"))[0]


@pytest.fixture
def window(qtbot, tmp_path):
    made: list[PlannerWindow] = []

    def make(plan_path: Path | None = None) -> PlannerWindow:
        w = PlannerWindow(plan_path, user_card_dir=tmp_path / "my-cards")
        made.append(w)  # closed below: pytest-qt's own closing would run before our clean-up
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        return w

    yield make
    for w in made:  # closing must not ask about unsaved changes
        w.undo.setClean()
        w.close()
        w.deleteLater()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Answer message boxes without showing them; record what they said."""
    said: list[str] = []

    def record(*args, **kwargs):
        said.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return said


def _save_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _agenda(w: PlannerWindow) -> list[tuple[str, list[str]]]:
    return [(s.card_id, [a.kind.value for a in s.activities]) for s in w.model.plan.agenda]


def test_models_pass_the_model_tester(qtmodeltester):
    model = AgendaModel(load_plan(EXAMPLE))
    qtmodeltester.check(model)
    model.move_scenario(0, 2)
    model.move_activity(1, 0, 1, 1)
    model.move_activity(0, 0, 2, 0)
    model.remove_scenario(1)
    qtmodeltester.check(model)
    cards = CardListModel()
    cards.set_cards(load_catalog([paths.resource("scenarios")]).cards, "en")
    qtmodeltester.check(cards)
    glossary = GlossaryModel()
    glossary.set_entries(cards._cards[0]["glossary"])
    qtmodeltester.check(glossary)
    groups = GroupsModel()
    groups.set_groups(load_plan(EXAMPLE).stakeholder_groups)
    qtmodeltester.check(groups)
    qtmodeltester.check(TemplateListModel())


def test_example_plan_opens_with_total_time_and_no_problems(window):
    w = window(EXAMPLE)
    plan = load_plan(EXAMPLE)
    assert w.model.plan == plan
    assert w.model.rowCount() == len(plan.agenda)
    assert w.total.text() == "Total time: 2:40 h"
    assert w.problem_model.rowCount() == 0
    assert "ready" in w.problems_box.title()
    assert w.library.model.rowCount() >= 8


def test_build_a_plan_by_keyboard_save_and_reopen(window, qtbot, tmp_path, monkeypatch):
    w = window()
    assert [
        w.problem_model.data(w.problem_model.index(i)) for i in range(w.problem_model.rowCount())
    ][-1].endswith("Add at least one scenario card.")

    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert w.details.title.hasFocus()
    qtbot.keyClicks(w.details.title, "Werkstatt per Tastatur")
    assert w.model.plan.title == "Werkstatt per Tastatur"

    # Two cards: type in the search field, go to the list, Enter adds the card.
    for text in ("chatbot", "wohngeld"):
        w.library.search.setFocus()
        w.library.search.selectAll()
        qtbot.keyClicks(w.library.search, text)
        qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert w.library.list.hasFocus()
        qtbot.keyClick(w.library.list, Qt.Key.Key_Down)
        qtbot.keyClick(w.library.list, Qt.Key.Key_Return)
    assert _agenda(w) == [("buergerservice-chatbot", []), ("wohngeld-risikobewertung", [])]

    # Templates: the first ("How useful…") and the single choice, into the current scenario.
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.templates.hasFocus()
    qtbot.keyClick(w.templates, Qt.Key.Key_Home)
    qtbot.keyClick(w.templates, Qt.Key.Key_Return)
    for _ in range(7):
        qtbot.keyClick(w.templates, Qt.Key.Key_Down)
    qtbot.keyClick(w.templates, Qt.Key.Key_Return)
    assert _agenda(w)[1][1] == ["scale", "single_choice"]
    assert "needs at least two options" in w.activity_editor.problem.text()

    editor = w.activity_editor
    editor.prompt.setFocus()
    editor.prompt.selectAll()
    qtbot.keyClicks(editor.prompt, "Soll die Stadt das erproben?")
    editor.options.setFocus()
    qtbot.keyClicks(editor.options, "Ja")
    qtbot.keyClick(editor.options, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.options, "Nein")
    editor.timebox.setFocus()
    editor.timebox.selectAll()
    qtbot.keyClicks(editor.timebox, "7")
    act = w.model.plan.agenda[1].activities[1]
    assert (act.prompt, act.options, act.timebox_minutes) == (
        "Soll die Stadt das erproben?",
        ["Ja", "Nein"],
        7,
    )
    assert editor.problem.text().startswith("✓")

    # Reorder in the agenda: the question first, then the risk scenario first.
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.agenda.hasFocus()
    assert w.current_location() == (1, 1)
    qtbot.keyClick(w.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _agenda(w)[1][1] == ["single_choice", "scale"]
    qtbot.keyClick(w.agenda, Qt.Key.Key_Left)  # to the scenario
    assert w.current_location() == (1, -1)
    qtbot.keyClick(w.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s for s, _ in _agenda(w)] == ["wohngeld-risikobewertung", "buergerservice-chatbot"]
    assert w.total.text() == "Total time: 32 min"

    # Delete and undo.
    qtbot.keyClick(w.agenda, Qt.Key.Key_Down)
    qtbot.keyClick(w.agenda, Qt.Key.Key_Delete)
    assert _agenda(w)[0][1] == ["scale"]
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _agenda(w)[0][1] == ["single_choice", "scale"]

    target = tmp_path / "keyboard.plan.toml"
    _save_dialog(monkeypatch, target)
    assert w.isWindowModified()
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.is_file()
    assert not w.isWindowModified()
    saved = copy.deepcopy(w.model.plan)
    first_bytes = target.read_bytes()

    again = window(target)
    assert again.model.plan == saved
    assert again.save()
    assert target.read_bytes() == first_bytes


def _click_index(qtbot, view, index, double: bool = False) -> None:
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:  # Qt's test double-click needs the click before it, as a real one has
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _drop(view, mime: QMimeData, pos: QPoint) -> None:
    """Deliver a drag-enter, -move and drop at ``pos`` to the view, as a mouse drag would."""
    target = view.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(
            pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDragMoveEvent(
            pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDropEvent(
            QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    ):
        QApplication.sendEvent(target, event)


def _library_row(w: PlannerWindow, card_id: str):
    proxy = w.library.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(CardIdRole) == card_id:
            return proxy.index(row, 0)
    raise AssertionError(card_id)


def test_build_a_plan_by_mouse_save_and_reopen(window, qtbot, tmp_path, monkeypatch):
    w = window()
    _click_index(qtbot, w.library.list, _library_row(w, "kita-bedarfsprognose"))
    qtbot.mouseClick(w.library.add, Qt.MouseButton.LeftButton)
    assert _agenda(w) == [("kita-bedarfsprognose", [])]

    # Drag a card from the library onto the empty space below the agenda.
    mime = w.library.proxy.mimeData([_library_row(w, "protokoll-zusammenfassung")])
    _drop(w.agenda, mime, QPoint(40, w.agenda.viewport().height() - 10))
    assert [s for s, _ in _agenda(w)] == ["kita-bedarfsprognose", "protokoll-zusammenfassung"]

    # Double-click a template: it goes into the selected (new) scenario.
    _click_index(qtbot, w.agenda, w.model.index_of(1))
    _click_index(qtbot, w.templates, w.templates.model().index(5, 0), double=True)  # benefit/risk
    # Drag a template onto the first scenario.
    mime = w.templates.model().mimeData([w.templates.model().index(2, 0)])  # hopes & concerns
    _drop(w.agenda, mime, w.agenda.visualRect(w.model.index_of(0)).center())
    assert _agenda(w) == [
        ("kita-bedarfsprognose", ["notes"]),
        ("protokoll-zusammenfassung", ["matrix"]),
    ]

    # Drag the second scenario above the first one.
    mime = w.model.mimeData([w.model.index_of(1)])
    top = w.agenda.visualRect(w.model.index_of(0)).topLeft() + QPoint(30, 1)
    _drop(w.agenda, mime, top)
    assert [s for s, _ in _agenda(w)] == ["protokoll-zusammenfassung", "kita-bedarfsprognose"]

    # Buttons: move the scenario back down, change a timebox with the mouse.
    _click_index(qtbot, w.agenda, w.model.index_of(0))
    qtbot.mouseClick(w.down, Qt.MouseButton.LeftButton)
    assert [s for s, _ in _agenda(w)] == ["kita-bedarfsprognose", "protokoll-zusammenfassung"]
    _click_index(qtbot, w.agenda, w.model.index_of(1, 0))
    spin = w.activity_editor.timebox
    up = QPoint(spin.width() - 5, 4)  # the spin box's up arrow
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=up)
    assert w.model.plan.agenda[1].activities[0].timebox_minutes == 6

    target = tmp_path / "mouse.plan.toml"
    _save_dialog(monkeypatch, target)
    qtbot.mouseClick(w._toolbar.widgetForAction(w.act_save), Qt.MouseButton.LeftButton)
    assert target.is_file()
    saved = copy.deepcopy(w.model.plan)
    again = window(target)
    assert again.model.plan == saved
    assert again.model.plan.agenda[1].card_title == (
        "Zusammenfassen von Besprechungen als Entwurf für das Protokoll"
    )


def test_validation_messages_in_the_plan_check(window, qtbot):
    w = window()
    texts = lambda: [
        w.problem_model.data(w.problem_model.index(i)) for i in range(w.problem_model.rowCount())
    ]
    assert "⚠ The plan needs a title." in texts()
    assert "⚠ The agenda is empty. Add at least one scenario card." in texts()
    w.add_card("buergerservice-chatbot")
    w.add_card("wohngeld-risikobewertung")
    w.add_template("pilot_first")  # options: the two scenario titles
    assert w.model.plan.agenda[1].activities[0].options == [
        w.model.scenario_title(0),
        w.model.scenario_title(1),
    ]
    w.activity_editor.budget.setValue(0)
    w.add_template("usefulness")
    w.activity_editor.min_label.clear()
    assert any("The point budget of" in t and "must be at least 1" in t for t in texts())
    assert any("needs labels for both ends" in t for t in texts())
    assert w.model.index_of(1, 0).data().startswith("⚠ ")
    assert "Plan check: " in w.problems_box.title()
    # Activating a problem selects the activity at fault.
    row = next(i for i, t in enumerate(texts()) if "point budget" in t)
    w.problem_list.activated.emit(w.problem_model.index(row))
    assert w.current_location() == (1, 0)


def test_create_workshop_from_the_planner(window, qtbot, tmp_path, monkeypatch, no_dialogs):
    w = window(EXAMPLE)
    target = tmp_path / "werkstatt.workshop"
    _save_dialog(monkeypatch, target)
    with qtbot.waitSignal(w.workshopCreated) as signal:
        w.act_create.trigger()
    assert signal.args == [str(target)]
    store = WorkshopStore.open(target)
    try:
        agenda = WorkshopService(store).agenda()
        assert [s.card_id for s in agenda] == [s.card_id for s in w.model.plan.agenda]
        assert agenda[0].card["title"] == w.catalog.get(agenda[0].card_id)["title"]
    finally:
        store.close()


def test_workshop_not_created_while_plan_has_problems(
    window, qtbot, tmp_path, monkeypatch, no_dialogs
):
    w = window()
    called = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: called.append(1) or ("", ""))
    )
    w.act_create.trigger()
    assert not called
    assert "The agenda is empty" in no_dialogs[-1]


def test_broken_user_card_is_listed_and_the_rest_still_load(window, tmp_path):
    cards = tmp_path / "my-cards"
    cards.mkdir()
    (cards / "kaputt.toml").write_text('id = "kaputt"\nstatus = "maybe"\n', encoding="utf-8")
    w = window()
    lines = [
        w.library.problems_model.data(w.library.problems_model.index(i))
        for i in range(w.library.problems_model.rowCount())
    ]
    assert any(line.startswith("⚠ kaputt.toml – status: “maybe” is not allowed") for line in lines)
    assert any("kaputt.toml – title: Required field is missing." in line for line in lines)
    assert w.library.problems.isVisible()
    assert w.library.model.rowCount() == len(load_catalog([paths.resource("scenarios")]).cards)


def test_import_and_export_cards(window, tmp_path, no_dialogs):
    w = window()
    other = tmp_path / "anderswo"
    other.mkdir()
    card = copy.deepcopy(w.catalog.get("buergerservice-chatbot"))
    card["id"] = "chatbot-anderswo"
    card["organisation"] = {"de": "Stadt Anderswo", "en": "City of Anderswo"}
    (other / "chatbot.toml").write_text(card_to_toml(card), encoding="utf-8")
    (other / "broken.toml").write_text("id = ", encoding="utf-8")
    w.cards.import_from(other)
    assert w.catalog.get("chatbot-anderswo") is not None
    assert "1 card(s) imported." in no_dialogs[-1]
    assert "broken.toml" in no_dialogs[-1]
    assert (tmp_path / "my-cards" / "chatbot-anderswo.toml").is_file()

    out = tmp_path / "export"
    out.mkdir()
    assert w.cards.export_to(["chatbot-anderswo", "gebaeudebestand-strassenbefahrung"], out)
    assert sorted(p.name for p in out.iterdir()) == [
        "chatbot-anderswo.toml",
        "gebaeudebestand-strassenbefahrung.svg",
        "gebaeudebestand-strassenbefahrung.toml",
    ]


def test_plan_language_switch_shows_english_titles(window):
    w = window(EXAMPLE)
    w.details.language.setCurrentIndex(w.details.language.findData("en"))
    assert w.model.plan.language == "en"
    assert (
        w.model.index_of(0).data() == "Map the building stock from street imagery for heat planning"
    )
    w.undo.undo()
    assert w.model.plan.language == "de"


def test_stakeholder_groups_are_editable(window, qtbot):
    w = window()
    qtbot.mouseClick(w.details.add_group, Qt.MouseButton.LeftButton)
    groups = w.model.plan.stakeholder_groups
    assert len(groups) == 6
    index = w.details.groups_model.index(5, 0)
    w.details.groups_model.setData(index, "Jugendliche")
    w.details.groups_model.setData(w.details.groups_model.index(5, 1), "Young people")
    assert w.model.plan.stakeholder_groups[5]["de"] == "Jugendliche"
    w.details.groups.setCurrentIndex(w.details.groups_model.index(0, 0))
    qtbot.mouseClick(w.details.remove_group, Qt.MouseButton.LeftButton)
    assert [g["key"] for g in w.model.plan.stakeholder_groups][0] == "staff"
    qtbot.mouseClick(w.details.reset_groups, Qt.MouseButton.LeftButton)
    assert len(w.model.plan.stakeholder_groups) == 5


def test_suggested_activities_and_kind_change(window, qtbot):
    w = window()
    w.add_card("gebaeudebestand-strassenbefahrung")
    qtbot.mouseClick(w.scenario_panel.suggested, Qt.MouseButton.LeftButton)
    assert [a.template for a in w.model.plan.agenda[0].activities] == [
        "usefulness",
        "hopes_concerns",
        "conditions",
        "benefit_risk",
    ]
    w.undo.undo()
    assert w.model.plan.agenda[0].activities == []
    w.add_template("free")
    w.activity_editor.kind.setCurrentIndex(w.activity_editor.kind.findData("points"))
    assert w.model.plan.agenda[0].activities[0].kind is ActivityKind.POINTS
    assert w.activity_editor.form.isRowVisible(w.activity_editor.budget)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_planner_fits_a_1280_laptop_with_an_activity_open(window, lang):
    """Every panel (with the widest page, an activity's editor) fits a 1280 px laptop
    screen in both languages, and the editor names the activity's template in the UI
    language."""
    from studio.ui import i18n

    i18n.install(lang)
    try:
        w = window(EXAMPLE)
        w.select(0, 3)  # the example's single-choice question
        assert w.minimumSizeHint().width() <= 1280, w.minimumSizeHint()
        editor = w.findChild(QWidget, "activityEditor") or next(
            x for x in w.findChildren(QWidget) if type(x).__name__ == "ActivityEditor")
        assert editor.isVisible()
        assert editor.template.text() == ("Einfachauswahl" if lang == "de" else "Single choice")
    finally:
        i18n.install("en")


def test_empty_scenario_is_a_hint_that_does_not_block_the_workshop(
    window, qtbot, tmp_path, monkeypatch, no_dialogs
):
    w = window(EXAMPLE)
    w.library.search.setFocus()
    qtbot.keyClicks(w.library.search, "kita")
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.library.list, Qt.Key.Key_Down)
    qtbot.keyClick(w.library.list, Qt.Key.Key_Return)
    assert w.model.plan.agenda[-1].activities == []
    assert w.problems_box.title() == "Plan check: ready, 1 hint"
    line = w.problem_model.data(w.problem_model.index(0))
    assert line.startswith("ⓘ Hint: Scenario ") and "has no activity yet" in line
    target = tmp_path / "werkstatt.workshop"
    _save_dialog(monkeypatch, target)
    with qtbot.waitSignal(w.workshopCreated):
        w.act_create.trigger()
    assert target.exists()


def test_plan_check_speaks_german_in_a_german_interface(qtbot):
    from studio.core.plans import Plan, PlanActivity, PlanScenario, validate_plan
    from studio.ui import i18n

    plan = Plan(title="Werkstatt", agenda=[
        PlanScenario(card_id="a", activities=[
            PlanActivity(kind=ActivityKind.SINGLE_CHOICE, prompt="Frage?", options=["Ja"])]),
        PlanScenario(card_id="b")])
    try:
        i18n.install("de")
        messages = [p.message for p in validate_plan(plan)]
    finally:
        i18n.install("en")
    assert messages[0] == ("Szenario 1, Aktivität 1: Die Aktivität „Frage?“ braucht mindestens "
                           "zwei Antwortmöglichkeiten.")
    assert messages[1].startswith("Szenario 2: „b“ hat noch keine Aktivität")


def test_undo_button_keeps_its_label_and_the_new_workshop_comes_forward(
    qtbot, tmp_path, monkeypatch, no_dialogs
):
    from PySide6.QtWidgets import QToolButton

    from studio.ui.main_window import MainWindow
    from studio.ui.settings import Settings

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    monkeypatch.setattr("studio.ui.main_window.sessions_dir", lambda: sessions)
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.open_planner()
    w = main._planners[-1]
    qtbot.waitExposed(w)
    w.open_plan(EXAMPLE)
    button = next(b for b in w._toolbar.findChildren(QToolButton)
                  if b.defaultAction() is w.act_undo)
    label, width = button.text(), button.sizeHint().width()
    w.details.fieldsEdited.emit({"title": "Ein ganz anderer, viel längerer Titel"})
    qtbot.waitUntil(w.undo.canUndo)
    assert button.text() == label and button.sizeHint().width() == width
    assert w.undo.undoText() and w.undo.undoText() in w.act_undo.toolTip()
    # create the workshop: the main window comes to the front, on it
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    target = tmp_path / "werkstatt.workshop"
    _save_dialog(monkeypatch, target)
    w.act_create.trigger()
    qtbot.waitUntil(lambda: main.document is not None)
    assert main.document.path == target
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main._release_document()
    w.undo.setClean()
    w.close()
