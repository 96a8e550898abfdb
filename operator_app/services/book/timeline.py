"""A borrower's timeline for the queue's side pane: every message (with each state change and
delivery report), reply, payment, hold, opt-out and their own contact preferences (as staff last
set them), newest first. Read only.

Times are UTC `datetime`s; payments are office `date`s (a sheet says the day, not the hour) and
sort at the start of that day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time

from sqlalchemy import select

from operator_app.domain.preferences import of_columns
from operator_app.messaging.moments import as_day
from operator_app.messaging.outbox import as_utc
from operator_app.store.db import Database
from operator_app.store.models import (
    borrower_table,
    inbound_table,
    loan_table,
    message_event_table,
    message_table,
    payment_table,
)

LOAN, BORROWER, MSG, EVENT, PAY, INBOUND = (loan_table, borrower_table, message_table, message_event_table,
                                             payment_table, inbound_table)


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # UTC
    kind: str  # message | reply | payment | hold | opt_out | prefs
    status: str = ""  # a message's state (queued, sent, delivered …), a reply's action
    contract_no: str = ""
    text: str = ""
    amount_fen: int = 0
    params: dict[str, object] = field(default_factory=dict)


def _utc(value: object) -> datetime:
    """A stored moment that is never empty here, in UTC (messaging.outbox.as_utc)."""
    at = as_utc(value)
    assert at is not None
    return at


def timeline(db: Database, loan_id: int, limit: int = 200) -> list[TimelineEntry]:
    """The timeline of the borrower of `loan_id` (all their loans); [] for an unknown loan."""
    with db.engine.connect() as conn:
        owner = conn.execute(select(LOAN.c.borrower_id).where(LOAN.c.id == loan_id)).scalar()
        if owner is None:
            loan_ids = [loan_id]
            person = None
        else:
            loan_ids = list(conn.execute(select(LOAN.c.id).where(LOAN.c.borrower_id == owner)).scalars())
            person = conn.execute(select(BORROWER.c.opted_out_at, BORROWER.c.hold_until, BORROWER.c.hold_reason,
                                         BORROWER.c.contact_weekdays_only, BORROWER.c.contact_window_start,
                                         BORROWER.c.contact_window_end, BORROWER.c.contact_weekly_max,
                                         BORROWER.c.contact_no_sms, BORROWER.c.contact_pref_note,
                                         BORROWER.c.contact_pref_set_by, BORROWER.c.contact_pref_set_at)
                                  .where(BORROWER.c.id == owner)).first()
        out: list[TimelineEntry] = []
        for at, status, contract_no, body, detail in conn.execute(
                select(EVENT.c.at, EVENT.c.status, LOAN.c.contract_no, MSG.c.body, EVENT.c.detail)
                .join(MSG, MSG.c.id == EVENT.c.message_id).join(LOAN, LOAN.c.id == MSG.c.loan_id)
                .where(MSG.c.loan_id.in_(loan_ids))):
            out.append(TimelineEntry(_utc(at), "message", status, contract_no, body,
                                     params={"detail": detail} if detail else {}))
        for paid_on, amount, contract_no in conn.execute(
                select(PAY.c.paid_on, PAY.c.amount_fen, LOAN.c.contract_no).join(LOAN, LOAN.c.id == PAY.c.loan_id)
                .where(PAY.c.loan_id.in_(loan_ids))):
            out.append(TimelineEntry(datetime.combine(as_day(paid_on), time(), UTC), "payment", "", contract_no,
                                     amount_fen=int(amount)))
        if owner is not None:
            for at, text, action in conn.execute(select(INBOUND.c.received_at, INBOUND.c.text, INBOUND.c.action)
                                                 .where(INBOUND.c.borrower_id == owner)):
                out.append(TimelineEntry(_utc(at), "reply", action or "none", "", text))
        if person is not None and person.opted_out_at is not None:
            out.append(TimelineEntry(_utc(person.opted_out_at), "opt_out"))
        if person is not None and person.hold_until is not None:
            until = as_day(person.hold_until)
            out.append(TimelineEntry(datetime.combine(until, time(), UTC), "hold", "", "", person.hold_reason or "",
                                     params={"until": until.isoformat()}))
        if person is not None and person.contact_pref_set_at is not None:
            prefs = of_columns(person.contact_weekdays_only, person.contact_window_start, person.contact_window_end,
                               person.contact_weekly_max, person.contact_no_sms)
            out.append(TimelineEntry(_utc(person.contact_pref_set_at), "prefs", "", "", person.contact_pref_note or "",
                                     params={"prefs": prefs.phrases(), "by": person.contact_pref_set_by or ""}))
    out.sort(key=lambda e: e.at, reverse=True)
    return out[:limit]
