"""The AT protocol: bytes in, events out (lines, final results, the "> " prompt, unsolicited
result codes). No I/O and no clock, so vendor transcripts can be fed to it directly; the channel
(channel.py) owns the port and the threads."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

log = logging.getLogger("operator_app.sms.modem")

FINAL_OK = {"OK", "CONNECT"}
FINAL_ERROR = {"ERROR", "NO CARRIER", "NO DIALTONE", "BUSY", "NO ANSWER", "COMMAND NOT SUPPORT", "TOO MANY PARAMETERS"}
_CME = re.compile(r"^\+(CME|CMS) ERROR:\s*(.*)$")
# Unsolicited result codes. "+CDS:" and "+CMT:" carry their PDU on the next line.
URC_PREFIXES = ("+CMTI:", "+CDSI:", "+CDS:", "+CMT:", "+CBM:", "RING", "+CRING:", "+CLIP:", "^RSSI:", "^BOOT:",
                "^MODE:", "^SRVST:", "^SIMST:", "^HCSQ:", "^DSFLOWRPT:", "^CEND:", "^ORIG:", "^CONF:", "^CONN:",
                "+CREG:", "+CGREG:", "+CEREG:", "+CUSD:", "+QIND:", "+CPIN:", "RDY", "Call Ready", "SMS Ready",
                "+CFUN:", "+PACSP", "^STIN:", "+STIN:", "NORMAL POWER DOWN", "UNDER-VOLTAGE")
_PDU_FOLLOWS = ("+CDS:", "+CMT:", "+CBM:")
_EOL = re.compile(rb"[\r\n]")
_COMMAND_PREFIX = re.compile(r"^AT([+^$%][A-Z0-9]+)", re.IGNORECASE)


@dataclass
class Urc:
    name: str  # the prefix without ":" ("+CMTI", "RING")
    line: str
    pdu: str | None = None
    seq: int = 0  # its place among the channel's notices, numbered as they are queued


@dataclass
class _Pending:
    command: str
    expect: str | None  # response prefix, e.g. "+CSQ:"
    wants_prompt: bool = False
    lines: list[str] = field(default_factory=list)
    final: str | None = None
    prompt: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    # Written by the reader thread the moment "> " arrives, without waking the caller first:
    # one thread hand-off less per message part.
    after_prompt: bytes | None = None
    # Set just before the PDU is handed to the port: from then on the part may be on the air,
    # so a failure is ambiguous and the part is never resent.
    pdu_written: bool = False


class ATProtocol:
    """Bytes in, events out; no I/O and no clock, so transcripts can be fed to it directly."""

    def __init__(self, on_urc: Callable[[Urc], None], on_prompt: Callable[[_Pending], None] | None = None) -> None:
        self.on_urc = on_urc
        self.on_prompt = on_prompt
        self.buffer = bytearray()
        self.pending: _Pending | None = None
        self._urc_waiting_pdu: Urc | None = None
        self.lock = threading.Lock()

    def feed(self, data: bytes) -> None:
        with self.lock:
            self.buffer += data
            self._drain()

    def _drain(self) -> None:
        buffer = self.buffer
        while buffer:
            blank = len(buffer) - len(buffer.lstrip(b"\r\n"))  # empty lines between replies
            if blank:
                del buffer[:blank]
                if not buffer:
                    return
            pending = self.pending
            if pending is not None and pending.wants_prompt and not pending.prompt:
                if buffer.startswith(b"> ") or buffer == b">":
                    pending.prompt = True
                    del buffer[:]
                    if pending.after_prompt is not None and self.on_prompt is not None:
                        self.on_prompt(pending)
                    else:
                        pending.done.set()
                    return
            eol = _EOL.search(buffer)
            if eol is None:
                return
            cut = eol.start()
            raw = bytes(buffer[:cut])
            del buffer[: cut + 1]
            line = raw.decode("utf-8", errors="replace").strip()
            if line:
                self._line(line)

    def _line(self, line: str) -> None:
        if self._urc_waiting_pdu is not None:
            urc, self._urc_waiting_pdu = self._urc_waiting_pdu, None
            urc.pdu = line
            self.on_urc(urc)
            return
        pending = self.pending
        if pending is not None and (line in FINAL_OK or line in FINAL_ERROR or _CME.match(line)):
            if line.upper() == pending.command.upper():
                return
            pending.final = line
            pending.done.set()
            return
        if self._is_urc(line, pending):
            name = line.split(":", 1)[0]
            urc = Urc(name, line)
            if line.startswith(_PDU_FOLLOWS):
                self._urc_waiting_pdu = urc
            else:
                self.on_urc(urc)
            return
        if pending is None:
            log.debug("stray line from modem: %r", line)
            return
        if line.upper() == pending.command.upper():  # echo
            return
        pending.lines.append(line)

    @staticmethod
    def _is_urc(line: str, pending: _Pending | None) -> bool:
        if not line.startswith(URC_PREFIXES):
            return False
        if pending is not None and pending.expect and line.startswith(pending.expect):
            return False
        return True


@lru_cache(maxsize=256)
def _expected_prefix(command_name: str) -> str | None:
    """AT+CSQ -> "+CSQ:", AT+CMGS=12 -> "+CMGS:" (the reply line that is not a URC)."""
    match = _COMMAND_PREFIX.match(command_name)
    return match.group(1).upper() + ":" if match else None
