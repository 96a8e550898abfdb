"""A big write on SQLite (a day's batch of a whole loan book, an office's first import): its
transaction takes the write lock before it reads, and its pages go to the file once.

- BEGIN IMMEDIATE before the first read. What the transaction writes was planned from what it
  read, and no other writer can commit in between: the plan is never made from data that
  changed under it, and no late "database is locked" (a WAL reader whose snapshot went stale
  cannot become a writer) throws a finished plan away. Another writer waits (busy_timeout).
- A rollback journal (journal_mode DELETE) for the transaction, as crash-safe at
  synchronous=FULL as WAL: the new pages are written to the file once, not first to the WAL and
  then again into the file at the checkpoint. Leaving WAL needs the only connection to the file:
  with another one open SQLite refuses at once, and the write runs in WAL as any other does. WAL
  is back on when the transaction is over.
- Optionally, foreign keys off for the transaction (SQLite switches them per connection and only
  outside a transaction); the caller then checks what it wrote before the commit
  (store.fresh_load does).

`end` (in a `finally`, after the transaction) gives the connection back as it was; a connection
that cannot be restored is discarded, never handed back to the pool changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError


def driver_in_transaction(conn: Connection) -> bool:
    driver = conn.connection.dbapi_connection
    return bool(getattr(driver, "in_transaction", True))


class BulkWrite:
    """One connection's big write: `begin` before the first statement of the transaction, `end`
    after the transaction has ended (in a `finally`)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.active = False
        self.journal_switched = False
        self.foreign_keys_off = False

    def begin(self, *, foreign_keys: bool = True) -> bool:
        """Take SQLite's write lock now, under a rollback journal when this connection is the
        file's only one; `foreign_keys=False` also stops the per-row checks until `end`. False
        (nothing done) on another engine or when the driver's transaction has begun already."""
        conn = self.conn
        if conn.dialect.name != "sqlite" or driver_in_transaction(conn):
            return False
        self.active = True
        self.journal_switched = self._journal_mode("delete")
        if not foreign_keys:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            self.foreign_keys_off = True
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        return True

    def end(self) -> None:
        """After the transaction has ended: the connection as it was before `begin`."""
        if self.active:
            try:
                self.restore()
            except Exception:  # a broken connection: discarded, and the write's own error stands
                self.conn.invalidate()
                self.active = False

    def restore(self) -> None:
        conn = self.conn
        self.active = False
        if driver_in_transaction(conn):  # the caller's transaction did not end: never leave it changed
            conn.invalidate()
            return
        if self.foreign_keys_off:
            self.foreign_keys_off = False
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() != 1:
                conn.invalidate()
                return
        if self.journal_switched:
            self.journal_switched = False
            # A connection opened meanwhile keeps the file from leaving rollback mode: then the
            # next connection opened (store.db's pragmas) turns WAL on.
            self._journal_mode("wal")

    def _journal_mode(self, mode: str) -> bool:
        """Switch the database file's journal mode; False when it did not switch."""
        try:
            return self.conn.exec_driver_sql(f"PRAGMA journal_mode={mode}").scalar() == mode
        except OperationalError:
            return False


@contextmanager
def bulk_transaction(engine: Engine, *, foreign_keys: bool = True) -> Iterator[Connection]:
    """`engine.begin()` for a big write: on SQLite a BulkWrite (`foreign_keys=False`: without
    the per-row parent look-ups, for a writer whose every reference was read or written in this
    same transaction); elsewhere exactly engine.begin()."""
    with engine.connect() as conn:
        bulk = BulkWrite(conn)
        try:
            with conn.begin():
                bulk.begin(foreign_keys=foreign_keys)
                yield conn
        finally:
            bulk.end()
