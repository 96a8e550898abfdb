"""Make erased bytes really gone from the database's own files (services/privacy: `privacy erase`
and the retention purge).

An UPDATE leaves the old row where it was: SQLite keeps the page's freed space (and an older copy
of the page in its write-ahead log), PostgreSQL keeps the dead tuple until a vacuum. So after the
transaction that emptied the fields: SQLite rebuilds the file (`VACUUM`, with `secure_delete` on so
nothing freed on the way is left as it was) and then checkpoints the log into the file and
truncates it (`wal_checkpoint(TRUNCATE)`, as services/office/id_key.py does for the key); PostgreSQL
rewrites the tables touched (`VACUUM FULL`, a short exclusive lock on each). What a PostgreSQL
server keeps elsewhere (its own WAL archive, base backups, replicas) is the server's business, and
so are the office's backup files: the caller says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

# The tables an erase or a purge may touch (VACUUM FULL names them; SQLite rebuilds the whole file).
TABLES = ("borrower", "loan", "message", "message_event", "message_part", "delivery_report", "inbound",
          "import_issue", "import_run", "audit")


@dataclass(frozen=True)
class Wiped:
    """`complete`: False when another connection kept SQLite's log from being emptied (a GUI
    open on the same file): its copy of the old pages goes at that connection's next checkpoint."""

    complete: bool


def secure_delete_on(conn: Connection) -> None:
    """SQLite frees this connection's pages by zeroing them; set first in the erasing transaction
    (before its first write) so the cells it rewrites are zeroed too."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")


def wipe(engine: Engine, tables: Sequence[str] = TABLES) -> Wiped:
    """Rebuild the file (SQLite) or the tables (PostgreSQL) so that the emptied values are gone."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            try:
                conn.exec_driver_sql("VACUUM")
            except OperationalError:  # another connection is in a transaction past the busy timeout
                return Wiped(complete=False)
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        return Wiped(complete=busy is None or not busy[0])
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM FULL " + ", ".join(tables))
    return Wiped(complete=True)
