"""The history page's messages, a page at a time (services/paging.py): filtered by status and a
search (contract, number or text) and sorted by the database, so an outbox of 100,000 messages
opens on its newest page. `messages.list_messages` stays the whole list the CLI prints."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true

from operator_app.domain import outbox as rules
from operator_app.errors import UsageError
from operator_app.services.paging import Cursor, ordered
from operator_app.services.reports.messages import LOAN, MSG, MessageRow
from operator_app.store.db import Database

# sort key -> column (each never NULL); the id breaks ties in the same direction
SORTS: dict[str, Any] = {"id": MSG.c.id, "batch": MSG.c.batch_id, "contract_no": LOAN.c.contract_no,
                         "to": MSG.c.to, "status": MSG.c.status}


@dataclass(frozen=True)
class HistoryFilter:
    status: str | None = None
    search: str = ""

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in rules.STATES:
            raise UsageError("status_unknown", status=self.status, statuses=", ".join(rules.STATES))


def _where(f: HistoryFilter) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if f.status is not None:
        conditions.append(MSG.c.status == f.status)
    text = f.search.strip()
    if text:
        like = f"%{text}%"
        conditions.append(or_(LOAN.c.contract_no.like(like), MSG.c.to.like(like), MSG.c.body.like(like)))
    return and_(true(), *conditions)


def _keys(order: str, descending: bool) -> list[tuple[Any, bool]]:
    key = SORTS.get(order, MSG.c.id)
    return [(MSG.c.id, descending)] if key is MSG.c.id else [(key, descending), (MSG.c.id, descending)]


def cursor_of(row: MessageRow, order: str) -> Cursor:
    values = {"batch": row.batch, "contract_no": row.contract_no, "to": row.to, "status": row.status}
    return (row.id,) if order not in values else (values[order], row.id)


def page(db: Database, f: HistoryFilter, *, order: str = "id", descending: bool = True, after: Cursor | None = None,
         limit: int = 200) -> list[MessageRow]:
    """The messages after `after` (cursor_of the last row shown), newest first by default."""
    query = select(MSG, LOAN.c.contract_no).join(LOAN, LOAN.c.id == MSG.c.loan_id).where(_where(f))
    with db.engine.connect() as conn:
        rows = conn.execute(ordered(query, _keys(order, descending), after, limit)).all()
    return [MessageRow(r.id, r.batch_id, r.contract_no, r.to, r.body, r.encoding, r.segments, r.status, r.reason,
                       r.attempts, r.provider_ref, json.loads(r.error) if r.error else None) for r in rows]


def count(db: Database, f: HistoryFilter) -> int:
    query = select(func.count()).select_from(MSG)
    if f.search.strip():
        query = query.join(LOAN, LOAN.c.id == MSG.c.loan_id)
    with db.engine.connect() as conn:
        return int(conn.execute(query.where(_where(f))).scalar_one())
