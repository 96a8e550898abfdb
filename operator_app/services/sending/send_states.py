"""Where each message of a batch stands while it is being sent (the Sending page's live table):
its latest state and delivery as the outbox stored them, read fresh from the database each time
(the dispatcher writes, this only reads), with a queued message that may not go yet named as
waiting until its time."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from operator_app.messaging.outbox import as_utc
from operator_app.services import clock
from operator_app.store.db import Database
from operator_app.store.models import loan_table, message_table

MSG, LOAN = message_table, loan_table


@dataclass(frozen=True)
class MessageState:
    """`state` is the outbox status, except `waiting` for a queued message whose earliest moment
    (`until`) is still ahead; `reason` says why it waits, failed or is in doubt; `error_code` and
    `error_params` are the transport's error as stored, for words at the edge."""

    id: int
    contract_no: str
    to: str
    state: str
    reason: str | None
    until: datetime | None
    attempts: int
    sent_at: datetime | None
    delivered_at: datetime | None
    error_code: str | None
    error_params: dict[str, Any]


def state_of(status: str, planned_at: datetime | None, now: datetime) -> tuple[str, datetime | None]:
    """The state shown for a stored status: a queued message planned later than now waits."""
    if status == "queued" and planned_at is not None and planned_at > now:
        return "waiting", planned_at
    return status, None


def _error(raw: str | None) -> tuple[str | None, dict[str, Any]]:
    if not raw:
        return None, {}
    try:
        data = json.loads(raw)
    except ValueError:
        return None, {}
    if not isinstance(data, dict):
        return None, {}
    params = data.get("params")
    return (str(data["code"]) if data.get("code") else None), (params if isinstance(params, dict) else {})


def batch_states(db: Database, batch_id: int, *, now: datetime | None = None) -> list[MessageState]:
    """Every message of the batch, in the order they were built (the dispatcher's order)."""
    now = now or clock.now()
    query = (select(MSG.c.id, LOAN.c.contract_no, MSG.c.to, MSG.c.status, MSG.c.reason, MSG.c.planned_at,
                    MSG.c.attempts, MSG.c.sent_at, MSG.c.delivered_at, MSG.c.error)
             .join(LOAN, LOAN.c.id == MSG.c.loan_id).where(MSG.c.batch_id == batch_id).order_by(MSG.c.id))
    out: list[MessageState] = []
    with db.engine.connect() as conn:
        for r in conn.execute(query):
            state, until = state_of(r.status, as_utc(r.planned_at), now)
            code, params = _error(r.error)
            out.append(MessageState(r.id, r.contract_no, r.to, state, r.reason, until, r.attempts,
                                    as_utc(r.sent_at), as_utc(r.delivered_at), code, params))
    return out
