"""Layout helpers that let the board's side panels shrink to a laptop screen.

- ``FlowLayout``: buttons in rows that wrap to the panel's width (Qt's flow
  layout example), so a row of category or tag buttons never dictates a
  minimum width wider than its widest button.
- ``ScrollPanel``: a panel that scrolls vertically when the window is low
  (1280x720) and never horizontally: its minimum width is its content's, its
  minimum height a few lines, so it never forces the window to grow.
- ``ERROR_STYLE`` / ``CAUTION_STYLE``: warnings readable in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

# Warnings as dark text on a light badge: readable in the light, dark and
# high-contrast themes alike (a red text colour alone is not on a dark window).
ERROR_STYLE = ("color: #7A0010; background: #FDECEA; padding: 2px 4px; border-radius: 3px;"
               " font-weight: bold;")
CAUTION_STYLE = "color: #5C3A00; background: #FFF4E0; padding: 2px 4px; border-radius: 3px;"


def reserve_bold_width(button: QAbstractButton, frame: int = 30) -> None:
    """A button drawn bold with a thick border when checked keeps room for its text then
    (a flow layout gives each button only the width it asks for)."""
    font = QFont(button.font())
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text().replace("&&", "&")) + frame
    button.setMinimumWidth(width)


class FlowLayout(QLayout):
    """Items left to right, wrapping into as many rows as the width needs."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_h = area.x(), y + line_h + self._spacing, 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()),
                                                            hint.height())))
            x += hint.width() + self._spacing
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + m.bottom()


class ScrollPanel(QScrollArea):
    """``content`` in a frameless area that scrolls vertically only."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self.setFocusPolicy(Qt.NoFocus)  # Tab goes straight to the controls inside

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint() if self.widget() else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.width() + bar + 2, 120)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint() if self.widget() else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.width() + bar + 2, content.height())
