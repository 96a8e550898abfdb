"""Borrowers' rights (issue 20, item 4): `privacy export` gives a borrower everything the office
holds about them, `privacy erase` leaves no byte of the person in the database (amounts and dates
stay, the audit chain still verifies), a later import does not write them back, and `privacy
purge` empties the texts of loans closed longer ago than the retention setting."""

from __future__ import annotations

import json
import os
import socket
import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, insert, select, update

from operator_app.messaging import inbound
from operator_app.services.context import open_db
from operator_app.store import run_lock
from operator_app.store.db import open_database
from operator_app.store.models import (
    Base,
    audit_table,
    dispatch_run_table,
    import_issue_table,
    import_run_table,
    inbound_table,
    installment_table,
    loan_table,
    message_part_table,
    message_table,
)
from tests.conftest import run_cli, set_office_details
from tests.sheets import HEADERS, loan_book
from tests.test_batches import SH, TODAY, pin

NAME, RAW_PHONE, E164, ID_NUMBER = "欧阳测试", "139 1234 5678", "+8613912345678", "11010119900307591X"
REPLY = "我是欧阳测试，这个月底一定还清"
HOLD = "欧阳测试本人来电称已还款，核实中"
PREF_NOTE = "白天在纺织厂三车间上班，晚上再联系"  # the note of their contact wishes (free text)


def _book(path: Path, today: date, *, paid: bool = False) -> Path:
    d = lambda n: today - timedelta(days=n)  # noqa: E731 - days past due
    return loan_book(path, [
        ["HT900", NAME, RAW_PHONE, ID_NUMBER, 5000, d(12), 5000, 5000 if paid else 0, ""],
        ["HT901", NAME, RAW_PHONE, ID_NUMBER, 3000, d(40), 3000, 1000, ""],
        ["HT902", "张三", "13800138000", None, 1000, d(10), 1000, 0, ""],
    ], headers=HEADERS)


def _sent_office(url: str, tmp_path: Path) -> Path:
    """The book imported, a batch approved and sent, two replies and a hold naming the person."""
    book = _book(tmp_path / "book.xlsx", TODAY)
    assert run_cli("--db", url, "import", str(book)).code == 0
    set_office_details(url)
    assert run_cli("--db", url, "batch", "create", "--by", "小王").code == 0
    assert run_cli("--db", url, "batch", "approve", "1", "--by", "老李").code == 0
    sent = run_cli("--db", url, "send", "1", "--transport", "emulator:", "--by", "老李")
    assert sent.code == 0, sent.err
    db = open_database(url)
    try:
        with db.engine.begin() as conn:
            now = datetime.now(UTC)
            inbound.store_reply(conn, inbound.Reply(E164, REPLY, None), now=now)
            inbound.store_reply(conn, inbound.Reply(RAW_PHONE, "有异议，我已经还了，请核实", None), now=now)
    finally:
        db.dispose()
    assert run_cli("--db", url, "hold", "HT900", "--reason", HOLD, "--by", "小王").code == 0
    wishes = run_cli("--db", url, "borrower", "prefs", "HT900", "--window", "18:00-20:00", "--note", PREF_NOTE,
                     "--by", "小王")
    assert wishes.code == 0, wishes.err
    return book


def _needles() -> list[str]:
    return [NAME, E164, E164[3:], RAW_PHONE, ID_NUMBER, ID_NUMBER[-4:], REPLY, "我已经还了", "欧阳", "纺织厂三车间"]


def _all_text(url: str) -> str:
    """Every row of every table as text (what a query of the database can still find)."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return "\n".join(repr(tuple(row)) for table in Base.metadata.sorted_tables
                             for row in conn.execute(select(table)))
    finally:
        db.dispose()


def _owed(url: str) -> tuple[int, int, int]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return (conn.execute(select(func.sum(installment_table.c.amount_due_fen))).scalar_one(),
                    conn.execute(select(func.sum(installment_table.c.amount_paid_fen))).scalar_one(),
                    conn.execute(select(func.count()).select_from(loan_table)).scalar_one())
    finally:
        db.dispose()


def test_erase_leaves_no_trace_keeps_the_amounts_and_the_chain(db_url: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    book = _sent_office(db_url, tmp_path)
    db = open_database(db_url)
    with db.engine.begin() as conn:  # a problem of an earlier import that quoted the person's cells
        run_id = conn.execute(select(func.max(import_run_table.c.id))).scalar_one()
        conn.execute(insert(import_issue_table).values(
            run_id=run_id, row=7, column="手机号码", code="invalid_phone", severity="warning",
            message=f"第 7 行「手机号码」：{RAW_PHONE}（{NAME}）不是手机号", params=json.dumps(
                {"detail": "issue_invalid_phone", "value": RAW_PHONE, "name": NAME}, ensure_ascii=False)))
    db.dispose()
    before = _all_text(db_url)
    assert all(n in before for n in (NAME, E164, RAW_PHONE, ID_NUMBER[-4:], REPLY, HOLD))  # it was all there
    owed = _owed(db_url)

    res = run_cli("--db", db_url, "privacy", "erase", "HT901", "--reason", f"本人书面申请（{NAME}）", "--by", "管理员")
    assert res.code == 0, res.err
    assert "HT900" in res.out and "HT901" in res.out and "redacted" in res.out  # both loans, the hold entry
    assert run_cli("--db", db_url, "audit", "verify").code == 0  # approvals and redacted entries still check
    assert _owed(db_url) == owed  # amounts and dates kept for the accounts
    after = _all_text(db_url)
    for needle in _needles():
        assert needle not in after, needle
    assert "张三" in after and "+8613800138000" in after  # the other borrower is untouched
    if db_url.endswith(".db"):  # the bytes of the file itself, its log included
        raw = b"".join(Path(p).read_bytes() for p in (db_url, db_url + "-wal") if Path(p).exists())
        for needle in _needles():
            assert needle.encode() not in raw, needle
    # never planned again; the call list does not show them either
    queue = {r["contract_no"]: r for r in run_cli("--db", db_url, "queue", "--json").json()}  # type: ignore[union-attr]
    assert "opted_out" in queue["HT900"]["exclusions"] and queue["HT900"]["borrower"] is None
    assert {r["contract_no"] for r in run_cli("--db", db_url, "calls", "--json").json()} <= {"HT902"}  # type: ignore[union-attr]
    # the office's sheet still names them: the loans update, the person is not written back
    res = run_cli("--db", db_url, "import", str(book), "--json")
    assert res.code == 0, res.err
    again = res.json()
    assert isinstance(again, dict)
    assert [w["code"] for w in again["warnings"]].count("erased") == 2
    assert all(NAME not in w["message"] for w in again["warnings"])
    assert NAME not in _all_text(db_url) and ID_NUMBER[-4:] not in _all_text(db_url)
    assert run_cli("--db", db_url, "audit", "verify").code == 0
    # erasing again, or nothing: bad input, one line
    res = run_cli("--db", db_url, "privacy", "erase", "HT900", "--reason", "x", "--by", "管理员")
    assert res.code == 2 and "already erased" in res.err
    res = run_cli("--db", db_url, "privacy", "erase", "NO-SUCH", "--reason", "x", "--by", "管理员")
    assert res.code == 2 and res.err.count("\n") == 1


def test_a_redacted_entry_edited_afterwards_breaks_the_chain(sqlite_url: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite only: the edit is made behind the app's back, on the file."""
    pin(monkeypatch, TODAY)
    _sent_office(sqlite_url, tmp_path)
    assert run_cli("--db", sqlite_url, "privacy", "erase", "HT900", "--reason", "申请", "--by", "管理员").code == 0
    db = open_database(sqlite_url)
    with db.engine.begin() as conn:
        held = conn.execute(select(audit_table.c.id, audit_table.c.detail).where(audit_table.c.action == "hold", audit_table.c.actor == "小王")).one()
        assert "〔已删除〕" in held.detail
        conn.execute(update(audit_table).where(audit_table.c.id == held.id)
                     .values(detail=held.detail.replace("〔已删除〕", "someone else")))
    db.dispose()
    res = run_cli("--db", sqlite_url, "audit", "verify", "--json")
    assert res.code == 1 and res.json()["broken_at"] == held.id  # type: ignore[index]


def test_export_writes_everything_in_words_and_refuses_the_unknown(db_url: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    _sent_office(db_url, tmp_path)
    out = tmp_path / "copy.xlsx"
    res = run_cli("--lang", "zh_CN", "--db", db_url, "privacy", "export", RAW_PHONE, str(out), "--by", "管理员")
    assert res.code == 0, res.err
    assert "2 笔借款" in res.out or "2 loans" in res.out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    book = openpyxl.load_workbook(out)
    sheets = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    assert list(sheets) == ["借款人", "借款", "分期", "还款", "短信", "短信记录", "状态报告", "回复"]
    person = dict(zip(sheets["借款人"][0], sheets["借款人"][1], strict=True))
    assert person["姓名"] == NAME and person["身份证号后四位"] == ID_NUMBER[-4:] and "match_key" not in person
    loans = [dict(zip(sheets["借款"][0], r, strict=True)) for r in sheets["借款"][1:]]
    assert sorted((r["合同编号"], r["本金（元）"]) for r in loans) == [("HT900", 5000), ("HT901", 3000)]
    texts = [r[sheets["回复"][0].index("内容")] for r in sheets["回复"][1:]]
    assert REPLY in texts and len(texts) == 2
    sent = sheets["短信"][1]
    sent_at = sent[sheets["短信"][0].index("发送时间")]
    assert isinstance(sent_at, datetime) and sent_at.date() == TODAY  # the office's clock
    # an unknown contract or number: one line, exit 2, nothing written
    missing = tmp_path / "none.xlsx"
    for key in ("NO-SUCH", "13700000000"):
        res = run_cli("--db", db_url, "privacy", "export", key, str(missing), "--by", "管理员")
        assert res.code == 2 and res.err.count("\n") == 1 and not missing.exists()


def test_a_number_several_borrowers_share_exports_them_all(db_url: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    book = loan_book(tmp_path / "shared.xlsx", [
        ["HT1", "李雷", "13700137000", None, 1000, TODAY, 1000, 0, ""],
        ["HT2", "韩梅梅", "13700137000", None, 1000, TODAY, 1000, 0, ""]], headers=HEADERS)
    assert run_cli("--db", db_url, "import", str(book)).code == 0
    res = run_cli("--db", db_url, "privacy", "export", "13700137000", str(tmp_path / "o.xlsx"), "--by", "管理员")
    assert res.code == 0 and "belongs to 2 borrowers" in res.out
    # erasing one of them keeps the number: it is the other's too
    res = run_cli("--db", db_url, "privacy", "erase", "HT1", "--reason", "申请", "--by", "管理员")
    assert res.code == 0 and "also another borrower's" in res.out
    text_now = _all_text(db_url)
    assert "李雷" not in text_now and "韩梅梅" in text_now and "+8613700137000" in text_now


def test_erase_withdraws_what_waits_and_is_refused_while_a_send_runs(sqlite_url: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: a dispatcher run alive is its row plus its lock file, as in test_backups."""
    pin(monkeypatch, TODAY)
    assert run_cli("--db", sqlite_url, "import", str(_book(tmp_path / "b.xlsx", TODAY))).code == 0
    set_office_details(sqlite_url)
    assert run_cli("--db", sqlite_url, "batch", "create", "--by", "小王").code == 0
    assert run_cli("--db", sqlite_url, "batch", "approve", "1", "--by", "老李").code == 0
    db = open_database(sqlite_url)
    with db.engine.begin() as conn:
        run_id = conn.execute(insert(dispatch_run_table).values(host=socket.gethostname(), pid=os.getpid())
                              .returning(dispatch_run_table.c.id)).scalar_one()
    db.dispose()
    lock = run_lock.RunLock(Path(sqlite_url), run_id)
    lock.acquire()
    try:
        res = run_cli("--db", sqlite_url, "privacy", "erase", "HT900", "--reason", "申请", "--by", "管理员")
        assert res.code == 1 and f"run {run_id}" in res.err
        assert NAME in _all_text(sqlite_url)  # nothing changed
    finally:
        lock.release()
    db = open_database(sqlite_url)
    with db.engine.begin() as conn:
        conn.execute(update(dispatch_run_table).values(finished_at=datetime.now(UTC)))
    db.dispose()
    res = run_cli("--db", sqlite_url, "privacy", "erase", "HT900", "--reason", "申请", "--by", "管理员")
    assert res.code == 0 and "1 message(s) not yet sent were withdrawn" in res.out, res.out
    listed = run_cli("--db", sqlite_url, "messages", "--json").json()
    assert isinstance(listed, list)
    mine = [m for m in listed if m["contract_no"] in ("HT900", "HT901")]
    assert [(m["status"], m["reason"], m["to"], m["text"]) for m in mine] == [("cancelled", "erased", "", "〔已删除〕")]


def _close(url: str, contract: str, day: date) -> None:
    db = open_database(url)
    try:
        with db.engine.begin() as conn:
            loan_id = conn.execute(select(loan_table.c.id).where(loan_table.c.contract_no == contract)).scalar_one()
            conn.execute(update(loan_table).where(loan_table.c.id == loan_id).values(status="paid", owed_fen=0))
            conn.execute(update(installment_table).where(installment_table.c.loan_id == loan_id).values(
                amount_paid_fen=installment_table.c.amount_due_fen, paid_on=day))
    finally:
        db.dispose()


def _messages(url: str) -> dict[str, Any]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(select(loan_table.c.contract_no, message_table.c.body, message_table.c.to,
                                       message_table.c.id).join(loan_table, loan_table.c.id == message_table.c.loan_id))
            out: dict[str, Any] = {r.contract_no: r for r in rows}
            out["parts"] = conn.execute(select(func.count()).select_from(message_part_table)).scalar_one()
            out["replies"] = list(conn.execute(select(inbound_table.c.text).order_by(inbound_table.c.id)).scalars())
            return out
    finally:
        db.dispose()


def test_purge_empties_the_texts_of_loans_closed_long_ago(db_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    _sent_office(db_url, tmp_path)
    sent = _messages(db_url)
    assert {"HT901", "HT902"} <= set(sent)
    _close(db_url, "HT901", TODAY)  # 欧阳测试's loans: HT901 closed today...
    _close(db_url, "HT900", TODAY - timedelta(days=2))
    _close(db_url, "HT902", TODAY + timedelta(days=40))  # ...张三's some weeks later
    later = TODAY + timedelta(days=36 * 31)  # 36 months and a bit: the first two have expired, not the third
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(later, time(10), SH).isoformat())
    dry = run_cli("--db", db_url, "privacy", "purge", "--dry-run", "--by", "管理员", "--json").json()
    assert isinstance(dry, dict) and dry["messages"] == 1 and dry["loans"] == 2 and dry["replies"] == 2
    assert _messages(db_url)["HT901"].body == sent["HT901"].body  # a dry run changes nothing
    res = run_cli("--lang", "en", "--db", db_url, "privacy", "purge", "--by", "管理员")
    assert res.code == 0 and "1 message(s) and 2 reply(ies) of 2 loan(s)" in res.out, res.out
    now = _messages(db_url)
    assert now["HT901"].body == "〔已删除〕" and now["HT901"].to == sent["HT901"].to  # who was written to stays
    assert now["HT902"].body == sent["HT902"].body  # closed 35 months ago: kept
    assert now["replies"] == ["〔已删除〕", "〔已删除〕"]
    assert run_cli("--db", db_url, "audit", "verify").code == 0
    again = run_cli("--db", db_url, "privacy", "purge", "--by", "管理员", "--json").json()
    assert isinstance(again, dict) and again["messages"] == 0  # nothing twice
    # the person asks for erasure after the purge: the approval still checks (the purge's digest holds)
    assert run_cli("--db", db_url, "privacy", "erase", "HT901", "--reason", "申请", "--by", "管理员").code == 0
    assert run_cli("--db", db_url, "audit", "verify").code == 0
    # a setting makes the retention shorter; --before names the day outright
    assert run_cli("--db", db_url, "settings", "set", "privacy.retention_months", "0", "--by", "管理员").code == 2
    res = run_cli("--db", db_url, "privacy", "purge", "--before", "not-a-day", "--by", "管理员")
    assert res.code == 2


def test_the_daily_backup_runs_the_purge(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite only: the daily backup is of a SQLite file."""
    pin(monkeypatch, TODAY)
    _sent_office(sqlite_url, tmp_path)
    _close(sqlite_url, "HT901", TODAY)
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY + timedelta(days=40 * 31), time(10), SH).isoformat())
    monkeypatch.setenv("OPERATOR_APP_AUTO_BACKUP", "1")
    open_db(sqlite_url, daily_backup=True).dispose()
    assert _messages(sqlite_url)["HT901"].body == "〔已删除〕"
    assert list((tmp_path / "backups").glob("office-*-auto.db"))  # the backup came first
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        actions = list(conn.execute(select(audit_table.c.action).order_by(audit_table.c.id)).scalars())
    db.dispose()
    assert actions[-2:] == ["backup_created", "privacy_purge"]
    assert run_cli("--db", sqlite_url, "audit", "verify").code == 0
    # an erase afterwards says that the backup still holds the person, and leaves it be
    made = list((tmp_path / "backups").glob("office-*-auto.db"))
    res = run_cli("--lang", "en", "--db", sqlite_url, "privacy", "erase", "HT902", "--reason", "申请", "--by", "管理员")
    assert res.code == 0 and "1 backup file(s) made before still hold this borrower" in res.out, res.out
    assert all(p.exists() and "张三".encode() in p.read_bytes() for p in made)


def test_a_schedule_sheet_naming_an_erased_borrower_keeps_them_out(db_url: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    assert run_cli("--db", db_url, "import", str(_book(tmp_path / "book.xlsx", TODAY))).code == 0
    assert run_cli("--db", db_url, "privacy", "erase", "HT900", "--reason", "申请", "--by", "管理员").code == 0
    headers = ["合同编号", "客户姓名", "手机号码", "期次", "应还日期", "应还金额", "已还金额"]
    schedule = loan_book(tmp_path / "schedule.xlsx", [
        ["HT900", NAME, RAW_PHONE, 1, TODAY - timedelta(days=40), 2500, 2500],
        ["HT900", NAME, RAW_PHONE, 2, TODAY - timedelta(days=10), 2500, 0],
    ], headers=headers, totals=False)
    res = run_cli("--db", db_url, "import", str(schedule), "--kind", "installment", "--json").json()
    assert isinstance(res, dict) and [w["code"] for w in res["warnings"]] == ["erased"], res
    assert NAME not in _all_text(db_url) and E164 not in _all_text(db_url)
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(installment_table).join(
                loan_table, loan_table.c.id == installment_table.c.loan_id).where(
                loan_table.c.contract_no == "HT900")).scalar_one() == 2  # the new schedule is the loan's
    finally:
        db.dispose()
