"""The one clock: every stored moment and every office day is read from here. `OPERATOR_APP_NOW`
(an ISO timestamp with its offset) pins it, for rehearsing a day's batch and for end-to-end tests
that must not depend on the hour they run. It sits below every layer (like errors.py) so that the
store's column defaults and the audit chain stamp the same moment the services plan with;
domain/ never reads it, it is handed what this returns (services/clock.py adds the office's day).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import lru_cache

from operator_app.errors import UsageError


def now() -> datetime:
    """Now, in UTC."""
    pinned = os.environ.get("OPERATOR_APP_NOW")
    if pinned:
        return _pinned(pinned).replace()  # a new object each time, as a running clock gives
    return datetime.now(UTC)


@lru_cache(maxsize=4)
def _pinned(text: str) -> datetime:
    """The pinned moment, parsed once per value (a dispatcher asks the clock a few times per message)."""
    try:
        at = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("bad_now", value=text) from exc
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
