"""The one clock: every stored moment and every office day is read from here. `OPERATOR_APP_NOW`
(an ISO timestamp with its offset) pins it, for rehearsing a day's batch and for end-to-end tests
that must not depend on the hour they run. It sits below every layer (like errors.py) so that the
store's column defaults and the audit chain stamp the same moment the services plan with;
domain/ never reads it, it is handed what this returns (services/clock.py adds the office's day).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from operator_app.errors import UsageError


def now() -> datetime:
    """Now, in UTC."""
    pinned = os.environ.get("OPERATOR_APP_NOW")
    if pinned:
        try:
            at = datetime.fromisoformat(pinned)
        except ValueError as exc:
            raise UsageError("bad_now", value=pinned) from exc
        return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
    return datetime.now(UTC)
