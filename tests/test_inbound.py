"""Replies and stops: an opt-out arriving mid-batch stops that borrower's messages, `inbox sync`
stores each reply before the modem deletes it, hold / release / opt-out from the CLI (audited),
and the effectiveness report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from sqlalchemy import insert, select, update

from operator_app.messaging import audit
from operator_app.services.sending.dispatch import send_batch
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.store.db import Database
from operator_app.store.models import audit_table, borrower_table, inbound_table, message_table, payment_table
from tests.conftest import run_cli
from tests.outbox_office import TODAY, make_office, phone, ten_am

MSG, BORROWER = message_table, borrower_table
NOW = ten_am().astimezone(UTC)


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW.isoformat())


@pytest.fixture
def modem() -> Iterator[VirtualModem]:
    vm = VirtualModem(faults=Faults(delay=0.005))
    vm.serve_tcp()
    yield vm
    vm.stop()


class ReplyAfter:
    """Progress that lets a borrower answer 退订 once `n` messages went."""

    def __init__(self, vm: VirtualModem, n: int, sender: str, text: str) -> None:
        self.vm, self.n, self.sender, self.text, self.sent = vm, n, sender, text, False

    def report(self, done: int, total: int, note: str = "") -> None:
        if done >= self.n and not self.sent:
            self.sent = True
            self.vm.inject(self.sender, self.text)

    def check_cancelled(self) -> None:
        pass


def test_an_opt_out_arriving_mid_batch_stops_that_borrowers_messages(db: Database, modem: VirtualModem) -> None:
    office = make_office(db, 30)
    target = 25  # borrower 25 answers "ＴＤ" (full width) while the batch is going
    replies = ReplyAfter(modem, 3, phone(target).removeprefix("+86"), "ＴＤ")
    summary = send_batch(db, office.batch_id, [f"modem:{modem.url}?gap=0"], progress=replies, inbox_every=0)
    assert replies.sent
    with db.engine.connect() as conn:
        row = conn.execute(select(MSG.c.status, MSG.c.reason).where(MSG.c.id == office.message_ids[target])).one()
        opted = conn.execute(select(BORROWER.c.opted_out_at).where(BORROWER.c.id == office.borrower_ids[target])
                             ).scalar()
        stored = conn.execute(select(inbound_table.c.action, inbound_table.c.borrower_id)).all()
        actions = list(conn.execute(select(audit_table.c.action)).scalars())
        assert audit.verify(conn).ok
    assert tuple(row) == ("cancelled", "opted_out") and opted is not None
    assert [tuple(s) for s in stored] == [("opt_out", office.borrower_ids[target])]
    assert summary.sent_now == 29 and "opt_out" in actions
    assert all(f"HT{target:05d}" not in s.text for s in modem.sent)  # it never went on the air
    assert modem.state.storage == {}  # stored and committed, then deleted from the SIM


def test_inbox_sync_stores_every_reply_then_deletes_it_from_the_sim(db: Database, modem: VirtualModem) -> None:
    office = make_office(db, 4)
    modem.inject("13900000000", "ＴＤ")
    modem.inject("+8613900000001", "我已经还了，请核实")
    modem.inject("13900000002", "好的，明天还")
    modem.inject("13812345678", "STOP")  # nobody we know
    modem.inject("13900000003", "你打错人了，别再发")  # a wrong number wins over the opt-out beside it
    res = run_cli("--db", db.url, "inbox", "sync", "--transport", f"modem:{modem.url}", "--json")
    assert res.code == 0, res.err
    assert res.json() == {"read": 5, "opted_out": 1, "held": 2, "wrong_number": 1, "reports_stored": 0,
                          "messages_changed": 0}
    assert modem.state.storage == {}
    rows = run_cli("--db", db.url, "inbox", "--json").json()
    assert isinstance(rows, list) and len(rows) == 5
    assert {r["sender"]: r["action"] for r in rows}["+8613900000003"] == "wrong_number"
    assert set(rows[0]) == {"id", "sender", "text", "received_at", "contract_no", "borrower", "action"}
    by_sender = {r["sender"]: r for r in rows}
    assert by_sender["+8613900000000"]["action"] == "opt_out"
    assert by_sender["+8613900000000"]["contract_no"] == "HT00000"
    assert by_sender["+8613900000001"]["action"] == "hold"
    assert by_sender["+8613900000002"]["action"] == "none"
    assert by_sender["+8613812345678"]["action"] == "none" and by_sender["+8613812345678"]["borrower"] is None
    with db.engine.connect() as conn:
        states = {r.id: (r.opted_out_at is not None, r.hold_until) for r in conn.execute(select(BORROWER))}
        queued = dict(conn.execute(select(MSG.c.borrower_id, MSG.c.status)).all())
    assert states[office.borrower_ids[0]][0] and states[office.borrower_ids[1]][1] is not None
    # from the next message on: their queued messages are withdrawn at once
    assert queued[office.borrower_ids[0]] == "cancelled" and queued[office.borrower_ids[1]] == "cancelled"
    assert queued[office.borrower_ids[2]] == "queued"
    # a second sync finds nothing new
    again = run_cli("--db", db.url, "inbox", "sync", "--transport", f"modem:{modem.url}", "--json")
    assert again.json() == {"read": 0, "opted_out": 0, "held": 0, "wrong_number": 0, "reports_stored": 0, "messages_changed": 0}


def test_hold_release_and_opt_out_from_the_cli_are_audited(db: Database) -> None:
    office = make_office(db, 3)
    assert run_cli("--db", db.url, "hold", "HT00001", "--reason", "投诉：号码不是本人", "--by", "小王").code == 0
    with db.engine.connect() as conn:
        held = conn.execute(select(BORROWER.c.hold_until, BORROWER.c.hold_reason)
                            .where(BORROWER.c.id == office.borrower_ids[1])).one()
        status = conn.execute(select(MSG.c.status, MSG.c.reason).where(MSG.c.id == office.message_ids[1])).one()
    assert held.hold_until is not None and held.hold_reason == "投诉：号码不是本人"
    assert tuple(status) == ("cancelled", "on_hold")
    assert run_cli("--db", db.url, "release", "HT00001", "--by", "老李").code == 0
    assert run_cli("--db", db.url, "opt-out", "139 0000 0002", "--by", "小王").code == 0
    with db.engine.connect() as conn:
        assert conn.execute(select(BORROWER.c.hold_until).where(BORROWER.c.id == office.borrower_ids[1])).scalar() \
            is None
        assert conn.execute(select(BORROWER.c.opted_out_at).where(BORROWER.c.id == office.borrower_ids[2])).scalar() \
            is not None
        actions = [a for a in conn.execute(select(audit_table.c.action).order_by(audit_table.c.id)).scalars()]
        assert actions == ["hold", "release", "opt_out"] and audit.verify(conn).ok
    for argv in (("hold", "HT99999", "--reason", "x", "--by", "a"), ("hold", "HT00000", "--reason", " ", "--by", "a"),
                 ("release", "HT00000", "--by", " "), ("opt-out", "13811112222", "--by", "a"),
                 ("opt-out", "abc", "--by", "a")):
        res = run_cli("--db", db.url, *argv)
        assert res.code == 2 and res.err.count("\n") == 1, (argv, res.err)
    with db.engine.connect() as conn:
        assert conn.execute(select(audit_table.c.id)).all().__len__() == 3  # refusals changed nothing


def test_the_report_counts_per_stage_and_template(db: Database, modem: VirtualModem) -> None:
    office = make_office(db, 5)
    with db.engine.begin() as conn:
        conn.execute(update(MSG).where(MSG.c.id == office.message_ids[4]).values(stage="M2"))
    summary = send_batch(db, office.batch_id, [f"modem:{modem.url}?gap=0"], inbox_every=-1)
    assert summary.sent_now == 5
    with db.engine.begin() as conn:
        loans = dict(conn.execute(select(MSG.c.id, MSG.c.loan_id)).all())
        for message, days in ((office.message_ids[0], 1), (office.message_ids[1], 5), (office.message_ids[2], 9)):
            conn.execute(insert(payment_table).values(loan_id=loans[message], amount_fen=1000,
                                                      paid_on=TODAY + timedelta(days=days), created_at=NOW))
        conn.execute(update(BORROWER).where(BORROWER.c.id == office.borrower_ids[3]).values(
            opted_out_at=NOW + timedelta(hours=2)))
    res = run_cli("--db", db.url, "report", "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert isinstance(data, dict) and set(data) == {"by_stage", "by_template"}
    assert data["by_stage"]["M1"] == {"sent": 4, "delivered": 4, "failed": 0, "opted_out": 1, "paid_within_3d": 1,
                                      "paid_within_7d": 2}
    assert data["by_stage"]["M2"] == {"sent": 1, "delivered": 1, "failed": 0, "opted_out": 0, "paid_within_3d": 0,
                                      "paid_within_7d": 0}
    assert data["by_template"]["M1"]["sent"] == 4  # no template row: the stage names it
    day = (TODAY + timedelta(days=1)).isoformat()
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert run_cli("--db", db.url, "report", "--to", yesterday, "--json").json() == {"by_stage": {}, "by_template": {}}
    assert run_cli("--db", db.url, "report", "--from", day, "--to", TODAY.isoformat()).code == 2
    assert run_cli("--db", db.url, "report", "--from", "yesterday").code == 2


def test_the_report_lists_stages_and_templates_in_the_order_a_loan_goes_through_them() -> None:
    """Alphabetical put M1 … M3+ before 即将到期, 今日到期 and 宽限期; a firm template follows its own."""
    from operator_app.services.reports.report import tally

    keys = [("M1", "M1"), ("pre_due", "pre_due"), ("M3+", "M3+"), ("due_today", "due_today"),
            ("grace", "grace_firm"), ("M1", "M1_firm"), ("grace", "grace"), ("M1", "custom")]
    by = tally((stage, key, "delivered", True, TODAY, None, []) for stage, key in keys)
    assert list(by["by_stage"]) == ["pre_due", "due_today", "grace", "M1", "M3+"]
    assert list(by["by_template"]) == ["pre_due", "due_today", "grace", "grace_firm", "M1", "M1_firm", "M3+", "custom"]


def test_the_plain_report_says_which_days_it_counts(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --from the report counts the last 30 days: the tables alone did not say so."""
    monkeypatch.setenv("OPERATOR_APP_NOW", "2026-12-07T14:40:00+08:00")
    zh = run_cli("--db", db.url, "--lang", "zh_CN", "report")
    assert zh.code == 0 and zh.out.splitlines()[:2] == [
        "统计 2026-11-07 至 2026-12-07 发出的短信（按本机构日期；可用 --from、--to 调整）", "按阶段"]
    en = run_cli("--db", db.url, "report", "--from", "2026-12-01", "--to", "2026-12-05")
    assert en.out.splitlines()[0] == "Messages sent from 2026-12-01 to 2026-12-05 (office days; --from and --to change it)"
    assert run_cli("--db", db.url, "report", "--json").json() == {"by_stage": {}, "by_template": {}}


def test_a_reply_handed_over_twice_is_stored_once(db: Database) -> None:
    from operator_app.messaging.inbound import Reply, store_reply

    office = make_office(db, 1)
    reply = Reply("13900000000", "退订", NOW - timedelta(minutes=5), "modem:COM3")
    with db.engine.begin() as conn:
        first = store_reply(conn, reply, now=NOW)
    with db.engine.begin() as conn:  # the modem's delete failed: the same message comes again
        second = store_reply(conn, reply, now=NOW)
        count = len(conn.execute(select(inbound_table.c.id)).all())
        opt_outs = [a for a in conn.execute(select(audit_table.c.action)).scalars() if a == "opt_out"]
    assert first == second and first[1] == "opt_out" and count == 1 and len(opt_outs) == 1
    assert office.borrower_ids


def test_a_reply_stamped_in_beijing_time_is_kept_as_the_same_moment(db: Database, modem: VirtualModem) -> None:
    """The modem stamps a reply with the network's local time (+08:00). SQLite keeps no zone:
    stored as its local digits it read back eight hours late (the inbox showed 20:44 for a reply
    of 12:44 UTC). Through the SIM, inbox sync and the listing, on both engines."""
    from datetime import datetime, timezone

    from operator_app.services.reports.inbox import list_inbox
    from operator_app.services.sending.listening import sync_inbox

    make_office(db, 1)
    beijing = timezone(timedelta(hours=8))
    stamped = datetime(2026, 11, 20, 18, 30, tzinfo=beijing)
    modem.state.inject("13900000000", "你好", when=stamped)
    sync_inbox(db, f"modem:{modem.url}")
    rows = list_inbox(db)
    assert len(rows) == 1 and rows[0].received_at == stamped
    assert rows[0].received_at.utcoffset() == timedelta(0)  # aware, in UTC
    with db.engine.connect() as conn:
        stored = conn.execute(select(inbound_table.c.received_at)).scalar_one()
    assert stored == stamped and stored.hour == 10
