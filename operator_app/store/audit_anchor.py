"""The audit chain's head kept OUTSIDE the database, so that `audit verify` can tell a chain cut
short, continued by hand or rewritten whole (each of which still links up by itself) from the
one this computer wrote.

Where: beside a SQLite file (`office.db.audit-head`); for a server database, in this user's
config folder, one file per database URL (without its password). Mode 0600, written whole and
moved into place (a crash leaves the old file or the new one), under a lock file so several
processes of this computer take turns.

What: the last head this computer saw committed (`confirmed`) and the one a transaction is
committing (`pending`: written before its COMMIT, confirmed after it). A rolled-back transaction
leaves the database at `confirmed`; a crash between COMMIT and the confirmation leaves it at
`pending`; verify accepts either. Neither ever moves backwards: only a higher sequence replaces
`confirmed`, and a late confirmation from a slower process changes nothing.

How it is hooked: `audit.append` leaves the head it wrote in the connection's `info`
(`PENDING`); `install` wraps the engine's commit and rollback so that every committed
transaction that appended writes the file twice (pending, confirmed), whatever service ran it.
The dispatcher's own DBAPI connection does the same around its COMMIT (messaging/outbox_tx.py).
The files are not fsynced: after a power cut the file may lag the database until the next write.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

PENDING = "audit_head"  # key in a connection's info: (the head appended, the head it chained onto)
SUFFIX = ".audit-head"


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    def as_json(self) -> dict[str, object]:
        return {"seq": self.seq, "hash": self.hash}


@dataclass(frozen=True)
class Anchor:
    confirmed: Head | None
    pending: Head | None

    def as_json(self) -> dict[str, object]:
        return {"confirmed": self.confirmed and self.confirmed.as_json(),
                "pending": self.pending and self.pending.as_json()}


def config_dir() -> Path:
    """OPERATOR_APP_CONFIG, else this user's config folder (as services/secrets.py)."""
    given = os.environ.get("OPERATOR_APP_CONFIG")
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_config_dir("operator-app", appauthor=False))


def path_for(url: str) -> Path | None:
    """The anchor file of a database URL; None for a database in memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        name = parsed.database
        return Path(name + SUFFIX) if name and name != ":memory:" else None
    shown = parsed.render_as_string(hide_password=True)
    return config_dir() / "audit-heads" / (hashlib.sha256(shown.encode()).hexdigest()[:32] + SUFFIX)


def _head(value: object) -> Head | None:
    if isinstance(value, dict) and isinstance(value.get("seq"), int) and isinstance(value.get("hash"), str):
        return Head(value["seq"], value["hash"])
    return None


def read(path: Path | None) -> Anchor | None:
    """None when there is no file (a database this computer never wrote to, or one in memory)."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return Anchor(None, None)  # unreadable: verify says the chain cannot be vouched for
    if not isinstance(data, dict):
        return Anchor(None, None)
    return Anchor(_head(data.get("confirmed")), _head(data.get("pending")))


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _update(path: Path, change: Callable[[Anchor], Anchor | None], shown: str) -> None:
    """Read, change and rewrite the file under its lock; `change` returns None to leave it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(str(path) + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    with os.fdopen(fd, "r+b") as handle:
        _lock(handle)  # let go when the handle closes
        new = change(read(path) or Anchor(None, None))
        if new is None:
            return
        tmp_fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)  # created 0600
        try:
            with os.fdopen(tmp_fd, "w", encoding="utf-8") as out:
                json.dump({"database": shown, **new.as_json()}, out)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def pending(path: Path, head: Head, prev: Head | None, shown: str = "") -> None:
    """Before COMMIT: `head` is being committed on top of `prev`. A pending head the database has
    since built on (a process that died before confirming it) is confirmed on the way."""
    def change(old: Anchor) -> Anchor | None:
        confirmed = old.confirmed
        if prev is not None and old.pending == prev and (confirmed is None or prev.seq > confirmed.seq):
            confirmed = prev
        if confirmed is not None and head.seq <= confirmed.seq:
            return None if confirmed == old.confirmed else Anchor(confirmed, old.pending)
        return Anchor(confirmed, head)

    _update(path, change, shown)


def confirm(path: Path, head: Head, shown: str = "") -> None:
    """After COMMIT: `head` is in the database. Never moves the confirmed head backwards."""
    def change(old: Anchor) -> Anchor | None:
        if old.confirmed is not None and head.seq <= old.confirmed.seq:
            return None
        keep = old.pending if old.pending is not None and old.pending.seq > head.seq else None
        return Anchor(head, keep)

    _update(path, change, shown)


def reset(url: str) -> None:
    """Forget the anchor: the database at this URL was made anew (a new file, a fresh demo)."""
    path = path_for(url)
    if path is not None:
        path.unlink(missing_ok=True)


def shown_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def install(engine: Engine, url: str) -> None:
    """Wrap the engine's commit and rollback (the dialect's own, which every Connection and
    Session commit goes through) with the anchor's two writes."""
    path = path_for(url)
    if path is None:
        return
    shown = shown_url(url)
    dialect = engine.dialect
    do_commit, do_rollback = dialect.do_commit, dialect.do_rollback

    def commit(dbapi_connection: Any) -> None:
        info = getattr(dbapi_connection, "info", None)
        written = info.pop(PENDING, None) if info is not None else None
        if written is None:
            do_commit(dbapi_connection)
            return
        head, prev = written
        pending(path, head, prev, shown)
        do_commit(dbapi_connection)
        confirm(path, head, shown)

    def rollback(dbapi_connection: Any) -> None:
        info = getattr(dbapi_connection, "info", None)
        if info is not None:
            info.pop(PENDING, None)
        do_rollback(dbapi_connection)

    setattr(dialect, "do_commit", commit)  # noqa: B010 (an instance's method, replaced on purpose)
    setattr(dialect, "do_rollback", rollback)  # noqa: B010
