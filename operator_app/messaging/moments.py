"""A moment read back from the store, as an aware UTC datetime whatever the engine gave (an aware
or naive datetime, or ISO text from a raw SQLite cursor)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def as_utc(value: Any) -> datetime | None:
    if value is None:
        return None
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
