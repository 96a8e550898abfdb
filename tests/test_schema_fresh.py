"""A new database is created from the models and stamped at head instead of being migrated step
by step (store.db.create_fresh); existing ones still go through Alembic. Both ways must give the
same schema, on SQLite and PostgreSQL: tables, columns, keys, foreign keys, indexes (partial
ones included), unique and check constraints, and the revision. A new migration without the
matching model change (or the other way round) fails here."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from operator_app.store import db as store_db
from operator_app.store.db import current_revision, head_revision, open_database
from tests.conftest import _pg_database


@pytest.fixture
def other_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second empty database on the same engine as `db_url`."""
    if db_url.startswith("postgresql"):
        yield from _pg_database()
    else:
        yield str(tmp_path / "other.db")


def migrate_step_by_step(url: str) -> None:
    """Every migration from an empty database, as Alembic runs them (no create_fresh)."""
    database = open_database(url, migrate=False)
    try:
        cfg = store_db._alembic_config()
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        database.dispose()


def schema(url: str) -> dict[str, Any]:
    """Everything the database says about its own schema, order of columns aside."""
    engine = create_engine(store_db.resolve_url(url))
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            tables: dict[str, Any] = {}
            for name in sorted(insp.get_table_names()):
                tables[name] = {
                    "columns": {c["name"]: (str(c["type"]), c["nullable"], c.get("default"), c.get("autoincrement"))
                                for c in insp.get_columns(name)},
                    "primary_key": insp.get_pk_constraint(name),
                    "foreign_keys": sorted((fk["name"] or "", fk["constrained_columns"], fk["referred_table"],
                                            fk["referred_columns"], sorted(fk["options"].items()))
                                           for fk in insp.get_foreign_keys(name)),
                    "indexes": sorted((i["name"] or "", i["column_names"], i["unique"],
                                       sorted((k, str(v)) for k, v in i.get("dialect_options", {}).items()))
                                      for i in insp.get_indexes(name)),
                    "unique": sorted((u["name"] or "", u["column_names"]) for u in insp.get_unique_constraints(name)),
                    "checks": sorted((c["name"] or "", c["sqltext"]) for c in insp.get_check_constraints(name)),
                }
            if conn.dialect.name == "sqlite":  # the index statements themselves (partial-index WHERE clauses)
                indexes = sorted(tuple(r) for r in conn.execute(text(
                    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'")))
            else:
                indexes = sorted(tuple(r) for r in conn.execute(text(
                    "SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'")))
            versions = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()
    return {"tables": tables, "index_sql": indexes, "versions": versions}


def test_a_new_database_is_created_from_the_models_with_the_migrations_schema(db_url: str, other_url: str) -> None:
    migrate_step_by_step(db_url)
    open_database(other_url).dispose()  # the fresh path
    migrated, fresh = schema(db_url), schema(other_url)
    assert fresh["versions"] == migrated["versions"] == [head_revision()]
    assert sorted(fresh["tables"]) == sorted(migrated["tables"])
    for name in migrated["tables"]:
        assert fresh["tables"][name] == migrated["tables"][name], name
    assert fresh["index_sql"] == migrated["index_sql"]


def test_a_new_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess

    code = ("import sys; from operator_app.store.db import open_database; "
            f"open_database({str(tmp_path / 'new.db')!r}).dispose(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_a_sqlite_import_does_not_load_the_postgresql_dialect(tmp_path: Path) -> None:
    """The partial index's PostgreSQL condition is given when a PostgreSQL schema is created,
    so a new SQLite office importing a sheet never imports SQLAlchemy's PostgreSQL dialect
    (start-up time); test_a_new_database_is_created_from_the_models_with_the_migrations_schema
    proves PostgreSQL still gets the partial index."""
    import subprocess

    sheet = tmp_path / "one.csv"
    sheet.write_text("合同编号,客户姓名,手机号码,应还日期,应还金额\nHT1,王伟,13800138000,2026-11-01,100\n", encoding="utf-8")
    code = ("import sys; from pathlib import Path; from operator_app.store.db import open_database; "
            "from operator_app.services.importing.import_file import import_file; "
            f"db = open_database({str(tmp_path / 'new.db')!r}); r = import_file(db, Path({str(sheet)!r})); "
            "db.dispose(); print(r.loans_created, sorted(m for m in sys.modules if 'dialects.postgresql' in m))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "1 []"


def test_a_database_with_tables_but_no_revision_is_not_created_over(tmp_path: Path) -> None:
    """Tables without alembic_version (not ours, or a half-made file): left to Alembic, which
    refuses to create tables that are there; nothing is dropped or stamped."""
    path = tmp_path / "odd.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE borrower (id INTEGER PRIMARY KEY, note TEXT)")
    con.execute("INSERT INTO borrower (note) VALUES ('kept')")
    con.commit()
    con.close()
    database = open_database(path, migrate=False)
    try:
        assert store_db.create_fresh(database) is False
        assert current_revision(database) is None
    finally:
        database.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT note FROM borrower").fetchall() == [("kept",)]
    con.close()


def test_an_older_database_still_upgrades_through_alembic(db_url: str) -> None:
    """A database at an earlier revision is migrated, not recreated: its rows stay."""
    database = open_database(db_url, migrate=False)
    try:
        cfg = store_db._alembic_config()
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        with database.engine.begin() as conn:
            conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('kept', 'yes')"))
        store_db.upgrade(database)
        assert current_revision(database) == head_revision()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM app_setting WHERE key = 'kept'")).scalar() == "yes"
    finally:
        database.dispose()
    assert schema(db_url)["versions"] == [head_revision()]


def test_an_interrupted_creation_leaves_an_empty_database(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables and the revision are one transaction: a failure after the tables were
    created leaves no half-made schema behind, and the next open creates it whole."""
    from operator_app.store.models import Base

    create_all = Base.metadata.create_all

    def create_then_fail(*args: Any, **kwargs: Any) -> None:
        create_all(*args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(Base.metadata, "create_all", create_then_fail)
    with pytest.raises(RuntimeError):
        open_database(db_url)
    monkeypatch.undo()
    engine = create_engine(store_db.resolve_url(db_url))
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    database = open_database(db_url)
    try:
        assert current_revision(database) == head_revision()
    finally:
        database.dispose()
