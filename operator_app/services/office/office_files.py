"""What the backup and the privacy commands both look at: the office's SQLite file, the backups
beside it, and the dispatcher runs sending right now (a restore and an erase both wait for them).
Kept below both so that the daily backup may run the retention purge without the privacy code
importing the backups back."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from operator_app import clock
from operator_app.errors import BAD_INPUT, KnownError
from operator_app.messaging import outbox_runs
from operator_app.store.db import Database, resolve_url
from operator_app.store.models import dispatch_run_table

__all__ = ["FOLDER", "STAMP", "Found", "backups_of", "database_file", "sending_runs"]

FOLDER = "backups"
STAMP = "%Y-%m-%d-%H%M%S"


@dataclass(frozen=True)
class Found:
    """One backup in the folder: its file, its moment on the office's clock, daily or made by hand."""

    path: Path
    at: datetime
    auto: bool


def database_file(target: str | Path | Database) -> Path:
    """The SQLite file of `--db`; PostgreSQL (or a database in memory) has none to back up here."""
    url = target.url if isinstance(target, Database) else resolve_url(target)
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        raise KnownError("backup_postgresql", exit_code=BAD_INPUT)
    return Path(url[len("sqlite:///"):])


def _found(folder: Path, stem: str) -> list[Found]:
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}}-\d{{6}})(-auto)?\.db$")
    out = []
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    for name in names:
        m = pattern.match(name)
        if m:
            try:
                out.append(Found(folder / name, datetime.strptime(m.group(1), STAMP), bool(m.group(2))))
            except ValueError:
                continue
    return sorted(out, key=lambda f: f.at)


def backups_of(db_file: Path) -> list[Found]:
    """The backups of this database in its `backups/` folder, oldest first."""
    return _found(db_file.parent / FOLDER, db_file.stem)


def sending_runs(db: Database) -> list[int]:
    """The dispatcher runs alive right now (a `send`, the GUI's sender) on this database."""
    now = clock.now()
    file = outbox_runs.sqlite_file(db.engine)
    with db.engine.connect() as conn:
        if not sa_inspect(conn).has_table("dispatch_run"):
            return []
        ids = conn.execute(select(dispatch_run_table.c.id).where(dispatch_run_table.c.finished_at.is_(None))).scalars()
        return [i for i in ids if outbox_runs.run_alive(conn, i, me=-1, now=now, file=file)]
