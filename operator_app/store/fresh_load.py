"""An office's first import into empty tables on SQLite: the rows go in without the per-row
upkeep that empty tables do not need, with the same guarantees when the transaction commits.

- The write lock is taken first and the rows go to the file once, under a rollback journal
  (store.bulk_write, shared with `batch create`).
- Foreign keys are checked once, before the commit (`PRAGMA foreign_key_check` of the tables
  written), instead of one parent look-up per inserted row. SQLite switches them per connection
  and only outside a transaction, so `FreshLoad.begin` begins the transaction itself (BEGIN
  IMMEDIATE: the write lock), then makes sure under that lock that the tables are still empty
  (else it gives the transaction back and the import is an ordinary one), and `FreshLoad.end`
  turns the checks on again once the transaction is over, whichever way it ended (a connection
  that cannot be restored is discarded, never handed back to the pool without its checks).
- Secondary indexes are dropped inside the transaction and built once the rows are in
  (`defer_indexes`, `rebuild_indexes`): one sort per index instead of an index step per row.
  A unique index (a borrower's match key) is one of them: building it checks every key at once,
  and a duplicate stops the commit as it would have stopped the row. Unique constraints of a
  table (SQLite's own autoindexes: contract numbers, a loan's installment numbers, whose rows
  come in key order) stay and check every row as before.

A fresh load deletes nothing, so no ON DELETE action is missed while the checks are off.
Everything happens in the one transaction: a rollback or a killed process leaves the database
as it was before the import, indexes included (tests/test_import_fresh_load.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Index, Table

from operator_app.store.bulk import has_rows
from operator_app.store.bulk_write import BulkWrite, driver_in_transaction


class ForeignKeyError(RuntimeError):
    """Rows of a fresh load point at rows that do not exist (a bug of the writer): the
    transaction must not commit."""


class FreshLoad:
    """One connection's fresh load: `begin` before the first write, `check` before the commit,
    `end` after the transaction (in a `finally`)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._write = BulkWrite(conn)

    @property
    def active(self) -> bool:
        return self._write.active

    def begin(self, empty: Sequence[Table]) -> bool:
        """Take the write lock for a fresh load when this is SQLite, nothing has been written in
        this transaction yet and the tables `empty` are empty. False (an ordinary import, checks
        on, nothing begun) otherwise."""
        conn = self.conn
        if conn.dialect.name != "sqlite" or driver_in_transaction(conn) or _any_rows(conn, empty):
            return False
        self._write.begin(foreign_keys=False)
        if not _any_rows(conn, empty):
            return True
        # Another import got there first: give the lock back (nothing was written) and write
        # this one the ordinary way.
        conn.exec_driver_sql("ROLLBACK")
        self._write.restore()
        return False

    def check(self, tables: Sequence[Table]) -> None:
        """Every foreign key of these tables' rows, checked at once (before the commit)."""
        if not self.active:
            return
        for table in tables:
            bad = self.conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table.name}")').first()
            if bad is not None:
                raise ForeignKeyError(f"{table.name} row {bad[1]} points at a missing {bad[2]} row")

    def end(self) -> None:
        """After the transaction has ended: the connection as it was before `begin`."""
        self._write.end()


def _any_rows(conn: Connection, tables: Sequence[Table]) -> bool:
    return any(has_rows(conn, table) for table in tables)


def defer_indexes(conn: Connection, tables: Sequence[Table]) -> list[Index]:
    """On SQLite, inside a write transaction that has begun: drop the secondary indexes of these
    tables, which must be empty, for `rebuild_indexes` to build once the rows are in."""
    if conn.dialect.name != "sqlite" or not tables:
        return []
    if not driver_in_transaction(conn):  # pysqlite would run the DDL outside any transaction
        raise RuntimeError("defer_indexes needs a write transaction that has begun")
    dropped = [index for table in tables if not has_rows(conn, table)
               for index in sorted(table.indexes, key=lambda i: str(i.name))]
    for index in dropped:
        index.drop(conn)
    return dropped


def rebuild_indexes(conn: Connection, indexes: Sequence[Index]) -> None:
    """Build again, in the same transaction, the indexes `defer_indexes` dropped."""
    for index in indexes:
        index.create(conn)
