"""ui/ops.py, the one place every page starts work through: the progress dialog opens only for
work still running after SHOW_AFTER_MS and its Cancel stops the work; an answer for a page that
was deleted meanwhile is dropped instead of touching the dead widget."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton, QWidget

from operator_app.services.progress import Cancelled
from operator_app.ui import ops
from operator_app.ui.workers import Pools, Worker


class OwnerPage(QWidget):
    def __init__(self, pools: Pools) -> None:
        super().__init__()
        self.ctx = SimpleNamespace(pools=pools)
        self.label = QLabel(self)


@pytest.fixture
def pools() -> Iterator[Pools]:
    failures: list[Exception] = []
    p = Pools(on_failure=failures.append)
    yield p
    p.wait()
    assert failures == []


def _dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_quick_work_never_shows_a_dialog_and_slow_work_shows_one_after_half_a_second(qtbot: Any, pools: Pools) -> None:
    page = OwnerPage(pools)
    qtbot.addWidget(page)
    page.show()
    done: list[int] = []
    ops.run(page, lambda _w: 1, done.append, progress="quick")
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    qtbot.wait(ops.SHOW_AFTER_MS + 200)
    assert _dialogs() == []

    release = threading.Event()

    def slow(w: Worker) -> int:
        for i in range(200):
            w.report(i, 200)
            if release.wait(0.02):
                break
        return 2

    began = time.monotonic()
    worker = ops.run(page, slow, lambda _r: None, progress="slow work")
    qtbot.wait(ops.SHOW_AFTER_MS - 250)
    assert _dialogs() == []  # not yet
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=3000)
    assert time.monotonic() - began >= ops.SHOW_AFTER_MS / 1000
    dialog = _dialogs()[0]
    assert dialog.labelText() == "slow work" and dialog.parent() is page
    qtbot.waitUntil(lambda: dialog.maximum() == 200 and dialog.value() > 0, timeout=3000)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        release.set()
    qtbot.waitUntil(lambda: _dialogs() == [], timeout=3000)


def test_cancel_on_the_dialog_stops_the_work(qtbot: Any, pools: Pools) -> None:
    page = OwnerPage(pools)
    qtbot.addWidget(page)
    page.show()
    failed: list[Exception] = []

    def endless(w: Worker) -> None:
        until = time.monotonic() + 10  # ends by itself if Cancel never got through
        while time.monotonic() < until:
            w.check_cancelled()
            time.sleep(0.01)

    worker = ops.run(page, endless, lambda _r: None, on_failed=failed.append, progress="endless")
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=3000)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000):
        _dialogs()[0].findChild(QPushButton).click()  # the operator's click on Cancel
    qtbot.waitUntil(lambda: len(failed) == 1 and _dialogs() == [], timeout=3000)
    assert isinstance(failed[0], Cancelled)


def test_an_answer_for_a_deleted_page_is_dropped(qtbot: Any, pools: Pools) -> None:
    page = OwnerPage(pools)
    gone, release = threading.Event(), threading.Event()
    called: list[str] = []

    def work(w: Worker) -> str:
        gone.wait(5)  # the progress is sent once the page is gone (sent earlier, it would still be alive)
        w.report(1, 2)
        release.wait(5)
        return "late"

    worker = ops.run(page, work, lambda text: (called.append(text), page.label.setText(text)),
                     on_progress=lambda *_a: called.append("progress"), progress="work")
    page.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(page), timeout=3000)
    gone.set()
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        release.set()
    qtbot.wait(50)
    assert called == []  # neither the answer nor the progress reached the dead page
