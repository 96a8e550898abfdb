"""Turn sheet rows into loan or installment records, with one issue per problem cell.

Rejected (the row writes nothing): missing_contract, bad_amount, bad_date, bad_installment.
Warned (the row is kept): invalid_phone and missing_name (kept as data, excluded from SMS),
totals_row (skipped), duplicate_merged (two rows, one loan).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import accumulate, zip_longest
from typing import Any, Generic, NamedTuple, TypeVar, cast

from operator_app.domain.dates import DateError, parse_date
from operator_app.domain.identity import IdHasher, normalize_id_number
from operator_app.domain.money import AmountError, parse_fen
from operator_app.domain.phones import CN_MOBILE_NATIONAL, MAX_PHONE_RAW, normalize_phone
from operator_app.domain.text import MAX_NAME_LENGTH, clean_name, clean_text
from operator_app.importing.headers import HeaderMap

T = TypeVar("T")
REJECTING = frozenset({"missing_contract", "bad_amount", "bad_date", "bad_installment"})
# \s covers the ideographic space U+3000 in str patterns.
_TOTALS_RE = re.compile(r"^\s*(本页|本月|总)?(合\s*计|总\s*计|小\s*计|总额|total|subtotal|sum)[\s:：]*$", re.IGNORECASE)
_TOTALS_FIRST = frozenset("本总合小TtSs")
# Every word _TOTALS_RE accepts ends in one of these characters (under IGNORECASE "l" and "m"
# fold only to "L" and "M"): one scan of a whole column, cells joined by NUL, finds the few
# cells worth the exact check. A plain character class is the regex engine's fastest scan.
_TOTALS_LAST = re.compile(r"[计额lLmM]")
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


class Record(NamedTuple):
    """One normalised loan (or installment) row. A tuple, so the bulk writer can pick columns
    with `itemgetter` and transpose a whole sheet with `zip` in C: 100k dataclass objects and
    per-row dicts cost more than the inserts themselves."""

    row: int  # the sheet row (the first one, when duplicates were merged)
    contract_no: str
    name: str | None = None
    phone: str | None = None  # E.164, only for a number an SMS can reach
    phone_raw: str | None = None
    phone_problem: str | None = None
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


_EMPTY = (None, "")
_AMOUNTS = ("principal", "amount_due", "amount_paid", "outstanding")
_DATES = ("disbursed_on", "due_on", "paid_on")
_FIELDS = Record._fields
CHUNK_ROWS = 10_000
make_record = partial(tuple.__new__, Record)  # Record from an iterable, without a Python frame


class _ParseCache(dict[object, "T | None"], Generic[T]):
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


class RecordBuilder:
    """Holds the header map, the office's ID salt and the parse caches of one import.

    `build_chunk` is the bulk path: it normalises rows column by column and decides only the
    cells whose answer is certain (a clean contract number, a parseable amount or date, an
    ordinary mobile, a plain ID). Every row with anything to say (blank, totals, a rejected or
    warned cell) goes through `build`, the one place that knows the rules and writes issues, so
    both paths give the same records and the same issues in the same order.
    """

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
        # 100k rows): parse each distinct cell once, on both paths.
        self._amounts = _ParseCache(parse_fen, AmountError)
        self._dates = _ParseCache(parse_date, DateError)
        self._seqs = _ParseCache(_parse_seq, ValueError)
        self._hash_id = IdHasher(id_salt)
        self.blank_rows = 0
        self._width = 1 + max(cols.values())

    # -- the bulk path ---------------------------------------------------------------------

    def repeated_contracts(self, rows: list[list[object]]) -> set[str]:
        """Contract numbers on more than one row (rejected rows included: a superset is enough).
        The writer holds their rows back and writes each such loan once, merged, at the end."""
        col = self._contract
        keys = _clean_column([row[col] if col < len(row) else None for row in rows], _text_key)
        return {key for key, n in Counter(keys).items() if n > 1 and key}

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
        contracts = _clean_column(column(self._contract), _text_key)
        slow.update(i for i, c in enumerate(contracts) if not c or len(c) > MAX_CONTRACT_LENGTH)
        for cells in columns[:6]:
            slow.update(_totals_candidates(cells))
        for fname, col in self._amount_cols:
            values[fname] = self._parse_column(column(col), self._amounts, slow)
        for fname, col in self._date_cols:
            values[fname] = self._parse_column(column(col), self._dates, slow)
        if self._seq is not None:
            values["seq"] = seqs = self._parse_column(column(self._seq), self._seqs, set())
            if self.kind == "installment":
                slow.update(i for i, s in enumerate(seqs) if s is None)
        self._check_columns(values, n, slow)
        if self._name is not None:
            values["name"] = names = _clean_column(column(self._name), clean_name)
            slow.update(i for i, v in enumerate(names) if not v or len(v) > MAX_NAME_LENGTH)
        unreachable: list[int] = []  # rows whose only say may be their phone's warning
        if self._phone is not None:
            unreachable = self._phone_column(column(self._phone), values)
        if self._id is not None:
            self._id_column(column(self._id), values)
        fields = [values.get(name) or none_column for name in _FIELDS[2:]]
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
    def _parse_column(raw: Sequence[object], cache: _ParseCache[T], slow: set[int]) -> list[T | None]:
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
        """The row checks of `_check_installment` / `_check_loan`, as a filter for `build`."""
        none: list[Any] = [None] * n
        due, amount_due = values.get("due_on", none), values.get("amount_due", none)
        if self.kind == "installment":
            slow.update(i for i in range(n) if due[i] is None or amount_due[i] is None)
            return
        outstanding, principal = values.get("outstanding", none), values.get("principal", none)
        slow.update(i for i in range(n) if due[i] is not None and amount_due[i] is None
                    and outstanding[i] is None and principal[i] is None)

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
        hash_id = self._hash_id
        values["id_hash"] = [hash_id(ident) if ident else None for ident in idents]
        values["id_last4"] = [ident[-4:] if ident else None for ident in idents]

    # -- one row, with every rule and issue ------------------------------------------------

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
        fields: dict[str, Any] = {}
        rejected = False
        for fname, col in self._amount_cols:
            raw = cell(col)
            if raw in _EMPTY:
                continue
            fen = self._amounts.parse_one(raw)
            if fen is None:
                issues.append(Issue(row_no, header[col], "bad_amount", "issue_bad_amount",
                                    {"value": _show(raw)}))
                rejected = True
            else:
                fields[fname] = fen
        for fname, col in self._date_cols:
            raw = cell(col)
            if raw in _EMPTY:
                continue
            day = self._dates.parse_one(raw)
            if day is None:
                issues.append(Issue(row_no, header[col], "bad_date", "issue_bad_date", {"value": _show(raw)}))
                rejected = True
            else:
                fields[fname] = day
        if self._seq is not None:
            raw = cell(self._seq)
            seq = _parse_seq(raw)
            if seq is None and self.kind == "installment":
                issues.append(Issue(row_no, header[self._seq], "bad_installment", "issue_bad_installment",
                                    {"value": _show(raw)}))
                rejected = True
            fields["seq"] = seq
        rec = Record(row_no, contract, **fields)
        if self.kind == "installment":
            rejected |= self._check_installment(rec, issues)
        else:
            rejected |= self._check_loan(rec, issues)
        if rejected:
            return None
        return self._borrower(rec, cell(self._name), cell(self._phone), cell(self._id), issues)

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
                  issues: list[Issue]) -> Record:
        header, cols = self.header.headers, self.header.columns
        fields: dict[str, Any] = {}
        if self._name is not None:
            text = clean_name(name)
            if not text:
                issues.append(Issue(rec.row, header[cols["name"]], "missing_name", "issue_missing_name"))
            elif len(text) > MAX_NAME_LENGTH:
                issues.append(Issue(rec.row, header[cols["name"]], "missing_name", "issue_name_too_long",
                                    {"length": len(text)}))
            else:
                fields["name"] = text
        if self._phone is not None:
            number = normalize_phone(phone)
            fields.update(phone=number.e164, phone_raw=number.raw[:MAX_PHONE_RAW], phone_problem=number.problem)
            if number.e164 is None:
                issues.append(self._phone_issue(rec.row, number.raw, number.problem))
        if self._id is not None and id_number not in _EMPTY:
            ident = normalize_id_number(id_number)
            if ident:
                fields.update(id_hash=self._hash_id(ident), id_last4=ident[-4:])
        return rec._replace(**fields)

    def _phone_issue(self, row: int, raw: str, problem: str | None) -> Issue:
        detail = {"empty": "issue_phone_empty", "landline": "issue_phone_landline"}.get(problem or "",
                                                                                         "issue_phone_invalid")
        return Issue(row, self.header.header_of("phone"), "invalid_phone", detail, {"value": _show(raw)})

    def _is_totals(self, values: Sequence[object]) -> bool:
        for v in values[:6]:
            # The first character rules out nearly every cell before the regex runs.
            if type(v) is str and v.lstrip()[:1] in _TOTALS_FIRST and _TOTALS_RE.match(v):
                return True
        return False


def _totals_candidates(cells: Sequence[object]) -> list[int]:
    """Rows whose cell in this column is a totals label (合计, 小计, Total: …)."""
    types = set(map(type, cells))
    if str not in types:
        return []
    texts = cast(Sequence[str], cells) if types == {str} else [v if type(v) is str else "" for v in cells]
    joined = "\0".join(texts)
    found: list[int] = []
    ends = None
    checked = -1
    for match in _TOTALS_LAST.finditer(joined):
        if ends is None:
            ends = list(accumulate(len(t) + 1 for t in texts))
        row = bisect_right(ends, match.start())
        if row != checked:
            checked = row
            if _TOTALS_RE.match(texts[row]):
                found.append(row)
    return found


def _clean_column(cells: Sequence[object], clean: Callable[[object], str]) -> list[str]:
    """`clean` of every cell; a cell that is already clean text (what `clean_text` returns
    unchanged) is taken as it is, without a call per cell."""
    return [v if type(v) is str and v.isprintable() and v.strip() == v and "  " not in v else clean(v)
            for v in cells]


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
    return int(text) if text.isascii() and text.isdigit() and int(text) > 0 else None


def _show(value: object, limit: int = 40) -> str:
    text = clean_text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def merge_key(rec: Record, installment: bool) -> tuple[str, int | None]:
    """Rows with the same key are one loan (one installment of a schedule) and are merged."""
    return (rec.contract_no, rec.seq if installment else None)


def merged(first: Record, later: Record) -> Record:
    """A later row fills in and overrides; an empty cell in it keeps the earlier value. The
    merged record keeps its first row's number."""
    values = (b if b is not None else a for a, b in zip(first[2:], later[2:], strict=True))
    return make_record((*first[:2], *values))


def merge_records(records: list[Record], installment: bool) -> list[Record]:
    """One record per key, in the order keys first appear, later rows winning."""
    out: dict[tuple[str, int | None], Record] = {}
    for rec in records:
        key = merge_key(rec, installment)
        first = out.get(key)
        out[key] = rec if first is None else merged(first, rec)
    return list(out.values())
