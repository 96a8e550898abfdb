"""The calls page's list, a page at a time (services/paging.py): the loans services/book/calls.py
lists, chosen, ordered and searched by the database on the loan's stored figures (`owed_fen`,
`owed_since`), so an office of 100,000 loans opens on its first page instead of staging every
loan in Python (`calls.call_list`, what the CLI prints and tests/test_gui_lazy_pages.py holds
this equal to).

Every reason is a condition in SQL but one: `no_response` needs the office's midnight, so the
database offers the loans with enough messages sent at all and `calls.no_response` (the rule's
one home) decides each of them on the page. The order is `calls.call_order`: priority
(`calls.call_priority`: on hold, then past the first month overdue, the M2 span of
`queue_view.stage_dpd_spans`), then the most days overdue, the most owed, the contract."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, exists, func, literal, or_, select

from operator_app.domain.replies import WRONG_NUMBER
from operator_app.messaging.moments import as_day
from operator_app.messaging.outbox import as_utc
from operator_app.services.book import queue as queue_service
from operator_app.services.book.calls import BORROWER, INBOUND, MSG, PAY, CallRow, no_response
from operator_app.services.book.queue_view import stage_dpd_spans
from operator_app.services.office import settings as settings_service
from operator_app.services.paging import Cursor, ordered
from operator_app.store.db import Database
from operator_app.store.models import loan_table

LOAN = loan_table
SORTS = ("priority", "contract_no", "owed", "days_past_due")
GONE = ("sent", "delivered")
REASONS = ("on_hold", "wrong_number", "invalid_phone", "missing_name", "borrower_no_sms", "shared_phone",
           "opted_out_overdue", "no_response")


@dataclass(frozen=True)
class _Terms:
    """The list's conditions and order on `today` with the office's settings."""

    today: date
    late_from: date  # owed since this day or earlier: past the first month (priority 2)
    threshold: int
    zone: Any

    @classmethod
    def of(cls, conn: Connection, today: date) -> _Terms:
        settings = settings_service.load(conn)
        low = stage_dpd_spans("M2", settings.stage_days)
        first = low[0][0] if low and low[0][0] is not None else 0
        return cls(today, today - timedelta(days=first), int(settings.get("calls.no_response_after")),
                   settings.policy.zone)


def _conditions(t: _Terms) -> dict[str, ColumnElement[bool]]:
    """Each reason as a condition. The shared numbers and the loans with enough messages sent
    are sets the database makes once (IN a grouped subquery), not a look-up per loan."""
    wrong_about = exists().where(INBOUND.c.action == WRONG_NUMBER, INBOUND.c.borrower_id == BORROWER.c.id)
    wrong_from = exists().where(INBOUND.c.action == WRONG_NUMBER, INBOUND.c.sender == BORROWER.c.phone)
    shared = (select(BORROWER.c.phone).where(BORROWER.c.phone.is_not(None)).group_by(BORROWER.c.phone)
              .having(func.count() > 1))
    sent = (select(MSG.c.loan_id).where(MSG.c.status.in_(GONE), MSG.c.sent_at.is_not(None)).group_by(MSG.c.loan_id)
            .having(func.count() >= max(t.threshold, 1)))
    return {
        "hold": and_(BORROWER.c.hold_until.is_not(None), BORROWER.c.hold_until >= t.today),
        "wrong": or_(wrong_about, wrong_from),
        "no_phone": or_(BORROWER.c.phone.is_(None), BORROWER.c.phone == ""),
        "no_name": or_(BORROWER.c.name.is_(None), BORROWER.c.name == ""),
        "no_sms": BORROWER.c.contact_no_sms.is_(True),
        "shared": BORROWER.c.phone.in_(shared),
        "opted": and_(BORROWER.c.opted_out_at.is_not(None), LOAN.c.owed_since < t.today),
        "sent_enough": LOAN.c.id.in_(sent),
    }


def _query(t: _Terms, search: str) -> tuple[Any, Any]:
    """The candidate rows (with the SQL reason, the priority) and the priority expression."""
    c = _conditions(t)
    reason = case((and_(c["hold"], c["wrong"]), literal("wrong_number")), (c["hold"], literal("on_hold")),
                  (c["no_phone"], literal("invalid_phone")), (c["no_name"], literal("missing_name")),
                  (c["no_sms"], literal("borrower_no_sms")), (c["shared"], literal("shared_phone")),
                  (c["opted"], literal("opted_out_overdue")), else_=literal("no_response"))
    priority = case((c["hold"], literal(1)), (LOAN.c.owed_since <= t.late_from, literal(2)), else_=literal(3))
    # Most loans of a book owe something: a scan of the loans is quicker than the two indexes on
    # these figures, which the planner would pick for the range (the `+ 0` and date() keep it off).
    # An erased borrower is off the list, as in calls.call_list (their loan has no borrower left to call).
    where = [LOAN.c.owed_fen + 0 > 0, func.date(LOAN.c.owed_since) <= t.today, BORROWER.c.erased_at.is_(None),
             or_(c["hold"], c["no_phone"], c["no_name"], c["no_sms"], c["shared"], c["opted"], c["sent_enough"])]
    if search.strip():
        where.append(queue_service.search_condition(search.strip()))
    query = (select(LOAN.c.id, LOAN.c.contract_no, LOAN.c.borrower_id, LOAN.c.owed_fen, LOAN.c.owed_since,
                    BORROWER.c.name, BORROWER.c.phone, BORROWER.c.phone_raw, reason.label("reason"),
                    priority.label("priority"))
             .select_from(LOAN.outerjoin(BORROWER, BORROWER.c.id == LOAN.c.borrower_id)).where(*where))
    return query, priority


def _keys(priority: Any, order: str, descending: bool) -> list[tuple[Any, bool]]:
    """(column, descending) pairs of the order asked for, ascending as a header shows it: the
    fewest days overdue is the latest date owed since."""
    if order == "owed":
        keys = [(LOAN.c.owed_fen, False), (LOAN.c.contract_no, False)]
    elif order == "days_past_due":
        keys = [(LOAN.c.owed_since, True), (LOAN.c.contract_no, False)]
    elif order == "contract_no":
        keys = [(LOAN.c.contract_no, False)]
    else:  # calls.call_order
        keys = [(priority, False), (LOAN.c.owed_since, False), (LOAN.c.owed_fen, True), (LOAN.c.contract_no, False)]
    return [(column, d != descending) for column, d in keys]


def cursor_of(row: CallRow, order: str, today: date) -> Cursor:
    since = today - timedelta(days=row.days_past_due)
    if order == "owed":
        return (row.outstanding_fen, row.contract_no)
    if order == "days_past_due":
        return (since, row.contract_no)
    if order == "contract_no":
        return (row.contract_no,)
    return (row.priority, since, row.outstanding_fen, row.contract_no)


def _unanswered(conn: Connection, t: _Terms, rows: Sequence[Any]) -> set[int]:
    """Of the `no_response` candidates among `rows`, the loans calls.no_response lists."""
    asked = [r for r in rows if r.reason == "no_response"]
    if not asked:
        return set()
    loans = [r.id for r in asked]
    borrowers = [r.borrower_id for r in asked if r.borrower_id is not None]
    sent: dict[int, list[datetime]] = defaultdict(list)
    for loan_id, at in conn.execute(select(MSG.c.loan_id, MSG.c.sent_at).where(
            MSG.c.loan_id.in_(loans), MSG.c.status.in_(GONE), MSG.c.sent_at.is_not(None))):
        sent[loan_id].append(as_utc(at))  # type: ignore[arg-type]
    paid = {loan: on for loan, on in conn.execute(select(PAY.c.loan_id, func.max(PAY.c.paid_on))
                                                  .where(PAY.c.loan_id.in_(loans)).group_by(PAY.c.loan_id))}
    replied = {b: as_utc(at) for b, at in conn.execute(
        select(INBOUND.c.borrower_id, func.max(INBOUND.c.received_at)).where(INBOUND.c.borrower_id.in_(borrowers))
        .group_by(INBOUND.c.borrower_id))}
    return {r.id for r in asked
            if no_response(as_day(r.owed_since), paid.get(r.id), sent.get(r.id, ()), replied.get(r.borrower_id),
                           t.threshold, t.zone)}


def _call_row(r: Any, today: date) -> CallRow:
    since = as_day(r.owed_since)
    return CallRow(r.contract_no, r.name, r.phone_raw or r.phone, r.reason, int(r.owed_fen),
                   max((today - since).days, 0), int(r.priority))


def page(db: Database, today: date, *, search: str = "", order: str = "priority", descending: bool = False,
         after: Cursor | None = None, limit: int = 200) -> list[CallRow]:
    """The borrowers to call after `after` (cursor_of the last row shown), in call_order by default."""
    out: list[CallRow] = []
    with db.engine.connect() as conn:
        t = _Terms.of(conn, today)
        query, priority = _query(t, search)
        keys = _keys(priority, order, descending)
        while len(out) < limit:
            rows = conn.execute(ordered(query, keys, after, limit)).all()
            listed = _unanswered(conn, t, rows)
            out += [_call_row(r, today) for r in rows if r.reason != "no_response" or r.id in listed][:limit - len(out)]
            if len(rows) < limit:
                break
            after = tuple(getattr(rows[-1], _name(k)) for k, _d in keys)
    return out


def _name(column: Any) -> str:
    return {"owed_fen": "owed_fen", "owed_since": "owed_since", "contract_no": "contract_no"}.get(
        getattr(column, "name", ""), "priority")


def count(db: Database, today: date, *, search: str = "") -> int:
    """How many borrowers the list holds (every page read through: the no-response loans are
    decided one by one)."""
    total = 0
    after: Cursor | None = None
    with db.engine.connect() as conn:
        t = _Terms.of(conn, today)
        query, priority = _query(t, search)
        keys = _keys(priority, "contract_no", False)
        while True:
            rows = conn.execute(ordered(query, keys, after, 5000)).all()
            listed = _unanswered(conn, t, rows)
            total += sum(1 for r in rows if r.reason != "no_response" or r.id in listed)
            if len(rows) < 5000:
                return total
            after = (rows[-1].contract_no,)
