"""StageCardView: a scenario card laid out for the back of the room.

Left: the title, the summary, then "What you can still influence" (the most
prominent box) beside "Already decided" (or under it on a narrow screen).
Right: the AI Act badge (colour, symbol and words) with its reason, and the
facts people ask about: the AI's role in the decision, human oversight,
personal data, how input is used. Any field may be missing; only what is
there is shown, in the workshop's language with the other as fallback. All
text is plain.

The card never scrolls (nobody scrolls a projector): it fits itself to the
screen. Type follows the stage's base size; when a long card does not fit, the
type shrinks a little (never below :data:`SCALES`' last step), then the
longest texts are trimmed at a word with "…" and a line says that the
handout has the rest. Trimmed texts stay whole in the accessible description.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.ui.i18n import StageLanguageMixin, words_of
from studio.ui.stage import style as st
from studio.ui.stage.answer_base import plain_label
from studio.ui.stage.card_text import category_label, decision_role_label, personal_data_label
from studio.ui.widgets.agenda_spec import card_title, localized

# Type scales tried in turn before texts are trimmed (1.0 = the stage's base size).
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75)
SPLITS = ((3, 2), (1, 1), (2, 3))  # main : side column widths, tried at each scale
ROLE_SIZES = {"h1": 1.7, "h2": 1.25, "body": 1.0, "label": 0.8, "small": 0.75}
# Fields that may be trimmed, with a weight: the lower, the later it is trimmed.
TRIMMABLE = {"summary": 1.0, "ai_act_reason": 1.0, "human_oversight": 1.0,
             "use_of_input": 1.0, "decided": 0.8, "title": 0.5, "influence": 0.5}
MIN_LINES = 2
_TOKENS = re.compile(r"\S+|\s+")

__all__ = [
    "StageCardView",
    "category_label",
    "decision_role_label",
    "elide_lines",
    "personal_data_label",
]


def elide_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    """``text`` cut at a word so that, with "…", it wraps into at most ``lines`` lines."""
    room = max(1, lines) * fm.lineSpacing()

    def height(candidate: str) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(QRect(0, 0, max(1, width), 1_000_000), flags, candidate).height()

    if height(text) <= room:
        return text
    tokens = _TOKENS.findall(text)
    words = [i for i, t in enumerate(tokens) if not t.isspace()]

    def cut(k: int) -> str:
        kept = "".join(tokens[:words[k - 1] + 1]) if k else ""
        return kept.rstrip(" ,.;:–-•\n") + "…"

    lo, hi = 0, len(words)  # cut(lo) fits (one word at least is tried), cut(hi) does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if height(cut(mid)) <= room:
            lo = mid
        else:
            hi = mid
    return cut(max(lo, 1)) if lo or height(cut(1)) <= room else "…"


class StageCardView(StageLanguageMixin, QWidget):
    """The card on the shared screen. Call :meth:`set_card` with a card dict.

    Its headings are in the shared screen's language, like the card's text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageCard")
        self.fields: dict[str, QLabel] = {}
        self.full_texts: dict[str, str] = {}
        self.trimmed: set[str] = set()
        self.scale = 1.0
        self._base = 24
        self._card: dict[str, Any] = {}
        self._badge: QLabel | None = None
        self._fitting = False
        self._fitted_for: tuple[int, int, int] | None = None

        self.main_box = QWidget(self)
        self.main_box.setObjectName("cardMain")
        self.side_box = QWidget(self)
        self.side_box.setObjectName("cardSide")
        self.main = QVBoxLayout(self.main_box)
        self.side = QVBoxLayout(self.side_box)
        for lay in (self.main, self.side):
            lay.setContentsMargins(0, 0, 0, 0)
        self.columns = QHBoxLayout()
        self.columns.addWidget(self.main_box, 3)
        self.columns.addWidget(self.side_box, 2)
        self.more = plain_label("", "body", self)
        self.more.setObjectName("cardMore")
        self.more.hide()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(self.columns, 1)
        root.addWidget(self.more)
        self.boxes: QBoxLayout | None = None
        self._language = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.more.setText("… " + words_of(self).translate("StageCard", "More on the handout."))
        if self._card and self._language:
            self.set_card(self._card, self._language)

    # -- size: the stage decides, the content adapts ------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._base * 40, self._base * 22)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._base * 8, self._base * 4)

    def set_base(self, px: int) -> None:
        """The stage's body text size in pixels; the card scales from it."""
        if px != self._base:
            self._base = px
            self._fitted_for = None
            self.fit()

    # -- content -----------------------------------------------------------------------------
    def _clear(self) -> None:
        self.fields.clear()
        self.full_texts.clear()
        self.trimmed.clear()
        self._badge = None
        for box in (self.main, self.side):
            _drop_layout(box)
        self.boxes = None

    def _field(self, key: str, text: str, role: str, parent: QWidget | None = None) -> QLabel:
        label = plain_label(text, role, parent or self)
        label.setObjectName(f"card:{key}")
        self.fields[key] = label
        self.full_texts[key] = text
        return label

    def _box(self, key: str, heading: str, text: str, role: str = "box") -> QFrame:
        frame = QFrame(self)
        frame.setProperty("role", role)
        frame.setObjectName(f"cardBox:{key}")
        lay = QVBoxLayout(frame)
        lay.addWidget(plain_label(heading, "h2", frame))
        lay.addWidget(self._field(key, text, "body", frame))
        lay.addStretch(1)
        return frame

    def show_card(self, card: dict[str, Any], language: str) -> None:
        """:meth:`set_card`, unless this card is up already (the session's other changes,
        opening or closing a question, leave the card as it is)."""
        if card != self._card or language != self._language or not self.fields:
            self.set_card(card, language)

    def set_card(self, card: dict[str, Any], language: str) -> None:
        self._clear()
        self._card = card
        self._language = language
        words = words_of(self)

        def text(key: str) -> str:
            return localized(card.get(key), language)

        self.main.addWidget(self._field("title", card_title(card, language), "h1", self))
        if text("summary"):
            self.main.addWidget(self._field("summary", text("summary"), "body", self))
        self.boxes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        if text("influence"):
            heading = words.translate("StageCard", "What you can still influence")
            self.boxes.addWidget(self._box("influence", "✎ " + heading, text("influence"),
                                           "influence"), 3)
        if text("decided"):
            heading = words.translate("StageCard", "Already decided")
            self.boxes.addWidget(self._box("decided", "■ " + heading, text("decided")), 2)
        if self.boxes.count():
            self.main.addLayout(self.boxes)
        self.main.addStretch(1)

        category = str(card.get("ai_act_category") or "")
        if category:
            symbol = st.CATEGORY_BADGES.get(category, st.UNKNOWN_BADGE)[2]
            act = words.translate("StageCard", "EU AI Act")
            badge = f"{symbol}  {act}: {category_label(category, words)}"
            self._badge = self._field("ai_act_category", badge, "h2", self)
            self.side.addWidget(self._badge)
        if text("ai_act_annex_area"):
            self.side.addWidget(
                self._field("ai_act_annex_area", text("ai_act_annex_area"), "small", self))
        if text("ai_act_reason"):
            self.side.addWidget(self._field("ai_act_reason", text("ai_act_reason"), "body", self))
        facts = [
            ("decision_role", words.translate("StageCard", "Role of the AI"),
             decision_role_label(str(card.get("decision_role") or ""), words)),
            ("human_oversight", words.translate("StageCard", "Human oversight"),
             text("human_oversight")),
            ("personal_data", words.translate("StageCard", "Personal data"),
             personal_data_label(str(card.get("personal_data") or ""), words)),
            ("use_of_input",
             words.translate("StageCard", "What happens with your input"),
             text("use_of_input")),
        ]
        for key, heading, value in facts:
            if not value or not card.get(key):
                continue
            self.side.addWidget(plain_label(heading, "label", self))
            self.side.addWidget(self._field(key, value, "body", self))
        self.side.addStretch(1)
        # Children added to a shown widget appear only later (a queued show), and
        # layouts skip hidden widgets: show them now so the fit measures them.
        for box in (self.main_box, self.side_box):
            for child in box.findChildren(QWidget):
                child.show()
        self.side_box.setVisible(self.side.count() > 1)
        self.refresh_colors()
        self._fitted_for = None
        self.fit()

    def refresh_colors(self) -> None:
        """Colour the AI Act badge for the stage's theme (its fill is the category's)."""
        if self._badge is None:
            return
        category = str(self._card.get("ai_act_category") or "")
        bg, fg, _symbol = st.CATEGORY_BADGES.get(category, st.UNKNOWN_BADGE)
        border = st.stage_palette(self).foreground
        b = self._base
        self._badge.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border: {max(2, b // 8)}px solid "
            f"{border}; border-radius: {max(4, b // 3)}px; "
            f"padding: {max(4, b // 4)}px {max(6, b // 2)}px; }}")

    # -- fitting -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def _apply_scale(self, scale: float) -> None:
        self.scale = scale
        b = self._base * scale
        gap = max(6, round(self._base * 0.8))
        rules = [f'#stageCard QLabel[role="{role}"] {{ font-size: {max(12, round(b * f))}px; }}'
                 for role, f in ROLE_SIZES.items()]
        self.setStyleSheet("\n".join(rules))
        self.columns.setSpacing(gap)
        self.main.setSpacing(max(4, round(b * 0.45)))
        self.side.setSpacing(max(3, round(b * 0.3)))
        if self.boxes is not None:
            self.boxes.setSpacing(max(6, round(b * 0.75)))
        self.refresh_colors()
        for label in self.findChildren(QLabel):
            label.ensurePolished()

    def _arrangements(self) -> list[tuple[tuple[int, int], QBoxLayout.Direction]]:
        """Column splits to try, each with the two boxes side by side when the main
        column is wide enough for that, and one under the other."""
        beside, below = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        room = self.width() - self.columns.spacing()
        found = []
        for main, side in SPLITS if self.side_box.isVisibleTo(self) else SPLITS[:1]:
            main_width = room * main // (main + side)
            if self.boxes is not None and self.boxes.count() > 1 \
                    and main_width >= self._base * 26:
                found.append(((main, side), beside))
            found.append(((main, side), below))
        return found

    def _relayout(self) -> None:
        for w in reversed(self.findChildren(QWidget)):
            if w.layout() is not None:
                w.layout().invalidate()
                w.layout().activate()
        self.layout().invalidate()
        self.layout().activate()
        for w in self.findChildren(QWidget):  # frames resized above: lay their insides out
            if w.layout() is not None:
                w.layout().activate()

    def _overflow(self) -> list[QWidget]:
        """The columns whose content needs more height than they have."""
        return [box for box in (self.main_box, self.side_box)
                if box.isVisibleTo(self) and box.heightForWidth(box.width()) > box.height()]

    def fits(self) -> bool:
        return not self._overflow()

    def _lines(self, label: QLabel) -> int:
        fm = label.fontMetrics()
        return max(1, round((label.heightForWidth(label.width()) + fm.leading())
                            / max(1, fm.lineSpacing())))

    def _trim_once(self, columns: list[QWidget]) -> bool:
        best, best_score = None, 0.0
        for key, weight in TRIMMABLE.items():
            label = self.fields.get(key)
            if label is None or not any(c.isAncestorOf(label) for c in columns):
                continue
            lines = self._lines(label)
            if lines <= MIN_LINES:
                continue
            score = lines * weight
            if score > best_score:
                best, best_score = key, score
        if best is None:
            return False
        label = self.fields[best]
        lines = self._lines(label)
        label.setText(elide_lines(self.full_texts[best], label.fontMetrics(),
                                  label.contentsRect().width(), lines - 1))
        label.setAccessibleDescription(self.full_texts[best])
        self.trimmed.add(best)
        return True

    def fit(self) -> None:
        """Choose the type size (and, if need be, trim texts) so the card fits."""
        if self._fitting or not self.isVisible() or not self.fields:
            return
        key = (self.width(), self.height(), self._base)
        if key == self._fitted_for:
            return
        self._fitting = True
        try:
            self.more.hide()
            for scale in SCALES:
                self._restore_texts()
                self._apply_scale(scale)
                for split, direction in self._arrangements():
                    self.columns.setStretch(0, split[0])
                    self.columns.setStretch(1, split[1])
                    if self.boxes is not None:
                        self.boxes.setDirection(direction)
                    self._relayout()
                    if self.fits():
                        return
            self.more.show()
            self._relayout()
            for _ in range(200):
                over = self._overflow()
                if not over or not self._trim_once(over):
                    break
                self._relayout()
        finally:
            self._fitted_for = (self.width(), self.height(), self._base)
            self._fitting = False

    def _restore_texts(self) -> None:
        for key in self.trimmed:
            self.fields[key].setText(self.full_texts[key])
            self.fields[key].setAccessibleDescription("")
        self.trimmed.clear()


def _drop_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif item.layout() is not None:
            _drop_layout(item.layout())
