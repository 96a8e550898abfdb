"""What a run of the dispatcher (services/sending/dispatch.py) hands back: the batch's messages by
status, why some were cancelled, what waits until when, the transports paused for a while, and
the office faults that stopped a transport (sms/transport.TransportFault: a person must act); and
how many messages a transport already sent today (its daily quota). A wait that cannot end before
the batch's office day is over is not "until tomorrow": those messages expire
(domain.policy.expired), so the summary says so. The faces put it into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, literal, select

from operator_app.domain.outbox import GONE
from operator_app.domain.policy import ContactPolicy, day_ends, expired
from operator_app.errors import KnownError
from operator_app.messaging.moments import as_utc
from operator_app.store.db import Database
from operator_app.store.models import batch_table, message_table

MSG, BATCH = message_table, batch_table
# The counts a summary gives, in this order: "sent" is every message that went out (delivered
# ones too), the others are a state each.
COUNTED = ("sent", "delivered", "failed", "unknown", "cancelled", "queued")
EXPIRES = "expires"  # a summary's wait that outlasts the batch's day: cancelled as `expired` then
__all__ = ["EXPIRES", "Fault", "SendSummary", "Waits", "cancelled_reasons", "sent_today", "summarize"]


@dataclass(frozen=True)
class Waits:
    reason: str
    until: datetime | None
    count: int

    def as_json(self) -> dict[str, object]:
        return {"reason": self.reason, "until": self.until.isoformat() if self.until else None, "count": self.count}


@dataclass(frozen=True)
class Fault:
    """A transport stopped by an office fault: its messages not yet on the air stay queued."""

    transport: str
    error: KnownError

    def as_json(self) -> dict[str, object]:
        params = {k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
                  for k, v in self.error.params.items()}
        return {"transport": self.transport, "code": self.error.code, "params": params}


@dataclass
class SendSummary:
    batch: int
    status: str
    counts: dict[str, int]
    sent_now: int
    waiting: list[Waits]
    recovered: int = 0
    db_waits: int = 0
    stopped: bool = False  # Ctrl-C, or the GUI's Pause / Stop
    # (transport, until, last error's code, its parameters): a transport resting after temporary errors
    paused: list[tuple[str, datetime, str, dict[str, Any]]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    cancelled: dict[str, int] = field(default_factory=dict)  # the batch's cancelled messages by reason

    @property
    def left(self) -> int:
        """Messages still to send (queued, whenever they may go)."""
        return self.counts.get("queued", 0)

    def as_json(self) -> dict[str, object]:
        c = self.counts
        return {"batch": self.batch, "status": self.status, "sent_now": self.sent_now,
                "sent": c.get("sent", 0) + c.get("delivered", 0),  # went out (delivered ones included)
                **{k: c.get(k, 0) for k in COUNTED[1:]},
                "waiting": [w.as_json() for w in self.waiting], "recovered": self.recovered, "stopped": self.stopped,
                "paused": [{"transport": t, "until": u.isoformat(), "reason": r} for t, u, r, _ in self.paused],
                "faults": [f.as_json() for f in self.faults], "cancelled_reasons": dict(self.cancelled)}


def summarize(db: Database, batch_id: int, now: datetime, policy: ContactPolicy | None = None,
              held_until: datetime | None = None) -> tuple[str, dict[str, int], list[Waits]]:
    """The batch's status, its messages by status, and what waits until when. A wait that ends
    only after the batch's office day is over (`held_until`: every transport is paused until
    then) is shown as `expires`, until that day's end: those messages are cancelled then, never
    sent the next day (domain.policy.expired)."""
    with db.engine.connect() as conn:
        status, as_of = conn.execute(select(BATCH.c.status, BATCH.c.as_of).where(BATCH.c.id == batch_id)).one()
        counts = {s: int(n) for s, n in conn.execute(select(MSG.c.status, func.count()).where(MSG.c.batch_id == batch_id)
                                                     .group_by(MSG.c.status))}
        ends = day_ends(as_of, policy) if policy is not None else None
        late = (MSG.c.planned_at >= ends) if ends is not None else literal(False)
        found = conn.execute(
            select(MSG.c.reason, late.label("late"), func.min(MSG.c.planned_at).label("until"), func.count().label("n"))
            .where(MSG.c.batch_id == batch_id, MSG.c.status == "queued").group_by(MSG.c.reason, late)).all()
    waits: list[Waits] = []
    expiring = 0
    for r in found:
        until = as_utc(r.until)
        if policy is not None and (r.late or expired(as_of, max(filter(None, (until, held_until, now))), policy)):
            expiring += int(r.n)
        else:
            waits.append(Waits(r.reason or "queued", until, int(r.n)))
    if expiring and ends is not None:
        waits.append(Waits(EXPIRES, ends, expiring))
    return status, counts, sorted(waits, key=lambda w: (w.until or now, w.reason))


def cancelled_reasons(db: Database, batch_id: int) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {str(r or "-"): int(n) for r, n in conn.execute(
            select(MSG.c.reason, func.count()).where(MSG.c.batch_id == batch_id, MSG.c.status == "cancelled")
            .group_by(MSG.c.reason).order_by(MSG.c.reason))}


def sent_today(db: Database, names: list[str], policy: Any, now: datetime) -> int:
    local = now.astimezone(policy.zone)
    midnight = datetime(local.year, local.month, local.day, tzinfo=local.tzinfo).astimezone(UTC)
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(MSG).where(
            MSG.c.transport.in_(names), MSG.c.status.in_(GONE), MSG.c.sent_at >= midnight)).scalar_one())
