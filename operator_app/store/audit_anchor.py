"""The audit chain's head kept OUTSIDE the database, so that `audit verify` can tell a chain cut
short, continued by hand or rewritten whole (each of which still links up by itself) from the
one this computer wrote.

Where: beside a SQLite file (`office.db.audit-head`), so every process writing the file keeps
the one anchor; for a server database, in this user's config folder, one file per database URL
(without its password): each workstation keeps its own, the last head IT wrote, so other desks'
entries past it are no break there (what verify makes of that: messaging/audit.py). Mode 0600; two fixed slots,
each rewritten in place with its own checksum, under the file's lock so several processes of this
computer take turns.

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
import os
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    """OPERATOR_APP_CONFIG, else this user's config folder (as services/office/secrets.py)."""
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


SLOT = 105  # "<name:9> <seq:20> <hash:64> <crc32:8>\n": both slots lie in the file's first disk sector
EMPTY = Head(0, "-" * 64)


def _slot(name: str, head: Head | None) -> bytes:
    head = head or EMPTY
    body = f"{name:<9} {head.seq:020d} {head.hash:<64}"
    return f"{body} {zlib.crc32(body.encode()):08x}\n".encode()


def _parse(raw: bytes) -> Head | bool | None:
    """A slot's head; None when validly empty; False when torn or not ours."""
    try:
        body, crc = raw.decode("ascii").rstrip("\n").rsplit(" ", 1)
        if len(raw) != SLOT or int(crc, 16) != zlib.crc32(body.encode()):
            return False
        seq, digest = int(body[10:30]), body[31:].strip()
    except ValueError:
        return False
    return None if seq == 0 else Head(seq, digest)


def _decode(data: bytes) -> Anchor | None:
    confirmed, pending = _parse(data[:SLOT]), _parse(data[SLOT:2 * SLOT])
    if confirmed is False and pending is False:
        return Anchor(None, None)  # unreadable: verify says the chain cannot be vouched for
    c = confirmed if isinstance(confirmed, Head) else None
    p = pending if isinstance(pending, Head) else None
    if c is None and p is None:
        return None
    if c is not None and p is not None and p.seq <= c.seq:
        p = None
    return Anchor(c, p)


def read(path: Path | None) -> Anchor | None:
    """None when there is no anchor (a database this computer never wrote to, or one in memory)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read(2 * SLOT)
    except FileNotFoundError:
        return None
    except OSError:
        return Anchor(None, None)
    return _decode(data)


def _lock(fd: int, *, release: bool = False) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK if release else msvcrt.LK_LOCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN if release else fcntl.LOCK_EX)


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


def _read_at(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):  # POSIX: one call
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


def _write_at(fd: int, data: bytes, offset: int) -> None:
    if hasattr(os, "pwrite"):
        os.pwrite(fd, data, offset)
        return
    os.lseek(fd, offset, os.SEEK_SET)
    os.write(fd, data)


def _update(path: Path, change: Callable[[Anchor], Anchor | None], shown: str, held: int | None = None,
            memo: list[tuple[bytes, Anchor | None]] | None = None) -> None:
    """Read, change and rewrite the heads under the file's lock; `change` returns None to leave
    them. Each head is rewritten in place, with its checksum (no new file, no rename: a write
    costs no more than a few microseconds of the page cache); a torn slot reads as missing.
    `held`: the file kept open by its writer (Keeper), locked for this update only. `memo`: the
    writer's last (slots, heads) read or written: slots read back unchanged (no other process
    wrote meanwhile) need not be decoded again."""
    fd = _open(path) if held is None else held
    try:
        _lock(fd)  # let go when the descriptor closes, or below when it is held
        data = _read_at(fd, 2 * SLOT, 0)
        if memo and memo[0][0] == data:
            old = memo[0][1]
        else:
            old = _decode(data) if data else None
        new = change(old or Anchor(None, None))
        if new is None:
            if memo is not None:
                memo[:] = [(data, old)]
            return
        if len(data) < 2 * SLOT:  # a new file: both slots, and which database it stands for
            first, second = _slot("confirmed", new.confirmed), _slot("pending", new.pending)
            _write_at(fd, first + second + f"database {shown}\n".encode(), 0)
        else:
            first, second = data[:SLOT], data[SLOT:2 * SLOT]
            both = old is None or new.confirmed != old.confirmed
            if both:
                first = _slot("confirmed", new.confirmed)
            if old is None or new.pending != old.pending:
                second = _slot("pending", new.pending)
                _write_at(fd, first + second if both else second, 0 if both else SLOT)
            elif both:
                _write_at(fd, first, 0)
        if memo is not None:
            slots = first + second
            memo[:] = [(slots, _reread(new) if _plain(new) else _decode(slots))]
    finally:
        if held is None:
            os.close(fd)
        else:
            _lock(fd, release=True)


def _plain(anchor: Anchor) -> bool:
    """Heads a slot holds as they are (a positive sequence, a 64-character hex digest)."""
    return all(h is None or (0 < h.seq < 10 ** 20 and len(h.hash) == 64 and h.hash.isalnum())
               for h in (anchor.confirmed, anchor.pending))


def _reread(new: Anchor) -> Anchor | None:
    """What _decode makes of the slots just written for `new`, heads `_plain` (a pending head at
    or below the confirmed one reads as none; two empty slots as no anchor)."""
    confirmed, pending = new.confirmed, new.pending
    if confirmed is not None and pending is not None and pending.seq <= confirmed.seq:
        pending = None
    return None if confirmed is None and pending is None else Anchor(confirmed, pending)


def _pending(head: Head, prev: Head | None) -> Callable[[Anchor], Anchor | None]:
    def change(old: Anchor) -> Anchor | None:
        confirmed = old.confirmed
        if prev is not None and old.pending == prev and (confirmed is None or prev.seq > confirmed.seq):
            confirmed = prev
        if confirmed is not None and head.seq <= confirmed.seq:
            return None if confirmed == old.confirmed else Anchor(confirmed, old.pending)
        return Anchor(confirmed, head)

    return change


def _confirming(head: Head) -> Callable[[Anchor], Anchor | None]:
    def change(old: Anchor) -> Anchor | None:
        if old.confirmed is not None and head.seq <= old.confirmed.seq:
            return None
        return Anchor(head, old.pending)  # a pending head at or below it reads as none

    return change


def pending(path: Path, head: Head, prev: Head | None, shown: str = "") -> None:
    """Before COMMIT: `head` is being committed on top of `prev`. A pending head the database has
    since built on (a process that died before confirming it) is confirmed on the way."""
    _update(path, _pending(head, prev), shown)


def confirm(path: Path, head: Head, shown: str = "") -> None:
    """After COMMIT: `head` is in the database. Never moves the confirmed head backwards."""
    _update(path, _confirming(head), shown)


class Keeper:
    """One database's anchor kept open by a writer that updates it at every message (the
    dispatcher): pending() and confirm() as above, each under the file's lock as ever, without
    opening the file each time. The file stays open until close(), as the writer's connection
    to the database does."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path, self.shown = path, shown
        self._fd: int | None = None
        self._memo: list[tuple[bytes, Anchor | None]] = []  # the slots last read or written

    def _held(self) -> int:
        if self._fd is None:
            self._fd = _open(self.path)
        return self._fd

    def pending(self, head: Head, prev: Head | None) -> None:
        _update(self.path, _pending(head, prev), self.shown, self._held(), self._memo)

    def confirm(self, head: Head) -> None:
        _update(self.path, _confirming(head), self.shown, self._held(), self._memo)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


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
