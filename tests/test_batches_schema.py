"""Migration 0003 builds exactly the tables the models declare, and can be undone."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from operator_app.store import db as store_db
from operator_app.store.db import Database
from operator_app.store.models import Base


def test_the_models_and_the_migrations_agree(db_url: str) -> None:
    """Against a database the migrations built (a new one from open_database is created from the
    models themselves: tests/test_schema_fresh.py compares the two ways)."""
    from tests.test_schema_fresh import migrate_step_by_step

    migrate_step_by_step(db_url)
    database = store_db.open_database(db_url)
    try:
        with database.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        database.dispose()


def test_0003_downgrades_and_upgrades_again(db: Database) -> None:
    cfg = store_db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert "message" not in inspect(db.engine).get_table_names()
    store_db.upgrade(db)
    names = set(inspect(db.engine).get_table_names())
    assert {"template", "batch", "batch_exclusion", "message", "message_event", "payment", "loan_paid_seen",
            "inbound"} <= names
