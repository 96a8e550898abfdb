"""Payments written by imports, the call list, and templates carrying a provider's template code."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert, select, update

from operator_app.store.db import open_database
from operator_app.store.models import (
    borrower_table,
    inbound_table,
    loan_table,
    message_table,
    payment_table,
)
from tests.conftest import run_cli
from tests.sheets import HEADERS, loan_book
from tests.test_batches import TODAY, pin

PAID_HEADERS = [*HEADERS, "实还日期"]


def book(path: Path, paid_102: int, paid_on: date | None) -> Path:
    d = lambda n: TODAY - timedelta(days=n)  # noqa: E731
    return loan_book(path, [
        ["HT101", "张三", "13800138000", None, 1000, d(10), 1000, 0, "", None],
        ["HT102", "李四", "13900139000", None, 2000, d(45), 2000, paid_102, "", paid_on],
        ["HT103", "+张三", "13700137000", None, 2000, d(5), 2000, 0, "", None],
        ["HT104", "钱一", "13700137000", None, 2000, d(5), 2000, 0, "", None],  # same number as HT103
        ["HT105", "周八", "010-62345678", None, 500, d(5), 500, 0, "", None],
    ], headers=PAID_HEADERS)


def payments(url: str) -> list[tuple[str, int, date]]:
    db = open_database(url)
    with db.engine.connect() as conn:
        out = [(r.contract_no, r.amount_fen, r.paid_on) for r in conn.execute(
            select(loan_table.c.contract_no, payment_table.c.amount_fen, payment_table.c.paid_on)
            .join(loan_table, loan_table.c.id == payment_table.c.loan_id).order_by(payment_table.c.id))]
    db.dispose()
    return out


def test_an_import_that_raises_the_paid_amount_writes_a_payment(db_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "a.xlsx", 500, None))).code == 0
    assert payments(db_url) == []  # the first sighting is the baseline
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "b.xlsx", 800, None))).code == 0
    assert payments(db_url) == [("HT102", 30000, TODAY)]  # no paid date on the sheet: the import's day
    paid_day = TODAY - timedelta(days=1)
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "c.xlsx", 2000, paid_day))).code == 0
    assert payments(db_url)[1:] == [("HT102", 120000, paid_day)]
    # The same file again changes nothing, and a lower figure (a corrected sheet) is no payment.
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "c.xlsx", 2000, paid_day))).code == 0
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "d.xlsx", 1500, paid_day))).code == 0
    assert len(payments(db_url)) == 2


def test_the_call_list(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "a.xlsx", 0, None))).code == 0
    rows = run_cli("--db", db_url, "calls", "--json").json()
    assert isinstance(rows, list)
    assert [{k: r[k] for k in ("contract_no", "borrower", "phone_raw", "reason")} for r in rows] == [
        {"contract_no": "HT103", "borrower": "+张三", "phone_raw": "13700137000", "reason": "shared_phone"},
        {"contract_no": "HT104", "borrower": "钱一", "phone_raw": "13700137000", "reason": "shared_phone"},
        {"contract_no": "HT105", "borrower": "周八", "phone_raw": "010-62345678", "reason": "invalid_phone"},
    ]
    # Three messages sent since HT101 fell overdue, no payment, no reply: phone them.
    db = open_database(db_url)
    with db.engine.begin() as conn:
        loan = conn.execute(select(loan_table.c.id, loan_table.c.borrower_id).where(loan_table.c.contract_no == "HT101")).one()
        batch = run_cli("--db", db_url, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
        assert isinstance(batch, dict)
        for n in (1, 2, 3):
            at = datetime.now(UTC) - timedelta(days=n)
            conn.execute(insert(message_table).values(
                batch_id=batch["id"], loan_id=loan.id, borrower_id=loan.borrower_id, to="+8613800138000",
                body=f"text {n}", segments=1, encoding="ucs2", locale="zh_CN", stage="M1", status="sent",
                idempotency_key=f"test:{n}", planned_at=at, sent_at=at))
    rows = run_cli("--db", db_url, "calls", "--json").json()
    assert isinstance(rows, list)
    assert {"contract_no": "HT101", "borrower": "张三", "phone_raw": "13800138000", "reason": "no_response"} in [
        {k: r[k] for k in ("contract_no", "borrower", "phone_raw", "reason")} for r in rows]
    with db.engine.begin() as conn:  # a reply after the messages takes them off the list
        conn.execute(insert(inbound_table).values(sender="+8613800138000", text="明天还", borrower_id=loan.borrower_id,
                                                  received_at=datetime.now(UTC)))
    rows = run_cli("--db", db_url, "calls", "--json").json()
    assert isinstance(rows, list) and all(r["contract_no"] != "HT101" for r in rows)
    with db.engine.begin() as conn:
        conn.execute(update(borrower_table).where(borrower_table.c.id == loan.borrower_id)
                     .values(opted_out_at=datetime.now(UTC)))
    db.dispose()
    rows = run_cli("--db", db_url, "calls", "--json").json()
    assert isinstance(rows, list)
    assert {"contract_no": "HT101", "borrower": "张三", "phone_raw": "13800138000", "reason": "opted_out_overdue"} in [
        {k: r[k] for k in ("contract_no", "borrower", "phone_raw", "reason")} for r in rows]

    out = tmp_path / "calls.xlsx"
    assert run_cli("--db", db_url, "calls", "--xlsx", str(out)).code == 0
    cells = [row for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    formula = next(r for r in cells if r[0] == "HT103")
    assert formula[1] == "'+张三"  # written as text, never run as a formula
    assert formula[3] == "number shared by several borrowers"


def test_the_call_list_puts_held_borrowers_first_then_the_most_overdue(db_url: str, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """services/calls.call_priority: a dispute waits for a person (1), then loans past their first
    month (2), then the rest (3); within one, the most days overdue, then the most owed."""
    from operator_app.services.book.calls import call_priority

    assert [call_priority(True, "M1"), call_priority(False, "M2"), call_priority(False, "M3+"),
            call_priority(False, "M1"), call_priority(False, "due_today")] == [1, 2, 2, 3, 3]
    pin(monkeypatch, TODAY)
    d = lambda n: TODAY - timedelta(days=n)  # noqa: E731
    sheet = loan_book(tmp_path / "a.xlsx", [
        ["HT201", "甲", "010-62345678", None, 500, d(3), 500, 0, "", None],
        ["HT202", "乙", "010-62345679", None, 900, d(3), 900, 0, "", None],
        ["HT203", "丙", "010-62345670", None, 100, d(70), 100, 0, "", None],
        ["HT204", "丁", "13800138000", None, 300, d(1), 300, 0, "", None],
    ], headers=PAID_HEADERS)
    assert run_cli("--db", db_url, "import", str(sheet)).code == 0
    assert run_cli("--db", db_url, "hold", "HT204", "--reason", "称已还款，待核实", "--by", "小王").code == 0
    rows = run_cli("--db", db_url, "calls", "--json").json()
    assert isinstance(rows, list)
    assert [(r["contract_no"], r["reason"], r["priority"], r["days_past_due"], r["outstanding_fen"]) for r in rows] == [
        ("HT204", "on_hold", 1, 1, 30000),
        ("HT203", "invalid_phone", 2, 70, 10000),
        ("HT202", "invalid_phone", 3, 3, 90000),
        ("HT201", "invalid_phone", 3, 3, 50000),
    ]
    listed = run_cli("--db", db_url, "--lang", "zh_CN", "calls")
    header, first = listed.out.splitlines()[:2]
    assert header.split("\t")[0] == "优先级" and first.split("\t")[:2] == ["1", "HT204"] and "¥300.00" in first
    assert "暂停" in first


def test_a_provider_template_code_is_frozen_with_the_text(db_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    assert run_cli("--db", db_url, "import", str(book(tmp_path / "a.xlsx", 0, None))).code == 0
    spec = tmp_path / "m1.toml"
    spec.write_text(
        'body = "【{{ signature }}】{{ masked_name }}您好，您的借款已逾期{{ days_past_due }}天，'
        '应还{{ amount_due|money }}。回T退订"\n'
        '[providers.aliyun]\ncode = "SMS_4711"\nparams = { name = "masked_name", amount = "amount_due" }\n',
        encoding="utf-8")
    res = run_cli("--db", db_url, "templates", "set", "M1", "--file", str(spec), "--by", "小王")
    assert res.code == 0, res.err
    shown = run_cli("--db", db_url, "templates", "show", "M1", "--json").json()
    assert isinstance(shown, list)
    zh = next(t for t in shown if t["locale"] == "zh_CN")
    assert zh["version"] == 2 and zh["providers"]["aliyun"]["code"] == "SMS_4711"
    batch = run_cli("--db", db_url, "batch", "create", "--by", "小王", "--stage", "M1", "--json").json()
    assert isinstance(batch, dict)
    db = open_database(db_url)
    with db.engine.connect() as conn:
        frozen = conn.execute(select(message_table.c.provider_params)
                              .where(message_table.c.batch_id == batch["id"])).scalar_one()
    db.dispose()
    assert frozen is not None and '"SMS_4711"' in frozen and '"name": "张*"' in frozen and "¥1,000.00" in frozen
    bad = tmp_path / "bad.toml"
    bad.write_text('body = "x"\n[providers.aliyun]\ncode = "SMS_1"\nparams = { id = "id_number" }\n', encoding="utf-8")
    assert run_cli("--db", db_url, "templates", "set", "M1", "--file", str(bad), "--by", "小王").code == 2


def test_record_payments_over_every_kind_of_loan_in_one_run(db_url: str) -> None:
    """One run touching loans first seen (baselines, written by the database itself), seen loans
    whose total rose, fell or stayed, a loan with two installments, one with none, and a loan
    of another run: exactly the baselines, updates and payments of the rule."""
    from operator_app.services.book.payments import record_payments
    from operator_app.store.models import import_run_table, installment_table, loan_paid_seen_table

    db = open_database(db_url)
    day = date(2026, 11, 20)
    try:
        with db.engine.begin() as conn:
            for run in (1, 2):
                conn.execute(insert(import_run_table).values(id=run, file_name="x", sha256="x", kind="loan",
                                                             mapping="{}"))
            loans = {1: "NEW", 2: "NEW2", 3: "ROSE", 4: "FELL", 5: "SAME", 6: "BARE", 7: "OTHER"}
            for loan_id, contract in loans.items():
                conn.execute(insert(loan_table).values(id=loan_id, contract_no=contract,
                                                       import_run_id=2 if loan_id == 7 else 1))
            paid = {(1, 1): 300, (2, 1): 100, (2, 2): 250, (3, 1): 900, (4, 1): 100, (5, 1): 500, (7, 1): 999}
            for (loan_id, seq), amount in paid.items():
                conn.execute(insert(installment_table).values(
                    loan_id=loan_id, seq=seq, due_on=day, amount_due_fen=1000, amount_paid_fen=amount,
                    paid_on=day - timedelta(days=seq) if loan_id == 3 else None))
            conn.execute(insert(loan_paid_seen_table), [
                {"loan_id": 3, "paid_fen": 400}, {"loan_id": 4, "paid_fen": 600}, {"loan_id": 5, "paid_fen": 500},
                {"loan_id": 7, "paid_fen": 0}])
            assert record_payments(conn, 1, today=day) == 1
        with db.engine.connect() as conn:
            seen = dict(conn.execute(select(loan_paid_seen_table.c.loan_id, loan_paid_seen_table.c.paid_fen)).all())
            paid_rows = conn.execute(select(payment_table.c.loan_id, payment_table.c.amount_fen,
                                            payment_table.c.paid_on, payment_table.c.import_run_id)).all()
    finally:
        db.dispose()
    assert seen == {1: 300, 2: 350, 3: 900, 4: 100, 5: 500, 7: 0}  # no installments: no baseline
    assert [tuple(r) for r in paid_rows] == [(3, 500, day - timedelta(days=1), 1)]
