"""Turn sheet rows into loan or installment records, with one issue per problem cell.

Rejected (the row writes nothing): missing_contract, bad_amount, bad_date, bad_installment.
Warned (the row is kept): invalid_phone and missing_name (kept as data, excluded from SMS),
totals_row (skipped), duplicate_merged (two rows, one loan).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from operator_app.domain.dates import DateError, parse_date
from operator_app.domain.identity import hash_id_number, normalize_id_number
from operator_app.domain.money import AmountError, parse_fen
from operator_app.domain.phones import Phone, normalize_phone
from operator_app.domain.text import MAX_NAME_LENGTH, clean_name, clean_text
from operator_app.importing.headers import HeaderMap

T = TypeVar("T")
REJECTING = frozenset({"missing_contract", "bad_amount", "bad_date", "bad_installment"})
# \s covers the ideographic space U+3000 in str patterns.
_TOTALS_RE = re.compile(r"^\s*(本页|本月|总)?(合\s*计|总\s*计|小\s*计|总额|total|subtotal|sum)[\s:：]*$", re.IGNORECASE)
_TOTALS_FIRST = frozenset("本总合小TtSs")
MAX_CONTRACT_LENGTH = 100


@dataclass(slots=True)
class Issue:
    row: int  # 1-based, as Excel shows it
    column: str | None
    code: str
    detail: str  # message key in operator_app.i18n
    params: dict[str, object] = field(default_factory=dict)

    @property
    def rejecting(self) -> bool:
        return self.code in REJECTING


@dataclass(slots=True)
class Record:
    row: int
    contract_no: str
    name: str | None = None
    phone: Phone | None = None
    id_hash: str | None = None
    id_last4: str | None = None
    principal: int | None = None
    disbursed_on: date | None = None
    due_on: date | None = None
    amount_due: int | None = None
    amount_paid: int | None = None
    outstanding: int | None = None
    paid_on: date | None = None
    seq: int | None = None
    rows: list[int] = field(default_factory=list)  # every sheet row merged into this record


_EMPTY = (None, "")
_AMOUNTS = ("principal", "amount_due", "amount_paid", "outstanding")
_DATES = ("disbursed_on", "due_on", "paid_on")


class RecordBuilder:
    """Stateless per row; holds the header map and the office's ID salt."""

    def __init__(self, header: HeaderMap, id_salt: bytes, kind: str) -> None:
        self.header = header
        self.salt = id_salt
        self.kind = kind
        cols = header.columns
        self._amount_cols = [(f, cols[f]) for f in _AMOUNTS if f in cols]
        self._date_cols = [(f, cols[f]) for f in _DATES if f in cols]
        self._contract = cols["contract_no"]
        self._name = cols.get("name")
        self._phone = cols.get("phone")
        self._id = cols.get("id_number")
        self._seq = cols.get("seq")
        # Dates and amounts repeat a lot in a loan book (a few hundred distinct due dates in
        # 100k rows): parse each distinct cell once. Keys carry the type: 1 == 1.0 == True.
        self._amount_cache: dict[tuple[type, object], int | None] = {}
        self._date_cache: dict[tuple[type, object], date | None] = {}
        self.blank_rows = 0
        self._width = 1 + max(cols.values())

    def build(self, values: list[object], row_no: int, issues: list[Issue]) -> Record | None:
        """A record, or None when the row is blank, a totals row or rejected (issues say why)."""
        if all(v in _EMPTY for v in values):
            self.blank_rows += 1
            return None
        if self._is_totals(values):
            issues.append(Issue(row_no, None, "totals_row", "issue_totals_row"))
            return None
        if len(values) < self._width:  # CSV rows can be short
            values = [*values, *[None] * (self._width - len(values))]

        def cell(col: int | None) -> object:
            return None if col is None else values[col]

        contract = _text_key(cell(self._contract))
        header = self.header.headers
        if not contract or len(contract) > MAX_CONTRACT_LENGTH:
            issues.append(Issue(row_no, header[self._contract], "missing_contract",
                                "issue_missing_contract" if not contract else "issue_contract_too_long"))
            return None
        rec = Record(row_no, contract, rows=[row_no])
        rejected = False
        amounts, dates = self._amount_cache, self._date_cache
        for fname, col in self._amount_cols:
            raw = cell(col)
            if raw in _EMPTY:
                continue
            fen = _cached(amounts, raw, parse_fen, AmountError)
            if fen is None:
                issues.append(Issue(row_no, header[col], "bad_amount", "issue_bad_amount",
                                    {"value": _show(raw)}))
                rejected = True
            else:
                setattr(rec, fname, fen)
        for fname, col in self._date_cols:
            raw = cell(col)
            if raw in _EMPTY:
                continue
            day = _cached(dates, raw, parse_date, DateError)
            if day is None:
                issues.append(Issue(row_no, header[col], "bad_date", "issue_bad_date", {"value": _show(raw)}))
                rejected = True
            else:
                setattr(rec, fname, day)
        if self._seq is not None:
            raw = cell(self._seq)
            seq = _parse_seq(raw)
            if seq is None and (self.kind == "installment" or raw not in _EMPTY):
                if self.kind == "installment":
                    issues.append(Issue(row_no, header[self._seq], "bad_installment", "issue_bad_installment",
                                        {"value": _show(raw)}))
                    rejected = True
            rec.seq = seq
        if self.kind == "installment":
            rejected |= self._check_installment(rec, issues)
        else:
            rejected |= self._check_loan(rec, issues)
        if rejected:
            return None
        self._borrower(rec, cell(self._name), cell(self._phone), cell(self._id), issues)
        return rec

    def _check_installment(self, rec: Record, issues: list[Issue]) -> bool:
        cols, header = self.header.columns, self.header.headers
        if rec.due_on is None:
            col = header[cols["due_on"]] if "due_on" in cols else None
            issues.append(Issue(rec.row, col, "bad_date", "issue_due_missing"))
            return True
        if rec.amount_due is None:
            col = header[cols["amount_due"]] if "amount_due" in cols else None
            issues.append(Issue(rec.row, col, "bad_amount", "issue_amount_due_missing"))
            return True
        return False

    def _check_loan(self, rec: Record, issues: list[Issue]) -> bool:
        if rec.due_on is not None and rec.amount_due is None and rec.outstanding is None and rec.principal is None:
            col = self.header.headers[self.header.columns["due_on"]]
            issues.append(Issue(rec.row, col, "bad_amount", "issue_amount_due_missing"))
            return True
        return False

    def _borrower(self, rec: Record, name: object, phone: object, id_number: object,
                  issues: list[Issue]) -> None:
        header, cols = self.header.headers, self.header.columns
        if self._name is not None:
            text = clean_name(name)
            if not text:
                issues.append(Issue(rec.row, header[cols["name"]], "missing_name", "issue_missing_name"))
            elif len(text) > MAX_NAME_LENGTH:
                issues.append(Issue(rec.row, header[cols["name"]], "missing_name", "issue_name_too_long",
                                    {"length": len(text)}))
            else:
                rec.name = text
        if self._phone is not None:
            rec.phone = normalize_phone(phone)
            if rec.phone.e164 is None:
                detail = {"empty": "issue_phone_empty", "landline": "issue_phone_landline"}.get(
                    rec.phone.problem or "", "issue_phone_invalid")
                issues.append(Issue(rec.row, header[cols["phone"]], "invalid_phone", detail,
                                    {"value": _show(rec.phone.raw)}))
        if self._id is not None and id_number not in _EMPTY:
            ident = normalize_id_number(id_number)
            if ident:
                rec.id_hash = hash_id_number(ident, self.salt)
                rec.id_last4 = ident[-4:]

    def _is_totals(self, values: list[object]) -> bool:
        for v in values[:6]:
            # The first character rules out nearly every cell before the regex runs.
            if type(v) is str and v.lstrip()[:1] in _TOTALS_FIRST and _TOTALS_RE.match(v):
                return True
        return False


def _cached(cache: dict[tuple[type, object], T | None], raw: object, parse: Callable[[object], T],
            error: type[ValueError]) -> T | None:
    """`parse(raw)`, None when it raises `error`; each distinct cell is parsed once."""
    key = (type(raw), raw)
    if key not in cache:
        try:
            cache[key] = parse(raw)
        except error:
            cache[key] = None
    return cache[key]


def _text_key(value: object) -> str:
    """Contract numbers typed as numbers come back as 2024001.0: read them back as written."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(value)


def _parse_seq(value: object) -> int | None:
    if isinstance(value, bool) or value in _EMPTY:
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value > 0 else None
    text = clean_text(value).removeprefix("第").removesuffix("期")
    return int(text) if text.isdigit() and int(text) > 0 else None


def _show(value: object, limit: int = 40) -> str:
    text = clean_text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def merge_duplicates(records: list[Record], kind: str, issues: list[Issue]) -> list[Record]:
    """One record per contract (per contract and installment for schedules), later rows winning.

    A later row fills in and overrides; an empty cell in it keeps the earlier value.
    """
    merged: dict[tuple[str, int | None], Record] = {}
    for rec in records:
        key = (rec.contract_no, rec.seq if kind == "installment" else None)
        first = merged.get(key)
        if first is None:
            merged[key] = rec
            continue
        issues.append(Issue(rec.row, None, "duplicate_merged", "issue_duplicate_merged",
                            {"contract_no": rec.contract_no, "first_row": first.rows[0]}))
        for name in Record.__slots__:
            if name in ("row", "rows", "contract_no"):
                continue
            value = getattr(rec, name)
            if value is not None:
                setattr(first, name, value)
        first.rows.append(rec.row)
    return list(merged.values())
