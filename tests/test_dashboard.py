"""The dashboard's figures (services.dashboard), on SQLite and PostgreSQL: the stage figures agree
with the queue loan by loan, the overdue trend rebuilds the book as each import left it from the
payments later imports saw, and sending results, opt-outs, holds and effectiveness count what the
tables hold."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from operator_app.domain.amounts import owed
from operator_app.services.book import queue as queue_service
from operator_app.services.context import fill_demo
from operator_app.services.importing.import_file import import_file
from operator_app.services.reports import dashboard, report
from operator_app.store.db import Database, open_database
from operator_app.store.models import (
    batch_table,
    borrower_table,
    import_run_table,
    loan_table,
    message_table,
    payment_table,
)
from tests.sheets import HEADERS, loan_book

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 27)


def test_stage_figures_agree_with_the_queue_loan_by_loan(db_url: str) -> None:
    fill_demo(db_url, today=TODAY, loans=600)
    db = open_database(db_url)
    try:
        rows = queue_service.queue(db, TODAY)
        loans = Counter(r.stage for r in rows)
        amounts: Counter[str] = Counter()
        for r in rows:
            amounts[r.stage] += r.outstanding_fen
        figures = dashboard.stage_figures(db, TODAY)
        assert {f.stage: f.loans for f in figures} == {s: loans[s] for s in dashboard.STAGES}
        assert {f.stage: f.outstanding_fen for f in figures} == {s: amounts[s] for s in dashboard.STAGES}
        assert sum(f.loans for f in figures if f.stage in dashboard.OVERDUE) > 100
        board = dashboard.dashboard(db, TODAY)
        # the demo office imported weekly, the last time today: the newest point is today's book
        assert board.figures == figures and [p.day for p in board.trend] == [TODAY - timedelta(weeks=w)
                                                                              for w in range(5, -1, -1)]
        newest = board.trend[-1]
        assert {s: newest.loans[s] for s in dashboard.OVERDUE} == {s: loans[s] for s in dashboard.OVERDUE}
        # older points: the same loans a few weeks younger, so fewer of them deep in arrears
        deep = [p.loans["M3"] + p.loans["M3+"] for p in board.trend]
        assert deep[0] < deep[-1]
    finally:
        db.dispose()


def _book(path: Path, rows: list[list[object]]) -> Path:
    return loan_book(path, rows, headers=HEADERS, totals=False)


def _shift_run(db: Database, run_id: int, day: date, contracts: list[str]) -> None:
    """As if the import had run at 09:00 on `day`: the run finished then and the loans it created
    were created a minute before."""
    at = datetime.combine(day, time(9), SH).astimezone(UTC)
    with db.engine.begin() as conn:
        conn.execute(update(import_run_table).where(import_run_table.c.id == run_id)
                     .values(started_at=at - timedelta(minutes=2), finished_at=at))
        conn.execute(update(loan_table).where(loan_table.c.contract_no.in_(contracts))
                     .values(created_at=at - timedelta(minutes=1)))


def test_the_trend_rebuilds_each_import_from_the_payments_seen_after_it(db_url: str, tmp_path: Path) -> None:
    d = lambda n: TODAY - timedelta(days=n)  # noqa: E731
    first = [["HT201", "张三", "13800138000", None, 1000, d(20), 1000, 0, ""],   # M1 throughout
             ["HT202", "李四", "13900139000", None, 2000, d(45), 2000, 0, ""],   # M2, paid in two goes
             ["HT203", "王五", "13700137000", None, 500, d(-9), 500, 0, ""]]     # not due yet
    second = [first[0], ["HT202", "李四", "13900139000", None, 2000, d(45), 2000, 800, ""], first[2]]
    third = [first[0], ["HT202", "李四", "13900139000", None, 2000, d(45), 2000, 2000, ""], first[2],
             ["HT204", "赵六", "13600136000", None, 300, d(2), 300, 0, ""]]      # new: grace today
    db = open_database(db_url)
    try:
        runs = []
        for k, rows in enumerate((first, second, third)):
            result = import_file(db, _book(tmp_path / f"book{k}.xlsx", rows))
            assert not result.rejected
            with db.engine.connect() as conn:
                runs.append(conn.execute(select(import_run_table.c.id).order_by(import_run_table.c.id.desc())).scalar())
        _shift_run(db, runs[0], d(2), ["HT201", "HT202", "HT203"])
        _shift_run(db, runs[1], d(1), [])
        _shift_run(db, runs[2], TODAY, ["HT204"])
        with db.engine.connect() as conn:
            assert sorted(conn.execute(select(payment_table.c.import_run_id, payment_table.c.amount_fen))) == [
                (runs[1], 80000), (runs[2], 120000)]
        trend = dashboard.dashboard(db, TODAY).trend
        assert dashboard.trend(db) == trend  # on its own, with its own pass over the book
    finally:
        db.dispose()
    assert [(p.run_id, p.day) for p in trend] == [(runs[0], d(2)), (runs[1], d(1)), (runs[2], TODAY)]
    nothing = dict.fromkeys(dashboard.OVERDUE, 0)
    assert trend[0].loans == {**nothing, "M1": 1, "M2": 1}
    assert trend[0].amounts_fen == {**nothing, "M1": 100000, "M2": 200000}  # before any of HT202's payments
    assert trend[1].loans == {**nothing, "M1": 1, "M2": 1}
    assert trend[1].amounts_fen == {**nothing, "M1": 100000, "M2": 120000}  # after the first 800 yuan
    assert trend[2].loans == {**nothing, "M1": 1, "grace": 1}  # HT202 paid off, HT204 new
    assert trend[2].amounts_fen == {**nothing, "M1": 100000, "grace": 30000}


installments = st.lists(st.tuples(st.integers(1, 50_000), st.integers(0, 100)), min_size=1, max_size=8)


@given(installments, st.integers(0, 300_000), st.one_of(st.none(), st.integers(0, 500_000)))
def test_undo_payments_takes_money_back_from_the_newest_paid_installments(
        plan: list[tuple[int, int]], undo: int, stated: int | None) -> None:
    schedule = [(date(2026, 1, 1) + timedelta(days=30 * k), due, due * pct // 100)
                for k, (due, pct) in enumerate(plan)]
    now = dashboard.undo_payments(schedule, stated, 0)
    assert now == owed(stated, schedule)  # with nothing undone: the loan as the queue figures it
    then = dashboard.undo_payments(schedule, stated, undo)
    paid_total = sum(p for _, _, p in schedule)
    if stated is None:
        assert then.fen == now.fen + min(undo, paid_total)
    else:
        assert then.fen == stated + undo
    if now.since is not None:
        assert then.since is not None and then.since <= now.since  # owing since earlier, never later
    if undo >= paid_total and then.fen > 0:
        assert then.since == schedule[0][0]  # everything taken back: owed from the first due date


def _message(conn: object, batch: int, loan: int, borrower: int, status: str, stage: str, at: datetime,
             n: int) -> None:
    conn.execute(insert(message_table).values(  # type: ignore[attr-defined]
        batch_id=batch, loan_id=loan, borrower_id=borrower, to="+8613800138000", body=f"text {n}", segments=1,
        encoding="ucs2", locale="zh_CN", stage=stage, status=status, idempotency_key=f"t:{n}", planned_at=at,
        created_at=at, sent_at=at if status in ("sent", "delivered") else None, updated_at=at))


def test_sending_results_opt_outs_holds_and_effectiveness(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY, time(10), SH).isoformat())
    fill_demo(db_url, today=TODAY, loans=200)
    db = open_database(db_url)
    at = datetime.combine(TODAY - timedelta(days=2), time(10), SH).astimezone(UTC)
    old = at - timedelta(days=40)  # outside the window: not counted
    statuses = ["delivered"] * 5 + ["sent"] * 3 + ["failed"] * 2 + ["unknown"] + ["queued"] * 4 + ["sending"] \
        + ["cancelled", "draft"]
    try:
        with db.engine.begin() as conn:
            loans = conn.execute(select(loan_table.c.id, loan_table.c.borrower_id).order_by(loan_table.c.id)).all()
            batch = conn.execute(insert(batch_table).values(as_of=TODAY, status="sending", created_by="t")
                                 .returning(batch_table.c.id)).scalar_one()
            for n, status in enumerate(statuses):
                stage = "M1" if n % 2 else "M2"
                _message(conn, batch, loans[n].id, loans[n].borrower_id, status, stage, at, n)
            _message(conn, batch, loans[40].id, loans[40].borrower_id, "delivered", "M1", old, 99)
            # the first two delivered ones were paid two days later (an import saw it)
            for n in (0, 1):
                conn.execute(insert(payment_table).values(loan_id=loans[n].id, amount_fen=5000, paid_on=TODAY))
            conn.execute(update(borrower_table).where(borrower_table.c.id == loans[3].borrower_id)
                         .values(opted_out_at=at + timedelta(hours=1)))
            opted = conn.execute(select(borrower_table.c.opted_out_at)).scalars().all()
            held = conn.execute(select(borrower_table.c.hold_until)).scalars().all()
        board = dashboard.dashboard(db, TODAY)
        by_stage = report.effectiveness(db, from_day=TODAY - timedelta(days=30), to_day=TODAY)["by_stage"]
    finally:
        db.dispose()
    assert board.activity.sending == dashboard.SendingResults(delivered=5, sent=3, failed=2, unknown=1, waiting=5)
    since = datetime.combine(TODAY - timedelta(days=30), time(0), SH).astimezone(UTC)
    aware = [o if o.tzinfo else o.replace(tzinfo=UTC) for o in opted if o is not None]
    assert board.activity.contacts == dashboard.Contacts(opted_out=len(aware), opted_out_recent=sum(o >= since for o in aware),
                                                on_hold=sum(h is not None and h >= TODAY for h in held))
    assert board.activity.contacts.opted_out_recent >= 1 and board.activity.contacts.on_hold >= 1
    assert [(e.stage, e.sent, e.paid_within_7d) for e in board.activity.effect] == [
        (s, by_stage[s]["sent"], by_stage[s]["paid_within_7d"]) for s in ("M1", "M2")]
    # messages 0 (M2) and 1 (M1) were delivered and paid within 7 days; 8 went out in all
    assert {e.stage: (e.sent, e.paid_within_7d) for e in board.activity.effect} == {"M1": (4, 1), "M2": (4, 1)}
