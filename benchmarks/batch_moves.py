"""Batch moves benchmark (issue 22). On a draft batch of N messages (default 100,000) written
straight into the store, prints from one run on this machine the time of a batch's approval and
of its cancellation as messaging/transitions.py writes them (the batch row, one set-based
UPDATE … RETURNING of its messages, one executemany of their events), beside the statements the
services ran before there was one writer (SELECT the ids, UPDATE by batch, executemany of the
events, UPDATE the batch). Each is run in a transaction that is rolled back, in alternating
rounds; the figures are medians. SQLite on a temporary file, and PostgreSQL with --pg URL.

    python benchmarks/batch_moves.py [--messages 100000] [--rounds 3] [--pg URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, insert, select, update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from operator_app.messaging import transitions  # noqa: E402
from operator_app.store.db import Database, open_database  # noqa: E402
from operator_app.store.models import (  # noqa: E402
    batch_table,
    borrower_table,
    loan_table,
    message_table,
)

MSG, BATCH = message_table, batch_table
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


def fill(db: Database, n: int) -> int:
    with db.engine.begin() as conn:
        conn.execute(insert(borrower_table), [{"match_key": f"b{i}", "name": f"借款人{i}", "phone": f"+86139{i:08d}",
                                               "locale": "zh_CN", "created_at": NOW} for i in range(n)])
        conn.execute(insert(loan_table), [{"contract_no": f"HT{i:06d}", "borrower_id": i + 1, "outstanding_fen": 1000,
                                           "status": "active", "created_at": NOW, "updated_at": NOW} for i in range(n)])
        batch = int(conn.execute(insert(BATCH).values(as_of=NOW.date(), status="draft", created_by="maker",
                                                      created_at=NOW, messages_count=n)).inserted_primary_key[0])
        conn.execute(insert(MSG), [{"batch_id": batch, "loan_id": i + 1, "borrower_id": i + 1, "to": f"+86139{i:08d}",
                                    "body": f"【安信小贷】HT{i:06d} 您的借款已逾期。回T退订", "segments": 1,
                                    "encoding": "ucs2", "locale": "zh_CN", "stage": "M1", "days_past_due": 5,
                                    "amount_fen": 1000, "status": "draft", "attempts": 0,
                                    "idempotency_key": f"{i + 1}:0:M1:2026-12-01", "planned_at": NOW,
                                    "created_at": NOW, "updated_at": NOW} for i in range(n)])
    return batch


def before_approve(conn: Connection, batch: int) -> int:
    """What services/batches.approve_batch ran before messaging/transitions.py."""
    from operator_app.store.models import message_event_table

    ids = list(conn.execute(select(MSG.c.id).where(MSG.c.batch_id == batch, MSG.c.status == "draft")).scalars())
    conn.execute(update(MSG).where(MSG.c.batch_id == batch, MSG.c.status == "draft")
                 .values(status="queued", queued_at=NOW, updated_at=NOW))
    conn.execute(insert(message_event_table), [{"message_id": i, "at": NOW, "status": "queued", "actor": "checker",
                                                "detail": None} for i in ids])
    conn.execute(update(BATCH).where(BATCH.c.id == batch).values(status="approved", approved_by="checker",
                                                                 approved_at=NOW))
    return len(ids)


def before_cancel(conn: Connection, batch: int) -> int:
    """What services/batches.cancel_batch ran before messaging/transitions.py."""
    from operator_app.store.models import message_event_table

    ids = list(conn.execute(select(MSG.c.id).where(MSG.c.batch_id == batch,
                                                   MSG.c.status.in_(("draft", "queued")))).scalars())
    conn.execute(update(MSG).where(MSG.c.batch_id == batch, MSG.c.status.in_(("draft", "queued")))
                 .values(status="cancelled", reason="batch_cancelled", updated_at=NOW))
    conn.execute(insert(message_event_table), [{"message_id": i, "at": NOW, "status": "cancelled", "actor": "maker",
                                                "detail": "batch_cancelled"} for i in ids])
    conn.execute(update(BATCH).where(BATCH.c.id == batch).values(status="cancelled", cancelled_by="maker",
                                                                 cancelled_at=NOW))
    return len(ids)


def now_approve(conn: Connection, batch: int) -> int:
    return len(transitions.approve_batch(conn, batch, at=NOW, actor="checker") or ())


def now_cancel(conn: Connection, batch: int) -> int:
    return len(transitions.cancel_batch(conn, batch, at=NOW, actor="maker") or ())


def timed(db: Database, batch: int, fn: Callable[[Connection, int], int], n: int) -> float:
    with db.engine.connect() as conn:
        tx = conn.begin()
        start = time.perf_counter()
        moved = fn(conn, batch)
        took = time.perf_counter() - start
        tx.rollback()
    assert moved == n, (fn.__name__, moved)
    return took


def run(label: str, url: str, n: int, rounds: int) -> None:
    db = open_database(url)
    try:
        batch = fill(db, n)
        times: dict[str, list[float]] = {f.__name__: [] for f in (before_approve, now_approve, before_cancel,
                                                                  now_cancel)}
        for _ in range(rounds):
            for fn in (before_approve, now_approve, before_cancel, now_cancel):
                times[fn.__name__].append(timed(db, batch, fn, n))
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"{label}, {n} messages: approve {med['now_approve']:.2f} s (before: {med['before_approve']:.2f} s), "
              f"cancel {med['now_cancel']:.2f} s (before: {med['before_cancel']:.2f} s)")
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite", f"sqlite:///{folder}/office.db", args.messages, args.rounds)
    if args.pg:
        run("PostgreSQL", args.pg, args.messages, args.rounds)


if __name__ == "__main__":
    main()
