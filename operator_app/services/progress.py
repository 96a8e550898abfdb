"""The small observer long services report through; the GUI adapts it to Qt signals."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The operator pressed Cancel; the unit of work was rolled back."""


class Progress(Protocol):
    def report(self, done: int, total: int, note: str = "") -> None: ...

    def check_cancelled(self) -> None: ...


class NoProgress:
    def report(self, done: int, total: int, note: str = "") -> None:
        pass

    def check_cancelled(self) -> None:
        pass
