"""The modem driver: initialise, report status, send (parts, references) exactly once, match
delivery reports back to sends, read inbound messages, reconnect after an unplug, find the port.
A `Modem` is a `Transport` (sms/transport.py); `ModemPool` (pool.py) spreads sending over several.

Exactly once: a part is sent again only after a failure that provably happened before its PDU
was written (the line was gone or no "> " prompt came). Once the PDU was written, a lost line or
a missing answer raises AmbiguousSend naming the parts known out: the message may be on the air,
and only an operator may decide to send it again. `send_parts` sends some parts of a text with a
reference the caller chose, so the parts the network refused (+CMS ERROR: that part had no
effect) can go later with the same reference and numbers and still be joined by the phone.
"""

from __future__ import annotations

import itertools
import logging
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from operator_app.errors import BAD_INPUT
from operator_app.sms.encoding import split
from operator_app.sms.modem.channel import (
    ATChannel,
    CommandError,
    ModemError,
    PortGone,
    Unconfirmed,
    Urc,
    open_port,
)
from operator_app.sms.modem.detect import detect_port
from operator_app.sms.modem.errors import ModemFault, PartialSend
from operator_app.sms.modem.reports import ReportBook
from operator_app.sms.modem.status import ModemInfo, csq_to_dbm, dbm_to_bars, mask_imsi, parse_info, value_of
from operator_app.sms.modem.stored import StoredReport, StoredReports
from operator_app.sms.pdu import Deliver, PduError, Reassembler, StatusReport, build_submit, decode
from operator_app.sms.redact import redact
from operator_app.sms.transport import (
    AmbiguousSend,
    BeforePart,
    PartsSent,
    ProviderTemplate,
    Submitted,
    TransportStatus,
)

__all__ = ["MAX_PARTS", "Inbound", "Modem", "ModemInfo", "PartialSend", "StoredReport", "csq_to_dbm", "dbm_to_bars",
           "detect_port", "mask_imsi"]

log = logging.getLogger("operator_app.sms.modem")
MAX_PARTS = 10


@dataclass
class Inbound:
    index: list[int]  # the SIM slots of its parts
    sender: str
    text: str
    received_at: datetime | None
    missing: tuple[int, ...] = ()  # part numbers that never came (the message was given up on)


@dataclass
class Modem:
    url: str
    baud: int = 115200
    pin: str | None = None
    command_timeout: float = 10.0
    send_timeout: float = 60.0
    on_report: Callable[[StatusReport], None] | None = None
    on_message: Callable[[Inbound], None] | None = None
    reconnect_tries: int = 5
    clock: Callable[[], float] = time.monotonic
    report_capacity: int = 512
    reassembly_timeout: float = 3600.0
    channel: ATChannel | None = None
    _reference: itertools.count[int] = field(default_factory=lambda: itertools.count(random.randrange(256)))
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _inbox_lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        self.reports = ReportBook(self.report_capacity, self.clock)
        self.reassembler = Reassembler(timeout=self.reassembly_timeout, clock=self.clock)
        self.stored = StoredReports(self._ch, self.reports, self.report_capacity)
        self._sent_at: OrderedDict[tuple[str, tuple[str, ...]], float] = OrderedDict()
        # The channel and the latest notice read off it when the last complete receive() began:
        # every +CMTI up to there named a message that listing handed over.
        self._received_through: tuple[ATChannel | None, int] = (None, 0)
        self.name = redact(self.url)  # the port as it may be shown and logged

    # lifecycle
    def open(self) -> Modem:
        with self._lock:
            self.channel = ATChannel(open_port(self.url, baud=self.baud), on_urc=self._on_urc)
            try:
                self._init()
            except ModemError:
                self.close()
                raise
        return self

    def _init(self) -> None:
        ch = self._ch()
        try:
            ch.command("ATZ", timeout=3)
        except ModemError as exc:
            if isinstance(exc, PortGone):
                raise
            raise ModemFault("modem_silent", port=self.name) from exc
        ch.command("ATE0")
        ch.command("AT+CMEE=1")
        state = value_of(ch.command("AT+CPIN?"), "+CPIN:")
        # a SIM that is not ready is an office fault (sms/transport.TransportFault), not bad input
        if state.startswith("SIM PIN"):
            if not self.pin:
                raise ModemFault("modem_pin_needed", port=self.name)
            try:
                ch.command(f'AT+CPIN="{self.pin}"', timeout=15)
            except CommandError as exc:
                raise ModemFault("modem_pin_wrong", port=self.name) from exc
        elif state.startswith("SIM PUK"):
            raise ModemFault("modem_puk_needed", port=self.name)
        elif state and state != "READY":
            raise ModemFault("modem_sim_problem", port=self.name, state=state)
        ch.command("AT+CMGF=0")
        self.stored.setup(ch)  # new messages as +CMTI; status reports stored (+CDSI), else as +CDS

    def close(self) -> None:
        with self._lock:
            if self.channel is not None:
                self.channel.close()
                self.channel = None

    def __enter__(self) -> Modem:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ch(self) -> ATChannel:
        if self.channel is None:
            raise ModemError("modem_not_open", port=self.name)
        return self.channel

    def reconnect(self) -> None:
        """After the port vanished (USB unplugged): reopen with backoff, then initialise again."""
        delay = 0.5
        last: ModemError | None = None
        for attempt in range(self.reconnect_tries):
            self.close()
            try:
                self.open()
                return
            except ModemError as exc:
                last = exc
                if attempt + 1 < self.reconnect_tries:
                    time.sleep(delay + random.uniform(0, delay / 2))
                    delay = min(delay * 2, 10)
        if isinstance(last, ModemFault) and last.code != "modem_port_open_failed":
            raise last  # it came back, but its SIM cannot send (PIN, ...)
        raise ModemFault("modem_gone", port=self.name) from last  # unplugged for good: a person must look

    # status
    def info(self) -> ModemInfo:
        ch = self._ch()

        def first(cmd: str, prefix: str = "") -> str:
            try:
                lines = ch.command(cmd)
            except CommandError:
                return ""
            text = value_of(lines, prefix) if prefix else (lines[0] if lines else "")
            return text.strip().strip('"')

        answers = {name: first("AT+" + name) for name in ("CGMI", "CGMM", "CGMR", "CGSN", "CIMI")}
        answers |= {"CSQ": first("AT+CSQ", "+CSQ:"), "CREG": first("AT+CREG?", "+CREG:"),
                    "COPS": first("AT+COPS?", "+COPS:")}
        return parse_info(self.name, answers)

    def status(self) -> TransportStatus:
        """Transport.status: ready when the modem answers and is registered on a network."""
        try:
            info = self.info()
        except ModemError as exc:
            return TransportStatus(self.name, False, exc.code, None)
        return TransportStatus(self.name, info.registered, info.operator, info.bars)

    # sending
    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None, validity_hours: float | None = 24.0) -> Submitted:
        """Transport.send. A modem sends `text` (a provider template means nothing to it) and
        ignores `key`: it cannot de-duplicate, which is why it never resends a part that may
        have gone. All parts or an error: a refusal after some parts went is a PartialSend."""
        reference = next(self._reference) % 256
        with self._lock:
            started = self.clock()
            out = self.send_parts(to, text, reference=reference, status_report=status_report,
                                  validity_hours=validity_hours)
            refs = tuple(out.accepted[n] for n in sorted(out.accepted))
            if out.error is not None:
                if isinstance(out.error, AmbiguousSend) or not refs:
                    raise out.error
                assert isinstance(out.error, ModemError)
                raise PartialSend(out.error, refs, out.parts) from out.error
            self._remember(to, refs, started)
        return Submitted(to, out.encoding, out.parts, refs, transport=self.name)

    def send_parts(self, to: str, text: str, *, reference: int, parts: Sequence[int] | None = None,
                   status_report: bool = True, before_part: BeforePart | None = None,
                   validity_hours: float | None = 24.0) -> PartsSent:
        """PartSender.send_parts: the parts numbered in `parts` (all when None) of `text`, each
        with the concatenation `reference` and its own part number, in order. The first part
        refused or in doubt stops the rest (see PartsSent); what the modem said is returned, not
        raised. Raises (nothing sent) for a text too long or part numbers it does not have."""
        plan = split(text)
        if plan.count > MAX_PARTS:
            raise ModemError("sms_too_long", exit_code=BAD_INPUT, temporary=False, parts=plan.count, limit=MAX_PARTS)
        wanted = sorted(set(parts)) if parts is not None else list(range(1, plan.count + 1))
        if not wanted or wanted[0] < 1 or wanted[-1] > plan.count:
            raise ModemError("sms_parts_unknown", exit_code=BAD_INPUT, temporary=False, parts=plan.count,
                             asked=",".join(map(str, wanted)))
        pdus = build_submit(to, text, reference=reference, status_report=status_report,
                            validity_hours=validity_hours, plan=plan)
        accepted: dict[int, str] = {}
        error: ModemError | AmbiguousSend | None = None
        stopped: int | None = None
        with self._lock:
            for number in wanted:
                if before_part is not None:
                    before_part(number, dict(accepted))
                pdu = pdus[number - 1]
                try:
                    lines = self._send_part(pdu.hex, pdu.tpdu_length)
                except Unconfirmed as exc:
                    error = AmbiguousSend("modem_send_ambiguous", references=tuple(accepted.values()), part=number,
                                          parts=plan.count, port=self.name)
                    error.__cause__ = exc
                except ModemError as exc:  # the modem said no, or the part provably never left
                    error = exc
                if error is not None:
                    stopped = number
                    break
                accepted[number] = value_of(lines, "+CMGS:").split(",")[0].strip() or "?"
        return PartsSent(to, plan.encoding, plan.count, reference, accepted, stopped, error, self.name)

    def _send_part(self, pdu: str, length: int) -> list[str]:
        """One part; after a lost line that provably took nothing (the PDU was never written),
        reconnect and try that part once more."""
        try:
            return self._ch().command_with_pdu(f"AT+CMGS={length}", pdu, timeout=self.send_timeout)
        except PortGone:
            log.warning("modem %s gone before a part was written: reconnecting to send it", self.name)
            self.reconnect()
            return self._ch().command_with_pdu(f"AT+CMGS={length}", pdu, timeout=self.send_timeout)

    def _remember(self, to: str, refs: tuple[str, ...], started: float) -> None:
        self._sent_at[(to, refs)] = started
        while len(self._sent_at) > self.report_capacity:
            self._sent_at.popitem(last=False)

    def wait_reports(self, sent: Submitted, timeout: float) -> dict[str, str]:
        """The outcome ("delivered", "pending", "failed") of each part's delivery report that
        arrived for this send, waiting up to `timeout` seconds for all of them to be final.
        Stored reports are read (not deleted: `inbox sync` stores them) as their +CDSI comes."""
        since = self._sent_at.get((sent.to, sent.references), self.clock())
        refs = {int(r) for r in sent.references if r.isdigit()}
        deadline = time.monotonic() + timeout
        while self.stored.enabled:
            with self._inbox_lock:
                self.stored.peek()
            found = self.reports.find(sent.to, refs, since)
            left = deadline - time.monotonic()
            if left <= 0 or {r for r, rep in found.items() if rep.outcome != "pending"} >= refs:
                break
            self.stored.wait_notice(min(left, 0.5))
        found = self.reports.wait(sent.to, refs, since, max(0.0, deadline - time.monotonic()))
        return {str(ref): report.outcome for ref, report in found.items()}

    # inbound
    def list_messages(self) -> list[Inbound]:
        """Every stored message, concatenated parts joined, plus the multipart messages given up
        on after the reassembly timeout. Nothing is deleted: see receive()."""
        with self._inbox_lock:
            return self._list_messages()

    def _list_messages(self) -> list[Inbound]:
        self.stored.use_inbox()
        lines = self._ch().command("AT+CMGL=4", timeout=30)
        out: list[Inbound] = []
        slots: dict[tuple[str, int, int], list[int]] = {}
        for header, pdu in itertools.pairwise(lines):
            if not header.startswith("+CMGL:"):
                continue
            index = int(header[6:].split(",")[0])
            try:
                part = decode(pdu)
            except PduError:
                log.warning("unreadable stored message %s", index)
                continue
            if not isinstance(part, Deliver):
                continue
            if part.concat is None:
                out.append(Inbound([index], part.number, part.text, part.timestamp))
                continue
            key = (part.number, part.concat.reference, part.concat.total)
            slots.setdefault(key, []).append(index)
            whole = self.reassembler.add(part)
            if whole is not None:
                out.append(Inbound(sorted(set(slots.pop(key))), whole.number, whole.text, whole.timestamp))
        for gone in self.reassembler.expire():
            key_of = (gone.message.number, gone.reference, gone.total)
            out.append(Inbound(sorted(set(slots.get(key_of, []))), gone.message.number, gone.message.text,
                               gone.message.timestamp, gone.missing))
        return out

    def lines(self) -> list[tuple[Modem, str]]:
        """This modem's own line (sms.transport.HasLines)."""
        return [(self, self.name)]

    def receive(self, handler: Callable[[Inbound], None]) -> int:
        """Hand every stored message to `handler`, deleting it from the SIM only after the handler
        returned: a handler that raises (its database write failed) leaves the message on the SIM
        to be read again. Returns how many were handled; the handler's exception propagates.
        Delivery to the handler is at least once (a delete that fails after the handler returned
        hands the message over again), so the handler records by sender, time and text."""
        with self._inbox_lock:
            channel = self._ch()
            through = channel.urcs_queued  # before AT+CMGL is written: these messages are stored
            handled = 0
            for message in self.list_messages():
                handler(message)
                for index in message.index:
                    self.delete(index)
                handled += 1
            self._received_through = (channel, through)
            return handled

    def read_message(self, index: int) -> Deliver | None:
        """One stored part by its index (AT+CMGR); None when the slot holds something unreadable."""
        with self._inbox_lock:
            self.stored.use_inbox()
            lines = self._ch().command(f"AT+CMGR={index}")
        pdu = lines[1] if len(lines) > 1 and lines[0].startswith("+CMGR:") else ""
        try:
            part = decode(pdu)
        except PduError:
            return None
        return part if isinstance(part, Deliver) else None

    def delete(self, index: int) -> None:
        with self._inbox_lock:
            self.stored.use_inbox()
            self._ch().command(f"AT+CMGD={index}")

    # status reports the modem stored (AT+CNMI ds=2): see stored.py
    def take_reports(self, *, everything: bool = False) -> list[StoredReport]:
        """The stored status reports not yet handed over: those announced by +CDSI, or with
        `everything` all in the modem's memory (those stored while nobody listened). Nothing is
        deleted: hand them to release_reports() once they are committed."""
        with self._inbox_lock:
            try:
                return self.stored.take(everything=everything)
            except PortGone:  # reading deletes nothing, so it may be done again on a new line
                log.warning("modem %s gone while reading stored reports: reconnecting", self.name)
                self.reconnect()
                return self.stored.take(everything=True)

    def release_reports(self, reports: Iterable[StoredReport]) -> None:
        """Delete stored reports from the modem: call only after they were committed."""
        with self._inbox_lock:
            self.stored.release(reports)

    def receive_reports(self, handler: Callable[[StoredReport], None]) -> int:
        """Hand every stored status report to `handler`, deleting each from the modem only after
        the handler returned (as receive() does with messages); the handler's exception
        propagates and leaves that report and the rest on the modem. Returns how many."""
        with self._inbox_lock:
            handled = 0
            for report in self.stored.take(everything=True, again=True):
                handler(report)
                self.stored.release([report])
                handled += 1
            return handled

    def _on_urc(self, urc: Urc) -> None:
        if urc.name == "+CDS" and urc.pdu:
            self._on_status_report(urc.pdu)
        elif urc.name == "+CDSI":
            self.stored.notified(urc.line)
        elif urc.name == "+CMTI" and self.on_message:
            channel, through = self._received_through
            if channel is self.channel and urc.seq <= through:
                return  # a burst of messages is one listing, not one listing per part
            try:
                self.receive(self.on_message)
            except Exception:
                log.exception("an inbound message could not be handled; it stays on the SIM")

    def _on_status_report(self, pdu: str) -> None:
        try:
            report = decode(pdu, has_smsc=True)
        except PduError:
            try:
                report = decode(pdu, has_smsc=False)
            except PduError:
                log.warning("unreadable status report %r", pdu)
                return
        if isinstance(report, StatusReport):
            self.reports.add(report)
            if self.on_report:
                self.on_report(report)
            try:
                self._ch().command("AT+CNMA")
            except ModemError:
                pass
