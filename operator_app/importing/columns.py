"""What the writer derives from normalised records, a column at a time: change digests,
borrower keys, loan statuses. Pure functions of the records, so the reader process computes
them beside the records and the writing process only writes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
    """What the sheet says of each loan: every field but the row number and the contract itself.
    Dates enter as day numbers (a date's repr is the slow part of hashing 100k rows)."""
    fields = [f[name] for name in Record._fields[2:]]
    for index, name in enumerate(Record._fields[2:]):
        if name in _DATE_FIELDS:
            days = {day: None if day is None else day.toordinal() for day in set(fields[index])}
            fields[index] = [days[day] for day in fields[index]]
    return [digest_of(parts) for parts in zip(*fields, strict=True)]



def borrower_keys(f: Columns) -> list[str | None]:
    """Who a row's borrower is: the ID number's hash, else name and phone; None for nobody."""
    return ["id:" + id_hash if id_hash else
            f"np:{name or ''}|{phone or raw or ''}"[:200] if name or phone or raw else None
            for id_hash, name, phone, raw in zip(f["id_hash"], f["name"], f["phone"], f["phone_raw"], strict=True)]


def statuses_of(f: Columns) -> list[str]:
    """paid when nothing is outstanding (or, without that column, the amount due is paid)."""
    return [("paid" if outstanding == 0 else "active") if outstanding is not None else
            "paid" if due is not None and paid is not None and paid >= due else "active"
            for outstanding, due, paid in zip(f["outstanding"], f["amount_due"], f["amount_paid"], strict=True)]


@dataclass
class Derived:
    """The derived columns of one batch of loan records."""

    digests: list[str]
    keys: list[str | None]
    statuses: list[str]

    @classmethod
    def of(cls, f: Columns) -> Derived:
        return cls(loan_digests(f), borrower_keys(f), statuses_of(f))
