"""The inbox page's replies, a page at a time (services/paging.py): searched (number, name,
contract, text) and sorted by the database, newest first, so 100,000 replies open on their
newest page. `inbox.list_inbox` stays the list the CLI prints."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select, true

from operator_app.messaging.outbox import as_utc
from operator_app.services import clock
from operator_app.services.inbox import BORROWER, INBOUND, LOAN, InboxRow, _contract_of
from operator_app.services.paging import Cursor, ordered
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
        return [InboxRow(r.id, r.sender, r.text, as_utc(r.received_at) or clock.now(),
                         _contract_of(conn, r.borrower_id), r.name, r.action) for r in rows]


def count(db: Database, *, search: str = "") -> int:
    query = (select(func.count()).select_from(INBOUND.outerjoin(BORROWER, BORROWER.c.id == INBOUND.c.borrower_id))
             .where(_where(search)))
    with db.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())
