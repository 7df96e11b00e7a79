"""StageCardView: a scenario card laid out for the back of the room.

Left: the title, the summary, then "What you can still influence" (the most
prominent box) beside "Already decided". Right: the AI Act badge (colour,
symbol and words) with its reason, and the facts people ask about: the AI's
role in the decision, human oversight, personal data, how input is used.
Any field may be missing; only what is there is shown, in the workshop's
language with the other as fallback. All text is plain.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.ui.session import stage_style as st
from studio.ui.session.answer_base import plain_label
from studio.ui.session.spec import card_title, localized


def category_label(key: str) -> str:
    return {
        "prohibited": QCoreApplication.translate("StageCard", "Prohibited practice"),
        "high_risk": QCoreApplication.translate("StageCard", "High risk"),
        "transparency": QCoreApplication.translate("StageCard", "Transparency obligations"),
        "minimal": QCoreApplication.translate("StageCard", "Minimal risk"),
    }.get(key, key)


def decision_role_label(key: str) -> str:
    return {
        "informs": QCoreApplication.translate("StageCard", "The AI informs; people decide."),
        "recommends": QCoreApplication.translate("StageCard", "The AI recommends; people decide."),
        "decides": QCoreApplication.translate("StageCard", "The AI decides; people can review."),
    }.get(key, key)


def personal_data_label(key: str) -> str:
    return {
        "none": QCoreApplication.translate("StageCard", "No personal data"),
        "pseudonymised": QCoreApplication.translate("StageCard", "Pseudonymised personal data"),
        "identified": QCoreApplication.translate("StageCard", "Identifiable personal data"),
    }.get(key, key)


class StageCardView(QWidget):
    """The card on the shared screen. Call :meth:`set_card` with a card dict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageCard")
        self.fields: dict[str, QLabel] = {}
        root = QHBoxLayout(self)
        root.setSpacing(32)
        self.main = QVBoxLayout()
        self.side = QVBoxLayout()
        root.addLayout(self.main, 3)
        root.addLayout(self.side, 2)

    def _clear(self) -> None:
        self.fields.clear()
        for box in (self.main, self.side):
            while box.count():
                item = box.takeAt(0)
                w = item.widget()
                if w is not None:
                    w.setParent(None)
                    w.deleteLater()
                elif item.layout() is not None:
                    _drop_layout(item.layout())

    def _field(self, key: str, text: str, role: str, parent: QWidget | None = None) -> QLabel:
        label = plain_label(text, role, parent)
        label.setObjectName(f"card:{key}")
        self.fields[key] = label
        return label

    def _box(self, key: str, heading: str, text: str, role: str = "box") -> QFrame:
        frame = QFrame(self)
        frame.setProperty("role", role)
        lay = QVBoxLayout(frame)
        lay.addWidget(plain_label(heading, "h2", frame))
        lay.addWidget(self._field(key, text, "body", frame))
        return frame

    def set_card(self, card: dict[str, Any], language: str) -> None:
        self._clear()

        def text(key: str) -> str:
            return localized(card.get(key), language)

        self.main.addWidget(self._field("title", card_title(card, language), "h1", self))
        if text("summary"):
            self.main.addWidget(self._field("summary", text("summary"), "body", self))
        boxes = QHBoxLayout()
        boxes.setSpacing(24)
        if text("influence"):
            boxes.addWidget(
                self._box(
                    "influence",
                    "✎ " + QCoreApplication.translate("StageCard", "What you can still influence"),
                    text("influence"),
                    "influence",
                ),
                3,
            )
        if text("decided"):
            boxes.addWidget(
                self._box(
                    "decided",
                    "■ " + QCoreApplication.translate("StageCard", "Already decided"),
                    text("decided"),
                ),
                2,
            )
        if boxes.count():
            self.main.addSpacing(12)
            self.main.addLayout(boxes)
        self.main.addStretch(1)

        category = str(card.get("ai_act_category") or "")
        if category:
            bg, fg, symbol = st.CATEGORY_BADGES.get(category, ("#FFFFFF", "#000000", "•"))
            act = QCoreApplication.translate("StageCard", "EU AI Act")
            badge = self._field(
                "ai_act_category", f"{symbol}  {act}: {category_label(category)}", "h2", self
            )
            badge.setStyleSheet(
                f"QLabel {{ background: {bg}; color: {fg}; "
                f"border: 3px solid #000000; border-radius: 8px; "
                f"padding: 8px 14px; }}"
            )
            self.side.addWidget(badge)
        if text("ai_act_annex_area"):
            self.side.addWidget(
                self._field("ai_act_annex_area", text("ai_act_annex_area"), "small", self)
            )
        if text("ai_act_reason"):
            self.side.addWidget(self._field("ai_act_reason", text("ai_act_reason"), "body", self))
        facts = [
            (
                "decision_role",
                QCoreApplication.translate("StageCard", "Role of the AI"),
                decision_role_label(str(card.get("decision_role") or "")),
            ),
            (
                "human_oversight",
                QCoreApplication.translate("StageCard", "Human oversight"),
                text("human_oversight"),
            ),
            (
                "personal_data",
                QCoreApplication.translate("StageCard", "Personal data"),
                personal_data_label(str(card.get("personal_data") or "")),
            ),
            (
                "use_of_input",
                QCoreApplication.translate("StageCard", "What happens with your input"),
                text("use_of_input"),
            ),
        ]
        for key, heading, value in facts:
            if not value or not card.get(key):
                continue
            self.side.addSpacing(6)
            self.side.addWidget(plain_label(heading, "label", self))
            self.side.addWidget(self._field(key, value, "body", self))
        self.side.addStretch(1)


def _drop_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif item.layout() is not None:
            _drop_layout(item.layout())
