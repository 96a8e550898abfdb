"""What every page is handed (keyword arguments, never found through a global): the database,
the worker pools, the office day, the change bus and the UI state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from operator_app.services.context import Database
from operator_app.ui.changes import ChangeBus
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools

if TYPE_CHECKING:
    from operator_app.services.context import Modem


@dataclass
class GuiContext:
    db: Database
    pools: Pools
    today: date
    bus: ChangeBus
    state: UiState
    modem: Modem | None = None
    modem_name: str = ""

    @property
    def operator(self) -> str:
        return self.state.get(OPERATOR_NAME)
