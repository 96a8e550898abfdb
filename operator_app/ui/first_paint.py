"""The start-up figure and the packaged app's check: with OPERATOR_APP_FIRST_PAINT set, the main
window (or the first-run dialog) prints one line ("first-paint font=FAMILY") when it has painted for the first
time, saves a screenshot to OPERATOR_APP_SCREENSHOT if that is set, and quits (the dialog is
cancelled: nothing is set up). The test and the build measure the time
from starting the process to that line (tests/test_frozen_app.py)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ENV = "OPERATOR_APP_FIRST_PAINT"
SCREENSHOT_ENV = "OPERATOR_APP_SCREENSHOT"


class FirstPaint(QObject):
    """Watches one window for its first paint event, then reports and quits (once)."""

    def __init__(self, window: QWidget, *, delay_ms: int = 0) -> None:
        super().__init__(window)
        self.window = window
        self.delay_ms = delay_ms
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and watched is self.window and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(self.delay_ms, self._report)
        return False

    def _report(self) -> None:
        if sys.stdout is not None:  # None in Windows' windowed build (operator-app-gui.exe)
            sys.stdout.write(f"first-paint font={QApplication.font().family()}\n")
            sys.stdout.flush()
        shot = os.environ.get(SCREENSHOT_ENV)
        if shot:
            self.window.grab().save(shot)
        if isinstance(self.window, QDialog):
            self.window.reject()
        else:
            QApplication.quit()


def watch(window: QWidget) -> FirstPaint | None:
    """Install the watcher when OPERATOR_APP_FIRST_PAINT asks for it. With a screenshot asked
    for, the pages' first reads (a worker each) are given OPERATOR_APP_FIRST_PAINT milliseconds
    (when it is a number) to fill the window before it is taken."""
    value = os.environ.get(ENV)
    if not value:
        return None
    return FirstPaint(window, delay_ms=int(value) if value.isdigit() else 0)
