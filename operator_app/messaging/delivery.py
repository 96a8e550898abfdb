"""Delivery reports: stored as heard, then matched to the message they report on.

A modem's message reference is 8 bits and repeats after 255 sends, so a reference alone names
nothing: a report matches the message sent on the same transport, to the same number (in any of
its spellings), whose references include it, most recently before the report arrived and within
the report window. A multipart message is `delivered` when every part's report says so and
`failed` as soon as one part failed (domain.outbox.parts_outcome); the first final report of a
part decides it, so late and repeated reports change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import Select, bindparam, select

from operator_app.domain import outbox as rules
from operator_app.messaging import audit, transitions
from operator_app.messaging import outbox_sql as sql
from operator_app.store.models import delivery_report_table, message_table
from operator_app.store.rawsql import Conn

REPORT, MSG = delivery_report_table, message_table
WINDOW = timedelta(days=3)  # a report later than this after the send is not matched (validity is 24 h)
SKEW = timedelta(minutes=10)  # a report may be heard before the send's outcome was committed


@dataclass(frozen=True)
class Heard:
    """One report as a transport heard it."""

    transport: str
    reference: str
    recipient: str
    status: str  # delivered | pending | failed
    status_code: int | None = None
    submitted_at: datetime | None = None
    discharged_at: datetime | None = None
    # Read from a store that keeps it until told (a modem's memory, a gateway's status query):
    # it may be handed over again after it was committed, so the same report is stored once.
    kept: bool = False


def spellings(number: str) -> list[str]:
    """The forms an SMSC may report one Chinese mobile number in (+86…, 86…, national)."""
    digits = "".join(c for c in number if c.isdigit())
    forms = {number, digits, "+" + digits}
    if digits.startswith("86") and len(digits) == 13:
        forms |= {digits[2:]}
    elif len(digits) == 11:
        forms |= {"+86" + digits, "86" + digits}
    return sorted(f for f in forms if f)


@dataclass(frozen=True)
class Match:
    message_id: int
    part: int  # 1-based
    parts: int  # how many parts the message went out in
    status: str  # the message's status when the report arrived


def match(conn: Conn, heard: Heard, at: datetime) -> Match | None:
    """The message (and part) this report is about, or None."""
    forms = spellings(heard.recipient)[:sql.SPELLINGS]
    params: dict[str, object] = {f"b_to{i}": forms[min(i, len(forms) - 1)] for i in range(sql.SPELLINGS)}
    params |= {"b_transport": heard.transport, "b_from": at - WINDOW, "b_until": at + SKEW}
    for row in conn.execute(sql.REPORTED_TO, params).all():
        refs = (row.provider_ref or "").split(",")
        if heard.reference in refs:
            return Match(row.id, refs.index(heard.reference) + 1, len(refs) or row.segments, row.status)
    return None


@cache
def _same_report(stamped: tuple[bool, bool]) -> Select[tuple[int]]:
    """A report already stored with the same words: the modem or gateway handed it over twice
    (a stored report whose delete failed, a webhook repeated, a poll that saw it again)."""
    query = select(REPORT.c.id).where(REPORT.c.transport == bindparam("b_transport"),
                                      REPORT.c.reference == bindparam("b_reference"),
                                      REPORT.c.recipient == bindparam("b_recipient"),
                                      REPORT.c.status == bindparam("b_status"))
    for column, given in zip((REPORT.c.submitted_at, REPORT.c.discharged_at), stamped, strict=True):
        query = query.where(column == bindparam("b_" + column.name) if given else column.is_(None))
    return query.limit(1)


def seen(conn: Conn, heard: Heard) -> bool:
    """True when this very report (transport, reference, recipient, status, the SMSC's stamps)
    is stored already."""
    params: dict[str, object] = {"b_transport": heard.transport[:200], "b_reference": heard.reference[:100],
                                 "b_recipient": heard.recipient[:30], "b_status": heard.status}
    if heard.submitted_at is not None:
        params["b_submitted_at"] = heard.submitted_at
    if heard.discharged_at is not None:
        params["b_discharged_at"] = heard.discharged_at
    stamped = (heard.submitted_at is not None, heard.discharged_at is not None)
    return conn.execute(_same_report(stamped), params).first() is not None


def record(conn: Conn, heard: Heard, at: datetime) -> str | None:
    """Store the report and apply it; returns the message's new status when it changed. A kept
    report handed over again (seen()) is neither stored twice nor applied."""
    if heard.kept and seen(conn, heard):
        return None
    found = match(conn, heard, at)
    message_id, part = (found.message_id, found.part) if found else (None, None)
    conn.execute(sql.INSERT_REPORT, {"transport": heard.transport[:200], "reference": heard.reference[:100],
                                     "recipient": heard.recipient[:30], "status": heard.status,
                                     "status_code": heard.status_code, "submitted_at": heard.submitted_at,
                                     "discharged_at": heard.discharged_at, "received_at": at,
                                     "message_id": message_id, "part": part})
    if found is None or heard.status == "pending":
        return None
    if found.status != "sent":  # delivered or failed already, or unknown/resolved by an operator
        return None
    first: dict[int, str] = {}
    if found.parts == 1:  # this report is the first final one of the only part (the status says so)
        first[1] = heard.status
    else:
        for r in conn.execute(sql.PART_REPORTS, {"b_id": found.message_id}):
            first.setdefault(int(r.part), r.status)
    outcome = rules.parts_outcome(found.parts, first.values())
    if outcome is None or not rules.allowed(found.status, outcome):
        return None
    values: dict[str, object] = {"delivered_at": at} if outcome == "delivered" else {"reason": "delivery_failed"}
    if not transitions.move(conn, found.message_id, "sent", outcome, at=at, actor="delivery_report",
                            detail={"transport": heard.transport, "parts": sorted(first)}, values=values):
        return None
    if outcome == "failed":  # a final outcome the office answers for (a delivery is the carrier's word)
        audit.append(conn, "delivery_report", "message_failed", {"message": found.message_id,
                                                                 "reason": "delivery_failed"}, at=at)
    return outcome

