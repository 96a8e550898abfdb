"""A moment or a day read back from the store, whatever the engine gave: a moment as an aware UTC
datetime (from an aware or naive datetime, or ISO text from a raw SQLite cursor), a day as a date
(from a date, or SQLite's ISO text, which MIN()/MAX() over dates also give)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, overload


@overload
def as_day(value: None) -> None: ...


@overload
def as_day(value: date | str) -> date: ...


@overload
def as_day(value: object) -> date | None: ...


def as_day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


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
