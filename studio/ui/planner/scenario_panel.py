"""ScenarioPanel: the selected agenda scenario: its presenting time and its card.

Signals:
    introEdited(int): new minutes for presenting the card.
    addSuggestedRequested(): add the card's suggested activities.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.ui.planner.card_view import CardView


class ScenarioPanel(QWidget):
    introEdited = Signal(int)
    addSuggestedRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.intro = QSpinBox()
        self.intro.setObjectName("introMinutes")
        self.intro.setRange(0, 240)
        self.intro.valueChanged.connect(self._intro_changed)
        self.suggested = QPushButton()
        self.suggested.setObjectName("addSuggested")
        self.suggested.clicked.connect(self.addSuggestedRequested)
        self.missing = QLabel()
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8A1C00; font-weight: bold;")
        self.view = CardView(None, "de", base_point_size=10.5)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        form = QFormLayout()
        self.intro_label = QLabel()
        self.intro_label.setBuddy(self.intro)
        form.addRow(self.intro_label, self.intro)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.suggested, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.missing)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro_label.setText(self.tr("&Minutes to present the card:"))
        self.intro.setAccessibleName(self.tr("Minutes to present the card"))
        self.suggested.setText(self.tr("Add the card’s suggested activities"))
        self.suggested.setAccessibleName(self.tr("Add the activities the card suggests"))

    def show_scenario(
        self, card: dict[str, Any] | None, card_id: str, intro: int, language: str
    ) -> None:
        self._loading = True
        try:
            self.intro.setValue(intro)
        finally:
            self._loading = False
        if card is None:
            self.missing.setText(
                self.tr(
                    "⚠ The card “{card}” is not in the card library. Import it, or remove this "
                    "scenario."
                ).format(card=card_id)
            )
            self.missing.show()
            self.view.set_card({})
            self.suggested.setEnabled(False)
            return
        self.missing.hide()
        self.view.set_language(language)
        self.view.set_card(card)
        self.suggested.setEnabled(bool(card.get("suggested_activities")))

    def _intro_changed(self, value: int) -> None:
        if not self._loading:
            self.introEdited.emit(value)
