"""Days past due and collection stages. "today" is always an argument.

Stages (DESIGN.md contact policy): pre_due D-3..D-1, due_today, grace (1..3 DPD by default: no
overdue notice yet), then M1 (to 30 DPD), M2 (31-60), M3 (61-90), M3+ (over 90). The grace days
are the first days of M1 on the calendar; we name them apart because they get a softer message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

STAGES = ("not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+", "paid")


@dataclass(frozen=True, slots=True)
class StagePolicy:
    pre_due_days: int = 3
    grace_days: int = 3


def days_past_due(first_unpaid_due: date | None, today: date) -> int:
    """0 when nothing unpaid is past its due date."""
    if first_unpaid_due is None or first_unpaid_due >= today:
        return 0
    return (today - first_unpaid_due).days


def stage_for(first_unpaid_due: date | None, outstanding_fen: int, today: date,
              policy: StagePolicy = StagePolicy()) -> str:
    if outstanding_fen <= 0 or first_unpaid_due is None:
        return "paid" if outstanding_fen <= 0 else "not_due"
    delta = (first_unpaid_due - today).days
    if delta > policy.pre_due_days:
        return "not_due"
    if delta > 0:
        return "pre_due"
    if delta == 0:
        return "due_today"
    dpd = -delta
    if dpd <= policy.grace_days:
        return "grace"
    if dpd <= 30:
        return "M1"
    if dpd <= 60:
        return "M2"
    if dpd <= 90:
        return "M3"
    return "M3+"
