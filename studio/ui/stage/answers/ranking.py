"""Answer widget: ranking, by tapping options in order or dragging them into place.

Tapping an option in the pool appends it to the order; tapping a ranked option
puts it back. Ranked options can be dragged up and down, or moved with their
▲/▼ buttons (keyboard). The answer is complete once every option is ranked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.i18n import words_of
from studio.ui.stage.answer_base import AnswerWidget, plain_label, tile_grid
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import TileButton


class _RankRow(QWidget):
    def __init__(self, oid: str, label: str, owner: RankingAnswer) -> None:
        super().__init__(owner)
        self.oid = oid
        words = words_of(owner)  # the shared screen's language
        self.rank = plain_label("", "h2", self, wrap=False)
        self.rank.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rank.setMinimumWidth(self.rank.fontMetrics().horizontalAdvance("00.") * 2)
        self.tile = TileButton(label, self, checkable=False)
        self.tile.setObjectName(f"rank:{oid}")
        self.tile.setAccessibleName(
            words.translate(
                "RankingAnswer", "{option}, ranked; press to take it out"
            ).format(option=label)
        )
        self.tile.setAccessibleDescription(words.translate(
            "RankingAnswer", "Takes the option out of your order again."))
        self.up = TileButton("▲", self, align=Qt.AlignmentFlag.AlignCenter)
        self.up.setObjectName(f"up:{oid}")
        self.up.setAccessibleName(
            words.translate("RankingAnswer", "Move {option} up").format(option=label)
        )
        self.up.setAccessibleDescription(words.translate(
            "RankingAnswer", "Makes the option one place more important."))
        self.down = TileButton("▼", self, align=Qt.AlignmentFlag.AlignCenter)
        self.down.setObjectName(f"down:{oid}")
        self.down.setAccessibleName(
            words.translate("RankingAnswer", "Move {option} down").format(option=label)
        )
        self.down.setAccessibleDescription(words.translate(
            "RankingAnswer", "Makes the option one place less important."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rank)
        layout.addWidget(self.tile, 1)
        layout.addWidget(self.up)
        layout.addWidget(self.down)


class RankingAnswer(AnswerWidget):
    kind = ActivityKind.RANKING

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.labels = dict(spec.options)
        self.order: list[str] = []
        self.rows: dict[str, _RankRow] = {}
        self.pool: dict[str, TileButton] = {}
        self._drag: tuple[str, QPoint] | None = None
        self._dragging = False

        self.ranked_box = QVBoxLayout()
        self.ranked_box.setSpacing(10)
        self.empty_hint = plain_label(
            self.tr("Tap the options below, most important first."), "body", self
        )
        for oid, label in spec.options:
            tile = TileButton(label, self, checkable=False)
            tile.setObjectName(f"pool:{oid}")
            tile.setAccessibleName(self.tr("Rank next: {option}").format(option=label))
            tile.setAccessibleDescription(self.tr(
                "Puts the option next in your order, after the ones you chose before."))
            tile.clicked.connect(lambda _=False, o=oid: self.take(o))
            self.pool[oid] = tile
            row = _RankRow(oid, label, self)
            row.tile.clicked.connect(lambda _=False, o=oid: self.put_back(o))
            row.up.clicked.connect(lambda _=False, o=oid: self.move(o, -1))
            row.down.clicked.connect(lambda _=False, o=oid: self.move(o, +1))
            row.tile.installEventFilter(self)
            row.hide()
            self.rows[oid] = row
        self.pool_title = plain_label(self.tr("Still to rank"), "small", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self.ranked_box)
        layout.addSpacing(20)
        layout.addWidget(self.pool_title)
        layout.addLayout(tile_grid(list(self.pool.values())))
        layout.addStretch(1)
        self._relayout()

    # -- changing the order ----------------------------------------------------------
    def take(self, oid: str) -> None:
        if oid in self.order:
            return
        self.order.append(oid)
        self._relayout(focus=self._next_pool_tile())
        self.changed.emit()

    def put_back(self, oid: str) -> None:
        if self._dragging or oid not in self.order:
            return
        self.order.remove(oid)
        self._relayout(focus=self.pool[oid])
        self.changed.emit()

    def move(self, oid: str, delta: int) -> None:
        i = self.order.index(oid)
        j = max(0, min(len(self.order) - 1, i + delta))
        if i == j:
            return
        self.order.insert(j, self.order.pop(i))
        self._relayout(focus=(self.rows[oid].up if delta < 0 else self.rows[oid].down))
        self.changed.emit()

    def _next_pool_tile(self) -> QWidget | None:
        return next((t for o, t in self.pool.items() if o not in self.order), None)

    def _relayout(self, focus: QWidget | None = None) -> None:
        while self.ranked_box.count():
            self.ranked_box.takeAt(0)
        for i, oid in enumerate(self.order):
            row = self.rows[oid]
            row.rank.setText(f"{i + 1}.")
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(self.order) - 1)
            self.ranked_box.addWidget(row)
            row.show()
        for oid, row in self.rows.items():
            if oid not in self.order:
                row.hide()
        for oid, tile in self.pool.items():
            tile.setVisible(oid not in self.order)
        self.empty_hint.setVisible(not self.order)
        self.pool_title.setVisible(len(self.order) < len(self.pool))
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- dragging ranked rows ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        et = event.type()
        if et == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            oid = watched.objectName().partition(":")[2]
            self._drag = (oid, event.globalPosition().toPoint())
            self._dragging = False
        elif et == QEvent.Type.MouseMove and self._drag is not None:
            oid, start = self._drag
            pos = event.globalPosition().toPoint()
            if (
                not self._dragging
                and (pos - start).manhattanLength() >= QApplication.startDragDistance()
            ):
                self._dragging = True
            if self._dragging:
                self._drag_to(oid, self.mapFromGlobal(pos).y())
                return True
        elif et == QEvent.Type.MouseButtonRelease and self._drag is not None:
            dragged = self._dragging
            self._drag = None
            if dragged:
                watched.setDown(False)
                self._dragging = False
                self.changed.emit()
                return True  # a drag is not a tap: do not put the option back
        return super().eventFilter(watched, event)

    def _drag_to(self, oid: str, y: int) -> None:
        """Move ``oid`` to the slot under ``y`` (live, so the row follows the pointer)."""
        others = [o for o in self.order if o != oid]
        target = sum(1 for o in others if self.rows[o].geometry().center().y() < y)
        current = self.order.index(oid)
        if target != current:
            self.order.insert(target, self.order.pop(current))
            self._relayout()

    # -- result --------------------------------------------------------------------------
    def hint(self) -> str:
        return self.tr("Tap the options in order, most important first (or drag them), "
                       "then submit.")

    def answer(self) -> dict[str, Any] | None:
        return {"order": list(self.order)} if len(self.order) == len(self.pool) else None

    def status(self) -> str:
        return self.tr("{n} of {total} ranked").format(n=len(self.order), total=len(self.pool))


WIDGET = RankingAnswer
