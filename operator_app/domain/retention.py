"""How long the texts of a closed loan are kept (setting `privacy.retention_months`): the rule of
`privacy purge`. Pure: handed the days, it reads no clock and no database."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from operator_app.domain.dates import add_months


def cutoff(today: date, months: int) -> date:
    """Loans closed before this day have their texts purged today (closed on the cutoff day: kept)."""
    return add_months(today, -months)


def closed_on(paid_ons: Iterable[date | None], payments: Iterable[date], last_change: date) -> date:
    """The day a paid loan closed: its last installment's payment day, else its last recorded
    payment, else the day an import last changed it (a sheet that showed it paid)."""
    days = [d for d in paid_ons if d is not None]
    if days:
        return max(days)
    paid = list(payments)
    return max(paid) if paid else last_change


def expired(closed: date, today: date, months: int) -> bool:
    return closed < cutoff(today, months)
