"""Answer widget: the 2×2 matrix. Tap (or click) to place one dot; arrow keys move it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.stage import style as st
from studio.ui.i18n import words_of
from studio.ui.stage.answer_base import AnswerWidget
from studio.ui.widgets.agenda_spec import ActivitySpec

STEP = 0.05
WIDE = 1.6  # the field at most this much wider than tall


class MatrixField(QWidget):
    """The square field with axis labels around it. ``pos`` is (x, y) in 0..1, y upwards."""

    def __init__(self, settings: dict[str, Any], owner: MatrixAnswer) -> None:
        super().__init__(owner)
        self.owner = owner
        self.s = settings
        self.pos: tuple[float, float] | None = None
        self.setObjectName("matrixInput")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(words_of(owner).translate(
            "MatrixAnswer", "Matrix: {x} across, {y} up. Tap to place your dot; arrow keys move it."
        ).format(x=settings.get("x_label", ""), y=settings.get("y_label", "")))

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 12
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 7
        return QSize(side, side)

    def _band(self) -> float:
        """Room for one line of axis text beside the field."""
        return self.fontMetrics().height() * 1.25

    def field(self) -> QRectF:
        """The field beside two lines of axis text on the left and below (the ends of the
        axis, then its name), as large as the widget allows: as tall as there is room,
        and up to WIDE times as wide as tall, so a wide screen is not left empty."""
        band = self._band()
        pad = max(4.0, band / 4)
        height = max(10.0, self.height() - 2 * band - pad)
        room = max(10.0, self.width() - 4 * band - 2 * pad)
        width = min(room, height * WIDE)
        height = min(height, width)
        x0 = 2 * band + pad + (room - width) / 2
        return QRectF(x0, pad, width, height)

    def axis_texts(self) -> list[tuple[str, QRectF, QFont, int]]:
        """Every axis text with its box (in the axis' own direction: the y axis' boxes are
        drawn rotated, their width runs along the axis), its font and its alignment. The
        font shrinks (down to 60 %) until the text fits its box whole."""
        f = self.field()
        band = self._band()
        s = self.s
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        center = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        out = []
        for axis, length in (("x", f.width()), ("y", f.height())):
            low, high = s.get(f"{axis}_low", ""), s.get(f"{axis}_high", "")
            name = s.get(f"{axis}_label", "")
            ends = QRectF(0, 0, length / 2 - 4, band)
            out.append((str(low), ends, self._fitted(str(low), ends.width()), left))
            out.append((str(high), ends.translated(length / 2 + 4, 0),
                        self._fitted(str(high), ends.width()), right))
            title = QRectF(0, band, length, band)
            arrow = f"{name} →" if name else ""
            out.append((arrow, title, self._fitted(arrow, length), center))
        return out

    def _fitted(self, text: str, width: float) -> QFont:
        font = QFont(self.font())
        size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
        smallest = max(8, round(size * 0.6))
        while size > smallest and QFontMetricsF(font).horizontalAdvance(text) > width:
            size -= 1
            font.setPixelSize(size)
        return font

    def place(self, x: float, y: float) -> None:
        self.pos = (min(1.0, max(0.0, x)), min(1.0, max(0.0, y)))
        x_label, y_label = self.s.get("x_label", "x"), self.s.get("y_label", "y")
        self.setAccessibleDescription(
            f"{x_label}: {round(self.pos[0] * 100)} %, {y_label}: {round(self.pos[1] * 100)} %")
        self.update()
        self.owner.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        f = self.field()
        p = event.position()
        if f.contains(p):
            self.place((p.x() - f.left()) / f.width(), 1 - (p.y() - f.top()) / f.height())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: (-STEP, 0), Qt.Key.Key_Right: (STEP, 0),
                 Qt.Key.Key_Up: (0, STEP), Qt.Key.Key_Down: (0, -STEP)}
        key = Qt.Key(event.key())
        if key in moves:
            x, y = self.pos or (0.5, 0.5)
            dx, dy = moves[key] if self.pos else (0, 0)
            self.place(x + dx, y + dy)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.pos:
            self.place(0.5, 0.5)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = self.field()
        fm = self.fontMetrics()
        line = max(2, fm.height() // 12)
        pal = st.stage_palette(self)
        p.fillRect(f, QColor(pal.field))
        p.setPen(QPen(QColor(pal.muted), line, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(f.center().x(), f.top()), QPointF(f.center().x(), f.bottom()))
        p.drawLine(QPointF(f.left(), f.center().y()), QPointF(f.right(), f.center().y()))
        p.setPen(QPen(QColor(pal.foreground), line))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(f)
        h = fm.height()
        texts = self.axis_texts()
        for index, (text, box, font, align) in enumerate(texts):
            p.save()
            if index < 3:  # x: below the field, left to right
                p.translate(f.left(), f.bottom() + 4)
            else:  # y: left of the field, bottom to top
                p.translate(f.left() - 4, f.bottom())
                p.rotate(-90)
                box = QRectF(box.left(), -box.bottom(), box.width(), box.height())
            p.setFont(font)
            p.drawText(box, align, text)
            p.restore()
        if self.pos is not None:
            cx = f.left() + self.pos[0] * f.width()
            cy = f.top() + (1 - self.pos[1]) * f.height()
            r = h * 0.7
            p.setPen(QPen(QColor(pal.accent_text), line * 2))
            p.setBrush(QColor(pal.accent))
            p.drawEllipse(QPointF(cx, cy), r, r)
            p.setPen(QPen(QColor(pal.foreground), line))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(cx, cy), r + line * 1.5, r + line * 1.5)
        if self.hasFocus():  # dashed: the focus, never mistaken for a placed dot
            ring = max(2, h // 10)
            p.setPen(QPen(QColor(pal.focus), ring, Qt.PenStyle.DashLine))
            p.drawRect(f.adjusted(ring, ring, -ring, -ring))
        p.end()


class MatrixAnswer(AnswerWidget):
    kind = ActivityKind.MATRIX

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.field = MatrixField(spec.settings, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)

    @staticmethod
    def overview(spec: ActivitySpec) -> str:
        s = spec.settings
        return f"→ {s.get('x_label', '')}   ↑ {s.get('y_label', '')}"

    def hint(self) -> str:
        return self.tr("Tap the spot that fits your view, then submit.")

    def answer(self) -> dict[str, Any] | None:
        if self.field.pos is None:
            return None
        return {"x": round(self.field.pos[0], 4), "y": round(self.field.pos[1], 4)}


WIDGET = MatrixAnswer
