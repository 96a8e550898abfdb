"""The dispatcher's hot statements run on the DBAPI cursor (store/rawsql.py): what they read and
write must be exactly what SQLAlchemy reads and writes, on both engines (a timestamp stored in
another format would sort wrongly and break the caps and report windows)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Connection, DateTime
from sqlalchemy.dialects import sqlite

from operator_app.messaging import outbox_sql as sql
from operator_app.messaging import transitions
from operator_app.store.db import Database
from operator_app.store.models import audit_table, delivery_report_table, message_event_table, message_table
from operator_app.store.rawsql import Prepared, RawConn, moment_binder
from tests.outbox_office import make_office, phone, ten_am

NOW = ten_am().astimezone(UTC)
AT = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)
SQLITE = sqlite.dialect()


def raw_of(db: Database) -> tuple[Any, RawConn]:
    handle = db.engine.raw_connection()
    return handle, RawConn(handle.driver_connection, db.engine.dialect)


def test_reads_match_sqlalchemy(db: Database) -> None:
    office = make_office(db, 6, now=NOW)
    first, second = office.message_ids[:2]
    with db.engine.begin() as conn:  # give the histories and report windows something to find
        conn.execute(message_table.update().where(message_table.c.id == first).values(
            status="sent", sent_at=NOW - timedelta(hours=1), transport="modem:X", provider_ref="7,8"))
        conn.execute(delivery_report_table.insert().values(
            transport="modem:X", reference="7", recipient=phone(0), status="delivered", received_at=NOW,
            message_id=first, part=1))
    cases: list[tuple[Any, dict[str, Any]]] = [
        (sql.CANDIDATE, {"b_batch": office.batch_id, "b_now": NOW, "b_approved": NOW - timedelta(days=1),
                         "b_via": "emulator"}),
        (sql.HISTORY, {"b_borrower": office.borrower_ids[0], "b_to": phone(0), "b_id": second,
                       "b_since": NOW - timedelta(days=9)}),
        (sql.NEXT_WAIT, {"b_batch": office.batch_id, "b_via": "emulator"}),
        (sql.REPORTED_TO, {**{f"b_to{i}": phone(0) for i in range(sql.SPELLINGS)}, "b_transport": "modem:X",
                           "b_from": NOW - timedelta(days=3), "b_until": NOW + timedelta(minutes=10)}),
        (sql.PART_REPORTS, {"b_id": first}),
        (sql.FAILURES, {"b_id": first}),
        (sql.LAST_AUDIT_HASH, {}),
    ]
    handle, raw = raw_of(db)
    try:
        with db.engine.connect() as conn:
            for stmt, params in cases:
                theirs = [tuple(r) for r in conn.execute(stmt, params)]
                ours = [tuple(r) for r in raw.execute(stmt, params)]
                assert ours == theirs, stmt
                assert theirs or stmt in (sql.FAILURES, sql.LAST_AUDIT_HASH), "a case that reads nothing tests nothing"
        row = raw.execute(sql.CANDIDATE, cases[0][1]).first()
        assert row.id == second and row.to == phone(1)  # rows read by column name, as SQLAlchemy's do
    finally:
        handle.rollback()
        handle.close()


def stored(db: Database, table: Any, column: str, value: object) -> list[tuple[Any, ...]]:
    """The stored values as the driver returns them, untyped (text on SQLite: the exact format)."""
    names = ", ".join(f'"{c.name}"' for c in table.c if c.name != "id")
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(f'SELECT {names} FROM {table.name} WHERE "{column}" = {value!r}')]


def test_writes_store_what_sqlalchemy_stores(db: Database) -> None:
    office = make_office(db, 2, now=NOW)
    a, b = office.message_ids

    def apply(run: Connection | RawConn, message_id: int) -> None:
        # The moves' statements and their events (messaging/transitions.py), on either connection.
        assert transitions.take(run, message_id, transport="modem:X", at=AT, actor="t")
        assert transitions.move(run, message_id, "sending", "sent", at=AT, actor="t", detail={"id": message_id},
                                values={"provider_ref": "9", "transport": "modem:X", "sent_at": AT, "error": None})
        assert transitions.move(run, message_id, "sent", "delivered", at=AT, actor="t", detail="provider",
                                values={"delivered_at": AT})
        run.execute(sql.INSERT_REPORT, {"transport": "modem:X", "reference": str(message_id), "recipient": "+86139",
                                        "status": "delivered", "status_code": 0, "submitted_at": AT,
                                        "discharged_at": AT + timedelta(seconds=3), "received_at": AT,
                                        "message_id": message_id, "part": 1})
        run.execute(sql.INSERT_AUDIT, {"at": AT, "actor": "t", "action": f"a{message_id}", "detail": "{}",
                                       "prev_hash": "0" * 64, "hash": str(message_id) * 8})

    with db.engine.begin() as conn:
        apply(conn, a)
    handle, raw = raw_of(db)
    try:
        apply(raw, b)
        handle.commit()
    finally:
        handle.close()

    def without(rows: list[tuple[Any, ...]], *drop: int) -> list[tuple[Any, ...]]:
        return [tuple(v for i, v in enumerate(r) if i not in drop) for r in rows]

    msg_cols = [c.name for c in message_table.c if c.name != "id"]
    differ = {msg_cols.index(n) for n in ("loan_id", "borrower_id", "to", "body", "idempotency_key", "provider_ref")}
    theirs, ours = (stored(db, message_table, "id", m) for m in (a, b))
    assert without(ours, *differ) == without(theirs, *differ)
    for table in (message_event_table, delivery_report_table):
        theirs, ours = stored(db, table, "message_id", a), stored(db, table, "message_id", b)
        idx = [c.name for c in table.c if c.name != "id"].index("message_id")
        ref = {[c.name for c in table.c if c.name != "id"].index(n) for n in ("reference", "detail") if n in table.c}
        assert without(ours, idx, *ref) == without(theirs, idx, *ref), table.name
    theirs, ours = (stored(db, audit_table, "action", f"a{m}") for m in (a, b))
    cols = [c.name for c in audit_table.c if c.name != "id"]
    assert without(ours, cols.index("action"), cols.index("hash")) == without(theirs, cols.index("action"),
                                                                              cols.index("hash"))


def test_a_hot_insert_must_be_given_its_defaulted_columns(db: Database) -> None:
    with pytest.raises(ValueError, match="defaulted"):
        Prepared(transitions.INSERT_EVENT, db.engine.dialect, ["message_id", "status", "actor", "detail"])  # no `at`


def test_a_hot_statement_binds_in_lists_one_by_one(db: Database) -> None:
    from sqlalchemy import bindparam, select

    expanding = select(message_table.c.id).where(message_table.c.to.in_(bindparam("b_tos", expanding=True)))
    with pytest.raises(ValueError, match="one value at a time"):
        Prepared(expanding, db.engine.dialect)


@given(moment=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                           timezones=st.one_of(st.none(), st.builds(lambda m: timezone(timedelta(minutes=m)),
                                                                    st.integers(-23 * 60, 23 * 60)))))
def test_a_moment_is_bound_as_sqlalchemy_binds_it(moment: datetime) -> None:
    # The one-step binder of UtcDateTime on SQLite (rawsql.moment_binder) against the decorator's
    # and the dialect's processors chained, for moments with any offset and naive ones.
    ours = moment_binder(message_table.c.sent_at.type, SQLITE)
    theirs = message_table.c.sent_at.type.dialect_impl(SQLITE).bind_processor(SQLITE)
    assert ours is not None and theirs is not None
    assert ours(moment) == theirs(moment)
    assert ours(moment.date()) == theirs(moment.date()) and ours(None) is None


def test_only_utc_moments_on_sqlite_get_the_one_step_binder() -> None:
    from sqlalchemy.dialects import postgresql

    assert moment_binder(message_table.c.sent_at.type, postgresql.dialect()) is None
    assert moment_binder(message_table.c.to.type, SQLITE) is None
    assert moment_binder(DateTime(), SQLITE) is None  # a plain DateTime keeps the dialect's own
