"""The outbox's write transactions: one writer per process, waiting while the database is busy.

Two ways into the same database, behind one lock:
- `tx` runs on a pooled SQLAlchemy Connection, for everything that is not per message;
- `fast_tx` runs on one DBAPI connection held for the dispatcher's life (store/rawsql.py), for
  the per-message claim, outcome and delivery reports. On SQLite it opens with BEGIN IMMEDIATE,
  so the transaction holds the one write lock from its first read: two dispatchers never read
  the same candidate.

Durability: a claim is committed with a full fsync (a claim lost to a power cut would be a
second send), and so are replies (the modem deletes them once we committed). An outcome or a
delivery report need not be: if the power takes one, the message is still `sending` at restart
and becomes `unknown`, which is safe, and the next durable commit's fsync of the log covers it
anyway. So non-durable transactions run with synchronous=NORMAL, and the connection is FULL again
after each of them.

The audit head (store/audit_anchor.py) is written `pending` before each COMMIT that appended, as
everywhere; its confirmation is left to the next transaction's `pending`, which confirms on the way
the head it builds on, so a message costs one write of the anchor, not two. Until then the anchor
reads as after a crash between COMMIT and confirmation, which verify accepts; a head still
unconfirmed is confirmed before the dispatcher waits (`confirm`) and when it closes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from operator_app.store import audit_anchor
from operator_app.store.db import Database
from operator_app.store.rawsql import RawConn

T = TypeVar("T")
BUSY_STATES = ("40001", "40P01", "55P03")  # PostgreSQL: serialization, deadlock, lock not available


def is_busy(exc: BaseException) -> bool:
    """The database is held by someone else for now (SQLite's lock, a PostgreSQL conflict)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig if orig is not None else exc).lower()
    code = getattr(orig, "sqlstate", None)
    return "locked" in text or "busy" in text or code in BUSY_STATES


class Transactions:
    def __init__(self, db: Database, on_wait: Callable[[str], None]) -> None:
        self.db = db
        self.on_wait = on_wait
        self.lock = threading.Lock()
        self.waits = 0
        self._raw: RawConn | None = None
        self._raw_handle: Any = None
        path = audit_anchor.path_for(db.url)
        self._anchor = audit_anchor.Keeper(path, audit_anchor.shown_url(db.url)) if path is not None else None
        self._unconfirmed: audit_anchor.Head | None = None  # committed, anchored `pending` only

    def _retrying(self, attempt: Callable[[], T]) -> T:
        delay = 0.05
        while True:
            try:
                return attempt()
            except Exception as exc:
                if not is_busy(exc):
                    raise
            self.waits += 1
            self.on_wait("db_locked")
            time.sleep(delay)
            delay = min(1.0, delay * 2)

    def tx(self, fn: Callable[[Connection], T], *, durable: bool = True) -> T:
        def attempt() -> T:
            with self.lock, self.db.engine.connect() as conn:
                relax = self.db.is_sqlite and not durable and _in_wal(conn.info, conn.connection.dbapi_connection)
                try:
                    with conn.begin():
                        if relax:  # before the first write, so before the driver's implicit BEGIN
                            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                        return fn(conn)
                finally:
                    if relax:
                        conn.exec_driver_sql("PRAGMA synchronous=FULL")
                        conn.commit()

        return self._retrying(attempt)

    # -- the dispatcher's own connection ---------------------------------------------------------
    def _run(self, raw: RawConn, fn: Callable[[RawConn], T], durable: bool) -> T:
        """One whole transaction; the caller holds the lock."""
        sqlite, cur = self.db.is_sqlite, raw.cursor
        relax = sqlite and not durable and _in_wal(raw.info, raw.connection)
        if relax:
            cur.execute("PRAGMA synchronous=NORMAL")
        try:
            if sqlite:
                cur.execute("BEGIN IMMEDIATE")
            try:
                result = fn(raw)
                written = raw.info.pop(audit_anchor.PENDING, None)  # the audit head, anchored around COMMIT
                if written is not None and self._anchor is not None:
                    # confirms on the way the head the last transaction left (it builds on it)
                    self._anchor.pending(written[0], written[1])
                if sqlite:
                    cur.execute("COMMIT")
                else:
                    raw.connection.commit()
                if written is not None and self._anchor is not None:
                    self._unconfirmed = written[0]
                elif self._unconfirmed is not None:
                    self._confirm()  # nothing built on it this time
                return result
            except BaseException:
                raw.info.pop(audit_anchor.PENDING, None)
                if not sqlite:
                    raw.connection.rollback()
                elif raw.connection.in_transaction:
                    cur.execute("ROLLBACK")
                raise
        finally:
            if relax:
                cur.execute("PRAGMA synchronous=FULL")

    def fast_tx(self, fn: Callable[[RawConn], T], *, durable: bool = True) -> T:
        def attempt() -> T:
            with self.lock:
                return self._run(self._connection(), fn, durable)

        return self._retrying(attempt)

    def _connection(self) -> RawConn:
        if self._raw is None:
            handle = self.db.engine.raw_connection()  # the engine's connect events ran (pragmas)
            driver: Any = handle.driver_connection
            handle.detach()  # ours until close(): never handed back to the pool changed
            if self.db.is_sqlite:
                driver.isolation_level = None  # transactions are explicit: BEGIN IMMEDIATE … COMMIT
            self._raw_handle = handle
            self._raw = RawConn(driver, self.db.engine.dialect)
        return self._raw

    def _confirm(self) -> None:
        head, self._unconfirmed = self._unconfirmed, None
        if head is not None and self._anchor is not None:
            self._anchor.confirm(head)

    def confirm(self) -> None:
        """Confirm the audit head the last transaction committed, if nothing confirmed it yet."""
        with self.lock:
            self._confirm()

    def close(self) -> None:
        with self.lock:
            self._confirm()
            if self._anchor is not None:
                self._anchor.close()
            if self._raw is not None:
                self._raw.close()
                self._raw_handle.close()
                self._raw = self._raw_handle = None


def _in_wal(info: dict[str, Any], driver: Any) -> bool:
    """Whether this SQLite connection's file is in WAL mode, asked once per connection. Only there
    is a commit without its own fsync safe (synchronous=NORMAL): in rollback-journal mode a power
    cut at the wrong moment could damage the file. A file leaves WAL for a big write only while
    it has no other connection (store.bulk_write), so an open connection's answer holds; one
    opened meanwhile may find the file in rollback mode, and its transactions stay durable."""
    known = info.get("wal")
    if known is None:
        known = info["wal"] = str(driver.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    return bool(known)
