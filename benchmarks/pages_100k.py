"""The history, inbox and calls pages over an office of 100,000 loans, 100,000 messages and
100,000 replies: seconds from asking for the page to its first rows in the table's model (a
page read in a worker, handed to the GUI thread), against the bare SQL read of the same first
page (the same columns, the same ORDER BY, LIMIT 200) in the same run. Prints figures, and the
load average: the machine is shared.

    python benchmarks/pages_100k.py [--rows N] [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 27)
ROUNDS = 5

# The plain SQL a hand-written app runs for each page's first screen.
BARE = {
    "history": ("SELECT m.*, l.contract_no FROM message m JOIN loan l ON l.id = m.loan_id"
                " ORDER BY m.id DESC LIMIT 200"),
    "inbox": ("SELECT i.*, b.name FROM inbound i LEFT OUTER JOIN borrower b ON b.id = i.borrower_id"
              " ORDER BY i.received_at DESC, i.id DESC LIMIT 200"),
    "calls": ("SELECT l.id, l.contract_no, l.owed_fen, l.owed_since, b.name, b.phone, b.phone_raw"
              " FROM loan l LEFT OUTER JOIN borrower b ON b.id = l.borrower_id"
              " WHERE l.owed_fen + 0 > 0 AND date(l.owed_since) <= :today AND (b.hold_until >= :today"
              " OR b.phone IS NULL OR b.opted_out_at IS NOT NULL)"
              " ORDER BY CASE WHEN b.hold_until >= :today THEN 1 ELSE 3 END, l.owed_since, l.owed_fen DESC,"
              " l.contract_no LIMIT 200"),
}


def build_office(url: str, rows: int) -> None:
    """`rows` borrowers each with a loan, a message and a reply, written in bulk (the driver's
    executemany: the ORM's per-row work would take longer than the pages measured): every 50th
    on hold, every 40th opted out, every 97th without a mobile; two in three owe, from up to 180
    days ago; messages sent or delivered, some failed; replies over the last 100 days."""
    from operator_app.store.db import open_database

    db = open_database(url)
    now = datetime.combine(TODAY, datetime.min.time())
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite form of a UTC moment

    def at(minutes: float) -> str:
        return (now - timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S.%f")

    phone = [None if i % 97 == 0 else f"+86138{i:08d}" for i in range(rows)]
    owed = [0 if i % 3 == 0 else 100_000 + i * 7 % 900_000 for i in range(rows)]
    body = "【示例贷】张先生，您的借款合同{c}已逾期，请尽快还款。回T退订"
    tables: list[tuple[str, list[tuple[Any, ...]]]] = [
        ("borrower (id, match_key, name, phone, phone_raw, locale, hold_until, hold_reason, opted_out_at, created_at)",
         [(i + 1, f"np:借款人{i}|{phone[i]}", f"张{i % 500}明{i}", phone[i], phone[i][3:] if phone[i] else "0755-1234",
           "zh_CN", (TODAY + timedelta(days=30)).isoformat() if i % 50 == 0 else None, "投诉" if i % 50 == 0 else None,
           stamp if i % 40 == 0 else None, stamp) for i in range(rows)]),
        ("loan (id, contract_no, borrower_id, principal_fen, outstanding_fen, status, owed_fen, owed_since,"
         " created_at, updated_at)",
         [(i + 1, f"HT{i:07d}", i + 1, 500_000 + i, owed[i], "active", owed[i],
           (TODAY - timedelta(days=i % 200 - 20)).isoformat(), stamp, stamp) for i in range(rows)]),
        ("batch (id, as_of, status, created_by, created_at, messages_count, excluded_count)",
         [(1, TODAY.isoformat(), "done", "bench", stamp, rows, 0)]),
        ('message (id, batch_id, loan_id, borrower_id, "to", body, segments, encoding, locale, stage, days_past_due,'
         " amount_fen, status, attempts, idempotency_key, planned_at, created_at, updated_at, sent_at)",
         [(i + 1, 1, i + 1, i + 1, phone[i] or "+8613800000000", body.format(c=f"HT{i:07d}"), 1, "ucs2", "zh_CN",
           "M1", 10, owed[i], "failed" if i % 11 == 0 else ("delivered" if i % 2 else "sent"), 1,
           f"{i + 1}::M1:{TODAY}", stamp, stamp, stamp, at(i % 5000)) for i in range(rows)]),
        ("inbound (id, sender, text, received_at, borrower_id, action, created_at)",
         [(i + 1, phone[i] or "+8613900000000", "明天还" if i % 7 else "TD", at(i * 1.44), i + 1,
           "none" if i % 7 else "opt_out", stamp) for i in range(rows)]),
    ]
    with db.engine.begin() as conn:
        for into, values in tables:
            marks = ", ".join("?" * len(values[0]))
            conn.exec_driver_sql(f"INSERT INTO {into} VALUES ({marks})", values)
    db.dispose()


def bare(url: str, name: str, rounds: int = 21) -> float:
    """The median of `rounds` reads of the page's first 200 rows after one warm-up."""
    from sqlalchemy import text

    from operator_app.store.db import open_database

    db = open_database(url)
    took = []
    with db.engine.connect() as conn:
        params = {"today": TODAY.isoformat()} if name == "calls" else {}
        conn.execute(text(BARE[name]), params).all()
        for _ in range(rounds):
            start = time.perf_counter()
            conn.execute(text(BARE[name]), params).all()
            took.append(time.perf_counter() - start)
    db.dispose()
    return median(took)


def open_pages(url: str, qt_app: Any = None) -> dict[str, list[float]]:
    """Seconds from asking each page for its rows to its first page in the model, ROUNDS times
    (the first is the session's first), each page built as the main window builds it."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from operator_app.store.db import open_database
    from operator_app.ui.changes import ChangeBus
    from operator_app.ui.context import GuiContext
    from operator_app.ui.pages.calls_page import CallsPage
    from operator_app.ui.pages.history_page import HistoryPage
    from operator_app.ui.pages.inbox_page import InboxPage
    from operator_app.ui.state import UiState
    from operator_app.ui.workers import Pools

    app = qt_app or QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(url)
    pools = Pools()
    state = UiState(QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat))
    ctx = GuiContext(db=db, pools=pools, bus=ChangeBus(), state=state, pinned_day=TODAY)
    took: dict[str, list[float]] = {}
    for name, page in (("history", HistoryPage(ctx=ctx)), ("inbox", InboxPage(ctx=ctx)), ("calls", CallsPage(ctx=ctx))):
        took[name] = []
        for _ in range(ROUNDS):
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            start = time.perf_counter()
            page.refresh()
            loop.exec()
            took[name].append(time.perf_counter() - start)
            page.loaded.disconnect(loop.quit)
            assert page.model.rowCount() == 200, (name, page.model.rowCount())
            pools.wait()  # the count after the first page: done before the next round
        page.deleteLater()
    app.processEvents()
    pools.wait()
    db.dispose()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    path = Path(args.db or Path(tempfile.mkdtemp()) / "pages.db")
    url = f"sqlite:///{path}"
    if not path.exists():
        t = time.perf_counter()
        build_office(url, args.rows)
        print(f"office of {args.rows} loans, messages and replies made in {time.perf_counter() - t:.1f} s")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    took = open_pages(url)
    for name, values in took.items():
        first, *again = values
        page, plain = median(again), bare(url, name)
        print(f"{name}: first rows in {page:.3f} s (median of {len(again)}; the session's first {first:.3f} s); "
              f"bare SQL page {plain * 1000:.1f} ms; ratio {page / plain:.1f}x (target: under 1 s)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
