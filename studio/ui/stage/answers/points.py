"""Answer widget: a point budget shared among the options with − and + buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.stage.answer_base import AnswerWidget, plain_label
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import TileButton


class PointsAnswer(AnswerWidget):
    """Distribute a budget of points with big − and + buttons per option."""

    kind = ActivityKind.POINTS

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.budget = int(spec.settings.get("budget", 10))
        self.points = {oid: 0 for oid, _ in spec.options}
        self.values: dict[str, QLabel] = {}
        self.plus: dict[str, TileButton] = {}
        self.minus: dict[str, TileButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        for row, (oid, label) in enumerate(spec.options):
            text = plain_label(label, "body", self)
            minus = TileButton("−", self, align=Qt.AlignmentFlag.AlignCenter, lines=1.8)
            minus.setObjectName(f"minus:{oid}")
            minus.setAccessibleName(self.tr("One point less for {option}").format(option=label))
            minus.setAccessibleDescription(self.tr("Takes one of your points back."))
            value = plain_label("0", "h2", self, wrap=False)
            value.setObjectName(f"points:{oid}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("000") * 2)
            plus = TileButton("+", self, align=Qt.AlignmentFlag.AlignCenter, lines=1.8)
            plus.setObjectName(f"plus:{oid}")
            plus.setAccessibleName(self.tr("One point more for {option}").format(option=label))
            plus.setAccessibleDescription(self.tr("Gives this option one of your points."))
            minus.clicked.connect(lambda _=False, o=oid: self.add(o, -1))
            plus.clicked.connect(lambda _=False, o=oid: self.add(o, +1))
            for col, w in enumerate((text, minus, value, plus)):
                grid.addWidget(w, row, col)
            self.values[oid], self.plus[oid], self.minus[oid] = value, plus, minus
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._sync()

    def left(self) -> int:
        return self.budget - sum(self.points.values())

    def add(self, oid: str, delta: int) -> None:
        new = self.points[oid] + delta
        if new < 0 or (delta > 0 and self.left() <= 0):
            return
        self.points[oid] = new
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        left = self.left()
        for oid, n in self.points.items():
            self.values[oid].setText(str(n))
            self.minus[oid].setEnabled(n > 0)
            self.plus[oid].setEnabled(left > 0)

    def hint(self) -> str:
        return self.tr("Share {budget} points among the options, then submit.").format(
            budget=self.budget)

    def answer(self) -> dict[str, Any] | None:
        given = {oid: n for oid, n in self.points.items() if n}
        return {"points": given} if given else None

    def status(self) -> str:
        return self.tr("{left} of {budget} points left").format(left=self.left(),
                                                                budget=self.budget)


WIDGET = PointsAnswer
