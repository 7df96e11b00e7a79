"""TemplateListModel: the activity templates, to drag onto the agenda or add with Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studio.core.templates import TEMPLATES, UI_LABELS
from studio.ui.planner.agenda_model import TEMPLATE_MIME
from studio.ui.planner.drag_source import DragSourceListModel

TemplateIdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(DragSourceListModel):
    MIME = TEMPLATE_MIME

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TEMPLATES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(TEMPLATES):
            return None
        tpl = TEMPLATES[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("Templates", UI_LABELS[tpl.id])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tpl.kind.label} · {tpl.timebox_minutes} min"
        if role == TemplateIdRole:
            return tpl.id
        return None

    def drag_id(self, row: int) -> str:
        return TEMPLATES[row].id

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
