"""PlanProblemModel: the plan check as a list, each line saying where and what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studio.core.plans import PlanProblem

Index = QModelIndex | QPersistentModelIndex


class PlanProblemModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[PlanProblem] = []

    def set_problems(self, problems: list[PlanProblem]) -> None:
        if [str(p) for p in problems] == [str(p) for p in self._problems]:
            self._problems = list(problems)
            return
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> PlanProblem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            problem = self._problems[index.row()]
            if problem.blocking:
                return "⚠ " + problem.message
            return "ⓘ " + self.tr("Hint: {message}").format(message=problem.message)
        return None
