"""A read-only list model whose rows can be dragged onto the agenda as an id."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt


class DragSourceListModel(QAbstractListModel):
    """Subclasses set ``MIME`` and implement :meth:`drag_id`; dropping is the agenda's job."""

    MIME = ""

    def drag_id(self, row: int) -> str:
        raise NotImplementedError

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            mime.setData(self.MIME, QByteArray(self.drag_id(valid[0].row()).encode()))
        return mime
