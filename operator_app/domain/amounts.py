"""What a loan-level row's amounts mean, the installment such a row implies and a loan's status.

The one home of these rules (DESIGN.md "Amounts on a loan-level sheet"): the importer's row
path, its column-wise path and its writer all call the functions here, so a partial payer comes
out the same whichever path a row takes.

A loan-level sheet states some of principal (借款金额), amount paid (已还金额), outstanding
(剩余本金 / 剩余应还) and, sometimes, an amount due (应还金额) next to one due date:

- amount due (of the one installment the row implies): the amount-due column (应还金额 / 应还本息 /
  应还总额: principal plus interest and fees, what the borrower must repay) when the sheet has one;
  else the principal; else outstanding + paid. What the borrower owes in all counts from
  `owed_basis`: the amount due, unless it is below the principal (then it is only this period's
  installment, 本期应还, and the principal is the loan's total).
- amount paid: the paid column; without one, what `owed_basis` and the sheet's outstanding imply
  (never below 0); else 0.
- outstanding (the loan's): the sheet's own outstanding when given, trusted over basis − paid
  (the row is warned `amounts_disagree` when the two differ); else basis − paid, kept on the
  loan only where the implied installment does not already say it (else None: derived from the
  installments, so that a schedule sheet of the same loan is not overruled by a figure the loan
  sheet never stated). Principal − paid is the owed figure only when the sheet states no amount
  due (or only this period's): a borrower who pays what an SMS says must not still be overdue.
- status: `paid` only when nothing is outstanding; a loan with anything outstanding is `active`.
- owed (a stored loan's, whatever sheet it came from): `owed`, the one figure the queue, the
  dashboard, the call list, every SMS and `report` read (stored on the loan as owed_fen and
  owed_since, migration 0005); `domain.collection` computes it with the same two rules
  (`owed_fen`, `owed_since`) on the rows it already holds.

Someone who borrowed 34,000, paid 17,000 and owes 17,000 therefore has an installment of 34,000
with 17,000 paid: unpaid, so overdue once its due date has passed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

ACTIVE = "active"
PAID = "paid"
# Part of every loan row's change digest: raise it when these rules change, and the next import
# rewrites every loan it names instead of skipping rows it has seen (the stored amounts were read
# by the old rules). 2: the amounts of partial payers (issue 9). 3: amount due − paid, not
# principal − paid, where the sheet states an amount due (issue 18).
RULE_VERSION = 3
# The named tuples below are built with tuple.__new__ (no Python frame): the importer calls these
# rules once per sheet row.
_new = tuple.__new__


class LoanAmounts(NamedTuple):
    amount_due_fen: int | None  # of the implied installment; None: the row states no amount due
    amount_paid_fen: int
    outstanding_fen: int | None  # the loan's; None: derive it from the installments
    status: str  # ACTIVE | PAID
    disagree: bool  # amount due (else principal) − paid differs from the sheet's outstanding (which wins)


def owed_basis(principal_fen: int | None, amount_due_fen: int | None) -> int | None:
    """What a loan row says the borrower must repay in all (None: it does not say).

    The amount due when the sheet states one (应还金额 / 应还本息 / 应还总额: principal plus interest
    and fees); else the principal. An amount due below the principal cannot be the whole debt
    (interest is never negative): it is this period's installment (本期应还 / 每期应还 / 期供), and
    the loan's total is its principal."""
    if amount_due_fen is not None and (principal_fen is None or amount_due_fen >= principal_fen):
        return amount_due_fen
    return principal_fen


def loan_amounts(principal_fen: int | None, amount_due_fen: int | None, amount_paid_fen: int | None,
                 outstanding_fen: int | None, due_on: date | None) -> LoanAmounts:
    """The amounts of one loan-level row, from its cells as parsed (None: empty or no column)."""
    basis, paid, o = owed_basis(principal_fen, amount_due_fen), amount_paid_fen, outstanding_fen
    disagree = basis is not None and paid is not None and o is not None and basis - paid != o
    if paid is None:
        paid = max(0, basis - o) if basis is not None and o is not None else 0
    due = (amount_due_fen if amount_due_fen is not None else principal_fen if principal_fen is not None
           else o + paid if o is not None else None)
    if o is None:
        implied = max(0, basis - paid) if basis is not None else None
        # The installment says it already (amount due − paid): derive it from there, so that a
        # schedule sheet of the same loan is not overruled by a figure this sheet never stated.
        carried = due_on is not None and due is not None and implied is not None and max(0, due - paid) == implied
        status = loan_status(implied, due, paid)
        return _new(LoanAmounts, (due, paid, None if carried else implied, status, disagree))
    return _new(LoanAmounts, (due, paid, o, loan_status(o, due, paid), disagree))


def loan_status(outstanding_fen: int | None, amount_due_fen: int | None, amount_paid_fen: int) -> str:
    """`paid` when the loan's outstanding is 0, or, with no outstanding known, when its one
    installment is paid in full; `active` otherwise (also when no amount is known at all)."""
    if outstanding_fen is not None:
        return PAID if outstanding_fen <= 0 else ACTIVE
    if amount_due_fen is not None and amount_paid_fen >= amount_due_fen:
        return PAID
    return ACTIVE


def schedule_status(installments: Iterable[tuple[int | None, int | None]]) -> str:
    """A loan known from a schedule sheet, given its installments' (amount due, amount paid):
    `paid` when every installment is paid in full."""
    return PAID if all((paid or 0) >= (due or 0) for due, paid in installments) else ACTIVE


class ImpliedInstallment(NamedTuple):
    seq: int
    due_on: date
    amount_due_fen: int
    amount_paid_fen: int
    paid_on: date | None


def implied_installment(seq: int | None, due_on: date | None, amount_due_fen: int | None, amount_paid_fen: int,
                        paid_on: date | None) -> ImpliedInstallment | None:
    """The single installment a loan-level row implies, from its `LoanAmounts`: only with a due
    date and an amount due; its number is the row's own installment number, else 1. (A loan whose
    schedule came from a schedule sheet keeps that schedule: the writer writes none there.)"""
    if due_on is None or amount_due_fen is None:
        return None
    return _new(ImpliedInstallment, (seq or 1, due_on, amount_due_fen, amount_paid_fen, paid_on))


class Owed(NamedTuple):
    """What a loan owes (fen) and the due date that counts from (`owed_since`)."""

    fen: int
    since: date | None


def owed_fen(stated_fen: int | None, unpaid_fen: int) -> int:
    """What a loan owes: its own outstanding as the sheet states it (None: not stated) wins over
    what its installments leave unpaid (DESIGN.md)."""
    return unpaid_fen if stated_fen is None else stated_fen


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


def owed(stated_fen: int | None, installments: Iterable[tuple[date, int, int]]) -> Owed:
    """A loan's figures from its own outstanding as the sheet states it (None: not stated) and
    its installments as (due date, amount due, amount paid): `owed_fen` of what they leave
    unpaid, counted from `owed_since` of the oldest unpaid due date and the last due date."""
    first_unpaid: date | None = None
    last_due: date | None = None
    unpaid = 0
    for due_on, amount_due, amount_paid in installments:
        last_due = due_on if last_due is None else max(last_due, due_on)
        if amount_paid < amount_due:
            first_unpaid = due_on if first_unpaid is None else min(first_unpaid, due_on)
            unpaid += amount_due - amount_paid
    fen = owed_fen(stated_fen, unpaid)
    return Owed(fen, owed_since(first_unpaid, fen, last_due))
