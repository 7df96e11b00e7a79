"""The card editor: every field in both languages, live preview, refusal of broken cards."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from studio import paths
from studio.core.card_schema import (
    CHOICE,
    DATE,
    FIELDS,
    GLOSSARY,
    PATH,
    TEMPLATES,
    TEXT,
)
from studio.core.cards import load_catalog, read_card_file
from studio.core.templates import TEMPLATE_IDS
from studio.ui.planner.card_editor import CardEditorDialog
from studio.ui.planner.card_view import CardView
from studio.ui.planner.window import PlannerWindow

CATALOG = load_catalog([paths.resource("scenarios")])


@pytest.fixture
def editor(qtbot):
    def make(card=None) -> CardEditorDialog:
        dialog = CardEditorDialog(card)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return make


@pytest.mark.parametrize("card_id", CATALOG.ids())
def test_every_shipped_card_round_trips_through_the_editor(editor, card_id):
    card = CATALOG.get(card_id)
    dialog = editor(CATALOG.snapshot(card_id))
    assert dialog.card() == card


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_edit_every_field_in_both_languages_and_save(qtbot, tmp_path, monkeypatch):
    """Type a new value into every field through the widgets, save, reload: all of it is there."""
    window = PlannerWindow(None, user_card_dir=tmp_path)
    qtbot.addWidget(window)
    dialog = CardEditorDialog(CATALOG.snapshot("kita-bedarfsprognose"), window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = copy.deepcopy(CATALOG.get("kita-bedarfsprognose"))
    for spec in FIELDS:
        dialog.focus_field(spec.key)  # shows the field's tab, as a user would click it
        if spec.bilingual:
            for lang in ("de", "en"):
                edit = dialog.findChild(QWidget, f"field_{spec.key}_{lang}")
                text = f"Neu {spec.key} {lang}"  # QTest types ASCII only
                if spec.key == "title":
                    text = "Testen neuer Titel" if lang == "de" else "Check new title"
                _type(qtbot, edit, text)
                expected[spec.key][lang] = text
        elif spec.type == TEXT:
            edit = dialog.findChild(QLineEdit, f"field_{spec.key}")
            value = {
                "id": "kita-neu",
                "version": "7",
                "contact": "neu@example.org",
                "ai_act_annex_area": "III 3(a)",
            }[spec.key]
            _type(qtbot, edit, value)
            expected[spec.key] = value
        elif spec.type == CHOICE:
            combo = dialog.findChild(QComboBox, f"field_{spec.key}")
            combo.setFocus()
            qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice, by keyboard
            expected[spec.key] = spec.choices[-1]
        elif spec.type == DATE:
            date = dialog.findChild(QDateEdit, f"field_{spec.key}")
            date.setDate(QDate(2025, 2, 3))
            expected[spec.key] = "2025-02-03"
        elif spec.type == PATH:
            _type(qtbot, dialog.findChild(QLineEdit, "field_illustration"), "")
            expected[spec.key] = ""
        elif spec.type == TEMPLATES:
            for tid in TEMPLATE_IDS:
                box = dialog.findChild(QCheckBox, f"suggest_{tid}")
                if box.isChecked() != (tid in ("ranking", "usefulness")):
                    qtbot.mouseClick(
                        box,
                        Qt.MouseButton.LeftButton,
                        pos=box.rect().topLeft() + box.rect().center() / 4,
                    )
            # Kept order first (usefulness was already suggested), then new ones in template order.
            expected[spec.key] = ["usefulness", "ranking"]
        elif spec.type == GLOSSARY:
            gloss = dialog._widgets["glossary"]
            qtbot.mouseClick(gloss.add, Qt.MouseButton.LeftButton)
            row = gloss.model.rowCount() - 1
            texts = ["Begriff", "Term", "Erklaerung", "Explanation"]
            for col, text in enumerate(texts):
                index = gloss.model.index(row, col)
                gloss.table.setCurrentIndex(index)
                qtbot.keyClick(gloss.table, Qt.Key.Key_F2)  # open the cell editor by keyboard
                cell = gloss.table.indexWidget(index)
                assert isinstance(cell, QLineEdit)
                qtbot.keyClicks(cell, text)
                qtbot.keyClick(cell, Qt.Key.Key_Return)  # the delegate commits queued
                qtbot.waitUntil(
                    lambda m=gloss.model, r=row, c=col, t=text: m.index(r, c).data() == t
                )
            expected["glossary"].append(
                {
                    "term": {"de": "Begriff", "en": "Term"},
                    "definition": {"de": "Erklaerung", "en": "Explanation"},
                }
            )
    assert dialog.card() == expected
    assert dialog.preview.title.text() == "Testen neuer Titel"

    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.cards.save_from_editor(dialog, original_id="kita-bedarfsprognose")
    saved, problems = read_card_file(tmp_path / "kita-neu.toml")
    assert [p for p in problems if p.severity == "error"] == []
    assert saved == expected
    assert window.catalog.get("kita-neu") == expected
    window.undo.setClean()


def test_live_preview_follows_the_form(editor, qtbot):
    dialog = editor(CATALOG.snapshot("buergerservice-chatbot"))
    _type(qtbot, dialog.findChild(QLineEdit, "field_title_de"), "Testen eines Titels")
    assert dialog.preview.title.text() == "Testen eines Titels"
    combo = dialog.findChild(QComboBox, "field_ai_act_category")
    combo.setCurrentIndex(combo.findData("high_risk"))
    assert dialog.preview.ai_act.text().startswith("⚠")
    # The preview speaks the card's language, as the shared screen will.
    assert "EU-KI-Verordnung: Hohes Risiko" in dialog.preview.ai_act.text()
    dialog.preview_language.setCurrentIndex(1)
    assert "EU AI Act: High risk" in dialog.preview.ai_act.text()
    assert dialog.preview.title.text() == CATALOG.get("buergerservice-chatbot")["title"]["en"]
    influence = dialog.findChild(QWidget, "field_influence_en")
    _type(qtbot, influence, "You decide.")
    assert dialog.preview.influence.text() == "You decide."


def test_broken_card_is_refused_with_the_field_named(editor, qtbot):
    dialog = editor(CATALOG.snapshot("buergerservice-chatbot"))
    summary = dialog.findChild(QWidget, "field_summary_de")
    _type(qtbot, summary, "")
    assert "Short description (German): The German text is missing." in dialog.problems.text()
    dialog.tabs.setCurrentIndex(3)
    dialog.findChild(QWidget, "field_supplier_en").setFocus()
    dialog.try_accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert summary.hasFocus()
    assert dialog.tabs.currentIndex() == 0

    _type(qtbot, summary, "x" * 351)
    counter = dialog.findChild(QWidget, "count_summary_de")
    assert counter.text().startswith("⚠ 351 of at most 350")
    assert "Short description (German): Too long: 351 characters" in dialog.problems.text()

    _type(qtbot, summary, "Kurz.")
    combo = dialog.findChild(QComboBox, "field_ai_act_category")
    combo.setCurrentIndex(combo.findData("high_risk"))
    assert "Annex III area (for high-risk): A high-risk system needs" in dialog.problems.text()
    dialog.try_accept()
    assert dialog.findChild(QLineEdit, "field_ai_act_annex_area").hasFocus()


def test_new_card_starts_empty_and_lists_what_is_missing(editor):
    dialog = editor(None)
    assert dialog.card()["title"] == {"de": "", "en": ""}
    assert dialog.problems.text() == ""  # nothing typed yet, nothing wrong yet
    dialog.try_accept()
    assert "⚠ Identifier: Must not be empty." in dialog.problems.text()
    assert "more" in dialog.problems.text()


def test_card_view_is_plain_text_and_names_the_category(qtbot):
    card = copy.deepcopy(CATALOG.get("wohngeld-risikobewertung"))
    card["title"]["de"] = card["title"]["en"] = "<b>Prüfen</b> مرحبا 😀"
    view = CardView(card, "en")
    qtbot.addWidget(view)
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    assert view.title.text() == "<b>Prüfen</b> مرحبا 😀"
    assert view.ai_act.text() == "⚠  EU AI Act: High risk (Annex III 5(a))"
    assert view.role.text() == "Role of the AI: Recommends – a person decides"
    assert view.personal.text() == "Personal data: Identifiable personal data"
    assert view.summary.text() == card["summary"]["en"]
    view.set_language("de")  # the card's language speaks for the labels too
    assert view.ai_act.text() == "⚠  EU-KI-Verordnung: Hohes Risiko (Anhang III 5(a))"
    assert view.influence.text() == card["influence"]["de"]
    assert view.decided.text() == card["decided"]["de"]
    assert not view.illustration.isVisibleTo(view)
    view.set_card(CATALOG.snapshot("gebaeudebestand-strassenbefahrung"))
    assert view.illustration.isVisibleTo(view)


def test_a_blank_card_starts_neutral_and_shows_problems_as_they_arise(editor, qtbot):
    dialog = editor(None)
    assert dialog.problems.text() == ""
    assert "not assessed" in dialog.preview.ai_act.text().lower() or \
        "nicht eingestuft" in dialog.preview.ai_act.text()
    assert "Verbotene" not in dialog.preview.ai_act.text()
    title = dialog.findChild(QLineEdit, "field_title_de")
    _type(qtbot, title, "x" * 200)
    lines = dialog.problems.text().splitlines()
    assert lines and all(line.startswith("⚠ Title (") for line in lines)
    assert "Title (German): Too long: 200 characters" in lines[0]
    assert "title.de" not in dialog.problems.text()
    dialog.try_accept()  # Save shows every problem and goes to the first
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Title (German)" in dialog.problems.text()
    assert "more" in dialog.problems.text()
