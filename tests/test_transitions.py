"""The one writer of statuses (messaging/transitions.py) and the batch state machine it follows
(domain/batch.py): a move the rules refuse writes nothing, a conditional move never lands on a
message another writer moved, and every move writes exactly one event."""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlalchemy import func, select, update

from operator_app.domain import batch as batch_rules
from operator_app.domain import outbox as rules
from operator_app.messaging import transitions
from operator_app.store.db import Database
from operator_app.store.models import batch_table, message_event_table, message_table
from tests.outbox_office import make_office, ten_am

NOW = ten_am().astimezone(UTC)
MSG, EVENT, BATCH = message_table, message_event_table, batch_table


def test_the_batch_machine() -> None:
    assert batch_rules.sources("approved") == ("draft",)
    assert batch_rules.sources("sending") == ("approved",)
    assert batch_rules.sources("done") == ("approved", "sending")
    assert batch_rules.sources("cancelled") == ("draft", "approved", "sending")
    for final in ("done", "cancelled"):
        assert not any(batch_rules.allowed(final, s) for s in batch_rules.STATES)
    assert not batch_rules.allowed("draft", "sending")  # never sent unapproved
    with pytest.raises(batch_rules.BatchTransitionError):
        batch_rules.check("cancelled", "approved")
    assert {s for s in batch_rules.STATES if batch_rules.sendable(s)} == {"approved", "sending", "done"}
    # What a batch move does to its messages is itself a move the outbox allows.
    for taken, becomes in batch_rules.MESSAGES_ON.values():
        assert all(rules.allowed(s, becomes) for s in taken)


def _state(db: Database) -> tuple[dict[int, str], int]:
    with db.engine.connect() as conn:
        return (dict(conn.execute(select(MSG.c.id, MSG.c.status)).all()),
                int(conn.execute(select(func.count()).select_from(EVENT)).scalar_one()))


def test_a_refused_move_writes_nothing(db: Database) -> None:
    office = make_office(db, 3, now=NOW)
    before = _state(db)
    with db.engine.begin() as conn, pytest.raises(rules.TransitionError):
        transitions.move(conn, office.message_ids[0], "queued", "sent", at=NOW, actor="t")
    with db.engine.begin() as conn, pytest.raises(rules.TransitionError):  # sending cannot be cancelled
        transitions.move_where(conn, MSG.c.batch_id == office.batch_id, "cancelled", at=NOW, actor="t",
                               sources=("queued", "sending"))
    assert _state(db) == before


def test_a_move_lands_only_on_what_is_still_in_its_state(db: Database) -> None:
    office = make_office(db, 4, now=NOW)
    a, b, c, d = office.message_ids
    with db.engine.begin() as conn:
        assert transitions.take(conn, a, transport="modem:X", at=NOW, actor="dispatch#1")
        assert not transitions.take(conn, a, transport="modem:X", at=NOW, actor="dispatch#2")  # taken already
        assert not transitions.move(conn, b, "sending", "sent", at=NOW, actor="t")  # b is queued
        cancelled = transitions.move_where(conn, MSG.c.batch_id == office.batch_id, "cancelled", at=NOW,
                                           actor="t", sources=("queued",), values={"reason": "on_hold"})
    assert cancelled == [b, c, d]  # not the one in sending
    statuses, events = _state(db)
    assert statuses == {a: "sending", b: "cancelled", c: "cancelled", d: "cancelled"}
    assert events == 4  # one per move made, none for the moves that found nothing


def test_batch_moves_take_their_messages_along(db: Database) -> None:
    office = make_office(db, 3, now=NOW)
    with db.engine.begin() as conn:
        conn.execute(update(BATCH).where(BATCH.c.id == office.batch_id).values(status="draft"))
        conn.execute(update(MSG).where(MSG.c.batch_id == office.batch_id).values(status="draft"))  # test set-up
        assert transitions.approve_batch(conn, office.batch_id, at=NOW, actor="checker") == office.message_ids
        assert transitions.approve_batch(conn, office.batch_id, at=NOW, actor="checker") is None  # not a draft now
        assert transitions.start_batch(conn, office.batch_id)
        assert not transitions.finish_batch(conn, office.batch_id)  # its messages still wait
        assert transitions.cancel_batch(conn, office.batch_id, at=NOW, actor="maker") == office.message_ids
        assert transitions.cancel_batch(conn, office.batch_id, at=NOW, actor="maker") is None  # cancelled already
        row = conn.execute(select(BATCH.c.status, BATCH.c.approved_by, BATCH.c.cancelled_by)
                           .where(BATCH.c.id == office.batch_id)).one()
    assert tuple(row) == ("cancelled", "checker", "maker")
    statuses, events = _state(db)
    assert set(statuses.values()) == {"cancelled"} and events == 6  # queued, then cancelled, for each
