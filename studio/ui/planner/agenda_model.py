"""AgendaModel: the plan being edited, as a tree of scenarios and their activities.

The model owns the :class:`~studio.core.plans.Plan`. Its mutating methods are
the primitive edits that undo commands call (insert, remove, move, set); each
emits the proper Qt signals so views keep selection and expansion.

Drops do not change the model directly: they emit a request signal, the window
turns it into an undo command, and ``dropMimeData`` returns False so that the
view never removes the dragged rows itself.

Signals:
    planChanged(): a plan-level field (title, date, groups, ...) changed.
    totalChanged(int): the total minutes of the agenda.
    moveRequested(int, int, int, int): drag of (scenario, activity or -1) to
        (scenario, position); for a scenario the 3rd value is its new row and
        the 4th is -1.
    cardDropped(str, int): a card id dropped at an agenda row.
    templateDropped(str, int, int): a template dropped into (scenario, position).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from studio.core.kinds import ActivityKind
from studio.core.plans import Plan, PlanActivity, PlanProblem, PlanScenario

AGENDA_MIME = "application/x-codesign-agenda-item"
CARD_MIME = "application/x-codesign-card"
TEMPLATE_MIME = "application/x-codesign-template"

COLUMNS = 3  # item, kind, minutes
Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractItemModel):
    planChanged = Signal()
    totalChanged = Signal(int)
    moveRequested = Signal(int, int, int, int)
    cardDropped = Signal(str, int)
    templateDropped = Signal(str, int, int)

    def __init__(self, plan: Plan | None = None, parent=None) -> None:
        super().__init__(parent)
        self._plan = plan or Plan()
        self._title_for: Callable[[str], str] = lambda card_id: ""
        self._problems: dict[tuple[int, int], list[str]] = {}
        self._by_key: dict[int, PlanScenario] = {}

    # -- the plan ----------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self._plan = plan
        self._problems = {}
        self.endResetModel()
        self.planChanged.emit()
        self._total()

    def set_title_lookup(self, func: Callable[[str], str]) -> None:
        """How to find a card's title in the plan's language (from the card library)."""
        self._title_for = func
        self._all_changed()

    def scenario_title(self, row: int) -> str:
        item = self._plan.agenda[row]
        return self._title_for(item.card_id) or item.card_title or item.card_id

    def set_problems(self, problems: list[PlanProblem]) -> None:
        found: dict[tuple[int, int], list[str]] = {}
        for p in problems:
            if p.scenario is not None:
                key = (p.scenario, -1 if p.activity is None else p.activity)
                found.setdefault(key, []).append(p.message)
        if found != self._problems:
            self._problems = found
            self._all_changed()

    def set_plan_fields(self, **fields: Any) -> None:
        for key, value in fields.items():
            if not hasattr(self._plan, key) or key == "agenda":
                raise AttributeError(key)
            setattr(self._plan, key, value)
        self.planChanged.emit()
        if "language" in fields:
            self._all_changed()

    def plan_fields(self, *keys: str) -> dict[str, Any]:
        import copy

        return {k: copy.deepcopy(getattr(self._plan, k)) for k in keys}

    # -- primitive edits (called by undo commands) --------------------------------
    def insert_scenario(self, row: int, item: PlanScenario) -> None:
        row = max(0, min(row, len(self._plan.agenda)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._plan.agenda.insert(row, item)
        self.endInsertRows()
        self._total()

    def remove_scenario(self, row: int) -> PlanScenario:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._plan.agenda.pop(row)
        self.endRemoveRows()
        self._total()
        return item

    def move_scenario(self, src: int, dst: int) -> None:
        """Move scenario ``src`` so that it ends up at row ``dst``."""
        n = len(self._plan.agenda)
        dst = max(0, min(dst, n - 1))
        if src == dst:
            return
        qt_dst = dst + 1 if dst > src else dst
        self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), qt_dst)
        self._plan.agenda.insert(dst, self._plan.agenda.pop(src))
        self.endMoveRows()

    def insert_activity(self, srow: int, arow: int, act: PlanActivity) -> None:
        acts = self._plan.agenda[srow].activities
        arow = max(0, min(arow, len(acts)))
        self.beginInsertRows(self.index(srow, 0), arow, arow)
        acts.insert(arow, act)
        self.endInsertRows()
        self._scenario_changed(srow)

    def remove_activity(self, srow: int, arow: int) -> PlanActivity:
        self.beginRemoveRows(self.index(srow, 0), arow, arow)
        act = self._plan.agenda[srow].activities.pop(arow)
        self.endRemoveRows()
        self._scenario_changed(srow)
        return act

    def move_activity(self, srow: int, src: int, dst_srow: int, dst: int) -> None:
        """Move an activity to position ``dst`` of scenario ``dst_srow`` (final position)."""
        if srow != dst_srow:
            act = self.remove_activity(srow, src)
            self.insert_activity(dst_srow, dst, act)
            return
        acts = self._plan.agenda[srow].activities
        dst = max(0, min(dst, len(acts) - 1))
        if src == dst:
            return
        parent = self.index(srow, 0)
        self.beginMoveRows(parent, src, src, parent, dst + 1 if dst > src else dst)
        acts.insert(dst, acts.pop(src))
        self.endMoveRows()

    def set_activity(self, srow: int, arow: int, act: PlanActivity) -> None:
        self._plan.agenda[srow].activities[arow] = act
        parent = self.index(srow, 0)
        self.dataChanged.emit(self.index(arow, 0, parent), self.index(arow, COLUMNS - 1, parent))
        self._scenario_changed(srow)

    def set_intro_minutes(self, srow: int, minutes: int) -> None:
        self._plan.agenda[srow].intro_minutes = max(0, int(minutes))
        self._scenario_changed(srow)

    # -- lookup -----------------------------------------------------------------
    def location(self, index: Index) -> tuple[int, int]:
        """(scenario row, activity row or -1) of an index; (-1, -1) for none."""
        if not index.isValid():
            return -1, -1
        if index.internalId() == 0:
            return index.row(), -1
        return self._scenario_row(index.internalId()), index.row()

    def _scenario_row(self, key: int) -> int:
        item = self._by_key.get(key)
        for row, other in enumerate(self._plan.agenda):
            if other is item:
                return row
        return -1

    def index_of(self, srow: int, arow: int = -1, column: int = 0) -> QModelIndex:
        if arow < 0:
            return self.index(srow, column)
        return self.index(arow, column, self.index(srow, 0))

    def activity(self, srow: int, arow: int) -> PlanActivity:
        return self._plan.agenda[srow].activities[arow]

    # -- QAbstractItemModel -------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        # Children carry a stable key of their scenario object, so that moving
        # scenarios keeps persistent indexes of activities valid.
        item = self._plan.agenda[parent.row()]
        self._by_key[id(item)] = item
        return self.createIndex(row, column, id(item))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        srow = self._scenario_row(index.internalId())
        if srow < 0:
            return QModelIndex()
        return self.createIndex(srow, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._plan.agenda)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        if parent.row() >= len(self._plan.agenda):
            return 0
        return len(self._plan.agenda[parent.row()].activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Agenda item"), self.tr("Kind"), self.tr("Minutes"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        srow, arow = self.location(index)
        if not 0 <= srow < len(self._plan.agenda):
            return None
        item = self._plan.agenda[srow]
        problems = self._problems.get((srow, arow), [])
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if arow < 0:
                text = [
                    self.scenario_title(srow),
                    self.tr("Scenario · %n activity(ies)", "", len(item.activities)),
                    str(item.minutes),
                ][col]
            else:
                if arow >= len(item.activities):
                    return None
                act = item.activities[arow]
                text = [
                    act.prompt.strip() or self.tr("(no question yet)"),
                    ActivityKind(act.kind).label,
                    str(act.timebox_minutes),
                ][col]
            if col == 0 and problems:
                text = "⚠ " + text
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            full = self.scenario_title(srow) if arow < 0 else (
                item.activities[arow].prompt if arow < len(item.activities) else "")
            return "\n".join([full, *problems])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and arow < 0 and col == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.internalId() == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop --------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME, CARD_MIME, TEMPLATE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            srow, arow = self.location(valid[0])
            mime.setData(AGENDA_MIME, QByteArray(json.dumps([srow, arow]).encode()))
        return mime

    def _target(self, mime: QMimeData, row: int, parent: Index) -> tuple[str, Any] | None:
        """What a drop would do: ("scenario", (src, dst)), ("activity", (s, a, ds, da)),
        ("card", (id, row)), ("template", (id, s, a)) or None if it is not allowed."""
        psrow, parow = self.location(parent)
        n = len(self._plan.agenda)
        if mime.hasFormat(AGENDA_MIME):
            try:
                srow, arow = json.loads(bytes(mime.data(AGENDA_MIME).data()).decode())
            except (ValueError, TypeError):
                return None
            if not 0 <= srow < n:
                return None
            if arow < 0:  # a scenario: only between scenarios
                dst = (row if row >= 0 else n) if psrow < 0 else psrow + (1 if row < 0 else 0)
                if psrow >= 0 and parow >= 0:
                    return None
                return "scenario", (srow, dst - 1 if dst > srow else dst)
            if psrow < 0:  # an activity dropped between scenarios: end of the one above
                if row <= 0:
                    return None
                ds = row - 1
                return "activity", (srow, arow, ds, len(self._plan.agenda[ds].activities))
            count = len(self._plan.agenda[psrow].activities)
            da = row if row >= 0 else count
            if psrow == srow and da > arow:
                da -= 1
            return "activity", (srow, arow, psrow, da)
        if mime.hasFormat(CARD_MIME):
            card_id = bytes(mime.data(CARD_MIME).data()).decode()
            dst = (row if row >= 0 else n) if psrow < 0 else psrow + 1
            return "card", (card_id, dst)
        if mime.hasFormat(TEMPLATE_MIME):
            tid = bytes(mime.data(TEMPLATE_MIME).data()).decode()
            if psrow < 0:
                if row <= 0 and n == 0:
                    return None
                ds = (row if row > 0 else n) - 1
                return "template", (tid, ds, len(self._plan.agenda[ds].activities))
            count = len(self._plan.agenda[psrow].activities)
            return "template", (tid, psrow, row if row >= 0 else count)
        return None

    def canDropMimeData(
        self, mime: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._target(mime, row, parent) is not None

    def dropMimeData(
        self, mime: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._target(mime, row, parent)
        if target is None:
            return False
        what, args = target
        if what == "scenario":
            self.moveRequested.emit(args[0], -1, args[1], -1)
        elif what == "activity":
            self.moveRequested.emit(*args)
        elif what == "card":
            self.cardDropped.emit(*args)
        elif what == "template":
            self.templateDropped.emit(*args)
        # Handled through the undo stack; False keeps the view from removing the source rows.
        return False

    # -- helpers --------------------------------------------------------------------
    def _scenario_changed(self, srow: int) -> None:
        self.dataChanged.emit(self.index(srow, 0), self.index(srow, COLUMNS - 1))
        self._total()

    def _all_changed(self) -> None:
        n = len(self._plan.agenda)
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, COLUMNS - 1))
            for srow in range(n):
                count = len(self._plan.agenda[srow].activities)
                if count:
                    parent = self.index(srow, 0)
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(count - 1, COLUMNS - 1, parent)
                    )

    def _total(self) -> None:
        self.totalChanged.emit(self._plan.total_minutes)
