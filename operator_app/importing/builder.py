"""The column-wise fast path from sheet rows to records.

`RecordBuilder.build_chunk` normalises rows column by column and decides only the cells whose
answer is certain (a clean contract number, a parseable amount or date, an ordinary mobile, a
plain ID, amounts that agree). Every row with anything to say (blank, totals, a rejected or
warned cell) goes through `RowRules.build`, the one place that knows the rules and writes
issues, so both paths give the same records and the same issues in the same order
(tests/test_normalisers.py checks it on random sheets).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import zip_longest
from typing import Any, TypeVar

from operator_app.domain.amounts import owed_basis
from operator_app.domain.identity import normalize_id_number
from operator_app.domain.phones import CN_MOBILE_NATIONAL, MAX_PHONE_RAW, normalize_phone
from operator_app.domain.text import MAX_NAME_LENGTH, clean_name
from operator_app.importing.headers import HeaderMap, principal_only_outstanding
from operator_app.importing.records import (
    FIELDS,
    MAX_CONTRACT_LENGTH,
    RECORD_FIELD,
    Issue,
    Record,
    clean_column,
    make_record,
    text_key,
    totals_candidates,
)
from operator_app.importing.rules import ParseCache, RowRules

T = TypeVar("T")
CHUNK_ROWS = 10_000


def repeated_contracts(header: HeaderMap, rows: list[list[object]]) -> set[str]:
    """Contract numbers on more than one row (rejected rows included: a superset is enough).
    The writer holds their rows back and writes each such loan once, merged, at the end."""
    col = header.columns["contract_no"]
    keys = clean_column([row[col] if col < len(row) else None for row in rows], text_key)
    return {key for key, n in Counter(keys).items() if n > 1 and key}


class RecordBuilder(RowRules):
    """The rules of `RowRules`, applied to whole chunks of rows at a time."""

    def build_all(self, data: list[list[object]], first_row: int, issues: list[Issue]) -> list[Record]:
        """Records for `data` (sheet rows starting at row number `first_row`), in sheet order."""
        records: list[Record] = []
        for start in range(0, len(data), CHUNK_ROWS):
            records.extend(self.build_chunk(data[start:start + CHUNK_ROWS], first_row + start, issues))
        return records

    def build_chunk(self, rows: list[list[object]], first_row: int, issues: list[Issue]) -> list[Record]:
        n = len(rows)
        columns = list(zip_longest(*rows))  # short CSV rows are padded with None, as in `build`
        none_column = (None,) * n

        def column(col: int | None) -> Sequence[object]:
            return none_column if col is None or col >= len(columns) else columns[col]

        slow: set[int] = set()  # rows `build` must judge
        values: dict[str, list[Any]] = {}
        contracts = clean_column(column(self._contract), text_key)
        slow.update(i for i, c in enumerate(contracts) if not c or len(c) > MAX_CONTRACT_LENGTH)
        for cells in columns[:6]:
            slow.update(totals_candidates(cells))
        for fname, col in self._amount_cols:
            values[RECORD_FIELD[fname]] = self._parse_column(column(col), self._amounts, slow)
        if self.header.principal_outstanding and "outstanding_fen" in values:
            values["outstanding_fen"] = [
                None if principal_only_outstanding(p, a) else o for p, a, o in zip(
                    values.get("principal_fen", none_column), values["amount_due_fen"], values["outstanding_fen"],
                    strict=True)]
        for fname, col in self._date_cols:
            values[fname] = self._parse_column(column(col), self._dates, slow)
        if self._seq is not None:
            values["seq"] = seqs = self._parse_column(column(self._seq), self._seqs, set())
            if self.kind == "installment":
                slow.update(i for i, s in enumerate(seqs) if s is None)
        self._check_columns(values, n, slow)
        if self._name is not None:
            values["name"] = names = clean_column(column(self._name), clean_name)
            slow.update(i for i, v in enumerate(names) if not v or len(v) > MAX_NAME_LENGTH)
        unreachable: list[int] = []  # rows whose only say may be their phone's warning
        if self._phone is not None:
            unreachable = self._phone_column(column(self._phone), values)
        if self._id is not None:
            self._id_column(column(self._id), values)
        fields = [values.get(name) or none_column for name in FIELDS[2:]]
        records: list[Record | None] = list(map(make_record, zip(
            range(first_row, first_row + n), contracts, *fields, strict=True)))
        phone_only = set(unreachable) - slow
        for i in sorted(slow | phone_only):
            if i in phone_only:  # the record stands as built; the warning is `build`'s own words
                issues.append(self._phone_issue(first_row + i, values["phone_raw"][i], values["phone_problem"][i]))
            else:
                records[i] = self.build(rows[i], first_row + i, issues)
        return [r for r in records if r is not None]

    @staticmethod
    def _parse_column(raw: Sequence[object], cache: ParseCache[T], slow: set[int]) -> list[T | None]:
        """A column through the cache's parser; a non-empty cell that fails marks its row."""
        if bool in set(map(type, raw)):  # True == 1 as a dict key: judge such a column cell by cell
            parsed = [cache.parse_one(v) for v in raw]
            slow.update(i for i, (v, p) in enumerate(zip(raw, parsed, strict=True))
                        if p is None and v is not None and v != "")
            return parsed
        parsed = list(map(cache.__getitem__, raw))
        if cache.failed:
            failed = cache.failed
            slow.update(i for i, (v, p) in enumerate(zip(raw, parsed, strict=True)) if p is None and v in failed)
        return parsed

    def _check_columns(self, values: dict[str, list[Any]], n: int, slow: set[int]) -> None:
        """The row checks of `_check_installment` / `_check_loan`, as a filter for `build`. For
        loan rows a mirror of domain.amounts.loan_amounts, column-wise: no amount due for a due
        date (no amount-due cell, principal or outstanding), or amounts that disagree (amount due, else
        principal, less paid against outstanding)
        (tests/test_normalisers.py proves this path equal to `build`, which calls the rule)."""
        none: list[Any] = [None] * n
        due = values.get("due_on", none)
        amount_due = values.get("amount_due_fen", none)
        if self.kind == "installment":
            slow.update(i for i in range(n) if due[i] is None or amount_due[i] is None)
            return
        principal, paid = values.get("principal_fen", none), values.get("amount_paid_fen", none)
        outstanding = values.get("outstanding_fen", none)
        slow.update(i for i, (d, a, p, o) in enumerate(zip(due, amount_due, principal, outstanding, strict=True))
                    if d is not None and a is None and p is None and o is None)
        if (principal is not none or amount_due is not none) and paid is not none and outstanding is not none:
            slow.update(i for i, (a, p, pd, o) in enumerate(zip(amount_due, principal, paid, outstanding, strict=True))
                        if pd is not None and o is not None and (b := owed_basis(p, a)) is not None and b - pd != o)

    def _phone_column(self, raw: Sequence[object], values: dict[str, list[Any]]) -> list[int]:
        """An ordinary Chinese mobile (11 ASCII digits, as text or a number cell) is decided here;
        anything else goes through `normalize_phone`. Returns the rows SMS cannot reach."""
        mobile = CN_MOBILE_NATIONAL.fullmatch
        texts: list[Any] = [str(int(v)) if type(v) is float and v.is_integer() else v for v in raw]
        e164: list[str | None] = [
            "+86" + t if type(t) is str and len(t) == 11 and t.isdigit() and t.isascii() and mobile(t) else None
            for t in texts]
        problems: list[str | None] = [None] * len(texts)
        unreachable: list[int] = []
        for i in [i for i, e in enumerate(e164) if e is None]:
            phone = normalize_phone(raw[i])
            e164[i], texts[i], problems[i] = phone.e164, phone.raw[:MAX_PHONE_RAW], phone.problem
            if phone.e164 is None:
                unreachable.append(i)
        values["phone"], values["phone_raw"], values["phone_problem"] = e164, texts, problems
        return unreachable

    def _id_column(self, raw: Sequence[object], values: dict[str, list[Any]]) -> None:
        idents = [v.upper() if type(v) is str and v.isascii() and v.isalnum()  # what normalize_id_number makes
                  else "" if v is None or v == "" else normalize_id_number(v) for v in raw]
        values["id_number_hash"] = self._hash_id.column(idents)
        values["id_last4"] = [ident[-4:] if ident else None for ident in idents]
