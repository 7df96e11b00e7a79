"""Answer widgets: a scale with end labels (and "don't know"), agree/disagree/pass statements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from studio.core.answers import scale_range
from studio.core.kinds import Stance
from studio.ui.i18n import core_words
from studio.ui.session.answer_base import AnswerWidget, plain_label
from studio.ui.session.spec import ActivitySpec
from studio.ui.session.tiles import TileButton

STANCE_MARKS = {Stance.AGREE: "✓", Stance.DISAGREE: "✗", Stance.PASS: "–"}


class ScaleAnswer(AnswerWidget):
    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lo, hi = scale_range(spec.settings)
        self.group = QButtonGroup(self)
        self.tiles: dict[str, TileButton] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        for v in range(lo, hi + 1):
            tile = TileButton(str(v), self, checkable=True, align=Qt.AlignmentFlag.AlignCenter)
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

    def answer(self) -> dict[str, Any] | None:
        for key, tile in self.tiles.items():
            if tile.isChecked():
                return {"dont_know": True} if key == "dont_know" else {"value": int(key)}
        return None


class StatementsAnswer(AnswerWidget):
    """Each statement with three big buttons: agree, disagree, pass."""

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
                                  checkable=True, marks=("○", "●"))
                tile.setObjectName(f"stance:{oid}:{stance.value}")
                tile.setAccessibleName(f"{stances[stance]}: {label}")
                tile.setAccessibleDescription(self.tr(
                    "Your answer to this statement; one of agree, disagree or pass."))
                group.addButton(tile)
                tile.toggled.connect(self._toggled)
                self.tiles[(oid, stance)] = tile
                grid.addWidget(tile, row, col)
        grid.setColumnStretch(0, 3)
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

    def votes(self) -> dict[str, str]:
        return {oid: stance.value for (oid, stance), t in self.tiles.items() if t.isChecked()}

    def answer(self) -> dict[str, Any] | None:
        votes = self.votes()
        return {"votes": votes} if votes else None

    def status(self) -> str:
        return self.tr("{n} of {total} answered").format(n=len(self.votes()),
                                                         total=len(self.spec.options))
