"""The one clock of the services. `OPERATOR_APP_NOW` (an ISO timestamp with its offset) pins it,
for rehearsing a day's batch and for end-to-end tests that must not depend on the hour they run;
domain/ never reads a clock, it is handed what this returns."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from operator_app.domain.policy import ContactPolicy
from operator_app.errors import UsageError


def now() -> datetime:
    pinned = os.environ.get("OPERATOR_APP_NOW")
    if pinned:
        try:
            at = datetime.fromisoformat(pinned)
        except ValueError as exc:
            raise UsageError("bad_now", value=pinned) from exc
        return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
    return datetime.now(UTC)


def office_today(policy: ContactPolicy) -> date:
    return policy.local_day(now())
