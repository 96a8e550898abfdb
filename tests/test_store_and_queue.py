from __future__ import annotations

import collections
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import text

from operator_app.messaging import audit
from operator_app.services.book import queue as queue_service
from operator_app.services.demo import create_demo
from operator_app.store import db as store_db
from operator_app.store.db import Database, open_database
from tests.conftest import run_cli

TODAY = date(2026, 11, 27)


def test_sqlite_is_wal_with_foreign_keys(sqlite_url: str) -> None:
    """SQLite only: WAL and the foreign-key pragma are SQLite's own settings."""
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert store_db.current_revision(db) == store_db.head_revision()
    db.dispose()


def test_migration_backs_up_an_existing_sqlite_file(sqlite_url: str, monkeypatch: object) -> None:
    """SQLite only: the backup before a migration is a copy of the SQLite file (a PostgreSQL
    server is backed up by its administrator)."""
    db = open_database(sqlite_url)
    with db.engine.begin() as conn:
        audit.append(conn, "tester", "note", {"x": 1})
    db.dispose()
    folder = Path(sqlite_url).parent
    assert not list(folder.glob("*.bak"))  # opening an up-to-date file copies nothing
    db = open_database(sqlite_url)
    copy = store_db.backup_sqlite(db, "0001")
    db.dispose()
    assert copy is not None and copy.exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("select count(*) from audit").fetchone() == (1,)


def test_a_schema_this_version_does_not_know_is_left_alone(db_url: str) -> None:
    """A database written by a newer version of the app: refused with one clear message, no
    backup taken, nothing migrated (tests/test_cli_edges.py migrates a real older schema)."""
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    try:
        open_database(db_url)
    except store_db.DatabaseError as exc:
        assert exc.code == "db_schema_unknown" and exc.params["revision"] == "9999_future"
    else:
        raise AssertionError("a schema from the future was opened")
    res = run_cli("--db", db_url, "queue")
    assert res.code == 1 and "9999_future" in res.err and len(res.err.strip().splitlines()) == 1
    if "://" not in db_url:
        assert not list(Path(db_url).parent.glob("*.bak"))
    db = open_database(db_url, migrate=False)
    assert store_db.current_revision(db) == "9999_future"
    db.dispose()


def test_audit_chain_detects_an_edit(db: Database) -> None:
    with db.engine.begin() as conn:
        for i in range(3):
            audit.append(conn, "clerk", "import", {"n": i})
    with db.engine.connect() as conn:
        assert audit.verify(conn).ok
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit SET detail = '{\"n\": 9}' WHERE id = 2"))
    with db.engine.connect() as conn:
        verdict = audit.verify(conn)
    assert not verdict.ok and verdict.broken_at == 2
    res = run_cli("--db", db.url, "audit", "verify")
    assert res.code == 1 and "broken at entry 2" in res.out


def test_demo_office_covers_every_stage(db_url: str) -> None:
    create_demo(db_url, today=TODAY, loans=600)
    db = open_database(db_url)
    rows = queue_service.queue(db, TODAY)
    stages = collections.Counter(r.stage for r in rows)
    assert set(stages) == {"not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+", "paid"}
    reasons = collections.Counter(e for r in rows for e in r.exclusions)
    assert reasons["opted_out"] and reasons["on_hold"] and reasons["invalid_phone"] and reasons["shared_phone"] == 2
    assert all(r.days_past_due > 0 for r in rows if r.stage in ("grace", "M1", "M2", "M3", "M3+"))
    from operator_app.domain.phones import normalize_phone

    assert all(normalize_phone(r.phone).e164 == r.phone for r in rows if r.phone)
    page = queue_service.page(db, TODAY, order="days_past_due", descending=True, limit=10)
    assert [r.days_past_due for r in page] == sorted((r.days_past_due for r in rows), reverse=True)[:10]
    found = queue_service.page(db, TODAY, search=rows[5].contract_no)
    assert [r.contract_no for r in found] == [rows[5].contract_no]
    assert queue_service.count(db, search=rows[5].borrower or "") >= 1
    db.dispose()
    out = run_cli("--db", db_url, "queue", "--as-of", TODAY.isoformat(), "--stage", "M2", "--json").json()
    assert out and all(r["stage"] == "M2" and r["days_past_due"] > 30 for r in out)  # type: ignore[union-attr]


def test_chinese_messages_by_default(db_url: str, tmp_path: Path, monkeypatch: object) -> None:
    res = run_cli("--db", db_url, "--lang", "zh_CN", "import", str(tmp_path / "nope.xlsx"))
    assert res.code == 2 and "找不到文件" in res.err
