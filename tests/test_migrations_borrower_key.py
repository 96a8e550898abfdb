"""Migration 0013: a borrower's match key is unique through the index ux_borrower_match_key, not
a constraint of the table. An office's borrowers, their ids and the loans pointing at them come
through the upgrade (SQLite makes the table again, with foreign keys on) and back down, on SQLite
and PostgreSQL, and the key stays unique all along."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from operator_app.store import db as store_db
from operator_app.store.db import Database, current_revision, head_revision, open_database

NOW = "2026-11-27 00:00:00.000000"


def _migrate(database: Database, revision: str, *, down: bool = False) -> None:
    cfg = store_db._alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _office(database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO import_run (id, file_name, sha256, kind, mapping, rows_read, loans_created,"
                          " loans_updated, loans_unchanged, installments, rejected, warnings, started_at)"
                          " VALUES (1, 'x.xlsx', 'x', 'loan', '{}', 3, 3, 0, 0, 0, 0, 0, :now)"), {"now": NOW})
        for i, key in ((7, "id:aa"), (3, "np:王伟|+8613800138000"), (12, "np:李娜|")):
            conn.execute(text("INSERT INTO borrower (id, match_key, name, locale, created_at)"
                              " VALUES (:id, :key, :name, 'zh_CN', :now)"), {"id": i, "key": key, "name": key[3:5], "now": NOW})
            conn.execute(text("INSERT INTO loan (contract_no, borrower_id, status, import_run_id, created_at, updated_at)"
                              " VALUES (:c, :b, 'active', 1, :now, :now)"), {"c": f"HT{i}", "b": i, "now": NOW})


def _rows(database: Database) -> dict[str, Any]:
    with database.engine.connect() as conn:
        return {
            "borrowers": conn.execute(text("SELECT id, match_key, name FROM borrower ORDER BY id")).all(),
            "loans": conn.execute(text("SELECT contract_no, borrower_id FROM loan ORDER BY contract_no")).all(),
        }


def _uniqueness(database: Database) -> tuple[list[str], list[list[str]]]:
    """The unique indexes on match_key (by name) and the unique constraints (by columns)."""
    with database.engine.connect() as conn:
        insp = inspect(conn)
        indexes = sorted(str(i["name"]) for i in insp.get_indexes("borrower")
                         if i["unique"] and i["column_names"] == ["match_key"] and not i.get("duplicates_constraint"))
        constraints = [c["column_names"] for c in insp.get_unique_constraints("borrower")]
    return indexes, constraints


def _duplicate_refused(database: Database) -> None:
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(text("INSERT INTO borrower (match_key, locale, created_at) VALUES ('id:aa', 'zh_CN', :now)"),
                     {"now": NOW})


def _references_hold(database: Database) -> None:
    if database.is_sqlite:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_0013_keeps_every_borrower_and_every_reference_and_the_key_unique(db_url: str) -> None:
    database = open_database(db_url, migrate=False)
    try:
        _migrate(database, "0012")
        _office(database)
        before = _rows(database)
        assert _uniqueness(database) == ([], [["match_key"]])
        store_db.upgrade(database)  # as the app opens an older database
        assert current_revision(database) == head_revision() == "0013"
        assert _rows(database) == before
        assert _uniqueness(database) == (["ux_borrower_match_key"], [])
        _references_hold(database)
        _duplicate_refused(database)
        with pytest.raises(IntegrityError), database.engine.begin() as conn:  # references are still checked
            conn.execute(text("UPDATE loan SET borrower_id = 999 WHERE contract_no = 'HT7'"))

        _migrate(database, "0012", down=True)
        assert _rows(database) == before
        assert _uniqueness(database)[1] == [["match_key"]]
        assert "ux_borrower_match_key" not in _uniqueness(database)[0]
        _references_hold(database)
        _duplicate_refused(database)
        _migrate(database, "head")
        assert _rows(database) == before and _uniqueness(database) == (["ux_borrower_match_key"], [])
        _references_hold(database)
    finally:
        database.dispose()
