"""a borrower's match key is unique through an index: ux_borrower_match_key

Revision ID: 0013
Revises: 0012

The uniqueness was a constraint of the table (SQLite: an automatic index no statement can drop).
As a named unique index, an office's first import can drop it with the other indexes of its
empty tables and build it once, sorted, after the rows (store.fresh_load), instead of one step
into it per new borrower, in random key order.

SQLite can only take a table constraint away by making the table again. Other tables point at
borrower and this runs with foreign keys on, so the rows are copied aside, the table is dropped
(its rows count as missing until they are back: defer_foreign_keys, for this transaction), made
again from its own CREATE statement without the constraint, and filled again from the copy,
which puts every reference right before the commit. Its indexes are made again as they were.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEX = "ux_borrower_match_key"
PG_CONSTRAINT = "borrower_match_key_key"  # PostgreSQL's name for the unnamed UNIQUE (match_key)
COPY = "_borrower_0013"
CONSTRAINT = re.compile(r",\s*UNIQUE \(match_key\)")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.create_index(INDEX, "borrower", ["match_key"], unique=True)
        op.drop_constraint(_pg_constraint(bind), "borrower", type_="unique")
        return
    table_sql = _sqlite_sql(bind)
    new_sql, found = CONSTRAINT.subn("", table_sql)
    if found != 1:
        raise RuntimeError(f"0013: the borrower table is not as expected: {table_sql}")
    _remake_sqlite(bind, new_sql)
    op.execute(f"CREATE UNIQUE INDEX {INDEX} ON borrower (match_key)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.create_unique_constraint(PG_CONSTRAINT, "borrower", ["match_key"])
        op.drop_index(INDEX, table_name="borrower")
        return
    op.execute(f"DROP INDEX {INDEX}")
    table_sql = _sqlite_sql(bind).rstrip()
    if not table_sql.endswith(")"):
        raise RuntimeError(f"0013: the borrower table is not as expected: {table_sql}")
    _remake_sqlite(bind, table_sql[:-1].rstrip() + ", \n\tUNIQUE (match_key)\n)")


def _pg_constraint(bind: sa.engine.Connection) -> str:
    for constraint in sa.inspect(bind).get_unique_constraints("borrower"):
        if constraint["column_names"] == ["match_key"] and constraint["name"]:
            return str(constraint["name"])
    return PG_CONSTRAINT


def _sqlite_sql(bind: sa.engine.Connection) -> str:
    return str(bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'borrower'")
               .scalar_one())


def _remake_sqlite(bind: sa.engine.Connection, table_sql: str) -> None:
    """borrower made again by `table_sql`, with its rows, ids and indexes, in this transaction."""
    others = list(bind.exec_driver_sql(
        "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'borrower' AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL"))
    if any(kind == "trigger" for kind, _sql in others):
        raise RuntimeError("0013: the borrower table has a trigger")
    bind.exec_driver_sql(f"CREATE TABLE {COPY} AS SELECT * FROM borrower WHERE 0")
    # An INSERT: the driver begins its transaction (if it had not), which the deferred checks need.
    bind.exec_driver_sql(f"INSERT INTO {COPY} SELECT * FROM borrower")
    bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    bind.exec_driver_sql("DROP TABLE borrower")
    bind.exec_driver_sql(table_sql)
    bind.exec_driver_sql(f"INSERT INTO borrower SELECT * FROM {COPY}")
    bind.exec_driver_sql(f"DROP TABLE {COPY}")
    for _kind, sql in others:
        bind.exec_driver_sql(sql)
    bind.exec_driver_sql("PRAGMA defer_foreign_keys = OFF")
