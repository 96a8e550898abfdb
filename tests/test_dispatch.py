"""The dispatcher against virtual modems on TCP (the real driver on a real socket): what goes,
what waits, what fails and why, several modems sharing one batch, a locked database, Ctrl-C,
and the CLI faces (`send`, `messages`, `message`)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from operator_app.services import clock
from operator_app.services.progress import Cancelled
from operator_app.services.sending import dispatch
from operator_app.services.sending.dispatch import send_batch
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.store.db import Database, open_database
from operator_app.store.models import message_event_table, message_table
from tests.conftest import run_cli
from tests.outbox_office import make_office, ten_am

MSG = message_table
NOW = ten_am().astimezone(UTC)


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW.isoformat())


@pytest.fixture
def modem() -> Iterator[VirtualModem]:
    vm = VirtualModem()
    vm.serve_tcp()
    yield vm
    vm.stop()


def spec(vm: VirtualModem, **options: object) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"gap": 0, **options}.items())
    return f"modem:{vm.url}?{query}"


def statuses(db: Database, batch: int) -> Counter[str]:
    with db.engine.connect() as conn:
        return Counter(conn.execute(select(MSG.c.status).where(MSG.c.batch_id == batch)).scalars())


def on_air(vm: VirtualModem) -> Counter[str]:
    """How often each contract's text went on the air (one-part texts)."""
    return Counter(s.text.split()[0][-7:] for s in vm.sent)


def fast_clock(monkeypatch: pytest.MonkeyPatch, speed: float = 200.0) -> None:
    """A clock that starts at 10:00 and runs `speed` times faster, so backoffs pass in a test."""
    t0 = time.monotonic()
    monkeypatch.setattr(clock, "now", lambda: NOW + timedelta(seconds=(time.monotonic() - t0) * speed))
    monkeypatch.setattr(dispatch, "WAIT_POLL_S", 0.05)


def test_a_batch_goes_out_once_each_and_is_delivered(db: Database, modem: VirtualModem) -> None:
    office = make_office(db, 12, long_every=4)
    summary = send_batch(db, office.batch_id, [spec(modem)], inbox_every=-1)
    assert summary.sent_now == 12 and summary.status == "done" and not summary.waiting
    assert statuses(db, office.batch_id) == {"delivered": 12}
    assert len(modem.sent) == 12 + 3  # three two-part texts
    firsts = Counter(s.text.split()[0][-7:] for s in modem.sent if s.concat is None or s.concat[2] == 1)
    assert len(firsts) == 12 and set(firsts.values()) == {1}
    with db.engine.connect() as conn:
        trail = Counter(conn.execute(select(message_event_table.c.status)).scalars())
    assert trail == {"sending": 12, "sent": 12, "delivered": 12}


def test_temporary_errors_back_off_per_message_while_the_others_go_on(db: Database,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    vm = VirtualModem(faults=Faults(cms_every=5, cms_code=500))  # +CMS ERROR 500: temporary
    vm.serve_tcp()
    try:
        office = make_office(db, 12)
        first = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.5)
        # Attempts 5 and 10 failed: those two wait with their backoff, the ten others went.
        assert first.sent_now == 10 and first.status == "sending"
        assert [(w.reason, w.count) for w in first.waiting] == [("modem_command_error", 2)]
        assert all(w.until and w.until > NOW for w in first.waiting)
        fast_clock(monkeypatch)
        second = send_batch(db, office.batch_id, [spec(vm)], wait=True, inbox_every=-1)
        assert second.status == "done" and statuses(db, office.batch_id) == {"delivered": 12}
        assert sorted(on_air(vm).values()) == [1] * 12  # nothing twice
    finally:
        vm.stop()


def test_a_permanent_error_fails_that_message_with_its_reason(db: Database) -> None:
    vm = VirtualModem(faults=Faults(cms_every=3, cms_code=1))  # unassigned number
    vm.serve_tcp()
    try:
        office = make_office(db, 7)
        summary = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.5)
    finally:
        vm.stop()
    assert statuses(db, office.batch_id) == {"delivered": 5, "failed": 2} and summary.status == "done"
    res = run_cli("--db", db.url, "messages", "--status", "failed", "--json")
    failed = res.json()
    assert isinstance(failed, list) and len(failed) == 2
    assert set(failed[0]) == {"id", "contract_no", "to", "text", "encoding", "segments", "status", "reason", "batch",
                              "attempts", "provider_ref"}
    assert failed[0]["reason"] == "modem_command_error" and failed[0]["attempts"] == 1
    text = run_cli("--db", db.url, "--lang", "en", "messages", "--status", "failed")
    assert "unassigned (unallocated) number" in text.out


def test_a_line_dropped_after_the_pdu_leaves_that_message_unknown(db: Database) -> None:
    vm = VirtualModem(faults=Faults(drop_after_pdu=3))
    vm.serve_tcp()
    try:
        office = make_office(db, 6)
        summary = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.5)
    finally:
        vm.stop()
    third = office.message_ids[2]
    with db.engine.connect() as conn:
        row = conn.execute(select(MSG.c.status, MSG.c.reason).where(MSG.c.id == third)).one()
    assert tuple(row) == ("unknown", "modem_send_ambiguous")
    assert statuses(db, office.batch_id) == {"delivered": 5, "unknown": 1} and summary.counts["unknown"] == 1
    assert sorted(on_air(vm).values()) == [1] * 6  # the unknown one did go, once; nothing was repeated
    # resend is the operator's explicit decision; only then it goes again
    assert run_cli("--db", db.url, "message", "resend", str(third), "--by", "老李").code == 0
    other = VirtualModem()
    other.serve_tcp()
    try:
        again = send_batch(db, office.batch_id, [spec(other)], inbox_every=-1, report_grace=0.3)
    finally:
        other.stop()
    assert again.sent_now == 1 and len(other.sent) == 1 and statuses(db, office.batch_id) == {"delivered": 6}


def test_two_modems_share_a_batch_and_never_send_one_message_twice(db: Database) -> None:
    a, b = VirtualModem(), VirtualModem()
    a.serve_tcp()
    b.serve_tcp()
    try:
        office = make_office(db, 30)
        summary = send_batch(db, office.batch_id, [spec(a), spec(b)], inbox_every=-1)
    finally:
        a.stop()
        b.stop()
    assert summary.sent_now == 30 and statuses(db, office.batch_id) == {"delivered": 30}
    both = on_air(a) + on_air(b)
    assert len(both) == 30 and set(both.values()) == {1}
    assert len(a.sent) > 0 and len(b.sent) > 0
    with db.engine.connect() as conn:
        used = Counter(conn.execute(select(MSG.c.transport).where(MSG.c.batch_id == office.batch_id)).scalars())
    assert len(used) == 2


def test_while_an_import_holds_the_write_lock_sending_waits_and_resumes(sqlite_url: str, modem: VirtualModem) -> None:
    db = open_database(sqlite_url)

    @event.listens_for(db.engine, "connect")
    def short_busy_wait(conn: Any, _record: Any) -> None:  # shorter than the lock below: we must wait it out
        conn.execute("PRAGMA busy_timeout=100")

    db.engine.dispose()
    office = make_office(db, 20)
    locker = sqlite3.connect(sqlite_url, isolation_level=None, check_same_thread=False)
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        locker.execute("BEGIN IMMEDIATE")  # what an import's one transaction does for its whole run
        locked.set()
        release.wait(10)
        locker.execute("COMMIT")

    holder = threading.Thread(target=hold_lock)
    holder.start()
    locked.wait(5)
    threading.Timer(1.5, release.set).start()
    started = time.monotonic()
    summary = send_batch(db, office.batch_id, [spec(modem)], inbox_every=-1, report_grace=0.2)
    holder.join()
    assert time.monotonic() - started >= 1.4  # it waited for the lock ...
    assert summary.db_waits > 0
    assert statuses(db, office.batch_id) == {"delivered": 20}  # ... and then sent everything
    db.dispose()


class StopAfter:
    """Ctrl-C after `n` messages were reported done."""

    def __init__(self, n: int) -> None:
        self.n, self.done = n, 0

    def report(self, done: int, total: int, note: str = "") -> None:
        self.done = done

    def check_cancelled(self) -> None:
        if self.done >= self.n:
            raise Cancelled()


def test_ctrl_c_stops_between_messages(db: Database) -> None:
    vm = VirtualModem(faults=Faults(delay=0.01))
    vm.serve_tcp()
    try:
        office = make_office(db, 40)
        summary = send_batch(db, office.batch_id, [spec(vm)], progress=StopAfter(5), inbox_every=-1)
    finally:
        vm.stop()
    counts = statuses(db, office.batch_id)
    assert summary.stopped and "sending" not in counts and "unknown" not in counts
    assert 5 <= summary.sent_now < 40 and counts["queued"] == 40 - summary.sent_now


def test_no_network_pauses_the_modem_and_loses_nothing(db: Database) -> None:
    vm = VirtualModem(faults=Faults(no_network=True))
    vm.serve_tcp()
    try:
        office = make_office(db, 10)
        summary = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1)
    finally:
        vm.stop()
    assert summary.sent_now == 0 and not vm.sent
    assert statuses(db, office.batch_id) == {"queued": 10}  # three tried and put back, the rest untouched
    assert sum(w.count for w in summary.waiting) == 10


def test_send_refuses_bad_input_and_unapproved_batches(db: Database, modem: VirtualModem) -> None:
    office = make_office(db, 2)
    assert run_cli("--db", db.url, "send", "99", "--transport", "emulator:").code == 2
    assert run_cli("--db", db.url, "send", str(office.batch_id), "--transport", "nonsense:x").code == 2
    assert run_cli("--db", db.url, "messages", "--status", "bogus").code == 2
    assert run_cli("--db", db.url, "message", "resolve", str(office.message_ids[0]), "--as", "sent",
                   "--by", "x").code == 1  # queued, not unknown
    assert statuses(db, office.batch_id) == {"queued": 2} and not modem.sent
    res = run_cli("--db", db.url, "send", str(office.batch_id), "--transport", spec(modem), "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert isinstance(out, dict) and out["sent"] == 2 and out["status"] == "done" and out["waiting"] == []
    assert {"batch", "sent", "delivered", "failed", "unknown", "cancelled", "queued", "waiting"} <= set(out)


def test_before_the_window_send_exits_and_says_until_when(db: Database, modem: VirtualModem,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    early = ten_am(hour=6)
    office = make_office(db, 3, now=early)
    monkeypatch.setenv("OPERATOR_APP_NOW", early.isoformat())
    res = run_cli("--db", db.url, "send", str(office.batch_id), "--transport", spec(modem), "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert isinstance(out, dict) and out["sent"] == 0 and not modem.sent
    until = datetime.fromisoformat(out["waiting"][0]["until"])
    assert out["waiting"][0] == {"reason": "quiet_hours", "until": until.isoformat(), "count": 3}
    assert until == ten_am(early.date(), hour=8)


def test_after_the_window_send_expires_the_days_messages(db: Database, modem: VirtualModem,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    office = make_office(db, 3)
    monkeypatch.setenv("OPERATOR_APP_NOW", ten_am(hour=22).isoformat())
    res = run_cli("--db", db.url, "send", str(office.batch_id), "--transport", spec(modem), "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert isinstance(out, dict) and out["sent"] == 0 and not modem.sent
    assert out["waiting"] == [] and out["cancelled"] == 3 and out["status"] == "done"


class Watching:
    """The real modem transport, looking at the outbox from another connection each time it is
    asked to send: what the database holds at the moment a message may reach the air."""

    def __init__(self, inner: Any, db: Database) -> None:
        self.inner, self.db, self.name = inner, db, inner.name
        self.seen: list[Counter[str]] = []  # at each send
        self.later: list[Counter[str]] = []  # a moment after each send
        self.after: list[threading.Timer] = []

    def look(self) -> Counter[str]:
        with self.db.engine.connect() as conn:
            return Counter(conn.execute(select(MSG.c.status)).scalars())

    def send(self, to: str, text: str, **kw: Any) -> Any:
        self.seen.append(self.look())
        sent = self.inner.send(to, text, **kw)
        timer = threading.Timer(0.15, lambda: self.later.append(self.look()))
        timer.start()
        self.after.append(timer)
        return sent

    def status(self) -> Any:
        return self.inner.status()

    def lines(self) -> Any:
        """The modem's line, for its replies and reports (sms.transport.HasLines)."""
        return self.inner.lines()

    def close(self) -> None:
        for timer in self.after:
            timer.join()
        self.inner.close()


def watching(db: Database) -> tuple[list[Watching], Any]:
    from operator_app.sms.connect import open_transport

    made: list[Watching] = []

    def opener(parsed: Any) -> Any:
        made.append(Watching(open_transport(parsed), db))
        return made[-1]

    return made, opener


def test_one_message_at_a_time_is_in_doubt_and_each_claim_is_committed_before_its_send(
        db: Database, modem: VirtualModem) -> None:
    # With no gap the outcome of a send is written in the next claim's transaction: never two
    # messages in `sending` (a crash leaves at most one in doubt), the claimed one committed.
    office = make_office(db, 8)
    made, opener = watching(db)
    send_batch(db, office.batch_id, [spec(modem)], inbox_every=-1, opener=opener)
    sends = made[0].seen
    assert len(sends) == 8
    for k, seen in enumerate(sends):
        assert seen["sending"] == 1, seen  # this message, committed before the transport was called
        assert seen["sent"] + seen["delivered"] == k  # the ones before it: recorded, not left in doubt
    assert statuses(db, office.batch_id) == {"delivered": 8}


def test_with_a_gap_the_outcome_is_written_before_the_worker_sleeps(db: Database, modem: VirtualModem) -> None:
    office = make_office(db, 2)
    made, opener = watching(db)
    send_batch(db, office.batch_id, [spec(modem, gap=0.5)], inbox_every=-1, opener=opener, report_grace=0)
    first_send, during_gap = made[0].seen[0], made[0].later[0]  # the worker sleeps its gap then
    assert first_send["sending"] == 1
    assert during_gap["sending"] == 0 and during_gap["sent"] + during_gap["delivered"] == 1, during_gap
