"""Where a loan stands on a given day: days past due, overdue amount, outstanding, next due date,
minimum payment and collection stage, from its installments. "today" is always an argument.

`stage_of` is the one stage rule (the queue's `domain.overdue.stage_for` calls it too): every stage
boundary is a setting (`StageDays`), pre-due reminders go out only on the configured days (D-3
and D-1 by default; D-2 is `not_due`), and a repeat offender (an earlier overdue episode in the
loan's history) gets a shorter grace period and the firmer template.

What a loan owes and the date that counts from are domain.amounts' rules (`owed_fen`,
`owed_since`, together `owed`: the figures the loan stores for the queue and the dashboard).
DPD counts from the oldest installment not fully paid. A partial payment leaves the installment
unpaid (its remainder is what is overdue). A loan with nothing outstanding is `paid`; a loan
with anything outstanding is never `paid`, and past its due date it is overdue (DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from operator_app.domain.amounts import owed_fen, owed_since

COLLECTION_STAGES = ("pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+")
ALL_STAGES = ("not_due", *COLLECTION_STAGES, "paid")
OVERDUE_STAGES = ("grace", "M1", "M2", "M3", "M3+")
# Stages whose repeat offenders get the `<stage>_firm` template.
FIRM_STAGES = ("grace", "M1", "M2")


def in_stage_order(key: str) -> tuple[int, bool, str]:
    """Sort key for a list by stage, or by a template named after its stage: the order a loan
    goes through them (due soon, due today, grace, M1 … M3+), `M1_firm` right after `M1`, and
    anything else after them. An alphabetical list put M1 before 即将到期 and 今日到期."""
    base = key.removesuffix("_firm")
    rank = ALL_STAGES.index(base) if base in ALL_STAGES else len(ALL_STAGES)
    return rank, base != key, key


@dataclass(frozen=True, slots=True)
class StageDays:
    """Every stage boundary, in days (settings `stages.*`)."""

    pre_due_days: tuple[int, ...] = (3, 1)
    grace_days: int = 3
    repeat_grace_days: int = 1
    m1_max: int = 30
    m2_max: int = 60
    m3_max: int = 90

    def __post_init__(self) -> None:
        if any(d <= 0 for d in self.pre_due_days):
            raise ValueError("why_pre_due_days")  # a message code: words at the edge
        if not 0 <= self.repeat_grace_days <= self.grace_days < self.m1_max < self.m2_max < self.m3_max:
            raise ValueError("why_stage_days_order")


@dataclass(frozen=True, slots=True)
class MinPayment:
    """The minimum payment a notice asks for: every overdue installment's remainder
    (`overdue_installments`), or a share of the overdue amount in percent, rounded up to the yuan."""

    rule: str = "overdue_installments"
    percent: int = 100

    @classmethod
    def parse(cls, text: str) -> MinPayment:
        text = text.strip()
        if text == "overdue_installments":
            return cls()
        if text.startswith("share:") and text[6:].isdigit() and 1 <= int(text[6:]) <= 100:
            return cls("share", int(text[6:]))
        raise ValueError(text)

    def of(self, overdue_fen: int) -> int:
        if self.rule != "share" or overdue_fen <= 0:
            return overdue_fen
        share = -(-overdue_fen * self.percent // 100)
        return min(overdue_fen, -(-share // 100) * 100)


@dataclass(frozen=True, slots=True)
class Due:
    """One installment as the engine sees it."""

    due_on: date
    amount_due_fen: int
    amount_paid_fen: int = 0
    paid_on: date | None = None

    @property
    def unpaid_fen(self) -> int:
        return max(0, self.amount_due_fen - self.amount_paid_fen)


@dataclass(frozen=True, slots=True)
class Position:
    stage: str
    days_past_due: int
    overdue_fen: int  # unpaid remainder of installments past their due date
    outstanding_fen: int
    first_unpaid_due: date | None
    next_due: date | None  # the next unpaid due date today or later
    next_due_fen: int  # what is due on next_due
    min_payment_fen: int
    repeat_offender: bool
    earlier_episodes: int = 0
    overdue_installments: int = 0

    @property
    def template_key(self) -> str:
        return template_key(self.stage, self.repeat_offender)


def stage_of(days_to_due: int | None, outstanding_fen: int, days: StageDays, *, repeat: bool = False) -> str:
    """The stage from the days until the oldest unpaid due date (negative: days past due)."""
    if outstanding_fen <= 0:
        return "paid"
    if days_to_due is None:
        return "not_due"
    if days_to_due > 0:
        return "pre_due" if days_to_due in days.pre_due_days else "not_due"
    if days_to_due == 0:
        return "due_today"
    dpd = -days_to_due
    if dpd <= (days.repeat_grace_days if repeat else days.grace_days):
        return "grace"
    if dpd <= days.m1_max:
        return "M1"
    if dpd <= days.m2_max:
        return "M2"
    if dpd <= days.m3_max:
        return "M3"
    return "M3+"


# An installment as the bulk planner reads it: (due_on, amount_due_fen, amount_paid_fen, paid_on).
DueRow = tuple[date, int, int, "date | None"]


class PositionRow(NamedTuple):
    """Position's fields as a named tuple, in Position's field order (Position(*row) builds one):
    the bulk planner keeps one per loan and reads it by name, without a dataclass per loan."""

    stage: str
    days_past_due: int
    overdue_fen: int
    outstanding_fen: int
    first_unpaid_due: date | None
    next_due: date | None
    next_due_fen: int
    min_payment_fen: int
    repeat_offender: bool
    earlier_episodes: int
    overdue_installments: int


_new = tuple.__new__  # a PositionRow from a tuple: _new(PositionRow, values), without a Python frame


def assess(dues: Sequence[Due], today: date, *, sheet_outstanding_fen: int | None = None,
           days: StageDays = StageDays(), min_payment: MinPayment = MinPayment(),
           late_payments: Iterable[tuple[date, date]] = ()) -> Position:
    """The loan's position on `today`. `sheet_outstanding_fen` is the sheet's own outstanding
    figure when it gave one (trusted over the installments' remainder)."""
    return Position(*position_row([(d.due_on, d.amount_due_fen, d.amount_paid_fen, d.paid_on) for d in dues], today,
                                  sheet_outstanding_fen=sheet_outstanding_fen, days=days, min_payment=min_payment,
                                  late_payments=late_payments))


def position_row(dues: Sequence[DueRow], today: date, *, sheet_outstanding_fen: int | None = None,
                 days: StageDays = StageDays(), min_payment: MinPayment = MinPayment(),
                 late_payments: Iterable[tuple[date, date]] = ()) -> PositionRow:
    """`assess` on plain tuples, the rule's one home: `assess` wraps it into a Position.

    A loan of one installment (a loan-level sheet: most of a book) takes a straight branch that
    builds no lists; tests/test_bulk_plan.py proves it equal to the general one."""
    if len(dues) == 1:
        late = tuple(late_payments)
        due_on, amount_due, amount_paid, paid_on = dues[0]
        return _one_installment(due_on, amount_due, amount_paid, paid_on, today, sheet_outstanding_fen, days,
                                min_payment, late)
    return _general(dues, today, sheet_outstanding_fen, days, min_payment, late_payments)


def _general(dues: Sequence[DueRow], today: date, sheet_outstanding_fen: int | None, days: StageDays,
             min_payment: MinPayment, late_payments: Iterable[tuple[date, date]]) -> PositionRow:
    # (due_on, unpaid remainder) of every installment not fully paid, oldest first.
    unpaid = sorted((on, due - paid) for on, due, paid, _ in dues if due > paid)
    remainder = sum(u for _, u in unpaid)
    outstanding = owed_fen(sheet_outstanding_fen, remainder)
    first = unpaid[0][0] if unpaid else None
    if outstanding > 0:  # what it owes counts from (domain.amounts.owed: the figures the loan stores)
        last_due = max(d[0] for d in dues) if dues else None
        first = owed_since(first, outstanding, last_due)
        if outstanding != remainder and last_due is not None:
            unpaid = _as_the_sheet_says(unpaid, outstanding, last_due)
    overdue = [u for on, u in unpaid if on < today]
    overdue_fen = sum(overdue)
    coming = [(on, u) for on, u in unpaid if on >= today]
    next_due = coming[0][0] if coming else None
    next_due_fen = sum(u for on, u in coming if on == next_due)
    episodes = sum(1 for on, due, paid, paid_on in dues if paid_on is not None and paid_on > on and paid >= due)
    episodes += sum(1 for due_on, paid_on in late_payments if paid_on > due_on)
    repeat = episodes > 0
    stage = stage_of(None if first is None else (first - today).days, outstanding, days, repeat=repeat)
    dpd = (today - first).days if first is not None and first < today and outstanding > 0 else 0
    owing = outstanding > 0
    return _new(PositionRow, (stage, dpd, overdue_fen if owing else 0, outstanding if owing else 0, first, next_due, next_due_fen,
                 min_payment.of(overdue_fen) if owing else 0, repeat, episodes, len(overdue)))


def _as_the_sheet_says(unpaid: list[tuple[date, int]], outstanding: int, last_due: date) -> list[tuple[date, int]]:
    """The installments' unpaid remainders made to add up to the loan's outstanding as the sheet
    states it (which wins, DESIGN.md), so that what a notice asks for (overdue, due next) is never
    more than the loan owes and the whole of it is asked for once it is all due.

    More owed than the installments leave unpaid (interest, fees): the difference falls due with
    the last unpaid installment (the last due date on record when every installment reads paid).
    Less owed: the borrower paid more than the schedule records; the latest installments are taken
    off first, so the oldest, overdue ones stay what is asked for."""
    diff = outstanding - sum(u for _, u in unpaid)
    if diff > 0:
        if not unpaid:
            return [(last_due, outstanding)]
        return [*unpaid[:-1], (unpaid[-1][0], unpaid[-1][1] + diff)]
    out = list(unpaid)
    while diff < 0 and out:
        on, u = out.pop()
        if u + diff > 0:
            out.append((on, u + diff))
        diff += u
    return out


def _one_installment(due_on: date, amount_due: int, amount_paid: int, paid_on: date | None, today: date,
                     sheet_outstanding_fen: int | None, days: StageDays, min_payment: MinPayment,
                     late_payments: tuple[tuple[date, date], ...]) -> PositionRow:
    """`_general` for a single installment, step by step the same."""
    unpaid_fen = amount_due - amount_paid
    owes = unpaid_fen > 0
    outstanding = owed_fen(sheet_outstanding_fen, unpaid_fen if owes else 0)
    if outstanding > 0:  # owed since its only due date (`owed_since`), which carries all of it
        unpaid_fen, owes = outstanding, True  # `_as_the_sheet_says`
    late = paid_on is not None and paid_on > due_on and amount_paid >= amount_due
    episodes = (1 if late else 0) + (sum(1 for d, p in late_payments if p > d) if late_payments else 0)
    repeat = episodes > 0
    if not owes:
        stage = stage_of(None, outstanding, days, repeat=repeat)
        return _new(PositionRow, (stage, 0, 0, outstanding if outstanding > 0 else 0, None, None, 0, 0, repeat, episodes, 0))
    past = due_on < today
    overdue_fen = unpaid_fen if past else 0
    stage = stage_of((due_on - today).days, outstanding, days, repeat=repeat)
    owing = outstanding > 0
    dpd = (today - due_on).days if past and owing else 0
    return _new(PositionRow, (stage, dpd, overdue_fen if owing else 0, outstanding if owing else 0, due_on,
                 None if past else due_on, 0 if past else unpaid_fen, min_payment.of(overdue_fen) if owing else 0,
                 repeat, episodes, 1 if past else 0))


def template_key(stage: str, repeat_offender: bool) -> str:
    """The stage's default template; repeat offenders get the firmer one where there is one."""
    return stage + "_firm" if repeat_offender and stage in FIRM_STAGES else stage


def amount_asked(position: Position) -> int:
    return amount_asked_of(position.stage, position.overdue_fen, position.next_due_fen)


def amount_asked_of(stage: str, overdue_fen: int, next_due_fen: int) -> int:
    """What the notice asks for: the overdue amount once overdue, else what falls due next."""
    if stage in OVERDUE_STAGES:
        return overdue_fen
    if stage == "due_today":
        return next_due_fen or overdue_fen
    return next_due_fen
