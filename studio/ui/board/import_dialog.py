"""NotesImportDialog: preview a CSV/XLSX of notes, with one error per bad row, then import.

The file is only read. The preview lists the notes that will be added and the
rows that will not (line number and reason); importing adds the good rows as
one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.exchange.notes_import import ImportRow, NotesImport, read_notes_file


class ImportPreviewModel(QAbstractTableModel):
    """The good rows of an import, read-only."""

    def __init__(self, labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ImportRow] = []
        self.labels = labels

    def set_rows(self, rows: list[ImportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return [self.tr("Line"), self.tr("Category"), self.tr("Tags"), self.tr("Text")][section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        row = self.rows[index.row()]
        return [str(row.line), self.labels.get(row.category, row.category), ", ".join(row.tags),
                row.text][index.column()]


class NotesImportDialog(QDialog):
    def __init__(self, categories: list[dict[str, str]], tags: list[dict[str, str]],
                 groups: list[dict[str, str]], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import notes from CSV or XLSX"))
        self.resize(820, 600)
        self.categories, self.tags, self.groups = categories, tags, groups
        self.result_: NotesImport | None = None
        labels = {c["key"]: c.get(language) or c.get("de") or c["key"] for c in categories}
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("File to import"))
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.setAccessibleName(self.tr("Choose file"))
        self.default_category = QComboBox()
        self.default_category.setAccessibleName(self.tr("Category for rows without one"))
        for c in categories:
            self.default_category.addItem(f"{c.get('symbol', '')} {labels[c['key']]}", c["key"])
        self.summary = QLabel(self.tr(
            "Columns: text (required), category, tags, group, created, source. See the"
            " documentation for details."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.model = ImportPreviewModel(labels, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Notes to import"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Rows that will not be imported"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), top)
        form.addRow(self.tr("Category for rows &without one:"), self.default_category)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Rows that will not be imported:")))
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.choose.clicked.connect(self._choose)
        self.default_category.currentIndexChanged.connect(self._reload)

    def _choose(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import notes"), start,
            self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` and show the preview (the file is not changed)."""
        self.path.setText(str(path))
        self._reload()

    def _reload(self) -> None:
        if not self.path.text():
            return
        self.errors.clear()
        try:
            self.result_ = read_notes_file(
                Path(self.path.text()), self.categories, self.tags, groups=self.groups,
                default_category=self.default_category.currentData())
        except StudioError as err:
            self.result_ = None
            self.model.set_rows([])
            self.summary.setText(err.user_message())
            self.ok.setEnabled(False)
            return
        result = self.result_
        self.model.set_rows(result.rows)
        for error in result.errors:
            self.errors.addItem(self.tr("Line {line}: {message}").format(
                line=error.line, message=error.message))
        text = self.tr("{good} notes will be imported, {bad} rows have errors.").format(
            good=len(result.rows), bad=len(result.errors))
        if result.warnings:
            text += "\n" + "\n".join(result.warnings)
        self.summary.setText(text)
        self.ok.setText(self.tr("Import %n note(s)", "", len(result.rows)))
        self.ok.setEnabled(bool(result.rows))

    def specs(self) -> list[dict[str, Any]]:
        return [row.spec() for row in self.result_.rows] if self.result_ else []
