"""DotResultsPanel: the ranked dot-voting results and the voting limits.

Signals (DotResultsPanel):
    itemActivated(str, str): kind ("note"|"cluster") and id of a row the user opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class DotRankingModel(QAbstractTableModel):
    """Rows of ``NoteService.dot_ranking()``: rank, dots, kind, text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []
        self.labels: dict[str, str] = {}

    def set_entries(self, entries: list[dict[str, Any]], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries, self.labels = list(entries), labels
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return [self.tr("Rank"), self.tr("Dots"), self.tr("Kind"), self.tr("Note or cluster")][
                section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if e["kind"] == "cluster":
                kind = self.tr("Cluster")
            else:
                kind = self.labels.get(e["category"], e["category"] or "")
                if e.get("hidden"):
                    kind += " · " + self.tr("hidden")
            return [str(e["rank"]), str(e["dots"]), kind, e["label"]][index.column()]
        if role == Qt.TextAlignmentRole and index.column() < 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return e["kind"], e["id"]
        return None


class DotResultsPanel(QWidget):
    itemActivated = Signal(str, str)

    def __init__(self, doc, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.per_person = QSpinBox()
        self.per_person.setRange(1, 20)
        self.per_item = QSpinBox()
        self.per_item.setRange(1, 20)
        self.total = QLabel()
        self.total.setTextFormat(Qt.PlainText)
        self.model = DotRankingModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setWordWrap(True)
        form = QFormLayout()
        self.per_person_label = QLabel()
        self.per_person_label.setBuddy(self.per_person)
        self.per_item_label = QLabel()
        self.per_item_label.setBuddy(self.per_item)
        form.addRow(self.per_person_label, self.per_person)
        form.addRow(self.per_item_label, self.per_item)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        self.per_person.valueChanged.connect(self._save_limits)
        self.per_item.valueChanged.connect(self._save_limits)
        self.table.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.per_person.setAccessibleName(self.tr("Dots per participant"))
        self.per_person.setAccessibleDescription(self.tr(
            "How many dots each participant places on the shared screen."))
        self.per_item.setAccessibleName(self.tr("Most dots on one item"))
        self.per_item.setAccessibleDescription(self.tr(
            "How many of their dots a participant may place on one note or cluster."))
        self.table.setAccessibleName(self.tr("Dot voting results"))
        self.table.setAccessibleDescription(self.tr(
            "Notes and clusters ranked by their dots. Enter or a double-click shows the item"
            " on the board."))
        self.per_person_label.setText(self.tr("Dots per &participant:"))
        self.per_item_label.setText(self.tr("Most dots on one &item:"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 3)
        self.refresh()

    def refresh(self) -> None:
        ws = self.doc.workshops.get()
        for box, key, default in ((self.per_person, "dots_per_participant", 5),
                                  (self.per_item, "max_dots_per_item", 2)):
            box.blockSignals(True)
            box.setValue(int(ws.settings.get(key, default)))
            box.blockSignals(False)
        lang = ws.language or "de"
        labels = {c["key"]: f"{c.get('symbol', '')} {c.get(lang) or c.get('de') or c['key']}"
                  for c in ws.note_categories or []}
        entries = self.doc.notes.dot_ranking()
        self.model.set_entries(entries, labels)
        self.table.resizeRowsToContents()
        self.total.setText(self.tr("%n dot(s) placed.", "",
                                   sum(e["dots"] for e in entries)))

    def _save_limits(self) -> None:
        ws = self.doc.workshops.get()
        settings = {**ws.settings, "dots_per_participant": self.per_person.value(),
                    "max_dots_per_item": self.per_item.value()}
        self.doc.workshops.update(settings=settings)
        self.doc.notify("workshop")

    def _activated(self, index: QModelIndex) -> None:
        kind, item_id = self.model.data(index, Qt.UserRole)
        self.itemActivated.emit(kind, item_id)
