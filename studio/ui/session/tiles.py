"""TileButton: the large touch target of the shared screen.

Painted by hand so that long option texts wrap (QPushButton cannot), the text
stays plain (facilitator and participant text is never interpreted), and the
selected state shows a mark as well as a colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from studio.ui import stage_style as st

RADIO = ("○", "●")
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
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        super().__init__(parent)
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
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- content ------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        # Kept apart from QAbstractButton's text, which would turn "&" into a
        # keyboard mnemonic; the tile paints its own plain text.
        self._label = str(text)
        self.setAccessibleName(self._label)
        self.updateGeometry()
        self.update()

    def text(self) -> str:  # noqa: D102 - plain label, as painted
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

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        fm = QFontMetrics(self.font())
        rect = self._text_rect(width)
        flags = int(Qt.TextFlag.TextWordWrap) | int(self._align)
        text_h = fm.boundingRect(rect, flags, self.text()).height()
        return max(round(fm.height() * 2.4), text_h + 2 * self._pad())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        width = min(fm.horizontalAdvance(self.text()), fm.averageCharWidth() * 40)
        width += 2 * self._pad() + self._side(self.mark() or "○") + self._side(self._badge)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 6, round(fm.height() * 2.4))

    def keyPressEvent(self, event) -> None:  # noqa: N802
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

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
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
        if self.hasFocus():
            ring = max(4, self.fontMetrics().height() // 6)
            p.setBrush(Qt.BrushStyle.NoBrush)
            pal = st.stage_palette(self)
            strong = self._primary or self.isChecked()
            p.setPen(QPen(QColor(pal.focus_strong if strong else pal.focus), ring))
            p.drawRoundedRect(r.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2), radius, radius)
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
        p.drawText(text_rect, flags, self.text())
        p.end()
