"""Who is overdue or about to be due, as of a given day, with every exclusion named.

Sorting, filtering and paging happen in SQL: a Python sort over 100k rows takes seconds in Qt.
The full contact policy (time window, frequency caps) arrives with the messaging issue; this is
what can be decided from the loan book alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    update,
)

from operator_app.domain.amounts import owed
from operator_app.domain.overdue import StagePolicy, days_past_due, stage_for
from operator_app.domain.phones import shown_phone
from operator_app.domain.policy import held_on, loan_reasons_of
from operator_app.domain.preferences import NO_PREFERENCES, Preferences, of_columns
from operator_app.messaging.moments import as_day, as_utc
from operator_app.services.book.stages import check_stage
from operator_app.services.office import settings as settings_service
from operator_app.store.bulk import chunks
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, installment_table, loan_table

LOAN, BORROWER, INST = loan_table, borrower_table, installment_table
SORTABLE = ("contract_no", "borrower", "phone", "outstanding_fen", "first_due", "days_past_due", "prefs")
# "prefs": borrowers with their own contact preferences first, by when staff set them (the
# others have no such moment and come last, as loans without a key do in every sort).
SORT_KEYS: dict[str, Any] = {"contract_no": LOAN.c.contract_no, "borrower": BORROWER.c.name, "phone": BORROWER.c.phone,
                             "outstanding_fen": LOAN.c.owed_fen, "first_due": LOAN.c.owed_since,
                             "days_past_due": LOAN.c.owed_since, "prefs": BORROWER.c.contact_pref_set_at}
Cursor = tuple[object, int]  # the sort key's value in the last row shown (None: a row without one), its loan id


class QueueRow(NamedTuple):
    """One loan as the queue shows it. Immutable; a NamedTuple because a page makes 200 of them on
    every sort, and a frozen dataclass is several times slower to build."""

    loan_id: int
    contract_no: str
    borrower: str | None
    phone: str | None
    phone_raw: str | None
    outstanding_fen: int
    first_due: date | None
    days_past_due: int
    stage: str
    exclusions: tuple[str, ...]
    prefs: Preferences = NO_PREFERENCES  # the borrower's own contact wishes
    prefs_note: str | None = None
    prefs_set_at: datetime | None = None  # when staff set them (None: never, or cleared)

    @property
    def eligible(self) -> bool:
        return not self.exclusions

    @property
    def shown_phone(self) -> str:
        """The number as a screen shows it: a mobile masked (138****8000), anything else (a
        landline kept for a phone call) as imported; "" when there is none."""
        return shown_phone(self.phone, self.phone_raw)

    def as_json(self) -> dict[str, object]:
        return {"contract_no": self.contract_no, "borrower": self.borrower, "phone": self.phone,
                "outstanding_fen": self.outstanding_fen, "days_past_due": self.days_past_due,
                "stage": self.stage, "eligible": self.eligible, "exclusions": list(self.exclusions)}


@cache
def _base_query() -> Select[Any]:
    """One row per loan with what the queue shows; the amount and the date it is owed since are
    the loan's stored figures (`store_figures`), so a sort or a filter on them reads an index.
    Built once: a Select is immutable, and each `.where` makes a new one."""
    other = BORROWER.alias("other")
    shared = exists().where(other.c.phone == BORROWER.c.phone, other.c.id != BORROWER.c.id).label("shared")
    return (select(LOAN.c.id, LOAN.c.contract_no, LOAN.c.status, BORROWER.c.name, BORROWER.c.phone,
                   BORROWER.c.phone_raw, BORROWER.c.opted_out_at, BORROWER.c.hold_until,
                   LOAN.c.owed_fen.label("outstanding_fen"), LOAN.c.owed_since.label("first_due"), shared,
                   BORROWER.c.contact_weekdays_only, BORROWER.c.contact_window_start, BORROWER.c.contact_window_end,
                   BORROWER.c.contact_weekly_max, BORROWER.c.contact_no_sms, BORROWER.c.contact_pref_note,
                   BORROWER.c.contact_pref_set_at)
            .select_from(LOAN.outerjoin(BORROWER, BORROWER.c.id == LOAN.c.borrower_id)))


def store_figures(conn: Connection, loans: Iterable[int] | None = None) -> int:
    """Write the stored figures (`owed_fen`, `owed_since`: domain.amounts.owed of the loan's own
    outstanding and its installments) of `loans` (ids; None: every loan), inside the transaction
    that changed them. Only figures that differ are written. Returns how many loans changed.
    The importer computes the figures of the loans it inserts itself (the same rule, on the rows
    at hand); this is for loans whose installments are only in the database."""
    ids = None if loans is None else sorted(set(loans))
    parts: list[list[int] | None] = [None] if ids is None else list(chunks(ids))
    changed: list[dict[str, Any]] = []
    for part in parts:
        inst = select(INST.c.loan_id, INST.c.due_on, INST.c.amount_due_fen, INST.c.amount_paid_fen)
        stmt = select(LOAN.c.id, LOAN.c.outstanding_fen, LOAN.c.owed_fen, LOAN.c.owed_since)
        if part is not None:
            inst, stmt = inst.where(INST.c.loan_id.in_(part)), stmt.where(LOAN.c.id.in_(part))
        schedules: dict[int, list[tuple[date, int, int]]] = {}
        for r in conn.execute(inst):
            schedules.setdefault(r.loan_id, []).append((r.due_on, r.amount_due_fen, r.amount_paid_fen))
        for loan in conn.execute(stmt):
            fen, since = owed(loan.outstanding_fen, schedules.get(loan.id, ()))
            if fen != loan.owed_fen or since != loan.owed_since:
                changed.append({"f_id": loan.id, "f_owed": fen, "f_since": since})
    if changed:
        conn.execute(update(LOAN).where(LOAN.c.id == bindparam("f_id"))
                     .values(owed_fen=bindparam("f_owed"), owed_since=bindparam("f_since")), changed)
    return len(changed)


def _row(r: Any, today: date, policy: StagePolicy) -> QueueRow:
    """A row of `_base_query` (by position: a page makes 200 of these on every sort)."""
    loan_id, contract_no, _status, name, phone, phone_raw, opted_out_at, hold_until, owed_fen, due, shared, \
        weekdays, start, end, weekly, no_sms, note, set_at = r
    outstanding = int(owed_fen or 0)
    first_due = as_day(due)
    stage = stage_for(first_due, outstanding, today, policy)
    prefs = of_columns(weekdays, start, end, weekly, no_sms)
    reasons = loan_reasons_of(opted_out_at is not None, held_on(as_day(hold_until), today), stage, name, phone,
                              bool(shared), no_sms=prefs.no_sms)
    return QueueRow(loan_id, contract_no, name, phone, phone_raw, outstanding, first_due,
                    days_past_due(first_due, today), stage, reasons, prefs, note, as_utc(set_at))


def queue(db: Database, today: date, *, stage: str | None = None, policy: StagePolicy | None = None) -> list[QueueRow]:
    """Every loan, paid and not-yet-due ones too, each with its exclusions."""
    check_stage(stage)
    policy = policy or settings_service.stage_days(db)
    with db.engine.connect() as conn:
        rows = [_row(r, today, policy) for r in conn.execute(_base_query().order_by(LOAN.c.contract_no))]
    return [r for r in rows if stage is None or r.stage == stage]


def search_condition(search: str) -> ColumnElement[bool]:
    """A loan whose contract, borrower's name or number contains `search`."""
    like = f"%{search}%"
    return or_(LOAN.c.contract_no.like(like), BORROWER.c.name.like(like), BORROWER.c.phone.like(like),
               BORROWER.c.phone_raw.like(like))


def cursor_of(row: QueueRow, order: str) -> Cursor:
    """Where the next page starts: the last row's sort key and its id."""
    values = {"contract_no": row.contract_no, "borrower": row.borrower, "phone": row.phone,
              "outstanding_fen": row.outstanding_fen, "first_due": row.first_due, "days_past_due": row.first_due,
              "prefs": row.prefs_set_at}
    return (values[order if order in SORT_KEYS else "contract_no"], row.loan_id)


def sorted_page(db: Database, today: date, where: ColumnElement[bool] | None, *, order: str = "contract_no",
                descending: bool = False, after: Cursor | None = None, limit: int = 200,
                policy: StagePolicy | None = None) -> list[QueueRow]:
    """The rows after `after` (None: from the start) in the order asked for: by the key, loans
    without one (no name, no mobile, nothing owed) last, the id breaking ties. Keyset paging on
    indexed columns, as two range reads (rows with the key, then rows without it), so a page
    costs the same wherever it is and a sort reads only the rows it shows. More days past due
    is an earlier date owed since: that order is the date's, reversed."""
    policy = policy or settings_service.stage_days(db)
    if order not in SORT_KEYS:
        order = "contract_no"
    key = SORT_KEYS[order]
    desc = descending != (order == "days_past_due")
    base = _base_query() if where is None else _base_query().where(where)
    rows: list[Any] = []
    with db.engine.connect() as conn:
        if after is None or after[0] is not None:
            # The borrower's name and number: `>= ''` says "has one" as a range both databases read
            # from the index (with IS NOT NULL SQLite sorts every loan first).
            stmt = base.where(key >= "" if order in ("borrower", "phone") else key.is_not(None))
            if after is not None:
                value, last = after
                stmt = stmt.where(and_(key <= value, or_(key < value, LOAN.c.id > last)) if desc
                                  else and_(key >= value, or_(key > value, LOAN.c.id > last)))
            rows = list(conn.execute(stmt.order_by(key.desc() if desc else key.asc(), LOAN.c.id).limit(limit)).all())
        if len(rows) < limit:
            stmt = base.where(key.is_(None))
            if after is not None and after[0] is None:
                stmt = stmt.where(LOAN.c.id > after[1])
            rows += conn.execute(stmt.order_by(LOAN.c.id).limit(limit - len(rows))).all()
    return [_row(r, today, policy) for r in rows]


def page(db: Database, today: date, *, search: str = "", order: str = "contract_no", descending: bool = False,
         after: Cursor | None = None, limit: int = 200, policy: StagePolicy | None = None) -> list[QueueRow]:
    """One page for the GUI's lazy table, filtered and sorted by the database."""
    return sorted_page(db, today, search_condition(search) if search else None, order=order,
                       descending=descending, after=after, limit=limit, policy=policy)


def count(db: Database, *, search: str = "", where: ColumnElement[bool] | None = None) -> int:
    """The loans matching `search` (and `where`)."""
    # Without a search the borrower is not needed: one row per loan either way.
    query = select(func.count()).select_from(LOAN.outerjoin(BORROWER, BORROWER.c.id == LOAN.c.borrower_id)
                                             if search or where is not None else LOAN)
    if search:
        query = query.where(search_condition(search))
    if where is not None:
        query = query.where(where)
    with db.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())
