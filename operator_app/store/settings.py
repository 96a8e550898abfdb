"""Office-wide values kept in the database next to the data they protect."""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, insert, select

from operator_app.store.models import app_setting_table

ID_SALT = "id_hash_salt"


def id_salt(conn: Connection, *, create: bool = True) -> bytes:
    """The secret that keys ID-number hashes; created on first use, never shown."""
    table = app_setting_table
    value = conn.execute(select(table.c.value).where(table.c.key == ID_SALT)).scalar()
    if value is None:
        value = secrets.token_hex(32)
        if create:
            conn.execute(insert(table).values(key=ID_SALT, value=value))
    return bytes.fromhex(value)
