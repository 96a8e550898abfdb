"""The one clock of the services. `OPERATOR_APP_NOW` (an ISO timestamp with its offset) pins it,
for rehearsing a day's batch and for end-to-end tests that must not depend on the hour they run;
domain/ never reads a clock, it is handed what this returns."""

from __future__ import annotations

from datetime import date, tzinfo

from operator_app.clock import now
from operator_app.domain.policy import ContactPolicy
from operator_app.errors import UsageError

__all__ = ["day_in", "now", "office_today", "parse_day"]


def office_today(policy: ContactPolicy) -> date:
    """The office's day now (setting office.timezone): never the computer's own date, which on a
    machine set to UTC is still yesterday at 02:30 in Shanghai."""
    return policy.local_day(now())


def day_in(zone: tzinfo) -> date:
    """Today on the clock of `zone` (the office's), for callers that hold the zone already."""
    return now().astimezone(zone).date()


def parse_day(text: str | None) -> date | None:
    """An `--as-of` date (YYYY-MM-DD); None when none is given (the caller takes the office's day,
    `office_today`); anything else is bad input."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("bad_date_arg", value=text) from exc
