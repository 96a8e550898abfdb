"""Opening the database: URL resolution, SQLite pragmas, migrations on open with a backup first.

Alembic is loaded only when the schema is behind: opening a database that is already at the
newest revision reads `alembic_version` and compares it with the head named in the migration
files, which is cheaper than Alembic's own machinery (every command starts by opening the DB).
A new, empty database is not migrated step by step either: its tables are created from the
models and it is stamped at the head revision, as Alembic would stamp it
(tests/test_schema_fresh.py proves that the models and the migrations give the same schema on
SQLite and PostgreSQL). A database with tables but no revision still goes through Alembic.
"""

from __future__ import annotations

import ast
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

from operator_app.errors import BAD_INPUT, RUNTIME, KnownError
from operator_app.store import audit_anchor

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def _db_reason(exc: BaseException) -> str:
    """Why the database did not open, as a why_ code; the driver's English goes to the log."""
    log.info("database did not open: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    text = str(exc).lower()
    if "database" in text and "does not exist" in text:  # PostgreSQL: FATAL: database "x" does not exist
        return "why_no_such_database"
    for needle, why in (("password authentication", "why_db_login"), ("no password supplied", "why_db_login"), ("refused", "why_refused"),
                        ("timeout", "why_timeout"), ("timed out", "why_timeout"), ("does not exist", "why_not_found"),
                        ("unable to open", "why_permission"), ("permission", "why_permission"),
                        ("read-only", "why_read_only"), ("disk", "why_disk_full"), ("locked", "why_busy"),
                        ("name or service not known", "why_no_route"), ("could not translate host", "why_no_route")):
        if needle in text:
            return why
    return "why_other"


class DatabaseError(KnownError):
    """The database cannot be opened or migrated; `code` names the message to show. Bad input
    (a folder that does not exist, a folder or a non-database file given as the database, a URL
    that is not one) unless raised with exit_code=RUNTIME (a server that does not answer)."""

    exit_code = BAD_INPUT


def _without_userinfo(url: str) -> str:
    """A URL fit for a message: user and password removed."""
    return re.sub(r"//[^/@]*@", "//", url)


def resolve_url(target: str | Path) -> str:
    """A plain path, a sqlite URL or a postgresql+psycopg URL, as a SQLAlchemy URL string."""
    text = str(target)
    if text == ":memory:":  # SQLite's own name for a database in memory, not a file called that
        return "sqlite://"
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
    try:
        cur.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as exc:
        # An office's first import is loading under a rollback journal (store.fresh_load) and
        # turns WAL back on when it is done; until then this connection works in rollback mode.
        if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY:
            raise
    cur.execute("PRAGMA synchronous=FULL")  # a claim lost to a power cut would be a second send
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB: index upkeep of big imports stays in memory
    cur.close()


def check_server(url: str, *, timeout: int = 5) -> None:
    """Connect to a database server once and disconnect, creating and changing nothing (the
    first-run dialog's connection test): DatabaseError `db_unreachable` with the why_ code."""
    parsed = make_url(resolve_url(url))
    try:
        engine = create_engine(parsed, connect_args={"connect_timeout": timeout}, poolclass=NullPool)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseError("db_url_bad", url=parsed.render_as_string(hide_password=True)) from exc
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        raise DatabaseError("db_unreachable", exit_code=RUNTIME, url=parsed.render_as_string(hide_password=True),
                            detail=_db_reason(exc)) from exc
    finally:
        engine.dispose()


def open_database(target: str | Path, *, migrate: bool = True, create: bool = True) -> Database:
    """`create`: a SQLite file that does not exist yet is created (else DatabaseError
    `db_missing`, and nothing is created: a misspelt `--db` must not start an empty office)."""
    url = resolve_url(target)
    try:
        parsed = make_url(url)
        sqlite = parsed.get_backend_name() == "sqlite"
        engine = create_engine(url) if sqlite else create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseError("db_url_bad", url=_without_userinfo(url)) from exc
    if sqlite:
        db_path = parsed.database
        if db_path and db_path != ":memory:":
            if Path(db_path).is_dir():
                raise DatabaseError("db_is_folder", path=db_path)
            parent = Path(db_path).parent
            if not parent.is_dir():
                raise DatabaseError("db_folder_missing", path=str(parent))
            if not create and not Path(db_path).exists():
                raise DatabaseError("db_missing", path=str(target))
            create_private(Path(db_path))
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        engine.dispose()
        if getattr(getattr(exc, "orig", None), "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise DatabaseError("db_not_a_database", path=parsed.database) from exc
        raise DatabaseError("db_unreachable", exit_code=RUNTIME, url=parsed.render_as_string(hide_password=True),
                            detail=_db_reason(exc)) from exc
    audit_anchor.install(engine, url)  # each commit that extended the audit chain: its head outside
    db = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        upgrade(db)
    return db


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(db: Database) -> str | None:
    """The revision stored in the database; None for a new one (or one Alembic never stamped)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    return versions[0] if len(versions) == 1 else None


@cache
def head_revision() -> str | None:
    """The newest revision, read from the `revision =` and `down_revision =` lines of the
    migration files. When they do not name exactly one head, Alembic's script directory decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    pattern = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+)$", re.MULTILINE)
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in pattern.findall(path.read_text(encoding="utf-8")):
            try:
                parsed = ast.literal_eval(value.strip())
            except (ValueError, SyntaxError):
                return alembic_head_revision()
            names = parsed if isinstance(parsed, tuple) else (parsed,) if parsed else ()
            (revisions if name == "revision" else parents).update(names)
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else alembic_head_revision()


@cache
def known_revisions() -> frozenset[str]:
    """Every revision the migration files name: a file stamped with one of them can be brought to
    the head; any other was written by a newer version of the app."""
    pattern = re.compile(r"^revision\s*(?::[^=]+)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
    return frozenset(name for path in (MIGRATIONS / "versions").glob("*.py")
                     for name in pattern.findall(path.read_text(encoding="utf-8")))


def alembic_head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def upgrade(db: Database) -> None:
    """Bring the schema to head. A SQLite file that already has data is copied first."""
    current = current_revision(db)
    if current is not None and current == head_revision():
        return
    if current is None and create_fresh(db):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == alembic_head_revision():
        return
    if current is not None:
        try:
            ScriptDirectory.from_config(_alembic_config()).get_revision(current)
        except CommandError as exc:  # written by a newer version of the app: leave it alone
            raise DatabaseError("db_schema_unknown", exit_code=RUNTIME, revision=current,
                                url=make_url(db.url).render_as_string(hide_password=True)) from exc
    if current is not None and db.is_sqlite:
        backup_sqlite(db, current)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def create_fresh(db: Database) -> bool:
    """A database without any table gets the models' schema and the head revision, in one
    transaction (interrupted, it leaves the database empty; a second process creating the same
    file waits, then finds the tables). False, touching nothing, when there is a table already
    or the migration files name no single head."""
    head = head_revision()
    if head is None:
        return False
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table

    from operator_app.store.models import Base

    # Alembic's own version table, as `alembic stamp` creates it (alembic.ddl.impl).
    version = Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False),
                    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))
    with db.engine.begin() as conn:
        if db.is_sqlite:  # pysqlite leaves DDL outside transactions: one transaction, and the write lock
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        if inspect(conn).get_table_names():
            return False
        Base.metadata.create_all(conn, checkfirst=False)
        version.create(conn)
        conn.execute(version.insert().values(version_num=head))
    audit_anchor.reset(db.url)  # a new database here: an older one's audit head says nothing of it
    log.info("created a new database at revision %s", head)
    return True


def create_private(path: Path) -> None:
    """Create `path` empty, readable and writable by its owner only (0600), unless it exists.
    SQLite gives its -wal, -shm and -journal files the mode of the database file, so they are
    private too: the file holds borrowers' names, phones and debts (PIPL)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def backup_sqlite(db: Database, revision: str) -> Path | None:
    path = db.engine.url.database
    if not path or path == ":memory:":
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(f"{path}.before-{revision}-{stamp}.bak")
    create_private(target)
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


