"""GlossaryEditor: the small glossary of a card as an editable table.

Four columns: term and definition, each in German and English.

Signals:
    changed(): an entry was added, removed or edited.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_CELLS = (("term", "de"), ("term", "en"), ("definition", "de"), ("definition", "en"))


class GlossaryModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[dict[str, dict[str, str]]] = []

    def set_entries(self, entries: list[dict[str, dict[str, str]]]) -> None:
        self.beginResetModel()
        self._entries = copy.deepcopy(entries)
        self.endResetModel()

    def entries(self) -> list[dict[str, dict[str, str]]]:
        return copy.deepcopy(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Term (German)"),
            self.tr("Term (English)"),
            self.tr("Definition (German)"),
            self.tr("Definition (English)"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        part, lang = _CELLS[index.column()]
        return self._entries[index.row()].get(part, {}).get(lang, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        part, lang = _CELLS[index.column()]
        self._entries[index.row()].setdefault(part, {"de": "", "en": ""})[lang] = str(value)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def add(self) -> int:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append({"term": {"de": "", "en": ""}, "definition": {"de": "", "en": ""}})
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
            self.changed.emit()


class GlossaryEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GlossaryModel(self)
        self.model.changed.connect(self.changed)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setObjectName("glossaryTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(180)
        self.table.setAccessibleName(self.tr("Glossary"))
        self.add = QPushButton(self.tr("Add term"))
        self.add.setAccessibleName(self.tr("Add a glossary term"))
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Remove term"))
        self.remove.setAccessibleName(self.tr("Remove the selected glossary term"))
        self.remove.clicked.connect(lambda: self.model.remove(self.table.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_entries(self, entries: list[dict[str, dict[str, str]]]) -> None:
        self.model.set_entries(entries)

    def entries(self) -> list[dict[str, dict[str, str]]]:
        return self.model.entries()

    def _add(self) -> None:
        row = self.model.add()
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(row, 0))
