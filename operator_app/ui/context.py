"""What every page is handed (keyword arguments, never found through a global): the database,
the worker pools, the office day, the change bus and the UI state.

The office day is read from the services' one clock in the office's time zone each time a page
asks (so a window left open past midnight plans the new day, and a computer set to UTC does not
stage loans on yesterday's date); tests and rehearsals pin it with `pinned_day`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from operator_app.services import clock
from operator_app.services.context import Database
from operator_app.services.office.identity import Signed
from operator_app.ui.changes import ChangeBus
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools

if TYPE_CHECKING:
    from operator_app.services.context import Modem


@dataclass
class GuiContext:
    db: Database
    pools: Pools
    bus: ChangeBus
    state: UiState
    modem: Modem | None = None
    modem_name: str = ""
    pinned_day: date | None = None
    zone: tzinfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))  # office.timezone, set by the window
    signed: Signed | None = None  # the account signed in at start (an office with accounts)

    @property
    def today(self) -> date:
        return self.pinned_day if self.pinned_day is not None else clock.day_in(self.zone)

    @property
    def operator(self) -> str:
        """Who acts: the signed-in account (which the services check), else the typed name."""
        return self.signed if self.signed is not None else self.state.get(OPERATOR_NAME)
