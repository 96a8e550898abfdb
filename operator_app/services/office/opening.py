"""Opening the office's database, and naming it in a message: below the daily backup (which opens
backups with it) and the app context (which adds the backup and the demo office on top)."""

from __future__ import annotations

from pathlib import Path

from operator_app import paths
from operator_app.services.office import id_key
from operator_app.store.db import Database, open_database, resolve_url


def shown_target(target: str | Path) -> str:
    """A database as a message may name it: a path as given, a URL without its password."""
    text = str(target)
    if "://" not in text:
        return text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("://", 1)[0] + "://…"


def open_office(target: str | Path | None = None, *, create: bool = False) -> Database:
    """The office database (`--db`, else data/operator.db), migrated to the current schema. A
    SQLite file that does not exist is created only with `create` (`import`, `demo`, the GUI's
    first run after asking); otherwise it is bad input (`db_missing`): a misspelt name must not
    start an empty office. An ID key still kept inside the database (before issue 19) moves out
    to this computer's secret store."""
    db = open_database(target or paths.default_db(), create=create)
    try:
        id_key.move_out(db)
    except BaseException:
        db.dispose()
        raise
    return db


def database_missing(target: str | Path | None) -> str | None:
    """The SQLite file `target` (else the default database) names when it does not exist yet:
    what the GUI asks about before creating it. None for a file that exists, `:memory:` or a
    server URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(resolve_url(target or paths.default_db()))
    except ArgumentError:
        return None  # opening it says what is wrong
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return None if Path(url.database).exists() else str(target or url.database)
