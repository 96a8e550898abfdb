"""Run a service call off the GUI thread and get its answer on the GUI thread (Anki's QueryOp
and CollectionOp shape): reads in parallel, writes one at a time. Without `on_failed`, a failure
is shown by the pools' handler (ui.errors). An answer that arrives after its page was closed is
dropped (the worker still finishes its work)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtWidgets import QWidget

from operator_app.ui.context import GuiContext
from operator_app.ui.workers import Worker


class Page(Protocol):
    ctx: GuiContext


def _alive(owner: object, fn: Callable[[Any], object]) -> Callable[[Any], None]:
    def call(value: Any) -> None:
        if not isinstance(owner, QWidget) or shiboken6.isValid(owner):
            fn(value)
    return call


def run(owner: Page, fn: Callable[[Worker], Any], on_done: Callable[[Any], object], *, write: bool = False,
        on_failed: Callable[[Exception], object] | None = None) -> Worker:
    worker = Worker(fn, handles_failure=on_failed is not None)
    worker.signals.finished.connect(_alive(owner, on_done))
    if on_failed is not None:
        worker.signals.failed.connect(_alive(owner, on_failed))
    pools = owner.ctx.pools
    return pools.start_write(worker) if write else pools.start_read(worker)
