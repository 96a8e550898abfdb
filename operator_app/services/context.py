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
from operator_app.store.db import Database, open_database

if TYPE_CHECKING:
    from operator_app.sms.modem.driver import Modem, ModemInfo
    from operator_app.sms.modem.emulator import VirtualModem

__all__ = ["AppContext", "Database", "fill_demo", "open_app", "open_db", "probe_modem", "shown_target", "verify_audit"]


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


def open_db(target: str | Path | None = None) -> Database:
    """The office database (`--db`, else data/operator.db), migrated to the current schema; an ID
    key still kept inside it (before issue 19) moves out to this computer's secret store."""
    from operator_app.services import id_key

    db = open_database(target or paths.default_db())
    try:
        id_key.move_out(db)
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


def open_app(target: str | Path | None, *, demo: bool, today: date | None = None) -> AppContext:
    """What the GUI runs on. `demo`: a freshly generated demo office (data/demo.db unless
    `target` names another database) and a virtual modem, so nothing leaves the PC."""
    if not demo:
        return AppContext(open_db(target))
    from operator_app.sms.modem.driver import Modem
    from operator_app.sms.modem.emulator import VirtualModem

    where = target or paths.demo_db()
    fill_demo(where, today=today)
    db = open_database(where)
    emulator = VirtualModem()
    return AppContext(db, Modem(emulator.serve_tcp()), emulator)


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
        if today is None:
            from operator_app.services.settings import office_today

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
    """Walk the audit chain: every entry hashed over the one before it."""
    with db.engine.connect() as conn:
        return audit.verify(conn)


def probe_modem(modem: Modem) -> ModemInfo:
    """Open the modem if it is not yet, and read what the status bar shows (may take seconds
    on a real modem: call it off the GUI thread)."""
    if modem.channel is None:
        modem.open()
    return modem.info()
