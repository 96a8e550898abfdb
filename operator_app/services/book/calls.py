"""The call list: borrowers SMS cannot or did not reach, for staff to phone (the seed articles
ask to escalate non-responders, and to review disputes). Reasons, in this order of precedence per loan:

- on_hold: held for a dispute or complaint (no SMS goes until someone reviews it);
- invalid_phone: no usable mobile number (landline, typo, none);
- missing_name: no name on the sheet (no SMS goes to a nameless borrower; DESIGN.md: listed for a call);
- wrong_number: a reply from the borrower's number said it is not theirs (domain.replies); the
  borrower is on hold (review) and a new number is needed. Listed while the hold lasts, so a
  number imported since still waits for a person to check it and release the hold;
- borrower_no_sms: the borrower asked staff for no SMS, calls only (their preferences,
  services/book/preferences.py); listed while they owe, since no message will remind them;
- shared_phone: the number belongs to several borrowers (possibly a changed number);
- opted_out_overdue: opted out of SMS but still overdue;
- no_response: N messages (setting calls.no_response_after) sent since the loan fell overdue
  and since its last payment, with no payment and no reply since the first of them.

Only loans that owe money now (due today or overdue) are listed, each with what it owes and how
many days it is overdue, in the order a clerk should phone (`call_priority`, `call_order`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import Connection, func, select

from operator_app.domain.collection import OVERDUE_STAGES
from operator_app.domain.replies import WRONG_NUMBER
from operator_app.domain.text import spreadsheet_safe
from operator_app.errors import UsageError, os_reason
from operator_app.messaging.outbox import as_utc
from operator_app.messaging.planning import load_facts
from operator_app.paths import private_file
from operator_app.services import clock
from operator_app.services.office import settings as settings_service
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, inbound_table, message_table, payment_table

MSG, PAY, INBOUND, BORROWER = message_table, payment_table, inbound_table, borrower_table
OWING = ("due_today", *OVERDUE_STAGES)


EXPORT_COLUMNS = ("contract_no", "borrower", "phone", "reason", "owed", "days_past_due", "priority")  # export_col_*
LATE_STAGES = ("M2", "M3", "M3+")  # past the first month overdue (the office's stage days)


def call_priority(on_hold: bool, stage: str) -> int:
    """Whom to phone first, 1 before 2 before 3, as an office works its list:

    1. a borrower on hold: a dispute or complaint waits for a person, and nothing else may happen
       to the loan until it is answered (regulators expect complaints answered promptly);
    2. a loan past its first month overdue (M2 and later): the longer a debt runs, the less of it
       is recovered, and these are the loans a letter or the legal route comes next for;
    3. the rest (due today up to the end of M1).
    """
    if on_hold:
        return 1
    return 2 if stage in LATE_STAGES else 3


@dataclass(frozen=True)
class CallRow:
    contract_no: str
    borrower: str | None
    phone_raw: str | None
    reason: str
    outstanding_fen: int = 0
    days_past_due: int = 0
    priority: int = 3  # call_priority

    def as_json(self) -> dict[str, object]:
        return {"contract_no": self.contract_no, "borrower": self.borrower, "phone_raw": self.phone_raw,
                "reason": self.reason, "outstanding_fen": self.outstanding_fen,
                "days_past_due": self.days_past_due, "priority": self.priority}


def call_order(row: CallRow) -> tuple[int, int, int, str]:
    """The list's order: by priority, then the most days overdue, then the most owed."""
    return row.priority, -row.days_past_due, -row.outstanding_fen, row.contract_no


def _utc(value: object) -> datetime:
    """A stored moment that is never empty here, in UTC (messaging.outbox.as_utc)."""
    at = as_utc(value)
    assert at is not None
    return at


def no_response(first_unpaid_due: date, last_paid: object, sent: Iterable[datetime], reply: datetime | None,
                threshold: int, zone: tzinfo) -> bool:
    """`threshold` messages sent since the loan fell overdue and since its last payment (from
    midnight of that day in the office's zone), and no reply since the first of them."""
    starts = [first_unpaid_due]
    if last_paid is not None:
        starts.append(last_paid if isinstance(last_paid, date) else date.fromisoformat(str(last_paid)[:10]))
    since = datetime.combine(max(starts), time(0), zone)
    recent = sorted(at for at in sent if at >= since)
    return len(recent) >= threshold and (reply is None or reply < recent[0])


def call_list(db: Database, today: date | None = None) -> list[CallRow]:
    with db.engine.connect() as conn:
        settings = settings_service.load(conn)
        today = today or clock.office_today(settings.policy)
        threshold = settings.get("calls.no_response_after")
        # An erased borrower (services/privacy) has no one left to call here: the office's own
        # loan system handles what they still owe.
        erased = set(conn.execute(select(BORROWER.c.id).where(BORROWER.c.erased_at.is_not(None))).scalars())
        facts = [f for f in load_facts(conn, today, settings)
                 if f.position.stage in OWING and (f.borrower_id is None or f.borrower_id not in erased)]
        sent: dict[int, list[datetime]] = defaultdict(list)
        for loan_id, at in conn.execute(select(MSG.c.loan_id, MSG.c.sent_at)
                                        .where(MSG.c.status.in_(("sent", "delivered")), MSG.c.sent_at.is_not(None))):
            sent[loan_id].append(_utc(at))
        paid = dict((r[0], r[1]) for r in conn.execute(select(PAY.c.loan_id, func.max(PAY.c.paid_on)).group_by(PAY.c.loan_id)).all())
        wrong = wrong_numbered(conn)
        replied: dict[int, datetime] = {}
        for borrower_id, at in conn.execute(select(INBOUND.c.borrower_id, func.max(INBOUND.c.received_at))
                                            .where(INBOUND.c.borrower_id.is_not(None)).group_by(INBOUND.c.borrower_id)):
            replied[borrower_id] = _utc(at)
    zone = settings.policy.zone
    rows = []
    for f in facts:
        reason = None
        if f.on_hold:  # a wrong-number reply holds the borrower too: the call is for a new number
            reason = "wrong_number" if f.borrower_id in wrong else "on_hold"
        elif not f.phone:
            reason = "invalid_phone"
        elif not f.name:
            reason = "missing_name"
        elif f.prefs.no_sms:
            reason = "borrower_no_sms"
        elif f.shared_phone:
            reason = "shared_phone"
        elif f.opted_out and f.position.days_past_due > 0:
            reason = "opted_out_overdue"
        elif f.position.first_unpaid_due is not None:
            reply = replied.get(f.borrower_id) if f.borrower_id is not None else None
            if no_response(f.position.first_unpaid_due, paid.get(f.loan_id), sent.get(f.loan_id, ()), reply,
                           threshold, zone):
                reason = "no_response"
        if reason:
            pos = f.position
            rows.append(CallRow(f.contract_no, f.name, f.phone_raw or f.phone, reason, pos.outstanding_fen,
                                max(pos.days_past_due, 0), call_priority(f.on_hold, pos.stage)))
    return sorted(rows, key=call_order)


def wrong_numbered(conn: Connection) -> set[int]:
    """Borrowers a wrong-number reply was about: those it was matched to, and those who still
    have the number it came from."""
    about = select(INBOUND.c.borrower_id).where(INBOUND.c.action == WRONG_NUMBER, INBOUND.c.borrower_id.is_not(None))
    senders = select(INBOUND.c.sender).where(INBOUND.c.action == WRONG_NUMBER)
    return set(conn.execute(about).scalars()) | set(conn.execute(
        select(BORROWER.c.id).where(BORROWER.c.phone.in_(senders))).scalars())


def export_calls(rows: list[CallRow], path: Path, headers: list[str], label: Callable[[str], str]) -> None:
    """`headers`: the EXPORT_COLUMNS' titles."""
    book = Workbook(write_only=True)
    ws = book.create_sheet("calls")
    ws.append(headers)
    for r in rows:
        ws.append([*(spreadsheet_safe(v) for v in (r.contract_no, r.borrower or "", r.phone_raw or "", label(r.reason))),
                   r.outstanding_fen / 100, r.days_past_due, r.priority])
    try:
        book.save(private_file(path))
    except OSError as exc:
        raise UsageError("export_unwritable", path=str(path), detail=os_reason(exc)) from exc
