"""The desktop app at 100,000 loans: process start to the queue page painted with rows, sort by
days past due, sort by amount, filter by name; each against the bare SQL query a hand-written app
would run for the same screen (same columns, same ORDER BY, the first page of 200), in the same
run. A GUI figure is from the click to the page's rows in the model: the session's first click,
and the median of nine more (the same actions again, in turn); the bare one is the median of 21
runs after a warm-up. Prints figures, and the load average: the machine is shared.

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
from statistics import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 27)
REPEATS = 9
KEYS = ("painted", "sort_by_DPD", "sort_by_amount", "filter_by_name", "rss_mb")


# The plain SQL a hand-written app runs for the same screen: the queue's columns (the exclusions
# need the borrower, opt-out, hold and shared-number check), the same ORDER BY, the first page.
BARE_SELECT = ("SELECT l.id, l.contract_no, l.status, b.name, b.phone, b.phone_raw, b.opted_out_at, b.hold_until,"
               " l.owed_fen, l.owed_since,"
               " EXISTS (SELECT 1 FROM borrower o WHERE o.phone = b.phone AND o.id <> b.id) AS shared"
               " FROM loan l LEFT OUTER JOIN borrower b ON b.id = l.borrower_id")
SEARCH = "张"
BARE = {
    "sort by DPD": f"{BARE_SELECT} ORDER BY l.owed_since ASC NULLS LAST, l.id LIMIT 200",
    "sort by amount": f"{BARE_SELECT} ORDER BY l.owed_fen DESC, l.id LIMIT 200",
    # typed while the table is sorted by DPD: the same order, filtered as the search box does
    "filter by name": (f"{BARE_SELECT} WHERE l.contract_no LIKE :q OR b.name LIKE :q OR b.phone LIKE :q"
                       " OR b.phone_raw LIKE :q ORDER BY l.owed_since ASC NULLS LAST, l.id LIMIT 200"),
}


def bare(db_path: str, sql: str, rounds: int = 21) -> float:
    """The median of `rounds` runs after one warm-up, rows fetched."""
    from sqlalchemy import text

    from operator_app.store.db import open_database

    db = open_database(db_path)
    took = []
    with db.engine.connect() as conn:
        params = {"q": f"%{SEARCH}%"}
        assert len(conn.execute(text(sql), params).all()) == 200  # warm
        for _ in range(rounds):
            start = time.perf_counter()
            conn.execute(text(sql), params).all()
            took.append(time.perf_counter() - start)
    db.dispose()
    return median(took)


def peak_rss_mb() -> float:
    """This process's own peak resident memory. Not getrusage's ru_maxrss: Linux keeps that across
    exec, so a GUI process started by a parent that had just built the 100k office reported the
    parent's peak. VmHWM belongs to the process's own memory map, new at exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(db_path: str, started: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from operator_app.services.book.queue_view import QueueFilter
    from operator_app.store.db import open_database
    from operator_app.ui.loans_model import COL_DPD, COL_OUTSTANDING, PAGE
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
        pools.wait()  # the count that follows a filter's first page: done before the next action
        return done[0] - start

    table = win.queue.table
    took: dict[str, list[float]] = {"sort_by_DPD": [], "sort_by_amount": [], "filter_by_name": []}
    for _ in range(1 + REPEATS):  # the first round is the session's first (cold) click of each
        # amount first, so that the DPD sort is a change of order, then the name typed under it
        took["sort_by_amount"].append(timed(lambda: table.sortByColumn(COL_OUTSTANDING, Qt.SortOrder.DescendingOrder)))
        took["sort_by_DPD"].append(timed(lambda: table.sortByColumn(COL_DPD, Qt.SortOrder.DescendingOrder)))
        took["filter_by_name"].append(timed(lambda: win.model.set_filter(QueueFilter(search=SEARCH))))
        first = win.model.row_at(0)
        assert SEARCH in (first.borrower or "") + first.contract_no + (first.phone_raw or "")
        timed(lambda: win.model.set_filter(QueueFilter()))
    for name, values in took.items():
        print(name, " ".join(f"{v:.5f}" for v in values))
    print(f"rss_mb {peak_rss_mb():.0f}")
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
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", db_path, str(started)], capture_output=True, text=True,
                         check=True).stdout
    figures = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split() and line.split()[0] in KEYS}
    print(f"process start -> queue painted with rows: {float(figures['painted'][0]):.2f} s (target <= 2 s)")
    for name, sql in BARE.items():
        first, *again = (float(v) for v in figures[name.replace(" ", "_")])
        gui, plain = median(again), bare(db_path, sql)
        print(f"{name}: {gui * 1000:.1f} ms (median of {len(again)}; the session's first {first * 1000:.1f} ms); "
              f"bare SQL {plain * 1000:.1f} ms; ratio {gui / plain:.1f}x, first {first / plain:.1f}x "
              f"(target <= 3x and < 250 ms)")
    print(f"peak memory of the GUI process: {figures['rss_mb'][0]} MB (target <= 500 MB)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
