"""Days past due and collection stages. "today" is always an argument.

Stages (DESIGN.md contact policy): pre_due D-3..D-1, due_today, grace (1..3 DPD by default: no
overdue notice yet), then M1 (to 30 DPD), M2 (31-60), M3 (61-90), M3+ (over 90). The grace days
are the first days of M1 on the calendar; we name them apart because they get a softer message.
"""

from __future__ import annotations

from datetime import date

from operator_app.domain.amounts import Owed, owed, owed_since
from operator_app.domain.collection import StageDays, stage_of

# `owed` (a loan's figure and the date it counts from) lives with the other amount rules in
# domain/amounts.py; named here too, beside the stage rule that reads it.
__all__ = ["DEFAULT_DAYS", "STAGES", "Owed", "StagePolicy", "days_past_due", "owed", "owed_since", "stage_for"]

STAGES = ("not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+", "paid")


# The one set of stage boundaries (settings `stages.*`): the queue, the dashboard and the batches
# all stage a loan with `domain.collection.stage_of` on these days.
StagePolicy = StageDays
DEFAULT_DAYS = StageDays()


def days_past_due(first_unpaid_due: date | None, today: date) -> int:
    """0 when nothing unpaid is past its due date."""
    if first_unpaid_due is None or first_unpaid_due >= today:
        return 0
    return (today - first_unpaid_due).days


def stage_for(first_unpaid_due: date | None, outstanding_fen: int, today: date,
              policy: StageDays = DEFAULT_DAYS, *, last_due: date | None = None) -> str:
    """The collection stage of a loan, as a batch would stage it (`domain.collection.stage_of`,
    the rule's one home, on the office's stage days) but without the repeat-offender rule, which
    needs the loan's payment history: the queue and the dashboard show a repeat offender's stage
    with the ordinary grace period; the batch's own detail shows the firmer one.

    - Nothing outstanding (`outstanding_fen` <= 0): `paid`, whatever the installments say.
    - Something outstanding: never `paid`. The stage counts from `owed_since` (the oldest unpaid
      due date, or, when no installment is unpaid, the last due date on record, `last_due`).
    - Something outstanding and no due date at all (a loan row without one): `not_due`, the
      only stage that claims nothing; the queue lists it with that exclusion.
    """
    if outstanding_fen <= 0:
        return "paid"
    due = owed_since(first_unpaid_due, outstanding_fen, last_due)
    return stage_of(None if due is None else (due - today).days, outstanding_fen, policy)
