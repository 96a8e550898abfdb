"""The outbox on the database: claim a message, record what the transport said, recover after a
crash. The moves themselves are domain/outbox.py's; the contact policy is domain/policy.py's,
asked again at the moment of sending.

Exactly once rests on three things:
- a claim (`queued` -> `sending`) is committed BEFORE the transport is called, and SQLite runs
  with synchronous=FULL, so neither a killed process nor a power cut can forget a claim;
- a row found in `sending` whose dispatcher is gone was cut mid-send: it becomes `unknown` and
  only an operator sends it again (`message resend`);
- two dispatchers never take one message: on SQLite a claim opens with BEGIN IMMEDIATE, so it
  holds the one write lock from its first read (messaging/outbox_tx.py); on PostgreSQL the
  candidate is read `FOR UPDATE SKIP LOCKED`. The status update is conditional besides.

A dispatcher that finds the database locked (an import holds SQLite's write lock) waits and tries
again; an outcome is never dropped, since a lost `sent` would later read as `unknown`.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, func, insert, select, text, update

from operator_app.domain import outbox as rules
from operator_app.domain.pacing import next_window
from operator_app.domain.policy import (
    EXPIRED,
    Calendar,
    ContactPolicy,
    day_ends,
    expired,
    time_reasons,
)
from operator_app.errors import KnownError
from operator_app.messaging import audit
from operator_app.messaging import outbox_sql as sql
from operator_app.messaging.outbox_recheck import recheck
from operator_app.messaging.outbox_sql import as_utc
from operator_app.messaging.outbox_tx import Transactions
from operator_app.sms.transport import AmbiguousSend, Submitted
from operator_app.store.db import Database
from operator_app.store.models import (
    batch_table,
    borrower_table,
    dispatch_run_table,
    message_event_table,
    message_table,
    payment_table,
)
from operator_app.store.rawsql import Conn, RawConn

log = logging.getLogger("operator_app.messaging.outbox")
MSG, EVENT, BATCH, BORROWER, PAY, RUN = (message_table, message_event_table, batch_table, borrower_table,
                                         payment_table, dispatch_run_table)
ADVISORY_NS = 11011  # PostgreSQL advisory lock namespace of dispatcher runs
STALE_AFTER = timedelta(minutes=10)  # a run on another host without a heartbeat for this long is gone
BEAT_EVERY_S = 5.0  # a claim refreshes the run's heartbeat at most this often
T = TypeVar("T")


@dataclass(frozen=True)
class Claimed:
    """A message this dispatcher holds in `sending`: the transport may now be called."""

    id: int
    batch_id: int
    to: str
    body: str
    key: str
    segments: int
    attempts: int
    provider_params: str | None


@dataclass(frozen=True)
class Waiting:
    """Nothing can be claimed now: `until` is when the next message may go (None: nothing left)."""

    until: datetime | None
    reason: str | None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Outbox:
    """One dispatcher's handle on the outbox. Thread-safe: writes go through one lock, so a
    process with several transport workers is still a single writer."""

    def __init__(self, db: Database, policy: ContactPolicy, calendar: Calendar, *,
                 now: Callable[[], datetime] | None = None,
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.db = db
        self.policy = policy
        self.calendar = calendar
        self.now = now or (lambda: datetime.now(UTC))
        self.on_wait = on_wait or (lambda _reason: None)
        self.run_id = 0
        self._writer = Transactions(db, lambda reason: self.on_wait(reason))
        self._holder: Connection | None = None
        self._approved: dict[int, datetime] = {}
        self._days: dict[int, date] = {}
        self._started: set[int] = set()
        self._beat_at = -1e9  # time.monotonic() of the last heartbeat written

    @property
    def actor(self) -> str:
        return f"dispatch#{self.run_id}"

    # -- transactions (messaging/outbox_tx.py) -----------------------------------------------
    def tx(self, fn: Callable[[Connection], T], *, durable: bool = True) -> T:
        """Run `fn` in one write transaction, waiting while the database is locked (durable:
        fsynced at commit on SQLite; an outcome or a report need not be)."""
        return self._writer.tx(fn, durable=durable)

    def fast_tx(self, fn: Callable[[RawConn], T], *, durable: bool = True) -> T:
        """The same on the dispatcher's own DBAPI connection, for the per-message statements."""
        return self._writer.fast_tx(fn, durable=durable)

    @property
    def db_waits(self) -> int:
        return self._writer.waits

    def _event(self, conn: Conn, message_id: int, status: str, detail: object = None,
               actor: str | None = None) -> None:
        shown = None if detail is None else (detail if isinstance(detail, str) else
                                             json.dumps(detail, ensure_ascii=False, default=str))
        conn.execute(sql.INSERT_EVENT, {"message_id": message_id, "at": self.now(), "status": status,
                                        "actor": actor or self.actor, "detail": shown})

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> int:
        """Register this dispatcher and turn the `sending` rows of dead ones into `unknown`;
        returns how many were recovered."""
        now = self.now()

        def register(conn: Connection) -> int:
            return int(conn.execute(insert(RUN).values(host=socket.gethostname(), pid=os.getpid(), started_at=now,
                                                       heartbeat_at=now).returning(RUN.c.id)).scalar_one())

        self.run_id = self.tx(register)
        if self.db.engine.dialect.name == "postgresql":
            # Held for the run's life: another workstation sees this run alive while it is.
            self._holder = self.db.engine.connect()
            self._holder.execute(text("SELECT pg_advisory_lock(:ns, :id)"), {"ns": ADVISORY_NS, "id": self.run_id})
            self._holder.commit()
        return self.tx(self._recover)

    def stop(self) -> None:
        if self.run_id:
            self.tx(lambda conn: conn.execute(update(RUN).where(RUN.c.id == self.run_id)
                                              .values(finished_at=self.now())))
        if self._holder is not None:
            self._holder.close()
            self._holder = None
        self._writer.close()

    def _run_alive(self, conn: Connection, run_id: int | None) -> bool:
        if run_id is None:
            return False
        if run_id == self.run_id:
            return True
        run = conn.execute(select(RUN).where(RUN.c.id == run_id)).first()
        if run is None or run.finished_at is not None:
            return False
        if conn.dialect.name == "postgresql":
            free = conn.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :id)"),
                                {"ns": ADVISORY_NS, "id": run_id}).scalar()
            return not free
        # A run claims (and so beats) at least every WAIT_POLL_S while it sends or waits; a
        # pid may be reused after a reboot, a heartbeat long gone is not.
        beat = as_utc(run.heartbeat_at)
        fresh = beat is not None and self.now() - beat < STALE_AFTER
        if run.host == socket.gethostname():
            return fresh and _pid_alive(int(run.pid))
        return fresh

    def _claimer(self, conn: Connection, message_id: int) -> int | None:
        actor = conn.execute(select(EVENT.c.actor).where(EVENT.c.message_id == message_id, EVENT.c.status == "sending")
                             .order_by(EVENT.c.id.desc()).limit(1)).scalar()
        if actor and actor.startswith("dispatch#") and actor[9:].isdigit():
            return int(actor[9:])
        return None

    def _recover(self, conn: Connection) -> int:
        count = 0
        for (message_id,) in conn.execute(select(MSG.c.id).where(MSG.c.status == "sending")).all():
            if self._run_alive(conn, self._claimer(conn, message_id)):
                continue
            new = rules.after_restart("sending")
            conn.execute(update(MSG).where(MSG.c.id == message_id, MSG.c.status == "sending")
                         .values(status=new, reason="cut_mid_send", updated_at=self.now()))
            self._event(conn, message_id, new, "cut_mid_send")
            audit.append(conn, self.actor, "message_unknown", {"message": message_id, "reason": "cut_mid_send"},
                         at=self.now())
            count += 1
        return count

    # -- claiming ------------------------------------------------------------------------------
    def claim(self, batch_id: int, transport: str, *,
              also: Callable[[Conn], object] | None = None) -> Claimed | Waiting:
        """Take the next message that may go now. `also` runs first in the same transaction: the
        dispatcher records there the outcome of the message it sent just before and the reports
        it heard (one commit per message, not three, and never two messages in `sending`)."""
        return self.fast_tx(lambda conn: self._claim(conn, batch_id, transport, also))

    def _claim(self, conn: Conn, batch_id: int, transport: str,
               also: Callable[[Conn], object] | None = None) -> Claimed | Waiting:
        now = self.now()
        if time.monotonic() - self._beat_at >= BEAT_EVERY_S:
            conn.execute(sql.HEARTBEAT, {"b_run": self.run_id, "b_now": now})
            self._beat_at = time.monotonic()
        if also is not None:
            also(conn)
        day = self._day_of(conn, batch_id)
        if expired(day, now, self.policy):  # its day's window is over: nothing of it may go
            self._expire_batch(conn, batch_id, now)
            return self._next_wait(conn, batch_id)
        clock_reasons = time_reasons(now, self.policy, self.calendar)
        if clock_reasons:
            left = self._next_wait(conn, batch_id)
            if left.until is None:  # nothing left to wait for
                return left
            until = next_window(now, self.policy, self.calendar)
            if expired(day, until, self.policy):  # the next window is another day's
                self._expire_batch(conn, batch_id, now)
                return self._next_wait(conn, batch_id)
            conn.execute(update(MSG).where(MSG.c.batch_id == batch_id, MSG.c.status == "queued",
                                           MSG.c.planned_at < until)
                         .values(planned_at=until, reason=clock_reasons[0], updated_at=now))
            return Waiting(max(until, left.until), clock_reasons[0] if left.until <= until else left.reason)
        params = {"b_batch": batch_id, "b_now": now, "b_approved": self._approved_at(conn, batch_id)}
        candidate = sql.CANDIDATE_PG if conn.dialect.name == "postgresql" else sql.CANDIDATE
        while True:
            row = conn.execute(candidate, params).first()
            if row is None:
                return self._next_wait(conn, batch_id)
            outcome = recheck(conn, row, now, self.policy, self.calendar)
            if outcome is None:
                break
            if isinstance(outcome, str):
                self._cancel(conn, row.id, now, outcome)
            else:
                until, reason = outcome
                if expired(day, until, self.policy):  # the cap lets it go only after its day
                    self._cancel(conn, row.id, now, EXPIRED, {"reason": EXPIRED, "waits": reason,
                                                             "until": until.isoformat()})
                    continue
                conn.execute(sql.move("queued", "queued", ("planned_at", "reason")),
                             sql.move_params(row.id, now, {"planned_at": until, "reason": reason}))
                self._event(conn, row.id, "queued", {"waits": reason, "until": until.isoformat()})
        rules.check("queued", "sending")
        taken = conn.execute(sql.TAKE, {"b_id": row.id, "b_transport": transport, "b_now": now}).rowcount
        if taken != 1:  # cannot happen under the locks above; never send what another took
            raise KnownError("outbox_claim_lost", message=row.id)
        self._event(conn, row.id, "sending", {"transport": transport})
        if batch_id not in self._started:  # approved -> sending, once
            conn.execute(update(BATCH).where(BATCH.c.id == batch_id, BATCH.c.status == "approved")
                         .values(status="sending"))
            self._started.add(batch_id)
        return Claimed(row.id, batch_id, row.to, row.body, self._provider_key(conn, row), row.segments,
                       row.attempts + 1, row.provider_params)

    def _provider_key(self, conn: Conn, row: Any) -> str:
        """The key the transport hands its provider (a gateway refuses a second message with one
        it has seen). A message in doubt that an operator sends again keeps its key, so a gateway
        that did take the first try refuses the second; one that FAILED (the provider said no, or
        its report did) is new to the provider each time it is sent again."""
        if not row.attempts:
            return str(row.idempotency_key)
        failures = int(conn.execute(sql.FAILURES, {"b_id": row.id}).scalar_one())
        return f"{row.idempotency_key}/r{failures}" if failures else str(row.idempotency_key)

    def _cancel(self, conn: Conn, message_id: int, now: datetime, reason: str, detail: object = None) -> None:
        rules.check("queued", "cancelled")
        conn.execute(sql.move("queued", "cancelled", ("reason",)), sql.move_params(message_id, now, {"reason": reason}))
        self._event(conn, message_id, "cancelled", reason if detail is None else detail)

    def _expire_batch(self, conn: Conn, batch_id: int, now: datetime) -> None:
        """Every queued message of a batch whose office day is over: `cancelled`, `expired` (the
        next day's batch plans those loans again, with that day's text)."""
        for (message_id,) in list(conn.execute(sql.QUEUED_OF_BATCH, {"b_batch": batch_id})):
            self._cancel(conn, message_id, now, EXPIRED)

    def _day_of(self, conn: Conn, batch_id: int) -> date:
        """The office day the batch's texts were frozen for (its as_of; read once per run)."""
        if batch_id not in self._days:
            day = conn.execute(select(BATCH.c.as_of).where(BATCH.c.id == batch_id)).scalar()
            self._days[batch_id] = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
        return self._days[batch_id]

    def day_ends(self, batch_id: int) -> datetime:
        """When the batch's messages expire (domain.policy.day_ends of its office day)."""
        return day_ends(self.tx(lambda conn: self._day_of(conn, batch_id), durable=False), self.policy)

    def expire(self, batch_id: int) -> None:
        """Cancel (`expired`) what is left of the batch once its office day is over: a worker that
        waited for a quota past the day's end need not wait for the quota."""
        def apply(conn: Connection) -> None:
            now = self.now()
            if expired(self._day_of(conn, batch_id), now, self.policy):
                self._expire_batch(conn, batch_id, now)

        self.tx(apply)

    def _next_wait(self, conn: Conn, batch_id: int) -> Waiting:
        row = conn.execute(sql.NEXT_WAIT, {"b_batch": batch_id}).first()
        return Waiting(None, None) if row is None else Waiting(as_utc(row.planned_at), row.reason)

    def _approved_at(self, conn: Conn, batch_id: int) -> datetime:
        """When the batch was approved (it never changes, so it is read once per run)."""
        if batch_id not in self._approved:
            at = conn.execute(select(BATCH.c.approved_at).where(BATCH.c.id == batch_id)).scalar()
            self._approved[batch_id] = as_utc(at) or self.now()
        return self._approved[batch_id]

    # -- outcomes --------------------------------------------------------------------------------
    def _move(self, conn: Conn, c: Claimed, new: str, **values: Any) -> bool:
        rules.check("sending", new)
        done = conn.execute(sql.move("sending", new, tuple(values)), sql.move_params(c.id, self.now(), values)).rowcount
        return done == 1

    def record_sent(self, c: Claimed, sent: Submitted, transport: str) -> None:
        self.fast_tx(lambda conn: self.apply_sent(conn, c, sent, transport), durable=False)

    def apply_sent(self, conn: Conn, c: Claimed, sent: Submitted, transport: str) -> None:
        """`sending` -> `sent` inside the caller's transaction: a dispatcher about to claim again
        at once records it in that claim's transaction (see services/dispatch.py)."""
        refs = ",".join(sent.references)
        where = sent.transport or transport
        now = self.now()
        if not self._move(conn, c, "sent", provider_ref=refs[:100], transport=where, sent_at=now, error=None):
            return
        self._event(conn, c.id, "sent", {"transport": where, "references": list(sent.references)})
        if sent.status == "delivered":
            conn.execute(sql.move("sent", "delivered", ("delivered_at",)),
                         sql.move_params(c.id, now, {"delivered_at": now}))
            self._event(conn, c.id, "delivered", "provider")
        audit.append(conn, self.actor, "message_sent", {"message": c.id, "to": c.to, "transport": where,
                                                        "references": refs}, at=now)

    def record_retry(self, c: Claimed, error: KnownError, delay_s: float) -> datetime:
        until = self.now() + timedelta(seconds=delay_s)

        def apply(conn: Connection) -> None:
            if self._move(conn, c, "queued", planned_at=until, reason=error.code[:40],
                          error=json.dumps({"code": error.code, "params": error.params}, ensure_ascii=False,
                                           default=str)):
                self._event(conn, c.id, "queued", {"error": error.code, "retry_at": until.isoformat()})

        self.tx(apply, durable=False)
        return until

    def record_failed(self, c: Claimed, error: KnownError) -> None:
        def apply(conn: Connection) -> None:
            if self._move(conn, c, "failed", reason=error.code[:40],
                          error=json.dumps({"code": error.code, "params": error.params}, ensure_ascii=False,
                                           default=str)):
                self._event(conn, c.id, "failed", {"error": error.code, "params": error.params})

        self.tx(apply, durable=False)

    def record_unknown(self, c: Claimed, error: BaseException) -> None:
        """May have gone: never retried automatically. Parts known out are kept as references."""
        code = error.code if isinstance(error, KnownError) else "send_crashed"
        params: dict[str, Any] = dict(error.params) if isinstance(error, KnownError) else {
            "detail": f"{type(error).__name__}: {error}"[:300]}
        refs = ",".join(error.references) if isinstance(error, AmbiguousSend) else None

        def apply(conn: Connection) -> None:
            if self._move(conn, c, "unknown", reason=code[:40], provider_ref=refs or None,
                          error=json.dumps({"code": code, "params": params}, ensure_ascii=False, default=str)):
                self._event(conn, c.id, "unknown", {"error": code, "params": params})
                audit.append(conn, self.actor, "message_unknown", {"message": c.id, "reason": code}, at=self.now())

        self.tx(apply, durable=False)

    def finish_batch(self, batch_id: int) -> bool:
        """The batch is `done` once nothing in it is waiting or being sent."""
        def apply(conn: Connection) -> bool:
            left = conn.execute(select(func.count()).select_from(MSG).where(
                MSG.c.batch_id == batch_id, MSG.c.status.in_(("draft", "queued", "sending")))).scalar_one()
            if left:
                return False
            conn.execute(update(BATCH).where(BATCH.c.id == batch_id, BATCH.c.status.in_(("approved", "sending")))
                         .values(status="done"))
            return True

        return self.tx(apply)
