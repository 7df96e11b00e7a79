"""CapturePanel: typing notes at the laptop and transcribing paper notes by keyboard alone.

Type a note and press Enter: it is added and the field is clear for the next
one (Shift+Enter starts a new line inside a note). While the field is empty,
the digits 1–5 choose the category (Ctrl+1…5 works at any time). Pasting
several lines adds one note per line. The counter shows the characters used
out of the limit; a note over the limit is refused with a message.

Signals:
    notesSubmitted(list, str, list, str): texts, category key, tag keys, source.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.kinds import NOTE_MAX_LENGTH, Source
from studio.core.pii import find_personal_data, summary
from studio.ui.board.panels import ERROR_STYLE, flow, reserve_bold_width
from studio.ui.board.scenario_choice import chosen_scenario, fill_scenarios
from studio.ui.theme import set_relative_font


class NoteEditor(QPlainTextEdit):
    """The text field: Enter submits, digits on an empty field pick a category.

    Signals:
        submitted(): Enter was pressed.
        categoryKey(int): a category number 1… was chosen by key.
        linesPasted(list): several lines were pasted (one note each).
    """

    submitted = Signal()
    categoryKey = Signal(int)
    linesPasted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key_Return, Qt.Key_Enter) and not mods & Qt.ShiftModifier:
            self.submitted.emit()
            return
        if Qt.Key_1 <= key <= Qt.Key_9 and (
                mods & Qt.ControlModifier or (not self.toPlainText() and not mods & ~(
                    Qt.KeypadModifier))):
            self.categoryKey.emit(key - Qt.Key_0)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        lines = [line.strip() for line in source.text().splitlines() if line.strip()]
        if len(lines) > 1:
            self.linesPasted.emit(lines)
            return
        super().insertFromMimeData(source)


class CapturePanel(QWidget):
    """Typing notes onto the board.

    Signals:
        notesSubmitted(list, str, list, str): texts, category, tags, source.
    """

    notesSubmitted = Signal(list, str, list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[dict[str, str]] = []
        self._tags: list[dict[str, str]] = []
        self.heading = QLabel()
        self.heading.setObjectName("captureHeading")
        set_relative_font(self.heading, 1.2, bold=True)
        self.source = QComboBox()
        self.source.addItem("", Source.LAPTOP.value)
        self.source.addItem("", Source.PAPER.value)
        self.source.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(12)
        self.scenario = QComboBox()
        self.scenario.setObjectName("captureScenario")
        self.scenario.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(12)
        self.scenario.activated.connect(self._scenario_chosen)
        self._follow_session = True
        self.category_box = QWidget()
        self.category_grid = flow(self.category_box)
        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        self.tag_box = QWidget()
        self.tag_grid = flow(self.tag_box)
        self.tag_buttons: dict[str, QPushButton] = {}
        self.editor = NoteEditor()
        self.editor.setFixedHeight(96)
        self.counter = QLabel()
        self.add_button = QPushButton()
        self.status = QLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setBuddy(self.source)
        self.scenario_label = QLabel()
        self.scenario_label.setBuddy(self.scenario)
        self.category_label = QLabel()
        self.tags_label = QLabel()

        form = QFormLayout()
        form.addRow(self.source_label, self.source)
        form.addRow(self.scenario_label, self.scenario)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.category_label)
        layout.addWidget(self.category_box)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tag_box)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        row.addWidget(self.counter, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addStretch(1)

        self.editor.textChanged.connect(self._update_counter)
        self.editor.submitted.connect(self.submit)
        self.editor.categoryKey.connect(self.choose_category_number)
        self.editor.linesPasted.connect(self._submit_lines)
        self.add_button.clicked.connect(self.submit)
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's own texts in the app's language (the page reloads the vocabulary)."""
        self.heading.setText(self.tr("Add notes"))
        self.source.setItemText(0, self.tr("Typed at the laptop"))
        self.source.setItemText(1, self.tr("Transcribed from paper"))
        self.source.setAccessibleName(self.tr("Where the notes come from"))
        self.source.setAccessibleDescription(self.tr(
            "Typed at the laptop, or transcribed from paper cards; saved with each note."))
        self.scenario.setAccessibleName(self.tr("Scenario of new notes"))
        self.scenario.setAccessibleDescription(self.tr(
            "New notes belong to this scenario. It follows the session until you choose one."))
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setAccessibleDescription(self.tr(
            "Enter adds the note, Shift+Enter starts a new line. Pasting several lines adds"
            " one note per line."))
        self.editor.setPlaceholderText(self.tr("Type a note, press Enter"))
        self.counter.setAccessibleName(self.tr("Characters used"))
        self.add_button.setText(self.tr("&Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.setAccessibleDescription(self.tr(
            "Adds the typed note to the board with the chosen category and tags."))
        self.status.setAccessibleName(self.tr("Capture status"))
        self.status.clear()  # a message of the moment is not said again
        self.hint.setText(self.tr(
            "Enter adds the note · Shift+Enter new line · 1–5 on an empty field (or Ctrl+1–5)"
            " choose the category · paste several lines for one note each"))
        self.source_label.setText(self.tr("&Source:"))
        self.scenario_label.setText(self.tr("Sce&nario:"))
        self.category_label.setText(self.tr("Category:"))
        self.tags_label.setText(self.tr("Tags (optional):"))
        self._update_counter()

    # -- vocabulary -----------------------------------------------------------------
    def set_vocabulary(self, categories: list[dict[str, str]], tags: list[dict[str, str]],
                       language: str) -> None:
        current = self.category()
        self._categories, self._tags = list(categories), list(tags)
        for button in self.category_group.buttons():
            self.category_group.removeButton(button)
            self.category_grid.removeWidget(button)
            button.deleteLater()
        for i, entry in enumerate(categories):
            label = entry.get(language) or entry.get("de") or entry.get("key")
            number = f"{i + 1}  " if i < 9 else ""
            button = QPushButton(f"{number}{entry.get('symbol', '')}  {label}")
            button.setCheckable(True)
            button.setProperty("key", entry["key"])
            button.setAccessibleName(self.tr("Category {name}").format(name=label))
            button.setAccessibleDescription(self.tr(
                "The category of the notes you add next (key {n} on an empty field, or"
                " Ctrl+{n}).").format(n=i + 1) if i < 9 else self.tr(
                "The category of the notes you add next."))
            color = QColor(entry.get("color") or "#EEEEEE")
            button.setStyleSheet(
                f"QPushButton {{ background: {color.name()}; color: #111; padding: 4px 6px;"
                f" border: 1px solid {color.darker(150).name()}; border-radius: 4px; }}"
                " QPushButton:checked { border: 3px solid #111; font-weight: bold; }"
                " QPushButton:focus { outline: 2px dashed #0B57D0; }")
            reserve_bold_width(button)
            self.category_group.addButton(button, i)
            self.category_grid.addWidget(button)
        keys = [c["key"] for c in categories]
        self.set_category(current if current in keys else (keys[0] if keys else ""))
        for button in self.tag_buttons.values():
            self.tag_grid.removeWidget(button)
            button.deleteLater()
        self.tag_buttons = {}
        for entry in tags:
            label = entry.get(language) or entry.get("de") or entry.get("key")
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Tag {name}").format(name=label))
            button.setAccessibleDescription(self.tr("Adds this tag to the notes you add next."))
            button.setStyleSheet("QPushButton:checked { font-weight: bold;"
                                 " border: 2px solid #111; }")
            reserve_bold_width(button)
            self.tag_buttons[entry["key"]] = button
            self.tag_grid.addWidget(button)

    def category(self) -> str:
        button = self.category_group.checkedButton()
        return button.property("key") if button is not None else ""

    def set_category(self, key: str) -> None:
        for button in self.category_group.buttons():
            button.setChecked(button.property("key") == key)

    def choose_category_number(self, number: int) -> None:
        button = self.category_group.button(number - 1)
        if button is not None:
            button.setChecked(True)
            self.status.setText(self.tr("Category: {name}").format(name=button.text()))

    def set_scenarios(self, scenarios: list[tuple[str, str]], session_scenario: str | None) -> None:
        """Offer the agenda's scenarios; follow the session's one until the user picks one."""
        current = session_scenario if self._follow_session else chosen_scenario(self.scenario)
        fill_scenarios(self.scenario, scenarios, self.tr("No scenario (the whole workshop)"),
                       current)

    def _scenario_chosen(self, _index: int) -> None:
        self._follow_session = False

    def scenario_id(self) -> str | None:
        return chosen_scenario(self.scenario)

    def tags(self) -> list[str]:
        return [k for k, b in self.tag_buttons.items() if b.isChecked()]

    def set_source(self, source: Source) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(Source(source).value)))

    # -- submitting -------------------------------------------------------------------
    def _update_counter(self) -> None:
        n = len(self.editor.toPlainText().strip())
        if n > NOTE_MAX_LENGTH:
            self.counter.setText(self.tr("{n} / {limit} characters – {over} too many").format(
                n=n, limit=NOTE_MAX_LENGTH, over=n - NOTE_MAX_LENGTH))
            self.counter.setStyleSheet(ERROR_STYLE)
        else:
            self.counter.setText(self.tr("{n} / {limit} characters").format(
                n=n, limit=NOTE_MAX_LENGTH))
            self.counter.setStyleSheet("")

    def submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            self.status.setText(self.tr("Type the note first."))
            return
        if len(text) > NOTE_MAX_LENGTH:
            self.status.setText(self.tr(
                "This note is {over} characters too long; shorten it or split it into two."
            ).format(over=len(text) - NOTE_MAX_LENGTH))
            return
        self._emit([text])

    def _submit_lines(self, lines: list[str]) -> None:
        too_long = [i + 1 for i, line in enumerate(lines) if len(line) > NOTE_MAX_LENGTH]
        if too_long:
            self.status.setText(self.tr(
                "Line(s) {lines} are longer than {limit} characters; nothing was added."
            ).format(lines=", ".join(map(str, too_long)), limit=NOTE_MAX_LENGTH))
            return
        self._emit(lines)

    def _emit(self, texts: list[str]) -> None:
        category = self.category()
        if not category:
            self.status.setText(self.tr("Choose a category first."))
            return
        self.notesSubmitted.emit(texts, category, self.tags(), self.source.currentData())

    def accepted(self, texts: list[str]) -> None:
        """The page added the notes: clear the field for the next one and say so."""
        self.editor.clear()
        for button in self.tag_buttons.values():
            button.setChecked(False)
        hints = [summary(f) for f in (find_personal_data(t) for t in texts) if f]
        if len(texts) == 1:
            message = self.tr("Note added: {text}").format(text=texts[0][:60])
        else:
            message = self.tr("%n note(s) added (one per line).", "", len(texts))
        if hints:
            message += "\n" + self.tr("Check for personal data: {hint}").format(hint=hints[0])
        self.status.setText(message)
        self.editor.setFocus()

    def focus_editor(self) -> None:
        self.editor.setFocus()

