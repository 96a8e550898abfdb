"""What a write changed (services/changes.OpChanges), told to every page through one app-level
signal: ui/ops.py tells it when a write's answer says what it changed, and each page refreshes
only when a change touches what it shows, never a full reload per action."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from operator_app.services.changes import OpChanges


class ChangeBus(QObject):
    changed = Signal(object)  # OpChanges
    operator_named = Signal(str)  # the name asked for before a first write (dialogs.ask_operator)

    def tell(self, changes: OpChanges) -> None:
        if changes:
            self.changed.emit(changes)
