"""The office's contact settings (`ContactPolicy`) and the record of a message the caps count
(`Sent`): the two shapes both the rules (policy.py) and the caps (caps.py) read, in a module of
their own so that neither of those imports the other back. policy.py re-exports both names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import NamedTuple
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class ContactPolicy:
    window_start: time = time(8, 0)
    window_end: time = time(21, 0)  # the first moment no longer allowed
    timezone: str = "Asia/Shanghai"
    working_days_only: bool = False
    daily_cap: int = 1
    weekly_cap: int = 3
    same_text_hours: int = 24

    def __post_init__(self) -> None:
        if self.window_start >= self.window_end:
            raise ValueError("why_window_order")  # a message code: words at the edge
        if self.daily_cap < 0 or self.weekly_cap < 0 or self.same_text_hours < 0:
            raise ValueError("why_caps_negative")
        ZoneInfo(self.timezone)  # an unknown zone fails here, not at 8 in the morning

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_day(self, at: datetime) -> date:
        return at.astimezone(self.zone).date()

    def window(self, day: date) -> tuple[datetime, datetime]:
        """The send window of an office day, as UTC instants."""
        zone = self.zone
        start = datetime.combine(day, self.window_start, zone).astimezone(UTC)
        end = datetime.combine(day, self.window_end, zone).astimezone(UTC)
        return start, end


class Sent(NamedTuple):
    """A message already sent or planned to a borrower (history the caps count). A tuple: a
    plan reads a week of a big office's messages, each made once and read once."""

    borrower_id: int
    to: str
    text: str
    at: datetime  # UTC: when it was sent, or when it is planned to go
