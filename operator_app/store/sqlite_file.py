"""A SQLite office file as a whole: a consistent copy of it, a look inside a copy, and putting a
copy back. The services decide names, checks and the audit (services/office/backups.py); this is sqlite3.

Both directions use SQLite's online backup API (`Connection.backup`) in one step: the source is
read under one read transaction, so the copy is a consistent snapshot while other processes
write (WAL readers do not block writers), and WAL contents not yet checkpointed are included.
Putting a copy back writes INTO the live file through the same API: SQLite writes the pages
inside one write transaction of the live database (its WAL or journal), so a crash leaves the old
database or the new one, never half of each, and the live file's -wal and -shm stay consistent
with it; connections other processes hold see the new contents at their next transaction.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

HEADER = b"SQLite format 3\x00"
COUNTED = ("loan", "borrower", "message", "audit")
BUSY_WAIT_S = 30.0  # how long a copy waits for a lock another connection holds


class Busy(Exception):
    """Another connection holds a lock the copy cannot wait out (a first import's fresh load)."""


def _busy(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class NotADatabase(Exception):
    """The file is not a SQLite database at all (wrong header, too short, not a file)."""


@dataclass
class FileCheck:
    """What `inspect` found in a database file."""

    problems: list[str] = field(default_factory=list)  # integrity_check's lines; empty: intact
    revision: str | None = None  # alembic_version; None: not stamped (not an office file)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def _backup(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """src.backup(dst) in one step. sqlite3 retries a locked source or destination for ever: a
    lock held longer than BUSY_WAIT_S raises Busy instead."""
    deadline = time.monotonic() + BUSY_WAIT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise Busy("locked")

    src.backup(dst, progress=progress, sleep=0.05)


def _private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_out(source: Path, target: Path) -> None:
    """A consistent copy of the live database `source` at `target`, created 0600, a plain
    rollback-journal file (no -wal of its own), written under a temporary name and renamed, so a
    crash never leaves a half copy under the final name."""
    partial = target.with_name(target.name + ".partial")
    _private(partial)
    try:
        src = sqlite3.connect(source, timeout=BUSY_WAIT_S)
        try:
            dst = sqlite3.connect(partial)
            try:
                _backup(src, dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # the copy says WAL in its header otherwise
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error) and _busy(exc):
            raise Busy(str(source)) from exc
        raise


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def inspect(path: Path) -> FileCheck:
    """Integrity, schema revision and counts of the database file `path`, read only. Raises
    NotADatabase for a file that is not one; a damaged one is a FileCheck with problems."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(HEADER))
    except IsADirectoryError as exc:
        raise NotADatabase(str(path)) from exc
    if head != HEADER:
        raise NotADatabase(str(path))
    check = FileCheck()
    try:
        conn = _open_read_only(path)
    except sqlite3.DatabaseError as exc:
        check.problems.append(str(exc))
        return check
    try:
        conn.execute("PRAGMA mmap_size=268435456")  # read only: the check reads pages mapped, not copied
        check.problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")
                          if row[0] != "ok"]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in tables:
            versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
            check.revision = versions[0] if len(versions) == 1 else None
        for table in COUNTED:
            if table in tables:
                check.counts[table] = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed", a truncated file
        check.problems.append(str(exc))
    finally:
        conn.close()
    return check


def usable(path: Path) -> bool:
    """The live file opens and its schema reads (cheap: no integrity scan). A missing file or one
    that is not a database is put back by replacing the file instead of writing into it; one
    another connection keeps locked raises Busy."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(HEADER)) != HEADER:
                return False
        conn = sqlite3.connect(path, timeout=BUSY_WAIT_S)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _busy(exc):  # locked is in use, not unusable: never replaced under its owner
            raise Busy(str(path)) from exc
        return False
    except OSError:
        return False
    return True


def copy_in(source: Path, live: Path) -> None:
    """Put the database file `source` in place of the live database `live` (see the module's
    docstring). A live file that is missing or not a usable database is replaced whole: the copy
    is written beside it under a temporary name, the old -wal and -shm are removed (their pages
    belong to the old file) and the copy is renamed over it."""
    if usable(live):
        try:
            src = _open_read_only(source)
            try:
                dst = sqlite3.connect(live, timeout=BUSY_WAIT_S)
                try:
                    _backup(src, dst)
                finally:
                    dst.close()
            finally:
                src.close()
            return
        except sqlite3.DatabaseError as exc:
            if _busy(exc):  # another process writes: never replace the file under it
                raise Busy(str(live)) from exc
    staged = live.with_name(live.name + ".restoring")
    copy_out(source, staged)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    os.replace(staged, live)


def keep_aside(live: Path, target: Path) -> None:
    """Keep the live database at `target` (0600) before it is replaced: a consistent copy when it
    reads as a database, else its bytes as they are (and its -wal beside them)."""
    if usable(live):
        try:
            copy_out(live, target)
            return
        except sqlite3.DatabaseError:  # a damaged page further in: its bytes, as they are
            pass
    _private(target)
    shutil.copyfile(live, target)
    wal = Path(str(live) + "-wal")
    if wal.exists():
        _private(Path(str(target) + "-wal"))
        shutil.copyfile(wal, Path(str(target) + "-wal"))
