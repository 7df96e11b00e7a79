"""Answer widget: multiple choice, up to k of the tiles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.stage.answer_base import AnswerWidget, tile_grid
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import CHECK, TileButton


class MultipleChoiceAnswer(AnswerWidget):
    kind = ActivityKind.MULTIPLE_CHOICE

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.k = int(spec.settings.get("max_choices", len(spec.options)))
        self.tiles: dict[str, TileButton] = {}
        for oid, label in spec.options:
            tile = TileButton(label, self, checkable=True, marks=CHECK, grow=True)
            tile.setObjectName(f"option:{oid}")
            tile.setAccessibleDescription(self.tr(
                "Choose or unchoose this answer; up to {k} answers.").format(k=self.k))
            tile.toggled.connect(self._toggled)
            self.tiles[oid] = tile
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tile_grid(list(self.tiles.values())))
        # The tiles take the spare height (up to a limit), the rest stays below them.
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _chosen(self) -> list[str]:
        return [oid for oid, t in self.tiles.items() if t.isChecked()]

    def _toggled(self, _on: bool) -> None:
        full = len(self._chosen()) >= self.k
        for tile in self.tiles.values():
            tile.setEnabled(tile.isChecked() or not full)
            tile.update()
        self.changed.emit()

    def hint(self) -> str:
        return self.tr("Choose up to %n answer(s), then submit.", "", self.k)

    def answer(self) -> dict[str, Any] | None:
        chosen = self._chosen()
        return {"options": chosen} if chosen else None

    def status(self) -> str:
        return self.tr("{n} chosen, at most {k}").format(n=len(self._chosen()), k=self.k)


WIDGET = MultipleChoiceAnswer
