"""Backups of the office's SQLite file (`backup create | verify | restore`, the daily backup on the
first start of an office day, and the age the GUI shows). The whole loan book is one file: a
disk that dies, a clerk who deletes it, a bad restore of Windows takes every borrower with it.

Backups go to a `backups/` folder beside the database, named by the moment on the office's clock
(`operator-2026-12-06-093000.db`; the daily ones end in `-auto.db` and only they are rotated,
domain/backups.kept: 7 daily, 4 weekly). Each is 0600 (it holds names, phones and debts). A
PostgreSQL office backs up with the server's own tools (pg_dump): one line says so, exit 2.

After the daily backup, the retention purge runs (services/privacy_purge: texts of loans closed
longer ago than `privacy.retention_months`). The daily check is cheap (the settings row, one folder listing) because every command pays it;
`OPERATOR_APP_AUTO_BACKUP=0` or the setting `backup.auto` turns it off (the test suite sets the
former). Everything done to the live file is on the audit chain.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from operator_app import clock
from operator_app.domain import backups as rules
from operator_app.errors import RUNTIME, KnownError, UsageError, os_reason
from operator_app.messaging import audit
from operator_app.services.office import settings
from operator_app.services.office.identity import actor
from operator_app.services.office.office_files import (
    FOLDER,
    STAMP,
    backups_of,
    database_file,
    sending_runs,
)
from operator_app.services.office.opening import open_office
from operator_app.store import audit_anchor, sqlite_file
from operator_app.store.db import Database, head_revision, known_revisions, open_database

log = logging.getLogger(__name__)
ENV_AUTO = "OPERATOR_APP_AUTO_BACKUP"
SYSTEM = "system"


@dataclass(frozen=True)
class Verified:
    """What `verify` found: the file's check, and its schema against the app's."""

    path: Path
    check: sqlite_file.FileCheck
    head: str | None

    @property
    def schema(self) -> str:
        """current (the app's), older (migrated on restore) or newer (written by a newer app)."""
        if self.check.revision == self.head:
            return "current"
        return "older" if self.check.revision in known_revisions() else "newer"


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # the replaced file, kept aside; None when there was none
    verified: Verified


@dataclass(frozen=True)
class LastBackup:
    """The newest backup's office day and how old it is; `supported` is False for PostgreSQL."""

    supported: bool
    day: date | None = None
    age_days: int | None = None
    stale: bool = False


def _office_now(db: Database) -> tuple[datetime, tzinfo]:
    zone = settings.office_zone(db)
    return clock.now().astimezone(zone).replace(tzinfo=None), zone


def create(db: Database, target: Path | None = None, *, by: str, auto: bool = False) -> Path:
    """A consistent copy of the live database (0600) at `target`, else in `backups/` named by the
    office's moment; audited. An existing `target` is never overwritten (bad input). Made by hand
    in an office with accounts: an admin's (the file holds every borrower)."""
    who = actor(by) if auto else actor(by, db, "backup")
    live = database_file(db)
    at, _zone = _office_now(db)
    if target is None:
        folder = live.parent / FOLDER
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / f"{live.stem}-{at.strftime(STAMP)}{'-auto' if auto else ''}.db"
    if target.exists():
        raise UsageError("backup_exists", path=str(target))
    if not target.parent.is_dir():
        raise UsageError("backup_folder_missing", path=str(target.parent))
    try:
        sqlite_file.copy_out(live, target)
    except sqlite_file.Busy as exc:
        raise KnownError("backup_busy", temporary=True) from exc
    except OSError as exc:
        raise KnownError("backup_write_failed", exit_code=RUNTIME, path=str(target), detail=os_reason(exc)) from exc
    with db.engine.begin() as conn:
        audit.append(conn, who, "backup_created", {"file": target.name, "auto": auto})
    return target


def verify(path: Path) -> Verified:
    """Integrity, schema revision and counts of a backup file, read only. A file that is missing,
    not a database or not an office's database is bad input (exit 2); a damaged one is returned
    with its problems (the CLI exits 1)."""
    if not path.is_file():
        raise UsageError("file_not_found", path=str(path))
    try:
        check = sqlite_file.inspect(path)
    except sqlite_file.NotADatabase as exc:
        raise UsageError("backup_not_database", path=str(path)) from exc
    except OSError as exc:
        raise KnownError("backup_unreadable", exit_code=RUNTIME, path=str(path), detail=os_reason(exc)) from exc
    if not check.damaged and check.revision is None:
        raise UsageError("backup_not_office", path=str(path))
    return Verified(path, check, head_revision())


def restore(target: str | Path, path: Path, *, by: str) -> Restored:
    """Put the backup `path` in place of the office's database: refused while a send runs and for a
    file that does not verify; the replaced file is kept as `*.before-restore-<time>` (0600); an
    older schema is migrated by open_office (with its own .bak); audited on the restored chain. In an
    office with accounts: an admin's."""
    office = open_office(target)
    try:
        who = actor(by, office, "backup")
    finally:
        office.dispose()
    live = database_file(target)
    if live.exists() and path.exists() and os.path.samefile(live, path):
        raise UsageError("backup_is_live", path=str(path))
    verified = verify(path)
    if verified.check.damaged:
        raise KnownError("backup_damaged_refused", exit_code=RUNTIME, path=str(path))
    if verified.schema == "newer":
        raise UsageError("backup_newer_refused", path=str(path), revision=verified.check.revision)
    try:
        kept = _replace(live, path)
    except sqlite_file.Busy as exc:
        raise KnownError("backup_busy", temporary=True) from exc
    db = open_office(live)  # an older backup is migrated here (open_database keeps its own .bak first)
    try:
        # The audit head this computer saw belongs to the replaced chain (kept aside): the restored
        # chain is the record from now on, starting with its restore entry.
        audit_anchor.reset(db.url)
        with db.engine.begin() as conn:
            audit.append(conn, who, "backup_restored", {"file": path.name, "kept": kept.name if kept else None,
                                                        "revision": verified.check.revision})
    finally:
        db.dispose()
    return Restored(kept, verified)


def _replace(live: Path, path: Path) -> Path | None:
    """Refuse while a send runs, keep the live file aside, write the backup in; returns the kept file."""
    kept: Path | None = None
    if sqlite_file.usable(live):
        db = open_database(live, migrate=False)
        try:
            runs = sending_runs(db)
        finally:
            db.dispose()
        if runs:
            raise KnownError("backup_restore_while_sending", exit_code=RUNTIME, run=runs[0])
    if live.exists() and live.stat().st_size:
        kept = live.with_name(f"{live.name}.before-restore-{clock.now().strftime('%Y%m%dT%H%M%SZ')}")
        try:
            sqlite_file.keep_aside(live, kept)
        except OSError as exc:
            raise KnownError("backup_write_failed", exit_code=RUNTIME, path=str(kept), detail=os_reason(exc)) from exc
    try:
        sqlite_file.copy_in(path, live)
    except OSError as exc:
        raise KnownError("backup_write_failed", exit_code=RUNTIME, path=str(live), detail=os_reason(exc)) from exc
    return kept


def auto_enabled(db: Database) -> bool:
    """The daily backup is on: not turned off by the environment (tests) nor by `backup.auto`."""
    if os.environ.get(ENV_AUTO, "").strip().lower() in ("0", "false", "no", "off"):
        return False
    return bool(settings.current(db).get("backup.auto"))


def daily_due(db: Database) -> bool:
    """Cheap: no backup of this database yet on the office's day today (and the daily one is on)."""
    if not db.is_sqlite or not auto_enabled(db):
        return False
    try:
        live = database_file(db)
    except KnownError:
        return False
    today = _office_now(db)[0].date()
    found = backups_of(live)
    return not found or found[-1].at.date() < today


def daily(db: Database) -> Path | None:
    """The first start of an office day: a backup, then rotation of the daily ones. A failure
    (disk full, a folder without rights) is logged and never stops the work the clerk started."""
    if not daily_due(db):
        return None
    try:
        made = create(db, by=SYSTEM, auto=True)
        rotate(database_file(db))
    except (KnownError, OSError):
        log.warning("the daily backup failed", exc_info=True)
        return None
    try:  # retention (services/privacy_purge), once a day, after a good backup
        from operator_app.services.office.privacy_purge import purge

        purge(db, by=SYSTEM, automatic=True)
    except KnownError:
        log.warning("the daily retention purge failed", exc_info=True)
    return made


def rotate(live: Path) -> list[Path]:
    """Delete the daily backups rotation does not keep (domain/backups.kept); by-hand ones stay."""
    daily_ones = [f for f in backups_of(live) if f.auto]
    keep = rules.kept(f.at for f in daily_ones)
    gone = []
    for found in daily_ones:
        if found.at not in keep:
            found.path.unlink(missing_ok=True)
            gone.append(found.path)
    return gone


def last_backup(db: Database) -> LastBackup:
    """The newest backup's day and age on the office's clock (what the GUI's status bar shows)."""
    if not db.is_sqlite:
        return LastBackup(supported=False)
    try:
        live = database_file(db)
    except KnownError:
        return LastBackup(supported=False)
    today = _office_now(db)[0].date()
    found = backups_of(live)
    day = found[-1].at.date() if found else None
    return LastBackup(True, day, rules.age_days(day, today), rules.is_stale(day, today))
