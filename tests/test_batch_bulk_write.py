"""`batch create` on SQLite writes a whole book's drafts as one big write (store.bulk_write): the
write lock before the first read, a rollback journal for the transaction, and no per-row
foreign-key look-ups. These tests hold it to what that must not change: every row points where
it should, the connection goes back to the pool as it was (checks on, WAL), and a writer that
commits while a batch is being planned makes the batch wait, never fail."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from operator_app.errors import UsageError
from operator_app.services.planning.batches import create_batch
from operator_app.services.planning.templates import ensure_defaults
from operator_app.store.db import open_database
from tests.conftest import run_cli, set_office_details
from tests.sheets import loan_book
from tests.test_batches import TODAY, pin, rows


@pytest.fixture
def office(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    pin(monkeypatch, TODAY)
    res = run_cli("--db", sqlite_url, "import", str(loan_book(tmp_path / "book.xlsx", rows(TODAY))))
    assert res.code == 0, res.err
    set_office_details(sqlite_url)
    return sqlite_url


def _file(url: str) -> str:
    return url.removeprefix("sqlite:///")


def test_every_row_a_batch_writes_points_at_what_exists(office: str) -> None:
    db = open_database(office)
    try:
        view = create_batch(db, as_of=TODAY, by="甲")
        assert view.messages and view.excluded
        with db.engine.connect() as conn:
            for table in ("message", "batch_exclusion", "batch"):
                assert conn.exec_driver_sql(f"PRAGMA foreign_key_check({table})").all() == []
            # back in the pool as it was: checks on, and the file in WAL again
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            # a batch's messages in a status still come from an index (ix_message_claim)
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM message WHERE batch_id = 1 AND status = 'draft'").all())
            assert "USING INDEX ix_message_claim" in plan or "USING COVERING INDEX ix_message_claim" in plan
    finally:
        db.dispose()


def test_a_refused_batch_leaves_the_connection_as_it_was(office: str) -> None:
    db = open_database(office)
    try:
        with pytest.raises(UsageError):
            create_batch(db, as_of=TODAY, by="甲", loan_ids=[999_999])
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.execute(text("SELECT count(*) FROM batch")).scalar() == 0
            # the checks are really on: a dangling message is refused
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.exec_driver_sql(
                    "INSERT INTO message (batch_id, loan_id, borrower_id, \"to\", body, segments, encoding, locale,"
                    " stage, days_past_due, amount_fen, status, attempts, idempotency_key, planned_at, created_at,"
                    " updated_at) VALUES (424242, 1, 1, '+8613800138000', 'x', 1, 'gsm7', 'zh_CN', 'M1', 1, 1,"
                    " 'draft', 0, 'k', '2026-01-01', '2026-01-01', '2026-01-01')")
    finally:
        db.dispose()


def test_a_batch_plans_from_what_a_writer_committed_while_it_started(office: str) -> None:
    """Another desk holds the write lock, opting a borrower out, and commits while `batch create`
    starts: the batch waits for the lock and plans from what was committed, so the borrower who
    just opted out gets no draft (reads made before that commit would have planned one)."""
    db = open_database(office)
    with db.engine.begin() as conn:
        ensure_defaults(conn)  # else the batch's first write (the default templates) would wait anyway
    other = sqlite3.connect(_file(office), isolation_level=None, timeout=10, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE borrower SET opted_out_at = '2026-01-01 00:00:00.000000' WHERE name = '张三'")
    released = threading.Event()

    def commit_later() -> None:
        time.sleep(0.5)
        other.execute("COMMIT")
        released.set()

    thread = threading.Thread(target=commit_later)
    try:
        with db.engine.connect() as conn:  # the reads of a deferred transaction would start here
            conn.exec_driver_sql("SELECT count(*) FROM loan").scalar()
        thread.start()
        view = create_batch(db, as_of=TODAY, by="甲")
        assert released.is_set()  # it waited for the other writer
        assert view.messages and "HT101" not in {m.contract_no for m in view.messages}
        assert ("HT101", ["opted_out"]) in view.excluded
    finally:
        thread.join()
        other.close()
        db.dispose()


@pytest.mark.parametrize("mode, relaxed", [("wal", 1), ("delete", 2)])
def test_the_senders_quick_commits_skip_their_fsync_only_in_wal(sqlite_url: str, mode: str, relaxed: int) -> None:
    """A sender that opens the file while a big write holds it in rollback-journal mode
    (store.bulk_write) works in that mode: there a commit without its own fsync could damage the
    file at a power cut, so its non-durable transactions stay synchronous=FULL (2); in WAL they
    are NORMAL (1). Durable ones are FULL either way."""
    from operator_app.messaging.outbox_tx import Transactions

    open_database(sqlite_url).dispose()
    big_write = sqlite3.connect(_file(sqlite_url), isolation_level=None)
    assert big_write.execute(f"PRAGMA journal_mode={mode}").fetchone()[0] == mode
    big_write.execute("BEGIN IMMEDIATE")  # its lock: a connection opened now cannot switch the file
    db = open_database(sqlite_url, migrate=False)
    tx = Transactions(db, lambda _why: None)
    try:
        tx._connection()  # the sender's own connection, opened during the big write
        with db.engine.connect() as conn:  # and the pooled one its other transactions use
            conn.exec_driver_sql("SELECT 1")
        big_write.execute("COMMIT")
        seen = tx.fast_tx(lambda raw: raw.connection.execute("PRAGMA synchronous").fetchone()[0], durable=False)
        pooled = tx.tx(lambda conn: conn.exec_driver_sql("PRAGMA synchronous").scalar(), durable=False)
        durable = tx.fast_tx(lambda raw: raw.connection.execute("PRAGMA synchronous").fetchone()[0])
        assert (seen, pooled, durable) == (relaxed, relaxed, 2)
    finally:
        tx.close()
        big_write.close()
        db.dispose()
