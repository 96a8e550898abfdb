"""The dashboard's read at 100,000 loans: the demo office plus a history of import runs and the
payments they saw (written straight into the tables), then `services.dashboard.dashboard` timed
against the bare stage query alone. Prints figures.

    python benchmarks/dashboard_100k.py [--loans N] [--runs N] [--paying N] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

TODAY = date(2026, 11, 27)


def history(url: str, runs: int, paying: int) -> None:
    """`runs` import runs on the days before TODAY, and payments on `paying` loans spread over
    them, as imports would have written them."""
    from sqlalchemy import func, insert, select, update

    from operator_app.store.db import open_database
    from operator_app.store.models import import_run_table, loan_table, payment_table

    db = open_database(url)
    rng = random.Random(7)
    with db.engine.begin() as conn:
        loans = int(conn.execute(select(func.count()).select_from(loan_table)).scalar_one())
        ids = []
        for k in range(runs):
            at = datetime.combine(TODAY - timedelta(days=runs - k), datetime.min.time(), UTC) + timedelta(hours=2)
            ids.append(conn.execute(insert(import_run_table).values(
                file_name=f"book-{k}.xlsx", sha256=f"{k:064d}", kind="loan", mapping="{}", started_at=at,
                finished_at=at + timedelta(minutes=1)).returning(import_run_table.c.id)).scalar_one())
        # The book was there before the first of these imports (the demo stamps its loans "now").
        conn.execute(update(loan_table).values(created_at=datetime.combine(TODAY - timedelta(days=runs + 1),
                                                                           datetime.min.time(), UTC)))
        conn.execute(insert(payment_table), [
            {"loan_id": rng.randint(1, loans), "amount_fen": rng.randrange(100, 500000, 100),
             "paid_on": TODAY - timedelta(days=rng.randint(0, runs)), "import_run_id": rng.choice(ids[1:] or ids)}
            for _ in range(paying)])
    db.dispose()


def timed(fn: object, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t)
    return best


def gui(url: str) -> str:
    """The dashboard page opened on the office: seconds until each part is drawn, and the longest
    the event loop went without turning (a 5 ms timer's gaps) from the first paint until then."""
    import os
    import tempfile as tmp

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from operator_app.store.db import open_database
    from operator_app.ui.main_window import MainWindow
    from operator_app.ui.state import LAST_PAGE, UiState
    from operator_app.ui.workers import Pools

    app = QApplication.instance() or QApplication([])
    state = UiState(QSettings(str(Path(tmp.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat))
    state.set(LAST_PAGE, "dashboard")
    db = open_database(url)
    pools = Pools()
    clock = QElapsedTimer()
    clock.start()
    win = MainWindow(db=db, pools=pools, today=TODAY, state=state)
    page = win.dashboard
    done: dict[str, float] = {}
    for name, signal in (("figures", page.loaded), ("trend", page.trend_loaded), ("activity", page.activity_loaded)):
        signal.connect(lambda name=name: done.setdefault(name, clock.elapsed() / 1000))
    win.resize(1280, 800)
    win.show()
    app.processEvents()  # type: ignore[union-attr]
    # the first show (fonts, layout, first paint) is start-up, not loading: the pauses count from here
    last, gap = [clock.elapsed()], [0]

    def tick() -> None:
        now = clock.elapsed()
        gap[0] = max(gap[0], now - last[0])
        last[0] = now
        if len(done) == 3:
            app.quit()  # type: ignore[union-attr]

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    app.exec()  # type: ignore[union-attr]
    pools.wait()
    db.dispose()
    return (f"page: stage figures drawn at {done['figures']:.2f} s, activity at {done['activity']:.2f} s, trend at "
            f"{done['trend']:.2f} s after the window was built; longest event-loop pause {gap[0]} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--paying", type=int, default=10_000)
    parser.add_argument("--db", help="a database URL or SQLite file; a fresh SQLite file by default")
    parser.add_argument("--reuse", action="store_true", help="time the office already in --db")
    parser.add_argument("--gui", action="store_true", help="also open the dashboard page on it")
    args = parser.parse_args()
    from sqlalchemy import func, select

    from operator_app.services.context import fill_demo
    from operator_app.services.reports import dashboard
    from operator_app.store.db import open_database
    from operator_app.store.models import installment_table

    url = args.db or str(Path(tempfile.mkdtemp()) / "office.db")
    t = time.perf_counter()
    if not args.reuse:
        fill_demo(url, today=TODAY, loans=args.loans)
        history(url, args.runs, args.paying)
        print(f"office of {args.loans} loans, {args.runs} import runs, {args.paying} payments made in "
              f"{time.perf_counter() - t:.1f} s")
    db = open_database(url)
    bare_stmt = (select(installment_table.c.loan_id, func.min(installment_table.c.due_on))
                 .group_by(installment_table.c.loan_id))

    def bare() -> None:
        with db.engine.connect() as conn:
            conn.execute(bare_stmt).all()

    bare_s = timed(bare)
    figures_s = timed(lambda: dashboard.stage_figures(db, TODAY))
    whole_s = timed(lambda: dashboard.dashboard(db, TODAY))
    board = dashboard.dashboard(db, TODAY)
    print(f"{db.engine.dialect.name}: bare GROUP BY over the installments {bare_s * 1000:.0f} ms; stage_figures "
          f"{figures_s * 1000:.0f} ms; the whole dashboard (figures, {len(board.trend)}-run trend, sending, "
          f"contacts, effectiveness) {whole_s * 1000:.0f} ms")
    db.dispose()
    if args.gui:
        print(gui(url))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
