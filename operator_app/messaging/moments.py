"""A moment read back from the store, as an aware UTC datetime whatever the engine gave (an aware
or naive datetime, or ISO text from a raw SQLite cursor)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def as_utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        # SQLite's text is UTC without an offset: parsed with one, the datetime comes out aware
        # at once (datetime.replace with a keyword costs several times the parse). Text that
        # carries an offset of its own (or is a bare date) is parsed as it is.
        try:
            fast = datetime.fromisoformat(value + "+00:00")
        except ValueError:
            pass
        else:
            if fast.tzinfo is UTC:
                return fast
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
