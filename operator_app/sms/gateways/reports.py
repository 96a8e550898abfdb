"""Delivery reports from gateways, de-duplicated and aggregated per message.

Gateways report per part (Kannel per part, android-sms-gateway one `sms:delivered` per part)
and repeat themselves (webhooks are retried until answered 2xx). The book keeps, per
reference, how many parts we sent and which part events it has seen, and says `delivered`
only when every part did, `failed` as soon as one part failed.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

FINAL = ("delivered", "failed")


@dataclass(frozen=True)
class GatewayReport:
    """One state change of one message, as the outbox stores it (`delivery_report` rows)."""

    transport: str  # the spec without secrets
    reference: str  # the provider's id (or ours, for Kannel) as returned in Submitted.references
    recipient: str
    status: str  # "sent" | "delivered" | "failed" (aggregated over parts)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    detail: str = ""  # the provider's reason, e.g. an error code
    parts_done: int = 0
    parts: int = 1

    def as_json(self) -> dict[str, object]:
        return {"transport": self.transport, "reference": self.reference, "recipient": self.recipient,
                "status": self.status, "at": self.at.isoformat(), "detail": self.detail,
                "parts_done": self.parts_done, "parts": self.parts}


@dataclass
class _Track:
    recipient: str
    parts: int
    delivered: int = 0
    status: str = "sent"


class ReportBook:
    """Thread-safe: the callback server's threads add, the sender's thread drains or waits."""

    def __init__(self, transport: str, *, remember: int = 10_000) -> None:
        self.transport = transport
        self._tracks: dict[str, _Track] = {}
        self._remember = remember
        self._seen: deque[str] = deque(maxlen=remember)
        self._seen_set: set[str] = set()
        self._out: list[GatewayReport] = []
        self._cond = threading.Condition()

    def expect(self, reference: str, recipient: str, parts: int) -> None:
        with self._cond:
            self._tracks.setdefault(reference, _Track(recipient, max(1, parts)))

    def first_time(self, event_id: str) -> bool:
        """True the first time an event id is seen (gateways repeat webhooks until answered)."""
        with self._cond:
            if event_id in self._seen_set:
                return False
            if len(self._seen) == self._seen.maxlen:
                self._seen_set.discard(self._seen[0])
            self._seen.append(event_id)
            self._seen_set.add(event_id)
            return True

    def parts(self, reference: str) -> int:
        with self._cond:
            track = self._tracks.get(reference)
            return track.parts if track else 1

    def add(self, reference: str, state: str, *, event_id: str | None = None, recipient: str = "",
            detail: str = "", at: datetime | None = None, parts: int | None = None,
            whole: bool = False) -> GatewayReport | None:
        """Record one event (`state`: sent / delivered / failed, for one part, or for the whole
        message with `whole`). Returns the aggregated report when the message's state changed,
        None for a duplicate or no change."""
        if event_id is not None and not self.first_time(event_id):
            return None
        with self._cond:
            track = self._tracks.setdefault(reference, _Track(recipient, parts or 1))
            if parts:
                track.parts = max(track.parts, parts)
            if track.status in FINAL:
                return None  # a final state never changes back
            if state == "delivered":
                track.delivered = track.parts if whole else track.delivered + 1
                new = "delivered" if track.delivered >= track.parts else "sent"
            elif state == "failed":
                new = "failed"
            else:
                return None  # "sent" is what Submitted already said
            track.status = new
            if new == "sent":
                return None  # a part of several: only the whole message's outcome is reported
            report = GatewayReport(self.transport, reference, recipient or track.recipient, new,
                                   at or datetime.now(UTC), detail, track.delivered, track.parts)
            self._out.append(report)
            self._cond.notify_all()
            if len(self._tracks) > self._remember:  # forget the oldest finished messages
                for old in [r for r, t in self._tracks.items() if t.status in FINAL][: len(self._tracks) // 10]:
                    del self._tracks[old]
            return report

    def drain(self) -> list[GatewayReport]:
        with self._cond:
            out, self._out = self._out, []
            return out

    def pending(self) -> list[str]:
        with self._cond:
            return [ref for ref, track in self._tracks.items() if track.status not in FINAL]

    def state(self, reference: str) -> str | None:
        with self._cond:
            track = self._tracks.get(reference)
            return track.status if track else None

    def wait_final(self, reference: str, timeout: float) -> str | None:
        """Block until the message is delivered or failed, or the timeout passes; its state."""
        with self._cond:
            self._cond.wait_for(lambda: (self._tracks.get(reference) or _Track("", 1)).status in FINAL, timeout)
            track = self._tracks.get(reference)
            return track.status if track else None
