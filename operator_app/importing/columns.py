"""What the writer derives from normalised records, a column at a time: change digests,
borrower keys, each loan's amounts and status (domain.amounts) and the figures the queue
stores on it (domain.overdue.owed of the installment the row implies). Pure functions of the
records, so the reader process computes them beside the records and the writing process only
writes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from operator_app.domain import amounts as amounts_rule
from operator_app.domain.amounts import ImpliedInstallment, LoanAmounts, implied_installment, loan_amounts
from operator_app.domain.overdue import Owed, owed
from operator_app.importing.records import Record

Columns = dict[str, Sequence[Any]]  # field or column name -> one value per row
_DATE_FIELDS = frozenset({"disbursed_on", "due_on", "paid_on"})


def transpose(records: Sequence[Record]) -> Columns:
    """The records transposed, field name -> values (one `zip` in C)."""
    transposed = list(zip(*records, strict=True)) if records else [()] * len(Record._fields)
    return dict(zip(Record._fields, transposed, strict=True))


def digest_of(parts: tuple[object, ...]) -> str:
    """A change digest of plain values (str, int, None, dates): their repr, which is the same in
    every process and Python version, unlike hash()."""
    return hashlib.sha1(repr(parts).encode(), usedforsecurity=False).hexdigest()


def loan_digests(f: Columns) -> list[str]:
    """What the sheet says of each loan: every field but the row number and the contract itself,
    and the version of the amounts rule that reads them (a loan stored under an older rule is
    rewritten by the next import that names it, even from the same file). Dates enter as day
    numbers (a date's repr is the slow part of hashing a big sheet)."""
    fields = [f[name] for name in Record._fields[2:]]
    for index, name in enumerate(Record._fields[2:]):
        if name in _DATE_FIELDS:
            days = {day: None if day is None else day.toordinal() for day in set(fields[index])}
            fields[index] = [days[day] for day in fields[index]]
    version = amounts_rule.RULE_VERSION
    return [digest_of((version, *parts)) for parts in zip(*fields, strict=True)]


def borrower_keys(f: Columns) -> list[str | None]:
    """Who a row's borrower is: the ID number's hash, else name and phone; None for nobody."""
    return ["id:" + id_hash if id_hash else
            f"np:{name or ''}|{phone or raw or ''}"[:200] if name or phone or raw else None
            for id_hash, name, phone, raw in zip(f["id_number_hash"], f["name"], f["phone"], f["phone_raw"],
                                                 strict=True)]


def amounts_of(f: Columns) -> list[LoanAmounts]:
    """domain.amounts.loan_amounts of every loan row."""
    return list(map(loan_amounts, f["principal_fen"], f["amount_due_fen"], f["amount_paid_fen"],
                    f["outstanding_fen"], f["due_on"]))


@dataclass
class Derived:
    """The derived columns of one batch of loan records (columns, not LoanAmounts tuples: they
    cross the pipe from the reader process)."""

    digests: list[str]
    keys: list[str | None]
    amount_due_fen: list[int | None]  # of the implied installment
    amount_paid_fen: list[int]
    outstanding_fen: list[int | None]  # the loan's
    statuses: list[str]
    owed_fen: list[int]  # domain.overdue.owed of the loan and the installment it implies
    owed_since: list[date | None]
    # The number of the installment the row implies (domain.amounts.implied_installment), None
    # for none; its other fields are the row's due date, amounts and paid date as they are.
    installment_seq: list[int | None]

    @classmethod
    def of(cls, f: Columns) -> Derived:
        amounts = amounts_of(f)
        if not amounts:
            return cls(loan_digests(f), borrower_keys(f), [], [], [], [], [], [], [])
        due, paid, outstanding, statuses, _disagree = (list(c) for c in zip(*amounts, strict=True))
        implied = list(map(implied_installment, f["seq"], f["due_on"], due, paid, f["paid_on"]))
        figures = list(map(_owed, outstanding, implied))
        return cls(loan_digests(f), borrower_keys(f), due, paid, outstanding, statuses,
                   [o.fen for o in figures], [o.since for o in figures],
                   [None if inst is None else inst.seq for inst in implied])


def _owed(outstanding_fen: int | None, inst: ImpliedInstallment | None) -> Owed:
    """domain.overdue.owed of a loan row: its own outstanding and the one installment it implies."""
    return owed(outstanding_fen, [] if inst is None else [(inst.due_on, inst.amount_due_fen, inst.amount_paid_fen)])
