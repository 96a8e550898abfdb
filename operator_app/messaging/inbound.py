"""Replies and the operator's stops: store what a borrower sent, match it to borrowers by number,
act on what it asks (domain.replies.classify_reply), and the hold / release / opt-out commands.

An opt-out, a hold or a wrong number takes effect from the next message on: the borrower's queued
messages are withdrawn at once (`cancelled`, reason `opted_out` / `on_hold` / `wrong_number`), and the dispatcher checks again
at the moment of sending, so a message claimed in the same instant is the only one that can still
go. Every change joins the audit chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select, update

from operator_app.domain import replies
from operator_app.domain.phones import normalize_phone
from operator_app.messaging import audit, transitions
from operator_app.store.bulk import chunks
from operator_app.store.models import borrower_table, inbound_table, message_table

BORROWER, INBOUND, MSG = borrower_table, inbound_table, message_table
HOLD_OPEN = date(9999, 12, 31)  # a hold from a reply lasts until someone releases it


@dataclass(frozen=True)
class Reply:
    sender: str
    text: str
    received_at: datetime | None
    transport: str = ""


def number_of(raw: str) -> str:
    """The sender as E.164 when it is a mobile number we could have written to."""
    return normalize_phone(raw).e164 or raw.strip()


def borrowers_with(conn: Connection, phone: str) -> list[int]:
    return list(conn.execute(select(BORROWER.c.id).where(BORROWER.c.phone == phone).order_by(BORROWER.c.id))
                .scalars())


def withdraw(conn: Connection, reason: str, actor: str, now: datetime, *, borrower_ids: Sequence[int] = (),
             loan_ids: Sequence[int] = (), statuses: Sequence[str] = ("queued",)) -> int:
    """Cancel the messages not yet claimed (`statuses`: queued, and draft when the batch is not
    approved yet) of these borrowers and loans, with `reason` and a message_event each; returns
    how many. What a dispatcher already claimed is out of reach (the claim-time check is its net)."""
    moved: set[int] = set()
    for column, keys in ((MSG.c.borrower_id, borrower_ids), (MSG.c.loan_id, loan_ids)):
        for part in chunks(list(keys)):
            moved.update(transitions.move_where(conn, column.in_(part), "cancelled", at=now, actor=actor, detail=reason,
                                                sources=statuses, values={"reason": reason}))
    return len(moved)


def _withdraw(conn: Connection, borrower_ids: Sequence[int], reason: str, actor: str, now: datetime) -> int:
    return withdraw(conn, reason, actor, now, borrower_ids=borrower_ids)


def opt_out(conn: Connection, borrower_ids: Sequence[int], *, actor: str, now: datetime, source: str,
            phone: str | None = None) -> int:
    """Stop every message to these borrowers; returns how many queued messages were withdrawn."""
    if borrower_ids:
        conn.execute(update(BORROWER).where(BORROWER.c.id.in_(borrower_ids), BORROWER.c.opted_out_at.is_(None))
                     .values(opted_out_at=now))
    withdrawn = _withdraw(conn, borrower_ids, "opted_out", actor, now) if borrower_ids else 0
    # No phone number on the chain (an erase must be able to remove the person): the borrowers'
    # ids, and whether a number was given at all.
    audit.append(conn, actor, "opt_out", {"borrowers": list(borrower_ids), "by_phone": phone is not None,
                                          "source": source,
                                          "withdrawn": withdrawn}, at=now)
    return withdrawn


def hold(conn: Connection, borrower_ids: Sequence[int], *, reason: str, actor: str, now: datetime,
         source: str) -> int:
    conn.execute(update(BORROWER).where(BORROWER.c.id.in_(borrower_ids))
                 .values(hold_until=HOLD_OPEN, hold_reason=reason[:200]))
    withdrawn = _withdraw(conn, borrower_ids, "on_hold", actor, now)
    audit.append(conn, actor, "hold", {"borrowers": list(borrower_ids), "reason": reason, "source": source,
                                       "withdrawn": withdrawn}, at=now)
    return withdrawn


def wrong_number(conn: Connection, borrower_ids: Sequence[int], *, text: str, phone: str, actor: str,
                 now: datetime) -> int:
    """The person at `phone` is not the borrower (domain.replies: a wrong number wins over an
    opt-out). Every borrower with that number is put on hold, so nothing more goes to it, and
    their queued messages are withdrawn (`wrong_number`); the call list shows their loans
    (`wrong_number`: phone for a new number) while the hold lasts. Not an opt-out: the
    borrower's right number, once found, may be written to after a person releases the hold."""
    conn.execute(update(BORROWER).where(BORROWER.c.id.in_(borrower_ids))
                 .values(hold_until=HOLD_OPEN, hold_reason=("wrong number: " + text)[:200]))
    withdrawn = _withdraw(conn, borrower_ids, replies.WRONG_NUMBER, actor, now)
    audit.append(conn, actor, "wrong_number", {"borrowers": list(borrower_ids), "source": "reply",
                                               "withdrawn": withdrawn}, at=now)
    return withdrawn


def release(conn: Connection, borrower_ids: Sequence[int], *, actor: str, now: datetime) -> None:
    conn.execute(update(BORROWER).where(BORROWER.c.id.in_(borrower_ids)).values(hold_until=None, hold_reason=None))
    audit.append(conn, actor, "release", {"borrowers": list(borrower_ids)}, at=now)


def store_reply(conn: Connection, reply: Reply, *, now: datetime) -> tuple[int, str]:
    """Keep the reply and act on it, inside the caller's transaction (committed before the modem
    deletes it from the SIM). Returns (inbound id, action)."""
    phone = number_of(reply.sender)
    received = reply.received_at or now
    # The modem hands a message over at least once (a failed delete hands it over again).
    again = conn.execute(select(INBOUND.c.id, INBOUND.c.action).where(
        INBOUND.c.sender == phone[:30], INBOUND.c.text == reply.text, INBOUND.c.received_at == received)).first()
    if again is not None and reply.received_at is not None:
        return int(again.id), str(again.action)
    who = borrowers_with(conn, phone)
    action = replies.classify_reply(reply.text)
    taken = action if who else replies.NONE
    inbound_id = int(conn.execute(insert(INBOUND).values(
        sender=phone[:30], text=reply.text, received_at=received, borrower_id=who[0] if who else None,
        action=taken, transport=reply.transport[:200] or None, created_at=now,
    ).returning(INBOUND.c.id)).scalar_one())
    actor = f"reply#{inbound_id}"
    if taken == replies.OPT_OUT:
        opt_out(conn, who, actor=actor, now=now, source="reply", phone=phone)
    elif taken == replies.WRONG_NUMBER:
        wrong_number(conn, who, text=reply.text[:150], phone=phone, actor=actor, now=now)
    elif taken == replies.HOLD:
        hold(conn, who, reason="reply: " + reply.text[:150], actor=actor, now=now, source="reply")
    return inbound_id, taken
