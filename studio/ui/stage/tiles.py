"""TileButton: the large touch target of the shared screen.

Painted by hand so that long option texts wrap (QPushButton cannot), the text
stays plain (facilitator and participant text is never interpreted), and the
selected state shows a mark as well as a colour.

Focus and selection never look alike: a selected tile is filled and carries a
check mark "✓" (or "☑"); the keyboard focus is a dashed outline and a dashed
underline of the text, so the first tile, which has the focus when the screen
opens, does not look chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from studio.ui.stage import style as st

RADIO = ("○", "✓")
GROW_LINES = 4.2  # the tallest a growing tile gets, in lines of its font
CHECK = ("☐", "☑")


class TileButton(QAbstractButton):
    """A big button with wrapped plain text, an optional mark and a badge.

    ``marks`` is (unchecked, checked) text shown on the left, e.g. ○/● or ☐/☑;
    ``badge`` is short text on the right (a rank, points). ``primary`` tiles are
    the dark call-to-action (submit). ``swatch`` paints a colour strip (note
    categories), always together with the text.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 checkable: bool = False, marks: tuple[str, str] | None = None,
                 primary: bool = False, swatch: str | None = None,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                 grow: bool = False, lines: float = 2.4) -> None:
        super().__init__(parent)
        self._grow = grow
        # The least height in lines of the font: 2.4, or 1.8 for a "+" beside an option
        # (still a finger's width at the shared screen's type, and a list of them fits).
        self._lines = lines
        self._label = ""
        self.setText(text)
        self.setCheckable(checkable)
        self._marks = marks
        self._badge = ""
        self._primary = primary
        self._swatch = swatch
        self._align = align
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)
        # A ``grow`` tile takes spare height of the screen (up to GROW_LINES lines), so a
        # short list of answers fills the screen instead of leaving half of it empty.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred,
                             QSizePolicy.Policy.Expanding if grow else QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- content ------------------------------------------------------------------
    def setText(self, text: str) -> None:
        # Kept apart from QAbstractButton's text, which would turn "&" into a
        # keyboard mnemonic; the tile paints its own plain text.
        self._label = str(text)
        self.setAccessibleName(self._label)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._label

    def set_badge(self, badge: str) -> None:
        self._badge = badge
        self.updateGeometry()
        self.update()

    def badge(self) -> str:
        return self._badge

    def mark(self) -> str:
        if not self._marks:
            return ""
        return self._marks[1] if self.isChecked() else self._marks[0]

    # -- geometry -----------------------------------------------------------------
    def _pad(self) -> int:
        return max(8, self.fontMetrics().height() // 2)

    def _side(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text) + self._pad() if text else 0

    def _text_rect(self, width: int) -> QRect:
        pad = self._pad()
        left = pad + self._side(self.mark() or (self._marks[0] if self._marks else ""))
        left += pad if self._swatch else 0
        right = pad + self._side(self._badge)
        return QRect(left, pad, max(10, width - left - right), 10_000)

    def heightForWidth(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        rect = self._text_rect(width)
        flags = int(Qt.TextFlag.TextWordWrap) | int(self._align)
        text_h = fm.boundingRect(rect, flags, self.text()).height()
        return max(round(fm.height() * self._lines), text_h + 2 * self._pad())

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = min(fm.horizontalAdvance(self.text()), fm.averageCharWidth() * 40)
        width += 2 * self._pad() + self._side(self.mark() or "○") + self._side(self._badge)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 6, round(fm.height() * self._lines))

    def _limit_growth(self) -> None:
        if self._grow:
            most = max(round(self.fontMetrics().height() * GROW_LINES),
                       self.heightForWidth(max(1, self.width())))
            if self.maximumHeight() != most:
                self.setMaximumHeight(most)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._limit_growth()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._limit_growth()

    def keyPressEvent(self, event) -> None:
        # Enter works like Space (a keyboard or a presenter's "OK" key).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- painting -------------------------------------------------------------------
    def colors(self) -> tuple[QColor, QColor, QColor]:
        """Fill, text and border as painted now (from the stage's theme)."""
        pal = st.stage_palette(self)
        if not self.isEnabled():
            values = pal.disabled, pal.disabled_text, pal.disabled_border
        elif self._primary:
            values = pal.primary, pal.primary_text, pal.primary
        elif self.isChecked():
            values = pal.accent, pal.accent_text, pal.accent_border
        else:
            values = pal.tile, pal.foreground, pal.tile_border
        return QColor(values[0]), QColor(values[1]), QColor(values[2])

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = self.fontMetrics().height() / 3
        bg, fg, border = self.colors()
        if self.isDown():
            bg = bg.darker(115)
        p.setPen(QPen(border, max(2, self.fontMetrics().height() // 12)))
        p.setBrush(bg)
        p.drawRoundedRect(r, radius, radius)
        focus_pen = None
        if self.hasFocus():
            # Dashed and thinner than a selection's fill: focus, not a choice.
            ring = max(2, self.fontMetrics().height() // 10)
            p.setBrush(Qt.BrushStyle.NoBrush)
            pal = st.stage_palette(self)
            strong = self._primary or self.isChecked()
            focus_pen = QPen(QColor(pal.focus_strong if strong else pal.focus), ring,
                             Qt.PenStyle.DashLine)
            p.setPen(focus_pen)
            inset = ring * 2.5
            p.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), radius / 2, radius / 2)
        pad = self._pad()
        x = pad
        if self._swatch:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(self._swatch))
            p.drawRoundedRect(QRectF(pad / 2, pad / 2, pad, r.height() - pad), 3, 3)
            x += pad
        p.setPen(fg)
        mark = self.mark()
        if mark:
            p.drawText(QRect(x, 0, self._side(mark), self.height()),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), mark)
        if self._badge:
            bw = self._side(self._badge)
            p.drawText(QRect(self.width() - bw - pad // 2, 0, bw, self.height()),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                       self._badge)
        text_rect = self._text_rect(self.width())
        text_rect.setHeight(self.height() - 2 * pad)
        flags = (int(Qt.TextFlag.TextWordWrap) | int(self._align)
                 | int(Qt.AlignmentFlag.AlignVCenter))
        drawn = p.boundingRect(text_rect, flags, self.text())
        p.drawText(text_rect, flags, self.text())
        if focus_pen is not None:
            p.setPen(focus_pen)
            y = drawn.bottom() + focus_pen.widthF() * 1.5
            p.drawLine(drawn.left(), round(y), drawn.right(), round(y))
        p.end()

    def focus_style(self) -> Qt.PenStyle | None:
        """How the focus is drawn now (dashed), or None without focus; a selection is a
        fill and a mark, never a line (tests and the accessibility check read this)."""
        return Qt.PenStyle.DashLine if self.hasFocus() else None
