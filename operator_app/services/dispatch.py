"""Sending an approved batch: one worker per transport (its own pacing and daily quota), all
claiming from the one outbox (messaging/outbox.py), so several modems share a batch and none
ever takes a message another took.

A worker sleeps its jittered gap BEFORE it claims, so a claim is followed at once by the send
and the window in which a crash leaves `unknown` behind is as short as the send itself. A
temporary error puts that message back with its own backoff while the others go on; three in a
row pause the worker itself (the modem, not the message, is in trouble). Permanent errors end
`failed`, ambiguous ones `unknown`. Between messages a worker stores the delivery reports its
modem heard and, now and then, the replies waiting on its SIM (services/inbox.py's handler:
stored and committed before the modem deletes them). Ctrl-C (progress.check_cancelled) stops
the workers between messages.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import func, select

from operator_app.domain.pacing import Pacing, backoff_s, next_office_midnight
from operator_app.errors import KnownError, UsageError
from operator_app.messaging import delivery
from operator_app.messaging.calendar import load_calendar
from operator_app.messaging.outbox import Claimed, Outbox, Waiting
from operator_app.messaging.outbox_sql import GONE
from operator_app.services import clock
from operator_app.services import settings as settings_service
from operator_app.services import transports as saved_transports
from operator_app.services.inbox import StoredReportTaker, heard_of, reply_handler, sources_of
from operator_app.services.progress import Cancelled, NoProgress, Progress
from operator_app.services.send_summary import SendSummary, cancelled_reasons, summarize
from operator_app.sms.transport import (
    AmbiguousSend,
    ProviderTemplate,
    Submitted,
    Transport,
    TransportSpec,
    parse_transport,
)
from operator_app.sms.transport import open_transport as default_opener
from operator_app.store.db import Database
from operator_app.store.models import batch_table, message_table
from operator_app.store.rawsql import Conn

log = logging.getLogger("operator_app.services.dispatch")
MSG, BATCH = message_table, batch_table
DEFAULT_GAP = {"modem": 3.0}  # seconds between two messages on one SIM; gateways and emulator: 0
WAIT_POLL_S = 30.0  # a waiting worker looks again at least this often (a resend, a new approval)
PAUSE_AFTER = 3  # temporary errors in a row that pause a worker (the transport is in trouble)
Opener = Callable[[TransportSpec], Transport]


class BatchNotSendable(KnownError):
    """The batch is not approved (a draft, cancelled or done)."""


def pacing_of(spec: TransportSpec) -> Pacing:
    gap = float(spec.options.get("gap", DEFAULT_GAP.get(spec.kind, 0.0)))
    return Pacing(gap_s=gap, daily=int(float(spec.options.get("daily", "0"))))


@dataclass
class Worker:
    """One transport's loop. `done` counts what this run finished (sent, failed, unknown)."""

    name: str
    transport: Transport
    pacing: Pacing
    outbox: Outbox
    batch_id: int
    wait: bool
    stop: threading.Event
    rng: random.Random
    inbox_every: float
    sent_today: int = 0
    done: int = 0
    sent: int = 0
    pause_until: datetime | None = None
    pause_reason: str = ""
    error: BaseException | None = None
    heard: deque[delivery.Heard] = field(default_factory=deque)
    _unrecorded: tuple[Claimed, Submitted] | None = None  # a send whose outcome the next claim records
    _streak: int = 0  # temporary errors in a row
    _pauses: int = 0  # pauses since the last success
    _last_inbox: float = -1e9
    _stored: StoredReportTaker = field(init=False)  # the reports the modem keeps (services/inbox.py)

    def __post_init__(self) -> None:
        self._stored = StoredReportTaker(self.transport, self.name)

    def run(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # handed to the caller's thread
            self.error = exc
        finally:
            self.settle()

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless stopped; False when stopped."""
        return not self.stop.wait(max(0.0, seconds))

    def _loop(self) -> None:
        last_send = -1e9
        while not self.stop.is_set():
            self._poll_inbox()
            left = self.pacing.quota_left(self.sent_today)
            if left == 0:
                local = clock.now().astimezone(self.outbox.policy.zone)
                self.pause_until = next_office_midnight(local).astimezone(UTC)
                self.pause_reason = "daily_quota"
                ends = self.outbox.day_ends(self.batch_id)
                if not self.wait or not self._sleep_until(min(self.pause_until, ends)):
                    return
                if ends < self.pause_until:  # the batch's day ended first: what is left expires
                    self.outbox.expire(self.batch_id)
                    return
                self.sent_today, self.pause_until = 0, None
                continue
            pause = last_send + self.pacing.next_gap(self.rng) - time.monotonic()
            if pause > 0:
                self.settle()  # nothing left unrecorded while this worker sleeps
                if not self._sleep(pause):
                    return
            elif self.stop.is_set():
                return
            settle = self._unsettled()
            try:
                got = self.outbox.claim(self.batch_id, self.name, also=settle)
            except BaseException:  # the claim failed: what it was to record is recorded now
                self._stored.forget()  # stored reports stay on the modem for the next run
                if settle is not None:
                    self.outbox.fast_tx(settle, durable=False)
                raise
            self._stored.release()
            if isinstance(got, Waiting):
                if not self.wait or got.until is None or not self._sleep_until(got.until):
                    return
                continue
            self._send(got)
            last_send = time.monotonic()
            if self._streak >= PAUSE_AFTER:
                self._pauses += 1
                self.pause_until = clock.now() + timedelta(seconds=backoff_s(self._pauses, self.rng))
                if not self.wait or not self._sleep_until(self.pause_until):
                    return
                self.pause_until = None
                self._streak = 0

    def _sleep_until(self, until: datetime) -> bool:
        """Wait until the services' clock reaches `until`, looking at it at least every
        WAIT_POLL_S; False when stopped meanwhile."""
        while (left := (until - clock.now()).total_seconds()) > 0:
            self.drain()  # reports heard while waiting are stored, not held until the next claim
            if not self._sleep(min(left, WAIT_POLL_S)):
                return False
        return not self.stop.is_set()

    def _send(self, c: Claimed) -> None:
        """Send one claimed message. A successful send's outcome is recorded in the next claim's
        transaction when that claim follows at once (no pacing gap), else right away."""
        template = _provider_template(c.provider_params, self.name)
        try:
            sent = self.transport.send(c.to, c.body, key=c.key, status_report=True, template=template)
        except AmbiguousSend as exc:
            self.outbox.record_unknown(c, exc)
            self._streak = 0
        except KnownError as exc:
            if exc.temporary:
                self._streak += 1
                self.pause_reason = exc.code
                delay = backoff_s(c.attempts, self.rng, retry_after=_number(exc.params.get("retry_after")))
                self.outbox.record_retry(c, exc, delay)
                return  # not finished: it comes back
            self._streak = 0
            self.outbox.record_failed(c, exc)
        except BaseException as exc:  # not provably unsent: unknown, then stop this worker
            self.outbox.record_unknown(c, exc)
            self.done += 1
            raise
        else:
            self._streak = self._pauses = 0
            self._unrecorded = (c, sent)
            if self.pacing.gap_s > 0:
                self.settle()
            self.sent += 1
            self.sent_today += 1
        self.done += 1

    def _unsettled(self) -> Callable[[Conn], None] | None:
        """What the next claim records first: the last send's outcome, then the reports heard
        (a report may be about that very message)."""
        sent, self._unrecorded = self._unrecorded, None
        heard = self._take_heard()
        if sent is None and not heard:
            return None
        return partial(_settle, outbox=self.outbox, sent=sent, name=self.name, heard=heard, at=clock.now())

    def settle(self) -> None:
        """Record now what is waiting for the next claim."""
        work = self._unsettled()
        if work is not None:
            try:  # durable when it holds stored reports: the modem deletes them next
                self.outbox.fast_tx(work, durable=self._stored.holding)
            except BaseException:
                self._stored.forget()
                raise
            self._stored.release()

    def _take_heard(self) -> list[delivery.Heard]:
        """The delivery reports the modem's reader thread queued since the last call."""
        taken: list[delivery.Heard] = []
        while self.heard:
            taken.append(self.heard.popleft())
        return taken + self._stored.take()

    def drain(self) -> None:
        """Store the delivery reports heard since the last call (and the last outcome, which
        they may be about). Between messages they go with the next claim instead."""
        self._stored.sweep = True
        self.settle()

    def _poll_inbox(self) -> None:
        if self.inbox_every < 0 or time.monotonic() - self._last_inbox < self.inbox_every:
            return
        self._stored.sweep = True  # and every report the modem holds
        self.settle()
        self._last_inbox = time.monotonic()
        handler = reply_handler(self.outbox, self.name)
        for receive in sources_of(self.transport):
            try:
                receive(handler)
            except KnownError as exc:  # the SIM cannot be read now; the messages stay on it
                log.warning("replies on %s not read: %s", self.name, exc.code)


def _settle(conn: Conn, *, outbox: Outbox, sent: tuple[Claimed, Submitted] | None, name: str,
            heard: list[delivery.Heard], at: datetime) -> None:
    if sent is not None:
        outbox.apply_sent(conn, sent[0], sent[1], name)
    _record_reports(conn, heard=heard, at=at)


def _record_reports(conn: Conn, *, heard: list[delivery.Heard], at: datetime) -> None:
    for one in heard:
        delivery.record(conn, one, at)


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _provider_template(frozen: str | None, name: str) -> ProviderTemplate | None:
    """The provider template frozen with the text, for the provider this transport is."""
    if not frozen:
        return None
    import json

    data = json.loads(frozen)
    kind = name.split(":", 1)[0]
    spec = data.get(kind)
    return ProviderTemplate(spec["code"], spec.get("params", {})) if spec else None


def report_sources(transport: Transport, name: str) -> list[tuple[Any, str]]:
    """The objects that hear delivery reports for this transport (its modem, a pool's modems),
    each with the transport name its sends are recorded under."""
    modems = list(getattr(transport, "modems", ()))
    if modems:
        return [(m, m.name) for m in modems]
    inner = getattr(transport, "modem", None)
    return [(inner if inner is not None else transport, getattr(transport, "name", name))]


def hook_reports(transport: Transport, name: str, sink: deque[delivery.Heard]) -> None:
    """Have the transport's modem(s) queue the delivery reports they hear. A transport that hears
    none itself (a gateway reports through its webhook) is left alone."""
    for modem, shown in report_sources(transport, name):
        if not hasattr(modem, "on_report"):
            continue

        def on_report(report: Any, where: str = shown) -> None:
            sink.append(heard_of(report, where, kept=False))

        modem.on_report = on_report


def _check_batch(db: Database, batch_id: int) -> None:
    with db.engine.connect() as conn:
        status = conn.execute(select(BATCH.c.status).where(BATCH.c.id == batch_id)).scalar()
    if status is None:
        raise UsageError("batch_unknown", id=batch_id)
    if status not in ("approved", "sending", "done"):
        raise BatchNotSendable("batch_not_approved", id=batch_id, status=status)


def sent_today(db: Database, names: list[str], policy: Any, now: datetime) -> int:
    local = now.astimezone(policy.zone)
    midnight = datetime(local.year, local.month, local.day, tzinfo=local.tzinfo).astimezone(UTC)
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(MSG).where(
            MSG.c.transport.in_(names), MSG.c.status.in_(GONE), MSG.c.sent_at >= midnight)).scalar_one())


def send_batch(db: Database, batch_id: int, specs: list[str], *, wait: bool = False,
               progress: Progress | None = None, opener: Opener = default_opener, inbox_every: float = 30.0,
               report_grace: float = 1.0, seed: int | None = None) -> SendSummary:
    """Send what of the batch may go now (or, with `wait`, until the batch is done)."""
    progress = progress or NoProgress()
    if not specs:
        raise UsageError("send_no_transport")
    specs = saved_transports.resolve(db, specs)  # `profile:NAME`: a transport saved in Settings
    parsed = [parse_transport(s) for s in specs]  # bad specs are bad input before anything opens
    _check_batch(db, batch_id)
    settings = settings_service.current(db)
    outbox = Outbox(db, settings.policy, load_calendar(), now=clock.now)
    recovered = outbox.start()
    stop = threading.Event()
    rng = random.Random(seed)
    workers: list[Worker] = []
    try:
        for spec in parsed:
            transport = opener(spec)
            name = str(spec)
            worker = Worker(name, transport, pacing_of(spec), outbox, batch_id, wait, stop,
                            random.Random(rng.random()), inbox_every)
            hook_reports(transport, name, worker.heard)
            workers.append(worker)
        for w in workers:
            names = [w.name, getattr(w.transport, "name", w.name)]
            w.sent_today = sent_today(db, names, settings.policy, clock.now())
        with db.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(MSG).where(
                MSG.c.batch_id == batch_id, MSG.c.status == "queued")).scalar_one())
        stopped = _run(workers, stop, progress, total)
        if report_grace > 0 and any(w.sent for w in workers):
            time.sleep(report_grace)  # the last message's report is usually a moment behind it
        for w in workers:
            w.drain()
        outbox.finish_batch(batch_id)
    finally:
        stop.set()
        for w in workers:
            try:
                w.transport.close()
            except Exception:  # closing a modem that vanished must not hide the run's outcome
                log.warning("closing %s failed", w.name, exc_info=True)
        outbox.stop()
    for w in workers:
        if w.error is not None and not isinstance(w.error, Cancelled):
            raise w.error
    paused = [(w.name, w.pause_until, w.pause_reason) for w in workers if w.pause_until is not None]
    held = min(u for _, u, _ in paused) if paused and len(paused) == len(workers) else None
    status, counts, waits = summarize(db, batch_id, clock.now(), settings.policy, held)
    return SendSummary(batch_id, status, counts, sum(w.sent for w in workers), waits, recovered, outbox.db_waits,
                       stopped, paused, cancelled_reasons(db, batch_id))


def _run(workers: list[Worker], stop: threading.Event, progress: Progress, total: int) -> bool:
    """Start the workers and report until they end; True when the operator stopped them."""
    threads = [threading.Thread(target=w.run, name=f"dispatch-{i}", daemon=True) for i, w in enumerate(workers)]
    for t in threads:
        t.start()
    started = time.monotonic()
    stopped = False
    try:
        while any(t.is_alive() for t in threads):
            done = sum(w.done for w in workers)
            elapsed = time.monotonic() - started
            eta = (elapsed / done) * (total - done) if done else 0.0
            progress.report(min(done, total), total, f"eta={eta:.0f}")
            try:
                progress.check_cancelled()
            except Cancelled:
                stopped = True
                stop.set()
            for t in threads:
                t.join(timeout=0.2 / len(threads))
    except KeyboardInterrupt:  # Ctrl-C in the CLI: let each worker finish the message in hand
        stopped = True
        stop.set()
        for t in threads:
            t.join()
    done = sum(w.done for w in workers)
    progress.report(min(done, total), total, "done")
    return stopped
