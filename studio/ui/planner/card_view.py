"""CardView: a scenario card drawn large and readable, as on the shared screen.

Shows what a participant needs before voting: title, summary, the EU AI Act
category as a badge with symbol and text (never colour alone), the AI's role in
decisions, personal data, what is already decided and what can still be
influenced. All card text is shown as plain text. The planner uses it for the
card preview; the live session can use it on the shared screen.

The illustration comes from ``card["illustration_svg"]`` (SVG text, as in a
workshop snapshot or a catalog snapshot); the widget reads no files.

Signals: none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.core.card_schema import AI_ACT_SYMBOLS, value_label
from studio.ui.i18n import STAGE_LANGUAGE, StageLanguageMixin, core_words
from studio.ui.widgets.labels import plain_label

# Background / text colours per AI Act category: dark text on light ground (and the
# reverse for prohibited) keeps a contrast ratio above 7:1; the symbol and text carry
# the meaning, the colour only supports it.
_BADGE_COLOURS = {
    "prohibited": ("#7A0010", "#FFFFFF"),
    "high_risk": ("#FFD8A8", "#3D1F00"),
    "transparency": ("#CFE3FF", "#0B2A55"),
    "minimal": ("#CDEFD6", "#0B3B1A"),
}


def _text(card: dict[str, Any], key: str, language: str) -> str:
    value = card.get(key)
    if isinstance(value, dict):
        return str(value.get(language) or value.get("de") or value.get("en") or "")
    return str(value or "")


def _label(object_name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = plain_label(object_name=object_name, selectable=True)
    label.setProperty("fontScale", scale)
    font = QFont(label.font())
    font.setBold(bold)
    label.setFont(font)
    return label


class CardView(StageLanguageMixin, QWidget):
    """A card in large, high-contrast type. ``base_point_size`` sets the scale."""

    def __init__(
        self,
        card: dict[str, Any] | None = None,
        language: str = "de",
        parent: QWidget | None = None,
        *,
        base_point_size: float = 14.0,
    ) -> None:
        super().__init__(parent)
        self._card: dict[str, Any] = {}
        self._language = language if language in ("de", "en") else "de"
        # The preview speaks the card's language, as the shared screen will.
        self.setProperty(STAGE_LANGUAGE, self._language)
        self._base = base_point_size
        self.setObjectName("cardView")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#cardView { background: #FFFFFF; } #cardView QLabel { color: #111111; }"
        )

        self.status = _label("cardStatus", 0.85, bold=True)
        self.title = _label("cardTitle", 2.0, bold=True)
        self.title.setAccessibleName(self.tr("Card title"))
        self.summary = _label("cardSummary", 1.25)
        self.summary.setAccessibleName(self.tr("Short description"))
        self.illustration = QSvgWidget()
        self.illustration.setObjectName("cardIllustration")
        self.illustration.setFixedSize(QSize(240, 150))
        self.illustration.setVisible(False)

        self.ai_act = _label("cardAiAct", 1.0, bold=True)
        self.ai_act.setAccessibleName(self.tr("EU AI Act category"))
        self.ai_act.setContentsMargins(12, 6, 12, 6)
        self.ai_act_reason = _label("cardAiActReason", 0.9)
        self.role = _label("cardDecisionRole", 1.0)
        self.personal = _label("cardPersonalData", 1.0)
        self.ai_type = _label("cardAiType", 1.0)

        self.decided_head = _label("cardDecidedHead", 1.1, bold=True)
        self.decided = _label("cardDecided", 1.0)
        self.influence_head = _label("cardInfluenceHead", 1.1, bold=True)
        self.influence = _label("cardInfluence", 1.0)

        top = QHBoxLayout()
        text_col = QVBoxLayout()
        text_col.addWidget(self.status)
        text_col.addWidget(self.title)
        text_col.addWidget(self.summary)
        top.addLayout(text_col, 1)
        top.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignTop)

        facts = QHBoxLayout()
        facts.setSpacing(24)
        law, system = QVBoxLayout(), QVBoxLayout()
        law.addWidget(self.ai_act)
        law.addWidget(self.ai_act_reason)
        law.addStretch(1)
        for label in (self.role, self.personal, self.ai_type):
            system.addWidget(label)
        system.addStretch(1)
        facts.addLayout(law, 1)
        facts.addLayout(system, 1)

        boxes = QHBoxLayout()
        boxes.setSpacing(16)
        boxes.addWidget(self._box("cardDecidedBox", self.decided_head, self.decided, "#F1F1F1"), 1)
        boxes.addWidget(
            self._box("cardInfluenceBox", self.influence_head, self.influence, "#FFF6CC"), 1
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addLayout(boxes)
        layout.addStretch(1)
        self._apply_fonts()
        if card is not None:
            self.set_card(card)

    @staticmethod
    def _box(name: str, head: QLabel, body: QLabel, colour: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName(name)
        frame.setStyleSheet(
            f"#{name} {{ background: {colour}; border: 2px solid #444444; border-radius: 6px; }}"
        )
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 12)
        box.addWidget(head)
        box.addWidget(body)
        box.addStretch(1)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        return frame

    # -- public ----------------------------------------------------------------
    def card(self) -> dict[str, Any]:
        return self._card

    def language(self) -> str:
        return self._language

    def set_card(self, card: dict[str, Any]) -> None:
        self._card = dict(card or {})
        self._refresh()

    def set_language(self, language: str) -> None:
        self._language = language if language in ("de", "en") else "de"
        self.setProperty(STAGE_LANGUAGE, self._language)
        self._refresh()

    def set_base_point_size(self, points: float) -> None:
        """Scale all text (the shared screen uses a larger size than the planner's preview)."""
        self._base = max(6.0, float(points))
        self._apply_fonts()

    # -- drawing ---------------------------------------------------------------
    def _apply_fonts(self) -> None:
        for label in self.findChildren(QLabel):
            scale = label.property("fontScale")
            if scale is None:
                continue
            font = QFont(label.font())
            font.setPointSizeF(self._base * float(scale))
            label.setFont(font)
        # The illustration grows with the type, at the SVGs' 16:10 aspect ratio.
        self.illustration.setFixedSize(QSize(int(self._base * 17), int(self._base * 10.6)))

    def _refresh(self) -> None:
        with core_words(self):  # value labels (status, category …) in the card's language
            self._refresh_texts()

    def _refresh_texts(self) -> None:
        card, lang = self._card, self._language
        status = card.get("status", "")
        policy = _text(card, "policy_area", lang)
        self.status.setText(
            " · ".join(
                x
                for x in (
                    self.tr("Status: {status}").format(status=value_label(status))
                    if status
                    else "",
                    policy,
                )
                if x
            )
        )
        self.title.setText(_text(card, "title", lang) or self.tr("(no title yet)"))
        self.summary.setText(_text(card, "summary", lang))

        category = card.get("ai_act_category", "")
        area = str(card.get("ai_act_annex_area") or "").strip()
        badge = f"{AI_ACT_SYMBOLS.get(category, '?')}  " + self.tr("EU AI Act: {category}").format(
            category=value_label(category) if category else self.tr("not assessed")
        )
        if category == "high_risk" and area:
            shown = (
                area
                if area.lower().startswith(("annex", "anhang"))
                else self.tr("Annex {area}").format(area=area)
            )
            badge += f" ({shown})"
        self.ai_act.setText(badge)
        bg, fg = _BADGE_COLOURS.get(category, ("#EEEEEE", "#111111"))
        self.ai_act.setStyleSheet(
            f"background: {bg}; color: {fg}; border: 2px solid {fg}; border-radius: 6px;"
        )
        self.ai_act_reason.setText(_text(card, "ai_act_reason", lang))
        role = card.get("decision_role", "")
        self.role.setText(
            self.tr("Role of the AI: {role}").format(role=value_label(role)) if role else ""
        )
        personal = card.get("personal_data", "")
        self.personal.setText(
            self.tr("Personal data: {kind}").format(kind=value_label(personal)) if personal else ""
        )
        ai_type = card.get("ai_type", "")
        self.ai_type.setText(
            self.tr("Type of AI: {kind}").format(kind=value_label(ai_type)) if ai_type else ""
        )
        self.decided_head.setText("■ " + self.tr("Already decided"))
        self.decided.setText(_text(card, "decided", lang))
        self.influence_head.setText("★ " + self.tr("What you can still influence"))
        self.influence.setText(_text(card, "influence", lang))

        svg = card.get("illustration_svg")
        if isinstance(svg, str) and svg.strip():
            self.illustration.load(QByteArray(svg.encode("utf-8")))
            self.illustration.setVisible(self.illustration.renderer().isValid())
        else:
            self.illustration.setVisible(False)
        self.setAccessibleName(
            self.tr("Scenario card: {title}").format(title=_text(card, "title", lang))
        )
