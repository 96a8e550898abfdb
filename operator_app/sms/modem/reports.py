"""Delivery reports a modem received, kept in a bounded book.

A modem's TP-MR is 8 bits, so references repeat after 255 sends: a report is keyed by
(reference, recipient, the SMSC's submit time) and matched to a send by reference and recipient
among the reports that arrived after that send started. The book forgets the oldest reports
beyond its capacity, so it does not grow with the number of messages sent; the durable record
is whatever `on_report` stores."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime

from operator_app.sms.pdu import StatusReport

ReportKey = tuple[int, str, datetime]


def same_number(a: str, b: str) -> bool:
    """+8613800138000, 8613800138000 and 13800138000 are one recipient: an SMSC may report the
    number in another format than we sent it."""
    da, db = "".join(c for c in a if c.isdigit()), "".join(c for c in b if c.isdigit())
    return bool(da) and (da == db or (min(len(da), len(db)) >= 7 and (da.endswith(db) or db.endswith(da))))


class ReportBook:
    def __init__(self, capacity: int = 512, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = capacity
        self.clock = clock
        self._reports: OrderedDict[ReportKey, tuple[StatusReport, float]] = OrderedDict()
        self._changed = threading.Condition()

    def __len__(self) -> int:
        return len(self._reports)

    def add(self, report: StatusReport) -> None:
        key = (report.message_ref, report.recipient, report.submitted)
        with self._changed:
            self._reports.pop(key, None)  # a repeated report (pending, then final) replaces the earlier one
            self._reports[key] = (report, self.clock())
            while len(self._reports) > self.capacity:
                self._reports.popitem(last=False)
            self._changed.notify_all()

    def find(self, to: str, references: Iterable[int], since: float) -> dict[int, StatusReport]:
        """The latest report for each reference sent to `to` that arrived at or after `since`."""
        wanted = set(references)
        found: dict[int, StatusReport] = {}
        with self._changed:
            for report, arrived in self._reports.values():
                if report.message_ref in wanted and arrived >= since and same_number(report.recipient, to):
                    found[report.message_ref] = report
        return found

    def wait(self, to: str, references: Iterable[int], since: float, timeout: float) -> dict[int, StatusReport]:
        """Like find, waiting up to `timeout` seconds for every reference to have a final report."""
        wanted = set(references)
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = self.find(to, wanted, since)
                final = {r for r, report in found.items() if report.outcome != "pending"}
                left = deadline - time.monotonic()
                if final >= wanted or left <= 0:
                    return found
                self._changed.wait(left)
