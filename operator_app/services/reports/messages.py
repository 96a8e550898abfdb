"""The outbox as the operator sees it (`messages`) and the two decisions only an operator may take
(`message resolve`, `message resend`): a message the app cannot know about (`unknown`: it may
have gone) is never sent again unless a person says so, and that person is on the audit chain."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from operator_app.domain import outbox as rules
from operator_app.domain.policy import expired
from operator_app.errors import KnownError, UsageError
from operator_app.messaging import audit, outbox_parts, transitions
from operator_app.services import clock
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office import settings as settings_service
from operator_app.services.office.identity import actor
from operator_app.store.db import Database
from operator_app.store.models import batch_table, loan_table, message_table

MSG, LOAN, BATCH = message_table, loan_table, batch_table


class MessageRefused(KnownError):
    """A resolution or resend the state machine does not allow (exit 1)."""


@dataclass(frozen=True)
class MessageRow:
    id: int
    batch: int
    contract_no: str
    to: str
    text: str
    encoding: str
    segments: int
    status: str
    reason: str | None
    attempts: int
    provider_ref: str | None
    error: dict[str, object] | None

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "contract_no": self.contract_no, "to": self.to, "text": self.text,
                "encoding": self.encoding, "segments": self.segments, "status": self.status, "reason": self.reason,
                "batch": self.batch, "attempts": self.attempts, "provider_ref": self.provider_ref}


def list_messages(db: Database, *, batch: int | None = None, status: str | None = None) -> list[MessageRow]:
    if status is not None and status not in rules.STATES:
        raise UsageError("status_unknown", status=status, statuses=", ".join(rules.STATES))
    query = select(MSG, LOAN.c.contract_no).join(LOAN, LOAN.c.id == MSG.c.loan_id).order_by(MSG.c.id)
    if batch is not None:
        query = query.where(MSG.c.batch_id == batch)
    if status is not None:
        query = query.where(MSG.c.status == status)
    with db.engine.connect() as conn:
        return [MessageRow(r.id, r.batch_id, r.contract_no, r.to, r.body, r.encoding, r.segments, r.status, r.reason,
                           r.attempts, r.provider_ref, json.loads(r.error) if r.error else None)
                for r in conn.execute(query)]


def _decide(db: Database, message_id: int, new: str, by: str, action: str, **values: object) -> str:
    who = actor(by, db, "resolve")
    now = clock.now()
    with db.engine.begin() as conn:
        old = conn.execute(select(MSG.c.status).where(MSG.c.id == message_id)).scalar()
        if old is None:
            raise UsageError("message_unknown", id=message_id)
        sources = ("failed", "unknown") if new == "queued" else ("unknown",)
        if old not in sources or not rules.allowed(old, new, by_operator=True):
            raise MessageRefused(f"{action}_refused", id=message_id, status=old)
        if not transitions.move(conn, message_id, old, new, at=now, actor=who, detail=action, values=values,
                                by_operator=True):
            raise MessageRefused(f"{action}_refused", id=message_id, status=old)  # another desk moved it first
        if new == "queued":  # sent again whole, with a new reference: the operator's decision
            outbox_parts.forget(conn, message_id)
        audit.append(conn, who, action, {"message": message_id, "from": old, "to": new}, at=now)
    return old


@writes(OpChanges(batches=True, messages=True))
def resolve(db: Database, message_id: int, *, as_: str, by: str) -> None:
    """The operator checked an `unknown` message (asked the borrower, the carrier's records)."""
    if as_ not in ("sent", "failed"):
        raise UsageError("resolve_as_unknown", value=as_)
    _decide(db, message_id, as_, by, "message_resolve", reason="resolved_by_operator")


@writes(OpChanges(batches=True, messages=True))
def resend(db: Database, message_id: int, *, by: str) -> None:
    """Queue a `failed` or `unknown` message again: the next `send` of its batch takes it. Not
    once its office day is over: its frozen text ("逾期N天") was true for that day only, and the
    next day's batch writes the loan a new one (domain.policy.expired)."""
    now = clock.now()
    with db.engine.connect() as conn:
        found = conn.execute(select(BATCH.c.as_of, MSG.c.status).join(MSG, MSG.c.batch_id == BATCH.c.id)
                             .where(MSG.c.id == message_id)).first()
        policy = settings_service.load(conn).policy
    day = found.as_of if found is not None and found.status in ("failed", "unknown") else None  # else: _decide says no
    if day is not None and expired(day, now, policy):
        raise MessageRefused("message_resend_expired", id=message_id, day=day.isoformat())
    _decide(db, message_id, "queued", by, "message_resend", reason=None, planned_at=now)
