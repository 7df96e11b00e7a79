"""DotBoard and DotScene: the notes laid out afresh for dot voting on the shared screen.

A participant stands at the touch screen (or holds the passed-around mouse)
and must read a note from a step back before giving it a dot. The laptop
board's layout, scaled down to fit, makes its type a few pixels high; so, as
the one-cluster view (:mod:`studio.ui.stage.focus_view`) does, the cards are
reflowed into a grid of large cards: each cluster as a title card followed by
its notes, then the other notes by category. The type is never smaller than
the shared screen's body text (:func:`studio.ui.stage.style.base_px`); what
does not fit comes in parts of the same number of cards, give or take one
(:func:`studio.core.board_layout.focus_pages`). Each person starts on part 1.

Every action has a visible target: a tap on a card places a dot; a card with
my dots shows a "− Take back" button that removes one. Participants step
through the parts with the buttons of the dot-voting screen or the mouse wheel;
Tab moves from card to card and brings the part with the focused card
(Page Up / Page Down stay the presentation remote's).

Signals (DotBoard):
    partChanged(int, int): the part shown (from 0) and how many there are.
Signals (DotScene):
    dotRequested(str, str, int): "note" or "cluster", its id, +1 or -1.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from studio.core import board_layout as geo
from studio.core.board_layout import focus_pages
from studio.ui.stage.focus_view import ReadOnlyBoardView
from studio.ui.canvas.items import (
    _CENTER_WRAP,
    UNKNOWN_LOOK,
    CardStyle,
    CategoryLook,
    NoteItem,
    NoteState,
    category_look,
)
from studio.ui.canvas.scene import BoardData
from studio.ui.canvas.view import BoardView
from studio.ui.i18n import words_of
from studio.ui.stage.style import base_px

# The type of the one-cluster view on narrower, tighter cards (three columns on a 1280 px
# screen), with a footer tall enough for a finger-sized "take back" button beside the dots.
DOT_STYLE = CardStyle(width=320.0, pad=10.0, band=28.0, font_px=geo.FOCUS_FONT_PX,
                      band_px=geo.FOCUS_BAND_PX, max_lines=geo.FOCUS_MAX_LINES, footer=46.0)
MARGIN = 10.0  # scene units around a part
MAX_ENLARGE = 1.5  # a part with few cards is shown at most this much above the minimum
TAKE_BACK_H = 40.0


class TakeBackButton(QGraphicsItem):
    """The "− Take back" target on a card that holds my dots (a child of the card)."""

    def __init__(self, card: NoteItem) -> None:
        super().__init__(card)
        self.card = card
        self.setVisible(False)
        self.setZValue(1)

    def label(self) -> str:
        return words_of(self.scene()).translate("DotBoard", "− Take back")

    def boundingRect(self) -> QRectF:
        st = self.card.style
        font = st.band_font()
        width = QFontMetricsF(font).horizontalAdvance(self.label()) + 2 * st.pad
        height = self.card.rect().height()
        return QRectF(st.pad * 0.5, height - TAKE_BACK_H - 4, max(width, 2 * TAKE_BACK_H),
                      TAKE_BACK_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setPen(QPen(QColor("#111111"), 2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(self.card.style.band_font())
        painter.setPen(QColor("#111111"))
        painter.drawText(rect, _CENTER_WRAP, self.label())


class ClusterCard(NoteItem):
    """A cluster on the voting screen: a card with its name, voted on like a note."""

    def __init__(self, cluster_id: str, state: NoteState, look: CategoryLook) -> None:
        super().__init__(cluster_id, state, look, DOT_STYLE, interactive=False)
        self.cluster_id = cluster_id


def _cluster_look(cluster, count: int, words) -> CategoryLook:
    fill = QColor(cluster.color or "#9AA0A6")
    if not fill.isValid():
        fill = QColor("#9AA0A6")
    label = words.translate("DotBoard", "Cluster · notes: {n}").format(n=count)
    return CategoryLook(label, "▣", fill.lighter(150), fill.lighter(115))


class DotScene(QGraphicsScene):
    """The votable cards in reading order (see the module's doc); taps place dots."""

    dotRequested = Signal(str, str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#F4F1EA"))
        self.note_items: dict[str, NoteItem] = {}
        self.cluster_items: dict[str, ClusterCard] = {}
        self.cards: list[NoteItem] = []  # reading order: cluster title, its notes, …, the rest

    def load(self, doc) -> None:
        self.sync(BoardData.load(doc, include_hidden=False))

    def sync(self, data: BoardData) -> None:
        """Build the cards afresh from ``data`` (visible notes only)."""
        self.clear()
        self.note_items, self.cluster_items, self.cards = {}, {}, []
        words = words_of(self)
        looks = {c["key"]: category_look(c, data.language) for c in data.categories}
        notes = sorted((n for n in data.notes if not n.merged_into_id),
                       key=lambda n: (n.pos_y, n.pos_x))
        merged: dict[str, int] = {}
        for n in data.notes:
            if n.merged_into_id:
                merged[n.merged_into_id] = merged.get(n.merged_into_id, 0) + 1

        def add_note(n, look: CategoryLook) -> None:
            state = NoteState(text=n.text, category=n.category, cluster_id=n.cluster_id,
                              merged=merged.get(n.id, 0))
            self._add(NoteItem(n.id, state, look, DOT_STYLE, interactive=False))
            self.note_items[n.id] = self.cards[-1]

        for cluster in data.clusters:
            members = [n for n in notes if n.cluster_id == cluster.id]
            if not members:
                continue
            name = cluster.name or words.translate("BoardItems", "Unnamed cluster")
            card = ClusterCard(cluster.id, NoteState(text=name, category=""),
                               _cluster_look(cluster, len(members), words))
            self._add(card)
            self.cluster_items[cluster.id] = card
            for n in members:
                look = looks.get(n.category, UNKNOWN_LOOK)
                # The band names the cluster too: the grid does not frame it.
                add_note(n, replace(look, label=f"{look.label} · {name}"))
        rest = [n for n in notes if n.cluster_id not in self.cluster_items]
        order = {key: i for i, key in enumerate(looks)}
        for n in sorted(rest, key=lambda n: order.get(n.category, len(order))):
            add_note(n, looks.get(n.category, UNKNOWN_LOOK))

    def _add(self, item: NoteItem) -> None:
        item.big_dots = True
        item.setFlag(QGraphicsItem.ItemIsFocusable, True)
        item.setAcceptedMouseButtons(Qt.LeftButton)
        item.take_back = TakeBackButton(item)
        self.addItem(item)
        self.cards.append(item)

    def show_dots(self, mine: dict[tuple[str, str], int]) -> None:
        """Draw my dots on the cards and offer "take back" where there are some."""
        for card in self.cards:
            n = mine.get(self.vote_target(card), 0)
            if card.state.dots != n:
                card.apply(replace(card.state, dots=n), card.look)
            card.take_back.setVisible(n > 0)

    @staticmethod
    def vote_target(item) -> tuple[str, str] | None:
        if isinstance(item, TakeBackButton):
            item = item.card
        if isinstance(item, ClusterCard):
            return "cluster", item.cluster_id
        if isinstance(item, NoteItem):
            return "note", item.note_id
        return None

    def mousePressEvent(self, event) -> None:
        view = self.views()[0] if self.views() else None
        item = self.itemAt(event.scenePos(), view.transform()) if view else None
        target = self.vote_target(item)
        if target is not None:
            card = item.card if isinstance(item, TakeBackButton) else item
            # A click's focus does not move the paged board (DotBoard keeps to its parts).
            card.setFocus(Qt.MouseFocusReason)
            self.dotRequested.emit(*target, -1 if isinstance(item, TakeBackButton) else 1)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        self.mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        target = self.vote_target(self.focusItem())
        if target is not None:
            if event.key() in (Qt.Key_Space, Qt.Key_Plus, Qt.Key_Return, Qt.Key_Enter):
                self.dotRequested.emit(*target, 1)
                return
            if event.key() in (Qt.Key_Minus, Qt.Key_Backspace, Qt.Key_Delete):
                self.dotRequested.emit(*target, -1)
                return
        super().keyPressEvent(event)


class DotBoard(ReadOnlyBoardView):
    """The dot-voting grid in parts (see the module's doc); keys go to the scene's cards."""

    partChanged = Signal(int, int)

    def __init__(self, scene: DotScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.part = 0
        self._pages: list[list[tuple[float, float]]] = []
        self._scale = 1.0
        self._wheel = 0  # wheel turn not yet a whole notch

    @property
    def parts(self) -> int:
        return max(1, len(self._pages))

    def min_text_px(self) -> int:
        """The shared screen's body size: the smallest the cards' type may be."""
        window = self.window()
        return base_px(window.height(), window.width())

    def fit(self) -> None:
        """Lay the cards out in parts for the current size and show the current part."""
        vp = self.viewport().size()
        if vp.width() <= 0 or vp.height() <= 0:
            return
        self._scale = max(1.0, self.min_text_px() / DOT_STYLE.font_px)
        width = max(1.0, vp.width() / self._scale - 2 * MARGIN - 4)
        height = max(1.0, vp.height() / self._scale - 2 * MARGIN - 4)
        cards = self.scene().cards
        self._pages = focus_pages([c.rect().height() for c in cards], width, height,
                                  card_w=DOT_STYLE.width, gap=geo.FOCUS_GAP)
        self.show_part(self.part)

    def part_of(self, card: NoteItem) -> int:
        index = self.scene().cards.index(card)
        for part, page in enumerate(self._pages):
            if index < len(page):
                return part
            index -= len(page)
        return 0

    def show_part(self, part: int) -> None:
        """Show part ``part`` (clamped to the parts there are)."""
        self.part = max(0, min(part, self.parts - 1))
        cards = self.scene().cards
        first = sum(len(p) for p in self._pages[:self.part])
        page = self._pages[self.part] if self._pages else []
        rect = QRectF()
        for index, card in enumerate(cards):
            shown = first <= index < first + len(page)
            if not shown and card.hasFocus():
                card.clearFocus()
            card.setVisible(shown)
            if shown:
                card.setPos(*page[index - first])
                rect = rect.united(card.sceneBoundingRect())
        if not rect.isNull():
            rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
            self.setSceneRect(rect)
            self.fit_rect(rect, max_scale=self._scale * MAX_ENLARGE)
        self.partChanged.emit(self.part, self.parts)

    def step(self, delta: int) -> None:
        self.show_part(self.part + delta)

    def text_px(self) -> float:
        """The height of the cards' type on the screen, in pixels."""
        return DOT_STYLE.font_px * self.scale_factor()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def shown_cards(self) -> list[NoteItem]:
        return [c for c in self.scene().cards if c.isVisible()]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def votable_items(self) -> list:
        """The cards (clusters and notes) that take dots, in reading order."""
        return list(self.scene().cards)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab move between the cards, bringing their part; past the last
        one, on to the buttons."""
        items = self.votable_items()
        current = self.scene().focusItem()
        if not items:
            return super().focusNextPrevChild(forward)
        if current not in items:
            target = items[0] if forward else items[-1]
        else:
            index = items.index(current) + (1 if forward else -1)
            if not 0 <= index < len(items):
                self.scene().clearFocus()
                return super().focusNextPrevChild(forward)
            target = items[index]
        part = self.part_of(target)
        if part != self.part:
            self.show_part(part)
        target.setFocus(Qt.TabFocusReason)
        return True

    def wheelEvent(self, event) -> None:
        """The wheel turns the parts (one notch, one part); it never zooms."""
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:
            self.step(-1 if self._wheel > 0 else 1)
            self._wheel -= 120 if self._wheel > 0 else -120
        event.accept()

    def keyPressEvent(self, event) -> None:
        BoardView.keyPressEvent(self, event)

    def keyReleaseEvent(self, event) -> None:
        BoardView.keyReleaseEvent(self, event)
