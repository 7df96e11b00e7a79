"""The archive window's outputs: the strategy paper and handbook drafts (Word), the
feedback page of a workshop (PDF) and the merged workbook. Each is written in the
background (on an archive connection of its own), atomically, never over a file without
asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from studio.archive import ArchiveSource, open_archive
from studio.base.errors import StudioError


class _Signals(QObject):
    done = Signal(str, bool)  # message, error


class _Job(QRunnable):
    def __init__(self, work: Any, message: str) -> None:
        super().__init__()
        self.work, self.message = work, message
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.work()
        except StudioError as err:
            self.signals.done.emit(err.user_message(), True)
        except OSError as err:
            self.signals.done.emit(str(err), True)
        else:
            self.signals.done.emit(self.message, False)


class Outputs(QObject):
    """Writes the archive's outputs for ``window`` (an ArchiveWindow)."""

    finished = Signal(str, bool)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.jobs: list[_Job] = []

    def busy(self) -> bool:
        return bool(self.jobs)

    def _start(self, work: Any, message: str) -> _Job:
        job = _Job(work, message)

        def done(text: str, error: bool) -> None:
            self.jobs.remove(job)
            self.window_.statusBar().showMessage(("⚠ " if error else "") + text)
            if error:
                QMessageBox.warning(self.window_, self.tr("Not written"), text)
            self.finished.emit(text, error)

        job.signals.done.connect(done)
        self.jobs.append(job)
        self.window_.statusBar().showMessage(self.tr("Writing…"))
        QThreadPool.globalInstance().start(job)
        return job

    def _target(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window_, title, name, pattern)
        return Path(path) if path else None

    def paper(self) -> None:
        output = self._target(self.tr("Strategy paper draft"), "Strategiepapier.docx",
                              self.tr("Word documents (*.docx)"))
        if output is None:
            return
        handbook = output.with_name(output.stem + "-Handbuch.docx")
        language = self._language()
        target = self.window_.target

        def work() -> None:
            from studio.archive.paper import write_paper

            with open_archive(target) as archive:
                write_paper(archive, output, handbook=handbook, language=language, force=True)

        self._start(work, self.tr("Written: {paper} and {handbook}").format(
            paper=output.name, handbook=handbook.name))

    def feedback(self) -> None:
        workshop_id = self.window_.workshops.selected_id()
        if workshop_id is None:
            QMessageBox.information(self.window_, self.tr("Feedback page"), self.tr(
                "Choose the workshop in the Workshops tab first: the page speaks to its "
                "participants."))
            return
        more, ok = QInputDialog.getText(
            self.window_, self.tr("Feedback page"),
            self.tr("Where participants can read more (a web address or a place; optional):"))
        if not ok:
            return
        output = self._target(self.tr("Feedback page"), "Rueckmeldung.pdf",
                              self.tr("PDF documents (*.pdf)"))
        if output is None:
            return
        target = self.window_.target

        def work() -> None:
            from studio.archive.feedback import write_feedback

            with open_archive(target) as archive:
                write_feedback(archive, workshop_id, output, more_info=more.strip(), force=True)

        self._start(work, self.tr("Written: {name}").format(name=output.name))

    def workbook(self) -> None:
        output = self._target(self.tr("Merged workbook"), "Archiv.xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if output is None:
            return
        target = self.window_.target

        def work() -> None:
            from studio.exchange.merge import merge_files

            merge_files([ArchiveSource(target)], output, force=True)

        self._start(work, self.tr("Written: {name}").format(name=output.name))

    def _language(self) -> str:
        workshops = self.window_.archive.workshops()
        return workshops[0].language if workshops and workshops[0].language in ("de", "en") \
            else "de"
