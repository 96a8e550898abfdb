"""The key of the office's ID-number hashes, kept on the office's workstations, never in the
database.

An ID number is stored only as an HMAC-SHA256 under this key plus its last four characters (PIPL:
minimum necessary data). With the key in the same file as the hashes, a copy of the database (a
backup, a laptop) gave every ID number back in seconds: there are only so many birth dates and
districts. So the key lives where transport secrets live (services/office/secrets.py: the OS keyring,
or a 0600 file in this user's config folder), under an account named by this office's id (a
random name kept in the database, which says nothing about the key). The database keeps a check
value (an HMAC of a fixed text under the key) so that a workstation can tell the office's key from
a wrong one; it reveals nothing about any ID number.

A database from before keeps its key in `app_setting` (`id_hash_salt`): the first open moves it
out (the hashes stay valid) and overwrites the row's bytes (SQLite `secure_delete`, then a WAL
checkpoint), so the file no longer holds it. A second workstation of a shared (PostgreSQL) office
needs the key once: `id-key export` on one that has it, `id-key import` on the new one.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from sqlalchemy import Connection, delete, func, insert, select

from operator_app.errors import RUNTIME, KnownError, UsageError
from operator_app.services.office.secrets import SecretStore
from operator_app.store.db import Database
from operator_app.store.models import app_setting_table, borrower_table

TABLE = app_setting_table
OFFICE_ID = "office_id"
KEY_CHECK = "id_key_check"
LEGACY = "id_hash_salt"
_CHECK_TEXT = b"operator-app: the office's ID-number key"


class IdKeyError(KnownError):
    """The office's ID-number key is not on this computer, or a wrong one is: one decision for a
    person (bring the key over), never a half-hashed import."""

    exit_code = RUNTIME


def check_value(key: bytes) -> str:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()[:32]


def _get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(TABLE.c.value).where(TABLE.c.key == key)).scalar()


def _put(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(TABLE).where(TABLE.c.key == key))
    conn.execute(insert(TABLE).values(key=key, value=value))


def _account(office: str) -> str:
    return f"id-key:{office}"


def _office(conn: Connection) -> str:
    office = _get(conn, OFFICE_ID)
    if office is None:
        office = uuid.uuid4().hex
        _put(conn, OFFICE_ID, office)
    return office


def move_out(db: Database, store: SecretStore | None = None) -> bool:
    """Move a key kept in the database (before issue 19) into this computer's secret store and
    wipe it from the file; True when there was one. Cheap when there is none (one read)."""
    with db.engine.connect() as conn:
        if _get(conn, LEGACY) is None:
            return False
    store = store or SecretStore()
    with db.engine.begin() as conn:
        legacy = _get(conn, LEGACY)
        if legacy is None:  # another process moved it meanwhile
            return False
        key = bytes.fromhex(legacy)
        office = _office(conn)
        store.set(_account(office), key.hex())  # first: if the keyring refuses, the database keeps it
        _put(conn, KEY_CHECK, check_value(key))
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")  # the freed page is zeroed, not left as it was
        conn.execute(delete(TABLE).where(TABLE.c.key == LEGACY))
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the old page's copy in the WAL goes too
    return True


def key_for_import(db: Database, *, create: bool, store: SecretStore | None = None) -> bytes:
    """The office's key to hash the ID numbers of an import. The first import of an office that
    has none makes one (`create`; a dry run gets a throw-away one and writes nothing)."""
    store = store or SecretStore()
    move_out(db, store)
    with db.engine.begin() as conn:
        office = _get(conn, OFFICE_ID)
        check = _get(conn, KEY_CHECK)
        kept = store.get(_account(office)) if office is not None else None
        if kept is not None:
            key = bytes.fromhex(kept)
            if check is None and create:
                _put(conn, KEY_CHECK, check_value(key))
            elif check is not None and check != check_value(key):
                raise IdKeyError("id_key_wrong")
            return key
        hashed = conn.execute(select(func.count()).select_from(borrower_table)
                              .where(borrower_table.c.id_number_hash.is_not(None))).scalar_one()
        if check is not None or hashed:
            raise IdKeyError("id_key_missing")
        key = secrets.token_bytes(32)
        if create:
            office = _office(conn)
            store.set(_account(office), key.hex())
            _put(conn, KEY_CHECK, check_value(key))
        return key


def export_key(db: Database, store: SecretStore | None = None) -> str:
    """The key as text, to carry to another workstation of the same office (`id-key export`)."""
    store = store or SecretStore()
    move_out(db, store)
    with db.engine.connect() as conn:
        office = _get(conn, OFFICE_ID)
    kept = store.get(_account(office)) if office is not None else None
    if kept is None:
        raise IdKeyError("id_key_missing")
    return kept


def import_key(db: Database, key_text: str, store: SecretStore | None = None) -> None:
    """Keep the office's key on this computer (`id-key import`): only the key whose check value
    the database holds is taken."""
    try:
        key = bytes.fromhex(key_text.strip())
    except ValueError:
        raise UsageError("id_key_bad") from None
    store = store or SecretStore()
    with db.engine.begin() as conn:
        check = _get(conn, KEY_CHECK)
        if len(key) != 32 or (check is not None and check != check_value(key)):
            raise UsageError("id_key_bad")
        office = _office(conn)
        if check is None:
            _put(conn, KEY_CHECK, check_value(key))
        store.set(_account(office), key.hex())

