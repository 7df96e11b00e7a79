"""The console's agenda: its model (scenarios, activities, states) and its selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from studio.core.kinds import ActivityState
from studio.ui.widgets.agenda_spec import ScenarioSpec, card_title

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeView

    from studio.ui.session.controller import SessionController

# What a selected agenda row brings along: these act on the selection (going there first).
SELECTION_ACTIONS = frozenset({
    "session.show_card", "session.show_activity", "session.show_results", "session.open",
    "session.close", "session.reveal", "session.tally", "session.timer",
    "session.read_aloud"})

STATE_MARKS = {
    ActivityState.DRAFT: "○",
    ActivityState.OPEN: "●",
    ActivityState.CLOSED: "■",
    ActivityState.REVEALED: "◆",
}
ItemRole = Qt.ItemDataRole.UserRole + 1  # (scenario_id, activity_id or None)

_Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("key", "text", "state", "parent", "children", "row")

    def __init__(self, key: tuple[str, str | None], text: str, state: str,
                 parent: _Node | None, row: int) -> None:
        self.key = key
        self.text = text
        self.state = state
        self.parent = parent
        self.children: list[_Node] = []
        self.row = row


def _walk(roots: list[_Node]):
    for root in roots:
        yield root
        yield from root.children


class AgendaModel(QAbstractItemModel):
    """Two levels: scenarios (their card), then activities. Columns: item, state.

    Read-only; rebuilt from snapshots whenever the agenda or session changes.
    The current item is bold and marked with ▶ (not by colour).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Node] = []
        self.current: tuple[str, str | None] | None = None

    def set_agenda(self, agenda: list[ScenarioSpec], language: str,
                   current: tuple[str, str | None] | None) -> None:
        roots = []
        for i, sc in enumerate(agenda):
            node = _Node((sc.id, None), f"{i + 1}. {card_title(sc.card, language)}", "", None, i)
            for j, act in enumerate(sc.activities):
                state = f"{STATE_MARKS[act.state]} {act.state.label}"
                node.children.append(_Node((sc.id, act.id), f"{act.kind.label}: {act.prompt}",
                                           state, node, j))
            roots.append(node)
        old, new = list(_walk(self._roots)), list(_walk(roots))
        if [(n.key, n.text) for n in old] == [(n.key, n.text) for n in new]:
            # The same items (the session moved on): only states and the current mark
            # change, so the view keeps its rows, its expansion and its selection.
            was, self.current = self.current, current
            for mine, fresh in zip(old, new):
                if mine.state != fresh.state or (was != current and mine.key in (was, current)):
                    mine.state = fresh.state
                    self.dataChanged.emit(self.createIndex(mine.row, 0, mine),
                                          self.createIndex(mine.row, 1, mine))
            return
        self.beginResetModel()
        self.current = current
        self._roots = roots
        self.endResetModel()

    def index_of(self, key: tuple[str, str | None] | None) -> QModelIndex:
        for root in self._roots:
            if root.key == key:
                return self.createIndex(root.row, 0, root)
            for child in root.children:
                if child.key == key:
                    return self.createIndex(child.row, 0, child)
        return QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------------
    def _node(self, index: _Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        children = self._roots if node is None else node.children
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(self._roots) if node is None else len(node.children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        is_current = node.key == self.current
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 1:
                return node.state
            return ("▶ " if is_current else "") + node.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return node.text
        if role == Qt.ItemDataRole.FontRole and is_current:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemRole:
            return node.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Agenda") if section == 0 else self.tr("State")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AgendaSelection(QObject):
    """A click (or the arrow keys) selects an agenda row; Enter goes there.

    The item actions follow the selection: they are enabled for the selected
    row, and triggering one first makes that row the current item (through the
    controller's ``about_to_act``), so *Show scenario card* after a click shows
    that scenario's card.
    """

    def __init__(self, tree: QTreeView, model: AgendaModel, control: SessionController,
                 message: Callable[[str, bool], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.model = model
        self.control = control
        self._message = message
        tree.selectionModel().selectionChanged.connect(self._changed)
        control.about_to_act.connect(self._follow)

    def selected_item(self) -> tuple[str, str | None] | None:
        """The selected row (the current item unless the facilitator chose another)."""
        rows = self.tree.selectionModel().selectedRows(0)
        key = self.model.data(rows[0], ItemRole) if rows else None
        return key if key is not None else self.control.current_item()

    def _changed(self, *_args: object) -> None:
        selected = self.selected_item()
        if selected is not None and selected != self.control.current_item():
            title = str(self.model.data(self.model.index_of(selected)) or "")
            self._message(QCoreApplication.translate(
                "SessionPage", "Selected: {item}. The buttons act on it; Enter shows it "
                "now.").format(item=title), False)
        self.sync_actions()

    def _follow(self, action_id: str) -> None:
        selected = self.selected_item()
        if (action_id in SELECTION_ACTIONS and selected is not None
                and selected != self.control.current_item()):
            self.control.go_to(*selected)

    def sync_actions(self) -> None:
        """Enable the item actions for the selected row, not only for the current item."""
        from studio.core.kinds.registry import kind_of

        selected = self.selected_item()
        if selected is None or selected == self.control.current_item():
            return
        scenario_id, activity_id = selected
        act = None
        for sc in self.control.agenda:
            if sc.id == scenario_id:
                act = next((a for a in sc.activities if a.id == activity_id), None)
        state = act.state if act else None
        enabled = {
            "session.show_activity": act is not None,
            "session.show_results": act is not None,
            "session.open": act is not None and state is not ActivityState.OPEN,
            "session.close": state is ActivityState.OPEN,
            "session.reveal": state in (ActivityState.OPEN, ActivityState.CLOSED),
            "session.tally": act is not None and kind_of(act.kind).takes_tally,
            # Withdrawing answers acts on the current item only.
            "session.undo_ballot": False,
            "session.reset": False,
        }
        for action_id, on in enabled.items():
            self.control.actions[action_id].setEnabled(on)
