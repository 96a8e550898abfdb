"""Replies and stops: `inbox sync` (read the SIM, store each reply and commit, then let the modem
delete it), `inbox`, `hold`, `release`, `opt-out`. The rules are messaging/inbound.py's.

`inbox sync` also collects the delivery reports that came while no `send` ran: those a modem
stored (AT+CNMI ds=2, sms/modem/stored.py), each stored and applied (messaging/delivery.record)
and committed before the modem deletes it; and, from a gateway that answers status queries, the
state of every message this transport sent within the report window that is still `sent`,
asked by reference from what the database holds (the gateway's own book forgets at exit).

The dispatcher uses the same handler while it sends (services/dispatch.py), so a borrower who
answers 退订 in the middle of a batch gets nothing more from it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, or_, select

from operator_app.domain import replies
from operator_app.errors import KnownError, UsageError
from operator_app.messaging import delivery, inbound
from operator_app.services import clock
from operator_app.services.changes import NOTHING, OpChanges, writes
from operator_app.services.identity import actor
from operator_app.sms.transport import Transport, TransportSpec, open_transport, parse_transport
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, inbound_table, loan_table, message_table

if TYPE_CHECKING:
    from operator_app.messaging.outbox import Outbox

BORROWER, INBOUND, LOAN, MSG = borrower_table, inbound_table, loan_table, message_table
log = logging.getLogger("operator_app.services.inbox")
Receive = Callable[[Callable[[Any], None]], int]


class InboxUnsupported(KnownError):
    """The transport cannot read replies (a gateway delivers them to its webhook instead)."""


def sources_of(transport: Transport) -> list[Receive]:
    """The `receive(handler)` of the transport's modem(s): each hands every stored message to the
    handler and deletes it from the SIM only after the handler returned."""
    modems = list(getattr(transport, "modems", ())) or [getattr(transport, "modem", None) or transport]
    return [m.receive for m in modems if callable(getattr(m, "receive", None))]


def _reply(message: Any, transport: str) -> inbound.Reply:
    return inbound.Reply(message.sender, message.text, message.received_at, transport)


def reply_handler(outbox: Outbox, transport: str) -> Callable[[Any], None]:
    """For the running dispatcher: the reply is stored through its outbox (one writer)."""
    def handle(message: Any) -> None:
        outbox.tx(lambda conn: inbound.store_reply(conn, _reply(message, transport), now=clock.now()))
    return handle


def heard_of(report: Any, transport: str, *, kept: bool = True) -> delivery.Heard:
    """A modem's status report (sms.pdu.StatusReport) as messaging/delivery stores it; `kept`
    when the modem stored it and may hand it over again (a live +CDS is not)."""
    from operator_app.messaging.outbox import as_utc

    return delivery.Heard(transport, str(report.message_ref), report.recipient, report.outcome, report.status,
                          as_utc(report.submitted), as_utc(report.discharged), kept=kept)


def stored_report_sources(transport: Transport, name: str) -> list[tuple[Any, str]]:
    """The modems of a transport that keep status reports (take_reports / release_reports /
    receive_reports), each with the transport name its sends are recorded under."""
    return [(m, shown) for m, shown in report_sources(transport, name) if callable(getattr(m, "take_reports", None))]


def report_sources(transport: Transport, name: str) -> list[tuple[Any, str]]:
    """The objects that hear delivery reports for this transport (its modem, a pool's modems),
    each with the transport name its sends are recorded under."""
    modems = list(getattr(transport, "modems", ()))
    if modems:
        return [(m, m.name) for m in modems]
    inner = getattr(transport, "modem", None)
    return [(inner if inner is not None else transport, getattr(transport, "name", name))]


def hook_reports(transport: Transport, name: str, sink: deque[delivery.Heard]) -> None:
    """Have the transport's modem(s) queue the delivery reports they hear. A transport that hears
    none itself (a gateway reports through its webhook) is left alone."""
    for modem, shown in report_sources(transport, name):
        if not hasattr(modem, "on_report"):
            continue

        def on_report(report: Any, where: str = shown) -> None:
            sink.append(heard_of(report, where, kept=False))

        modem.on_report = on_report


class StoredReportTaker:
    """For a running dispatcher's worker (services/dispatch.py): the reports its modem stored
    (AT+CNMI ds=2) and announced since the last call, or all it holds when `sweep` is set (at
    the start, at each inbox poll, at the end); and a gateway's reports from its webhook or
    polls. They go into the worker's next transaction with the rest of what it heard; a stored
    report leaves the modem only after that transaction committed (release())."""

    def __init__(self, transport: Transport, name: str) -> None:
        self.transport, self.name = transport, name
        self.sweep = True  # the first time: also what was stored while nobody listened
        self._releasing: list[tuple[Any, list[Any]]] = []

    @property
    def holding(self) -> bool:
        """Stored reports were taken: the transaction that records them must be durable."""
        return bool(self._releasing)

    def take(self) -> list[delivery.Heard]:
        sweep, self.sweep = self.sweep, False
        taken: list[delivery.Heard] = []
        for modem, shown in stored_report_sources(self.transport, self.name):
            try:
                stored = modem.take_reports(everything=sweep)
            except KnownError as exc:  # the modem cannot be read now; the reports stay on it
                log.warning("stored reports on %s not read: %s", shown, exc.code)
                continue
            if stored:
                self._releasing.append((modem, stored))
                taken += [heard_of(s.report, shown) for s in stored]
        drain_gateway = getattr(self.transport, "reports", None)
        if callable(drain_gateway):
            taken += [delivery.Heard(r.transport, r.reference, r.recipient, r.status) for r in drain_gateway()]
        return taken

    def forget(self) -> None:
        """The transaction failed: what was taken stays on the modem, read again next run."""
        self._releasing.clear()

    def release(self) -> None:
        """Delete from the modem the stored reports just committed."""
        releasing, self._releasing = self._releasing, []
        for modem, stored in releasing:
            try:
                modem.release_reports(stored)
            except KnownError as exc:  # left on the modem: read again later, stored once (delivery.seen)
                log.warning("stored reports not deleted: %s", exc.code)


@dataclass(frozen=True)
class SyncResult:
    read: int
    opted_out: int
    held: int  # wrong numbers included: they are put on hold too
    reports_stored: int = 0  # delivery reports stored (stored by a modem, or polled from a gateway)
    messages_changed: int = 0  # messages those reports moved to delivered or failed
    wrong_number: int = 0  # replies saying the number is not the borrower's

    def as_json(self) -> dict[str, int]:
        return {"read": self.read, "opted_out": self.opted_out, "held": self.held, "wrong_number": self.wrong_number,
                "reports_stored": self.reports_stored, "messages_changed": self.messages_changed}


@dataclass
class _Tally:
    stored: int = 0
    changed: int = 0

    def record(self, db: Database, heard: delivery.Heard) -> None:
        """One report in its own transaction, committed before the modem deletes it; a report
        stored already (handed over again) is counted as nothing."""
        with db.engine.begin() as conn:
            if delivery.seen(conn, heard):
                return
            outcome = delivery.record(conn, heard, clock.now())
        self.stored += 1
        self.changed += outcome is not None


def poll_gateway(db: Database, gateway: Any, tally: _Tally, *, page: int = 500) -> None:
    """Ask the gateway about every message it sent within the report window that is still
    `sent`, by reference, from the database (the messages of a run long gone included). The
    transport is the gateway's URL, whatever pacing options the send had (`gap=`, `daily=`)."""
    from operator_app.messaging.outbox import as_utc

    base = gateway.name.split("?")[0]
    since = clock.now() - delivery.WINDOW
    after = 0
    while True:
        with db.engine.connect() as conn:
            rows = conn.execute(select(MSG.c.id, MSG.c.to, MSG.c.provider_ref, MSG.c.transport, MSG.c.sent_at)
                                .where(or_(MSG.c.transport == base, MSG.c.transport.startswith(base + "?", autoescape=True)),
                                       MSG.c.status == "sent", MSG.c.sent_at >= since, MSG.c.id > after)
                                .order_by(MSG.c.id).limit(page)).all()
        for row in rows:
            for reference in filter(None, (row.provider_ref or "").split(",")):
                report = gateway.poll_sent(reference, row.to, as_utc(row.sent_at))
                if report is not None and report.status in ("delivered", "failed"):
                    tally.record(db, delivery.Heard(row.transport, reference, row.to, report.status, kept=True))
        if len(rows) < page:
            return
        after = rows[-1].id


@writes(lambda r: OpChanges(inbox=True, loans=True, batches=True, messages=True) if r.read or r.reports_stored else NOTHING)
def sync_inbox(db: Database, spec: str, *, opener: Callable[[TransportSpec], Transport] = open_transport) -> SyncResult:
    from operator_app.services.transports import resolve

    parsed = parse_transport(resolve(db, [spec])[0])  # `profile:NAME`: a transport saved in Settings
    transport = opener(parsed)
    actions: list[str] = []
    tally = _Tally()
    try:
        sources = sources_of(transport)
        keepers = stored_report_sources(transport, str(parsed))
        pollable = bool(getattr(transport, "can_poll", False))
        if not sources and not keepers and not pollable:
            raise InboxUnsupported("inbox_unsupported", kind=parsed.kind)

        def handle(message: Any) -> None:
            with db.engine.begin() as conn:  # committed before the modem deletes it
                actions.append(inbound.store_reply(conn, _reply(message, str(parsed)), now=clock.now())[1])

        for receive in sources:
            receive(handle)
        for modem, shown in keepers:
            modem.receive_reports(lambda stored, where=shown: tally.record(db, heard_of(stored.report, where)))
        if pollable:
            poll_gateway(db, transport, tally)
    finally:
        transport.close()
    wrong = actions.count(replies.WRONG_NUMBER)
    return SyncResult(len(actions), actions.count(replies.OPT_OUT), actions.count(replies.HOLD) + wrong, tally.stored,
                      tally.changed, wrong)


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
