"""Run a service call off the GUI thread and get its answer on the GUI thread (Anki's QueryOp
and CollectionOp shape): reads in parallel, writes one at a time. Without `on_failed`, a failure
is shown by the pools' handler (ui.errors).

The one guard every page relies on lives here: an answer (done, failed or progress) that arrives
after its page or model was deleted is dropped (the worker still finishes its work), so no
callback ever touches a deleted widget. And the one progress dialog: shown only when the work is
still running after SHOW_AFTER_MS, so quick work never flashes a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from operator_app.services.changes import Changed, OpChanges
from operator_app.ui.changes import ChangeBus
from operator_app.ui.context import GuiContext
from operator_app.ui.workers import Worker

SHOW_AFTER_MS = 500


class Page(Protocol):
    ctx: GuiContext


def alive(owner: object, fn: Callable[..., object]) -> Callable[..., None]:
    """`fn`, called only while `owner` (a Qt object) still exists."""
    def call(*values: Any) -> None:
        if not isinstance(owner, QObject) or shiboken6.isValid(owner):
            fn(*values)
    return call


class DelayedProgress(QObject):
    """A progress dialog for `worker`, opened only if the worker is still running after
    SHOW_AFTER_MS; its Cancel sets the worker's cancel flag (the service stops at its next
    check and rolls back or stops between messages, as it documents)."""

    def __init__(self, parent: QWidget, worker: Worker, label: str, *, delay_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self.worker = worker
        self.label = label
        self.dialog: QProgressDialog | None = None
        self.running = True
        self._last: tuple[int, int] = (0, 0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self.timer.timeout.connect(self._on_timer_timeout)
        worker.signals.progress.connect(alive(self, self._on_worker_progress))
        worker.signals.finished.connect(alive(self, lambda _r: self._end()))
        worker.signals.failed.connect(alive(self, lambda _e: self._end()))
        self.timer.start(delay_ms)

    def _on_timer_timeout(self) -> None:
        parent = self.parent()
        if not self.running or not isinstance(parent, QWidget):
            return
        dialog = QProgressDialog(self.label, self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("delayed_progress")
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._on_dialog_canceled)
        self.dialog = dialog
        self._show_progress(*self._last)
        dialog.show()

    def _on_worker_progress(self, done: int, total: int, _note: str) -> None:
        self._last = (done, total)
        if self.dialog is not None:
            self._show_progress(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        assert self.dialog is not None
        self.dialog.setRange(0, total if total > 0 else 0)  # 0..0: busy, no figure yet
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _on_dialog_canceled(self) -> None:
        self.worker.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def _end(self) -> None:
        self.running = False
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._on_dialog_canceled)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def start(owner: Page, worker: Worker, *, on_done: Callable[[Any], object] | None = None,
          on_failed: Callable[[Exception], object] | None = None,
          on_progress: Callable[[int, int, str], object] | None = None,
          write: bool = False, send: bool = False, progress: str | None = None) -> Worker:
    """Start a worker built by the caller, every callback guarded by `owner`'s life; `progress`
    (a translated label) asks for the delayed progress dialog. `send`: on the sending queue,
    beside the one writer (workers.Pools).

    A write run as `services.changes.changed(service, ...)` answers `Changed(value, changes)`:
    `on_done` gets the value, then its changes are told on the bus (ctx.bus, whatever became of
    `owner`); a failure that carries changes (a send stopped half-way) tells them too."""
    if on_done is not None:
        done = on_done
        worker.signals.finished.connect(alive(owner, lambda answer: done(_value(answer))))
    if on_failed is not None:
        worker.handles_failure = True
        worker.signals.failed.connect(alive(owner, on_failed))
    bus = getattr(owner.ctx, "bus", None)
    if bus is not None:  # after the owner's own callbacks: a page that settles its state first
        worker.signals.finished.connect(lambda answer: _tell(bus, getattr(answer, "changes", None)))
        worker.signals.failed.connect(lambda exc: _tell(bus, getattr(exc, "changes", None)))
    if on_progress is not None:
        worker.signals.progress.connect(alive(owner, on_progress))
    if progress is not None and isinstance(owner, QWidget):
        DelayedProgress(owner, worker, progress)
    pools = owner.ctx.pools
    if send:
        return pools.start_send(worker)
    return pools.start_write(worker) if write else pools.start_read(worker)


def _value(answer: object) -> object:
    return answer.value if isinstance(answer, Changed) else answer


def _tell(bus: ChangeBus, changes: object) -> None:
    if isinstance(changes, OpChanges) and shiboken6.isValid(bus):
        bus.tell(changes)


def run(owner: Page, fn: Callable[[Worker], Any], on_done: Callable[[Any], object], *, write: bool = False,
        on_failed: Callable[[Exception], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None, progress: str | None = None) -> Worker:
    return start(owner, Worker(fn), on_done=on_done, on_failed=on_failed, on_progress=on_progress, write=write,
                 progress=progress)
