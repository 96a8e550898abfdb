"""The normalised record of one sheet row, the issues a row can raise, and how repeated rows merge.

Rejected (the row writes nothing): missing_contract, bad_amount, bad_date, bad_installment.
Warned (the row is kept): invalid_phone and missing_name (kept as data, excluded from SMS),
amounts_disagree (the sheet's outstanding is kept), totals_row (skipped), duplicate_merged
(two rows, one loan). One issue per cell: a cell that is wrong is reported once, and what
follows from it (a due date missing because the due-date cell was not a date) is not reported
again. The rules are in `rules.RowRules`, the column-wise fast path in `builder.RecordBuilder`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import accumulate
from typing import NamedTuple, cast

from operator_app.domain.text import clean_text

REJECTING = frozenset({"missing_contract", "bad_amount", "bad_date", "bad_installment"})
# \s covers the ideographic space U+3000 in str patterns.
TOTALS_RE = re.compile(r"^\s*(本页|本月|总)?(合\s*计|总\s*计|小\s*计|总额|total|subtotal|sum)[\s:：]*$", re.IGNORECASE)
TOTALS_FIRST = frozenset("本总合小TtSs")
# Every word TOTALS_RE accepts ends in one of these characters (under IGNORECASE "l" and "m"
# fold only to "L" and "M"): one scan of a whole column, cells joined by NUL, finds the few
# cells worth the exact check. A plain character class is the regex engine's fastest scan.
_TOTALS_LAST = re.compile(r"[计额lLmM]")
MAX_CONTRACT_LENGTH = 100
EMPTY = (None, "")


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
    """One normalised loan (or installment) row, its amounts as the sheet states them
    (domain.amounts says what they mean for the loan). A tuple, so the bulk writer can
    transpose a whole sheet with `zip` in C: dataclass objects and per-row dicts cost more than
    the inserts themselves."""

    row: int  # the sheet row (the first one, when duplicates were merged)
    contract_no: str
    name: str | None = None
    phone: str | None = None  # E.164, only for a number an SMS can reach
    phone_raw: str | None = None
    phone_problem: str | None = None
    id_number_hash: str | None = None
    id_last4: str | None = None
    principal_fen: int | None = None
    disbursed_on: date | None = None
    due_on: date | None = None
    amount_due_fen: int | None = None
    amount_paid_fen: int | None = None
    outstanding_fen: int | None = None
    paid_on: date | None = None
    seq: int | None = None


# Header-map field (what --map names) -> Record field, where the two differ.
RECORD_FIELD = {"principal": "principal_fen", "amount_due": "amount_due_fen", "amount_paid": "amount_paid_fen",
                "outstanding": "outstanding_fen"}
AMOUNTS = ("principal", "amount_due", "amount_paid", "outstanding")  # header-map fields
DATES = ("disbursed_on", "due_on", "paid_on")
FIELDS = Record._fields
BORROWER_FIELDS = ("name", "phone", "phone_raw", "phone_problem", "id_number_hash", "id_last4")  # as in `borrower`
make_record = partial(tuple.__new__, Record)  # Record from an iterable, without a Python frame


def merge_key(rec: Record, installment: bool) -> tuple[str, int | None]:
    """Rows with the same key are one loan (one installment of a schedule) and are merged."""
    return (rec.contract_no, rec.seq if installment else None)


def merged(first: Record, later: Record) -> Record:
    """A later row fills in and overrides; an empty cell in it keeps the earlier value. The
    merged record keeps its first row's number. Amounts merge as cells, before domain.amounts
    reads them, so a later paid cell counts against the earlier principal."""
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


def is_totals(values: Sequence[object]) -> bool:
    """A totals row (合计, 小计, Total: …) names itself in one of its first six cells."""
    for v in values[:6]:
        # The first character rules out nearly every cell before the regex runs.
        if type(v) is str and v.lstrip()[:1] in TOTALS_FIRST and TOTALS_RE.match(v):
            return True
    return False


def totals_candidates(cells: Sequence[object]) -> list[int]:
    """Rows whose cell in this column is a totals label: `is_totals` for a whole column."""
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
            if TOTALS_RE.match(texts[row]):
                found.append(row)
    return found


def clean_column(cells: Sequence[object], clean: Callable[[object], str]) -> list[str]:
    """`clean` of every cell; a cell that is already clean text (what `clean_text` and
    `clean_name` return unchanged) is taken as it is, without a call per cell."""
    return [v if type(v) is str and v.isprintable() and v.strip() == v and "  " not in v else clean(v)
            for v in cells]


def text_key(value: object) -> str:
    """Contract numbers typed as numbers come back as 2024001.0: read them back as written."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(value)


def parse_seq(value: object) -> int | None:
    if isinstance(value, bool) or value in EMPTY:
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value > 0 else None
    text = clean_text(value).removeprefix("第").removesuffix("期")
    return int(text) if text.isascii() and text.isdigit() and int(text) > 0 else None


def show(value: object, limit: int = 40) -> str:
    """A cell as an issue quotes it: one line, at most `limit` characters."""
    text = clean_text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
