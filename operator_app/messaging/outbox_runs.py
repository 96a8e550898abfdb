"""Dispatcher runs (table dispatch_run): registering one, telling whether one is still alive,
and turning the `sending` rows of a dead one into `unknown` (cut mid-send).

A run is alive while its process holds a lock the operating system releases the moment the
process dies, whatever kills it: on PostgreSQL a session advisory lock, on SQLite an exclusive
lock on a file beside the database (store/run_lock.py). A pid is no such proof (a killed process
stays in the process table until it is reaped, pids are reused), so pid and heartbeat are only
the fallback for a run that took no lock file (one on another host, an in-memory database).
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, select, text

from operator_app.domain import outbox as rules
from operator_app.messaging import audit, transitions
from operator_app.messaging.moments import as_utc
from operator_app.store import run_lock
from operator_app.store.models import dispatch_run_table, message_event_table, message_table


class Recovering(Protocol):
    """What `recover` needs of the outbox that runs it (messaging/outbox.py's Outbox): its run,
    its clock and the name it acts under (the moves go through messaging/transitions.py)."""

    @property
    def run_id(self) -> int: ...

    @property
    def actor(self) -> str: ...

    def now(self) -> datetime: ...


MSG, EVENT, RUN = message_table, message_event_table, dispatch_run_table
ADVISORY_NS = 11011  # PostgreSQL advisory lock namespace of dispatcher runs
STALE_AFTER = timedelta(minutes=10)  # a run on another host without a heartbeat for this long is gone


def sqlite_file(conn_or_url: object) -> Path | None:
    """The SQLite database's file, None for PostgreSQL or an in-memory database."""
    url = getattr(conn_or_url, "url", conn_or_url)
    if getattr(url, "get_backend_name", lambda: "")() != "sqlite":
        return None
    name = getattr(url, "database", None)
    return Path(name) if name and name != ":memory:" and not name.startswith("file:") else None


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_alive(conn: Connection, run_id: int | None, *, me: int, now: datetime, file: Path | None) -> bool:
    if run_id is None:
        return False
    if run_id == me:
        return True
    run = conn.execute(select(RUN).where(RUN.c.id == run_id)).first()
    if run is None or run.finished_at is not None:
        return False
    if conn.dialect.name == "postgresql":
        free = conn.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :id)"),
                            {"ns": ADVISORY_NS, "id": run_id}).scalar()
        return not free
    same_host = run.host == socket.gethostname()
    if same_host and file is not None:
        held = run_lock.run_alive(file, run_id)
        if held is not None:
            return held
    # No lock file: a run on another host, or one between registering and taking its lock. A run
    # claims (and so beats) at least every WAIT_POLL_S while it sends or waits.
    beat = as_utc(run.heartbeat_at)
    fresh = beat is not None and now - beat < STALE_AFTER
    return fresh and (pid_alive(int(run.pid)) if same_host else True)


def claimer(conn: Connection, message_id: int) -> int | None:
    """The run that claimed the message (the `dispatch#ID` actor of its last `sending` event)."""
    actor = conn.execute(select(EVENT.c.actor).where(EVENT.c.message_id == message_id, EVENT.c.status == "sending")
                         .order_by(EVENT.c.id.desc()).limit(1)).scalar()
    if actor and actor.startswith("dispatch#") and actor[9:].isdigit():
        return int(actor[9:])
    return None


def recover(conn: Connection, box: Recovering, *, own: bool = False) -> int:
    """Each `sending` row whose run is gone becomes `unknown` (cut_mid_send), on the audit chain;
    with `own`, this run's too (called when all its workers have ended: nothing of it is in
    flight any more). Returns how many."""
    count = 0
    now = box.now()
    file = sqlite_file(conn.engine)
    for (message_id,) in conn.execute(select(MSG.c.id).where(MSG.c.status == "sending")).all():
        who = claimer(conn, message_id)
        if who == box.run_id:
            if not own:
                continue
        elif run_alive(conn, who, me=box.run_id, now=now, file=file):
            continue
        new = rules.after_restart("sending")
        if not transitions.move(conn, message_id, "sending", new, at=now, actor=box.actor, detail="cut_mid_send",
                                values={"reason": "cut_mid_send"}):
            continue
        audit.append(conn, box.actor, "message_unknown", {"message": message_id, "reason": "cut_mid_send"}, at=now)
        count += 1
    return count
