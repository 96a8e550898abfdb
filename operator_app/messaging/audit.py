"""The audit chain: who did what when, each entry hashed over the one before.

Editing or deleting a past entry changes its hash and breaks every link after it. A chain cut
short, continued by hand or rewritten whole still links up by itself, so its head (sequence and
hash) is also kept outside the database after every committed write (store/audit_anchor.py) and
`verify` compares the two. The chain holds digests rather than people: an approval carries a
digest over its messages' (id, recipient, text), which `verify` recomputes from the outbox, so a
frozen text or number edited afterwards shows; no entry names a phone number, so erasing a
person later leaves the chain verifiable (an erase or a retention purge records the emptied
messages' digests, actions `privacy_erase` / `privacy_purge`, detail `{"messages": {id: digest}}`,
and `verify` uses them). An entry that quoted the person (a hold's reason taken from a reply) is
redacted by the erase, which vouches for it: `{"entries": {id: [its hash, sha256 of its redacted
detail]}}`. `verify` then takes that entry's stored hash as the link instead of recomputing it,
as long as its detail is still the redacted one; the erase entry itself is on the chain (and its
head anchored), so a vouch cannot be added or changed without the chain showing it.

What an anchor proves depends on who else writes the chain. A SQLite office is one file with its
anchor beside it, which every process that writes the file updates: an entry past the anchor was
written by no process of the app, so it is `unseen_after`, a break. A PostgreSQL server is
written by several workstations, each keeping its own anchor (the last head IT wrote): another
desk's entries follow this desk's anchor in a normal day, and a per-desk anchor cannot tell them
from a forged one. Calling them broken would be a red status bar on every desk all day, which
teaches clerks to ignore it. So on PostgreSQL they are information (`unseen`: how many, and the
first one's id: "written since this computer last wrote: by other desks, or added outside the
app"), and the verdict stays ok. What the anchor still proves there is that the entry it names is
in the chain with the same hash: a deleted tail (`tail_missing`), a rewrite at or before it
(`rewritten`), a broken link and an edited approved text are breaks on both engines. The limit
of per-desk anchors: on PostgreSQL an entry forged after this desk's last write reads here as
unseen, not as broken (and, on either engine, once the app writes on top of it, as its own).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from operator_app import clock
from operator_app.store.audit_anchor import PENDING, Anchor, Head
from operator_app.store.models import audit_table, message_table
from operator_app.store.rawsql import Conn

GENESIS = "0" * 64
# Built once (a statement keeps its cache key; building one costs more than running it).
LAST = select(audit_table.c.id, audit_table.c.hash).order_by(audit_table.c.id.desc()).limit(1)
INSERT = insert(audit_table).returning(audit_table.c.id)
ERASED = "privacy_erase"
PURGED = "privacy_purge"
# The json.dumps of an entry's detail and of its digest's payload, each with an encoder built
# once rather than per call (the dispatcher appends an entry per message).
_DETAIL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode
_PAYLOAD_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _digest(prev_hash: str, at: datetime, actor: str, action: str, detail: str) -> str:
    stamp = at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    payload = _PAYLOAD_JSON([prev_hash, stamp, actor, action, detail])
    return hashlib.sha256(payload.encode()).hexdigest()


def message_digest(message_id: int, to: str, body: str) -> str:
    """What an approval vouches for, per message: its id, recipient and frozen text."""
    return hashlib.sha256(json.dumps([message_id, to, body], ensure_ascii=False).encode()).hexdigest()


def detail_digest(detail: str) -> str:
    """What an erase vouches for when it redacts an entry: the entry's detail text as left."""
    return hashlib.sha256(detail.encode()).hexdigest()


def batch_digest(digests: Iterable[str]) -> str:
    """Over the message digests of a batch, in message id order."""
    return hashlib.sha256("".join(digests).encode()).hexdigest()


def append(conn: Conn, actor: str, action: str, detail: dict[str, object], *,
           at: datetime | None = None) -> str:
    """Add one entry inside the caller's transaction; returns its hash. The head it wrote is left
    in the connection's info for the commit to anchor outside the database (audit_anchor)."""
    at = at or clock.now()
    if conn.dialect.name == "postgresql":
        # One writer at a time extends the chain; two workstations must not fork it.
        conn.exec_driver_sql("LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE")
    elif conn.dialect.name == "sqlite":
        # pysqlite begins a transaction only at its first write: a chain read before it could be
        # extended by another process meanwhile (a fork). Take the write lock before reading.
        driver: Any = conn.connection.driver_connection if isinstance(conn, Connection) else conn.connection
        if not driver.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    last = conn.execute(LAST).first()
    prev_hash = last.hash if last is not None else GENESIS
    text = _DETAIL_JSON(detail)
    digest = _digest(prev_hash, at, actor, action, text)
    seq = conn.execute(INSERT, {"at": at, "actor": actor, "action": action, "detail": text, "prev_hash": prev_hash,
                                "hash": digest}).scalar_one()
    info = conn.info
    before = info.get(PENDING)
    # The first entry's predecessor stays: it is what the transaction built on.
    prev = before[1] if before is not None else (Head(last.id, last.hash) if last is not None else None)
    info[PENDING] = (Head(int(seq), digest), prev)
    return digest


@dataclass(frozen=True)
class Verdict:
    entries: int
    broken_at: int | None  # id of the first entry that does not check out (or the anchored one)
    problem: str | None = None  # link, tail_missing, unseen_after, rewritten, batch_changed, anchor_unreadable
    head: Head | None = None
    anchor: Anchor | None = None
    batch: int | None = None  # batch_changed: the batch whose texts or recipients changed
    unseen: int = 0  # PostgreSQL: entries past this computer's anchor (other desks', or forged)
    unseen_from: int | None = None  # the first of them

    @property
    def ok(self) -> bool:
        return self.problem is None

    def as_json(self) -> dict[str, object]:
        return {"entries": self.entries, "broken_at": self.broken_at, "problem": self.problem,
                "head": self.head and self.head.as_json(), "anchor": self.anchor and self.anchor.as_json(),
                "batch": self.batch, "unseen": self.unseen, "unseen_from": self.unseen_from, "ok": self.ok}


def verify(conn: Connection, anchor: Anchor | None = None) -> Verdict:
    """Walk the chain (links), then compare its head with the anchor kept outside the database,
    then recompute every approval's digest from the outbox. The first problem found is told.
    Entries past the anchor break a SQLite chain and are counted on a shared server (above)."""
    table = audit_table
    prev_hash = GENESIS
    count = 0
    head: Head | None = None
    wanted = {h.seq for h in (anchor.confirmed, anchor.pending) if h is not None} if anchor else set()
    since = anchor.confirmed.seq if anchor is not None and anchor.confirmed is not None else 0
    seen: dict[int, str] = {}
    after: list[int] = []  # ids past the confirmed head: who wrote them is decided at the end
    approvals: list[tuple[int, int, str]] = []  # (entry, batch, digest)
    erased: dict[int, str] = {}
    vouched = _vouched(conn)
    for row in conn.execute(select(table).order_by(table.c.id)):
        count += 1
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        if row.prev_hash != prev_hash or (_digest(prev_hash, at, row.actor, row.action, row.detail) != row.hash
                                          and vouched.get(row.id) != (row.hash, detail_digest(row.detail))):
            return Verdict(count, row.id, "link", head, anchor)
        prev_hash = row.hash
        head = Head(row.id, row.hash)
        if row.id in wanted:
            seen[row.id] = row.hash
        if wanted and row.id > since:
            after.append(row.id)
        if row.action in ("batch_approve", ERASED, PURGED):
            detail = json.loads(row.detail)
            if row.action != "batch_approve":
                erased.update({int(k): str(v) for k, v in dict(detail.get("messages") or {}).items()})
            elif "digest" in detail:
                approvals.append((row.id, int(detail["batch"]), str(detail["digest"])))
    found = _against_anchor(count, head, anchor, seen, after, shared=conn.dialect.name != "sqlite")
    if found is not None and not found.ok:
        return found
    changed = _changed_batch(conn, approvals, erased)
    if changed is not None:
        return Verdict(count, changed[0], "batch_changed", head, anchor, changed[1])
    return found or Verdict(count, None, None, head, anchor)


def _vouched(conn: Connection) -> dict[int, tuple[str, str]]:
    """The entries erasures redacted: id -> (its hash, the digest of its redacted detail). Read
    before the walk, which then checks each erase entry like any other."""
    out: dict[int, tuple[str, str]] = {}
    for (text,) in conn.execute(select(audit_table.c.detail).where(audit_table.c.action == ERASED)):
        for key, pair in dict(json.loads(text).get("entries") or {}).items():
            out[int(key)] = (str(pair[0]), str(pair[1]))
    return out


def _against_anchor(count: int, head: Head | None, anchor: Anchor | None, seen: dict[int, str],
                    after: list[int], *, shared: bool) -> Verdict | None:
    """None when the head is an anchored one; else a break, or (shared) an ok with entries unseen."""
    if anchor is None:
        return None
    confirmed, pending = anchor.confirmed, anchor.pending
    if confirmed is None and pending is None:
        return Verdict(count, None, "anchor_unreadable", head, anchor)
    if head is not None and head in (confirmed, pending):
        return None
    if confirmed is not None:
        if head is None or head.seq < confirmed.seq:
            return Verdict(count, confirmed.seq, "tail_missing", head, anchor)
        if seen.get(confirmed.seq) != confirmed.hash:
            return Verdict(count, confirmed.seq, "rewritten", head, anchor)
    if head is None:  # only a pending head that was never committed
        return None
    if pending is not None and head.seq == pending.seq:
        return Verdict(count, pending.seq, "rewritten", head, anchor)
    if pending is not None and head.seq < pending.seq and (confirmed is None or head.seq > confirmed.seq):
        return Verdict(count, pending.seq, "tail_missing", head, anchor)
    # The head is past every anchored head.
    if not shared:
        last_seen = max(h.seq for h in (confirmed, pending) if h is not None)
        return Verdict(count, next(i for i in after if i > last_seen), "unseen_after", head, anchor)
    if pending is not None and seen.get(pending.seq, pending.hash) != pending.hash:
        return Verdict(count, pending.seq, "rewritten", head, anchor)  # a server's ids are never reused
    # A pending head missing from the chain was rolled back (its id stays a gap on a server).
    base = pending.seq if pending is not None and pending.seq in seen else confirmed.seq if confirmed else 0
    unseen = [i for i in after if i > base]
    return Verdict(count, None, None, head, anchor, unseen=len(unseen), unseen_from=unseen[0] if unseen else None)


def _changed_batch(conn: Connection, approvals: list[tuple[int, int, str]],
                   erased: dict[int, str]) -> tuple[int, int] | None:
    """The first approval (entry, batch) whose messages no longer hash to what it vouched for."""
    if not approvals:
        return None
    msg = message_table
    digests: dict[int, list[str]] = {}
    rows = conn.execute(select(msg.c.batch_id, msg.c.id, msg.c.to, msg.c.body)
                        .where(msg.c.queued_at.is_not(None)).order_by(msg.c.batch_id, msg.c.id))
    for batch_id, message_id, to, body in rows:
        digests.setdefault(batch_id, []).append(erased.get(message_id) or message_digest(message_id, to, body))
    for entry, batch_id, digest in approvals:
        if batch_digest(digests.get(batch_id, [])) != digest:
            return entry, batch_id
    return None
