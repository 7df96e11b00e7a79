"""Answer widget: single choice, one option of the tiles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.stage.answer_base import AnswerWidget, tile_grid
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import RADIO, TileButton


class SingleChoiceAnswer(AnswerWidget):
    kind = ActivityKind.SINGLE_CHOICE

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.tiles: dict[str, TileButton] = {}
        for oid, label in spec.options:
            tile = TileButton(label, self, checkable=True, marks=RADIO, grow=True)
            tile.setObjectName(f"option:{oid}")
            tile.setAccessibleDescription(self.tr("Choose this answer; one answer only."))
            self.group.addButton(tile)
            self.tiles[oid] = tile
            tile.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tile_grid(list(self.tiles.values())))
        # The tiles take the spare height (up to a limit), the rest stays below them.
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _toggled(self, _on: bool) -> None:
        for tile in self.tiles.values():
            tile.update()
        self.changed.emit()

    def hint(self) -> str:
        return self.tr("Choose one answer, then submit.")

    def answer(self) -> dict[str, Any] | None:
        chosen = [oid for oid, t in self.tiles.items() if t.isChecked()]
        return {"option": chosen[0]} if chosen else None


WIDGET = SingleChoiceAnswer
