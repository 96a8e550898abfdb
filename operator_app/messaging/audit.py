"""The audit chain: who did what when, each entry hashed over the one before.

Editing or deleting a past entry changes its hash and breaks every link after it, which
`audit verify` reports. The chain is only as strong as the database's access control, but it
turns a quiet edit into a visible one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select

from operator_app import clock
from operator_app.store.models import audit_table
from operator_app.store.rawsql import Conn

GENESIS = "0" * 64
# Built once (a statement keeps its cache key; building one costs more than running it).
LAST_HASH = select(audit_table.c.hash).order_by(audit_table.c.id.desc()).limit(1)
INSERT = insert(audit_table)


def _digest(prev_hash: str, at: datetime, actor: str, action: str, detail: str) -> str:
    stamp = at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    payload = json.dumps([prev_hash, stamp, actor, action, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def append(conn: Conn, actor: str, action: str, detail: dict[str, object], *,
           at: datetime | None = None) -> str:
    """Add one entry inside the caller's transaction; returns its hash."""
    at = at or clock.now()
    if conn.dialect.name == "postgresql":
        # One writer at a time extends the chain; two workstations must not fork it.
        conn.exec_driver_sql("LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE")
    prev = conn.execute(LAST_HASH).scalar()
    prev_hash = prev or GENESIS
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    digest = _digest(prev_hash, at, actor, action, text)
    conn.execute(INSERT, {"at": at, "actor": actor, "action": action, "detail": text, "prev_hash": prev_hash,
                          "hash": digest})
    return digest


@dataclass(frozen=True)
class Verdict:
    entries: int
    broken_at: int | None  # id of the first entry that does not check out

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(conn: Connection) -> Verdict:
    table = audit_table
    prev_hash = GENESIS
    count = 0
    for row in conn.execute(select(table).order_by(table.c.id)):
        count += 1
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        if row.prev_hash != prev_hash or _digest(prev_hash, at, row.actor, row.action, row.detail) != row.hash:
            return Verdict(count, row.id)
        prev_hash = row.hash
    return Verdict(count, None)
