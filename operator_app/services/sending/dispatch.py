"""Sending an approved batch: one worker per transport (its own pacing and daily quota), all
claiming from the one outbox (messaging/outbox.py), so several modems share a batch and none
ever takes a message another took.

A worker sleeps its jittered gap BEFORE it claims, so a claim is followed at once by the send
and the window in which a crash leaves `unknown` behind is as short as the send itself. A
temporary error puts that message back with its own backoff while the others go on; three in a
row pause the worker itself (the modem, not the message, is in trouble). Permanent errors end
`failed`, ambiguous ones `unknown`. A modem sends a multipart text part by part
(messaging/outbox_parts.py): a part it refuses waits with the message, and only the parts still
missing go later, with the same concatenation reference. Between messages a worker stores the delivery reports its
modem heard and, now and then, the replies waiting on its SIM (services/reports/inbox.py's handler:
stored and committed before the modem deletes them). Ctrl-C (progress.check_cancelled) stops
the workers between messages.

An office fault (sms/transport.TransportFault: a wrong password, a gateway unreachable, a SIM
wanting its PIN, no network, a modem unplugged) is not the message's: the message goes back to
`queued` (or `unknown`, when it may have gone as the fault struck), that transport's worker stops,
and the summary names the fault once for a person to fix; no message is failed for it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import func, select

from operator_app.domain import batch as batch_rules
from operator_app.domain.pacing import Pacing, backoff_s, next_office_midnight
from operator_app.errors import KnownError, UsageError
from operator_app.messaging import audit, delivery
from operator_app.messaging.calendar import load_calendar
from operator_app.messaging.outbox import Claimed, Outbox, Waiting
from operator_app.services import clock
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office import identity
from operator_app.services.office import settings as settings_service
from operator_app.services.planning.batches import check_office_texts
from operator_app.services.progress import Cancelled, NoProgress, Progress
from operator_app.services.sending import transports as saved_transports
from operator_app.services.sending.listening import StoredReportTaker, hook_reports, reply_handler, sources_of
from operator_app.services.sending.send_summary import (
    Fault,
    SendSummary,
    Waits,
    cancelled_reasons,
    sent_today,
    summarize,
)
from operator_app.sms.connect import open_transport as default_opener
from operator_app.sms.connect import parse_transport
from operator_app.sms.transport import (
    AmbiguousSend,
    PartSender,
    PartsSent,
    ProviderTemplate,
    Submitted,
    Transport,
    TransportFault,
    TransportSpec,
)
from operator_app.store.db import Database
from operator_app.store.models import batch_table, message_table
from operator_app.store.rawsql import Conn

log = logging.getLogger("operator_app.services.sending.dispatch")
MSG, BATCH = message_table, batch_table
DEFAULT_GAP = {"modem": 3.0}  # seconds between two messages on one SIM; gateways and emulator: 0
WAIT_POLL_S = 30.0  # a waiting worker looks again at least this often (a resend, a new approval)
PAUSE_AFTER = 3  # temporary errors in a row that pause a worker (the transport is in trouble)
RECOVER_EVERY_S = 10.0  # how often a run looks for messages cut mid-send by a run that died meanwhile
__all__ = ["BatchNotSendable", "Fault", "SendSummary", "Waits", "send_batch", "summarize"]
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
    pause_params: dict[str, Any] = field(default_factory=dict)
    fault: TransportFault | None = None  # an office fault stopped this worker
    error: BaseException | None = None
    heard: deque[delivery.Heard] = field(default_factory=deque)
    # a send whose outcome the next claim records (with the last parts, when sent part by part)
    _unrecorded: tuple[Claimed, Submitted, PartsSent | None] | None = None
    _streak: int = 0  # temporary errors in a row
    _pauses: int = 0  # pauses since the last success
    _last_inbox: float = -1e9
    _stored: StoredReportTaker = field(init=False)  # the reports the modem keeps (services/reports/inbox.py)
    # set when run() is over: waited on instead of Thread.join, which a Ctrl-C landing in it can
    # leave believing the thread is done while it still records its last message (CPython 3.11)
    finished: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._stored = StoredReportTaker(self.transport, self.name)
        # A modem sends a multipart text part by part (outbox_parts.py); a gateway sends it whole.
        self._parts_via = getattr(self.transport, "name", self.name) if isinstance(self.transport, PartSender) else None

    def run(self) -> None:
        try:
            self._loop()
        except TransportFault as exc:  # e.g. the modem vanished while its reports were read
            self.fault = exc
        except BaseException as exc:  # handed to the caller's thread
            self.error = exc
        finally:
            try:
                self.settle()
            finally:
                self.finished.set()

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless stopped; False when stopped."""
        self.outbox.resting()
        return not self.stop.wait(max(0.0, seconds))

    def _loop(self) -> None:
        last_send = -1e9
        while not self.stop.is_set():
            self._poll_inbox()
            left = self.pacing.quota_left(self.sent_today)
            if left == 0:
                local = clock.now().astimezone(self.outbox.policy.zone)
                self.pause_until = next_office_midnight(local).astimezone(UTC)
                self.pause_reason, self.pause_params = "daily_quota", {}
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
                got = self.outbox.claim(self.batch_id, self.name, also=settle, parts_via=self._parts_via)
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
            if self.fault is not None:  # a person must act: this transport sends no more in this run
                return
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
        out: PartsSent | None = None
        try:
            if c.concat_ref is not None and isinstance(self.transport, PartSender):
                out = self._send_parts(self.transport, c)
                sent = _whole(c, out) if out.error is None else None
            else:
                sent = self.transport.send(c.to, c.body, key=c.key, status_report=True, template=template)
        except TransportFault as exc:  # the office's to fix, not this message's: it waits
            self.fault = exc
            if not isinstance(exc, AmbiguousSend):
                self.outbox.record_unclaimed(c, exc)
                return
            self.outbox.record_unknown(c, exc)  # it may have gone as the fault struck
        except AmbiguousSend as exc:
            self.outbox.record_unknown(c, exc)
            self._streak = 0
            cause = getattr(exc, "cause", None)  # part of a long message went, then the modem failed
            if isinstance(cause, TransportFault):
                self.fault = cause
        except KnownError as exc:
            if exc.temporary:
                self._streak += 1
                self.pause_reason, self.pause_params = exc.code, dict(exc.params)
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
            if sent is None:  # a part refused or in doubt: the parts out stay out
                assert out is not None and out.error is not None
                if isinstance(out.error, TransportFault):
                    self.fault = out.error  # the office's to fix: this worker stops, the message waits
                temporary = out.error.temporary and not out.ambiguous
                self._streak = self._streak + 1 if temporary else 0
                if temporary:
                    self.pause_reason = out.error.code
                delay = backoff_s(c.attempts, self.rng, retry_after=_number(out.error.params.get("retry_after")))
                if self.outbox.record_parts(c, out, delay) is not None:
                    return  # not finished: the parts still missing go later
                self.done += 1
                return
            self._streak = self._pauses = 0
            self._unrecorded = (c, sent, out)
            if self.pacing.gap_s > 0:
                self.settle()
            self.sent += 1
            self.sent_today += 1
        self.done += 1

    def _send_parts(self, transport: PartSender, c: Claimed) -> PartsSent:
        """The parts of `c` still missing, with its stored reference. The claim marked the first
        `sending`; each later one is marked (and the parts before it recorded) before it goes."""
        todo = c.todo
        assert c.concat_ref is not None and c.via is not None and todo

        def before(part: int, accepted: Mapping[int, str]) -> None:
            if part != todo[0]:
                self.outbox.part_going(c, part, accepted, c.via or self.name)

        return transport.send_parts(c.to, c.body, reference=c.concat_ref, parts=todo, status_report=True,
                                    before_part=before)

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


def _whole(c: Claimed, out: PartsSent) -> Submitted:
    """Every part of a message sent part by part is out: the references of all, in part order."""
    refs = {**c.accepted, **out.accepted}
    return Submitted(c.to, out.encoding, out.parts, tuple(refs[n] for n in sorted(refs)), transport=out.transport)


def _settle(conn: Conn, *, outbox: Outbox, sent: tuple[Claimed, Submitted, PartsSent | None] | None, name: str,
            heard: list[delivery.Heard], at: datetime) -> None:
    if sent is not None:
        outbox.apply_sent(conn, sent[0], sent[1], name, sent[2])
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


def _check_batch(db: Database, batch_id: int) -> None:
    with db.engine.connect() as conn:
        status = conn.execute(select(BATCH.c.status).where(BATCH.c.id == batch_id)).scalar()
    if status is None:
        raise UsageError("batch_unknown", id=batch_id)
    if not batch_rules.sendable(status):
        raise BatchNotSendable("batch_not_approved", id=batch_id, status=status)


@writes(OpChanges(batches=True, messages=True), as_it_goes=True)
def send_batch(db: Database, batch_id: int, specs: list[str], *, wait: bool = False,
               progress: Progress | None = None, opener: Opener = default_opener, inbox_every: float = 30.0,
               report_grace: float = 1.0, seed: int | None = None, by: str | None = None) -> SendSummary:
    """Send what of the batch may go now (or, with `wait`, until the batch is done). A transport
    stopped by an office fault (it would not open, or failed as it sent) is in `faults`, its
    messages still queued; Ctrl-C at any moment gives a summary with `stopped`. `by`: who sends;
    once the office has accounts, a signed-in approver or admin (audited), else nobody."""
    progress = progress or NoProgress()
    if not specs:
        raise UsageError("send_no_transport")
    sender = identity.actor(by, db, "send") if isinstance(by, identity.Signed) or identity.has_accounts(db) else None
    specs = saved_transports.resolve(db, specs)  # `profile:NAME`: a transport saved in Settings
    parsed = [parse_transport(s) for s in specs]  # bad specs are bad input before anything opens
    _check_batch(db, batch_id)
    check_office_texts(db, batch_id)  # the signature and phone every text carries
    if sender is not None:
        with db.engine.begin() as conn:
            audit.append(conn, sender, "batch_send", {"batch": batch_id, "transports": [str(s) for s in parsed]})
    settings = settings_service.current(db)
    outbox = Outbox(db, settings.policy, load_calendar(), now=clock.now)
    recovered = outbox.start()
    stop = threading.Event()
    rng = random.Random(seed)
    workers: list[Worker] = []
    faults: list[Fault] = []
    stopped = False
    try:
        try:
            for spec in parsed:
                try:
                    transport = opener(spec)
                except TransportFault as exc:  # PIN, no port, gateway down: the others may still send
                    faults.append(Fault(str(spec), exc))
                    continue
                name = str(spec)
                worker = Worker(name, transport, pacing_of(spec), outbox, batch_id, wait, stop,
                                random.Random(rng.random()), inbox_every)
                hook_reports(transport, worker.heard)
                workers.append(worker)
            for w in workers:
                names = [w.name, getattr(w.transport, "name", w.name)]
                w.sent_today = sent_today(db, names, settings.policy, clock.now())
            with db.engine.connect() as conn:
                total = int(conn.execute(select(func.count()).select_from(MSG).where(
                    MSG.c.batch_id == batch_id, MSG.c.status == "queued")).scalar_one())
            stopped, recovered = _run(workers, stop, progress, total, outbox, recovered)
            if report_grace > 0 and any(w.sent for w in workers):
                time.sleep(report_grace)  # the last message's report is usually a moment behind it
            for w in workers:
                w.drain()
        except KeyboardInterrupt:  # Ctrl-C while opening or after the workers: nothing is in flight
            stopped = True
        stop.set()
        recovered += outbox.recover(own=True)  # nothing of this run is in flight any more
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
    faults += [Fault(w.name, w.fault) for w in workers if w.fault is not None]
    paused = [(w.name, w.pause_until, w.pause_reason, w.pause_params) for w in workers
              if w.pause_until is not None and w.fault is None]
    held = min(p[1] for p in paused) if paused and len(paused) == len(workers) else None
    status, counts, waits = summarize(db, batch_id, clock.now(), settings.policy, held)
    return SendSummary(batch_id, status, counts, sum(w.sent for w in workers), waits, recovered, outbox.db_waits,
                       stopped, paused, faults, cancelled_reasons(db, batch_id))


def _run(workers: list[Worker], stop: threading.Event, progress: Progress, total: int, outbox: Outbox,
         recovered: int) -> tuple[bool, int]:
    """Start the workers and report until they end, looking now and then for messages cut
    mid-send by a run that died meanwhile; (True when the operator stopped them, recovered)."""
    threads = [threading.Thread(target=w.run, name=f"dispatch-{i}", daemon=True) for i, w in enumerate(workers)]
    for t in threads:
        t.start()
    started = last_recovery = time.monotonic()
    stopped = False
    try:
        while not all(w.finished.is_set() for w in workers):
            done = sum(w.done for w in workers)
            elapsed = time.monotonic() - started
            eta = (elapsed / done) * (total - done) if done else 0.0
            progress.report(min(done, total), total, f"eta={eta:.0f}")
            try:
                progress.check_cancelled()
            except Cancelled:
                stopped = True
                stop.set()
            if time.monotonic() - last_recovery >= RECOVER_EVERY_S:
                recovered += outbox.recover()
                last_recovery = time.monotonic()
            for w in workers:
                w.finished.wait(timeout=0.2 / len(workers))
    except KeyboardInterrupt:  # Ctrl-C in the CLI: let each worker finish (and record) the message in hand
        stopped = True
        stop.set()
        for w in workers:
            w.finished.wait()
    done = sum(w.done for w in workers)
    progress.report(min(done, total), total, "done")
    return stopped, recovered
