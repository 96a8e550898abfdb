"""Days past due and collection stages. "today" is always an argument.

Stages (DESIGN.md contact policy): pre_due D-3..D-1, due_today, grace (1..3 DPD by default: no
overdue notice yet), then M1 (to 30 DPD), M2 (31-60), M3 (61-90), M3+ (over 90). The grace days
are the first days of M1 on the calendar; we name them apart because they get a softer message.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from operator_app.domain.collection import StageDays, stage_of

STAGES = ("not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+", "paid")


# The one set of stage boundaries (settings `stages.*`): the queue, the dashboard and the batches
# all stage a loan with `domain.collection.stage_of` on these days.
StagePolicy = StageDays
DEFAULT_DAYS = StageDays()


def owed_since(first_unpaid_due: date | None, outstanding_fen: int, last_due: date | None = None) -> date | None:
    """The due date a loan's outstanding counts from; None when nothing is owed or no date is known.

    Normally the oldest unpaid installment's due date. When the loan's own outstanding (as the
    office's sheet states it) is above 0 but every installment on record looks paid, the
    records and the loan disagree; the loan's figure wins (DESIGN.md), and what it says is owed
    was due by the last due date on record at the latest (`last_due`), so it counts from there.
    """
    if outstanding_fen <= 0:
        return None
    return first_unpaid_due if first_unpaid_due is not None else last_due


class Owed(NamedTuple):
    """What a loan owes (fen) and the due date that counts from (`owed_since`)."""

    fen: int
    since: date | None


def owed(sheet_outstanding_fen: int | None, installments: Iterable[tuple[date, int, int]]) -> Owed:
    """A loan's figures from its own outstanding as the sheet states it (None: not stated) and
    its installments as (due date, amount due, amount paid): the sheet's figure wins over the
    installments (DESIGN.md), else what they leave unpaid, else 0; counted from `owed_since` of
    the oldest unpaid due date and the last due date. The queue stores these on the loan."""
    first_unpaid: date | None = None
    last_due: date | None = None
    unpaid: int | None = None
    for due_on, amount_due, amount_paid in installments:
        last_due = due_on if last_due is None else max(last_due, due_on)
        if amount_paid < amount_due:
            first_unpaid = due_on if first_unpaid is None else min(first_unpaid, due_on)
            unpaid = (unpaid or 0) + amount_due - amount_paid
    fen = sheet_outstanding_fen if sheet_outstanding_fen is not None else unpaid or 0
    return tuple.__new__(Owed, (fen, owed_since(first_unpaid, fen, last_due)))  # no Python frame: once per loan


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
