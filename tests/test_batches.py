"""Reviewed batches end to end through the CLI, on SQLite and PostgreSQL: import -> queue ->
batch create -> show -> approve by another person -> export, and every refusal."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import func, insert, select, update

from operator_app.store.db import open_database
from operator_app.store.models import (
    audit_table,
    borrower_table,
    installment_table,
    loan_table,
    message_event_table,
    message_table,
    template_table,
)
from tests.conftest import run_cli, set_office_details
from tests.sheets import loan_book

SH = ZoneInfo("Asia/Shanghai")
# The office day the tests run on: today in Shanghai, at 10:00 (inside the send window).
TODAY = datetime.now(UTC).astimezone(SH).date()


def pin(monkeypatch: pytest.MonkeyPatch, day: date, hour: int = 10, minute: int = 0) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(day, time(hour, minute), SH).isoformat())


def rows(today: date) -> list[list[object]]:
    d = lambda n: today - timedelta(days=n)  # noqa: E731 - days past due
    return [
        # contract, name, phone, id, principal, due, amount due, paid, note
        ["HT101", "张三", "13800138000", None, 1000, d(10), 1000, 0, ""],       # M1
        ["HT102", "李四", "13900139000", None, 2000, d(45), 2000, 500, ""],     # M2, partly paid
        ["HT103", "王五", "13700137000", None, 3000, d(-3), 3000, 0, ""],       # pre_due D-3
        ["HT104", "赵六", "13600136000", None, 3000, d(-2), 3000, 0, ""],       # D-2: not a reminder day
        ["HT105", "孙七", "13500135000", None, 800, d(20), 800, 800, ""],       # paid
        ["HT106", "周八", "010-62345678", None, 500, d(5), 500, 0, ""],         # landline
        # one borrower, three overdue loans: one message, about the most overdue
        ["HT201", "吴九", "13300133000", "110101199003071234", 1000, d(5), 1000, 0, ""],
        ["HT202", "吴九", "13300133000", "110101199003071234", 1000, d(70), 1000, 0, ""],
        ["HT203", "吴九", "13300133000", "110101199003071234", 1000, d(35), 1000, 0, ""],
    ]


@pytest.fixture
def office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    pin(monkeypatch, TODAY)
    book = loan_book(tmp_path / "book.xlsx", rows(TODAY))
    res = run_cli("--db", db_url, "import", str(book), "--json")
    assert res.code == 0, res.err
    set_office_details(db_url)
    return db_url


def test_the_whole_flow(office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    queue = {r["contract_no"]: r for r in run_cli("--db", office, "queue", "--json").json()}  # type: ignore[union-attr]
    assert queue["HT101"]["stage"] == "M1"

    res = run_cli("--db", office, "batch", "create", "--by", "小王", "--json")
    assert res.code == 0, res.err
    batch = res.json()
    assert isinstance(batch, dict)
    assert set(batch) == {"id", "status", "as_of", "created_by", "approved_by", "parts_total", "messages", "excluded"}
    assert batch["parts_total"] == sum(m["segments"] for m in batch["messages"]) >= len(batch["messages"])
    assert batch["status"] == "draft" and batch["as_of"] == TODAY.isoformat() and batch["approved_by"] is None
    by_contract = {m["contract_no"]: m for m in batch["messages"]}
    assert sorted(by_contract) == ["HT101", "HT102", "HT103", "HT202"]
    m1 = by_contract["HT101"]
    assert set(m1) == {"id", "contract_no", "to", "text", "encoding", "segments", "status", "reason"}
    assert m1["to"] == "+8613800138000" and m1["status"] == "draft" and m1["encoding"] == "ucs2"
    assert "已逾期10天" in m1["text"] and "¥1,000.00" in m1["text"] and "张*" in m1["text"]
    assert "【安信小贷】" in m1["text"] and m1["text"].endswith("回T退订")
    assert "¥1,500.00" in by_contract["HT102"]["text"]  # what is still owed after the partial payment
    assert "本期应还¥3,000.00" in by_contract["HT103"]["text"]
    assert "已逾期70天" in by_contract["HT202"]["text"]
    excluded = {e["contract_no"]: e["reasons"] for e in batch["excluded"]}
    assert excluded == {"HT106": ["invalid_phone"], "HT201": ["one_per_borrower"], "HT203": ["one_per_borrower"]}

    shown = run_cli("--db", office, "batch", "show", str(batch["id"]), "--json").json()
    assert shown == batch
    text = run_cli("--db", office, "batch", "show", str(batch["id"]))
    assert "HT106" in text.out and "no usable mobile number" in text.out

    refused = run_cli("--db", office, "batch", "approve", str(batch["id"]), "--by", " 小王 ")
    assert refused.code == 1 and "cannot also approve" in refused.err

    ok = run_cli("--db", office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert ok.code == 0, ok.err
    after = run_cli("--db", office, "batch", "show", str(batch["id"]), "--json").json()
    assert isinstance(after, dict)
    assert after["status"] == "approved" and after["approved_by"] == "老李"
    assert {m["status"] for m in after["messages"]} == {"queued"}
    assert [m["text"] for m in after["messages"]] == [m["text"] for m in batch["messages"]]  # frozen

    out = tmp_path / "review.xlsx"
    assert run_cli("--db", office, "batch", "export", str(batch["id"]), str(out)).code == 0
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    texts = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert texts == [m["text"] for m in batch["messages"]]

    db = open_database(office)
    with db.engine.connect() as conn:
        actions = list(conn.execute(select(audit_table.c.action, audit_table.c.actor).order_by(audit_table.c.id)))
        events = conn.execute(select(func.count()).select_from(message_event_table)).scalar()
        stages = dict((r[0], r[1]) for r in conn.execute(select(message_table.c.stage, func.count()).group_by(message_table.c.stage)))
    db.dispose()
    assert ("batch_create", "小王") in actions and ("batch_approve", "老李") in actions
    assert events == 4
    assert stages == {"M1": 1, "M2": 1, "pre_due": 1, "M3": 1}
    assert run_cli("--db", office, "audit", "verify").code == 0

    # One message per borrower per day: a second batch today plans nothing for them again.
    again = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(again, dict)
    assert again["messages"] == []
    assert all("daily_cap" in e["reasons"] for e in again["excluded"] if e["contract_no"] in ("HT101", "HT202"))


def test_batch_create_counts_stages_in_a_loans_order_and_asks_no_approval_of_an_empty_batch(office: str) -> None:
    """The clerk reads the stages as a loan goes through them (due soon before M1), and a second
    batch of the day, which plans nothing, is not handed to a colleague to approve."""
    first = run_cli("--db", office, "--lang", "zh_CN", "batch", "create", "--by", "小王")
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert lines[2] == "  即将到期：1、M1（逾期1-30天）：1、M2（逾期31-60天）：1、M3（逾期61-90天）：1"
    assert lines[-1].startswith("请另一位同事复核：batch approve ")
    second = run_cli("--db", office, "batch", "create", "--by", "小王")
    assert second.code == 0, second.err
    batch_id = second.out.split()[1]
    assert second.out.splitlines()[-1] == (f"Batch {batch_id} has no message to send (the loans above are all "
                                           f"excluded): there is nothing to approve. Cancel it with: batch cancel "
                                           f"{batch_id} --by NAME")
    assert "batch approve" not in second.out


def test_batch_show_names_each_texts_parts(office: str) -> None:
    """A bare number after the encoding ("[M1（逾期1-30天）, UCS-2（中文）, 2]") told the clerk
    nothing, between ASCII commas in a Chinese line: the parts are counted in words."""
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    m1 = next(m for m in batch["messages"] if m["contract_no"] == "HT101")
    zh = run_cli("--db", office, "--lang", "zh_CN", "batch", "show", str(batch["id"])).out.splitlines()
    assert f"  #{m1['id']} HT101 +8613800138000 [M1（逾期1-30天）、UCS-2（中文）、{m1['segments']} 条] 草稿" in zh
    en = run_cli("--db", office, "batch", "show", str(batch["id"])).out.splitlines()
    assert f"  #{m1['id']} HT101 +8613800138000 [M1 (1-30 days), UCS-2 (Chinese), {m1['segments']} part(s)] draft" in en


def test_an_unknown_stage_lists_the_stages_that_command_takes(office: str) -> None:
    """`batch create --stage paid` once answered "no stage paid; the stages are: … paid（已结清）",
    and English named the grace stage "grace period", a code no command takes."""
    zh = run_cli("--db", office, "--lang", "zh_CN", "batch", "create", "--by", "小王", "--stage", "paid")
    assert (zh.code, zh.err) == (2, "没有“paid”这个阶段；可用的阶段：pre_due（即将到期）、due_today（今日到期）、"
                                    "grace（宽限期）、M1（逾期1-30天）、M2（逾期31-60天）、M3（逾期61-90天）、"
                                    "M3+（逾期90天以上）\n")
    en = run_cli("--db", office, "queue", "--stage", "late")
    assert (en.code, en.err) == (2, "Unknown stage \"late\"; the stages are: not_due (not due), pre_due (due soon), "
                                    "due_today (due today), grace (grace period), M1 (1-30 days), M2 (31-60 days), "
                                    "M3 (61-90 days), M3+ (over 90 days), paid\n")


def test_the_export_reads_in_words_for_the_reviewer(office: str, tmp_path: Path) -> None:
    """The reviewer's workbook said `M1`, `ucs2`, `draft`, `one_per_borrower`, `status` and
    `created_by` in a Chinese office: codes, not words."""
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    out = tmp_path / "review.xlsx"
    assert run_cli("--db", office, "--lang", "zh_CN", "batch", "export", str(batch["id"]), str(out)).code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["短信", "已排除", "批次"]
    rows = list(book["短信"].iter_rows(values_only=True))
    assert rows[0] == ("编号", "合同编号", "收件号码", "阶段", "内容", "编码", "分段", "状态", "原因")
    ht101 = next(r for r in rows if r[1] == "HT101")
    assert (ht101[3], ht101[5], ht101[7], ht101[8]) == ("M1（逾期1-30天）", "UCS-2（中文）", "草稿", None)
    assert ht101[2] == "+8613800138000"  # not '+8613800138000: the app's own E.164 number is no formula
    excluded = dict(book["已排除"].iter_rows(min_row=2, values_only=True))
    assert excluded == {"HT106": "无可用手机号", "HT201": "该借款人的另一笔借款已安排今天的短信",
                        "HT203": "该借款人的另一笔借款已安排今天的短信"}
    facts = dict(book["批次"].iter_rows(values_only=True))
    assert facts == {"批次编号": batch["id"], "发送日": TODAY.isoformat(), "批次状态": "草稿", "制单人": "小王",
                     "复核人": None}


def test_lists_inside_a_chinese_line_are_joined_the_chinese_way(office: str) -> None:
    """Exclusion reasons and a borrower's contracts were joined with ", " (and a contract's reasons
    set off with ": ") inside Chinese lines."""
    assert run_cli("--db", office, "batch", "create", "--by", "小王").code == 0
    again = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(again, dict)
    shown = run_cli("--db", office, "--lang", "zh_CN", "batch", "show", str(again["id"])).out.splitlines()
    ht101 = next(line for line in shown if line.startswith("  - HT101"))
    assert ht101.startswith("  - HT101：已达每日上限") and ", " not in ht101 and ": " not in ht101
    assert any("、" in line for line in shown if line.startswith("  - "))  # a loan with two reasons
    prefs = run_cli("--db", office, "--lang", "zh_CN", "borrower", "prefs", "HT202")
    assert prefs.out.splitlines()[0] == "吴九（HT201、HT202、HT203）：无联系偏好"
    en = run_cli("--db", office, "borrower", "prefs", "HT202")
    assert en.out.splitlines()[0] == "吴九 (HT201, HT202, HT203): no preferences"


def test_a_cancelled_batch_frees_the_day(office: str) -> None:
    first = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(first, dict) and [m["contract_no"] for m in first["messages"]] == ["HT101", "HT201"]
    res = run_cli("--db", office, "batch", "cancel", str(first["id"]), "--by", "小王")
    assert res.code == 0, res.err
    shown = run_cli("--db", office, "batch", "show", str(first["id"]), "--json").json()
    assert isinstance(shown, dict)
    assert shown["status"] == "cancelled" and shown["messages"][0]["status"] == "cancelled"
    assert shown["messages"][0]["reason"] == "batch_cancelled"
    second = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(second, dict) and [m["contract_no"] for m in second["messages"]] == ["HT101", "HT201"]
    assert run_cli("--db", office, "batch", "approve", str(first["id"]), "--by", "老李").code == 1


BAD_M1 = "【{{ signature }}】{{ masked_name }}，逾期{{ amount_due }}，再不还款将联系您的家人，否则上门。回T退订"


def test_a_template_failing_the_lint_is_kept_as_a_draft(office: str, tmp_path: Path) -> None:
    bad = tmp_path / "m1.txt"
    bad.write_text(BAD_M1, encoding="utf-8")
    res = run_cli("--db", office, "templates", "set", "M1", "--file", str(bad), "--by", "小王")
    assert res.code == 2 and res.err.count("\n") == 1, (res.out, res.err)
    assert "draft version 2" in res.err and "live version 1 is unchanged" in res.err
    assert "Threatening or insulting wording: 上门" in res.err and "家人" in res.err and "banned_word" not in res.err
    zh = run_cli("--db", office, "--lang", "zh_CN", "templates", "set", "M1", "--file", str(bad), "--by", "小王")
    assert zh.code == 2 and "草稿" in zh.err and "含有威胁或侮辱性用语：上门" in zh.err
    listed = {(t["key"], t["locale"]): t for t in run_cli("--db", office, "templates", "list", "--json").json()}  # type: ignore[union-attr]
    assert listed[("M1", "zh_CN")]["version"] == 1 and listed[("M1", "zh_CN")]["status"] == "active"
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(batch, dict) and all("家人" not in m["text"] for m in batch["messages"])
    db = open_database(office)
    with db.engine.connect() as conn:
        saved = list(conn.execute(select(template_table.c.version, template_table.c.status)
                                  .where(template_table.c.key == "M1", template_table.c.locale == "zh_CN")
                                  .order_by(template_table.c.version)))
    db.dispose()
    assert [tuple(r) for r in saved] == [(1, "active"), (2, "draft"), (3, "draft")]
    good = tmp_path / "m1ok.txt"
    good.write_text("【{{ signature }}】{{ masked_name }}您好，合同{{ contract_no }}已逾期{{ days_past_due }}天。回T退订",
                    encoding="utf-8")
    ok = run_cli("--db", office, "templates", "set", "M1", "--file", str(good), "--by", "小王")
    assert ok.code == 0 and "version 4" in ok.out, ok.err


def test_a_lint_error_blocks_approval(office: str) -> None:
    """A live version that fails the lint (saved before drafts existed, or a rule added since)."""
    db = open_database(office)
    with db.engine.begin() as conn:
        conn.execute(insert(template_table).values(key="M1", locale="zh_CN", version=9, body=BAD_M1,
                                                   created_by="旧版本", status="active"))
    db.dispose()
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(batch, dict) and "家人" in batch["messages"][0]["text"]
    refused = run_cli("--db", office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert refused.code == 1 and refused.err.count("\n") == 1
    # counted in messages (two messages, each breaking two rules) and said in words, not codes
    assert "2 message(s) fail the compliance check" in refused.err and "HT101" in refused.err
    assert "brings in other people" in refused.err and "third_party" not in refused.err
    zh = run_cli("--db", office, "--lang", "zh_CN", "batch", "approve", str(batch["id"]), "--by", "老李")
    assert "2 条短信未通过合规检查" in zh.err and "家人" in zh.err
    shown = run_cli("--db", office, "batch", "show", str(batch["id"]), "--json").json()
    assert isinstance(shown, dict) and shown["status"] == "draft"


def test_a_stale_import_asks_for_confirmation(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    later = TODAY + timedelta(days=5)
    pin(monkeypatch, later)
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict) and batch["as_of"] == later.isoformat()
    refused = run_cli("--db", office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert refused.code == 1
    assert TODAY.isoformat() in refused.err and "--confirm-stale" in refused.err
    ok = run_cli("--db", office, "batch", "approve", str(batch["id"]), "--by", "老李", "--confirm-stale")
    assert ok.code == 0, ok.err


def test_a_batch_for_another_day_is_refused(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    pin(monkeypatch, TODAY + timedelta(days=1))
    refused = run_cli("--db", office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert refused.code == 1 and "not for today" in refused.err


def test_after_the_window_nothing_is_planned_for_today(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY, 21, 0)
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict) and batch["messages"] == []
    assert {tuple(e["reasons"]) for e in batch["excluded"] if e["contract_no"] == "HT101"} == {("quiet_hours",)}


def test_opted_out_and_held_borrowers_are_excluded(office: str) -> None:
    db = open_database(office)
    with db.engine.begin() as conn:
        conn.execute(update(borrower_table).where(borrower_table.c.name == "张三")
                     .values(opted_out_at=datetime.now(UTC)))
        conn.execute(update(borrower_table).where(borrower_table.c.name == "李四")
                     .values(hold_until=TODAY + timedelta(days=3), hold_reason="dispute"))
    db.dispose()
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    excluded = {e["contract_no"]: e["reasons"] for e in batch["excluded"]}
    assert excluded["HT101"] == ["opted_out"] and excluded["HT102"] == ["on_hold"]
    calls = run_cli("--db", office, "calls", "--json").json()
    assert isinstance(calls, list)
    assert {(c["contract_no"], c["reason"]) for c in calls} == {("HT101", "opted_out_overdue"), ("HT106", "invalid_phone"),
                                                               ("HT102", "on_hold")}  # a dispute waits for a person
    assert calls[0]["contract_no"] == "HT102" and calls[0]["priority"] == 1


@pytest.mark.parametrize("argv", [
    ("batch", "create", "--by", "小王", "--stage", "M9"),
    ("batch", "create", "--by", "小王", "--template", "nope"),
    ("batch", "create", "--by", "  "),
    ("batch", "show", "999"),
    ("settings", "set", "policy.nope", "1", "--by", "小王"),
    ("settings", "set", "policy.daily_cap", "many", "--by", "小王"),
    ("settings", "set", "policy.window_end", "07:00", "--by", "小王"),
    ("templates", "show", "nope"),
])
def test_bad_input_exits_2_and_changes_nothing(office: str, argv: tuple[str, ...]) -> None:
    res = run_cli("--db", office, *argv)
    assert res.code == 2, (res.out, res.err)
    assert res.err.count("\n") == 1
    db = open_database(office)
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(message_table)).scalar() == 0
    db.dispose()


def test_settings_are_stored_audited_and_used(office: str) -> None:
    assert run_cli("--db", office, "settings", "set", "office.signature", "安信小贷", "--by", "管理员").code == 0
    assert run_cli("--db", office, "settings", "set", "stages.pre_due_days", "2", "--by", "管理员").code == 0
    shown = run_cli("--db", office, "settings", "show", "--json").json()
    assert isinstance(shown, dict)
    assert shown["office.signature"] == "安信小贷" and shown["policy.daily_cap"] == "1"
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    contracts = {m["contract_no"]: m["text"] for m in batch["messages"]}
    assert "HT104" in contracts and "HT103" not in contracts  # D-2 is now the reminder day
    assert contracts["HT101"].startswith("【安信小贷】")
    db = open_database(office)
    with db.engine.connect() as conn:
        details = list(conn.execute(select(audit_table.c.detail).where(audit_table.c.action == "setting_set")).scalars())
    db.dispose()
    assert len(details) == 4 and "安信小贷" in details[2]  # the fixture's two, then these


def test_a_higher_daily_cap_never_duplicates_a_loans_message(office: str) -> None:
    assert run_cli("--db", office, "settings", "set", "policy.daily_cap", "2", "--by", "管理员").code == 0
    assert run_cli("--db", office, "settings", "set", "policy.same_text_hours", "0", "--by", "管理员").code == 0
    first = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    second = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json")
    assert second.code == 0, second.err
    data = second.json()
    assert isinstance(first, dict) and isinstance(data, dict)
    assert "HT101" not in [m["contract_no"] for m in data["messages"]]
    assert {e["contract_no"]: e["reasons"] for e in data["excluded"]}["HT101"] == ["daily_cap"]


def test_a_repeat_offender_gets_the_firm_template(office: str) -> None:
    db = open_database(office)
    with db.engine.begin() as conn:
        loan_id = conn.execute(select(loan_table.c.id).where(loan_table.c.contract_no == "HT101")).scalar_one()
        # An earlier installment, paid nine days late: an overdue episode already over.
        conn.execute(insert(installment_table).values(loan_id=loan_id, seq=0, due_on=TODAY - timedelta(days=60),
                                                      amount_due_fen=50000, amount_paid_fen=50000,
                                                      paid_on=TODAY - timedelta(days=51), origin="schedule"))
    db.dispose()
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(batch, dict)
    text = next(m["text"] for m in batch["messages"] if m["contract_no"] == "HT101")
    assert "您此前有过逾期记录" in text


def test_working_days_only_uses_the_holiday_calendar(office: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("--db", office, "settings", "set", "policy.working_days_only", "true", "--by", "管理员").code == 0
    national_day = date(2026, 10, 1)  # a Thursday, a public holiday (resources/holidays/CN-2026.toml)
    book = loan_book(tmp_path / "autumn.xlsx", [["HT901", "郑十", "13200132000", None, 900,
                                                 national_day - timedelta(days=12), 900, 0, ""]])
    assert run_cli("--db", office, "import", str(book)).code == 0
    pin(monkeypatch, national_day)
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict) and batch["messages"] == []
    assert {e["contract_no"]: e["reasons"] for e in batch["excluded"]}["HT901"] == ["working_days_only"]
    make_up = date(2026, 10, 10)  # a Saturday worked in exchange
    pin(monkeypatch, make_up)
    batch = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict) and "HT901" in [m["contract_no"] for m in batch["messages"]]


def test_each_borrower_gets_their_language_and_the_export_is_formula_safe(office: str, tmp_path: Path) -> None:
    db = open_database(office)
    with db.engine.begin() as conn:
        conn.execute(update(borrower_table).where(borrower_table.c.name == "张三").values(locale="en"))
    db.dispose()
    assert run_cli("--db", office, "settings", "set", "office.signature", "安信", "--by", "管理员").code == 0
    batch = run_cli("--db", office, "batch", "create", "--by", "=cmd|' /C calc'!A0", "--json").json()
    assert isinstance(batch, dict)
    texts = {m["contract_no"]: m["text"] for m in batch["messages"]}
    assert texts["HT101"].startswith("【安信】张*, loan HT101 is 10 days overdue")
    assert "已逾期" in texts["HT202"]
    out = tmp_path / "review.xlsx"
    assert run_cli("--db", office, "batch", "export", str(batch["id"]), str(out)).code == 0
    sheet = openpyxl.load_workbook(out).worksheets[2]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}
    assert values["Created by"] == "'=cmd|' /C calc'!A0"  # text, never a formula


@pytest.mark.parametrize("days_ago, counted", [(6, True), (9, False)])
def test_the_weekly_cap_counts_what_went_in_the_last_week_only(office: str, monkeypatch: pytest.MonkeyPatch,
                                                                 days_ago: int, counted: bool) -> None:
    """The caps read the messages of recent batches (services/planning/batches: through the
    batches of the last days): one sent six days ago counts against a weekly cap of 1, one sent
    nine days ago does not."""
    assert run_cli("--db", office, "settings", "set", "policy.weekly_cap", "1", "--by", "管理员").code == 0
    then = TODAY - timedelta(days=days_ago)
    pin(monkeypatch, then)
    old = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(old, dict) and "HT102" in [m["contract_no"] for m in old["messages"]]
    sent_at = datetime.combine(then, time(10, 5), SH).astimezone(UTC).replace(tzinfo=None)
    db = open_database(office)
    with db.engine.begin() as conn:  # as the dispatcher leaves a message that went out
        conn.execute(update(message_table).where(message_table.c.batch_id == old["id"])
                     .values(status="sent", sent_at=sent_at))
    db.dispose()
    pin(monkeypatch, TODAY)
    today = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(today, dict)
    excluded = {e["contract_no"]: e["reasons"] for e in today["excluded"]}
    if counted:
        assert excluded.get("HT102") == ["weekly_cap"]
    else:
        assert "HT102" in [m["contract_no"] for m in today["messages"]]


@pytest.mark.parametrize("hours_ago, repeated", [(20, True), (30, False)])
def test_the_same_text_counts_within_its_hours_only(office: str, monkeypatch: pytest.MonkeyPatch,
                                                    hours_ago: int, repeated: bool) -> None:
    """The caps read a text only for messages within `same_text_hours` of now (the rest of the
    week is read without its texts): today's very text, sent 20 hours ago to the same number,
    holds today's message back; sent 30 hours ago, it does not (the other caps far away)."""
    for key, value in (("policy.daily_cap", "10"), ("policy.weekly_cap", "50")):
        assert run_cli("--db", office, "settings", "set", key, value, "--by", "管理员").code == 0
    first = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(first, dict)
    texts = {m["contract_no"]: m["text"] for m in first["messages"]}
    assert run_cli("--db", office, "batch", "cancel", str(first["id"]), "--by", "小王").code == 0
    then = datetime.combine(TODAY, time(10), SH) - timedelta(hours=hours_ago)
    pin(monkeypatch, then.date(), then.hour)
    old = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(old, dict)
    both = sorted(set(texts) & {m["contract_no"] for m in old["messages"]})
    assert both
    db = open_database(office)
    with db.engine.begin() as conn:  # as if it went then, with today's very text
        for m in old["messages"]:
            conn.execute(update(message_table).where(message_table.c.id == m["id"]).values(
                status="sent", sent_at=then.astimezone(UTC).replace(tzinfo=None), body=texts.get(m["contract_no"], "")))
    db.dispose()
    pin(monkeypatch, TODAY)
    today = run_cli("--db", office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(today, dict)
    excluded = {e["contract_no"]: e["reasons"] for e in today["excluded"]}
    planned = {m["contract_no"] for m in today["messages"]}
    for contract_no in both:
        if repeated:
            assert excluded.get(contract_no) == ["same_text_24h"]
        else:
            assert contract_no in planned


def test_the_plain_summary_reads_as_chinese_and_has_no_blank_line(office: str) -> None:
    """`batch create` for a person: counts after a full-width colon in Chinese (an ASCII one in
    English), and a batch with nothing planned prints no empty line of stages."""
    first = run_cli("--lang", "zh_CN", "--db", office, "batch", "create", "--by", "小王")
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert any("：" in line and line.startswith("  即将到期") for line in lines)  # the stages' counts, due soon first
    assert [line for line in lines if line.startswith("  - ")] and all(
        "：" in line and ": " not in line for line in lines if line.startswith("  - "))
    again = run_cli("--lang", "zh_CN", "--db", office, "batch", "create", "--by", "小王")  # all capped today
    assert again.code == 0, again.err
    assert "0 条短信" in again.out and all(line.strip() for line in again.out.splitlines())
    en = run_cli("--lang", "en", "--db", office, "batch", "create", "--by", "小王")
    assert "  - daily limit reached: " in en.out
