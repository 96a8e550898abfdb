"""A dispatcher run's life, told by the operating system: each run of `send` on a SQLite database
holds an exclusive lock on its own small file beside the database (`office.db.runs/<id>.lock`),
and the OS lets go of it the moment the process dies, however it dies (SIGKILL, a crash, a power
button). A pid is not that: a killed process stays in the process table until its parent reaps
it, and pids are reused. PostgreSQL gets the same from a session advisory lock
(messaging/outbox.py).

POSIX: fcntl.flock (one lock per open file, so even a second run in the same process sees it);
Windows: msvcrt.locking on the file's first byte.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO


def folder_of(database: Path) -> Path:
    return database.with_name(database.name + ".runs")


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the exclusive lock without waiting; False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class RunLock:
    """Held by a live run from `acquire` to `release`."""

    def __init__(self, database: Path, run_id: int) -> None:
        self.path = folder_of(database) / f"{run_id}.lock"
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(exist_ok=True)
        handle = open(self.path, "a+b")
        if not _try_lock(handle):  # a run id is never given twice: cannot happen
            handle.close()
            raise OSError(f"run lock {self.path} is held")
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # first: Windows removes no file that is open
            self._handle = None
            _remove(self.path)


def run_alive(database: Path, run_id: int) -> bool | None:
    """True while the run's process holds its lock, False when nobody does (the run is gone;
    its file is removed), None when the run left no file (it never took one)."""
    path = folder_of(database) / f"{run_id}.lock"
    try:
        handle = open(path, "r+b")
    except FileNotFoundError:
        return None
    with handle:
        if not _try_lock(handle):
            return True
    _remove(path)
    return False


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # another process has it open this moment: left for the next look
        pass
