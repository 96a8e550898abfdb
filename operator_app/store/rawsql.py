"""Core statements run straight on a DBAPI connection: the dispatcher's hot path.

A message goes through a dozen small statements (claim, event, outcome, audit entry, delivery
report). Each costs SQLite a few microseconds, and SQLAlchemy's execution machinery (execution
context, parameter processing, result set-up) many times that. So the hot statements stay
written as Core statements (one home for the SQL, the same columns and types as everywhere
else), are compiled once per dialect, and are run here on the driver's cursor with the types'
own bind and result processors, so what they write and read is exactly what SQLAlchemy would.

`RawConn` offers the slice of `Connection` the hot path uses (`execute`, `exec_driver_sql`,
`dialect`), so the same functions (delivery.record, audit.append) run on either.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.types import TypeDecorator

from operator_app.store.models import UtcDateTime

Processor = Callable[[Any], Any] | None
CACHE_SIZE = 256
MOMENTS_KEPT = 32  # moments whose bound form a connection remembers
# SQLite's DATETIME text, SQLAlchemy's default storage format: what datetime.isoformat(" ",
# "microseconds") writes for a naive moment (tests/test_rawsql.py holds the two equal).
SQLITE_MOMENT = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"


class Prepared:
    """One statement compiled for one dialect: its SQL, how to bind a parameter dict, and how
    to read its rows. `keys` names the columns an INSERT is given (as `Connection.execute` would
    learn from the parameters)."""

    def __init__(self, stmt: ClauseElement, dialect: Dialect, keys: Sequence[str] | None = None,
                 shared: Callable[[Any, Processor], Processor] | None = None) -> None:
        compiled = stmt.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
        assert isinstance(compiled, SQLCompiler)
        if compiled.insert_prefetch or compiled.update_prefetch:  # Python-side defaults: give every column
            raise ValueError(f"a hot statement must be given every defaulted column: {compiled.string}")
        self.sql = compiled.string
        if compiled.post_compile_params:  # rendered anew per execution: what this is here to avoid
            raise ValueError(f"a hot statement binds IN lists one value at a time: {compiled.string}")
        self.positional = bool(dialect.positional)
        # compiled name -> (the caller's key, the statement's own value, the type's processor)
        binds: dict[str, tuple[str, Any, Processor]] = {}
        for bind, name in compiled.bind_names.items():
            value = None if bind.value is None or bind.required else bind.effective_value
            process = moment_binder(bind.type, dialect) or bind.type.dialect_impl(dialect).bind_processor(dialect)
            binds[name] = (bind.key, value, shared(bind.type, process) if shared is not None else process)
        self.order = list(compiled.positiontup or ()) if self.positional else list(binds)
        plan = [binds[name] for name in self.order]
        # what bound() does per value, split: every value read, then the few a type processes
        self.wanted = [(key, default) for key, default, _process in plan]
        self.processed = [(i, process) for i, (_key, _default, process) in enumerate(plan) if process is not None]
        columns = getattr(stmt, "selected_columns", None)
        if columns is None and getattr(stmt, "is_dml", False) and len(stmt.exported_columns):  # type: ignore[attr-defined]
            columns = stmt.exported_columns  # type: ignore[attr-defined]  # INSERT … RETURNING
        self.row: Any = None  # a namedtuple class of the selected columns, for statements with rows
        self.readers: list[Processor] = []
        if columns is not None:
            self.row = namedtuple("Row", list(columns.keys()), rename=True)  # type: ignore[misc]
            self.readers = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
        # the columns that have a reader, so a row without any is made as it came
        self.read = [(i, r) for i, r in enumerate(self.readers) if r is not None]

    def bound(self, params: Mapping[str, Any]) -> tuple[str, Any]:
        get = params.get
        values = [get(key, default) for key, default in self.wanted]
        for i, process in self.processed:
            if (v := values[i]) is not None:
                values[i] = process(v)
        return self.sql, values if self.positional else dict(zip(self.order, values, strict=True))

    def rows(self, fetched: list[tuple[Any, ...]]) -> list[Any]:
        assert self.row is not None
        make = self.row._make
        if not self.read:
            return [make(raw) for raw in fetched]
        out = []
        for raw in fetched:
            values = list(raw)
            for i, read in self.read:
                if values[i] is not None:
                    values[i] = read(values[i])
            out.append(make(values))
        return out


def moment_binder(type_: Any, dialect: Dialect) -> Processor:
    """A moment column of store.models.UtcDateTime on SQLite, bound in one step: the moment in
    UTC (a naive one taken as UTC), written as SQLAlchemy's DATETIME writes it. The decorator's
    processor and the dialect's, chained, do the same in several calls and a dict format; the
    dispatcher binds a handful of moments per message. None for any other type or engine (or
    a storage format not the default), which keep their own processors."""
    if dialect.name != "sqlite" or type(type_) is not UtcDateTime or getattr(type_.impl_instance.dialect_impl(dialect), "_storage_format",
                                                 None) != SQLITE_MOMENT:
        return None
    slow = type_.dialect_impl(dialect).bind_processor(dialect)
    assert slow is not None

    def bind(value: Any) -> Any:
        if type(value) is datetime:
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value.isoformat(" ", "microseconds")
        return slow(value)

    return bind


def driver_rows(conn: Connection, stmt: ClauseElement) -> list[Any]:
    """A Core statement's rows as the driver's own tuples, on `conn`'s transaction: for a read
    of a whole book or a week of messages, where a row object per row is most of the cost. Its
    binds go as `Prepared` binds them; the columns come back unconverted (SQLite's dates and
    moments as text)."""
    sql, values = Prepared(stmt, conn.dialect).bound({})
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, values)
        return list(cursor.fetchall())
    finally:
        cursor.close()


class RawResult:
    """The part of a CursorResult the hot path reads."""

    __slots__ = ("_rows", "rowcount")

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def all(self) -> list[Any]:
        return list(self._rows)

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def one(self) -> Any:
        if len(self._rows) != 1:
            raise LookupError(f"expected one row, got {len(self._rows)}")
        return self._rows[0]

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None

    def scalar_one(self) -> Any:
        return self.one()[0]


_NO_ROWS: list[Any] = []  # a statement's without rows (never changed: RawResult only reads it)


class RawConn:
    """A DBAPI connection in the clothes of a `Connection`, for statements prepared here.
    Transactions are the caller's (see messaging/outbox.py)."""

    def __init__(self, dbapi_connection: Any, dialect: Dialect) -> None:
        self.connection = dbapi_connection
        self.dialect = dialect
        self.cursor = dbapi_connection.cursor()
        self.info: dict[str, Any] = {}  # as Connection.info: what the transaction leaves for its commit
        self._prepared: dict[object, tuple[ClauseElement, Prepared]] = {}
        self._moments: dict[str, Processor] = {}  # one memoised bind processor per moment type

    def prepare(self, stmt: ClauseElement, keys: Sequence[str] | None = None) -> Prepared:
        """Compiled once per statement object: the hot ones are built once, at module level
        (holding the statement keeps its id from being reused; the few built per call are
        rare, and the cache is bounded)."""
        return self._prepare(stmt, (id(stmt), tuple(keys)) if keys is not None else id(stmt), keys)

    def _prepare(self, stmt: ClauseElement, slot: object, keys: Sequence[str] | None) -> Prepared:
        found = self._prepared.get(slot)
        if found is None or found[0] is not stmt:
            if len(self._prepared) >= CACHE_SIZE:
                self._prepared.clear()
            found = (stmt, Prepared(stmt, self.dialect, keys, self._shared))
            self._prepared[slot] = found
        return found[1]

    def _shared(self, type_: Any, process: Processor) -> Processor:
        """A moment's bind processor, remembering what it made of the last few moments by
        identity: a transaction binds the same moment several times (the event, the outcome, the
        audit entry), and formatting it is most of what binding costs. A datetime is immutable
        and the processors of one type are the same function, so the value bound is exactly the
        one the processor would make."""
        if process is None:
            return None
        try:
            kind = (type_.impl_instance if isinstance(type_, TypeDecorator) else type_).python_type
        except NotImplementedError:
            return process
        if kind not in (datetime, date):
            return process
        name = f"{type(type_).__module__}.{type_!r}"  # the class and its arguments (timezone=...)
        found = self._moments.get(name)
        if found is None:
            memo: dict[int, tuple[Any, Any]] = {}  # id(value) -> (value, processed); the value held

            def found(value: Any, process: Callable[[Any], Any] = process) -> Any:
                hit = memo.get(id(value))
                if hit is not None and hit[0] is value:
                    return hit[1]
                if len(memo) >= MOMENTS_KEPT:
                    memo.clear()
                out = process(value)
                memo[id(value)] = (value, out)
                return out

            self._moments[name] = found
        return found

    def execute(self, stmt: Executable, params: Mapping[str, Any] | None = None) -> RawResult:
        if params is None:
            params = {}
        found = self._prepared.get(slot := (id(stmt), tuple(params)) if stmt.is_insert else id(stmt))
        if found is not None and found[0] is stmt:
            prepared = found[1]
        else:
            assert isinstance(stmt, ClauseElement)
            prepared = self._prepare(stmt, slot, list(params) if isinstance(slot, tuple) else None)
        sql, values = prepared.bound(params)
        cur = self.cursor
        cur.execute(sql, values)
        return RawResult(prepared.rows(cur.fetchall()) if prepared.row is not None else _NO_ROWS, cur.rowcount)

    def exec_driver_sql(self, sql: str) -> None:
        self.cursor.execute(sql)

    def close(self) -> None:
        self.cursor.close()


Conn = Connection | RawConn  # what the functions shared by both paths are given
