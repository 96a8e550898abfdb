"""The one writer of message and batch statuses: every move of a message (domain/outbox.py's rules)
and of a batch (domain/batch.py's) is written here, checked against those rules, and every
`message_event` row is written here with it. tests/test_one_writer.py fails on a status UPDATE or
an event INSERT anywhere else in the package.

Each UPDATE is conditional on the state the rules allow the move from, so a move is never applied
twice nor over another writer's. A single message's move runs on either a `Connection` or the
dispatcher's `RawConn` (its statements are built once and keep their cache key); the bulk forms
(`move_where`, a batch's approval and cancellation) are one set-based UPDATE … RETURNING id and
one executemany of the events, for a batch of 100,000 messages as much as for one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Connection, Update, bindparam, func, insert, literal, select, update

from operator_app.domain import batch as batch_rules
from operator_app.domain import outbox as rules
from operator_app.store.bulk import chunks
from operator_app.store.models import batch_table, message_event_table, message_table
from operator_app.store.rawsql import Conn

MSG, EVENT, BATCH = message_table, message_event_table, batch_table
INSERT_EVENT = insert(EVENT)  # values bound per execution: message_id, at, status, actor, detail
# json.dumps(detail, ensure_ascii=False, default=str) without a new encoder built per call
_DETAIL_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode


def detail_text(detail: object) -> str | None:
    """An event's detail as stored: a code as it is, anything else as JSON."""
    if detail is None or isinstance(detail, str):
        return detail
    return _DETAIL_JSON(detail)


def note(conn: Conn, message_id: int, status: str, *, at: datetime, actor: str, detail: object = None) -> None:
    """The `message_event` row of a message now in `status`: written by the moves below, and on
    its own for a message that stays where it is (a queued one waiting for a cap)."""
    conn.execute(INSERT_EVENT, {"message_id": message_id, "at": at, "status": status, "actor": actor,
                                "detail": detail_text(detail)})


# -- one message -----------------------------------------------------------------------------------
@cache
def _move(old: str, new: str, columns: tuple[str, ...]) -> Update:
    """`old` -> `new` for one message (id bound as b_id), setting updated_at (b_updated_at) and
    the named columns (b_<column>). Bind names start with `b_`, so none collides with the column
    names SQLAlchemy reserves in an UPDATE's SET clause."""
    values: dict[str, Any] = {c: bindparam(f"b_{c}") for c in columns}
    return (update(MSG).where(MSG.c.id == bindparam("b_id"), MSG.c.status == old)
            .values(status=new, updated_at=bindparam("b_updated_at"), **values))


def _params(message_id: int, at: datetime, values: Mapping[str, object]) -> dict[str, object]:
    return {"b_id": message_id, "b_updated_at": at, **{f"b_{k}": v for k, v in values.items()}}


def move(conn: Conn, message_id: int, old: str, new: str, *, at: datetime, actor: str, detail: object = None,
         values: Mapping[str, object] | None = None, by_operator: bool = False) -> bool:
    """`old` -> `new` for one message with its event, when the rules allow it (else
    TransitionError) and the message is still `old` (else nothing is written: False)."""
    rules.check(old, new, by_operator=by_operator)
    values = values or {}
    if conn.execute(_move(old, new, tuple(values)), _params(message_id, at, values)).rowcount != 1:
        return False
    note(conn, message_id, new, at=at, actor=actor, detail=detail)
    return True


def postpone(conn: Conn, message_id: int, *, at: datetime, actor: str, until: datetime, reason: str,
             detail: object = None) -> bool:
    """A queued message stays queued until `until` (a cap, its reason kept), with its event."""
    if conn.execute(_move("queued", "queued", ("planned_at", "reason")),
                    _params(message_id, at, {"planned_at": until, "reason": reason})).rowcount != 1:
        return False
    note(conn, message_id, "queued", at=at, actor=actor, detail=detail)
    return True


TAKE = (update(MSG).where(MSG.c.id == bindparam("b_id"), MSG.c.status == "queued")
        .values(status="sending", attempts=MSG.c.attempts + 1, transport=bindparam("b_transport"), reason=None,
                updated_at=bindparam("b_now")))


def take(conn: Conn, message_id: int, *, transport: str, at: datetime, actor: str) -> bool:
    """The claim: `queued` -> `sending`, one attempt more, the transport named, with its event."""
    rules.check("queued", "sending")
    if conn.execute(TAKE, {"b_id": message_id, "b_transport": transport, "b_now": at}).rowcount != 1:
        return False
    note(conn, message_id, "sending", at=at, actor=actor, detail=_taken_by(transport))
    return True


@cache
def _taken_by(transport: str) -> str:
    """A claim's event detail, as stored (the same few transports claim every message)."""
    return json.dumps({"transport": transport}, ensure_ascii=False)


# -- many messages ---------------------------------------------------------------------------------
def move_where(conn: Connection, where: ColumnElement[bool], new: str, *, at: datetime, actor: str,
               detail: object = None, sources: Sequence[str] | None = None,
               values: Mapping[str, object] | None = None, by_operator: bool = False) -> list[int]:
    """Every message matching `where` and in one of `sources` (default: every state the rules
    allow `new` from) moves to `new`, with an event each. One UPDATE … RETURNING id, one
    executemany; returns the ids moved."""
    allowed_from = tuple(sources) if sources is not None else rules.sources(new, by_operator=by_operator)
    for old in allowed_from:
        rules.check(old, new, by_operator=by_operator)
    stmt = (update(MSG).where(where, MSG.c.status.in_(allowed_from))
            .values(status=new, updated_at=at, **(values or {})).returning(MSG.c.id))
    ids = sorted(conn.execute(stmt).scalars())
    if ids:
        shown = detail_text(detail)
        conn.execute(INSERT_EVENT, [{"message_id": i, "at": at, "status": new, "actor": actor, "detail": shown}
                                    for i in ids])
    return ids


def move_ids(conn: Connection, ids: Sequence[int], new: str, *, at: datetime, actor: str, detail: object = None,
             sources: Sequence[str] | None = None, values: Mapping[str, object] | None = None) -> list[int]:
    """`move_where` over a list of message ids, a chunk at a time (bind limits)."""
    moved: list[int] = []
    for part in chunks(list(ids)):
        moved += move_where(conn, MSG.c.id.in_(part), new, at=at, actor=actor, detail=detail, sources=sources,
                            values=values)
    return moved


# -- batches ---------------------------------------------------------------------------------------
@cache
def _batch_move(new: str, columns: tuple[str, ...]) -> Update:
    """A batch to `new` from any state the rules allow (IN list as plain binds, so the
    dispatcher's RawConn runs it too), setting the named columns (b_<column>)."""
    values: dict[str, Any] = {c: bindparam(f"b_{c}") for c in columns}
    return (update(BATCH).where(BATCH.c.id == bindparam("b_id"),
                                BATCH.c.status.in_([literal(s) for s in batch_rules.sources(new)]))
            .values(status=new, **values))


def move_batch(conn: Conn, batch_id: int, new: str, *, values: Mapping[str, object] | None = None) -> bool:
    """A batch to `new` when it is in a state the rules allow that from; False when it is not."""
    values = values or {}
    params = {"b_id": batch_id, **{f"b_{k}": v for k, v in values.items()}}
    return conn.execute(_batch_move(new, tuple(values)), params).rowcount == 1


def _batch_and_messages(conn: Connection, batch_id: int, new: str, *, at: datetime, actor: str,
                        batch_values: Mapping[str, object], message_values: Mapping[str, object],
                        detail: object) -> list[int] | None:
    if not move_batch(conn, batch_id, new, values=batch_values):
        return None
    taken, becomes = batch_rules.MESSAGES_ON[new]
    return move_where(conn, MSG.c.batch_id == batch_id, becomes, at=at, actor=actor, detail=detail, sources=taken,
                      values=message_values)


def approve_batch(conn: Connection, batch_id: int, *, at: datetime, actor: str) -> list[int] | None:
    """draft -> approved, its draft messages queued; the ids queued, or None when the batch was
    no longer a draft (nothing written)."""
    return _batch_and_messages(conn, batch_id, "approved", at=at, actor=actor,
                               batch_values={"approved_by": actor, "approved_at": at},
                               message_values={"queued_at": at}, detail=None)


def cancel_batch(conn: Connection, batch_id: int, *, at: datetime, actor: str) -> list[int] | None:
    """A draft, approved or sending batch -> cancelled, its messages not yet claimed cancelled
    (`batch_cancelled`); the ids cancelled, or None when the batch could not be cancelled."""
    return _batch_and_messages(conn, batch_id, "cancelled", at=at, actor=actor,
                               batch_values={"cancelled_by": actor, "cancelled_at": at},
                               message_values={"reason": "batch_cancelled"}, detail="batch_cancelled")


def start_batch(conn: Conn, batch_id: int) -> bool:
    """approved -> sending, at a run's first claim of it."""
    return move_batch(conn, batch_id, "sending")


def finish_batch(conn: Connection, batch_id: int) -> bool:
    """The batch is `done` once nothing in it is waiting or being sent; True when it is."""
    left = conn.execute(select(func.count()).select_from(MSG).where(
        MSG.c.batch_id == batch_id, MSG.c.status.in_(batch_rules.OPEN_MESSAGES))).scalar_one()
    if not batch_rules.finished(int(left)):
        return False
    move_batch(conn, batch_id, "done")
    return True
