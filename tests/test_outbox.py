"""The outbox on SQLite and PostgreSQL: a claim is committed before the transport is called,
`sending` rows of a dead dispatcher become `unknown` (and those of a live one are left alone),
the policy is asked again at the moment of sending, operators' decisions, delivery reports,
and the audit chain over it all."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select, text, update

from operator_app.domain.policy import Calendar, ContactPolicy
from operator_app.messaging import audit, delivery
from operator_app.messaging.outbox import Claimed, Outbox, Waiting
from operator_app.services.reports import messages
from operator_app.sms.transport import Submitted
from operator_app.store.db import Database
from operator_app.store.models import (
    audit_table,
    borrower_table,
    dispatch_run_table,
    message_event_table,
    message_table,
    payment_table,
)
from tests.outbox_office import SH, TODAY, make_office, ten_am
from tests.outbox_office import phone as office_phone
from tests.outbox_office import text_of as office_body

MSG, EVENT = message_table, message_event_table
NOW = ten_am().astimezone(UTC)


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW.isoformat())


def outbox(db: Database, now: datetime = NOW) -> Outbox:
    box = Outbox(db, ContactPolicy(), Calendar(), now=lambda: now)
    box.start()
    return box


def status(db: Database, message_id: int) -> tuple[str, str | None]:
    with db.engine.connect() as conn:
        row = conn.execute(select(MSG.c.status, MSG.c.reason).where(MSG.c.id == message_id)).one()
    return row.status, row.reason


def events(db: Database, message_id: int) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(EVENT.c.status).where(EVENT.c.message_id == message_id)
                                 .order_by(EVENT.c.id)).scalars())


def test_sqlite_runs_with_synchronous_full(sqlite_url: str) -> None:
    from operator_app.store.db import open_database

    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()


def test_outcomes_skip_the_fsync_but_leave_the_pool_durable(sqlite_url: str) -> None:
    from operator_app.store.db import open_database

    db = open_database(sqlite_url)
    office = make_office(db, 1)
    box = outbox(db)
    claimed = box.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed)
    box.record_sent(claimed, Submitted(claimed.to, "ucs2", 1, ("5",)), "emulator:")
    assert db.engine.pool.checkedout() == 0
    with db.engine.connect() as conn:  # the pooled connection the outcome used
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert status(db, claimed.id)[0] == "sent"
    db.dispose()


def test_a_claim_is_committed_before_the_transport_is_called(db: Database) -> None:
    office = make_office(db, 3)
    box = outbox(db)
    seen: list[str] = []
    for _ in range(3):
        claimed = box.claim(office.batch_id, "emulator:")
        assert isinstance(claimed, Claimed)
        # What a second connection (another process, or the same one after a power cut) sees
        # at the moment the transport would be called:
        with db.engine.connect() as other:
            seen.append(other.execute(select(MSG.c.status).where(MSG.c.id == claimed.id)).scalar_one())
        box.record_sent(claimed, Submitted(claimed.to, "ucs2", 1, ("7",), transport="emulator:"), "emulator:")
    assert seen == ["sending"] * 3
    assert isinstance(box.claim(office.batch_id, "emulator:"), Waiting)
    assert events(db, office.message_ids[0]) == ["sending", "sent"]
    with db.engine.connect() as conn:
        assert conn.execute(select(MSG.c.provider_ref, MSG.c.attempts).where(MSG.c.id == office.message_ids[0])
                            ).one() == ("7", 1)
        assert audit.verify(conn).ok


def test_sending_rows_of_a_dead_dispatcher_become_unknown_never_queued(db: Database) -> None:
    office = make_office(db, 2)
    first = outbox(db)
    claimed = first.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed)
    # The dispatcher dies: the OS lets go of what its process held (on SQLite the lock on its
    # run file, on PostgreSQL its session's advisory lock), while its pid may still be taken
    # (a killed process not yet reaped, a pid reused): this process's own pid stands for that.
    with db.engine.begin() as conn:
        conn.execute(update(dispatch_run_table).where(dispatch_run_table.c.id == first.run_id)
                     .values(pid=os.getpid()))
    if db.is_sqlite:
        assert first._lock is not None and first._lock.path.exists()
        first._lock._handle.close()  # type: ignore[union-attr]  # what the OS does at the process's death
    else:
        assert first._holder is not None
        first._holder.invalidate()  # the session ends; its server process lets go a moment later
        first._holder = None
        with db.engine.connect() as conn:
            for _ in range(100):
                if not conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :id"),
                                    {"id": first.run_id}).scalar():
                    break
                time.sleep(0.05)
    second = Outbox(db, ContactPolicy(), Calendar(), now=lambda: NOW)
    assert second.start() == 1
    assert status(db, claimed.id) == ("unknown", "cut_mid_send")
    assert events(db, claimed.id) == ["sending", "unknown"]
    # Never sent again automatically: the next claim takes the other message.
    nxt = second.claim(office.batch_id, "emulator:")
    assert isinstance(nxt, Claimed) and nxt.id != claimed.id


def test_a_live_dispatchers_sending_rows_are_left_alone(db: Database) -> None:
    office = make_office(db, 2)
    first = outbox(db)
    claimed = first.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed)
    second = Outbox(db, ContactPolicy(), Calendar(), now=lambda: NOW)
    assert second.start() == 0  # the first is alive (this process; on PostgreSQL its lock is held)
    assert status(db, claimed.id) == ("sending", None)
    files = [box._lock.path for box in (first, second) if box._lock is not None]
    assert len(files) == (2 if db.is_sqlite else 0) and all(f.exists() for f in files)
    first.stop()
    second.stop()
    assert not any(f.exists() for f in files)  # a run that ends takes its lock file with it


def test_the_policy_is_asked_again_at_the_moment_of_sending(db: Database) -> None:
    office = make_office(db, 4)
    paid, opted, held, fine = office.message_ids
    with db.engine.begin() as conn:
        loan = conn.execute(select(MSG.c.loan_id).where(MSG.c.id == paid)).scalar_one()
        conn.execute(insert(payment_table).values(loan_id=loan, amount_fen=100, paid_on=TODAY,
                                                  created_at=NOW + timedelta(minutes=1)))
        conn.execute(update(borrower_table).where(borrower_table.c.id == office.borrower_ids[1])
                     .values(opted_out_at=NOW))
        conn.execute(update(borrower_table).where(borrower_table.c.id == office.borrower_ids[2])
                     .values(hold_until=TODAY, hold_reason="dispute"))
    box = outbox(db, NOW + timedelta(minutes=2))
    claimed = box.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed) and claimed.id == fine
    assert status(db, paid) == ("cancelled", "paid_since_approval")
    assert status(db, opted) == ("cancelled", "opted_out")
    assert status(db, held) == ("cancelled", "on_hold")


def test_before_the_window_messages_wait_for_it(db: Database) -> None:
    early = datetime.combine(TODAY, datetime.min.time(), SH).replace(hour=7, minute=30).astimezone(UTC)
    office = make_office(db, 2, now=early)
    got = outbox(db, early).claim(office.batch_id, "emulator:")
    assert isinstance(got, Waiting) and got.reason == "quiet_hours"
    assert got.until == datetime.combine(TODAY, datetime.min.time(), SH).replace(hour=8)
    assert status(db, office.message_ids[0]) == ("queued", "quiet_hours")


def test_after_its_days_window_a_message_is_expired_never_sent_the_next_day(db: Database) -> None:
    """A text frozen for office day D ("逾期N天") is cancelled at the end of D's window, not sent
    on D+1: at 21:05 on D and at 09:00 on D+1 alike."""
    office = make_office(db, 3)
    with db.engine.begin() as conn:  # one waits for a cap until the evening, one already waits for the night
        conn.execute(update(MSG).where(MSG.c.id == office.message_ids[1])
                     .values(planned_at=NOW + timedelta(hours=8), reason="same_text_24h"))
    late = datetime.combine(TODAY, datetime.min.time(), SH).replace(hour=21, minute=5).astimezone(UTC)
    box = outbox(db, late)
    got = box.claim(office.batch_id, "emulator:")
    assert got == Waiting(None, None)  # nothing left, nothing "until tomorrow"
    for message_id in office.message_ids:
        assert status(db, message_id) == ("cancelled", "expired")
        assert events(db, message_id) == ["cancelled"]
    assert box.finish_batch(office.batch_id)
    nxt = make_office(db, 1, start=10)
    next_morning = datetime.combine(TODAY + timedelta(days=1), datetime.min.time(), SH).replace(hour=9)
    assert isinstance(outbox(db, next_morning.astimezone(UTC)).claim(nxt.batch_id, "emulator:"), Waiting)
    assert status(db, nxt.message_ids[0]) == ("cancelled", "expired")


def test_a_cap_that_lets_a_message_go_only_after_its_day_expires_it_at_once(db: Database) -> None:
    office = make_office(db, 2)
    first, second = office.message_ids
    with db.engine.begin() as conn:  # the second message goes to the first borrower too
        conn.execute(update(MSG).where(MSG.c.id == second).values(borrower_id=office.borrower_ids[0],
                                                                   to=office_phone(0)))
    box = outbox(db)
    claimed = box.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed) and claimed.id == first
    box.record_sent(claimed, Submitted(claimed.to, "ucs2", 1, ("1",)), "emulator:")
    got = box.claim(office.batch_id, "emulator:")
    assert got == Waiting(None, None)  # the daily cap frees it tomorrow 08:00: too late for its text
    assert status(db, second) == ("cancelled", "expired")
    with db.engine.connect() as conn:
        detail = conn.execute(select(EVENT.c.detail).where(EVENT.c.message_id == second)).scalar_one()
    assert '"waits": "daily_cap"' in detail


def test_a_cap_that_ends_within_the_day_still_waits(db: Database) -> None:
    office = make_office(db, 2)
    first, second = office.message_ids
    with db.engine.begin() as conn:  # the same text to the same number: free again 24 h after it went
        conn.execute(update(MSG).where(MSG.c.id == second).values(borrower_id=office.borrower_ids[0],
                                                                   to=office_phone(0), body=office_body(0)))
    box = Outbox(db, ContactPolicy(daily_cap=3, same_text_hours=2), Calendar(), now=lambda: NOW)
    box.start()
    claimed = box.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed) and claimed.id == first
    box.record_sent(claimed, Submitted(claimed.to, "ucs2", 1, ("1",)), "emulator:")
    got = box.claim(office.batch_id, "emulator:")
    assert isinstance(got, Waiting) and got.reason == "same_text_24h"
    assert got.until == NOW + timedelta(hours=2)
    assert status(db, second) == ("queued", "same_text_24h")


def test_operators_resolve_and_resend_unknown_and_failed_only(db: Database) -> None:
    from operator_app.errors import KnownError
    from operator_app.sms.transport import AmbiguousSend

    office = make_office(db, 3)
    box = outbox(db)
    a, b, c = (box.claim(office.batch_id, "emulator:") for _ in range(3))
    assert isinstance(a, Claimed) and isinstance(b, Claimed) and isinstance(c, Claimed)
    box.record_unknown(a, AmbiguousSend("modem_send_ambiguous", references=("3",), part=1, parts=1, port="x"))
    box.record_failed(b, KnownError("modem_command_error", command="AT+CMGS", error="+CMS ERROR 1"))
    box.record_sent(c, Submitted(c.to, "ucs2", 1, ("4",)), "emulator:")
    assert status(db, a.id) == ("unknown", "modem_send_ambiguous")
    with pytest.raises(messages.MessageRefused):
        messages.resolve(db, b.id, as_="sent", by="老李")  # failed is not unknown
    with pytest.raises(messages.MessageRefused):
        messages.resend(db, c.id, by="老李")  # sent is never sent again
    messages.resolve(db, a.id, as_="sent", by="老李")
    assert status(db, a.id)[0] == "sent"
    messages.resend(db, b.id, by="老李")
    assert status(db, b.id) == ("queued", None)
    again = box.claim(office.batch_id, "emulator:")
    assert isinstance(again, Claimed) and again.id == b.id and again.attempts == 2
    assert again.key == f"{b.key}/r1"  # the provider refused the first: to it this is a new message
    with db.engine.connect() as conn:
        actions = list(conn.execute(select(audit_table.c.action).order_by(audit_table.c.id)).scalars())
        assert actions.count("message_resolve") == 1 and actions.count("message_resend") == 1
        assert "message_unknown" in actions and "message_sent" in actions
        assert audit.verify(conn).ok


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert"])
def test_audit_verify_finds_a_tampered_send(db: Database, tamper: str) -> None:
    office = make_office(db, 3)
    box = outbox(db)
    for _ in range(3):
        c = box.claim(office.batch_id, "emulator:")
        assert isinstance(c, Claimed)
        box.record_sent(c, Submitted(c.to, "ucs2", 1, ("9",)), "emulator:")
    with db.engine.begin() as conn:
        ids = list(conn.execute(select(audit_table.c.id).order_by(audit_table.c.id)).scalars())
        assert audit.verify(conn).ok and len(ids) == 3
        if tamper == "edit":
            conn.execute(update(audit_table).where(audit_table.c.id == ids[1]).values(detail='{"message": 999}'))
        elif tamper == "delete":
            conn.execute(text("DELETE FROM audit WHERE id = :id"), {"id": ids[1]})
        else:  # a forged entry slipped in after the first one, the later ones put back after it
            later = [dict(r._mapping) for r in conn.execute(select(audit_table).where(audit_table.c.id > ids[0])
                                                            .order_by(audit_table.c.id))]
            conn.execute(text("DELETE FROM audit WHERE id > :id"), {"id": ids[0]})
            audit.append(conn, "mallory", "message_sent", {"message": 999})
            for r in later:
                r.pop("id")
                conn.execute(insert(audit_table).values(**r))
    with db.engine.connect() as conn:
        assert not audit.verify(conn).ok


def _send_one(db: Database, box: Outbox, batch: int, refs: tuple[str, ...]) -> Claimed:
    c = box.claim(batch, "emulator:")
    assert isinstance(c, Claimed)
    box.record_sent(c, Submitted(c.to, "ucs2", len(refs), refs, transport="emulator:"), "emulator:")
    return c


def test_multipart_delivered_when_every_part_is_failed_when_any_and_repeats_change_nothing(db: Database) -> None:
    office = make_office(db, 3)
    box = outbox(db)
    whole = _send_one(db, box, office.batch_id, ("10", "11", "12"))
    broken = _send_one(db, box, office.batch_id, ("13", "14"))
    at = NOW + timedelta(seconds=30)

    def heard(ref: str, to: str, state: str) -> str | None:
        with db.engine.begin() as conn:
            # The SMSC reports the number without its +: it is the same recipient.
            return delivery.record(conn, delivery.Heard("emulator:", ref, to.lstrip("+"), state), at)

    assert heard("10", whole.to, "delivered") is None
    assert heard("10", whole.to, "delivered") is None  # a repeat of part 1 is not part 2
    assert heard("11", whole.to, "pending") is None
    assert heard("11", whole.to, "delivered") is None
    assert heard("12", whole.to, "delivered") == "delivered"
    assert heard("12", whole.to, "failed") is None  # late: changes nothing
    assert status(db, whole.id)[0] == "delivered"
    assert heard("13", broken.to, "failed") == "failed"
    assert heard("14", broken.to, "delivered") is None
    assert status(db, broken.id) == ("failed", "delivery_failed")
    assert heard("10", "+8613700000000", "delivered") is None  # another number: no match
    with db.engine.connect() as conn:
        rows = conn.execute(select(delivery.REPORT.c.message_id, delivery.REPORT.c.part)
                            .order_by(delivery.REPORT.c.id)).all()
    assert [tuple(r) for r in rows] == [(whole.id, 1), (whole.id, 1), (whole.id, 2), (whole.id, 2), (whole.id, 3),
                                        (whole.id, 3), (broken.id, 1), (broken.id, 2), (None, None)]


def test_a_reused_reference_matches_the_latest_send_to_that_number_only(db: Database) -> None:
    office = make_office(db, 2)
    box = outbox(db)
    old = _send_one(db, box, office.batch_id, ("42",))
    with db.engine.begin() as conn:  # the same number got reference 42 again, a day later
        conn.execute(update(MSG).where(MSG.c.id == old.id).values(sent_at=NOW - timedelta(days=1)))
        conn.execute(update(MSG).where(MSG.c.id == office.message_ids[1]).values(to=old.to))
        conn.execute(update(borrower_table).where(borrower_table.c.id == office.borrower_ids[1]).values(phone=old.to))
    new = _send_one(db, box, office.batch_id, ("42",))
    with db.engine.begin() as conn:
        found = delivery.match(conn, delivery.Heard("emulator:", "42", old.to, "delivered"), NOW)
        assert found is not None and (found.message_id, found.part) == (new.id, 1)
        # On another transport the same reference is another message altogether.
        assert delivery.match(conn, delivery.Heard("modem:COM3", "42", old.to, "delivered"), NOW) is None


def test_a_message_in_doubt_sent_again_keeps_its_provider_key(db: Database) -> None:
    """A gateway that de-duplicates by our key (android-sms-gateway's id) must see the same key
    when an operator resends a message in doubt (it refuses it if the first try got through), and
    a new key when the first try failed (else it would refuse a message it never sent)."""
    from operator_app.errors import KnownError
    from operator_app.sms.transport import AmbiguousSend

    office = make_office(db, 1)
    box = outbox(db)
    first = box.claim(office.batch_id, "emulator:")
    assert isinstance(first, Claimed)
    box.record_unknown(first, AmbiguousSend("modem_send_ambiguous", references=(), part=1, parts=1, port="x"))
    messages.resend(db, first.id, by="老李")
    second = box.claim(office.batch_id, "emulator:")
    assert isinstance(second, Claimed) and second.key == first.key
    box.record_failed(second, KnownError("modem_command_error", command="AT+CMGS", error="+CMS ERROR 1"))
    messages.resend(db, first.id, by="老李")
    third = box.claim(office.batch_id, "emulator:")
    assert isinstance(third, Claimed) and third.key == f"{first.key}/r1"
    box.record_failed(third, KnownError("modem_command_error", command="AT+CMGS", error="+CMS ERROR 1"))
    messages.resend(db, first.id, by="老李")
    fourth = box.claim(office.batch_id, "emulator:")
    assert isinstance(fourth, Claimed) and fourth.key == f"{first.key}/r2"
