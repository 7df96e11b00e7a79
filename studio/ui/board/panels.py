"""Layout helpers that let the board's side panels shrink to a laptop screen.

- ``flow``: a ``studio.ui.layouts.FlowLayout`` without margins: buttons in rows
  that wrap to the panel's width, so a row of category or tag buttons never
  dictates a minimum width wider than its widest button.
- ``ScrollPanel``: a panel that scrolls vertically when the window is low
  (1280x720) and never horizontally: its minimum width is its content's, its
  minimum height a few lines, so it never forces the window to grow.
- ``ERROR_STYLE`` / ``CAUTION_STYLE``: warnings readable in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QSizePolicy, QWidget

from studio.ui.layouts import FlowLayout

# Warnings as dark text on a light badge: readable in the light, dark and
# high-contrast themes alike (a red text colour alone is not on a dark window).
ERROR_STYLE = ("color: #7A0010; background: #FDECEA; padding: 2px 4px; border-radius: 3px;"
               " font-weight: bold;")
CAUTION_STYLE = "color: #5C3A00; background: #FFF4E0; padding: 2px 4px; border-radius: 3px;"


def flow(parent: QWidget) -> FlowLayout:
    """A wrapping row of buttons filling ``parent`` edge to edge."""
    layout = FlowLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def reserve_bold_width(button: QAbstractButton, frame: int = 30) -> None:
    """A button drawn bold with a thick border when checked keeps room for its text then
    (a flow layout gives each button only the width it asks for)."""
    font = QFont(button.font())
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text().replace("&&", "&")) + frame
    button.setMinimumWidth(width)


MAX_MIN_WIDTH = 320  # pixels: a side panel never asks for more (it scrolls instead)


class ScrollPanel(QScrollArea):
    """``content`` in a frameless area that scrolls vertically, and sideways only when the
    text is so large (View → Text size) that the content is wider than
    :data:`MAX_MIN_WIDTH` at its narrowest: the panel then never widens the window."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self.setFocusPolicy(Qt.NoFocus)  # Tab goes straight to the controls inside

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint() if self.widget() else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(min(content.width() + bar + 2, MAX_MIN_WIDTH), 120)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint() if self.widget() else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.width() + bar + 2, content.height())
