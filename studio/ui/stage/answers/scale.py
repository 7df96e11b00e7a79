"""Answer widget: a scale with end labels (and "don't know")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.core.kinds.scale import scale_range
from studio.ui.stage.answer_base import AnswerWidget, plain_label
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import TileButton


class ScaleAnswer(AnswerWidget):
    kind = ActivityKind.SCALE

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lo, hi = scale_range(spec.settings)
        self.group = QButtonGroup(self)
        self.tiles: dict[str, TileButton] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        for v in range(lo, hi + 1):
            # Tall targets: one row of numbers would leave the screen half empty.
            tile = TileButton(str(v), self, checkable=True, align=Qt.AlignmentFlag.AlignCenter,
                              lines=3.6)
            tile.setObjectName(f"value:{v}")
            name = str(v)
            if v == lo and spec.settings.get("min_label"):
                name = f"{v} – {spec.settings['min_label']}"
            elif v == hi and spec.settings.get("max_label"):
                name = f"{v} – {spec.settings['max_label']}"
            tile.setAccessibleName(name)
            tile.setAccessibleDescription(self.tr("Choose this value; one value only."))
            self.tiles[str(v)] = tile
            row.addWidget(tile)
        ends = QHBoxLayout()
        ends.addWidget(plain_label(str(spec.settings.get("min_label", "")), "body", self))
        ends.addStretch(1)
        right = plain_label(str(spec.settings.get("max_label", "")), "body", self)
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(ends)
        if spec.settings.get("allow_dont_know", True):
            tile = TileButton(self.tr("Don't know"), self, checkable=True,
                              align=Qt.AlignmentFlag.AlignCenter)
            tile.setObjectName("dont_know")
            tile.setAccessibleDescription(self.tr("Choose this if you cannot say."))
            self.tiles["dont_know"] = tile
            layout.addSpacing(16)
            layout.addWidget(tile, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        for tile in self.tiles.values():
            self.group.addButton(tile)
            tile.toggled.connect(self._toggled)
            # A selected value shows a mark, not only the colour.
            tile._marks = ("", "✓")

    def _toggled(self, _on: bool) -> None:
        for tile in self.tiles.values():
            tile.update()
        self.changed.emit()

    @staticmethod
    def overview(spec: ActivitySpec) -> str:
        s = spec.settings
        return f"{s.get('min', 1)} – {s.get('min_label', '')}   …   " \
               f"{s.get('max', 5)} – {s.get('max_label', '')}"

    def hint(self) -> str:
        return self.tr("Choose one value, then submit.")

    def answer(self) -> dict[str, Any] | None:
        for key, tile in self.tiles.items():
            if tile.isChecked():
                return {"dont_know": True} if key == "dont_know" else {"value": int(key)}
        return None


WIDGET = ScaleAnswer
