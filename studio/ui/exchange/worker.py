"""Run an export, import or merge in a worker thread so the window never freezes.

The work function takes a ``progress(fraction, stage)`` callback; calling
:meth:`BackgroundTask.cancel` makes the next progress call raise
:class:`~studio.exchange.xlsx_export.Cancelled`, and the writers then leave
nothing behind (they write atomically).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from studio.base.errors import StudioError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[float, str], None]], Any]


class _Runner(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    def _progress(self, fraction: float, stage: str) -> None:
        from studio.exchange.xlsx_export import Cancelled

        if self._stop.is_set():
            raise Cancelled()
        self.progressed.emit(float(fraction), stage)

    @Slot()
    def run(self) -> None:
        from studio.exchange.xlsx_export import Cancelled

        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except StudioError as exc:
            self.failed.emit(exc.user_message())
        except Exception as exc:  # shown to the user, logged in full
            log.exception("exchange task failed")
            self.failed.emit(repr(exc))
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One piece of work on its own thread.

    Signals:
        progressed(float, str): fraction done (0..1) and the stage (a sheet name, a file name).
        succeeded(object): the work's result.
        failed(str): a message for the user.
        cancelled(): the work stopped on request; nothing was written.
        done(): after any of the three above, once the thread has ended.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("exchangeWorker")
        self._runner = _Runner(work, self._stop)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # Cross-thread signals go to decorated slots only (lambdas and signal-to-signal
        # connections across threads crash PySide 6.8+: PYSIDE-3124).
        self._runner.progressed.connect(self._on_progress)
        self._runner.succeeded.connect(self._on_success)
        self._runner.failed.connect(self._on_failure)
        self._runner.cancelled.connect(self._on_cancel)
        self._thread.finished.connect(self._on_finished)

    @Slot(float, str)
    def _on_progress(self, fraction: float, stage: str) -> None:
        self.progressed.emit(fraction, stage)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._thread.quit()
        self.succeeded.emit(result)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._thread.quit()
        self.failed.emit(message)

    @Slot()
    def _on_cancel(self) -> None:
        self._thread.quit()
        self.cancelled.emit()

    @Slot()
    def _on_finished(self) -> None:
        self.done.emit()

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._thread.wait(msecs)
