"""One office day (issue 18, item 3): at 02:30 in Shanghai on a computer whose clock is UTC (still
the day before there), every screen and command stages loans on the Shanghai day.

The clock is pinned through OPERATOR_APP_NOW to a moment far from the day the tests run, so code
that read the computer's own date (date.today()) or the UTC date would stage the loans otherwise
and fail here; the computer's zone is set to UTC for the test.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from operator_app.services.book import calls
from operator_app.services.office import settings as settings_service
from operator_app.services.reports import dashboard
from operator_app.store.db import open_database
from tests.conftest import run_cli

SHANGHAI_DAY = date(2027, 3, 10)
AT_0230_SHANGHAI = "2027-03-09T18:30:00+00:00"  # 02:30 on 10 March in Shanghai; still 9 March in UTC


@pytest.fixture
def utc_machine_at_0230(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("OPERATOR_APP_NOW", AT_0230_SHANGHAI)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _book(tmp_path: Path) -> Path:
    sheet = tmp_path / "book.csv"
    sheet.write_text("合同编号,姓名,手机号,借款金额,应还金额,已还金额,应还日期\n"
                     f"D0,张三,13800138000,8000,8400,0,{SHANGHAI_DAY.isoformat()}\n"
                     f"D1,李四,13900139000,8000,8400,0,{(SHANGHAI_DAY + timedelta(days=1)).isoformat()}\n"
                     f"G1,王五,13700137000,8000,8400,0,{(SHANGHAI_DAY - timedelta(days=1)).isoformat()}\n",
                     encoding="utf-8")
    return sheet


def test_queue_batch_dashboard_and_calls_use_the_shanghai_day(db_url: str, tmp_path: Path,
                                                               utc_machine_at_0230: None) -> None:
    assert run_cli("--db", db_url, "import", str(_book(tmp_path))).code == 0
    rows = {r["contract_no"]: r["stage"] for r in run_cli("--db", db_url, "queue", "--json").json()}  # type: ignore[union-attr, index]
    assert rows == {"D0": "due_today", "D1": "pre_due", "G1": "grace"}
    plain = run_cli("--lang", "zh_CN", "--db", db_url, "queue").out
    assert "D0\t张三\t138****8000\t¥8,400.00\t0\t今日到期" in plain
    batch = run_cli("--db", db_url, "batch", "create", "--by", "alice", "--json").json()
    assert batch["as_of"] == SHANGHAI_DAY.isoformat()  # type: ignore[index]
    texts = {m["contract_no"]: m["text"] for m in batch["messages"]}  # type: ignore[index]
    assert "今天（3月10日）是您借款（合同D0）的还款日" in texts["D0"]
    db = open_database(db_url)
    try:
        today = settings_service.office_today(db)
        figures = {f.stage: f.loans for f in dashboard.stage_figures(db, today) if f.loans}
        assert calls.call_list(db) == []  # nothing to call about on the Shanghai day either
        summary = dashboard.status_summary(db, today)
    finally:
        db.dispose()
    assert today == SHANGHAI_DAY
    assert figures == {"due_today": 1, "pre_due": 1, "grace": 1}
    assert summary.last_import_day == SHANGHAI_DAY and not summary.stale


def test_the_window_stages_on_the_office_day(qtbot: object, sqlite_url: str, tmp_path: Path,
                                            utc_machine_at_0230: None) -> None:
    """The GUI's day is the office's day now, not the computer's date at start. SQLite only: the
    clock is what is tested, the engine is the one above's."""
    from operator_app.ui.main_window import MainWindow
    from operator_app.ui.workers import Pools

    assert run_cli("--db", sqlite_url, "import", str(_book(tmp_path))).code == 0
    db = open_database(sqlite_url)
    pools = Pools()
    try:
        window = MainWindow(db=db, pools=pools)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        assert window.ctx.today == SHANGHAI_DAY
        figures = {f.stage: f.loans for f in dashboard.stage_figures(db, window.ctx.today) if f.loans}
        assert figures["due_today"] == 1
    finally:
        pools.wait()
        db.dispose()
