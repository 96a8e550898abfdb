"""Bulk inserts that do not pay SQLAlchemy's per-row parameter handling.

On SQLite: executemany straight on the driver, each column's values converted by the column's
own SQLAlchemy bind processor once per distinct value, and the values common to every row
(`same`) written into the statement as literals. On PostgreSQL: Core executemany (psycopg
pipelines it). The import writer (services/import_file.py) does the same inside its class; this is
the shared form for the other bulk writers (batches).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert


def _literal(value: object) -> str:
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
                same: Mapping[str, Any] | None = None) -> None:
    """Insert `rows` (tuples in the order of `names`); `same`: columns with one value for every row."""
    same = dict(same or {})
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [{**dict(zip(names, row, strict=True)), **same} for row in rows])
        return
    dialect = conn.dialect

    def processor(name: str) -> Any:
        return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)

    columns = [list(c) for c in zip(*rows, strict=True)]
    for index, name in enumerate(names):
        proc = processor(name)
        if proc is not None:
            done = {v: None if v is None else proc(v) for v in set(columns[index])}
            columns[index] = [done[v] for v in columns[index]]
    literals = []
    for name, value in same.items():
        proc = processor(name)
        literals.append(_literal(proc(value) if proc is not None and value is not None else value))
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, [*names, *same]))}) "
           f"VALUES ({', '.join(['?'] * len(names) + literals)})")
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
