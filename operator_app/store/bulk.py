"""Bulk writes given as columns (name -> one value per row), fast on SQLite, plain Core elsewhere.

The importer writes whole sheets through these: on SQLite straight through the driver's
executemany (Core's per-row parameter handling costs more than the insert itself), on
PostgreSQL through Core's batched executemany.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

Columns = dict[str, Sequence[Any]]  # column name -> one value per row
CHUNK = 500  # rows per IN (…) list


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def has_rows(conn: Connection, table: Table) -> bool:
    return conn.execute(select(table.c.id).limit(1)).first() is not None


def pick(f: Columns, rows: list[int]) -> Columns:
    """These rows of every column."""
    return {name: [values[i] for i in rows] for name, values in f.items()}


def dict_rows(columns: Columns, same: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    names = list(columns)
    return [{**dict(zip(names, row, strict=True)), **(same or {})} for row in zip(*columns.values(), strict=True)]


def insert_ids(conn: Connection, table: Table, columns: Columns, same: dict[str, Any] | None = None) -> list[int]:
    """Bulk insert, returning the new ids in the rows' order.

    PostgreSQL returns them from batched INSERT … RETURNING. SQLite would run RETURNING row
    by row; there each new row is numbered one above the largest id in the table (the table's
    integer primary key is its rowid, without AUTOINCREMENT), so the ids are known from the
    largest one before, and checked against the largest one after: safe only when the caller's
    transaction already holds SQLite's write lock (it has written something), so no one else
    can insert.
    """
    if conn.dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(stmt, dict_rows(columns, same)).scalars())
    largest = select(func.coalesce(func.max(table.c.id), 0))
    start = int(conn.execute(largest).scalar_one()) + 1
    n = len(next(iter(columns.values())))
    insert_columns(conn, table, columns, same)
    if n and int(conn.execute(largest).scalar_one()) != start + n - 1:
        raise RuntimeError(f"{table.name}: SQLite did not number the new rows one after another")
    return list(range(start, start + n))


def insert_columns(conn: Connection, table: Table, columns: Columns, same: dict[str, Any] | None = None) -> None:
    """Insert rows given as columns; `same`: columns with one value for every row.

    On SQLite, executemany straight on the driver, values converted by the columns' own
    SQLAlchemy bind processors (so dates and timestamps are stored as SQLAlchemy stores them),
    and the `same` values written into the statement as literals, not bound row by row.
    """
    same = same or {}
    if not next(iter(columns.values())):
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), dict_rows(columns, same))
        return
    names = list(columns)
    values = list(columns.values())
    for index, name in enumerate(names):
        proc = _processor(conn, table, name)
        if proc is not None:  # dates and timestamps repeat: convert each distinct value once
            done = {value: None if value is None else proc(value) for value in set(values[index])}
            values[index] = [done[value] for value in values[index]]
    literals = []
    for name, value in same.items():
        proc = _processor(conn, table, name)
        literals.append(sql_literal(proc(value) if proc is not None and value is not None else value))
    quote = conn.dialect.identifier_preparer.quote  # "row" and "column" are SQL words
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, [*names, *same]))}) "
           f"VALUES ({', '.join(['?'] * len(names) + literals)})")
    conn.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _processor(conn: Connection, table: Table, name: str) -> Any:
    column_type = table.c[name].type.dialect_impl(conn.dialect)  # SQLite's own DATE/DATETIME
    return column_type.bind_processor(conn.dialect)


def sql_literal(value: object) -> str:
    """One of our own constants (a run id, a timestamp, a code) as an SQLite literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def bulk_insert(conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]],
                same: dict[str, Any] | None = None) -> None:
    """`insert_columns` for rows given as tuples in the order of `names` (the batch writer's shape)."""
    if rows:
        insert_columns(conn, table, dict(zip(names, zip(*rows, strict=True), strict=True)), same)
