"""Starting a helper process (the import's reader, the batch's second planner): when a fork is
safe, and how a spawned child is kept from re-running the app's main script. Standard library
only: the CLI calls this before it loads anything heavy."""

from __future__ import annotations

import os
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FORK_MAX_ADDRESS_SPACE = 256 * 1_048_576


def small_and_alone() -> bool:
    """Whether forking is safe here: Linux (macOS's system libraries refuse to run in a forked
    child; Windows has no fork), this process has no other thread (a thread holding a lock at the
    fork would leave it held forever in the child) and no Qt loaded (its threads are not
    Python's), and its address space is small: the child inherits it, and the reader's memory
    limit (RLIMIT_AS) counts it. (A database connection must not cross a fork either: callers
    fork before they open one.)"""
    if not sys.platform.startswith("linux") or threading.active_count() != 1 or "PySide6.QtCore" in sys.modules:
        return False
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return pages * os.sysconf("SC_PAGE_SIZE") <= FORK_MAX_ADDRESS_SPACE


@contextmanager
def main_module_hidden() -> Iterator[None]:
    """A spawned child first re-runs the parent's main script (main.py: the whole CLI with
    SQLAlchemy and Alembic) unless the main module is `python -m`'s. A helper needs none of it,
    so while the child is launched the main module is a bare stub; multiprocessing reads it only
    inside `start()`."""
    with _launching:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


_launching = threading.Lock()


def quiet_stderr() -> None:
    """A helper child's own error output goes nowhere: the app's answer to the clerk is one line,
    and the child reports its failures to the app, which words them."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
