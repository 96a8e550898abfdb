"""The loan's stored queue figures (owed_fen, owed_since) are domain.overdue.owed of what the
database holds, after any sequence of real imports and re-imports, on SQLite and PostgreSQL;
migration 0005 fills them the same way; the queue's keyset pages walk every loan exactly once,
in the order the queue sorted by before the figures were stored."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select

from operator_app.domain.amounts import owed
from operator_app.domain.collection import Position, position_row
from operator_app.domain.overdue import days_past_due, stage_for
from operator_app.services.book import queue as queue_service
from operator_app.services.book import queue_view
from operator_app.services.book.queue import QueueRow
from operator_app.services.importing.import_file import import_file
from operator_app.store import db as store_db
from operator_app.store.db import Database, open_database
from operator_app.store.models import installment_table, loan_table
from tests.sheets import loan_book

AS_OF = date(2026, 11, 27)
_examples = itertools.count()

_CELL = st.one_of(st.none(), st.integers(0, 6))
# A loan-sheet row: (contract index, due in days from AS_OF, principal, paid, outstanding)
_LOAN_ROW = st.tuples(st.integers(0, 3), st.integers(-40, 40), _CELL, _CELL, _CELL)
# A schedule row: (contract index, seq, due in days, amount due, paid)
_SCHEDULE_ROW = st.tuples(st.integers(0, 3), st.integers(1, 3), st.integers(-60, 60), st.integers(1, 6), _CELL)
_STEP = st.one_of(st.tuples(st.just("loan"), st.lists(_LOAN_ROW, min_size=1, max_size=5)),
                  st.tuples(st.just("schedule"), st.lists(_SCHEDULE_ROW, min_size=1, max_size=6)))


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def _sheet(path: Path, kind: str, rows: list[tuple[Any, ...]], prefix: str) -> Path:
    if kind == "loan":
        lines = ["合同编号,姓名,手机号码,应还日期,借款金额,已还金额,剩余本金"]
        for k, due, principal, paid, outstanding in rows:
            lines.append(",".join([f"{prefix}-{k}", "张三", f"1380013{k:04d}", (AS_OF + timedelta(days=due)).isoformat(),
                                   _cell(principal), _cell(paid), _cell(outstanding)]))
    else:
        lines = ["合同号,期次,到期日,本期应还,已还"]
        for k, seq, due, amount, paid in rows:
            lines.append(",".join([f"{prefix}-{k}", str(seq), (AS_OF + timedelta(days=due)).isoformat(), str(amount),
                                   _cell(paid)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stored_and_ruled(db: Database) -> tuple[dict[int, tuple[int, date | None]], dict[int, tuple[int, date | None]]]:
    """Every loan's stored figures, and the rule's figures from its installments as stored."""
    with db.engine.connect() as conn:
        loans = conn.execute(select(loan_table.c.id, loan_table.c.outstanding_fen, loan_table.c.owed_fen,
                                    loan_table.c.owed_since)).all()
        dues: dict[int, list[tuple[date, int, int]]] = {}
        for r in conn.execute(select(installment_table.c.loan_id, installment_table.c.due_on,
                                     installment_table.c.amount_due_fen, installment_table.c.amount_paid_fen)):
            dues.setdefault(r.loan_id, []).append((r.due_on, r.amount_due_fen, r.amount_paid_fen))
    stored = {r.id: (r.owed_fen, r.owed_since) for r in loans}
    ruled = {r.id: tuple(owed(r.outstanding_fen, dues.get(r.id, ()))) for r in loans}
    return stored, ruled  # type: ignore[return-value]


# (days from AS_OF, amount due, amount paid) of up to four installments, and the sheet's own outstanding
_DUES = st.lists(st.tuples(st.integers(-60, 60), st.integers(0, 6000), st.integers(0, 7000)), max_size=4)


@settings(max_examples=500)
@given(_DUES, st.none() | st.integers(-1000, 20000))
def test_a_loans_position_owes_what_its_stored_figures_say(dues: list[tuple[int, int, int]], sheet: int | None) -> None:
    """What a batch plans and an SMS says (domain.collection.position_row, both its branches: one
    installment and the general one) owes what the loan's stored figures say (domain.amounts.owed,
    what the queue and the dashboard read), counted from the same date, at the same stage."""
    rows = [(AS_OF + timedelta(days=d), due, paid, None) for d, due, paid in dues]
    figures = owed(sheet, [(on, due, paid) for on, due, paid, _ in rows])
    pos = Position(*position_row(rows, AS_OF, sheet_outstanding_fen=sheet))
    assert pos.outstanding_fen == max(0, figures.fen)
    assert pos.stage == stage_for(figures.since, figures.fen, AS_OF)
    if figures.fen > 0:
        assert pos.first_unpaid_due == figures.since
        assert pos.days_past_due == days_past_due(figures.since, AS_OF)


# Each example is a sequence of real imports into a real database: reported as found, not shrunk.
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.lists(_STEP, min_size=1, max_size=4))
def test_stored_figures_are_the_rule_after_any_imports(db: Database, tmp_path: Path,
                                                      steps: list[tuple[str, list[tuple[Any, ...]]]]) -> None:
    """Loan sheets and schedule sheets over the same few contracts, in any order, new, changed
    and unchanged rows, empty amount cells: after each import every loan's stored figures are
    exactly domain.amounts.owed of its outstanding and installments."""
    prefix = f"P{next(_examples)}"
    for n, (kind, rows) in enumerate(steps):
        path = _sheet(tmp_path / f"{prefix}-{n}.csv", kind, rows, prefix)
        import_file(db, path, kind="installment" if kind == "schedule" else "loan")
        stored, ruled = _stored_and_ruled(db)
        assert stored == ruled, (kind, rows)


def test_a_loan_sheet_over_a_schedule_moves_the_figures(db: Database, tmp_path: Path) -> None:
    """A changed loan row on a loan whose schedule came from a schedule sheet: the loan's own
    outstanding now wins and every installment looks paid, so it counts from the last due date."""
    schedule = tmp_path / "schedule.csv"
    schedule.write_text("合同号,期次,到期日,本期应还,已还\nS-1,1,2026-09-01,100,100\nS-1,2,2026-10-01,100,100\n",
                        encoding="utf-8")
    import_file(db, schedule, kind="installment")
    assert _stored_and_ruled(db)[0] == {1: (0, None)}
    import_file(db, loan_book(tmp_path / "loans.xlsx", [["S-1", "张三", "13800138000", None, 500, "2026-11-01",
                                                         None, None, None]], totals=False,
                              headers=["合同编号", "客户姓名", "手机号码", "身份证号", "剩余本金", "应还日期",
                                       "应还金额", "已还金额", "备注"]))
    stored, ruled = _stored_and_ruled(db)
    assert stored == ruled == {1: (50000, date(2026, 10, 1))}


def _office(db_url: str, tmp_path: Path) -> Database:
    """Built by imports alone: a loan sheet with names, mobiles, landlines and blanks, paid and
    owing loans, ties on dates and amounts; a schedule over some of them and over new loans with
    no borrower; a loan row again over a scheduled loan whose installments are all paid."""
    rng = random.Random(7)
    rows: list[list[object]] = []
    for i in range(60):
        phone = rng.choice(["", "010-62345678", f"1390013{i:04d}", f"1390013{i:04d}"])
        principal = rng.choice([1000, 2000, 2000, 3000])
        rows.append([f"K{i:03d}", rng.choice(["", "张三", "李四", "王五", f"赵{i}"]), phone, None, principal,
                     (AS_OF + timedelta(days=rng.choice([-45, -10, -10, -1, 0, 2, 30]))).isoformat(), principal,
                     rng.choice([0, 0, 500, principal]), None])
    db = open_database(db_url)
    import_file(db, loan_book(tmp_path / "loans.xlsx", rows, totals=False))
    schedule = tmp_path / "schedule.csv"
    schedule.write_text("合同号,期次,到期日,本期应还,已还\n" + "".join(
        f"{c},{seq},2026-{9 + seq}-{10 + i:02d},300,{300 if seq == 1 else i * 100}\n"
        for i, c in enumerate(["K000", "K001", "K002", "NEW-1", "NEW-2", "PAIDUP"]) for seq in (1, 2)).replace(
        "PAIDUP,2,2026-11-15,300,500", "PAIDUP,2,2026-11-15,300,300"), encoding="utf-8")
    import_file(db, schedule, kind="installment")
    again = tmp_path / "again.csv"
    again.write_text("合同编号,姓名,手机号码,应还日期,剩余本金\nPAIDUP,孙七,13900139999,2026-11-20,700\n", encoding="utf-8")
    import_file(db, again)
    return db


def test_migration_0005_fills_what_the_rule_writes(db_url: str, tmp_path: Path) -> None:
    db = _office(db_url, tmp_path)
    before, ruled = _stored_and_ruled(db)
    assert before == ruled and any(v[1] is None for v in before.values()) and any(v[0] > 0 for v in before.values())
    cfg = store_db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    columns = {c["name"] for c in inspect(db.engine).get_columns("loan")}
    assert not {"owed_fen", "owed_since"} & columns
    store_db.upgrade(db)
    assert _stored_and_ruled(db)[0] == before
    db.dispose()


ORDERS = ("contract_no", "borrower", "phone", "outstanding_fen", "first_due", "days_past_due")


def _expected(rows: list[QueueRow], order: str, descending: bool) -> list[int]:
    """The order the queue sorted in before the figures were stored: by the key (DPD: the date
    owed since, reversed), rows without a key last, the id breaking ties."""
    key = {"contract_no": lambda r: r.contract_no, "borrower": lambda r: r.borrower, "phone": lambda r: r.phone,
           "outstanding_fen": lambda r: r.outstanding_fen, "first_due": lambda r: r.first_due,
           "days_past_due": lambda r: r.first_due}[order]
    desc = descending != (order == "days_past_due")
    with_key = sorted((r for r in rows if key(r) is not None), key=lambda r: r.loan_id)
    with_key.sort(key=key, reverse=desc)  # stable: ties keep the id order
    return [r.loan_id for r in with_key] + sorted(r.loan_id for r in rows if key(r) is None)


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_walk_every_loan_once_in_the_old_order(db_url: str, tmp_path: Path, descending: bool) -> None:
    db = _office(db_url, tmp_path)
    everything = queue_service.queue(db, AS_OF)
    assert any(r.borrower is None for r in everything) and any(r.phone is None for r in everything)
    for order in ORDERS:
        walked: list[QueueRow] = []
        after = None
        while True:
            page = queue_view.page(db, AS_OF, queue_view.QueueFilter(), order=order, descending=descending,
                                   after=after, limit=17)
            walked += page
            if len(page) < 17:
                break
            after = queue_service.cursor_of(page[-1], order)
        assert [r.loan_id for r in walked] == _expected(everything, order, descending), order
        if order == "days_past_due":
            dpd = [r.days_past_due for r in walked if r.first_due is not None]  # nothing owed: last, as before
            assert dpd == sorted(dpd, reverse=descending) and walked[-1].first_due is None
            assert all(r.days_past_due == days_past_due(r.first_due, AS_OF) for r in walked)
    # a filter pages the same way: only overdue loans, most days past due first
    f = queue_view.QueueFilter(stages=("M1", "M2", "M3", "M3+"))
    first = queue_view.page(db, AS_OF, f, order="days_past_due", descending=True, limit=30)
    rest = queue_view.page(db, AS_OF, f, order="days_past_due", descending=True, limit=1000,
                           after=queue_service.cursor_of(first[-1], "days_past_due"))
    overdue = [r for r in everything if r.stage in f.stages]
    assert [r.loan_id for r in first + rest] == _expected(overdue, "days_past_due", True)
    assert queue_view.count(db, AS_OF, f) == len(overdue)
    db.dispose()
