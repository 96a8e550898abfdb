"""What one virtual modem keeps across its sessions: the SIM and its storage, the network, the
faults to inject and every message it put on the air."""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from operator_app.sms.pdu import build_deliver, build_status_report

CHINA = timezone(timedelta(hours=8))
log = logging.getLogger("operator_app.sms.modem.emulator")


@dataclass
class Faults:
    # Every Nth PDU submitted is refused with +CMS ERROR (cms_code) and not sent: the refusal is
    # definite (e.g. 38, network out of order: temporary; 1, unassigned number: permanent).
    cms_every: int = 0
    cms_code: int = 500
    no_network: bool = False
    unplug_after: int = 0  # drop the line after N sends
    delay: float = 0.0  # seconds before every reply
    noise: bool = False  # sprinkle ^RSSI / +CREG lines between replies
    rate_limit: int = 0  # sends allowed per minute, then +CMS ERROR: 42 (congestion)
    report_status: int = 0  # TP-ST of status reports (0 delivered, 0x40+ failed)
    # When the network's status report comes: 0 at once (after the +CMGS answer), N seconds
    # later, or None: held until VirtualModem.deliver_reports() (the phone was off for hours).
    report_delay: float | None = 0.0
    # The line around a send, for exactly-once tests: the Nth AT+CMGS (counted from 1) or the Nth
    # PDU accepted. Before the prompt nothing was sent; after the PDU it is on the air.
    drop_before_prompt: int = 0  # drop the line on the Nth AT+CMGS instead of prompting
    drop_after_pdu: int = 0  # accept the Nth PDU (it is sent and logged), drop the line unanswered
    mute_after_pdu: int = 0  # accept the Nth PDU, then never answer it


@dataclass
class Sent:
    reference: int
    to: str
    text: str
    encoding: str
    concat: tuple[int, int, int] | None
    status_report: bool
    at: str
    pdu: str = ""  # as received (hex, SMSC field included): for an independent decoder to read


@dataclass
class ModemState:
    """Shared by every session of one virtual modem (the SIM, the network, what was sent)."""

    pin: str | None = None
    unlocked: bool = True
    manufacturer: str = "huawei"
    model: str = "E3372"
    revision: str = "22.328.62.00.00"
    imei: str = "867123045678901"
    imsi: str = "460001234567890"
    operator: str = "CHINA MOBILE"
    operator_numeric: str = "46000"
    smsc: str = "+8613800100500"
    rssi: int = 22
    faults: Faults = field(default_factory=Faults)
    sent: list[Sent] = field(default_factory=list)
    storage: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (stat, pdu)
    # Status reports: with AT+CNMI ds=2 they are stored in `report_memory` ("SR", a memory of
    # their own listed by AT+CPMS=?, or "SM": the message store, beside the inbound messages) and
    # announced with +CDSI; ds=1 pushes them as +CDS to whoever listens; ds=0 drops them. The
    # setting belongs to the modem, not to a connection: it holds while nobody is connected.
    report_memory: str = "SR"
    accepts_ds2: bool = True  # False: a modem that refuses AT+CNMI with ds=2 (fallback to ds=1)
    # False: reports go to an "SR" memory that AT+CPMS neither lists nor selects (as some Huawei
    # firmware does): announced with +CDSI, never readable.
    sr_readable: bool = True
    reports: dict[int, tuple[str, str]] = field(default_factory=dict)  # the "SR" memory
    capacity: int = 50  # slots per memory, as AT+CPMS says
    cnmi_ds: int = 0
    owed: list[tuple[int, str]] = field(default_factory=list)  # reports held (report_delay None)
    dropped_reports: int = 0  # reports lost: ds=0, nobody listening to a +CDS, or memory full
    next_ref: int = 0
    sends: int = 0
    prompts: int = 0  # AT+CMGS commands seen
    accepted: int = 0  # PDUs put on the air
    send_times: list[float] = field(default_factory=list)
    log_path: Path | None = None
    lock: threading.RLock = field(default_factory=threading.RLock)
    listeners: list[Callable[[bytes], None]] = field(default_factory=list)

    def log_json(self, record: dict[str, object]) -> None:
        if self.log_path is not None:
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def broadcast(self, data: bytes) -> None:
        for listener in list(self.listeners):
            try:
                listener(data)
            except OSError:
                self.listeners.remove(listener)

    def store_of(self, memory: str) -> dict[int, tuple[str, str]] | None:
        """The slots of one memory ("SM", "ME" and "MT" are the one message store here)."""
        if memory == "SR" and self.report_memory == "SR":
            return self.reports if self.sr_readable else None
        return self.storage if memory in ("SM", "ME", "MT") else None

    def report(self, reference: int, number: str, *, to: Callable[[bytes], None] | None = None) -> None:
        """The network's status report for one sent part arrives now, routed as AT+CNMI says:
        stored and announced (ds=2), pushed to `to` or every listener (ds=1), or dropped."""
        now = datetime.now(CHINA).replace(microsecond=0)
        pdu = build_status_report(reference, number, self.faults.report_status, now, now, smsc=self.smsc)
        with self.lock:
            ds = self.cnmi_ds
            if ds == 2:
                store = self.reports if self.report_memory == "SR" else self.storage
                if len(store) >= self.capacity:
                    self.dropped_reports += 1
                    log.warning("virtual modem: %s memory full, status report %s dropped", self.report_memory, reference)
                    return
                index = max(store, default=-1) + 1
                store[index] = ("REC UNREAD", pdu)
            elif ds != 1 or (to is None and not self.listeners):
                self.dropped_reports += 1
                return
        if ds == 2:
            self.broadcast(f'\r\n+CDSI: "{self.report_memory}",{index}\r\n'.encode())
            return
        data = f"\r\n+CDS: {(len(pdu) // 2) - 1 - int(pdu[:2], 16)}\r\n{pdu}\r\n".encode()
        to(data) if to is not None else self.broadcast(data)

    def owe_report(self, reference: int, number: str, to: Callable[[bytes], None]) -> None:
        """A part asked for a report: it comes as `faults.report_delay` says."""
        delay = self.faults.report_delay
        if delay is None:
            with self.lock:
                self.owed.append((reference, number))
        elif delay > 0:
            timer = threading.Timer(delay, self.report, (reference, number))
            timer.daemon = True
            timer.start()
        else:
            self.report(reference, number, to=to)

    def deliver_reports(self) -> int:
        """The held reports arrive now (whether or not anybody is connected)."""
        with self.lock:
            owed, self.owed = self.owed, []
        for reference, number in owed:
            self.report(reference, number)
        return len(owed)

    def inject(self, sender: str, text: str, *, when: datetime | None = None) -> list[int]:
        """An inbound message arrives: stored on the SIM and announced with +CMTI."""
        when = when or datetime.now(CHINA)
        with self.lock:
            indexes = []
            reference = random.randrange(256)
            for pdu in build_deliver(sender, text, when, reference=reference, smsc=self.smsc):
                index = max(self.storage, default=-1) + 1
                self.storage[index] = ("REC UNREAD", pdu)
                indexes.append(index)
        for index in indexes:
            self.broadcast(f'\r\n+CMTI: "SM",{index}\r\n'.encode())
        return indexes
