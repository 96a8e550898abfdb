"""Status reports the modem keeps until we read them (3GPP TS 27.005 AT+CNMI ds=2).

With ds=1 a report is pushed as a +CDS line and exists only if somebody is listening at that
moment; a report that comes hours later, after `send` closed the port, is gone. So the driver
asks the modem to store reports (ds=2): each is announced with `+CDSI: "<mem>",<index>` and stays
in that memory until deleted. Where the modem has a memory of their own ("SR", listed by
AT+CPMS=?), they are read from it, with AT+CPMS="SR" selecting it for AT+CMGL / AT+CMGR /
AT+CMGD and the message store selected again before replies are read; elsewhere they land in the
message store beside the replies, as SMS-STATUS-REPORT PDUs, and are told apart by their type.

A modem that refuses ds=2 keeps ds=1, as before. One that announces a memory it cannot then
select (some Huawei firmware says +CDSI: "SR" without offering SR) is switched back to ds=1 for
the rest of the session: that one report cannot be read, the next ones are pushed.

Nothing is deleted here before the caller says the report is safe (release()): a report is
read, handed over, committed by the caller, and only then deleted, as replies are.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from operator_app.sms.modem.channel import ATChannel, CommandError
from operator_app.sms.modem.reports import ReportBook
from operator_app.sms.modem.status import value_of
from operator_app.sms.pdu import PduError, StatusReport, decode

log = logging.getLogger("operator_app.sms.modem")
_CDSI = re.compile(r'^\+CDSI:\s*"?([A-Za-z]{2})"?\s*,\s*(\d+)')
# ds=2 (stored) first, then ds=1 (pushed), each with mode 2 and then 1 (buffer while busy).
CNMI_SETTINGS = ("2,1,0,2,0", "1,1,0,2,0", "2,1,0,1,0", "1,1,0,1,0")


@dataclass(frozen=True)
class StoredReport:
    """One status report as the modem stores it: where, and the PDU as read."""

    report: StatusReport
    memory: str
    index: int
    pdu: str

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.memory, self.index, self.pdu)


def memories_of(cpms_test: str) -> list[str]:
    """The <mem1> choices of an AT+CPMS=? answer: ("SM","ME","SR"),(…),(…) or "SM","ME"."""
    first = cpms_test.split(")")[0] if "(" in cpms_test else cpms_test
    return [m.upper() for m in re.findall(r'"([A-Za-z]{2})"', first)]


class StoredReports:
    """The driver's side of stored reports. Every method but notified() and wait_notice() runs
    under the modem's storage lock (Modem._inbox_lock)."""

    def __init__(self, channel: Callable[[], ATChannel], book: ReportBook, capacity: int = 512) -> None:
        self._ch = channel
        self.book = book
        self.enabled = False  # the modem took ds=2
        self.memory: str | None = None  # "SR" when the modem has a memory for reports
        self.inbox_memory = "SM"
        self._selected: str | None = None  # the <mem1> we last chose; None: the modem's own
        self._notices: deque[tuple[str, int]] = deque(maxlen=capacity)
        self._notice = threading.Event()
        self._read: OrderedDict[tuple[str, int], StoredReport] = OrderedDict()  # read, not handed over
        self._handed: OrderedDict[tuple[str, int, str], None] = OrderedDict()  # handed over, not released
        self.capacity = capacity

    def setup(self, ch: ATChannel) -> None:
        """At init: which memories there are, then ds=2 where the modem takes it, else ds=1."""
        self._selected = None
        self.memory = None
        try:
            if "SR" in memories_of(value_of(ch.command("AT+CPMS=?"), "+CPMS:")):
                self.memory = "SR"
                current = memories_of(value_of(ch.command("AT+CPMS?"), "+CPMS:"))
                self.inbox_memory = current[0] if current and current[0] != "SR" else "SM"
        except CommandError:
            log.debug("AT+CPMS not answered: status reports, if stored, are in the message store")
        for number, setting in enumerate(CNMI_SETTINGS):
            try:
                ch.command(f"AT+CNMI={setting}")
            except CommandError:
                if number == len(CNMI_SETTINGS) - 1:
                    raise
                continue
            self.enabled = setting.split(",")[3] == "2"
            return

    # the reader thread
    def notified(self, line: str) -> None:
        match = _CDSI.match(line)
        if match is None:
            log.warning("unreadable report notice %r", line)
            return
        self._notices.append((match.group(1).upper(), int(match.group(2))))
        self._notice.set()

    def wait_notice(self, timeout: float) -> None:
        self._notice.wait(timeout)
        self._notice.clear()

    # memory selection
    def _select(self, memory: str) -> None:
        if self._selected == memory or (self._selected is None and memory == self.inbox_memory):
            return
        self._ch().command(f'AT+CPMS="{memory}"')
        self._selected = memory

    def use_inbox(self) -> None:
        """Before replies are read or deleted: the message store is <mem1> again."""
        if self._selected is not None and self._selected != self.inbox_memory:
            self._select(self.inbox_memory)

    def _report_memories(self) -> list[str]:
        return [self.memory] if self.memory else [self.inbox_memory]

    def _fall_back(self, memory: str) -> None:
        log.warning("the modem stores status reports in %s but cannot read it: reports pushed (ds=1) from now on",
                    memory)
        self.enabled = False
        try:
            self._ch().command("AT+CNMI=2,1,0,1,0")
        except CommandError:
            self._ch().command("AT+CNMI=1,1,0,1,0")

    # reading
    def _decode(self, memory: str, index: int, pdu: str) -> StoredReport | None:
        try:
            part = decode(pdu)
        except PduError:
            return None
        if not isinstance(part, StatusReport):
            return None  # a reply in the message store: Modem.receive() takes those
        self.book.add(part)
        return StoredReport(part, memory, index, pdu)

    def _read_slot(self, memory: str, index: int) -> StoredReport | None:
        try:
            self._select(memory)
        except CommandError:
            self._fall_back(memory)
            return None
        try:
            lines = self._ch().command(f"AT+CMGR={index}")
        except CommandError:
            return None  # gone already (read and deleted by a sweep)
        pdu = lines[1] if len(lines) > 1 and lines[0].startswith("+CMGR:") else ""
        return self._decode(memory, index, pdu)

    def _list(self, memory: str) -> list[StoredReport]:
        try:
            self._select(memory)
        except CommandError:
            if memory != self.inbox_memory:
                self._fall_back(memory)
            return []
        lines = self._ch().command("AT+CMGL=4", timeout=30)
        found = []
        for header, pdu in itertools.pairwise(lines):
            if header.startswith("+CMGL:"):
                stored = self._decode(memory, int(header[6:].split(",")[0]), pdu)
                if stored is not None:
                    found.append(stored)
        return found

    def peek(self) -> None:
        """Read the reports just announced into the report book (for Modem.wait_reports),
        keeping them for take(); nothing is handed over or deleted."""
        while self._notices:
            memory, index = self._notices.popleft()
            stored = self._read_slot(memory, index)
            if stored is not None:
                self._read[(memory, index)] = stored
                while len(self._read) > self.capacity:
                    self._read.popitem(last=False)

    def take(self, *, everything: bool = False, again: bool = False) -> list[StoredReport]:
        """The stored reports to hand over: the ones announced since the last call, or with
        `everything` all in the report memory. `again`: also those handed over before and not
        released (their handler failed)."""
        if everything:
            self._notices.clear()
            self._read.clear()
            found = [r for memory in self._report_memories() for r in self._list(memory)]
        else:
            self.peek()
            found = list(self._read.values())
            self._read.clear()
        out = []
        for stored in found:
            if stored.key in self._handed and not again:
                continue
            self._handed[stored.key] = None
            while len(self._handed) > self.capacity:
                self._handed.popitem(last=False)
            out.append(stored)
        return out

    def release(self, reports: Iterable[StoredReport]) -> None:
        """Delete reports the caller committed."""
        for stored in reports:
            self._select(stored.memory)
            try:
                self._ch().command(f"AT+CMGD={stored.index}")
            except CommandError:
                log.warning("stored report %s:%s could not be deleted", stored.memory, stored.index)
            self._handed.pop(stored.key, None)
