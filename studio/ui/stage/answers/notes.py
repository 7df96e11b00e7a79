"""Answer widget: one sticky note typed on the shared screen (category + plain text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from studio.core.kinds import NOTE_MAX_LENGTH, ActivityKind, localized
from studio.ui.stage.answer_base import AnswerWidget, plain_label
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import TileButton


class NoteAnswer(AnswerWidget):
    """Pick a category (label + symbol, colour only as a strip), then type the note.

    ``categories`` are the ones the activity takes (its plan may limit them).
    """

    kind = ActivityKind.NOTES

    def __init__(self, spec: ActivitySpec, categories: list[dict[str, str]], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.group = QButtonGroup(self)
        self.tiles: dict[str, TileButton] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        for cat in categories:
            key = cat.get("key", "")
            text = f"{cat.get('symbol', '')} {localized(cat, language)}".strip()
            tile = TileButton(text, self, checkable=True, swatch=cat.get("color") or None,
                              marks=("", "✓"))
            tile.setObjectName(f"category:{key}")
            tile.setAccessibleDescription(self.tr("The kind of note: choose one."))
            self.group.addButton(tile)
            tile.toggled.connect(self._changed)
            self.tiles[key] = tile
            row.addWidget(tile)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Your note"))
        self.text.setPlaceholderText(self.tr("Type your note here"))
        self.text.setAccessibleDescription(self.tr(
            "One thought in a few words. Do not write names or other personal details."))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._changed)
        self.text.setMinimumHeight(self.text.fontMetrics().height() * 5)
        self.counter = plain_label("", "small", self, wrap=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("What kind of note is it?"), "body", self))
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.counter)
        if len(self.tiles) == 1:  # the activity takes one kind of note: nothing to choose
            next(iter(self.tiles.values())).setChecked(True)
        self._changed()

    @classmethod
    def create(cls, spec: ActivitySpec, *, language: str = "de",
               note_categories: list[dict[str, str]] | None = None,
               parent: QWidget | None = None) -> NoteAnswer:
        return cls(spec, note_categories or [], language, parent)

    def hint(self) -> str:
        return self.tr("Write one note, then save it. You can add more afterwards.")

    def _changed(self, *_args: object) -> None:
        n = len(self.text.toPlainText())
        self.counter.setText(self.tr("{n} of {limit} characters").format(n=n,
                                                                         limit=NOTE_MAX_LENGTH))
        self.counter.setProperty("role", "error" if n > NOTE_MAX_LENGTH else "small")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        for tile in self.tiles.values():
            tile.update()
        self.changed.emit()

    def category(self) -> str | None:
        return next((k for k, t in self.tiles.items() if t.isChecked()), None)

    def answer(self) -> dict[str, Any] | None:
        text = self.text.toPlainText().strip()
        cat = self.category()
        if not text or cat is None or len(text) > NOTE_MAX_LENGTH:
            return None
        return {"category": cat, "text": text}


WIDGET = NoteAnswer
