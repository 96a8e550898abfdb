"""The dashboard page on the demo office, on SQLite and PostgreSQL: what its charts draw equals
figures this test works out its own way (the queue's stages on each import's day, SQL counts of
the outbox, the effectiveness report), it refreshes on the change bus, and a click on a stage's
bar, in the stage list or in the trend, opens the queue filtered to that stage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import delete, func, insert, select, update

from operator_app.services.book import queue as queue_service
from operator_app.services.changes import OpChanges
from operator_app.services.reports import report
from operator_app.services.reports.dashboard import OVERDUE
from operator_app.store.models import batch_table, import_run_table, loan_table, message_table, payment_table
from operator_app.ui.main_window import MainWindow
from operator_app.ui.pages.dashboard_page import percent
from tests.gui_office import TODAY, office_window

SH = ZoneInfo("Asia/Shanghai")
RUN_DAYS = (TODAY - timedelta(days=6), TODAY - timedelta(days=3), TODAY - timedelta(days=1))


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=400)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), SH).astimezone(UTC)


def _history(win: MainWindow) -> list[int]:
    """Three imports on RUN_DAYS (the book was there before the first, except loans 1-20, new at
    the last), and a day's messages in every state, two of them paid two days later."""
    with win.ctx.db.engine.begin() as conn:
        conn.execute(delete(import_run_table))  # this office's own history instead of the demo's
        conn.execute(update(loan_table).values(created_at=_at(TODAY - timedelta(days=10))))
        conn.execute(update(loan_table).where(loan_table.c.id <= 20).values(created_at=_at(RUN_DAYS[2], 9)))
        for k, day in enumerate(RUN_DAYS):
            conn.execute(insert(import_run_table).values(file_name=f"book{k}.xlsx", sha256=f"{k:064d}", kind="loan",
                                                         mapping="{}", started_at=_at(day), finished_at=_at(day)))
        batch = conn.execute(insert(batch_table).values(as_of=TODAY, status="sending", created_by="t")
                             .returning(batch_table.c.id)).scalar_one()
        loans = conn.execute(select(loan_table.c.id, loan_table.c.borrower_id).order_by(loan_table.c.id)).all()
        sent_at = _at(TODAY - timedelta(days=3))
        statuses = ["delivered"] * 6 + ["sent"] * 2 + ["failed"] * 3 + ["unknown"] + ["queued"] * 2
        for n, status in enumerate(statuses):
            loan = loans[100 + n]
            conn.execute(insert(message_table).values(
                batch_id=batch, loan_id=loan.id, borrower_id=loan.borrower_id, to="+8613800138000", body="t",
                segments=1, encoding="ucs2", locale="zh_CN", stage=("M1", "M2", "M3")[n % 3], status=status,
                idempotency_key=f"g:{n}", planned_at=sent_at, created_at=sent_at, updated_at=sent_at,
                sent_at=sent_at if status in ("delivered", "sent") else None))
            if n in (0, 4):
                conn.execute(insert(payment_table).values(loan_id=loan.id, amount_fen=10000,
                                                          paid_on=TODAY - timedelta(days=1)))
        return [int(i) for i in conn.execute(select(import_run_table.c.id).order_by(import_run_table.c.id)).scalars()]


def test_the_charts_draw_the_office_s_figures(win: MainWindow, qtbot: Any) -> None:
    page = win.dashboard
    qtbot.waitUntil(lambda: len(page.points) == 6, timeout=10000)  # the demo office's weekly imports
    assert page.trend.stack.currentWidget() is page.trend.view and page.figures
    _history(win)
    with qtbot.waitSignals([page.trend_loaded, page.activity_loaded], timeout=20000):
        win.ctx.bus.tell(OpChanges(loans=True, messages=True))
    db = win.ctx.db

    # the stage list: the queue's stages today, loan by loan
    today = Counter(r.stage for r in queue_service.queue(db, TODAY))
    assert {b.key: b.value for b in page.stages.bars} == {s: today[s] for s in today} | {
        b.key: 0 for b in page.stages.bars if b.key not in today}

    # the trend: the queue's stages on each import's day, of the loans there then
    young = set(range(1, 21))
    loans: list[Counter[str]] = []
    owed: list[Counter[str]] = []
    for k, day in enumerate(RUN_DAYS):
        rows = [r for r in queue_service.queue(db, day) if k == 2 or r.loan_id not in young]
        loans.append(Counter(r.stage for r in rows))
        owed.append(Counter())
        for r in rows:
            owed[k][r.stage] += r.outstanding_fen
    assert page.trend_measure.currentData() == "amount"
    assert page.trend.values == {s: [owed[k][s] for k in range(3)] for s in OVERDUE}
    assert page.trend.stack.currentWidget() is page.trend.view
    page.trend_measure.setCurrentIndex(page.trend_measure.findData("loans"))
    assert page.trend.values == {s: [loans[k][s] for k in range(3)] for s in OVERDUE}
    assert [s.at(k) for s in [page.trend.sets["M1"]] for k in range(3)] == [float(loans[k]["M1"]) for k in range(3)]
    assert sum(loans[0][s] for s in OVERDUE) > 50

    # sending results: the outbox counted by status
    with db.engine.connect() as conn:
        by_status = dict(conn.execute(select(message_table.c.status, func.count()).group_by(message_table.c.status)).all())
    assert page.sending.values == {"delivered": by_status["delivered"], "sent": by_status["sent"],
                                   "waiting": by_status["queued"], "unknown": by_status["unknown"],
                                   "failed": by_status["failed"]}
    assert "Opted out:" in page.contacts_label.text()

    # effectiveness: the report's per-stage share paid within 7 days
    by_stage = report.effectiveness(db, from_day=TODAY - timedelta(days=30), to_day=TODAY)["by_stage"]
    assert page.effect.values == [percent(by_stage[s]["paid_within_7d"], by_stage[s]["sent"])
                                  for s in ("M1", "M2", "M3") if by_stage[s]["sent"]]
    assert any(page.effect.values)


def test_clicking_a_stage_or_its_trend_bar_opens_the_queue_on_it(win: MainWindow, qtbot: Any) -> None:
    page = win.dashboard
    _history(win)
    with qtbot.waitSignals([page.loaded, page.trend_loaded], timeout=20000):
        win.ctx.bus.tell(OpChanges(loans=True))
    keys = [b.key for b in page.stages.bars]
    m2 = page.figures[[f.stage for f in page.figures].index("M2")]
    qtbot.mouseClick(page.stages, Qt.MouseButton.LeftButton, pos=page.stages.bar_rect(keys.index("M2")).center())
    assert win.current_page() == "queue"
    assert win.queue.stage.currentData() == "M2"
    qtbot.waitUntil(lambda: win.total_label.text().startswith(f"{m2.loans} "), timeout=5000)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and all(win.model.row_at(i).stage == "M2"
                                                              for i in range(win.model.rowCount())), timeout=5000)

    win.show_page("dashboard")
    qtbot.waitUntil(lambda: page.trend.view.isVisible(), timeout=5000)
    spot = page.trend.bar_position("M1", 2).toPoint()
    qtbot.mouseClick(page.trend.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert win.current_page() == "queue"
    assert win.queue.stage.currentData() == "M1"
    m1 = page.figures[[f.stage for f in page.figures].index("M1")]
    qtbot.waitUntil(lambda: win.total_label.text().startswith(f"{m1.loans} "), timeout=5000)


def test_the_page_reloads_only_what_a_change_touches(win: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = win.dashboard
    qtbot.waitUntil(lambda: page.activity is not None and bool(page.figures), timeout=10000)
    calls: list[str] = []
    for name in ("load_book", "load_activity", "load_summary"):
        original = getattr(page, name)
        monkeypatch.setattr(page, name, lambda original=original, name=name: calls.append(name) or original())
    with qtbot.waitSignal(page.summary_loaded, timeout=10000):
        win.ctx.bus.tell(OpChanges(batches=True))
    assert calls == ["load_summary"]
    calls.clear()
    with qtbot.waitSignals([page.activity_loaded, page.summary_loaded], timeout=10000):
        win.ctx.bus.tell(OpChanges(messages=True))
    assert sorted(calls) == ["load_activity", "load_summary"]
    calls.clear()
    win.show_page("queue")  # hidden: changes wait for the next show, merged
    win.ctx.bus.tell(OpChanges(loans=True))
    win.ctx.bus.tell(OpChanges(batches=True))
    assert calls == []
    with qtbot.waitSignals([page.loaded, page.trend_loaded, page.activity_loaded], timeout=20000):
        win.show_page("dashboard")
    assert sorted(calls) == ["load_activity", "load_book", "load_summary"]
