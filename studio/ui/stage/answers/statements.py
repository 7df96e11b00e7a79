"""Answer widget: agree, disagree or pass on each statement."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind, Stance
from studio.ui.i18n import core_words
from studio.ui.stage.answer_base import AnswerWidget, plain_label
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import RADIO, TileButton

STANCE_MARKS = {Stance.AGREE: "✓", Stance.DISAGREE: "✗", Stance.PASS: "–"}


class StatementsAnswer(AnswerWidget):
    """Each statement with three big buttons: agree, disagree, pass."""

    kind = ActivityKind.STATEMENTS

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.tiles: dict[tuple[str, Stance], TileButton] = {}
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(18)
        with core_words(self):  # the stances in the shared screen's language
            stances = {s: s.label for s in Stance}
        for row, (oid, label) in enumerate(spec.options):
            grid.addWidget(plain_label(label, "h2", self), row, 0)
            group = QButtonGroup(self)
            self.groups[oid] = group
            for col, stance in enumerate((Stance.AGREE, Stance.DISAGREE, Stance.PASS), 1):
                tile = TileButton(f"{STANCE_MARKS[stance]} {stances[stance]}", self,
                                  checkable=True, marks=RADIO)
                tile.setObjectName(f"stance:{oid}:{stance.value}")
                tile.setAccessibleName(f"{stances[stance]}: {label}")
                tile.setAccessibleDescription(self.tr(
                    "Your answer to this statement; one of agree, disagree or pass."))
                group.addButton(tile)
                tile.toggled.connect(self._toggled)
                self.tiles[(oid, stance)] = tile
                grid.addWidget(tile, row, col)
        # The statements wrap; the stance tiles get room for their words on one line.
        grid.setColumnStretch(0, 2)
        for col in (1, 2, 3):
            grid.setColumnStretch(col, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _toggled(self, _on: bool) -> None:
        for tile in self.tiles.values():
            tile.update()
        self.changed.emit()

    def hint(self) -> str:
        return self.tr("Agree, disagree or pass on each statement, then submit.")

    def votes(self) -> dict[str, str]:
        return {oid: stance.value for (oid, stance), t in self.tiles.items() if t.isChecked()}

    def answer(self) -> dict[str, Any] | None:
        votes = self.votes()
        return {"votes": votes} if votes else None

    def status(self) -> str:
        return self.tr("{n} of {total} answered").format(n=len(self.votes()),
                                                         total=len(self.spec.options))


WIDGET = StatementsAnswer
