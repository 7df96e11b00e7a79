"""NoteDetails: everything about the selected note, and the actions on it.

Shows the full text (plain), category, tags, source and time, cluster,
moderation state, the personal-data hint, merged duplicates (both texts kept)
and the edit history. Buttons reuse the page's actions, so keys and enabled
state stay in one place.

Signals:
    categoryChosen(str): a category key for the selected notes.
    scenarioChosen(object): a scenario id (None: the whole workshop) for the selected notes.
    tagToggled(str, bool): a tag key switched on or off for the selected notes.
    separateRequested(str): a merged duplicate (id) should become its own note again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.kinds import Source
from studio.core.pii import find_personal_data, summary
from studio.ui.board.panels import CAUTION_STYLE, ERROR_STYLE, flow, reserve_bold_width
from studio.ui.board.scenario_choice import chosen_scenario, fill_scenarios
from studio.ui.theme import set_relative_font
from studio.ui.widgets.labels import plain_label


def _label(accessible: str) -> QLabel:
    return plain_label(accessible=accessible, selectable=True)


class NoteDetails(QWidget):
    categoryChosen = Signal(str)
    scenarioChosen = Signal(object)  # a scenario id, or None for the whole workshop
    tagToggled = Signal(str, bool)
    separateRequested = Signal(str)

    def __init__(self, actions: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        set_relative_font(self.heading, 1.2, bold=True)
        self.text = _label("")
        set_relative_font(self.text, 1.2)
        self.text.setStyleSheet("background: #FFFFFF; color: #111111; padding: 6px;")
        self.meta = _label("")
        self.moderation = _label("")
        self.moderation.setStyleSheet(ERROR_STYLE)
        self.pii = _label("")
        self.pii.setStyleSheet(CAUTION_STYLE)
        self.merged = _label("")
        self.history = _label("")
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(10)
        self.category.activated.connect(
            lambda i: self.categoryChosen.emit(self.category.itemData(i)))
        self.scenario = QComboBox()
        self.scenario.setObjectName("noteScenario")
        self.scenario.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(10)
        self.scenario.activated.connect(
            lambda _i: self.scenarioChosen.emit(chosen_scenario(self.scenario)))
        self._scenarios: list[tuple[str, str]] = []
        self.tag_box = QWidget()
        self.tag_grid = flow(self.tag_box)
        self.tag_buttons: dict[str, QPushButton] = {}
        self.separate_buttons: list[QPushButton] = []
        self.separate_box = QVBoxLayout()
        button_box = QWidget()
        buttons = flow(button_box)
        for key in ("edit", "hide", "unhide", "redact", "group", "ungroup", "merge", "dissolve"):
            tb = QToolButton()
            tb.setDefaultAction(actions[key])
            tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
            tb.setFocusPolicy(Qt.StrongFocus)
            buttons.addWidget(tb)
        form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.form_labels, (self.category, self.scenario, self.tag_box)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.moderation)
        layout.addWidget(self.pii)
        layout.addLayout(form)
        layout.addWidget(self.meta)
        layout.addWidget(self.merged)
        layout.addLayout(self.separate_box)
        layout.addWidget(self.history)
        layout.addWidget(button_box)
        layout.addStretch(1)
        self._tags_of_selection: list[set[str]] = []
        self.retranslate()
        self.show_notes([], {}, [], [], "de")

    def retranslate(self) -> None:
        """The panel's own texts (the page shows the selection again for the rest)."""
        for label, text in ((self.text, self.tr("Note text")),
                            (self.meta, self.tr("Source and time")),
                            (self.moderation, self.tr("Moderation")),
                            (self.pii, self.tr("Personal data hint")),
                            (self.merged, self.tr("Merged duplicates")),
                            (self.history, self.tr("Edit history"))):
            label.setAccessibleName(text)
        self.category.setAccessibleName(self.tr("Category of the selected notes"))
        self.category.setAccessibleDescription(self.tr(
            "Changes the category of the selected notes (Ctrl+Z undoes it)."))
        self.scenario.setAccessibleName(self.tr("Scenario of the selected notes"))
        self.scenario.setAccessibleDescription(self.tr(
            "Moves the selected notes to another scenario (Ctrl+Z undoes it)."))
        for label, text in zip(self.form_labels, (self.tr("&Category:"), self.tr("Scena&rio:"),
                                                  self.tr("Tags:"))):
            label.setText(text)

    def set_vocabulary(self, categories: list[dict[str, str]], tags: list[dict[str, str]],
                       language: str) -> None:
        self.category.clear()
        for c in categories:
            label = c.get(language) or c.get("de") or c["key"]
            self.category.addItem(f"{c.get('symbol', '')}  {label}", c["key"])
        for b in self.tag_buttons.values():
            self.tag_grid.removeWidget(b)
            b.deleteLater()
        self.tag_buttons = {}
        for t in tags:
            label = t.get(language) or t.get("de") or t["key"]
            b = QPushButton(label)
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Tag {name}").format(name=label))
            b.setAccessibleDescription(self.tr("Switches this tag on or off for the selected"
                                               " notes."))
            b.setStyleSheet("QPushButton:checked { font-weight: bold; border: 2px solid #111; }")
            b.clicked.connect(lambda checked, key=t["key"]: self.tagToggled.emit(key, checked))
            reserve_bold_width(b)
            self.tag_buttons[t["key"]] = b
            self.tag_grid.addWidget(b)

    def set_scenarios(self, scenarios: list[tuple[str, str]]) -> None:
        """The agenda's scenarios ((id, title)) to move notes to."""
        self._scenarios = list(scenarios)

    def show_notes(self, notes: list[Any], clusters: dict[str, str], duplicates: list[Any],
                   history: list[tuple[str, str]], language: str) -> None:
        """Show the selected ``notes`` (read models); one note gets the full details."""
        for b in self.separate_buttons:
            b.deleteLater()
        self.separate_buttons = []
        single = notes[0] if len(notes) == 1 else None
        enabled = bool(notes)
        self.category.setEnabled(enabled)
        self.scenario.setEnabled(enabled)
        places = {n.scenario_id for n in notes}
        fill_scenarios(self.scenario, self._scenarios, self.tr("No scenario (the whole workshop)"),
                       places.pop() if len(places) == 1 else None)
        if len({n.scenario_id for n in notes}) > 1:
            self.scenario.setCurrentIndex(-1)
        self.tag_box.setEnabled(enabled)
        tags_sets = [set(n.tags or []) for n in notes]
        for key, b in self.tag_buttons.items():
            b.setChecked(bool(tags_sets) and all(key in s for s in tags_sets))
        if not notes:
            self.heading.setText(self.tr("No note selected"))
            for w in (self.text, self.meta, self.moderation, self.pii, self.merged, self.history):
                w.setText("")
                w.setVisible(False)
            return
        if single is None:
            self.heading.setText(self.tr("%n note(s) selected", "", len(notes)))
            self.text.setText("\n\n".join(n.text for n in notes[:6]) +
                              ("\n…" if len(notes) > 6 else ""))
            self.text.setVisible(True)
            for w in (self.meta, self.moderation, self.pii, self.merged, self.history):
                w.setVisible(False)
            cats = {n.category for n in notes}
            if len(cats) == 1:
                self.category.setCurrentIndex(self.category.findData(cats.pop()))
            else:
                self.category.setCurrentIndex(-1)
            return
        n = single
        self.heading.setText(self.tr("Note"))
        self.text.setText(n.text)
        self.text.setVisible(True)
        self.category.setCurrentIndex(self.category.findData(n.category))
        when = n.created_at.astimezone().strftime("%d.%m.%Y %H:%M") if n.created_at else ""
        source = Source(n.source).label if n.source in {s.value for s in Source} else n.source
        meta = self.tr("Source: {source} · {when}").format(source=source, when=when)
        if n.cluster_id:
            meta += "\n" + self.tr("Cluster: {name}").format(name=clusters.get(n.cluster_id, "?"))
        self.meta.setText(meta)
        self.meta.setVisible(True)
        hidden = n.hidden
        self.moderation.setText(self.tr("Hidden from the shared screen: {reason}").format(
            reason=n.hidden_reason) if hidden else "")
        self.moderation.setVisible(hidden)
        findings = find_personal_data(n.text)
        self.pii.setText(self.tr("⚠ Personal data? {hint}. Hide or redact the note.").format(
            hint=summary(findings)) if findings else "")
        self.pii.setVisible(bool(findings))
        if duplicates:
            self.merged.setText(self.tr("Merged duplicates (texts kept):") + "\n" + "\n".join(
                f"• {d.text}" for d in duplicates))
            for d in duplicates:
                b = QPushButton(self.tr("Separate “{text}”").format(text=d.text[:30]))
                b.setAccessibleName(self.tr("Separate duplicate"))
                b.setAccessibleDescription(self.tr(
                    "Makes this merged duplicate a note of its own again."))
                b.clicked.connect(lambda _=False, dup=d.id: self.separateRequested.emit(dup))
                self.separate_box.addWidget(b)
                self.separate_buttons.append(b)
        self.merged.setVisible(bool(duplicates))
        if history:
            self.history.setText(self.tr("Earlier versions:") + "\n" + "\n".join(
                f"{when}: {text}" for when, text in history))
        self.history.setVisible(bool(history))
