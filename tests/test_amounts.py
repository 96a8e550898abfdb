"""The amounts rule of a loan-level sheet (domain/amounts.py) and what the queue makes of it,
through the real import and services/book/queue.py on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from operator_app.domain.amounts import ACTIVE, PAID, implied_installment, loan_amounts, schedule_status
from operator_app.domain.overdue import owed_since, stage_for
from operator_app.services.book import queue as queue_service
from operator_app.services.importing.import_file import import_file
from operator_app.store.db import open_database
from operator_app.store.models import Installment, Loan
from tests.conftest import run_cli

AS_OF = date(2026, 11, 27)
OVERDUE = ("grace", "M1", "M2", "M3", "M3+")


def test_partial_payer_with_principal_paid_and_outstanding() -> None:
    a = loan_amounts(3400000, None, 1700000, 1700000, date(2026, 3, 27))
    assert (a.amount_due_fen, a.amount_paid_fen, a.outstanding_fen, a.status, a.disagree) == (
        3400000, 1700000, 1700000, ACTIVE, False)


@pytest.mark.parametrize("cells, expected", [
    # (principal, amount due, paid, outstanding) -> (amount due, paid, outstanding, status, disagree)
    ((34000, None, 17000, None), (34000, 17000, None, ACTIVE, False)),  # the installment says 17,000 owed
    ((34000, None, None, 17000), (34000, 17000, 17000, ACTIVE, False)),  # paid implied by the two
    ((None, None, 17000, 17000), (34000, 17000, 17000, ACTIVE, False)),  # amount due = outstanding + paid
    ((34000, None, 17000, 20000), (34000, 17000, 20000, ACTIVE, True)),  # the sheet's outstanding wins
    ((34000, None, 34000, 0), (34000, 34000, 0, PAID, False)),
    ((34000, None, 17000, 0), (34000, 17000, 0, PAID, True)),  # the sheet says nothing is owed: paid, warned
    ((34000, 2833, 17000, None), (2833, 17000, 17000, ACTIVE, False)),  # this period paid, the loan is not
    ((8000, 8400, 0, None), (8400, 0, None, ACTIVE, False)),  # 应还金额 8,400 is owed, not the principal
    ((8000, 8400, 400, None), (8400, 400, None, ACTIVE, False)),  # the installment says 8,000 is owed
    ((8000, 8400, 400, 8000), (8400, 400, 8000, ACTIVE, False)),  # 剩余应还 agrees with amount due − paid
    ((8000, 8400, 400, 7600), (8400, 400, 7600, ACTIVE, True)),  # principal − paid: warned, the sheet wins
    ((None, 8400, None, 8000), (8400, 400, 8000, ACTIVE, False)),  # paid implied by amount due − outstanding
    ((None, 2833, 0, None), (2833, 0, None, ACTIVE, False)),
    ((None, 2833, 2833, None), (2833, 2833, None, PAID, False)),
    ((None, None, None, None), (None, 0, None, ACTIVE, False)),
])
def test_loan_amounts(cells: tuple[int | None, ...], expected: tuple[object, ...]) -> None:
    assert tuple(loan_amounts(*cells, date(2026, 3, 27))) == expected


def test_without_a_due_date_the_outstanding_is_kept_on_the_loan() -> None:
    """No due date, no installment to derive the outstanding from: the loan keeps it."""
    assert loan_amounts(None, 2833, 1000, None, None).outstanding_fen == 1833
    assert implied_installment(None, None, 2833, 1000, None) is None
    assert implied_installment(None, date(2026, 3, 27), None, 0, None) is None
    assert implied_installment(None, date(2026, 3, 27), 2833, 1000, None) == (1, date(2026, 3, 27), 2833, 1000, None)


def test_schedule_status() -> None:
    assert schedule_status([(100, 100), (100, 150)]) == PAID
    assert schedule_status([(100, 100), (100, None)]) == ACTIVE


def test_stage_when_the_loan_owes_but_no_installment_is_unpaid() -> None:
    """The loan's own outstanding wins over installments that look paid: it counts from the
    last due date on record; with no due date at all the loan is not_due, never paid."""
    assert stage_for(None, 100, AS_OF, last_due=date(2026, 3, 27)) == "M3+"
    assert owed_since(None, 100, date(2026, 3, 27)) == date(2026, 3, 27)
    assert stage_for(None, 100, AS_OF, last_due=AS_OF + timedelta(days=1)) == "pre_due"
    assert stage_for(None, 100, AS_OF, last_due=AS_OF + timedelta(days=2)) == "not_due"  # reminders D-3, D-1
    assert stage_for(None, 100, AS_OF) == "not_due"
    assert stage_for(date(2026, 3, 27), 0, AS_OF, last_due=date(2026, 3, 27)) == "paid"
    assert owed_since(date(2026, 3, 27), 0) is None


def test_the_reported_partial_payer_is_m3_plus_through_the_cli(db_url: str, tmp_path: Path) -> None:
    """34,000 lent, 17,000 paid, 17,000 outstanding, due eight months ago: M3+, 17,000 owed
    (it came out not_due, with no reminder, when the amount due was taken as the outstanding)."""
    path = tmp_path / "book.csv"
    path.write_text("合同编号,姓名,手机号码,借款金额,已还金额,剩余本金,应还日期\n"
                    "P1,张三,13800138000,34000,17000,17000,2026-03-27\n", encoding="utf-8")
    res = run_cli("--db", db_url, "import", str(path), "--json")
    assert res.code == 0, res.err
    assert res.json()["warnings"] == []  # type: ignore[index]
    db = open_database(db_url)
    try:
        with db.sessions() as s:
            inst = s.scalars(select(Installment)).one()
            assert (inst.amount_due_fen, inst.amount_paid_fen) == (3400000, 1700000)
    finally:
        db.dispose()
    rows = run_cli("--db", db_url, "queue", "--as-of", AS_OF.isoformat(), "--json").json()
    assert rows == [{"contract_no": "P1", "borrower": "张三", "phone": "+8613800138000", "outstanding_fen": 1700000,
                     "days_past_due": (AS_OF - date(2026, 3, 27)).days, "stage": "M3+", "eligible": True,
                     "exclusions": []}]


def test_amounts_that_disagree_are_warned_once_and_the_sheets_outstanding_wins(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text("合同编号,姓名,手机号码,借款金额,已还金额,剩余本金,应还日期\n"
                    "P1,张三,13800138000,34000,17000,20000,2026-03-27\n", encoding="utf-8")
    out = run_cli("--db", db_url, "import", str(path), "--json").json()
    assert [(w["row"], w["column"], w["code"]) for w in out["warnings"]] == [(2, "剩余本金", "amounts_disagree")]  # type: ignore[index]
    assert "¥20,000.00" in out["warnings"][0]["message"]  # type: ignore[index]
    rows = run_cli("--db", db_url, "queue", "--as-of", AS_OF.isoformat(), "--json").json()
    assert rows[0]["outstanding_fen"] == 2000000 and rows[0]["stage"] == "M3+"  # type: ignore[index]


# Every 2-of-3 and 3-of-3 shape of {principal, paid, outstanding}, with and without an amount-due column.
SHAPES = [(set(combo), amount_due) for n in (2, 3) for combo in itertools.combinations(
    ("principal", "paid", "outstanding"), n) for amount_due in (False, True)]
HEADER = {"principal": "借款金额", "paid": "已还金额", "outstanding": "剩余应还", "amount_due": "应还金额"}
_YUAN = st.one_of(st.integers(0, 60_000), st.sampled_from([0, 17_000, 34_000]))
_ROW = st.tuples(_YUAN, _YUAN, _YUAN, _YUAN, st.integers(-400, 40))  # principal, paid, outstanding, due, days late
_examples = itertools.count()


def _basis(shape: set[str], principal: int, amount_due: int | None) -> int | None:
    """What the row says the borrower must repay in all, read as a person reads it: the amount due
    (应还金额); but an amount due below the principal is only this period's, and then the principal."""
    if amount_due is not None and ("principal" not in shape or amount_due >= principal):
        return amount_due
    return principal if "principal" in shape else None


def _expected_outstanding(shape: set[str], principal: int, paid: int, outstanding: int, amount_due: int | None) -> int:
    """What the sheet says is owed, read as a person reads it: its own outstanding, else what is to
    be repaid in all less what was paid."""
    if "outstanding" in shape:
        return outstanding
    basis = _basis(shape, principal, amount_due)
    assert basis is not None and "paid" in shape, "every shape of two or three has outstanding or principal and paid"
    return max(0, basis - paid)


# Each example is a real import into a real database: a failure is reported as found, not shrunk
# (shrinking would run hundreds of imports).
@settings(max_examples=16, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.sampled_from(SHAPES), st.lists(_ROW, min_size=1, max_size=8))
def test_anything_outstanding_is_never_paid_and_is_overdue_from_its_due_date(
        db_url: str, tmp_path: Path, shape_and_due: tuple[set[str], bool],
        rows: list[tuple[int, int, int, int, int]]) -> None:
    """Imported through the real import (row and column-wise paths) and read back through the
    queue: a loan with anything outstanding is never `paid`; past its due date it is overdue
    with DPD = as-of − that due date; the queue's outstanding is the sheet's (or amount due − paid,
    principal − paid only without an amount due)."""
    shape, has_amount_due = shape_and_due
    fields = [f for f in ("principal", "paid", "outstanding") if f in shape] + (["amount_due"] if has_amount_due else [])
    example = next(_examples)
    lines = [",".join(["合同编号", "姓名", "手机号码", "应还日期", *(HEADER[f] for f in fields)])]
    expected: dict[str, tuple[int, date, bool]] = {}
    installments: dict[str, tuple[int, int]] = {}  # as DESIGN.md words the rule: (amount due, paid)
    for i, (principal, paid, outstanding, amount_due, late) in enumerate(rows):
        contract = f"E{example}-{i}"
        due = AS_OF - timedelta(days=late)
        cells = {"principal": principal, "paid": paid, "outstanding": outstanding, "amount_due": amount_due}
        lines.append(",".join([contract, "张三", f"1380013{i:04d}", due.isoformat(), *(str(cells[f]) for f in fields)]))
        stated_due = amount_due if has_amount_due else None
        owed = _expected_outstanding(shape, principal, paid, outstanding, stated_due)
        basis = _basis(shape, principal, stated_due)
        expected[contract] = (owed, due, {"paid", "outstanding"} <= shape and basis is not None
                              and basis - paid != outstanding)
        paid_ = paid if "paid" in shape else max(0, (basis or 0) - outstanding)
        amount = amount_due if has_amount_due else principal if "principal" in shape else outstanding + paid_
        installments[f"E{example}-{i}"] = (amount * 100, paid_ * 100)
    path = tmp_path / f"e{example}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_database(db_url)
    try:
        result = import_file(db, path)
        assert not result.rejected
        warned = {w.row - 2 for w in result.warnings if w.code == "amounts_disagree"}
        assert warned == {i for i, (_, _, disagree) in enumerate(expected.values()) if disagree}
        got = {r.contract_no: r for r in queue_service.queue(db, AS_OF) if r.contract_no in expected}
        with db.sessions() as s:
            statuses = {r.contract_no: r.status for r in s.execute(select(Loan.contract_no, Loan.status).where(
                Loan.contract_no.in_(list(expected))))}
            stored = {r.contract_no: (r.amount_due_fen, r.amount_paid_fen) for r in s.execute(
                select(Loan.contract_no, Installment.amount_due_fen, Installment.amount_paid_fen).join(Installment)
                .where(Loan.contract_no.in_(list(expected))))}
    finally:
        db.dispose()
    assert stored == installments
    for contract, (owed, due, _) in expected.items():
        row = got[contract]
        assert row.outstanding_fen == owed * 100, (contract, shape, has_amount_due)
        if owed > 0:
            assert row.stage != "paid" and statuses[contract] == ACTIVE, (contract, row)
            if due < AS_OF:
                assert row.stage in OVERDUE and row.days_past_due == (AS_OF - due).days, (contract, row)
            else:
                assert row.stage in ("not_due", "pre_due", "due_today") and row.days_past_due == 0
        else:
            assert row.stage == "paid" and statuses[contract] == PAID, (contract, row)


def test_demo_office_has_partial_payers_in_every_stage(db_url: str) -> None:
    """Partial payers (something paid, something still owed) in every stage that owes, both as
    schedules and as loan-level loans, and none of them `paid`."""
    from operator_app.services.demo import create_demo

    create_demo(db_url, today=AS_OF, loans=300)
    db = open_database(db_url)
    try:
        rows = queue_service.queue(db, AS_OF)
        with db.sessions() as s:
            partial = set(s.scalars(select(Loan.contract_no).join(Installment).where(
                Installment.amount_paid_fen > 0, Installment.amount_paid_fen < Installment.amount_due_fen)))
            loan_level = set(s.scalars(select(Loan.contract_no).join(Installment).where(
                Installment.origin == "loan_sheet", Installment.amount_paid_fen > 0)))
    finally:
        db.dispose()
    stages = {r.stage for r in rows if r.contract_no in partial}
    assert stages == {"not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+"}
    assert loan_level and {r.stage for r in rows if r.contract_no in loan_level} - {"paid"}
    assert all(r.outstanding_fen > 0 for r in rows if r.contract_no in partial)


def test_a_new_amounts_rule_rewrites_loans_on_the_next_import(db_url: str, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Loans stored under an older rule are not skipped as unchanged: the rule's version is part
    of each row's digest, so re-importing the same file rewrites them. Read in this process
    (`in_child=False`): a patched rule version does not travel to a spawned reader."""
    from operator_app.domain import amounts
    from operator_app.services.importing.import_file import import_file
    from operator_app.store.db import open_database

    def run() -> dict[str, object]:
        db = open_database(db_url)
        try:
            return import_file(db, path, in_child=False).as_json()
        finally:
            db.dispose()

    path = tmp_path / "book.csv"
    path.write_text("合同编号,姓名,手机号码,借款金额,已还金额,剩余本金,应还日期\n"
                    "P1,张三,13800138000,34000,17000,17000,2026-03-27\n", encoding="utf-8")
    monkeypatch.setattr(amounts, "RULE_VERSION", 1)
    assert run()["loans_created"] == 1
    assert run()["loans_unchanged"] == 1
    monkeypatch.setattr(amounts, "RULE_VERSION", 2)
    again = run()
    assert again["loans_updated"] == 1 and again["loans_unchanged"] == 0
