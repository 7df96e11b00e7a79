"""Layouts that adapt to small screens.

:class:`WrapGrid` puts buttons in a grid of equal cells whose number of
columns follows the width it gets: three in a row on a wide console, one under
the other on a narrow one. A plain QGridLayout keeps its columns and so forces
a minimum width; this one only needs the width of its widest button.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class _ItemList(QLayout):
    """A layout that keeps its items in a list (what QLayout asks every subclass for)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None


class WrapGrid(_ItemList):
    """Equal-width cells, at most ``max_columns`` per row, wrapping into more rows.

    Hidden widgets take no cell. Supports height-for-width, so a box layout or
    a scroll area above it gives it the height its rows need at any width.
    """

    def __init__(self, parent: QWidget | None = None, max_columns: int = 3) -> None:
        super().__init__(parent)
        self.max_columns = max(1, max_columns)
        # Sizes worked out since the last invalidate(): Qt asks for the height at a width
        # many times per layout pass (each ask measures every button again).
        self._memo: dict[tuple[str, int], int] = {}

    def invalidate(self) -> None:
        self._memo.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._memo.clear()
        super().addItem(item)

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        self._memo.clear()
        return super().takeAt(index)

    # -- geometry ---------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self, orientation: Qt.Orientation) -> int:
        space = self.spacing()
        if space >= 0:
            return space
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                  if orientation == Qt.Orientation.Horizontal
                  else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _cell_width(self, items: list[QLayoutItem]) -> int:
        return max((max(i.sizeHint().width(), i.minimumSize().width()) for i in items),
                   default=0)

    def columns_for(self, width: int) -> int:
        """How many columns fit into ``width`` (margins included)."""
        items = self._visible()
        if not items:
            return 1
        m = self.contentsMargins()
        inner = width - m.left() - m.right()
        cell = max(1, self._cell_width(items))
        hs = self._spacing(Qt.Orientation.Horizontal)
        fit = max(1, (inner + hs) // (cell + hs))
        return min(fit, self.max_columns, len(items))

    def _rows(self, items: list[QLayoutItem], columns: int) -> list[list[QLayoutItem]]:
        return [items[i:i + columns] for i in range(0, len(items), columns)]

    def _height(self, columns: int) -> int:
        items = self._visible()
        m = self.contentsMargins()
        if not items:
            return m.top() + m.bottom()
        rows = self._rows(items, columns)
        vs = self._spacing(Qt.Orientation.Vertical)
        body = sum(max(i.sizeHint().height() for i in row) for row in rows)
        return body + vs * (len(rows) - 1) + m.top() + m.bottom()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        key = ("hfw", width)
        height = self._memo.get(key)
        if height is None:
            height = self._memo[key] = self._height(self.columns_for(width))
        return height

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:  # noqa: N802
        items = self._visible()
        m = self.contentsMargins()
        columns = min(self.max_columns, max(1, len(items)))
        hs = self._spacing(Qt.Orientation.Horizontal)
        width = columns * self._cell_width(items) + hs * (columns - 1)
        return QSize(width + m.left() + m.right(), self._height(columns))

    def minimumSize(self) -> QSize:  # noqa: N802
        items = self._visible()
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in items), default=0)
        # The height at full width: a narrower grid asks for more via heightForWidth.
        columns = min(self.max_columns, max(1, len(items)))
        return QSize(width + m.left() + m.right(), self._height(columns))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        items = self._visible()
        if not items:
            return
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        columns = self.columns_for(rect.width())
        hs = self._spacing(Qt.Orientation.Horizontal)
        vs = self._spacing(Qt.Orientation.Vertical)
        cell = max(1, (inner.width() - hs * (columns - 1)) // columns)
        y = inner.y()
        for row in self._rows(items, columns):
            height = max(i.sizeHint().height() for i in row)
            for col, item in enumerate(row):
                x = inner.x() + col * (cell + hs)
                item.setGeometry(QRect(x, y, cell, height))
            y += height + vs


class FlowLayout(_ItemList):
    """Widgets at their natural size, left to right, wrapping into more lines.

    For a tool row: on a wide window one line, on a narrow one two or three,
    never wider than its widest widget.
    """

    def _space(self) -> int:
        space = self.spacing()
        return space if space >= 0 else 6

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = inner.x(), inner.y(), 0
        space = self._space()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > inner.x() and x + hint.width() > inner.right() + 1:
                x = inner.x()
                y += line_height + space
                line_height = 0
            if apply:
                item.setGeometry(QRect(x, y, hint.width(), hint.height()))
            x += hint.width() + space
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), False)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(s.width() for s in shown) + self._space() * max(0, len(shown) - 1)
        height = max((s.height() for s in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, True)
