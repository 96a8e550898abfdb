"""Retention (`privacy purge [--before DATE] [--dry-run]`, and after the daily automatic backup):
the texts of messages and replies of loans closed more than `privacy.retention_months` months ago
(default 36) are replaced by the tombstone and their part rows deleted. Amounts, dates, statuses
and recipients stay (the accounts and the contact history: who was written to, when, with what
result). A reply belongs to a borrower, not to a loan: it goes once every loan of that borrower
has expired. Audited with the counts and the emptied messages' digests, so approvals still verify
(messaging/audit.py); then the bytes are wiped (store/wipe.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select, update

from operator_app import clock
from operator_app.domain import retention
from operator_app.messaging import audit
from operator_app.services.office import settings
from operator_app.services.office.identity import actor
from operator_app.services.office.privacy import TOMBSTONE, forget_parts
from operator_app.store import wipe
from operator_app.store.bulk import chunks
from operator_app.store.db import Database
from operator_app.store.models import (
    inbound_table,
    installment_table,
    loan_table,
    message_table,
    payment_table,
)

LIVE = ("draft", "queued", "sending")  # never touched: a closed loan's live message is someone's decision


@dataclass
class Purged:
    before: date
    loans: int = 0
    messages: int = 0
    parts: int = 0
    replies: int = 0
    dry_run: bool = False
    wiped: bool = True
    message_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"before": self.before.isoformat(), "loans": self.loans, "messages": self.messages,
                "parts": self.parts, "replies": self.replies, "dry_run": self.dry_run}


def expired_loans(conn: Connection, today: date, before: date) -> tuple[list[int], list[int]]:
    """(loans closed before `before`, borrowers all of whose loans are among them)."""
    loan = loan_table
    paid = list(conn.execute(select(loan.c.id, loan.c.borrower_id, loan.c.updated_at).where(loan.c.status == "paid")))
    if not paid:
        return [], []
    ids = [r.id for r in paid]
    paid_ons: dict[int, list[date | None]] = defaultdict(list)
    payments: dict[int, list[date]] = defaultdict(list)
    for part in chunks(ids):
        for loan_id, day in conn.execute(select(installment_table.c.loan_id, installment_table.c.paid_on)
                                         .where(installment_table.c.loan_id.in_(part))):
            paid_ons[loan_id].append(day)
        for loan_id, day in conn.execute(select(payment_table.c.loan_id, payment_table.c.paid_on)
                                         .where(payment_table.c.loan_id.in_(part))):
            payments[loan_id].append(day)
    gone = [r for r in paid if retention.closed_on(paid_ons[r.id], payments[r.id], r.updated_at.date()) < before]
    gone_ids = {r.id for r in gone}
    people = {r.borrower_id for r in gone if r.borrower_id is not None}
    counts: dict[int, int] = {int(b): int(n) for b, n in conn.execute(
        select(loan.c.borrower_id, func.count()).where(loan.c.borrower_id.is_not(None)).group_by(loan.c.borrower_id))
    } if people else {}
    mine: dict[int, int] = defaultdict(int)
    for r in gone:
        if r.borrower_id is not None:
            mine[r.borrower_id] += 1
    whole = sorted(b for b in people if mine[b] == counts.get(b))
    return sorted(gone_ids), whole


def purge(db: Database, *, by: str, before: date | None = None, dry_run: bool = False,
          automatic: bool = False) -> Purged:
    """Purge what the retention setting (or `before`) says; `dry_run` counts and changes nothing.
    `automatic`: the run after the daily backup (no one signed in; the app acts). Asked for by a
    person, the file is also compacted when nothing was left to purge (the bytes of an earlier
    erase that another program kept in the log)."""
    who = actor(by) if automatic else actor(by, db, "privacy")
    today = settings.office_today(db)
    months = int(settings.current(db).get("privacy.retention_months"))
    before = before or retention.cutoff(today, months)
    result = Purged(before, dry_run=dry_run)
    msg, inbound = message_table, inbound_table
    with db.engine.begin() as conn:
        if not dry_run:
            wipe.secure_delete_on(conn)
        loans, borrowers = expired_loans(conn, today, before)
        result.loans = len(loans)
        rows: list[Any] = []
        for part in chunks(loans):
            rows += list(conn.execute(select(msg.c.id, msg.c.to, msg.c.body).where(
                msg.c.loan_id.in_(part), msg.c.body != TOMBSTONE, msg.c.status.not_in(LIVE))))
        replies: list[int] = []
        for part in chunks(borrowers):
            replies += conn.execute(select(inbound.c.id).where(inbound.c.borrower_id.in_(part),
                                                               inbound.c.text != TOMBSTONE)).scalars()
        result.messages, result.replies = len(rows), len(replies)
        result.message_ids = [r.id for r in rows]
        if dry_run:
            return result
        if rows or replies:
            _empty(conn, result, rows, replies, who=who, before=before, months=months, loans=len(loans))
    if rows or replies or not automatic:
        result.wiped = wipe.wipe(db.engine).complete
    return result


def _empty(conn: Connection, result: Purged, rows: list[Any], replies: list[int], *, who: str, before: date,
           months: int, loans: int) -> None:
    msg, inbound = message_table, inbound_table
    digests = {str(r.id): audit.message_digest(r.id, r.to, r.body) for r in rows}
    for part in chunks(result.message_ids):
        conn.execute(update(msg).where(msg.c.id.in_(part)).values(body=TOMBSTONE, provider_params=None))
    result.parts = forget_parts(conn, result.message_ids)
    for part in chunks(replies):
        conn.execute(update(inbound).where(inbound.c.id.in_(part)).values(text=TOMBSTONE))
    audit.append(conn, who, audit.PURGED, {"before": before.isoformat(), "months": months, "loans": loans,
                                           "messages": digests, "parts": result.parts, "replies": len(replies)},
                 at=clock.now())
