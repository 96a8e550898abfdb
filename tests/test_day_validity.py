"""A frozen text is valid for its office day (domain.policy.expired), and a message never goes to
a number or a name an import has since replaced (contact_changed): through the CLI as a clerk
runs it, on SQLite and PostgreSQL, with the clock pinned by OPERATOR_APP_NOW."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from operator_app import i18n
from operator_app.domain.policy import ContactPolicy, day_ends, expired, first_live_day
from operator_app.messaging import audit
from operator_app.services.sending.send_summary import Waits, summarize
from operator_app.store.db import Database, open_database
from operator_app.store.models import audit_table, borrower_table, message_event_table, message_table
from tests.conftest import run_cli, set_office_details
from tests.outbox_office import SH, TODAY, make_office
from tests.sheets import loan_book

MSG, EVENT = message_table, message_event_table
D = TODAY  # the office day of the first batch


def pin(monkeypatch: pytest.MonkeyPatch, day: date, hour: int, minute: int = 0) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(day, time(hour, minute), SH).isoformat())


def rows(phone_102: str = "13900139000", name_201: str = "吴九") -> list[list[object]]:
    due = lambda n: D - timedelta(days=n)  # noqa: E731 - days past due on D
    return [
        ["HT101", "张三", "13800138000", None, 1000, due(10), 1000, 0, ""],
        ["HT102", "李四", phone_102, None, 2000, due(45), 2000, 500, ""],  # no ID: known by name and number
        ["HT201", name_201, "13300133000", "110101199003071234", 1000, due(5), 1000, 0, ""],  # known by ID
    ]


def cli_json(*argv: str) -> object:
    res = run_cli(*argv, "--json")
    assert res.code == 0, res.err
    return res.json()


def approved_batch(db_url: str, monkeypatch: pytest.MonkeyPatch, day: date) -> dict[str, object]:
    pin(monkeypatch, day, 10)
    batch = cli_json("--db", db_url, "batch", "create", "--by", "小王")
    assert isinstance(batch, dict)
    assert run_cli("--db", db_url, "batch", "approve", str(batch["id"]), "--by", "老李").code == 0
    return batch


def messages_of(db_url: str, batch: object) -> dict[str, dict[str, object]]:
    got = cli_json("--db", db_url, "messages", "--batch", str(batch))
    assert isinstance(got, list)
    return {m["contract_no"]: m for m in got}


@pytest.fixture
def office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    pin(monkeypatch, D, 9)
    res = run_cli("--db", db_url, "import", str(loan_book(tmp_path / "book.xlsx", rows())))
    assert res.code == 0, res.err
    set_office_details(db_url)
    return db_url


def test_send_at_2105_expires_the_days_texts_and_the_next_days_batch_writes_them_again(
        office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = approved_batch(office, monkeypatch, D)
    assert "已逾期10天" in messages_of(office, batch["id"])["HT101"]["text"]
    pin(monkeypatch, D, 21, 5)
    res = run_cli("--db", office, "--lang", "en", "send", str(batch["id"]), "--transport", "emulator:")
    assert res.code == 0, res.err
    assert "0 sent now" in res.out and "3 cancelled, 0 queued" in res.out
    assert "3 cancelled: not sent on its day (the text was true for that day only)" in res.out
    assert "until" not in res.out  # nothing "waits until tomorrow"
    zh = run_cli("--db", office, "--lang", "zh_CN", "send", str(batch["id"]), "--transport", "emulator:")
    assert "3 条已取消：当天未发出（短信内容仅对当天有效），已过期" in zh.out
    old = messages_of(office, batch["id"])
    assert {(m["status"], m["reason"]) for m in old.values()} == {("cancelled", "expired")}
    db = open_database(office)
    with db.engine.connect() as conn:
        ids = [int(m["id"]) for m in old.values()]  # type: ignore[call-overload]
        trail = conn.execute(select(EVENT.c.status, EVENT.c.detail).where(EVENT.c.message_id.in_(ids),
                                                                         EVENT.c.status == "cancelled")).all()
    db.dispose()
    assert sorted(trail) == [("cancelled", "expired")] * 3

    # The next morning: a new batch with the next day's figures, sent; D's texts never are.
    nxt = approved_batch(office, monkeypatch, D + timedelta(days=1))
    new = messages_of(office, nxt["id"])
    assert sorted(new) == sorted(old)
    assert "已逾期11天" in new["HT101"]["text"]
    sent = cli_json("--db", office, "send", str(nxt["id"]), "--transport", "emulator:")
    assert isinstance(sent, dict) and sent["sent"] == 3 and sent["cancelled"] == 0
    assert {m["status"] for m in messages_of(office, batch["id"]).values()} == {"cancelled"}


def test_an_unsent_day_does_not_count_against_the_next_days_caps(office: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody ran `send` on D: D's messages are still queued on D+1. They will never go, so a
    weekly cap of one does not keep the loans out of D+1's batch; D's batch, sent on D+1, only
    expires its own."""
    pin(monkeypatch, D, 8)
    assert run_cli("--db", office, "settings", "set", "policy.weekly_cap", "1", "--by", "老李").code == 0
    first = approved_batch(office, monkeypatch, D)
    nxt = approved_batch(office, monkeypatch, D + timedelta(days=1))
    assert isinstance(nxt["messages"], list) and len(nxt["messages"]) == 3 and not nxt["excluded"]
    old = cli_json("--db", office, "send", str(first["id"]), "--transport", "emulator:")
    assert isinstance(old, dict) and old["sent"] == 0 and old["cancelled_reasons"] == {"expired": 3}
    new = cli_json("--db", office, "send", str(nxt["id"]), "--transport", "emulator:")
    assert isinstance(new, dict) and new["sent"] == 3


def test_a_re_import_that_changes_a_number_or_a_name_withdraws_what_was_written_for_it(
        office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = approved_batch(office, monkeypatch, D)
    pin(monkeypatch, D, 11)
    book = loan_book(tmp_path / "newer.xlsx", rows(phone_102="13900139011", name_201="吴玖"))
    res = run_cli("--db", office, "--lang", "en", "import", str(book))
    assert res.code == 0, res.err
    assert "2 queued or draft message(s) withdrawn" in res.out
    msgs = messages_of(office, batch["id"])
    assert (msgs["HT102"]["status"], msgs["HT102"]["reason"]) == ("cancelled", "contact_changed")
    assert (msgs["HT201"]["status"], msgs["HT201"]["reason"]) == ("cancelled", "contact_changed")
    assert msgs["HT101"]["status"] == "queued"
    out = run_cli("--db", office, "--lang", "zh_CN", "messages", "--batch", str(batch["id"])).out
    assert "短信生成后借款人的姓名或手机号已变更" in out
    db = open_database(office)
    with db.engine.connect() as conn:
        events = conn.execute(select(EVENT.c.detail).where(EVENT.c.message_id == msgs["HT102"]["id"],
                                                           EVENT.c.status == "cancelled")).scalars().all()
        entry = conn.execute(select(audit_table.c.detail).where(audit_table.c.action == "messages_withdrawn")).one()
        assert audit.verify(conn).ok
    db.dispose()
    assert events == ["contact_changed"] and '"withdrawn": 2' in entry.detail
    sent = cli_json("--db", office, "send", str(batch["id"]), "--transport", "emulator:")
    assert isinstance(sent, dict) and sent["sent"] == 1
    # Never to the old number: the new one gets the next batch's message.
    again = approved_batch(office, monkeypatch, D + timedelta(days=1))
    assert {m["to"] for m in again["messages"] if m["contract_no"] == "HT102"} == {"+8613900139011"}  # type: ignore[union-attr]


def test_an_unusable_new_number_replaces_the_old_one_and_a_draft_is_withdrawn(
        office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, D, 10)
    draft = cli_json("--db", office, "batch", "create", "--by", "小王")
    assert isinstance(draft, dict)
    book = loan_book(tmp_path / "newer.xlsx", [r if r[0] != "HT201" else [*r[:2], "010-62345678", *r[3:]]
                                               for r in rows()])
    assert run_cli("--db", office, "import", str(book)).code == 0
    msgs = messages_of(office, draft["id"])
    assert (msgs["HT201"]["status"], msgs["HT201"]["reason"]) == ("cancelled", "contact_changed")
    assert msgs["HT101"]["status"] == "draft"
    db = open_database(office)
    with db.engine.connect() as conn:
        phone = conn.execute(select(borrower_table.c.phone).where(borrower_table.c.name == "吴九")).scalar_one()
    db.dispose()
    assert phone is None  # the landline the office typed in, not the mobile it replaced
    queue = cli_json("--db", office, "queue")
    assert isinstance(queue, list)
    assert "invalid_phone" in next(r for r in queue if r["contract_no"] == "HT201")["exclusions"]


def test_a_number_changed_under_a_queued_message_cancels_it_at_the_claim(db: Database,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    office = make_office(db, 2)
    with db.engine.begin() as conn:
        conn.execute(update(borrower_table).where(borrower_table.c.id == office.borrower_ids[0])
                     .values(phone="+8613912345678"))
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY, time(10, 5), SH).isoformat())
    res = run_cli("--db", db.url, "send", str(office.batch_id), "--transport", "emulator:", "--json")
    out = res.json()
    assert isinstance(out, dict) and out["sent"] == 1 and out["cancelled_reasons"] == {"contact_changed": 1}


def test_the_summary_says_expires_for_a_wait_that_outlasts_the_day(db: Database) -> None:
    office = make_office(db, 3)
    evening = datetime.combine(TODAY, time(20, 50), SH).astimezone(UTC)
    with db.engine.begin() as conn:  # a backoff past 21:00, and one that ends in time
        conn.execute(update(MSG).where(MSG.c.id == office.message_ids[0])
                     .values(planned_at=evening + timedelta(minutes=40), reason="modem_busy"))
        conn.execute(update(MSG).where(MSG.c.id == office.message_ids[1])
                     .values(planned_at=evening + timedelta(minutes=5), reason="modem_busy"))
    policy = ContactPolicy()
    ends = day_ends(TODAY, policy)
    _, _, waits = summarize(db, office.batch_id, evening, policy)
    assert Waits("expires", ends, 1) in waits and all(w.until is not None and w.until < ends
                                                       for w in waits if w.reason != "expires")
    # Every transport paused until tomorrow (a SIM's daily quota): nothing can go before 21:00.
    _, _, held = summarize(db, office.batch_id, evening, policy, evening + timedelta(hours=4))
    assert held == [Waits("expires", ends, 3)]


def test_a_resend_after_the_days_end_is_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    office = make_office(db, 1)
    with db.engine.begin() as conn:
        conn.execute(update(MSG).where(MSG.c.id == office.message_ids[0]).values(status="failed", reason="x"))
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY + timedelta(days=1), time(9), SH).isoformat())
    res = run_cli("--db", db.url, "--lang", "en", "message", "resend", str(office.message_ids[0]), "--by", "老李")
    assert res.code == 1 and f"was written for {TODAY.isoformat()}" in res.err
    i18n.set_language("zh_CN")
    assert "当天发送时段已结束" in i18n.msg("message_resend_expired", id=1, day="2026-12-07")


def test_the_day_rule_at_its_edges() -> None:
    policy = ContactPolicy(window_end=time(21, 0))
    end = datetime.combine(D, time(21, 0), SH)
    assert not expired(D, end - timedelta(seconds=1), policy) and expired(D, end, policy)
    assert first_live_day(end - timedelta(seconds=1), policy) == D
    assert first_live_day(end, policy) == D + timedelta(days=1)


def test_send_wait_on_a_used_up_quota_stops_at_the_days_end_not_at_midnight(db: Database,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`send --wait` with a SIM's daily quota used up: at 21:00 what is left expires and the run
    ends, instead of sleeping until the quota's midnight to find the same."""
    import time as clock_time

    from operator_app.services import clock
    from operator_app.services.sending import dispatch

    office = make_office(db, 3)
    start = datetime.combine(TODAY, time(20, 58), SH).astimezone(UTC)
    t0 = clock_time.monotonic()
    monkeypatch.setattr(clock, "now", lambda: start + timedelta(seconds=(clock_time.monotonic() - t0) * 60))
    monkeypatch.setattr(dispatch, "WAIT_POLL_S", 0.05)
    summary = dispatch.send_batch(db, office.batch_id, ["emulator:?daily=1"], wait=True, inbox_every=-1,
                                  report_grace=0)
    assert clock.now() < datetime.combine(TODAY, time(21, 5), SH)  # not 00:00 the next day
    assert summary.status == "done" and summary.sent_now == 1 and summary.cancelled == {"expired": 2}
    assert summary.waiting == []
