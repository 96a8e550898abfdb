"""Listening on the wire: the replies and delivery reports a modem hears or stores, and a gateway's
reports, read off the transport and stored through messaging/inbound.py and messaging/delivery.py.

`inbox sync` collects what came while no `send` ran: the replies on the SIM and the reports a
modem stored (AT+CNMI ds=2, sms/modem/stored.py), each stored and applied and committed before
the modem deletes it; and, from a gateway that answers status queries, the state of every message
this transport sent within the report window that is still `sent`, asked by reference from what
the database holds (the gateway's own book forgets at exit).

The dispatcher (services/sending/dispatch.py) uses the same handlers while it sends, so a borrower
who answers 退订 in the middle of a batch gets nothing more from it. What a transport can hear is
said by its type (sms/transport.py: HasLines, PolledReports), not guessed from its attributes.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from operator_app.domain import replies
from operator_app.errors import KnownError
from operator_app.messaging import delivery, inbound
from operator_app.services import clock
from operator_app.services.changes import NOTHING, OpChanges, writes
from operator_app.sms.connect import open_transport, parse_transport
from operator_app.sms.transport import (
    HasLines,
    Line,
    PolledReports,
    Transport,
    TransportSpec,
)
from operator_app.store.db import Database
from operator_app.store.models import message_table

if TYPE_CHECKING:
    from operator_app.messaging.outbox import Outbox

MSG = message_table
log = logging.getLogger("operator_app.services.sending.listening")
Receive = Callable[[Callable[[Any], None]], int]


class InboxUnsupported(KnownError):
    """The transport cannot read replies (a gateway delivers them to its webhook instead)."""


def lines_of(transport: Transport) -> list[tuple[Line, str]]:
    """The lines that hear replies and delivery reports for this transport (its modem, a pool's
    modems), each with the transport name its sends are recorded under; none for a gateway,
    which hears through its webhook."""
    return list(transport.lines()) if isinstance(transport, HasLines) else []


def sources_of(transport: Transport) -> list[Receive]:
    """The `receive(handler)` of the transport's modem(s): each hands every stored message to the
    handler and deletes it from the SIM only after the handler returned."""
    return [line.receive for line, _ in lines_of(transport)]


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


def hook_reports(transport: Transport, sink: deque[delivery.Heard]) -> None:
    """Have the transport's modem(s) queue the delivery reports they hear. A transport that hears
    none itself (a gateway reports through its webhook) is left alone."""
    for line, shown in lines_of(transport):

        def on_report(report: Any, where: str = shown) -> None:
            sink.append(heard_of(report, where, kept=False))

        line.on_report = on_report


class StoredReportTaker:
    """For a running dispatcher's worker (services/sending/dispatch.py): the reports its modem stored
    (AT+CNMI ds=2) and announced since the last call, or all it holds when `sweep` is set (at
    the start, at each inbox poll, at the end); and a gateway's reports from its webhook or
    polls. They go into the worker's next transaction with the rest of what it heard; a stored
    report leaves the modem only after that transaction committed (release())."""

    def __init__(self, transport: Transport, name: str) -> None:
        self.transport, self.name = transport, name
        # What the transport can hear, asked once: a Protocol's isinstance walks its members
        # each time, and take() runs between every two messages.
        self._lines = lines_of(transport)
        self._polled = transport if isinstance(transport, PolledReports) else None
        self.sweep = True  # the first time: also what was stored while nobody listened
        self._releasing: list[tuple[Any, list[Any]]] = []

    @property
    def holding(self) -> bool:
        """Stored reports were taken: the transaction that records them must be durable."""
        return bool(self._releasing)

    def take(self) -> list[delivery.Heard]:
        sweep, self.sweep = self.sweep, False
        taken: list[delivery.Heard] = []
        for modem, shown in self._lines:
            try:
                stored = modem.take_reports(everything=sweep)
            except KnownError as exc:  # the modem cannot be read now; the reports stay on it
                log.warning("stored reports on %s not read: %s", shown, exc.code)
                continue
            if stored:
                self._releasing.append((modem, stored))
                taken += [heard_of(s.report, shown) for s in stored]
        if self._polled is not None:
            taken += [delivery.Heard(r.transport, r.reference, r.recipient, r.status) for r in self._polled.reports()]
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
    from operator_app.services.sending.transports import resolve

    parsed = parse_transport(resolve(db, [spec])[0])  # `profile:NAME`: a transport saved in Settings
    transport = opener(parsed)
    actions: list[str] = []
    tally = _Tally()
    try:
        sources = sources_of(transport)
        keepers = lines_of(transport)
        pollable = isinstance(transport, PolledReports) and transport.can_poll
        if not sources and not keepers and not pollable:
            raise InboxUnsupported("inbox_unsupported", kind=parsed.kind)

        def handle(message: Any) -> None:
            with db.engine.begin() as conn:  # committed before the modem deletes it
                actions.append(inbound.store_reply(conn, _reply(message, str(parsed)), now=clock.now())[1])

        for receive in sources:
            receive(handle)
        for line, shown in keepers:

            def keep(stored: Any, where: str = shown) -> None:
                tally.record(db, heard_of(stored.report, where))

            line.receive_reports(keep)
        if pollable:
            poll_gateway(db, transport, tally)
    finally:
        transport.close()
    wrong = actions.count(replies.WRONG_NUMBER)
    return SyncResult(len(actions), actions.count(replies.OPT_OUT), actions.count(replies.HOLD) + wrong, tally.stored,
                      tally.changed, wrong)
