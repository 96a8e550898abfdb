"""What a write changed, told to every page through one app-level signal (Anki's OpChanges):
each page refreshes only when a change touches what it shows, never a full reload per action."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    loans: bool = False  # an import, a hold, an opt-out
    batches: bool = False
    messages: bool = False
    templates: bool = False
    settings: bool = False


class ChangeBus(QObject):
    changed = Signal(object)  # Changes
    operator_named = Signal(str)  # the name asked for before a first write (dialogs.ask_operator)

    def tell(self, changes: Changes) -> None:
        self.changed.emit(changes)
