"""The desktop app at 100,000 loans: process start to the queue page painted with rows, sort by
days past due, filter by name; each against the bare SQL query in the same run. Prints figures.

    python benchmarks/gui_100k.py [--loans N] [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 27)


def bare(db_path: str, f: object, order: str, descending: bool) -> float:
    from sqlalchemy import select

    from operator_app.domain.overdue import StagePolicy
    from operator_app.services.queue_view import _filtered
    from operator_app.store.db import open_database

    db = open_database(db_path)
    sub, where = _filtered(f, TODAY, StagePolicy())  # type: ignore[arg-type]
    key = sub.c.first_due if order == "days_past_due" else sub.c.contract_no
    primary = key.asc().nulls_last() if descending else key.desc().nulls_last()  # DPD descending: oldest due first
    stmt = select(sub).where(where).order_by(primary, sub.c.id).limit(200)
    with db.engine.connect() as conn:
        conn.execute(stmt).all()  # warm
        start = time.perf_counter()
        conn.execute(stmt).all()
        took = time.perf_counter() - start
    db.dispose()
    return took


def child(db_path: str, started: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from operator_app.services.queue_view import QueueFilter
    from operator_app.store.db import open_database
    from operator_app.ui.loans_model import COL_DPD, PAGE
    from operator_app.ui.main_window import MainWindow
    from operator_app.ui.state import LAST_PAGE, UiState
    from operator_app.ui.workers import Pools

    app = QApplication(sys.argv[:1])
    state = UiState(QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat))
    state.set(LAST_PAGE, "queue")
    db = open_database(db_path)
    pools = Pools()
    win = MainWindow(db=db, pools=pools, today=TODAY, state=state)
    marks: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and win.model.rowCount() > 0 and "painted" not in marks:
                marks["painted"] = time.time()
                app.quit()
            return False

    spy = Painted()
    win.queue.table.viewport().installEventFilter(spy)
    win.resize(1280, 800)
    win.show()
    app.exec()
    print(f"painted {marks['painted'] - started:.3f}")

    def timed(action: object) -> float:
        done: list[float] = []
        start = time.perf_counter()

        def check(*_a: object) -> None:
            if win.model.rowCount() == PAGE and not done:
                done.append(time.perf_counter())
                app.quit()
        win.model.rowsInserted.connect(check)
        action()  # type: ignore[operator]
        app.exec()
        win.model.rowsInserted.disconnect(check)
        return done[0] - start

    print(f"sort {timed(lambda: win.queue.table.sortByColumn(COL_DPD, Qt.SortOrder.DescendingOrder)):.4f}")
    print(f"filter {timed(lambda: win.model.set_filter(QueueFilter(search='张'))):.4f}")
    print(f"rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    pools.wait()
    db.dispose()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--db")
    parser.add_argument("--child", nargs=2, metavar=("DB", "STARTED"))
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], float(args.child[1]))
    db_path = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    if not Path(db_path).exists():
        from operator_app.services.context import fill_demo

        t = time.perf_counter()
        fill_demo(db_path, today=TODAY, loans=args.loans)
        print(f"demo office of {args.loans} loans made in {time.perf_counter() - t:.1f} s")
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", db_path, str(started)], capture_output=True, text=True,
                         check=True).stdout
    figures = dict(line.split() for line in out.splitlines() if line.split()[0] in ("painted", "sort", "filter", "rss_mb"))
    from operator_app.services.queue_view import QueueFilter

    sort_sql = bare(db_path, QueueFilter(), "days_past_due", True)
    # the table is still sorted by DPD when the name filter is typed: the same query, bare
    filter_sql = bare(db_path, QueueFilter(search="张"), "days_past_due", True)
    print(f"process start -> queue painted with rows: {float(figures['painted']):.2f} s (target <= 2 s)")
    print(f"sort by DPD: {float(figures['sort']) * 1000:.0f} ms; bare SQL {sort_sql * 1000:.0f} ms; "
          f"ratio {float(figures['sort']) / sort_sql:.1f}x (target <= 3x and < 250 ms)")
    print(f"filter by name: {float(figures['filter']) * 1000:.0f} ms; bare SQL {filter_sql * 1000:.0f} ms; "
          f"ratio {float(figures['filter']) / filter_sql:.1f}x (target <= 3x and < 250 ms)")
    print(f"peak memory of the GUI process: {figures['rss_mb']} MB (target <= 500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
