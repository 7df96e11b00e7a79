"""The archive window's first tab: the workshops in the archive, adding and removing them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.archive import ADDED, KEPT, REPLACED, UNCHANGED, ArchivedWorkshop, open_archive
from studio.archive.adding import InputFailure, add_inputs
from studio.archive.content import describe
from studio.base.errors import StudioError
from studio.ui.widgets.labels import plain_label


class WorkshopTable(QAbstractTableModel):
    """The archive's catalog: one row per workshop (plain text only)."""

    COLUMNS = ("title", "city", "place", "date", "scenarios", "ballots", "notes", "added_from")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[ArchivedWorkshop, ...] = ()

    def set_rows(self, rows: tuple[ArchivedWorkshop, ...]) -> None:
        self.beginResetModel()
        self.rows = tuple(sorted(rows, key=lambda w: (w.date or w.added_at.date(), w.title)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "title": self.tr("Workshop"), "city": self.tr("City or organiser"),
            "place": self.tr("Place"), "date": self.tr("Date"), "scenarios": self.tr("Pilots"),
            "ballots": self.tr("Ballots"), "notes": self.tr("Notes"),
            "added_from": self.tr("Added from"),
        }[self.COLUMNS[section]]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "date":
                return value.isoformat() if value else ""
            return str(value) if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("scenarios", "ballots", "notes"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.workshop_id
        return None


class _AddSignals(QObject):
    line = Signal(str, bool)
    finished = Signal()


class _AddJob(QRunnable):
    """Adds inputs off the GUI thread, on a connection of its own."""

    def __init__(self, target: str, paths: list[Path]) -> None:
        super().__init__()
        self.target, self.paths = target, paths
        self.signals = _AddSignals()

    def run(self) -> None:
        try:
            with open_archive(self.target) as archive:
                add_inputs(archive, self.paths, report=self._report)
        except StudioError as err:
            self.signals.line.emit(err.user_message(), True)
        finally:
            self.signals.finished.emit()

    def _report(self, path: Path, outcome: Any) -> None:
        if isinstance(outcome, InputFailure):
            self.signals.line.emit(f"{path.name}: {outcome.error.user_message()}", True)
            return
        title = outcome.workshop.title
        text = {
            ADDED: QCoreApplication.translate("WorkshopsTab", "added"),
            UNCHANGED: QCoreApplication.translate("WorkshopsTab",
                                                  "already in the archive, unchanged"),
            REPLACED: QCoreApplication.translate(
                "WorkshopsTab", "replaced by this newer copy ({changes})").format(
                changes=describe(list(outcome.changes))),
            KEPT: QCoreApplication.translate("WorkshopsTab", "the archive keeps its newer copy"),
        }.get(outcome.status, outcome.status)
        self.signals.line.emit(f"{path.name}: {title}: {text}", False)


class WorkshopsTab(QWidget):
    """Which workshops the archive holds; add workshop files or exports, remove one."""

    changed = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.model = WorkshopTable(self)
        self.table = QTableView(self)
        self.table.setObjectName("archiveWorkshops")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addWorkshops")
        self.add_button.clicked.connect(self.choose_and_add)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeWorkshop")
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = plain_label("", self, object_name="archiveStatus", selectable=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._jobs: list[_AddJob] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add workshops…"))
        self.add_button.setAccessibleDescription(self.tr(
            "Add workshop files or exports; a workshop already there is not added twice."))
        self.remove_button.setText(self.tr("&Remove workshop"))
        self.table.setAccessibleName(self.tr("Workshops in the archive"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(WorkshopTable.COLUMNS) - 1)

    def reload(self) -> None:
        self.model.set_rows(self.window_.archive.workshops())
        self.table.resizeColumnsToContents()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def choose_and_add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add workshops to the archive"), "",
            self.tr("Workshops and exports (*.workshop *.xlsx)"))
        if paths:
            self.add([Path(p) for p in paths])

    def add(self, paths: list[Path]) -> _AddJob:
        """Add ``paths`` in the background; the table and the status follow."""
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("Adding %n file(s)…", "", len(paths)))
        job = _AddJob(self.window_.target, paths)
        lines: list[str] = []

        def line(text: str, error: bool) -> None:
            lines.append(("⚠ " if error else "") + text)
            self.status.setText("\n".join(lines[-8:]))

        def finished() -> None:
            self.add_button.setEnabled(True)
            self._jobs.remove(job)
            self.reload()
            self.changed.emit()

        job.signals.line.connect(line)
        job.signals.finished.connect(finished)
        self._jobs.append(job)
        QThreadPool.globalInstance().start(job)
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def remove_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            self.status.setText(self.tr("Choose a workshop in the list first."))
            return
        found = self.window_.archive.find(workshop_id)
        answer = QMessageBox.question(
            self, self.tr("Remove workshop"),
            self.tr("Remove “{title}” from the archive? Recommendations that cite it keep "
                    "their quotes, marked as withdrawn.").format(title=found.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.window_.archive.remove(workshop_id)
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            return
        self.status.setText(self.tr("Removed “{title}”.").format(title=found.title))
        self.reload()
        self.changed.emit()

