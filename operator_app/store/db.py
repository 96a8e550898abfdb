"""Opening the database: URL resolution, SQLite pragmas, migrations on open with a backup first."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from operator_app.errors import BAD_INPUT, RUNTIME, KnownError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(KnownError):
    """The database cannot be opened or migrated; `code` names the message to show. Bad input
    (a folder that does not exist) unless raised with exit_code=RUNTIME (a server that does not
    answer)."""

    exit_code = BAD_INPUT


def resolve_url(target: str | Path) -> str:
    """A plain path, a sqlite URL or a postgresql+psycopg URL, as a SQLAlchemy URL string."""
    text = str(target)
    if "://" not in text:
        return "sqlite:///" + str(Path(text).expanduser().resolve())
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a claim lost to a power cut would be a second send
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB: index upkeep of big imports stays in memory
    cur.close()


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    url = resolve_url(target)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db_path = parsed.database
        if db_path and db_path != ":memory:":
            parent = Path(db_path).parent
            if not parent.is_dir():
                raise DatabaseError("db_folder_missing", path=str(parent))
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        engine.dispose()
        raise DatabaseError("db_unreachable", exit_code=RUNTIME, url=parsed.render_as_string(hide_password=True),
                            detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    db = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        upgrade(db)
    return db


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def upgrade(db: Database) -> None:
    """Bring the schema to head. A SQLite file that already has data is copied first."""
    current = current_revision(db)
    if current == head_revision():
        return
    if current is not None and db.is_sqlite:
        backup_sqlite(db, current)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def backup_sqlite(db: Database, revision: str) -> Path | None:
    path = db.engine.url.database
    if not path or path == ":memory:":
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(f"{path}.before-{revision}-{stamp}.bak")
    # sqlite3's backup API copies a consistent snapshot, WAL contents included.
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


