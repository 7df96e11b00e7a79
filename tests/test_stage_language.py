"""The shared screen speaks the workshop's language; the console speaks the app's.

A German facilitator (app in German) runs an English workshop: participants see
English only, the console stays German. Switching the workshop's language
switches the shared screen at once; switching the app's language leaves it.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_session_support import (  # noqa: F401 - fixtures
    click_action,
    doc,
    find,
    ids,
    open_page,
    option_ids,
    start_voting,
    tap,
)

from studio.core.kinds import ScreenMode
from studio.paths import resource
from studio.ui import i18n
from studio.ui.i18n import STAGE_LANGUAGE, translate_in

ROOT = resource("translations")
_PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}|%n")


def _pattern(text: str) -> re.Pattern | None:
    """A regex for a message with its placeholders filled in (None: too little to tell)."""
    parts = _PLACEHOLDER.split(text)
    if sum(len(p.strip()) for p in parts) < 4:
        return None
    return re.compile("(?s)" + "(.+?)".join(re.escape(p) for p in parts))


def _catalogue() -> tuple[list[re.Pattern], list[re.Pattern]]:
    """Patterns of the app's English texts and of their German translations, where the
    two differ ("Timer" is both)."""
    english, german = [], []
    for msg in ET.parse(ROOT / "studio_de.ts").getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        if source in forms:
            continue
        german.extend(p for p in map(_pattern, forms) if p is not None)
        if msg.get("numerus") != "yes" and (p := _pattern(source)) is not None:
            english.append(p)
    return english, german


ENGLISH, GERMAN = _catalogue()


def _texts(widgets: list[QWidget]) -> list[str]:
    """What people (and screen readers) get from ``widgets``: visible texts and names."""
    out = []
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            out.append(w.text())
        for text in (w.accessibleName(), w.accessibleDescription()):
            if text:
                out.append(text)
    return out


def _widgets(root: QWidget, window: QWidget | None = None) -> list[QWidget]:
    found = [root, *root.findChildren(QWidget)]
    return [w for w in found if window is None or w.window() is window]


def language_of_texts(texts: list[str]) -> tuple[list[str], list[str]]:
    """(texts that are app messages in English, texts that are in German)."""
    en = [t for t in texts if any(p.fullmatch(t) for p in ENGLISH)]
    de = [t for t in texts if any(p.fullmatch(t) for p in GERMAN)]
    return [t for t in en if t not in de], de


def stage_texts(page) -> list[str]:
    return _texts(_widgets(page.stage))


def console_texts(page) -> list[str]:
    return _texts([w for w in _widgets(page) if w.window() is not page.stage])


def assert_speaks(texts: list[str], language: str) -> None:
    english, german = language_of_texts(texts)
    if language == "en":
        assert german == [] and english, (german, texts)
    else:
        assert english == [] and german, (english, texts)


@pytest.fixture
def german_app(qapp):
    i18n.install("de")
    yield
    i18n.install("en")  # the rest of the suite reads English source texts


@pytest.fixture
def page(qtbot, doc, ids, german_app):
    """The console of an English workshop in a German app, with its shared screen.

    (The app's language is set after the workshop is open, and back before it closes.)"""
    doc.workshops.update(language="en")
    p = open_page(qtbot, doc)
    yield p
    p.shutdown()


def switch_app_language(qtbot, language: str) -> None:
    """View → Language: install the translators and let every LanguageChange arrive."""
    i18n.install(language)
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def set_workshop_language(doc, language: str) -> None:
    doc.workshops.update(language=language)
    doc.notify("workshop")


# -- the translation API -----------------------------------------------------------------------
def test_translate_in_a_language_that_is_not_installed(german_app):
    assert QCoreApplication.translate("ParticipantFlow", "Prefer not to say") != \
        "Prefer not to say"  # the app is German
    assert translate_in("en", "ParticipantFlow", "Prefer not to say") == "Prefer not to say"
    assert translate_in("de", "ParticipantFlow", "Prefer not to say") == \
        QCoreApplication.translate("ParticipantFlow", "Prefer not to say")
    # unknown text: the English source, with its number filled in
    assert translate_in("de", "Nowhere", "%n apples", None, 3) == "3 apples"


@pytest.mark.parametrize(("language", "n", "expected"), [
    ("en", 1, "Choose up to 1 answer, then submit."),
    ("en", 3, "Choose up to 3 answers, then submit."),
    ("de", 1, "Wählen Sie bis zu 1 Antwort und geben Sie sie ab."),
    ("de", 3, "Wählen Sie bis zu 3 Antworten und geben Sie sie ab."),
])
def test_plurals_in_the_stage_language(qapp, language, n, expected):
    i18n.install("de" if language == "en" else "en")  # the app speaks the other one
    try:
        # The hint above the answer belongs to the kind's answer widget.
        assert translate_in(language, "MultipleChoiceAnswer",
                            "Choose up to %n answer(s), then submit.", None, n) == expected
    finally:
        i18n.install("en")


def test_tr_of_a_stage_widget_tries_the_contexts_of_its_base_classes(qtbot, german_app, doc):
    from studio.ui.stage.participant import ParticipantFlow

    class OwnFlow(ParticipantFlow):  # "Prefer not to say" is filed under ParticipantFlow
        pass

    holder = QWidget()
    qtbot.addWidget(holder)
    flow = OwnFlow(doc, holder)
    # no language of its own: the app's (German)
    assert flow.tr("Prefer not to say") == QCoreApplication.translate("ParticipantFlow",
                                                                      "Prefer not to say")
    assert flow.tr("Prefer not to say") != "Prefer not to say"
    holder.setProperty(STAGE_LANGUAGE, "en")
    assert flow.tr("Prefer not to say") == "Prefer not to say"
    holder.setProperty(STAGE_LANGUAGE, "de")
    assert flow.tr("Prefer not to say") == translate_in("de", "ParticipantFlow",
                                                         "Prefer not to say")
    # a plural, filed under the base class of an answer widget
    from studio.core.kinds import ActivityKind
    from studio.ui.stage.answers.multiple_choice import MultipleChoiceAnswer
    from studio.ui.widgets.agenda_spec import ActivitySpec

    class OwnAnswer(MultipleChoiceAnswer):
        pass

    answer = OwnAnswer(ActivitySpec("a", "s", ActivityKind.MULTIPLE_CHOICE, "?",
                                    options=(("o1", "A"), ("o2", "B"))), holder)
    assert answer.tr("Choose up to %n answer(s), then submit.", "", 1) == \
        "Wählen Sie bis zu 1 Antwort und geben Sie sie ab."


# -- the participant flow ------------------------------------------------------------------------
def test_voting_on_the_shared_screen_in_the_workshop_language(qtbot, page, doc, ids):
    stage, flow = page.stage, page.stage.flow
    assert stage.windowTitle() == "Shared screen"
    start_voting(qtbot, page, ids["multiple_choice"])
    # the group tiles: the workshop's groups and the app's words, all English
    assert find(flow, "group:residents").text() == "Residents"
    assert find(flow, "group:none").text() == "Prefer not to say"
    assert flow.group_title.text() == "Before you answer: which group are you in?"
    assert_speaks(stage_texts(page), "en")
    assert_speaks(console_texts(page), "de")
    tap(qtbot, flow, "group:staff")
    # the answer widget, its hint (a plural) and its running status
    assert flow.hint.text() == "Choose up to 2 answers, then submit."
    opts = option_ids(doc, ids["multiple_choice"])
    tile = find(flow.answer_widget, f"option:{opts[0]}")
    assert tile.accessibleDescription() == "Choose or unchoose this answer; up to 2 answers."
    tap(qtbot, flow.answer_widget, f"option:{opts[0]}")
    assert flow.status.text() == "1 chosen, at most 2"
    assert find(flow, "backButton").text() == "← Back"
    assert_speaks(stage_texts(page), "en")
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "confirm"
    assert flow.confirm_text.text() == "Thank you! Your vote is saved."
    assert doc.ballots.ballot_count(ids["multiple_choice"]) == 1
    assert_speaks(stage_texts(page), "en")
    assert_speaks(console_texts(page), "de")

    # The facilitator makes it a German workshop: the shared screen follows at once.
    set_workshop_language(doc, "de")
    assert flow.confirm_text.text() == "Danke! Ihre Stimme ist gespeichert."
    assert stage.windowTitle() == translate_in("de", "StageWindow", "Shared screen")
    assert_speaks(stage_texts(page), "de")
    qtbot.mouseClick(flow.confirm_page, Qt.MouseButton.LeftButton)
    assert flow.page_name() == "group"
    assert find(flow, "group:residents").text() == "Bürgerinnen und Bürger"
    assert find(flow, "group:none").text() == translate_in("de", "ParticipantFlow",
                                                            "Prefer not to say")
    assert_speaks(stage_texts(page), "de")

    # The facilitator's own language changes to English: the shared screen stays German.
    switch_app_language(qtbot, "en")
    assert QCoreApplication.translate("ParticipantFlow", "Prefer not to say") == \
        "Prefer not to say"
    tap(qtbot, flow, "group:none")
    assert flow.hint.text() == "Wählen Sie bis zu 2 Antworten und geben Sie sie ab."
    assert_speaks(stage_texts(page), "de")


def test_an_answer_being_given_is_laid_out_again_in_the_new_language(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["statements"])
    tap(qtbot, flow, "group:science")
    opts = option_ids(doc, ids["statements"])
    assert find(flow.answer_widget, f"stance:{opts[0]}:agree").text() == "✓ Agree"  # core's
    assert flow.status.text() == "0 of 2 answered"
    set_workshop_language(doc, "de")
    assert flow.page_name() == "answer" and flow.group == "science"  # the group is kept
    assert find(flow.answer_widget, f"stance:{opts[0]}:agree").text() == \
        "✓ " + translate_in("de", "Kinds", "Agree")
    assert flow.status.text() == translate_in("de", "StatementsAnswer",
                                              "{n} of {total} answered").format(n=0, total=2)
    assert_speaks(stage_texts(page), "de")
    tap(qtbot, flow.answer_widget, f"stance:{opts[0]}:agree")
    tap(qtbot, flow.answer_widget, f"stance:{opts[1]}:pass")
    tap(qtbot, flow, "submitButton")
    assert flow.page_name() == "confirm"
    assert doc.ballots.ballot_count(ids["statements"]) == 1


def test_messages_from_the_core_come_in_the_workshop_language(qtbot, page, doc, ids):
    flow = page.stage.flow
    start_voting(qtbot, page, ids["single_choice"])
    tap(qtbot, flow, "group:none")
    tap(qtbot, flow.answer_widget, f"option:{option_ids(doc, ids['single_choice'])[0]}")
    # Voting closes while this person answers, before the shared screen hears of it.
    doc.session_signals.blockSignals(True)
    doc.facilitation.close_voting(ids["single_choice"])
    doc.session_signals.blockSignals(False)
    tap(qtbot, flow, "submitButton")
    assert "not open" in find(flow, "answerError").text()  # English, in a German app
    assert doc.ballots.ballot_count(ids["single_choice"]) == 0


def test_card_results_timer_and_pin_pad_in_the_workshop_language(qtbot, page, doc, ids):
    stage = page.stage
    page.control.go_to(ids["scenario"], None)
    assert "High risk" in stage.card.fields["ai_act_category"].text()
    assert "The AI recommends; people decide." == stage.card.fields["decision_role"].text()
    assert_speaks(stage_texts(page), "en")
    page.control.go_to(ids["scenario"], ids["scale"])
    click_action(qtbot, page, "session.timer")
    qtbot.waitUntil(stage.timer_label.isVisible)
    assert stage.timer_label.text().endswith(" left")
    doc.facilitation.set_screen_mode(ScreenMode.RESULTS)
    doc.notify("session")
    assert stage.results_hidden.isVisible()
    assert stage.results_hidden.text() == \
        "The results are shown once the facilitator reveals them."
    assert_speaks(stage_texts(page), "en")
    set_workshop_language(doc, "de")
    assert stage.results_hidden.text() == translate_in(
        "de", "StageWindow", "The results are shown once the facilitator reveals them.")
    assert stage.timer_label.text().startswith("noch ")
    # the facilitator's PIN pad is on the shared screen too
    doc.facilitation.set_participant_mode(True)
    doc.notify("session")
    tap(qtbot, stage, "leaveParticipantMode")
    dialog = stage.pin_dialog
    assert dialog is not None
    assert find(dialog, "pin:cancel").text() == translate_in("de", "PinDialog", "Cancel")
    set_workshop_language(doc, "en")
    assert find(dialog, "pin:cancel").text() == "Cancel"
    assert find(dialog, "pinMessage").text() == \
        "Enter the facilitator PIN to leave participant mode."
    dialog.reject()


# -- the board on the shared screen ------------------------------------------------------------
def test_projected_board_and_dot_voting_in_the_workshop_language(qtbot, page, doc, ids):
    from studio.ui.canvas.focus import CLUSTER, Focus, stage_focus

    stage = page.stage
    a = doc.notes.add_note("Bilder sofort löschen", "concern", pos=(100, 100))
    b = doc.notes.add_note("Ein Mensch prüft jede Einstufung", "condition", pos=(400, 100))
    cluster = doc.notes.create_cluster("", [a.id])
    doc.workshops.update(settings={"dots_per_participant": 3, "max_dots_per_item": 1})
    doc.facilitation.set_screen_mode(ScreenMode.BOARD)
    doc.notify("session")
    board = stage.board
    qtbot.waitUntil(lambda: b.id in board.scene.note_items)
    title = board.scene.cluster_items[cluster.id].title()
    assert title == "Unnamed cluster (notes: 1)"
    assert board.view.accessibleName() == "Notes board"
    # one cluster large (the facilitator's choice on the console)
    stage_focus(doc).set_focus(Focus(CLUSTER, cluster.id))
    qtbot.waitUntil(lambda: board.large.isVisible())
    assert board.large.title.text() == "Unnamed cluster"
    assert_speaks(stage_texts(page), "en")

    doc.facilitation.set_screen_mode(ScreenMode.DOTS)
    doc.notify("session")
    dots = stage.dots
    qtbot.waitUntil(lambda: b.id in dots.scene.note_items)
    assert dots.submit.text() == "Submit my dots"
    assert dots.left.text() == "Dots left: 3 of 3"
    dots.place("note", b.id)
    dots.place("note", b.id)  # at most one on an item
    assert dots.error.text() == "At most 1 dot on one item."
    assert_speaks(stage_texts(page), "en")
    with qtbot.waitSignal(dots.dotsCast):
        qtbot.mouseClick(dots.submit, Qt.MouseButton.LeftButton)
    assert dots.thanks.text() == "Thank you! Your 1 dot is saved."  # the singular
    assert doc.notes.dot_counts() == {b.id: 1}
    set_workshop_language(doc, "de")
    assert dots.thanks.text() == "Danke! 1 Punkt ist gespeichert."
    assert dots.submit.text() == translate_in("de", "DotVotingStageView", "Submit my dots")
    assert_speaks(stage_texts(page), "de")
    qtbot.mouseClick(dots.next_person, Qt.MouseButton.LeftButton)
    dots.place("note", a.id)
    dots.place("cluster", cluster.id)
    with qtbot.waitSignal(dots.dotsCast):
        qtbot.mouseClick(dots.submit, Qt.MouseButton.LeftButton)
    assert dots.thanks.text() == "Danke! 2 Punkte sind gespeichert."  # the plural
    switch_app_language(qtbot, "en")
    assert dots.thanks.text() == "Danke! 2 Punkte sind gespeichert."
    assert_speaks(stage_texts(page), "de")
    # the board as projected, German as well; the console's own board is the app's
    doc.facilitation.set_screen_mode(ScreenMode.BOARD)
    doc.notify("session")
    stage_focus(doc).set_focus(Focus("board"))
    qtbot.waitUntil(lambda: board.view.isVisible())
    assert board.scene.cluster_items[cluster.id].title().startswith(
        translate_in("de", "BoardItems", "Unnamed cluster"))


def test_the_workshop_form_switches_the_shared_screen(qtbot, page, doc, ids):
    """The facilitator picks "Deutsch" under the workshop's language (Workshop tab)."""
    from studio.ui.overview_page import OverviewPage

    form = OverviewPage(doc)
    form.show()
    qtbot.waitExposed(form)
    start_voting(qtbot, page, ids["single_choice"])
    assert page.stage.flow.group_title.text() == "Before you answer: which group are you in?"
    combo = find(form, "languageCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "Deutsch", the first entry, chosen by keyboard
    assert doc.workshops.get().language == "de"
    assert page.stage.flow.group_title.text() == \
        "Bevor Sie antworten: Zu welcher Gruppe gehören Sie?"
    assert_speaks(stage_texts(page), "de")
    form.close()
    shiboken6.delete(form)  # gone before the workshop closes (it reloads on a language change)
