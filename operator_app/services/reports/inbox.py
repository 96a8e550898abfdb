"""Replies and stops as the office handles them: `inbox` (what came back, with the loan it is
about), `hold`, `release`, `opt-out`. The rules are messaging/inbound.py's. Reading the replies
and reports off a modem or a gateway (`inbox sync`, and the same while a batch sends) is the
wire's side, services/sending/listening.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from operator_app.errors import UsageError
from operator_app.messaging import inbound
from operator_app.services import clock
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office.identity import actor
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, inbound_table, loan_table, message_table

if TYPE_CHECKING:
    pass

BORROWER, INBOUND, LOAN, MSG = borrower_table, inbound_table, loan_table, message_table
log = logging.getLogger("operator_app.services.reports.inbox")
Receive = Callable[[Callable[[Any], None]], int]


@dataclass(frozen=True)
class InboxRow:
    id: int
    sender: str
    text: str
    received_at: datetime
    contract_no: str | None
    borrower: str | None
    action: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "sender": self.sender, "text": self.text, "received_at": self.received_at.isoformat(),
                "contract_no": self.contract_no, "borrower": self.borrower, "action": self.action}


def _contract_of(conn: Connection, borrower_id: int | None) -> str | None:
    """The loan the borrower was last written about, else their first loan."""
    if borrower_id is None:
        return None
    last = conn.execute(select(LOAN.c.contract_no).join(MSG, MSG.c.loan_id == LOAN.c.id)
                        .where(MSG.c.borrower_id == borrower_id, MSG.c.sent_at.is_not(None))
                        .order_by(MSG.c.sent_at.desc()).limit(1)).scalar()
    return last or conn.execute(select(LOAN.c.contract_no).where(LOAN.c.borrower_id == borrower_id)
                                .order_by(LOAN.c.id).limit(1)).scalar()


def list_inbox(db: Database, limit: int = 1000) -> list[InboxRow]:
    from operator_app.messaging.outbox import as_utc

    with db.engine.connect() as conn:
        rows = conn.execute(select(INBOUND, BORROWER.c.name).outerjoin(BORROWER, BORROWER.c.id == INBOUND.c.borrower_id)
                            .order_by(INBOUND.c.received_at.desc(), INBOUND.c.id.desc()).limit(limit)).all()
        return [InboxRow(r.id, r.sender, r.text, as_utc(r.received_at) or clock.now(), _contract_of(conn, r.borrower_id),
                         r.name, r.action) for r in rows]


def _borrower_of_contract(conn: Connection, contract_no: str) -> int:
    found = conn.execute(select(LOAN.c.borrower_id).where(LOAN.c.contract_no == contract_no.strip())).first()
    if found is None:
        raise UsageError("contract_unknown", contract_no=contract_no)
    if found.borrower_id is None:
        raise UsageError("contract_no_borrower", contract_no=contract_no)
    return int(found.borrower_id)


@writes(OpChanges(loans=True, messages=True))  # the borrower, and the messages withdrawn
def hold_contract(db: Database, contract_no: str, *, reason: str, by: str) -> int:
    """Put the contract's borrower on hold (a dispute): nothing is sent until released.
    Returns how many queued messages were withdrawn."""
    who = actor(by, db, "hold")
    if not reason.strip():
        raise UsageError("hold_reason_missing")
    with db.engine.begin() as conn:
        borrower = _borrower_of_contract(conn, contract_no)
        return inbound.hold(conn, [borrower], reason=reason.strip(), actor=who, now=clock.now(),
                            source=f"contract {contract_no}")


@writes(OpChanges(loans=True, messages=True))
def release_contract(db: Database, contract_no: str, *, by: str) -> None:
    who = actor(by, db, "hold")
    with db.engine.begin() as conn:
        inbound.release(conn, [_borrower_of_contract(conn, contract_no)], actor=who, now=clock.now())


@writes(OpChanges(loans=True, messages=True))
def opt_out_phone(db: Database, phone: str, *, by: str) -> tuple[int, int]:
    """Opt a number out (every borrower with it). Returns (borrowers, withdrawn messages)."""
    who = actor(by, db, "hold")
    number = inbound.number_of(phone)
    if not number or not any(c.isdigit() for c in number):
        raise UsageError("phone_unusable", phone=phone)
    with db.engine.begin() as conn:
        ids = inbound.borrowers_with(conn, number)
        if not ids:
            raise UsageError("phone_unknown", phone=number)
        return len(ids), inbound.opt_out(conn, ids, actor=who, now=clock.now(), source="operator", phone=number)
