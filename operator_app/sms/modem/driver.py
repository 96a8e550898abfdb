"""The modem driver: initialise, report status, send (parts, references), match delivery
reports back to sends, read inbound messages, reconnect after an unplug, find the port, and
spread sending over a pool of modems."""

from __future__ import annotations

import itertools
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from operator_app.errors import BAD_INPUT
from operator_app.sms.encoding import split
from operator_app.sms.modem.channel import ATChannel, CommandError, ModemError, PortGone, Urc, open_port
from operator_app.sms.pdu import Deliver, PduError, Reassembler, StatusReport, build_submit, decode

log = logging.getLogger("operator_app.sms.modem")
MAX_PARTS = 10


@dataclass(frozen=True)
class ModemInfo:
    port: str
    manufacturer: str
    model: str
    revision: str
    imei: str
    sim: str  # IMSI, masked
    signal_dbm: int | None
    bars: int
    registered: bool
    operator: str

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class SendResult:
    to: str
    encoding: str
    parts: int
    references: list[int]
    status: str = "sent"

    def as_json(self) -> dict[str, object]:
        return {"to": self.to, "encoding": self.encoding, "parts": self.parts, "references": self.references,
                "status": self.status}


class PartialSend(ModemError):
    """Some parts of a concatenated message went out before an error stopped the rest."""

    def __init__(self, cause: ModemError, references: list[int], parts: int) -> None:
        super().__init__("modem_partial_send", sent=len(references), parts=parts,
                         references=",".join(map(str, references)))
        self.cause = cause
        self.references = references
        self.temporary = False


@dataclass
class Inbound:
    index: list[int]
    sender: str
    text: str
    received_at: object


def csq_to_dbm(rssi: int) -> int | None:
    """AT+CSQ rssi 0..31 is -113..-51 dBm in 2 dB steps; 99 means unknown."""
    return None if rssi == 99 or not 0 <= rssi <= 31 else -113 + 2 * rssi


def dbm_to_bars(dbm: int | None) -> int:
    if dbm is None:
        return 0
    return 5 if dbm >= -73 else 4 if dbm >= -83 else 3 if dbm >= -93 else 2 if dbm >= -103 else 1 if dbm > -113 else 0


def mask_imsi(imsi: str) -> str:
    return imsi[:5] + "*" * max(0, len(imsi) - 9) + imsi[-4:] if len(imsi) > 9 else imsi


def _value(lines: list[str], prefix: str) -> str:
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix):].strip()
    return ""


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
    channel: ATChannel | None = None
    reports: dict[int, StatusReport] = field(default_factory=dict)
    _reference: itertools.count = field(default_factory=lambda: itertools.count(random.randrange(256)))
    _reassembler: Reassembler = field(default_factory=Reassembler)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _report_event: threading.Condition = field(default_factory=threading.Condition)

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
            raise ModemError("modem_silent", port=self.url) from exc
        ch.command("ATE0")
        ch.command("AT+CMEE=1")
        state = _value(ch.command("AT+CPIN?"), "+CPIN:")
        if state.startswith("SIM PIN"):
            if not self.pin:
                raise ModemError("modem_pin_needed", exit_code=BAD_INPUT, temporary=False, port=self.url)
            try:
                ch.command(f'AT+CPIN="{self.pin}"', timeout=15)
            except CommandError as exc:
                raise ModemError("modem_pin_wrong", exit_code=BAD_INPUT, temporary=False, port=self.url) from exc
        elif state.startswith("SIM PUK"):
            raise ModemError("modem_puk_needed", exit_code=BAD_INPUT, temporary=False, port=self.url)
        elif state and state != "READY":
            raise ModemError("modem_sim_problem", port=self.url, state=state)
        ch.command("AT+CMGF=0")
        try:  # new messages as +CMTI, status reports as +CDS
            ch.command("AT+CNMI=2,1,0,1,0")
        except CommandError:
            ch.command("AT+CNMI=1,1,0,1,0")

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
            raise ModemError("modem_not_open", port=self.url)
        return self.channel

    def reconnect(self) -> None:
        """After the port vanished (USB unplugged): reopen with backoff, then initialise again."""
        delay = 0.5
        last: ModemError | None = None
        for _ in range(self.reconnect_tries):
            self.close()
            try:
                self.open()
                return
            except ModemError as exc:
                last = exc
                time.sleep(delay + random.uniform(0, delay / 2))
                delay = min(delay * 2, 10)
        raise last or ModemError("modem_port_gone", detail=self.url)

    # status
    def info(self) -> ModemInfo:
        ch = self._ch()

        def first(cmd: str, prefix: str = "") -> str:
            try:
                lines = ch.command(cmd)
            except CommandError:
                return ""
            text = _value(lines, prefix) if prefix else (lines[0] if lines else "")
            return text.strip().strip('"')

        rssi_text = first("AT+CSQ", "+CSQ:")
        try:
            rssi = int(rssi_text.split(",")[0])
        except ValueError:
            rssi = 99
        dbm = csq_to_dbm(rssi)
        creg = first("AT+CREG?", "+CREG:").split(",")
        stat = creg[1].strip() if len(creg) > 1 else (creg[0].strip() if creg else "0")
        cops = first("AT+COPS?", "+COPS:")
        names = re.findall(r'"([^"]*)"', cops)
        return ModemInfo(self.url, first("AT+CGMI"), first("AT+CGMM"), first("AT+CGMR"), first("AT+CGSN"),
                         mask_imsi(first("AT+CIMI")), dbm, dbm_to_bars(dbm), stat in ("1", "5"),
                         names[0] if names else "")

    # sending
    def send(self, number: str, text: str, *, status_report: bool = True, validity_hours: float | None = 24.0) -> SendResult:
        plan = split(text)
        if plan.count > MAX_PARTS:
            raise ModemError("sms_too_long", exit_code=BAD_INPUT, temporary=False, parts=plan.count, limit=MAX_PARTS)
        reference = next(self._reference) % 256
        pdus = build_submit(number, text, reference=reference, status_report=status_report,
                            validity_hours=validity_hours, plan=plan)
        refs: list[int] = []
        with self._lock:
            for pdu in pdus:
                try:
                    lines = self._send_pdu(pdu.hex, pdu.tpdu_length, partial=bool(refs))
                except ModemError as exc:
                    if refs:  # some parts are out: say exactly which, never resend them silently
                        raise PartialSend(exc, refs, plan.count) from exc
                    raise
                refs.append(int(_value(lines, "+CMGS:").split(",")[0] or -1))
        return SendResult(number, plan.encoding, plan.count, refs)

    def _send_pdu(self, pdu: str, length: int, *, partial: bool) -> list[str]:
        try:
            return self._ch().command_with_pdu(f"AT+CMGS={length}", pdu, timeout=self.send_timeout)
        except PortGone:
            if partial:
                raise  # some parts went out: the caller records what happened, no silent resend
            self.reconnect()
            return self._ch().command_with_pdu(f"AT+CMGS={length}", pdu, timeout=self.send_timeout)

    def wait_report(self, references: Iterable[int], timeout: float) -> dict[int, StatusReport]:
        wanted = set(references)
        deadline = time.monotonic() + timeout
        with self._report_event:
            while not wanted <= self.reports.keys():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._report_event.wait(left)
            return {r: self.reports[r] for r in wanted if r in self.reports}

    # inbound
    def list_messages(self, *, delete: bool = False) -> list[Inbound]:
        """Every stored message, concatenated parts joined; `delete` removes what was read."""
        lines = self._ch().command("AT+CMGL=4", timeout=30)
        out: list[Inbound] = []
        groups: dict[tuple[str, int, int], list[int]] = {}
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
            groups.setdefault(key, []).append(index)
            whole = self._reassembler.add(part)
            if whole is not None:
                out.append(Inbound(groups.pop(key), whole.number, whole.text, whole.timestamp))
        if delete:
            for message in out:
                for index in message.index:
                    self.delete(index)
        return out

    def read_message(self, index: int) -> Deliver | None:
        """One stored part by its index (AT+CMGR); None when the slot holds something unreadable."""
        lines = self._ch().command(f"AT+CMGR={index}")
        pdu = lines[1] if len(lines) > 1 and lines[0].startswith("+CMGR:") else ""
        try:
            part = decode(pdu)
        except PduError:
            return None
        return part if isinstance(part, Deliver) else None

    def delete(self, index: int) -> None:
        self._ch().command(f"AT+CMGD={index}")

    def _on_urc(self, urc: Urc) -> None:
        if urc.name == "+CDS" and urc.pdu:
            try:
                report = decode(urc.pdu, has_smsc=True)
            except PduError:
                try:
                    report = decode(urc.pdu, has_smsc=False)
                except PduError:
                    log.warning("unreadable status report %r", urc.pdu)
                    return
            if isinstance(report, StatusReport):
                with self._report_event:
                    self.reports[report.message_ref] = report
                    self._report_event.notify_all()
                if self.on_report:
                    self.on_report(report)
                try:
                    self._ch().command("AT+CNMA")
                except ModemError:
                    pass
        elif urc.name == "+CMTI" and self.on_message:
            for message in self.list_messages(delete=True):
                self.on_message(message)


def detect_port(candidates: Iterable[str] | None = None, *, baud: int = 115200) -> str | None:
    """The first port that answers AT with OK."""
    if candidates is None:
        from serial.tools import list_ports

        candidates = [p.device for p in list_ports.comports()]
    for url in candidates:
        try:
            port = open_port(url, baud=baud)
        except ModemError:
            continue
        channel = ATChannel(port)
        try:
            channel.command("AT", timeout=1.5)
            return url
        except ModemError:
            continue
        finally:
            channel.close()
    return None


@dataclass
class ModemPool:
    """Several modems; sending goes round-robin and skips a modem that just failed."""

    modems: list[Modem]
    cooldown: float = 60.0
    _next: int = 0
    _down_until: dict[int, float] = field(default_factory=dict)

    def send(self, number: str, text: str, *, status_report: bool = True) -> SendResult:
        last: ModemError | None = None
        for _ in range(len(self.modems)):
            i = self._next % len(self.modems)
            self._next += 1
            if self._down_until.get(i, 0) > time.monotonic():
                continue
            try:
                return self.modems[i].send(number, text, status_report=status_report)
            except ModemError as exc:
                if isinstance(exc, CommandError) and not exc.temporary:
                    raise  # the message itself is wrong: another modem will not help
                self._down_until[i] = time.monotonic() + self.cooldown
                last = exc
        raise last or ModemError("modem_pool_down")
