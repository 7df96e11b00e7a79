"""Answer widget: the 2×2 matrix. Tap (or click) to place one dot; arrow keys move it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.i18n import words_of
from studio.ui import stage_style as st
from studio.ui.session.answer_base import AnswerWidget
from studio.ui.session.spec import ActivitySpec

STEP = 0.05


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

    def sizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height() * 12
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height() * 7
        return QSize(side, side)

    def field(self) -> QRectF:
        """The square inside the margins that hold the axis labels."""
        m = self.fontMetrics().height() * 2.2
        side = max(10.0, min(self.width(), self.height()) - 2 * m)
        x0 = (self.width() - side) / 2 + m / 2
        return QRectF(x0, m / 2, side, side)

    def place(self, x: float, y: float) -> None:
        self.pos = (min(1.0, max(0.0, x)), min(1.0, max(0.0, y)))
        x_label, y_label = self.s.get("x_label", "x"), self.s.get("y_label", "y")
        self.setAccessibleDescription(
            f"{x_label}: {round(self.pos[0] * 100)} %, {y_label}: {round(self.pos[1] * 100)} %")
        self.update()
        self.owner.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        f = self.field()
        p = event.position()
        if f.contains(p):
            self.place((p.x() - f.left()) / f.width(), 1 - (p.y() - f.top()) / f.height())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
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

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
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
        left = int(Qt.AlignmentFlag.AlignLeft)
        right = int(Qt.AlignmentFlag.AlignRight)
        center = int(Qt.AlignmentFlag.AlignHCenter)
        below = QRectF(f.left(), f.bottom() + 4, f.width(), h * 1.2)
        p.drawText(below, left, str(self.s.get("x_low", "")))
        p.drawText(below, right, str(self.s.get("x_high", "")))
        p.drawText(below, center, "→ " + str(self.s.get("x_label", "")))
        p.save()
        p.translate(f.left() - 6, f.bottom())
        p.rotate(-90)
        side = QRectF(0, -h * 1.2, f.height(), h * 1.2)
        p.drawText(side, left, str(self.s.get("y_low", "")))
        p.drawText(side, right, str(self.s.get("y_high", "")))
        p.drawText(side, center, "→ " + str(self.s.get("y_label", "")))
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
        if self.hasFocus():
            ring = max(4, h // 6)
            p.setPen(QPen(QColor(pal.focus), ring))
            p.drawRect(f.adjusted(-ring, -ring, ring, ring))
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
