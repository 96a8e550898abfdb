"""The outbox on the database: claim a message, record what the transport said, recover after a
crash. The moves themselves are domain/outbox.py's; the contact policy is domain/policy.py's,
asked again at the moment of sending.

Exactly once rests on three things:
- a claim (`queued` -> `sending`) is committed BEFORE the transport is called, and SQLite runs
  with synchronous=FULL, so neither a killed process nor a power cut can forget a claim;
- a row found in `sending` whose dispatcher is gone was cut mid-send: it becomes `unknown` and
  only an operator sends it again (`message resend`); a run is gone when the OS let go of its
  lock (messaging/outbox_runs.py), looked for at start, while sending and at the end;
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, insert, select, text, update

from operator_app import clock
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
from operator_app.messaging import audit, transitions
from operator_app.messaging import outbox_parts as parts
from operator_app.messaging import outbox_runs as runs
from operator_app.messaging import outbox_sql as sql
from operator_app.messaging.moments import as_utc
from operator_app.messaging.outbox_recheck import recheck
from operator_app.messaging.outbox_tx import Transactions
from operator_app.sms.transport import AmbiguousSend, PartsSent, Submitted, TransportFault
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
from operator_app.store.run_lock import RunLock

log = logging.getLogger("operator_app.messaging.outbox")
MSG, EVENT, BATCH, BORROWER, PAY, RUN = (message_table, message_event_table, batch_table, borrower_table,
                                         payment_table, dispatch_run_table)
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
    # Sent part by part (a multipart text on a PartSender): its concatenation reference, the
    # parts out already (part -> reference) and the transport they went through; else None.
    concat_ref: int | None = None
    accepted: Mapping[int, str] = field(default_factory=dict)
    via: str | None = None

    @property
    def todo(self) -> list[int]:
        """The parts still to go, in order."""
        return [n for n in range(1, self.segments + 1) if n not in self.accepted]


@dataclass(frozen=True)
class Waiting:
    """Nothing can be claimed now: `until` is when the next message may go (None: nothing left)."""

    until: datetime | None
    reason: str | None


class Outbox:
    """One dispatcher's handle on the outbox. Thread-safe: writes go through one lock, so a
    process with several transport workers is still a single writer."""

    def __init__(self, db: Database, policy: ContactPolicy, calendar: Calendar, *,
                 now: Callable[[], datetime] | None = None,
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.db = db
        self.policy = policy
        self.calendar = calendar
        self.now = now or clock.now
        self.on_wait = on_wait or (lambda _reason: None)
        self.run_id = 0
        self._writer = Transactions(db, lambda reason: self.on_wait(reason))
        self._holder: Connection | None = None
        self._lock: RunLock | None = None
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

    def resting(self) -> None:
        """A worker is about to wait: the audit head it committed last is confirmed now rather
        than by its next transaction (messaging/outbox_tx.py)."""
        self._writer.confirm()

    @property
    def db_waits(self) -> int:
        return self._writer.waits

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> int:
        """Register this dispatcher and turn the `sending` rows of dead ones into `unknown`;
        returns how many were recovered."""
        now = self.now()

        def register(conn: Connection) -> int:
            return int(conn.execute(insert(RUN).values(host=socket.gethostname(), pid=os.getpid(), started_at=now,
                                                       heartbeat_at=now).returning(RUN.c.id)).scalar_one())

        self.run_id = self.tx(register)
        # Held for the run's life and let go by the OS when the process dies, however it dies.
        if self.db.engine.dialect.name == "postgresql":
            self._holder = self.db.engine.connect()
            self._holder.execute(text("SELECT pg_advisory_lock(:ns, :id)"),
                                 {"ns": runs.ADVISORY_NS, "id": self.run_id})
            self._holder.commit()
        elif (file := runs.sqlite_file(self.db.engine)) is not None:
            self._lock = RunLock(file, self.run_id)
            self._lock.acquire()
        return self.recover()

    def stop(self) -> None:
        if self.run_id:
            self.tx(lambda conn: conn.execute(update(RUN).where(RUN.c.id == self.run_id)
                                              .values(finished_at=self.now())))
        if self._holder is not None:
            self._holder.close()
            self._holder = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._writer.close()

    def recover(self, *, own: bool = False) -> int:
        """Turn the `sending` rows of dead runs into `unknown` (messaging/outbox_runs.py); a run
        looks again while it sends and before it ends, so a run that died while this one started
        is found too. `own`: this run's as well, once none of its workers is left."""
        return self.tx(lambda conn: runs.recover(conn, self, own=own))

    # -- claiming ------------------------------------------------------------------------------
    def claim(self, batch_id: int, transport: str, *, also: Callable[[Conn], object] | None = None,
              parts_via: str | None = None) -> Claimed | Waiting:
        """Take the next message that may go now. `also` runs first in the same transaction: the
        dispatcher records there the outcome of the message it sent just before and the reports
        it heard (one commit per message, not three, and never two messages in `sending`).
        `parts_via`: the name of a transport that sends part by part (see outbox_parts.py); a
        multipart message is then claimed with its reference and its first part `sending`."""
        return self.fast_tx(lambda conn: self._claim(conn, batch_id, transport, also, parts_via))

    def _claim(self, conn: Conn, batch_id: int, transport: str, also: Callable[[Conn], object] | None = None,
               parts_via: str | None = None) -> Claimed | Waiting:
        now = self.now()
        if time.monotonic() - self._beat_at >= BEAT_EVERY_S:
            conn.execute(sql.HEARTBEAT, {"b_run": self.run_id, "b_now": now})
            self._beat_at = time.monotonic()
        if also is not None:
            also(conn)
        day = self._day_of(conn, batch_id)
        if expired(day, now, self.policy):  # its day's window is over: nothing of it may go
            self._expire_batch(conn, batch_id, now)
            return self._next_wait(conn, batch_id, parts_via or transport)
        clock_reasons = time_reasons(now, self.policy, self.calendar)
        if clock_reasons:
            left = self._next_wait(conn, batch_id, parts_via or transport)
            if left.until is None:  # nothing left to wait for
                return left
            until = next_window(now, self.policy, self.calendar)
            if expired(day, until, self.policy):  # the next window is another day's
                self._expire_batch(conn, batch_id, now)
                return self._next_wait(conn, batch_id, parts_via or transport)
            conn.execute(update(MSG).where(MSG.c.batch_id == batch_id, MSG.c.status == "queued",
                                           MSG.c.planned_at < until)
                         .values(planned_at=until, reason=clock_reasons[0], updated_at=now))
            return Waiting(max(until, left.until), clock_reasons[0] if left.until <= until else left.reason)
        params = {"b_batch": batch_id, "b_now": now, "b_approved": self._approved_at(conn, batch_id),
                  "b_via": parts_via or transport}
        candidate = sql.CANDIDATE_PG if conn.dialect.name == "postgresql" else sql.CANDIDATE
        while True:
            row = conn.execute(candidate, params).first()
            if row is None:
                return self._next_wait(conn, batch_id, parts_via or transport)
            outcome = recheck(conn, row, now, day, self.policy, self.calendar)
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
                transitions.postpone(conn, row.id, at=now, actor=self.actor, until=until, reason=reason,
                                     detail={"waits": reason, "until": until.isoformat()})
        if not transitions.take(conn, row.id, transport=transport, at=now, actor=self.actor):
            # cannot happen under the locks above; never send what another took
            raise KnownError("outbox_claim_lost", message=row.id)
        if batch_id not in self._started:  # approved -> sending, once
            transitions.start_batch(conn, batch_id)
            self._started.add(batch_id)
        claimed = Claimed(row.id, batch_id, row.to, row.body, self._provider_key(conn, row), row.segments,
                          row.attempts + 1, row.provider_params)
        if parts_via is None or row.segments < 2:
            return claimed
        accepted = {n: ref or "?" for n, status, ref, _via in (parts.parts_of(conn, row.id) if row.attempts else ())
                    if status == "sent"}
        ref = parts.reference_for(conn, row.id, row.concat_ref, row.attempts)
        claimed = replace(claimed, concat_ref=ref, accepted=accepted, via=parts_via)
        parts.put(conn, row.id, claimed.todo[0], "sending", now, transport=parts_via)  # before its PDU goes
        return claimed

    def _provider_key(self, conn: Conn, row: Any) -> str:
        """The key the transport hands its provider (a gateway refuses a second message with one
        it has seen). A message in doubt that an operator sends again keeps its key, so a gateway
        that did take the first try refuses the second; one that FAILED (the provider said no, or
        its report did) is new to the provider each time it is sent again."""
        if not row.attempts:
            return str(row.idempotency_key)
        failures = int(conn.execute(sql.FAILURES, {"b_id": row.id}).scalar_one())
        return f"{row.idempotency_key}/r{failures}" if failures else str(row.idempotency_key)

    def _cancel(self, conn: Conn, message_id: int, now: datetime, reason: str, detail: object = None, *,
                audited: bool = True) -> None:
        moved = transitions.move(conn, message_id, "queued", "cancelled", at=now, actor=self.actor,
                                 detail=reason if detail is None else detail, values={"reason": reason})
        if moved and audited:
            audit.append(conn, self.actor, "message_cancelled", {"message": message_id, "reason": reason}, at=now)

    def _expire_batch(self, conn: Conn, batch_id: int, now: datetime) -> None:
        """Every queued message of a batch whose office day is over: `cancelled`, `expired` (the
        next day's batch plans those loans again, with that day's text); one audit entry for all."""
        ids = [message_id for (message_id,) in conn.execute(sql.QUEUED_OF_BATCH, {"b_batch": batch_id})]
        for message_id in ids:
            self._cancel(conn, message_id, now, EXPIRED, audited=False)
        if ids:
            audit.append(conn, self.actor, "messages_cancelled", {"batch": batch_id, "reason": EXPIRED,
                                                                  "messages": ids}, at=now)

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

    def _next_wait(self, conn: Conn, batch_id: int, via: str) -> Waiting:
        row = conn.execute(sql.NEXT_WAIT, {"b_batch": batch_id, "b_via": via}).first()
        return Waiting(None, None) if row is None else Waiting(as_utc(row.planned_at), row.reason)

    def _approved_at(self, conn: Conn, batch_id: int) -> datetime:
        """When the batch was approved (it never changes, so it is read once per run)."""
        if batch_id not in self._approved:
            at = conn.execute(select(BATCH.c.approved_at).where(BATCH.c.id == batch_id)).scalar()
            self._approved[batch_id] = as_utc(at) or self.now()
        return self._approved[batch_id]

    # -- outcomes --------------------------------------------------------------------------------
    def _move(self, conn: Conn, c: Claimed, new: str, detail: object, at: datetime | None = None,
              **values: Any) -> bool:
        """`sending` -> `new` for the message this dispatcher holds, with its event (at `at`, else now)."""
        return transitions.move(conn, c.id, "sending", new, at=at or self.now(), actor=self.actor, detail=detail,
                                values=values)

    def record_sent(self, c: Claimed, sent: Submitted, transport: str, out: PartsSent | None = None) -> None:
        self.fast_tx(lambda conn: self.apply_sent(conn, c, sent, transport, out), durable=False)

    def apply_sent(self, conn: Conn, c: Claimed, sent: Submitted, transport: str, out: PartsSent | None = None) -> None:
        """`sending` -> `sent` inside the caller's transaction: a dispatcher about to claim again
        at once records it in that claim's transaction (see services/sending/dispatch.py). `out`: the
        last parts of a message sent part by part (`sent` carries the references of all)."""
        refs = ",".join(sent.references)
        where = sent.transport or transport
        now = self.now()
        if out is not None:
            parts.put_accepted(conn, c.id, out.accepted, c.via or where, now)
        if not self._move(conn, c, "sent", {"transport": where, "references": list(sent.references)}, now,
                          provider_ref=refs[:100], transport=where, sent_at=now, error=None):
            return
        if sent.status == "delivered":
            transitions.move(conn, c.id, "sent", "delivered", at=now, actor=self.actor, detail="provider",
                             values={"delivered_at": now})
        audit.append(conn, self.actor, "message_sent", {"message": c.id, "transport": where, "references": refs},
                     at=now)

    def part_going(self, c: Claimed, part: int, accepted: Mapping[int, str], via: str) -> None:
        """Before part `part` of a message sent part by part is written: the parts this send
        got out so far are `sent`, this one `sending`. Not fsynced: the message row itself is
        `sending` (committed with the claim), so a crash reads `unknown` whatever this lost."""
        def apply(conn: RawConn) -> None:
            now = self.now()
            parts.put_accepted(conn, c.id, accepted, via, now)
            parts.put(conn, c.id, part, "sending", now, transport=via)

        self.fast_tx(apply, durable=False)

    def record_parts(self, c: Claimed, out: PartsSent, delay_s: float) -> datetime | None:
        """A send part by part that stopped before the end (out.error). The parts it got out are
        `sent` and never go again. A part refused with a definite answer had no effect: it is
        `refused`, and the message waits `delay_s` (a temporary refusal) to send the parts still
        missing with the same reference, or `failed` (a permanent one). A part in doubt stays
        `sending` and the message becomes `unknown`. Returns when it is tried again, if it is."""
        error, stopped = out.error, out.stopped_at
        assert error is not None and stopped is not None
        # An office fault (no network, the SIM's PIN, the modem gone) is not the message's: the part
        # it stopped had no effect, so the message waits for the parts still missing, never `failed`.
        waits = (error.temporary or isinstance(error, TransportFault)) and not out.ambiguous
        until = self.now() + timedelta(seconds=delay_s) if waits else None

        def apply(conn: RawConn) -> None:
            now = self.now()
            via = c.via or out.transport
            parts.put_accepted(conn, c.id, out.accepted, via, now)
            out_now = {**c.accepted, **out.accepted}
            values: dict[str, Any] = {"reason": error.code[:40], "error": json.dumps(
                {"code": error.code, "params": error.params}, ensure_ascii=False, default=str)}
            if out_now:  # reports of the parts out match by transport and references (delivery.py)
                values |= {"provider_ref": parts.positional_refs(c.segments, out_now)[:100],
                           "transport": out.transport or via}
                if not c.accepted:
                    values["sent_at"] = now
            detail = {"error": error.code, "part": stopped, "parts_out": sorted(out_now)}
            if out.ambiguous:
                if self._move(conn, c, "unknown", detail | {"params": error.params}, **values):
                    audit.append(conn, self.actor, "message_unknown", {"message": c.id, "reason": error.code}, at=now)
                return
            parts.put(conn, c.id, stopped, "refused", now, transport=via, error=error.code[:40])
            if until is not None:
                self._move(conn, c, "queued", detail | {"retry_at": until.isoformat()}, planned_at=until, **values)
            elif self._move(conn, c, "failed", detail | {"params": error.params}, **values):
                audit.append(conn, self.actor, "message_failed", {"message": c.id, "reason": error.code}, at=now)

        self.fast_tx(apply, durable=False)
        return until

    def record_retry(self, c: Claimed, error: KnownError, delay_s: float) -> datetime:
        until = self.now() + timedelta(seconds=delay_s)

        def apply(conn: Connection) -> None:
            self._move(conn, c, "queued", {"error": error.code, "retry_at": until.isoformat()}, planned_at=until,
                       reason=error.code[:40],
                       error=json.dumps({"code": error.code, "params": error.params}, ensure_ascii=False, default=str))

        self.tx(apply, durable=False)
        return until

    def record_unclaimed(self, c: Claimed, error: KnownError) -> None:
        """The transport could not send at all (a TransportFault) and provably did not: the claim is
        undone (`queued` again, its attempt not counted, due as before) and the event says why."""
        def apply(conn: Connection) -> None:
            self._move(conn, c, "queued", {"fault": error.code}, attempts=c.attempts - 1, transport=None)

        self.tx(apply, durable=False)

    def record_failed(self, c: Claimed, error: KnownError) -> None:
        def apply(conn: Connection) -> None:
            if self._move(conn, c, "failed", {"error": error.code, "params": error.params}, reason=error.code[:40],
                          error=json.dumps({"code": error.code, "params": error.params}, ensure_ascii=False,
                                           default=str)):
                audit.append(conn, self.actor, "message_failed", {"message": c.id, "reason": error.code})

        self.tx(apply, durable=False)

    def record_unknown(self, c: Claimed, error: BaseException) -> None:
        """May have gone: never retried automatically. Parts known out are kept as references."""
        code = error.code if isinstance(error, KnownError) else "send_crashed"
        params: dict[str, Any] = dict(error.params) if isinstance(error, KnownError) else {
            "detail": f"{type(error).__name__}: {error}"[:300]}
        refs = ",".join(error.references) if isinstance(error, AmbiguousSend) else None

        def apply(conn: Connection) -> None:
            if self._move(conn, c, "unknown", {"error": code, "params": params}, reason=code[:40],
                          provider_ref=refs or None,
                          error=json.dumps({"code": code, "params": params}, ensure_ascii=False, default=str)):
                audit.append(conn, self.actor, "message_unknown", {"message": c.id, "reason": code}, at=self.now())

        self.tx(apply, durable=False)

    def finish_batch(self, batch_id: int) -> bool:
        """The batch is `done` once nothing in it is waiting or being sent."""
        return self.tx(lambda conn: transitions.finish_batch(conn, batch_id))
