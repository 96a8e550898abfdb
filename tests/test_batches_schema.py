"""Migration 0003 builds exactly the tables the models declare, and can be undone."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from operator_app.store import db as store_db
from operator_app.store.db import Database
from operator_app.store.models import Base


def test_the_models_and_the_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


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
