"""This computer's choice of database, kept in the data folder (office.json) by the first-run
dialog: the embedded SQLite file in the data folder, or a PostgreSQL server that several desks
share. Later starts (GUI and CLI) open what it names when no `--db` is given. The server's
password is never written there: it goes to this computer's secret store (services/office/secrets.py,
account "database:USER@HOST:PORT/NAME"), like the transports' secrets.

`set_up` does the first run's work in one call (for a worker): open or create the database, store
the office's details, create the administrator. A server that already holds an office (another
desk set it up) is joined as it is: its details and accounts are left alone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from operator_app import paths
from operator_app.errors import BAD_INPUT, KnownError, os_reason

if TYPE_CHECKING:
    from operator_app.services.office.identity import Signed
    from operator_app.store.db import Database

FILE_NAME = "office.json"
EMBEDDED = "embedded"


@dataclass(frozen=True)
class ServerAddress:
    """Where a PostgreSQL office lives (no password)."""

    host: str
    port: int
    user: str
    database: str

    def url(self, password: str | None = None) -> str:
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=self.user or None, password=password or None,
                          host=self.host, port=self.port, database=self.database).render_as_string(hide_password=False)

    @property
    def secret_account(self) -> str:
        return f"database:{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class SetUp:
    """What the first run made: the open database, the admin signed in (if one was made), and
    whether an existing office was joined instead."""

    db: Database
    signed: Signed | None
    joined: bool


def config_path() -> Path:
    return paths.data_dir() / FILE_NAME


def first_run_due(target: str | None) -> bool:
    """No `--db`, no office.json and no embedded database yet: this computer has never been set up."""
    folder = paths.data_dir(create=False)
    return target is None and not (folder / FILE_NAME).exists() and not (folder / "operator.db").exists()


def load() -> dict[str, object] | None:
    """The saved choice, None when there is none; a damaged file is bad input (named, not guessed)."""
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KnownError("office_config_bad", exit_code=BAD_INPUT, path=str(path), detail=os_reason(exc)) from None
    try:
        value = json.loads(text)
        if not isinstance(value, dict) or not isinstance(value.get("database"), str):
            raise ValueError
    except ValueError:
        raise KnownError("office_config_bad", exit_code=BAD_INPUT, path=str(path), detail="why_not_json") from None
    return value


def configured_target() -> str | None:
    """The database office.json names, with the server's password from the secret store; None
    for the embedded one (the default path) or when nothing was saved."""
    config = load()
    if config is None or config["database"] == EMBEDDED:
        return None
    address = address_of(str(config["database"]))
    from operator_app.services.office.secrets import SecretStore

    return address.url(SecretStore().get(address.secret_account))


def address_of(url: str) -> ServerAddress:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return ServerAddress(parsed.host or "", parsed.port or 5432, parsed.username or "", parsed.database or "")


def _write(value: Mapping[str, object]) -> None:
    path = config_path()
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temp, path)


def save(address: ServerAddress | None, password: str = "") -> None:
    """Remember the choice: None for the embedded database. A server's password goes to the secret
    store before the file names the server (a file without its password would not open)."""
    if address is None:
        _write({"database": EMBEDDED})
        return
    from operator_app.services.office.secrets import SecretStore

    store = SecretStore()
    if password:
        store.set(address.secret_account, password)
    else:
        store.delete(address.secret_account)
    _write({"database": address.url()})


def check_server(address: ServerAddress, password: str) -> str | None:
    """The first-run dialog's connection test: connect once, change nothing; a KnownError
    (`db_unreachable` with why the server refused) otherwise. Returns the signature of the office
    the database already holds (another desk set it up: this one will join it), else None."""
    from operator_app.store.db import check_server as check

    check(address.url(password))
    return existing_office(address.url(password))


def existing_office(url: str) -> str | None:
    """The office signature a database at the current schema holds, read without migrating or
    creating anything; None for an empty (or older, or unreadable) database."""
    from operator_app.services.office import settings as settings_service
    from operator_app.store.db import current_revision, head_revision, open_database

    db = open_database(url, migrate=False)
    try:
        if current_revision(db) != head_revision():
            return None
        return settings_service.current(db).get("office.signature") or None
    except Exception:  # a database of something else: the set-up says what is wrong with it
        return None
    finally:
        db.dispose()


def check_details(details: Mapping[str, str]) -> None:
    """The office's details checked by the settings' own rules, before anything is written."""
    from operator_app.services.office.settings import check_values

    check_values(details)


def set_up(address: ServerAddress | None, password: str, details: Mapping[str, str],
           admin: tuple[str, str, str] | None) -> SetUp:
    """Open (creating) the office's database, store its details and make its administrator
    (`admin`: name, display name, password), then remember the choice. A database that already
    holds an office (accounts, or its details set) is joined: nothing of it is changed."""
    from operator_app.services.office import accounts
    from operator_app.services.office import settings as settings_service
    from operator_app.services.office.identity import has_accounts
    from operator_app.services.office.opening import open_office

    db = open_office(paths.default_db() if address is None else address.url(password), create=True)
    try:
        joined = has_accounts(db) or bool(settings_service.current(db).get("office.signature"))
        signed = None
        if not joined:
            by = admin[0] if admin else "first-run"
            settings_service.set_values(db, details, by=by)
            if admin is not None:
                name, display, secret = admin
                made = accounts.add_account(db, name, role="admin", password=secret, by=None, display=display or None)
                signed = accounts.sign_in(db, made.name, secret)
        save(address, password)
    except BaseException:
        db.dispose()
        raise
    return SetUp(db, signed, joined)
