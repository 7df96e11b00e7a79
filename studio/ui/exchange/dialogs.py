"""Export, import and merge dialogs; the shell calls the three functions at the bottom.

The work runs on a worker thread (:class:`BackgroundTask`): the window keeps
responding and a live workshop can go on while it is exported. Files are only
read and written through :mod:`studio.exchange`; nothing here touches SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui.exchange.worker import BackgroundTask
from studio.ui.widgets.labels import plain_label


def _plain_label(text: str = "") -> QLabel:
    return plain_label(text)  # file names and messages are never markup


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


class _TaskDialog(QDialog):
    """A form, a run button, a progress bar and a status line; runs one task at a time.

    Its own texts use the fixed context "TaskDialog" (``self.tr`` in a base class would look
    them up under each subclass's name).

    Signals:
        finished_work(object): the task's result after it succeeded.
    """

    finished_work = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self.result_value: Any = None
        self.close_on_success = False
        self.form = QFormLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(QCoreApplication.translate("TaskDialog", "Progress"))
        self.status = _plain_label()
        self.status.setAccessibleName(QCoreApplication.translate("TaskDialog", "Status"))
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(self._run_text(),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(QCoreApplication.translate("TaskDialog", "Close or cancel"))
        self.run_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- for subclasses ------------------------------------------------------------------
    def _run_text(self) -> str:
        return QCoreApplication.translate("TaskDialog", "Run")

    def _work(self) -> Any:  # returns work(progress) or None when the form is not ready
        raise NotImplementedError

    def _success_text(self, result: Any) -> str:
        return QCoreApplication.translate("TaskDialog", "Done.")

    def _row(self, label: str, field: QWidget, button: QPushButton | None = None) -> None:
        text = QLabel(label)
        text.setBuddy(field)
        if button is None:
            self.form.addRow(text, field)
            return
        box = QHBoxLayout()
        box.addWidget(field, 1)
        box.addWidget(button)
        self.form.addRow(text, box)

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.task is not None:
            return
        work = self._work()
        if work is None:
            return
        self.result_value = None
        self.progress.setValue(0)
        self.status.setText(QCoreApplication.translate("TaskDialog", "Working…"))
        self._set_busy(True)
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.done.connect(self._done)
        self.task.start()

    @Slot(float, str)
    def _progressed(self, fraction: float, _stage: str) -> None:
        self.progress.setValue(round(fraction * 100))

    @Slot()
    def _cancelled(self) -> None:
        self.status.setText(QCoreApplication.translate("TaskDialog", "Cancelled. Nothing was written."))

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result_value = result
        self.progress.setValue(100)
        self.status.setText(self._success_text(result))
        self.finished_work.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(QCoreApplication.translate("TaskDialog", "Failed: {message}").format(message=message))

    @Slot()
    def _done(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()
        self._set_busy(False)
        if self.close_on_success and self.result_value is not None:
            self.accept()

    def _set_busy(self, busy: bool) -> None:
        if busy:  # the field the user worked in gets the focus back afterwards
            self._focus_before = self.focusWidget()
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLineEdit, QComboBox, QCheckBox, QListView)) or (
                    isinstance(w, QPushButton) and w is not self.close_button):
                w.setEnabled(not busy)
        self.close_button.setText(QCoreApplication.translate("TaskDialog", "Cancel") if busy else QCoreApplication.translate("TaskDialog", "Close"))
        if not busy:
            # While busy the focus sat on Cancel, which made it the default button: Enter
            # would have closed the dialog instead of running the task again.
            self.close_button.setDefault(False)
            self.run_button.setDefault(True)
            before = getattr(self, "_focus_before", None)
            if before is not None and before.isEnabled():
                before.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_or_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None:  # never leave a thread running behind a closed dialog
            self.task.cancel()
            self.task.wait()
        super().reject()

    def confirm_output(self, path: Path) -> bool | None:
        """Whether to replace ``path`` (``force``), or None when the user keeps it or a
        folder is in the way."""
        if self.folder_in_the_way(path):
            return None
        force = path.exists() and self.ask_overwrite(path)
        if path.exists() and not force:
            return None
        return force

    def folder_in_the_way(self, path: Path) -> bool:
        """True (and says so) when a folder has the name of the file to write: it is
        never replaced, so asking "Replace it?" would mislead."""
        if not path.is_dir():
            return False
        from studio.core.workshop_files import folder_in_the_way

        self.status.setText(folder_in_the_way(path).user_message())
        return True

    def ask_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            QCoreApplication.translate("TaskDialog", "{name} already exists. Replace it?").format(name=path.name))
        return answer == QMessageBox.StandardButton.Yes


class ExportDialog(_TaskDialog):
    """Export the open workshop as an Excel workbook or CSV files (while it may be running)."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Export workshop"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV files, one per sheet (folder)"), "csv")
        self.format.addItem(self.tr("Printable report (.pdf)"), "pdf")
        self.format.setAccessibleName(self.tr("Format"))
        self.target = QLineEdit(str(self._default_target("xlsx")))
        self.target.setAccessibleName(self.tr("Export to"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to export"))
        browse.clicked.connect(self._browse)
        self.german = QCheckBox(self.tr("For German Excel (separator ;, decimal comma, BOM)"))
        self.german.setAccessibleName(self.tr("CSV for German Excel"))
        self.german.setChecked(True)
        self._row(self.tr("&Format:"), self.format)
        self._row(self.tr("&Export to:"), self.target, browse)
        self.form.addRow("", self.german)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.setMinimumWidth(560)

    def _run_text(self) -> str:
        return self.tr("&Export")

    def _default_target(self, fmt: str) -> Path:
        from studio.paths import sessions_dir

        path = getattr(self.document, "path", None)
        if path is not None:
            base = Path(path).with_suffix("")
        else:
            base = sessions_dir() / "workshop"
        suffix = {"xlsx": ".xlsx", "pdf": "-report.pdf"}.get(fmt, "-csv")
        return _free_name(base.with_name(base.name + suffix))

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.german.setEnabled(fmt == "csv")
        self.german.setVisible(fmt == "csv")
        # The result of an earlier run belongs to the earlier format.
        self.status.setText("")
        self.progress.setValue(0)
        text = self.target.text().strip()
        if not text:
            self.target.setText(str(self._default_target(fmt)))
            return
        current = Path(text).expanduser()
        wanted = {"xlsx": ".xlsx", "pdf": ".pdf"}.get(fmt, "")
        if current.suffix.lower() == wanted:
            return
        # The same folder and name, with the new format's suffix (a free name).
        stem = current.stem if current.suffix.lower() in (".xlsx", ".pdf") else current.name
        self.target.setText(str(_free_name(current.with_name(stem + wanted))))

    def _browse(self) -> None:
        if self.format.currentData() == "xlsx":
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.target.text(),
                                                  self.tr("Excel workbook (*.xlsx)"))
        elif self.format.currentData() == "pdf":
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.target.text(),
                                                  self.tr("PDF report (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"),
                                                    str(Path(self.target.text()).parent))
            if name:
                name = str(Path(name) / Path(self.target.text()).name)
        if name:
            self.target.setText(name)

    def _work(self) -> Any:
        path = Path(self.target.text().strip()).expanduser()
        fmt = self.format.currentData()
        wanted = {"xlsx": ".xlsx", "pdf": ".pdf"}.get(fmt)
        if wanted and path.suffix.lower() != wanted:
            path = path.with_name(path.name + wanted)
            self.target.setText(str(path))
        if not path.parent.is_dir():
            self.status.setText(self.tr("The folder {folder} does not exist.").format(
                folder=str(path.parent)))
            return None
        if fmt != "csv" and self.folder_in_the_way(path):
            return None
        if path.exists() and not self.ask_overwrite(path):
            return None
        store, german = self.document.store, self.german.isChecked()
        if fmt == "xlsx":
            from studio.exchange.xlsx_export import export_workbook

            return lambda progress: export_workbook(store, path, progress)
        if fmt == "pdf":
            from studio.exchange.report import write_report

            return lambda progress: write_report(store, path, progress)
        from studio.exchange.csv_export import export_csv

        return lambda progress: export_csv(store, path, separator=";" if german else ",",
                                           bom=german, progress=progress)

    def _success_text(self, result: Any) -> str:
        return self.tr("Exported to {path}.").format(path=str(result))


class ImportDialog(_TaskDialog):
    """Restore a workshop file from a spreadsheet export."""

    def __init__(self, parent: QWidget | None = None, source: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import export file"))
        self.source = QLineEdit(str(source or ""))
        self.source.setAccessibleName(self.tr("Export file to import"))
        pick = QPushButton(self.tr("&Choose…"))
        pick.setAccessibleName(self.tr("Choose the export file"))
        pick.clicked.connect(self._pick)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("New workshop file"))
        self._row(self.tr("&Export file:"), self.source, pick)
        self._row(self.tr("&New workshop:"), self.target)
        self.source.textChanged.connect(self._suggest)
        self._suggest()
        self.setMinimumWidth(560)

    def _run_text(self) -> str:
        return self.tr("&Import")

    def _pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import export file"),
                                              self.source.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.source.setText(name)

    def _suggest(self) -> None:
        text = self.source.text().strip()
        if text and Path(text).name:
            self.target.setText(str(_free_name(Path(text).with_suffix(".workshop"))))

    def _work(self) -> Any:
        from studio.exchange.xlsx_import import import_workbook

        source = Path(self.source.text().strip())
        target = Path(self.target.text().strip())
        if not self.source.text().strip() or not target.name:
            self.status.setText(self.tr("Choose the export file first."))
            return None
        if target.suffix != ".workshop":
            target = target.with_name(target.name + ".workshop")
            self.target.setText(str(target))
        force = self.confirm_output(target)
        if force is None:
            return None

        def work(progress: Any) -> Path:
            progress(0.1, "read")
            return import_workbook(source, target, force=force)

        return work

    def _success_text(self, result: Any) -> str:
        return self.tr("Restored the workshop to {path}.").format(path=str(result))


class MergeDialog(_TaskDialog):
    """Combine several workshops or exports into one workbook, with a summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge workshops"))
        self.inputs = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.inputs)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Workshops and exports to merge"))
        add = QPushButton(self.tr("&Add…"))
        add.setAccessibleName(self.tr("Add workshops or exports"))
        add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.setAccessibleName(self.tr("Remove the selected inputs"))
        self.remove.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.remove)
        side.addStretch(1)
        box = QHBoxLayout()
        box.addWidget(self.list, 1)
        box.addLayout(side)
        inputs_label = QLabel(self.tr("&Inputs:"))
        inputs_label.setBuddy(self.list)
        self.form.addRow(inputs_label, box)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Merged workbook"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to write the merged workbook"))
        browse.clicked.connect(self._browse)
        self._row(self.tr("&Output:"), self.target, browse)
        self.resize(640, 420)

    def _run_text(self) -> str:
        return self.tr("&Merge")

    def add_inputs(self, paths: list[Path]) -> None:
        current = self.inputs.stringList()
        for p in paths:
            if str(p) not in current:
                current.append(str(p))
        self.inputs.setStringList(current)
        if current and not self.target.text().strip():
            self.target.setText(str(_free_name(Path(current[0]).parent / "merged.xlsx")))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()},
                      reverse=True)
        for row in rows:
            self.inputs.removeRows(row, 1)

    def _add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add workshops or exports"), "",
            self.tr("Workshops and exports (*.workshop *.xlsx)"))
        self.add_inputs([Path(n) for n in names])

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Merged workbook"), self.target.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.target.setText(name)

    def _work(self) -> Any:
        from studio.exchange.merge import merge_files

        inputs = [Path(p) for p in self.inputs.stringList()]
        target = Path(self.target.text().strip())
        if not inputs or not target.name:
            self.status.setText(self.tr("Add at least one workshop or export and choose where "
                                        "to write the merged workbook."))
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
            self.target.setText(str(target))
        force = self.confirm_output(target)
        if force is None:
            return None
        return lambda progress: merge_files(inputs, target, progress=progress, force=force)

    def _success_text(self, result: Any) -> str:
        return self.tr(
            "Merged {n} workshops into {path}: {dup} duplicate rows left out ({diff} differed; "
            "the first input was kept), {across} questions compared across workshops."
        ).format(n=len(result.workshops), path=self.target.text(), dup=result.duplicate_rows,
                 diff=result.conflicting_rows, across=result.across_activities)


# -- what the shell calls -----------------------------------------------------------------
def export_workshop(parent: QWidget, document: Any) -> None:
    ExportDialog(document, parent).exec()


def import_workbook(parent: QWidget) -> Path | None:
    dialog = ImportDialog(parent)
    dialog.close_on_success = True
    dialog.exec()
    return dialog.result_value


def merge_workshops(parent: QWidget) -> None:
    MergeDialog(parent).exec()
