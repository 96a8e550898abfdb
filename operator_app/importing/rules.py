"""One sheet row through every rule, with one issue per problem cell (records.py lists the codes).

`RowRules.build` is the one place that writes issues; the column-wise path of
`builder.RecordBuilder` sends it every row with anything to say.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from operator_app.domain.amounts import implied_installment, loan_amounts, owed_basis
from operator_app.domain.dates import DateError, parse_date
from operator_app.domain.identity import IdHasher, normalize_id_number
from operator_app.domain.money import AmountError, format_fen, parse_fen
from operator_app.domain.phones import MAX_PHONE_RAW, normalize_phone
from operator_app.domain.text import MAX_NAME_LENGTH, clean_name
from operator_app.importing.headers import HeaderMap, principal_only_outstanding
from operator_app.importing.records import (
    AMOUNTS,
    DATES,
    EMPTY,
    MAX_CONTRACT_LENGTH,
    RECORD_FIELD,
    Issue,
    Record,
    is_totals,
    parse_seq,
    show,
    text_key,
)

T = TypeVar("T")


class ParseCache(dict[object, "T | None"], Generic[T]):
    """cell -> parsed value, each distinct cell parsed once (`map(cache.__getitem__, column)`
    runs in C until a new cell turns up). A cell that does not parse maps to None and is kept
    in `failed`. Keyed by the cell alone, so 1 and 1.0 share an entry (they parse alike) but
    True would share 1's: `parse_one`, keyed by type and cell, serves single cells and columns
    holding booleans."""

    def __init__(self, parse: Callable[[object], T | None], error: type[ValueError]) -> None:
        super().__init__({None: None, "": None})
        self.parse = parse
        self.error = error
        self.failed: set[object] = set()
        self._typed: dict[tuple[type, object], T | None] = {}

    def __missing__(self, key: object) -> T | None:
        try:
            value = self.parse(key)
        except self.error:
            value = None
            self.failed.add(key)
        self[key] = value
        return value

    def parse_one(self, cell: object) -> T | None:
        if cell is None or cell == "":
            return None
        key = (type(cell), cell)
        if key not in self._typed:
            try:
                self._typed[key] = self.parse(cell)
            except self.error:
                self._typed[key] = None
        return self._typed[key]


class _LazyHasher:
    """An IdHasher whose key is asked for at its first ID number, not before."""

    def __init__(self, salt: Callable[[], bytes]) -> None:
        self._salt = salt
        self._hasher: IdHasher | None = None

    def __call__(self, id_number: str) -> str:
        return self._key()(id_number)

    def column(self, id_numbers: Sequence[str]) -> list[str | None]:
        """IdHasher.column; the key is asked for only if a number is not empty."""
        if not any(id_numbers):
            return [None] * len(id_numbers)
        return self._key().column(id_numbers)

    def _key(self) -> IdHasher:
        if self._hasher is None:
            self._hasher = IdHasher(self._salt())
        return self._hasher


class RowRules:
    """The header map, the office's ID salt and the parse caches of one import, and the rules."""

    def __init__(self, header: HeaderMap, id_salt: bytes | Callable[[], bytes], kind: str) -> None:
        """`id_salt`: the key, or how to get it when the first ID number is hashed (the reader
        process waits for the office's key only when a row has an ID number)."""
        self.header = header
        self.kind = kind
        cols = header.columns
        self._amount_cols = [(f, cols[f]) for f in AMOUNTS if f in cols]
        self._date_cols = [(f, cols[f]) for f in DATES if f in cols]
        self._contract = cols["contract_no"]
        self._name = cols.get("name")
        self._phone = cols.get("phone")
        self._id = cols.get("id_number")
        self._seq = cols.get("seq")
        # Dates and amounts repeat a lot in a loan book (a few hundred distinct due dates in a
        # whole sheet): parse each distinct cell once, on both paths.
        self._amounts = ParseCache(parse_fen, AmountError)
        self._dates = ParseCache(parse_date, DateError)
        self._seqs = ParseCache(parse_seq, ValueError)
        self._hash_id: IdHasher | _LazyHasher = IdHasher(id_salt) if isinstance(id_salt, bytes) else _LazyHasher(id_salt)
        self.blank_rows = 0
        self._width = 1 + max(cols.values())

    def _column_of(self, fname: str) -> str | None:
        cols = self.header.columns
        return self.header.headers[cols[fname]] if fname in cols else None

    def build(self, values: list[object], row_no: int, issues: list[Issue]) -> Record | None:
        """A record, or None when the row is blank, a totals row or rejected (issues say why)."""
        if all(v in EMPTY for v in values):
            self.blank_rows += 1
            return None
        if is_totals(values):
            issues.append(Issue(row_no, None, "totals_row", "issue_totals_row"))
            return None
        if len(values) < self._width:  # CSV rows can be short
            values = [*values, *[None] * (self._width - len(values))]

        def cell(col: int | None) -> object:
            return None if col is None else values[col]

        contract = text_key(cell(self._contract))
        header = self.header.headers
        if not contract or len(contract) > MAX_CONTRACT_LENGTH:
            issues.append(Issue(row_no, header[self._contract], "missing_contract",
                                "issue_missing_contract" if not contract else "issue_contract_too_long"))
            return None
        fields: dict[str, Any] = {}
        failed: set[str] = set()  # fields whose cell was reported: nothing more is said of them
        for fname, col in self._amount_cols:
            raw = cell(col)
            if raw in EMPTY:
                continue
            fen = self._amounts.parse_one(raw)
            if fen is None:
                issues.append(Issue(row_no, header[col], "bad_amount", "issue_bad_amount", {"value": show(raw)}))
                failed.add(fname)
            else:
                fields[RECORD_FIELD[fname]] = fen
        for fname, col in self._date_cols:
            raw = cell(col)
            if raw in EMPTY:
                continue
            day = self._dates.parse_one(raw)
            if day is None:
                issues.append(Issue(row_no, header[col], "bad_date", "issue_bad_date", {"value": show(raw)}))
                failed.add(fname)
            else:
                fields[fname] = day
        if self._seq is not None:
            raw = cell(self._seq)
            seq = parse_seq(raw)
            if seq is None and self.kind == "installment":
                issues.append(Issue(row_no, header[self._seq], "bad_installment", "issue_bad_installment",
                                    {"value": show(raw)}))
                failed.add("seq")
            fields["seq"] = seq
        if self.header.principal_outstanding and principal_only_outstanding(fields.get("principal_fen"),
                                                                              fields.get("amount_due_fen")):
            fields.pop("outstanding_fen", None)
        rec = Record(row_no, contract, **fields)
        if self.kind == "installment":
            self._check_installment(rec, failed, issues)
        else:
            self._check_loan(rec, failed, issues)
        if failed:
            return None
        return self._borrower(rec, cell(self._name), cell(self._phone), cell(self._id), issues)

    def _check_installment(self, rec: Record, failed: set[str], issues: list[Issue]) -> None:
        if rec.due_on is None and "due_on" not in failed:
            issues.append(Issue(rec.row, self._column_of("due_on"), "bad_date", "issue_due_missing"))
            failed.add("due_on")
        if rec.amount_due_fen is None and "amount_due" not in failed:
            issues.append(Issue(rec.row, self._column_of("amount_due"), "bad_amount", "issue_amount_due_missing"))
            failed.add("amount_due")

    def _check_loan(self, rec: Record, failed: set[str], issues: list[Issue]) -> None:
        """A due date needs an amount due (domain.amounts); a bad amount cell already says why
        there is none. Amount due (else principal) − paid against the sheet's outstanding: warned, the
        row is kept."""
        amounts = loan_amounts(rec.principal_fen, rec.amount_due_fen, rec.amount_paid_fen, rec.outstanding_fen,
                               rec.due_on)
        if (rec.due_on is not None and implied_installment(rec.seq, rec.due_on, amounts.amount_due_fen,
                                                                     amounts.amount_paid_fen, rec.paid_on) is None
                and not failed.intersection(AMOUNTS)):
            issues.append(Issue(rec.row, self._column_of("due_on"), "bad_amount", "issue_amount_due_missing"))
            failed.add("amount_due")
        if amounts.disagree and not failed:
            basis = owed_basis(rec.principal_fen, rec.amount_due_fen)
            assert basis is not None and rec.amount_paid_fen is not None and rec.outstanding_fen is not None
            stated_due = rec.amount_due_fen is not None and basis == rec.amount_due_fen
            issues.append(Issue(rec.row, self._column_of("outstanding"), "amounts_disagree",
                                "issue_amounts_disagree_due" if stated_due else "issue_amounts_disagree", {
                                    "amount_due" if stated_due else "principal": format_fen(basis),
                                    "paid": format_fen(rec.amount_paid_fen),
                                    "difference": format_fen(basis - rec.amount_paid_fen),
                                    "outstanding": format_fen(rec.outstanding_fen)}))

    def _borrower(self, rec: Record, name: object, phone: object, id_number: object,
                  issues: list[Issue]) -> Record:
        fields: dict[str, Any] = {}
        if self._name is not None:
            text = clean_name(name)
            column = self._column_of("name")
            if not text:
                issues.append(Issue(rec.row, column, "missing_name", "issue_missing_name"))
            elif len(text) > MAX_NAME_LENGTH:
                issues.append(Issue(rec.row, column, "missing_name", "issue_name_too_long", {"length": len(text)}))
            else:
                fields["name"] = text
        if self._phone is not None:
            number = normalize_phone(phone)
            fields.update(phone=number.e164, phone_raw=number.raw[:MAX_PHONE_RAW], phone_problem=number.problem)
            if number.e164 is None:
                issues.append(self._phone_issue(rec.row, number.raw, number.problem))
        if self._id is not None and id_number not in EMPTY:
            ident = normalize_id_number(id_number)
            if ident:
                fields.update(id_number_hash=self._hash_id(ident), id_last4=ident[-4:])
        return rec._replace(**fields)

    def _phone_issue(self, row: int, raw: str, problem: str | None) -> Issue:
        detail = {"empty": "issue_phone_empty", "landline": "issue_phone_landline"}.get(problem or "",
                                                                                         "issue_phone_invalid")
        return Issue(row, self._column_of("phone"), "invalid_phone", detail, {"value": show(raw)})
