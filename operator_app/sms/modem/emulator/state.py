"""What one virtual modem keeps across its sessions: the SIM and its storage, the network, the
faults to inject and every message it put on the air."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from operator_app.sms.pdu import build_deliver

CHINA = timezone(timedelta(hours=8))


@dataclass
class Faults:
    cms_every: int = 0  # every Nth send fails with +CMS ERROR (cms_code)
    cms_code: int = 500
    no_network: bool = False
    unplug_after: int = 0  # drop the line after N sends
    delay: float = 0.0  # seconds before every reply
    noise: bool = False  # sprinkle ^RSSI / +CREG lines between replies
    rate_limit: int = 0  # sends allowed per minute, then +CMS ERROR: 42 (congestion)
    report_status: int = 0  # TP-ST of status reports (0 delivered, 0x40+ failed)
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
