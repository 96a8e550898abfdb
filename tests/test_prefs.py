"""The borrower's own contact preferences (issue 20 item 5) end to end, on SQLite and PostgreSQL:
set by staff through `borrower prefs`, kept through re-imports, honoured when a batch is planned
(a window narrower than the office's: the message is planned inside it) and again when a message
is claimed (a wish set after approval: the message waits for the borrower's hours, or is
withdrawn), "no SMS" on the call list. Also the one held-today rule and its SQL copy."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, literal, select, update

from operator_app.domain.policy import Calendar, ContactPolicy, borrower_send, held_on, preference_wait
from operator_app.domain.preferences import Preferences, parse_window
from operator_app.messaging.outbox import Claimed, Outbox, Waiting
from operator_app.services.reports.dashboard import held_on_sql
from operator_app.sms.transport import Submitted
from operator_app.store.db import Database, open_database
from operator_app.store.models import (
    audit_table,
    borrower_table,
    loan_table,
    message_event_table,
    message_table,
)
from tests.conftest import run_cli, set_office_details
from tests.outbox_office import SH, make_office, ten_am
from tests.sheets import loan_book
from tests.test_accounts import _users, quick_hash  # noqa: F401 - the fixture, used by usefixtures
from tests.test_batches import TODAY, pin, rows

MSG, EVENT = message_table, message_event_table


def sh(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), SH).astimezone(UTC)


# ---- the rules


def test_a_borrowers_window_is_intersected_with_the_offices() -> None:
    policy, cal = ContactPolicy(), Calendar()
    day = date(2026, 11, 27)  # a Friday
    evening = Preferences(window_start=18 * 60, window_end=22 * 60)  # past the office's 21:00
    assert borrower_send(sh(day, 9), day, policy, cal, evening) == sh(day, 18)
    assert borrower_send(sh(day, 20, 59), day, policy, cal, evening) == sh(day, 20, 59)
    assert borrower_send(sh(day, 21), day, policy, cal, evening) == "quiet_hours"  # the office's window first
    night = Preferences(window_start=21 * 60, window_end=23 * 60)  # no overlap with 08:00-21:00
    assert borrower_send(sh(day, 9), day, policy, cal, night) == "borrower_window"
    weekdays = Preferences(weekdays_only=True)
    assert borrower_send(sh(day, 9), day, policy, cal, weekdays) == sh(day, 9)
    saturday = day + timedelta(days=1)
    assert borrower_send(sh(saturday, 9), saturday, policy, cal, weekdays) == "borrower_weekdays_only"
    # at claim: before the window it waits for it, after it the day's message is withdrawn
    assert preference_wait(sh(day, 10), day, policy, cal, evening) == (sh(day, 18), "borrower_window")
    assert preference_wait(sh(day, 18, 30), day, policy, cal, evening) is None
    assert preference_wait(sh(day, 10), day, policy, cal, Preferences(window_start=480, window_end=540)) \
        == "borrower_window"
    assert parse_window("18:00-20:00") == (1080, 1200) and parse_window("8:30～9:00") == (510, 540)
    for bad in ("20:00-18:00", "18:00", "25:00-26:00", "18:60-19:00", "晚上"):
        with pytest.raises(ValueError):
            parse_window(bad)


def test_held_on_sql_is_the_rule(db: Database) -> None:
    """The dashboard's count of held borrowers (services/dashboard.held_on_sql, a sanctioned fast
    copy) against domain.policy.held_on, every hold around every day, on both engines."""
    days = [date(2026, 11, 25) + timedelta(days=n) for n in range(5)]
    holds: list[date | None] = [None, *days, date(9999, 12, 31)]
    with db.engine.connect() as conn:
        for day in days:
            for hold in holds:
                got = conn.execute(select(held_on_sql(literal(hold, borrower_table.c.hold_until.type), day))).scalar()
                assert bool(got) == held_on(hold, day), (hold, day)


# ---- the command line


@pytest.fixture
def office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    pin(monkeypatch, TODAY)
    assert run_cli("--db", db_url, "import", str(loan_book(tmp_path / "book.xlsx", rows(TODAY)))).code == 0
    set_office_details(db_url)
    return db_url


def test_borrower_prefs_on_the_command_line(office: str, tmp_path: Path) -> None:
    db_url = office
    shown = run_cli("--db", db_url, "borrower", "prefs", "HT101", "--json")
    assert shown.code == 0 and shown.json() == [{
        "borrower": "张三", "contracts": ["HT101"], "weekdays_only": False, "window": None, "weekly_max": None,
        "no_sms": False, "note": None, "set_by": None, "set_at": None}]
    res = run_cli("--db", db_url, "borrower", "prefs", "HT101", "--window", "18:00-20:00", "--weekly-max", "1",
                  "--note", "电话中要求晚上联系", "--by", "小王", "--json")
    assert res.code == 0, res.err
    (got,) = res.json()  # type: ignore[misc]
    assert (got["window"], got["weekly_max"], got["note"], got["set_by"]) == ("18:00-20:00", 1, "电话中要求晚上联系", "小王")
    # by the number too (every borrower with it); the options given change only those wishes
    res = run_cli("--db", db_url, "borrower", "prefs", "+86 138 0013 8000", "--weekdays-only", "--by", "小王", "--json")
    assert res.code == 0, res.err
    assert [(b["window"], b["weekdays_only"], b["weekly_max"]) for b in res.json()] == [  # type: ignore[union-attr]
        ("18:00-20:00", True, 1)]
    zh = run_cli("--db", db_url, "--lang", "zh_CN", "borrower", "prefs", "HT101")
    assert zh.code == 0 and zh.out.startswith("张三（HT101）：只在工作日") and "18:00-20:00" in zh.out and "小王" in zh.out
    en = run_cli("--db", db_url, "--lang", "en", "borrower", "prefs", "HT101")
    assert "working days only" in en.out and "only 18:00-20:00" in en.out and "at most 1 a week" in en.out

    # a planned message goes inside the borrower's hours: planned for 18:00, not 10:00
    batch = run_cli("--db", db_url, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    db = open_database(db_url)
    with db.engine.connect() as conn:
        planned = dict(conn.execute(select(loan_table.c.contract_no, MSG.c.planned_at)
                                    .join(loan_table, loan_table.c.id == MSG.c.loan_id)
                                    .where(MSG.c.batch_id == batch["id"])).all())
    db.dispose()
    assert planned["HT101"].astimezone(SH).time() == time(18, 0)
    assert planned["HT102"].astimezone(SH).time() == time(10, 0)
    waits = {m["contract_no"]: m["reason"] for m in batch["messages"]}  # it says why it waits
    assert waits["HT101"] == "borrower_window" and waits["HT102"] is None

    # no SMS: the draft is withdrawn, the loan is excluded with its reason and on the call list
    res = run_cli("--db", db_url, "borrower", "prefs", "HT101", "--no-sms", "--by", "小王")
    assert res.code == 0 and "1 message(s) not yet sent withdrawn" in res.out
    shown = run_cli("--db", db_url, "batch", "show", str(batch["id"]), "--json").json()
    assert isinstance(shown, dict)
    assert [(m["status"], m["reason"]) for m in shown["messages"] if m["contract_no"] == "HT101"] == [
        ("cancelled", "borrower_no_sms")]
    queue = {r["contract_no"]: r for r in run_cli("--db", db_url, "queue", "--json").json()}  # type: ignore[union-attr]
    assert queue["HT101"]["exclusions"] == ["borrower_no_sms"]
    calls = run_cli("--db", db_url, "calls", "--json").json()
    assert isinstance(calls, list)
    assert ("HT101", "borrower_no_sms") in [(r["contract_no"], r["reason"]) for r in calls]
    again = run_cli("--db", db_url, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(again, dict)
    assert {"contract_no": "HT101", "reasons": ["borrower_no_sms"]} in again["excluded"]
    assert "借款人要求不发短信" in run_cli("--db", db_url, "--lang", "zh_CN", "batch", "show", str(again["id"])).out

    # --clear takes them all away; the audit chain has every change, with who did it
    res = run_cli("--db", db_url, "borrower", "prefs", "HT101", "--clear", "--by", "小王", "--json")
    assert res.json() == [{"borrower": "张三", "contracts": ["HT101"], "weekdays_only": False, "window": None,
                           "weekly_max": None, "no_sms": False, "note": None, "set_by": None, "set_at": None}]
    db = open_database(db_url)
    with db.engine.connect() as conn:
        entries = conn.execute(select(audit_table.c.actor, audit_table.c.detail)
                               .where(audit_table.c.action == "borrower_prefs")).all()
    db.dispose()
    assert len(entries) == 4 and all(actor == "小王" for actor, _ in entries)
    assert "13800138000" not in " ".join(detail for _, detail in entries)  # no number on the chain
    assert run_cli("--db", db_url, "audit", "verify").code == 0


@pytest.mark.parametrize(("args", "words"), [
    (["HT101", "--window", "20:00-18:00"], "is not a time window"),
    (["HT101", "--weekly-max", "9"], "1 to 7"),
    (["HT999", "--no-sms"], "no contract or borrower's mobile number"),
    (["13911112222", "--no-sms"], "no contract or borrower's mobile number"),
    (["HT101", "--no-sms"], "--by"),
])
def test_bad_preferences_are_refused_and_change_nothing(office: str, args: list[str], words: str) -> None:
    by = [] if words == "--by" else ["--by", "小王"]
    res = run_cli("--db", office, "borrower", "prefs", *args, *by)
    assert res.code == 2 and words in res.err and len(res.err.strip().splitlines()) == 1
    shown = run_cli("--db", office, "borrower", "prefs", "HT101", "--json").json()
    assert isinstance(shown, list) and shown[0]["set_at"] is None and not shown[0]["no_sms"]


def test_an_import_never_resets_the_preferences(office: str, tmp_path: Path) -> None:
    """They are the person's: a newer sheet (amounts changed, the loan paid even) keeps them."""
    assert run_cli("--db", office, "borrower", "prefs", "HT102", "--window", "18:00-20:00", "--no-sms",
                   "--note", "回复：只接电话", "--by", "小王").code == 0
    newer = [list(r) for r in rows(TODAY)]
    newer[1][7] = 1500  # HT102: more paid
    newer[0][6] = 1200  # HT101: another amount
    res = run_cli("--db", office, "import", str(loan_book(tmp_path / "newer.xlsx", newer)), "--json")
    assert res.code == 0, res.err
    assert res.json()["loans_updated"] == 2  # type: ignore[index]
    shown = run_cli("--db", office, "borrower", "prefs", "HT102", "--json").json()
    assert isinstance(shown, list)
    assert (shown[0]["window"], shown[0]["no_sms"], shown[0]["note"]) == ("18:00-20:00", True, "回复：只接电话")


# ---- at the moment of sending


def _set(db: Database, borrower_id: int, **values: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(borrower_table).where(borrower_table.c.id == borrower_id).values(**values))


def status(db: Database, message_id: int) -> tuple[str, str | None, datetime | None]:
    with db.engine.connect() as conn:
        row = conn.execute(select(MSG.c.status, MSG.c.reason, MSG.c.planned_at).where(MSG.c.id == message_id)).one()
    return row.status, row.reason, row.planned_at


def test_preferences_set_after_approval_are_honoured_at_claim(db: Database) -> None:
    """A batch approved at 10:00; then staff record wishes. At claim time: the evening-only
    borrower's message waits for 18:00 and goes then, never before; the morning-only one's is
    withdrawn (their hours are over for its day); "no SMS" withdraws; the weekly limit of one,
    with a message gone two days ago, withdraws too (it frees only after the day's window)."""
    now = ten_am().astimezone(UTC)
    office = make_office(db, 5, now=now)
    evening, morning, no_sms, weekly, plain = office.message_ids
    b = office.borrower_ids
    _set(db, b[0], contact_window_start=18 * 60, contact_window_end=20 * 60)
    _set(db, b[1], contact_window_start=8 * 60, contact_window_end=9 * 60)
    _set(db, b[2], contact_no_sms=True)
    _set(db, b[3], contact_weekly_max=1)
    with db.engine.begin() as conn:  # a message that went to the weekly borrower two days ago
        old = conn.execute(select(MSG).where(MSG.c.id == weekly)).one()._asdict()
        old.update(id=None, status="sent", sent_at=now - timedelta(days=2), idempotency_key="old:1",
                   body="earlier text", batch_id=old["batch_id"])
        old.pop("id")
        conn.execute(insert(MSG).values(**old))
    box = Outbox(db, ContactPolicy(), Calendar(), now=lambda: now)
    box.start()
    claimed = box.claim(office.batch_id, "emulator:")
    assert isinstance(claimed, Claimed) and claimed.id == plain
    box.record_sent(claimed, Submitted(claimed.to, "ucs2", 1, ("1",)), "emulator:")
    got = box.claim(office.batch_id, "emulator:")
    assert isinstance(got, Waiting) and got.reason == "borrower_window"
    assert got.until == datetime.combine(ten_am().date(), time(18), SH)
    st, reason, planned = status(db, evening)
    assert (st, reason) == ("queued", "borrower_window") and planned is not None
    assert planned.astimezone(SH).time() == time(18)
    assert status(db, morning)[:2] == ("cancelled", "borrower_window")
    assert status(db, no_sms)[:2] == ("cancelled", "borrower_no_sms")
    assert status(db, weekly)[:2] == ("cancelled", "expired")
    with db.engine.connect() as conn:
        detail = conn.execute(select(EVENT.c.detail).where(EVENT.c.message_id == weekly)).scalar_one()
    assert json.loads(detail)["waits"] == "borrower_weekly"
    box.stop()
    # 17:59: still waiting; 18:00: it goes
    for minute, expected in ((17 * 60 + 59, Waiting), (18 * 60, Claimed)):
        at = datetime.combine(ten_am().date(), time(minute // 60, minute % 60), SH).astimezone(UTC)
        later = Outbox(db, ContactPolicy(), Calendar(), now=lambda at=at: at)  # type: ignore[misc]
        later.start()
        result = later.claim(office.batch_id, "emulator:")
        assert isinstance(result, expected), (minute, result)
        if isinstance(result, Claimed):
            assert result.id == evening
        later.stop()


@pytest.mark.usefixtures("quick_hash")
def test_in_an_office_with_accounts_a_clerk_signs_in_to_set_them(sqlite_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Like `hold`: a clerk may; a typed name without --user is refused and changes nothing. SQLite
    only: the accounts' rules are tested on both engines in test_accounts.py; this is the verb."""
    pin(monkeypatch, TODAY)
    assert run_cli("--db", sqlite_url, "import", str(loan_book(tmp_path / "book.xlsx", rows(TODAY)))).code == 0
    _users(sqlite_url, monkeypatch)
    res = run_cli("--lang", "zh_CN", "--db", sqlite_url, "borrower", "prefs", "HT101", "--no-sms", "--by", "carol")
    assert res.code == 2 and "请先登录：--user 姓名" in res.err
    res = run_cli("--db", sqlite_url, "--user", "carol", "borrower", "prefs", "HT101", "--no-sms", "--json")
    assert res.code == 0, res.err
    (got,) = res.json()  # type: ignore[misc]
    assert got["no_sms"] and got["set_by"].endswith(" carol") and got["set_by"].startswith("account#")
