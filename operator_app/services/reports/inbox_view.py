"""The inbox page's replies, a page at a time (services/paging.py): searched (number, name,
contract, text) and sorted by the database, newest first, so 100,000 replies open on their
newest page. `inbox.list_inbox` stays the list the CLI prints."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, or_, select, true

from operator_app.messaging.outbox import as_utc
from operator_app.services import clock
from operator_app.services.paging import Cursor, ordered
from operator_app.services.reports.inbox import BORROWER, INBOUND, LOAN, MSG, InboxRow
from operator_app.store.db import Database

SORTS: dict[str, Any] = {"received_at": INBOUND.c.received_at, "sender": INBOUND.c.sender, "action": INBOUND.c.action}


def _where(search: str) -> ColumnElement[bool]:
    text = search.strip()
    if not text:
        return true()
    like = f"%{text}%"
    contract = exists().where(LOAN.c.borrower_id == INBOUND.c.borrower_id, LOAN.c.contract_no.like(like))
    return or_(INBOUND.c.sender.like(like), INBOUND.c.text.like(like), BORROWER.c.name.like(like), contract)


def cursor_of(row: InboxRow, order: str) -> Cursor:
    values = {"received_at": row.received_at, "sender": row.sender, "action": row.action}
    return (values.get(order, row.received_at), row.id)


def page(db: Database, *, search: str = "", order: str = "received_at", descending: bool = True,
         after: Cursor | None = None, limit: int = 200) -> list[InboxRow]:
    """The replies after `after` (cursor_of the last row shown), the newest first by default;
    each with the loan its borrower was last written about (inbox._contract_of)."""
    key = SORTS.get(order, INBOUND.c.received_at)
    query = (select(INBOUND, BORROWER.c.name).outerjoin(BORROWER, BORROWER.c.id == INBOUND.c.borrower_id)
             .where(_where(search)))
    with db.engine.connect() as conn:
        rows = conn.execute(ordered(query, [(key, descending), (INBOUND.c.id, descending)], after, limit)).all()
        contracts = contracts_of(conn, {r.borrower_id for r in rows if r.borrower_id is not None})
        return [InboxRow(r.id, r.sender, r.text, as_utc(r.received_at) or clock.now(),
                         contracts.get(r.borrower_id), r.name, r.action) for r in rows]


def contracts_of(conn: Connection, borrowers: set[int]) -> dict[int, str]:
    """inbox._contract_of for a page's borrowers in two queries, not two per reply: the loan each
    was last written about, else their first loan."""
    if not borrowers:
        return {}
    last: dict[int, tuple[object, int, str]] = {}
    for borrower, sent_at, message, contract in conn.execute(
            select(MSG.c.borrower_id, MSG.c.sent_at, MSG.c.id, LOAN.c.contract_no).join(LOAN, LOAN.c.id == MSG.c.loan_id)
            .where(MSG.c.borrower_id.in_(borrowers), MSG.c.sent_at.is_not(None))):
        at = as_utc(sent_at)
        if borrower not in last or (at, message) > last[borrower][:2]:
            last[borrower] = (at, message, contract)
    found = {b: c for b, (_at, _m, c) in last.items()}
    first = (select(LOAN.c.borrower_id, func.min(LOAN.c.id).label("loan")).where(
        LOAN.c.borrower_id.in_(borrowers - set(found))).group_by(LOAN.c.borrower_id).subquery())
    found.update((b, c) for b, c in conn.execute(select(first.c.borrower_id, LOAN.c.contract_no)
                                                 .join(LOAN, LOAN.c.id == first.c.loan)))
    return found


def count(db: Database, *, search: str = "") -> int:
    query = (select(func.count()).select_from(INBOUND.outerjoin(BORROWER, BORROWER.c.id == INBOUND.c.borrower_id))
             .where(_where(search)))
    with db.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())
