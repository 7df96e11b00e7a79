"""DotBoard: the board for dot voting, readable at the screen, in parts.

A participant stands at the touch screen (or holds the passed-around mouse)
and must read a note before giving it a dot. Fitting a whole board of a real
workshop into the window makes its type a few pixels high, so the board is
shown whole only when its text stays readable; otherwise at the smallest
readable scale, in parts: each part begins at the first card the previous one
cut, so every card (and cluster) no larger than a part is whole in one of them.
Participants step through the parts with the buttons of the dot-voting screen
or the mouse wheel; Tab moves from card to card and brings the part with the
focused card (Page Up / Page Down stay the presentation remote's).

Signals:
    partChanged(int, int): the part shown (from 0) and how many there are.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal

from studio.ui.board.focus_view import ReadOnlyBoardView
from studio.ui.board.view import BoardView

# Card text is 17 px at 1:1; at this scale it is 10 px: on a projector or a touch screen a
# person standing at the screen reads it (the board stays whole above this scale).
DOT_MIN_SCALE = 0.6
MAX_SCALE = 2.0
PAD = 12.0  # scene units kept before the first card of a part


def _breaks(spans: list[tuple[float, float]], lo: float, hi: float, size: float) -> list[float]:
    """Starts of windows of ``size`` covering [lo, hi], each next one beginning at the first
    span the previous window cut or left out, so a span no larger than a window is whole
    in one of them."""
    starts, start = [], lo
    while True:
        starts.append(start)
        end = start + size
        if end >= hi:
            return starts
        cut = [a for a, b in spans if b > end and a >= start + PAD]
        nxt = min(cut) - PAD if cut else end
        start = nxt if nxt > start else end  # a span larger than a window: move on anyway


def part_origins(content: QRectF, tile_w: float, tile_h: float,
                 cards: list[QRectF]) -> list[tuple[float, float]]:
    """Top-left corners of the parts that cover ``content`` row by row; ``cards`` are
    the items' scene rectangles, which no part cuts when another can show them whole."""
    origins = []
    ys = _breaks([(r.top(), r.bottom()) for r in cards], content.top(), content.bottom(), tile_h)
    for y in ys:
        band = [r for r in cards if r.bottom() > y and r.top() < y + tile_h]
        xs = _breaks([(r.left(), r.right()) for r in band], content.left(), content.right(),
                     tile_w)
        origins.extend((x, y) for x in xs)
    return origins


class DotBoard(ReadOnlyBoardView):
    """The dot-voting board (see the module's doc); keys go to the scene's cards."""

    partChanged = Signal(int, int)

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.part = 0
        self._origins: list[tuple[float, float]] = []
        self._tile = (0.0, 0.0)
        self._wheel = 0  # wheel turn not yet a whole notch
        scene.focusItemChanged.connect(self._follow_focus)

    @property
    def parts(self) -> int:
        return max(1, len(self._origins))

    def fit(self) -> None:
        """Lay the parts out for the current size and show the current one."""
        scene = self.scene()
        content = scene.content_rect()
        vp = self.viewport().size()
        if vp.width() <= 0 or vp.height() <= 0:
            return
        whole = min(vp.width() / content.width(), vp.height() / content.height())
        if whole >= DOT_MIN_SCALE:
            self._origins = []
            self.part = 0
            self.setSceneRect(content)
            self.fit_rect(content, max_scale=MAX_SCALE)
        else:
            tile = (vp.width() / DOT_MIN_SCALE, vp.height() / DOT_MIN_SCALE)
            self._tile = tile
            cards = [item.sceneBoundingRect() for item in scene.items()
                     if item.isVisible() and item.parentItem() is None]
            self._origins = [o for o in part_origins(content, *tile, cards)
                             if any(item.isVisible() for item in scene.items(QRectF(*o, *tile)))]
            self.setSceneRect(content.adjusted(-tile[0], -tile[1], tile[0], tile[1]))
            self.show_part(self.part)
            return
        self.partChanged.emit(self.part, self.parts)

    def show_part(self, part: int) -> None:
        """Show part ``part`` (clamped to the parts there are)."""
        self.part = max(0, min(part, self.parts - 1))
        if self._origins:
            x, y = self._origins[self.part]
            w, h = self._tile
            self.resetTransform()
            self.scale(DOT_MIN_SCALE, DOT_MIN_SCALE)
            self.centerOn(x + w / 2, y + h / 2)
        self.partChanged.emit(self.part, self.parts)

    def step(self, delta: int) -> None:
        self.show_part(self.part + delta)

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def _tile_rect(self, index: int) -> QRectF:
        return QRectF(*self._origins[index], *self._tile)

    def _follow_focus(self, item, _old=None, _reason=None) -> None:
        """Show a part in which the newly focused card is whole, and keep the view on a
        part (a focused card asks the view to scroll just enough to show it)."""
        if item is None or not self._origins:
            return
        rect = item.sceneBoundingRect()
        if _reason == Qt.MouseFocusReason or self._tile_rect(self.part).contains(rect):
            self.show_part(self.part)  # a click: the board stays still under the pointer
            return
        index = next((i for i in range(len(self._origins))
                      if self._tile_rect(i).contains(rect)), self.part)
        self.show_part(index)

    def votable_items(self) -> list:
        """The cards and cluster titles that take dots, in reading order."""
        items = [*self.scene().cluster_items.values(), *self.scene().note_items.values()]
        items = [i for i in items if i.isVisible()]
        return sorted(items, key=lambda i: (round(i.sceneBoundingRect().top() / 40.0),
                                            i.sceneBoundingRect().left()))

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab and Shift+Tab move between the cards; past the last one, on to the buttons."""
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
        target.setFocus(Qt.TabFocusReason)
        return True

    def wheelEvent(self, event) -> None:
        """The wheel turns the parts (one notch, one part); it never zooms or scrolls the
        board out of its parts."""
        if self._origins:
            self._wheel += event.angleDelta().y()
            while abs(self._wheel) >= 120:
                self.step(-1 if self._wheel > 0 else 1)
                self._wheel -= 120 if self._wheel > 0 else -120
        event.accept()

    def keyPressEvent(self, event) -> None:
        BoardView.keyPressEvent(self, event)

    def keyReleaseEvent(self, event) -> None:
        BoardView.keyReleaseEvent(self, event)
