"""What a run of the dispatcher (services/dispatch.py) hands back: the batch's counts, what waits
until when, the transports paused for a while, and the office faults that stopped a transport
(sms/transport.TransportFault: a person must act). The faces put it into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from operator_app.errors import KnownError
from operator_app.messaging.moments import as_utc
from operator_app.messaging.outbox_sql import GONE
from operator_app.store.db import Database
from operator_app.store.models import batch_table, message_table

MSG, BATCH = message_table, batch_table


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

    @property
    def left(self) -> int:
        """Messages still to send (queued, whenever they may go)."""
        return self.counts.get("queued", 0)

    def as_json(self) -> dict[str, object]:
        c = self.counts
        return {"batch": self.batch, "status": self.status, "sent_now": self.sent_now,
                "sent": c.get("sent", 0) + c.get("delivered", 0),  # went out (delivered ones included)
                **{k: c.get(k, 0) for k in ("delivered", "failed", "unknown", "cancelled", "queued")},
                "waiting": [w.as_json() for w in self.waiting], "recovered": self.recovered, "stopped": self.stopped,
                "paused": [{"transport": t, "until": u.isoformat(), "reason": r} for t, u, r, _ in self.paused],
                "faults": [f.as_json() for f in self.faults]}


def summarize(db: Database, batch_id: int, now: datetime) -> tuple[str, dict[str, int], list[Waits]]:
    with db.engine.connect() as conn:
        status = conn.execute(select(BATCH.c.status).where(BATCH.c.id == batch_id)).scalar_one()
        counts = {s: int(n) for s, n in conn.execute(select(MSG.c.status, func.count()).where(MSG.c.batch_id == batch_id)
                                                     .group_by(MSG.c.status))}
        waits = [Waits(r.reason or "queued", as_utc(r.until), int(r.n)) for r in conn.execute(
            select(MSG.c.reason, func.min(MSG.c.planned_at).label("until"), func.count().label("n"))
            .where(MSG.c.batch_id == batch_id, MSG.c.status == "queued").group_by(MSG.c.reason))]
    return status, counts, sorted(waits, key=lambda w: (w.until or now, w.reason))


def sent_today(db: Database, names: list[str], policy: Any, now: datetime) -> int:
    local = now.astimezone(policy.zone)
    midnight = datetime(local.year, local.month, local.day, tzinfo=local.tzinfo).astimezone(UTC)
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(MSG).where(
            MSG.c.transport.in_(names), MSG.c.status.in_(GONE), MSG.c.sent_at >= midnight)).scalar_one())
