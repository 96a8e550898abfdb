"""Pages load when first shown and reload on show after a change they missed while hidden: at
start-up only the visible page asks the database (at 100k loans, every page loading at once
competes with the queue for the readers and for memory)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    _stale = True

    def refresh(self) -> object:  # overridden by each page
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Refresh now if shown, else on the next show."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
