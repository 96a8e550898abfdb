"""The one app context the two faces are handed: the database and, in demo mode, a virtual modem
running inside this process.

The GUI and the CLI reach the store and the wire only through here and the other services
(an import-linter contract in pyproject.toml checks it), so neither builds an engine or a Modem
itself. The wire layer is imported only when a modem is wanted: a CLI command that only reads the
loan book does not pay for pyserial.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from operator_app import paths
from operator_app.errors import BAD_INPUT, KnownError
from operator_app.messaging import audit
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office import backups
from operator_app.services.office.opening import database_missing, open_office, shown_target
from operator_app.store.db import Database, open_database

if TYPE_CHECKING:
    from operator_app.sms.modem.driver import Modem, ModemInfo
    from operator_app.sms.modem.emulator import VirtualModem

__all__ = ["AppContext", "Database", "database_missing", "fill_demo", "open_app", "open_db", "probe_modem", "shown_target", "verify_audit"]


def open_db(target: str | Path | None = None, *, create: bool = False, daily_backup: bool = False) -> Database:
    """The office database as `opening.open_office` opens it. `daily_backup` (the CLI's commands):
    the first open of an office day backs the file up first (services/office/backups.daily; the GUI
    runs it in a worker)."""
    db = open_office(target, create=create)
    if daily_backup:
        try:
            backups.daily(db)
        except BaseException:
            db.dispose()
            raise
    return db


@dataclass
class AppContext:
    db: Database
    modem: Modem | None = None
    emulator: VirtualModem | None = None

    def close(self) -> None:
        if self.modem is not None:
            self.modem.close()
        if self.emulator is not None:
            self.emulator.stop()
        self.db.dispose()


def open_app(target: str | Path | None, *, demo: bool, today: date | None = None, create: bool = False) -> AppContext:
    """What the GUI runs on. `demo`: a freshly generated demo office (data/demo.db unless
    `target` names another database) and a virtual modem, so nothing leaves the PC. `create`:
    the operator agreed to a new database where none is (see `database_missing`)."""
    if not demo:
        return AppContext(open_db(target, create=create))
    from operator_app.sms.modem.driver import Modem
    from operator_app.sms.modem.emulator import VirtualModem

    where = target or paths.demo_db()
    fill_demo(where, today=today)
    db = open_database(where)
    emulator = VirtualModem()
    return AppContext(db, Modem(emulator.serve_tcp()), emulator)


@writes(OpChanges(loans=True, batches=True, messages=True, inbox=True))
def fill_demo(target: str | Path, *, today: date | None = None, loans: int = 3000) -> int:
    """Generate the demo office into `target`, which must hold no loans or only an earlier demo
    (replaced). A database with the office's own loans is refused (bad input): a demo must
    never overwrite real borrowers. `today`: the demo's day, else the office's day now."""
    from sqlalchemy import func, select, text

    from operator_app.services.demo import create_demo
    from operator_app.store.models import audit_table, loan_table, operator_table

    db = open_database(target)
    try:
        with db.engine.begin() as conn:
            held = conn.execute(select(func.count()).select_from(loan_table)).scalar_one()
            actions = set(conn.execute(select(audit_table.c.action).distinct()).scalars())
            if held and actions != {"demo_created"}:
                raise KnownError("demo_db_not_empty", exit_code=BAD_INPUT, path=shown_target(target), loans=held)
            if conn.execute(select(operator_table.c.id).limit(1)).first() is not None:  # a demo would drop them
                raise KnownError("demo_db_has_accounts", exit_code=BAD_INPUT, path=shown_target(target))
            if held and not db.is_sqlite:  # create_demo starts a SQLite file afresh by itself
                for table in ("installment", "loan", "borrower", "audit", "import_run"):
                    conn.execute(text(f"DELETE FROM {table}"))
        if held:  # the demo's chain starts again: so does its head kept outside the database
            from operator_app.store import audit_anchor

            audit_anchor.reset(db.url)
        if today is None:
            from operator_app.services.office.settings import office_today

            today = office_today(db)
    finally:
        db.dispose()
    made = create_demo(target, today=today, loans=loans)
    db = open_database(target)
    try:
        if db.engine.dialect.name == "postgresql":
            # The demo writes its own ids; the next import must not draw them again.
            with db.engine.begin() as conn:
                for table in ("borrower", "loan", "installment", "audit", "import_run"):
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                      f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"))
    finally:
        db.dispose()
    return made


def verify_audit(db: Database) -> audit.Verdict:
    """Walk the audit chain (every entry hashed over the one before it), compare its head with the
    one this computer kept outside the database, and recompute the approvals' digests. A write
    committed between reading the anchor and reading the chain changes the anchor: then the
    comparison is made again, so a busy office is not told of a break that is not there (nor, on
    PostgreSQL, of this computer's own entries as unseen)."""
    from operator_app.store import audit_anchor

    path = audit_anchor.path_for(db.url)
    anchor = audit_anchor.read(path)
    for _ in range(5):
        with db.engine.connect() as conn:
            verdict = audit.verify(conn, anchor)
        again = audit_anchor.read(path)
        if (verdict.problem not in ("tail_missing", "unseen_after", "rewritten") and not verdict.unseen) \
                or again == anchor:
            return verdict
        anchor = again
    return verdict


def probe_modem(modem: Modem) -> ModemInfo:
    """Open the modem if it is not yet, and read what the status bar shows (may take seconds
    on a real modem: call it off the GUI thread)."""
    if modem.channel is None:
        modem.open()
    return modem.info()
