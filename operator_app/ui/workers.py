"""Background work on a QThreadPool: a QRunnable with a small QObject for its signals.

Success and failure arrive on the GUI thread through queued signal connections (the Anki
QueryOp shape). Writes go through a single-thread pool so SQLite only ever sees one writer.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from operator_app.services.progress import Cancelled

log = logging.getLogger("operator_app.ui.workers")


_working = 0
_working_lock = threading.Lock()


@contextmanager
def old_objects_spared() -> Iterator[None]:
    """While any worker runs, the cyclic collector scans only what was allocated since the first
    one started (gc.freeze). A full collection over everything the app holds stops every thread,
    the GUI thread included, long enough to be felt in a long send or import; the work's own
    garbage is still collected, and the older objects go back to the collector (gc.unfreeze)
    when the last worker ends, so nothing is kept for good."""
    global _working
    with _working_lock:
        _working += 1
        if _working == 1:
            gc.freeze()
    try:
        yield
    finally:
        with _working_lock:
            _working -= 1
            if _working == 0:
                gc.unfreeze()


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs `fn(progress)`; progress reports are throttled to ten a second.

    `handles_failure=False` (the default): a failure also goes to the pool's failure handler,
    which shows it (ui.errors.show_failure), so a failed page load is never swallowed. A caller
    that shows its own message for every failure passes True."""

    def __init__(self, fn: Callable[[Worker], Any], *, handles_failure: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.handles_failure = handles_failure
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    # services.progress.Progress
    def report(self, done: int, total: int, note: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= 0.1 or done >= total:
            self._last = now
            self.signals.progress.emit(done, total, note)

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def run(self) -> None:
        try:
            with old_objects_spared():
                result = self.fn(self)
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            if not isinstance(exc, Cancelled):
                log.debug("worker failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Pools:
    """Reads run in parallel; writes go one at a time; sending has its own queue.

    A send can run for an hour (a modem paced at seconds a message): on the write pool it would
    keep the clerk from importing, approving, holding or editing a template all that time. The
    dispatcher takes the database's write lock only for each claim and outcome (services/sending/dispatch.py
    and messaging/outbox_tx.py wait out a lock held by an import), so a send runs beside the
    writes, each batch's send on its own thread.

    Running workers are kept referenced here until they report: otherwise Python may collect
    the runnable (and its signals object) while Qt still delivers its signals.
    """

    def __init__(self, on_failure: Callable[[Exception], object] | None = None) -> None:
        self.on_failure = on_failure or _show_failure
        self.reads = QThreadPool()
        self.reads.setMaxThreadCount(2)
        self.writes = QThreadPool()
        self.writes.setMaxThreadCount(1)
        self.sends = QThreadPool()
        self.sends.setMaxThreadCount(4)
        self._running: set[Worker] = set()

    def start_read(self, worker: Worker) -> Worker:
        return self._start(self.reads, worker)

    def start_write(self, worker: Worker) -> Worker:
        return self._start(self.writes, worker)

    def start_send(self, worker: Worker) -> Worker:
        return self._start(self.sends, worker)

    def _start(self, pool: QThreadPool, worker: Worker) -> Worker:
        worker.setAutoDelete(False)
        self._running.add(worker)
        worker.signals.finished.connect(lambda _r: self._running.discard(worker))
        worker.signals.failed.connect(lambda _e: self._running.discard(worker))
        if not worker.handles_failure:
            worker.signals.failed.connect(self._on_worker_failed)
        pool.start(worker)
        return worker

    def _on_worker_failed(self, exc: Exception) -> None:
        if not isinstance(exc, Cancelled):
            self.on_failure(exc)

    def wait(self) -> None:
        self.sends.waitForDone()
        self.reads.waitForDone()
        self.writes.waitForDone()


def _show_failure(exc: Exception) -> None:
    from operator_app.ui.errors import show_failure

    show_failure(exc)
