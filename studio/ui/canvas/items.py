"""NoteItem: the cards drawn on the board (clusters: :mod:`studio.ui.canvas.cluster_item`).

Kept light for boards of thousands of notes: a plain ``QGraphicsItem`` per note
(no widget, no QObject), the wrapped text laid out once into a ``QStaticText``
and the finished card cached as a pixmap (``DeviceCoordinateCache``), so a
drag step only moves pixmaps. Text is always plain text.

Colour never carries meaning alone: every card shows its category's symbol and
label, hidden notes say "Hidden" with the reason, and the personal-data hint
is a written badge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from studio.core import board_layout as geo
from studio.core.pii import find_personal_data, summary
from studio.ui.i18n import words_of

if TYPE_CHECKING:
    from studio.ui.canvas.cluster_item import ClusterItem


@dataclass(frozen=True)
class CardStyle:
    """Geometry and type of the cards; the shared screen uses a bolder one."""

    width: float = geo.CARD_WIDTH
    pad: float = geo.CARD_PAD
    band: float = geo.CARD_BAND
    font_px: int = geo.CARD_FONT_PX
    band_px: int = geo.CARD_BAND_PX
    max_lines: int = geo.CARD_MAX_LINES
    footer: float = geo.CARD_FOOTER
    bold: bool = False

    def text_font(self) -> QFont:
        font = QFont()
        font.setPixelSize(self.font_px)
        font.setBold(self.bold)
        # Unhinted glyphs scale linearly, so text wraps the same at every zoom
        # level and on the shared screen as it was measured.
        font.setHintingPreference(QFont.PreferNoHinting)
        return font

    def band_font(self) -> QFont:
        font = QFont()
        font.setPixelSize(self.band_px)
        font.setBold(True)
        return font


BOARD_STYLE = CardStyle()
# The shared screen draws the same geometry (positions are shared), fitted to the screen.
STAGE_STYLE = CardStyle()
# One cluster or category shown large on the shared screen (positions of its own).
FOCUS_STYLE = CardStyle(width=geo.FOCUS_CARD_WIDTH, pad=geo.FOCUS_PAD, band=geo.FOCUS_BAND,
                        font_px=geo.FOCUS_FONT_PX, band_px=geo.FOCUS_BAND_PX,
                        max_lines=geo.FOCUS_MAX_LINES, footer=geo.FOCUS_FOOTER)


@dataclass(frozen=True)
class CategoryLook:
    label: str
    symbol: str
    fill: QColor
    band: QColor


def category_look(entry: dict[str, str], language: str) -> CategoryLook:
    fill = QColor(entry.get("color") or "#EEEEEE")
    if not fill.isValid():
        fill = QColor("#EEEEEE")
    label = entry.get(language) or entry.get("de") or entry.get("en") or entry.get("key", "")
    return CategoryLook(label, entry.get("symbol", ""), fill, fill.darker(135))


_FONTS: dict[CardStyle, QFont] = {}


def _text_font(style: CardStyle) -> QFont:
    font = _FONTS.get(style)
    if font is None:
        font = _FONTS[style] = style.text_font()
    return font


_NOTE_FLAGS = (QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
               | QGraphicsItem.ItemIsFocusable)
_LEFT = int(Qt.AlignVCenter | Qt.AlignLeft)
_RIGHT = int(Qt.AlignVCenter | Qt.AlignRight)
_CENTER_WRAP = int(Qt.AlignCenter | Qt.TextWordWrap)

# Below this scale (screen pixels per scene unit) text is unreadable and not drawn.
LOD_TEXT = 0.25

UNKNOWN_LOOK = CategoryLook("?", "?", QColor("#EEEEEE"), QColor("#BBBBBB"))


@dataclass
class NoteState:
    """What a card shows; compared to decide whether a card must be redrawn."""

    text: str
    category: str
    tags: tuple[str, ...] = ()
    cluster_id: str | None = None
    pos: tuple[float, float] = (0.0, 0.0)
    hidden: bool = False
    hidden_reason: str = ""
    merged: int = 0  # duplicates folded into this note
    dots: int = 0
    scenario_id: str | None = None
    extra: dict = field(default_factory=dict, compare=False)


_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)


def make_static_text(text: str, font: QFont, width: float) -> QStaticText:
    """Plain text wrapped at words (long words anywhere), laid out once for ``font``."""
    static = QStaticText(text)
    static.setTextFormat(Qt.PlainText)
    static.setTextOption(_WRAP)
    static.setTextWidth(width)
    static.prepare(QTransform(), font)
    return static


def layout_text(text: str, font: QFont, width: float, max_height: float
                ) -> tuple[QStaticText, float]:
    """The laid-out text, cut at a word with an ellipsis if it is taller than ``max_height``."""
    static = make_static_text(text, font, width)
    height = static.size().height()
    if height <= max_height:
        return static, height
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if make_static_text(text[:mid].rstrip() + "…", font, width).size().height() <= max_height:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = cut.rfind(" ")
    if space > lo * 0.6:
        cut = cut[:space]
    static = make_static_text(cut.rstrip() + "…", font, width)
    return static, static.size().height()


class NoteItem(QGraphicsRectItem):
    """One sticky note card. The scene owns the truth of its position while dragging.

    A ``QGraphicsRectItem`` underneath so that ``boundingRect()`` stays in C++:
    the scene asks for it thousands of times per frame on a large board.
    """

    def __init__(self, note_id: str, state: NoteState, look: CategoryLook,
                 style: CardStyle = BOARD_STYLE, interactive: bool = True) -> None:
        super().__init__()
        self.note_id = note_id
        self.style = style
        self.cluster_item: ClusterItem | None = None
        self.drop_target = False
        self.placed = True  # False while shown in the inbox at a display-only position
        self.big_dots = False  # the voting screen draws a participant's dots large
        self.show_pii = interactive  # the hint is for the facilitator only
        self._pii: tuple[str, str] | None = None  # (text, hint), computed when first needed
        self._static = QStaticText()
        self._text_h = 0.0
        self._height = 100.0
        self.state: NoteState | None = None
        self.look = look
        if interactive:
            # No ItemSendsGeometryChanges and no itemChange(): a Python call per
            # change costs more than the whole card on a board of thousands. The
            # scene refreshes cluster frames while it drags.
            self.setFlags(_NOTE_FLAGS)
        self.setPen(QPen(Qt.NoPen))
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.apply(state, look)

    # -- content --------------------------------------------------------------
    def apply(self, state: NoteState, look: CategoryLook) -> None:
        """Show ``state``; re-lays out the text only when the text changed."""
        old = self.state
        self.look = look
        if old is None or old.text != state.text:
            st = self.style
            font = _text_font(st)
            line = QFontMetricsF(font).lineSpacing()
            self._static, text_h = layout_text(state.text, font, st.width - 2 * st.pad,
                                               line * st.max_lines)
            self._text_h = max(text_h, line)
            self.setToolTip(state.text if self._static.text() != state.text else "")
        self.state = state
        # The badge row is always reserved, so a dot or a hint never changes the
        # card's size (positions are shared with the shared screen).
        height = self.style.band + self.style.pad + self._text_h + self.style.footer
        if height != self._height or old is None:
            self._height = height
            self.setRect(0, 0, self.style.width, height)
        self.update()

    def _badges(self) -> list[str]:
        s = self.state
        out = []
        words = words_of(self.scene())  # the shared screen's language, on the shared screen
        if s.dots:
            out.append(words.translate("BoardItems", "● {n}").format(n=s.dots))
        if s.merged:
            out.append(words.translate("BoardItems", "+{n} merged").format(n=s.merged))
        if not s.hidden and self.pii_hint():
            out.append(words.translate("BoardItems", "⚠ personal data?"))
        return out

    def pii_hint(self) -> str:
        """Why this note may hold personal data ("" if it does not), computed on demand."""
        if not self.show_pii:
            return ""
        text = self.state.text
        if self._pii is None or self._pii[0] != text:
            self._pii = (text, summary(find_personal_data(text)))
        return self._pii[1]

    def accessible_text(self) -> str:
        """What a screen reader or a test reads for this card."""
        s = self.state
        parts = [self.look.label, s.text]
        if s.hidden:
            parts.append(words_of(self.scene()).translate("BoardItems", "Hidden: {reason}").format(
                reason=s.hidden_reason))
        parts.extend(self._badges())
        return " – ".join(parts)

    def _paint_text_lines(self, painter: QPainter, body: QRectF) -> None:
        """Grey bars where the text lines are: too small to read, the card still
        shows it holds text (and how much), as a zoomed-out map does."""
        st = self.style
        line_h = st.font_px * 1.3
        top = body.top() + st.band + st.pad
        room = body.bottom() - st.pad - top
        lines = max(1, min(int(room // line_h), 1 + len(self.state.text) // 22))
        width = body.width() - 2 * st.pad
        shade = QColor(0, 0, 0, 70)
        for i in range(lines):
            share = 0.6 if i == lines - 1 and lines > 1 else 1.0
            painter.fillRect(QRectF(body.left() + st.pad, top + i * line_h + line_h * 0.25,
                                    width * share, line_h * 0.5), shade)

    # -- QGraphicsItem ----------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        st, s, look = self.style, self.state, self.look
        rect = self.rect()
        body = rect.adjusted(1, 1, -1, -1)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            # Too small to read: a coloured card with its band, as on a map.
            painter.fillRect(body, look.fill if not s.hidden else QColor("#E4E4E4"))
            painter.fillRect(QRectF(body.left(), body.top(), body.width(), st.band),
                             look.band if not s.hidden else QColor("#9A9A9A"))
            self._paint_text_lines(painter, body)
            if self.isSelected() or self.drop_target:
                painter.setPen(QPen(QColor("#0B57D0") if self.drop_target else QColor("#111111"),
                                    4 / max(lod, 0.05)))
                painter.setBrush(Qt.NoBrush)
                painter.drawRect(body)
            return
        painter.setRenderHint(QPainter.Antialiasing, True)
        fill = QColor(look.fill) if not s.hidden else QColor("#E4E4E4")
        painter.setPen(QPen(look.band.darker(130), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(body, 6, 6)
        band = QRectF(body.left(), body.top(), body.width(), st.band)
        path = QPainterPath()
        path.addRoundedRect(band, 6, 6)
        painter.fillPath(path, look.band if not s.hidden else QColor("#9A9A9A"))
        painter.setFont(st.band_font())
        painter.setPen(QColor("#111111") if not s.hidden else QColor("#FFFFFF"))
        label = f"{look.symbol}  {look.label}" if look.symbol else look.label
        if s.hidden:
            hidden = words_of(self.scene()).translate("BoardItems", "HIDDEN")
            label = f"{hidden} – {s.hidden_reason or ''}"
        fm = QFontMetricsF(painter.font())
        painter.drawText(band.adjusted(st.pad, 0, -st.pad, 0), _LEFT,
                         fm.elidedText(label, Qt.ElideRight, band.width() - 2 * st.pad))
        if s.hidden:
            painter.setBrush(QBrush(QColor(0, 0, 0, 28), Qt.BDiagPattern))
            painter.setPen(Qt.NoPen)
            painter.drawRect(body.adjusted(0, st.band, 0, 0))
        painter.setFont(_text_font(st))
        painter.setPen(QColor("#111111") if not s.hidden else QColor("#555555"))
        painter.drawStaticText(QPointF(st.pad, st.band + st.pad), self._static)
        if self.big_dots and s.dots:
            draw_big_dots(painter, rect, s.dots)
        badges = [] if self.big_dots else self._badges()
        if badges:
            painter.setFont(st.band_font())
            painter.setPen(QColor("#222222"))
            painter.drawText(
                QRectF(st.pad, rect.height() - st.footer - 2, rect.width() - 2 * st.pad,
                       st.footer),
                _RIGHT, "   ".join(badges))
        if self.isSelected() or self.drop_target:
            painter.setBrush(Qt.NoBrush)
            pen = QPen(QColor("#0B57D0") if self.drop_target else QColor("#111111"),
                       4 if self.drop_target else 3)
            painter.setPen(pen)
            painter.drawRoundedRect(body.adjusted(1, 1, -1, -1), 6, 6)
        if self.hasFocus():
            pen = QPen(QColor("#0B57D0"), 2, Qt.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 8, 8)

    def focusInEvent(self, event) -> None:
        self.update()
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        # Scroll to a card reached by keyboard. Not on a click: scrolling while the scene
        # handles the press would lose it (no drag starts on a card partly outside).
        if view is not None and event.reason() != Qt.MouseFocusReason:
            view.ensureVisible(self.sceneBoundingRect(), 20, 20)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


def draw_big_dots(painter: QPainter, rect: QRectF, n: int) -> None:
    """A participant's own dots: large filled circles and a thick frame, easy to see."""
    painter.setPen(QPen(QColor("#0B57D0"), 5))
    painter.setBrush(Qt.NoBrush)
    painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
    painter.setPen(QPen(QColor("#FFFFFF"), 2))
    painter.setBrush(QColor("#0B57D0"))
    r = 13.0
    for i in range(n):
        painter.drawEllipse(QPointF(rect.right() - 20 - i * (2 * r + 6), rect.bottom() - 20), r, r)
