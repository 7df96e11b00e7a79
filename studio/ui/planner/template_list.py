"""TemplateListModel: the activity templates, to drag onto the agenda or add with Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studio.core.templates import TEMPLATES, UI_LABELS
from studio.ui.planner.agenda_model import TEMPLATE_MIME

TemplateIdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(QAbstractListModel):
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [TEMPLATE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            mime.setData(TEMPLATE_MIME, QByteArray(TEMPLATES[valid[0].row()].id.encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
