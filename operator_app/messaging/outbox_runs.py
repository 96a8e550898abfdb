"""Whether the dispatcher run that claimed a message is still alive: at start, a `sending` row
whose run is gone was cut mid-send (it becomes `unknown`), while one whose run is alive (another
workstation sending the same batch) is left alone."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, text

from operator_app.messaging.moments import as_utc
from operator_app.store.models import dispatch_run_table, message_event_table

RUN, EVENT = dispatch_run_table, message_event_table
ADVISORY_NS = 11011  # PostgreSQL advisory lock namespace of dispatcher runs
STALE_AFTER = timedelta(minutes=10)  # a run on another host without a heartbeat for this long is gone


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def alive(conn: Connection, run_id: int | None, own_run: int, now: datetime) -> bool:
    if run_id is None:
        return False
    if run_id == own_run:
        return True
    run = conn.execute(select(RUN).where(RUN.c.id == run_id)).first()
    if run is None or run.finished_at is not None:
        return False
    if conn.dialect.name == "postgresql":
        free = conn.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :id)"),
                            {"ns": ADVISORY_NS, "id": run_id}).scalar()
        return not free
    # A run claims (and so beats) at least every WAIT_POLL_S while it sends or waits; a
    # pid may be reused after a reboot, a heartbeat long gone is not.
    beat = as_utc(run.heartbeat_at)
    fresh = beat is not None and now - beat < STALE_AFTER
    if run.host == socket.gethostname():
        return fresh and pid_alive(int(run.pid))
    return fresh


def claimer(conn: Connection, message_id: int) -> int | None:
    """The run that last claimed the message (its `sending` event's actor, dispatch#<run>)."""
    actor = conn.execute(select(EVENT.c.actor).where(EVENT.c.message_id == message_id, EVENT.c.status == "sending")
                         .order_by(EVENT.c.id.desc()).limit(1)).scalar()
    if actor and actor.startswith("dispatch#") and actor[9:].isdigit():
        return int(actor[9:])
    return None
