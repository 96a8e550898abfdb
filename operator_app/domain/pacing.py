"""How fast one transport may send: a minimum gap between two messages, jittered so the
rhythm is not machine-regular (carriers block SIM cards that send in bulk at a fixed beat), a
daily quota per SIM or gateway counted per office day, and the backoff after a temporary error.
Clocks and randomness are arguments: the caller passes `now` and a `random.Random`."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from operator_app.domain.policy import Calendar, ContactPolicy, earliest_send


@dataclass(frozen=True, slots=True)
class Pacing:
    gap_s: float = 0.0  # minimum pause between two messages
    jitter: float = 0.3  # the gap is stretched by up to this share, never shortened
    daily: int = 0  # messages per office day; 0 = no quota

    def next_gap(self, rng: random.Random) -> float:
        return self.gap_s * (1.0 + rng.uniform(0.0, self.jitter)) if self.gap_s > 0 else 0.0

    def quota_left(self, sent_today: int) -> int | None:
        """None when there is no quota."""
        return None if self.daily <= 0 else max(0, self.daily - sent_today)


def backoff_s(attempt: int, rng: random.Random, *, base: float = 30.0, cap: float = 3600.0,
              retry_after: float | None = None) -> float:
    """Seconds to wait before attempt number `attempt` + 1 (attempt counts from 1): exponential
    with "equal jitter" (uniform in the upper half of base * 2^(attempt-1), capped), never
    sooner than the provider's Retry-After."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    delay = rng.uniform(ceiling / 2, ceiling)
    return max(delay, retry_after or 0.0)


def next_office_midnight(now_local: datetime) -> datetime:
    """When a daily quota starts again: the next midnight in the office's time zone
    (`now_local` is aware, in that zone)."""
    tomorrow: date = now_local.date() + timedelta(days=1)
    return datetime(tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=now_local.tzinfo)


def next_window(at: datetime, policy: ContactPolicy, calendar: Calendar) -> datetime:
    """The first moment at or after `at` (UTC) when the contact policy's clock allows sending:
    inside the daily window, on a working day when the office sends on working days only. A
    message that may not go now waits for this (DESIGN.md: messages queued outside the window
    wait for it)."""
    day = policy.local_day(at)
    for _ in range(400):  # a year of holidays cannot hide every day; 400 bounds a broken calendar
        when = earliest_send(at, day, policy, calendar)
        if not isinstance(when, str):
            return when
        day += timedelta(days=1)
    raise ValueError("no day in the next 400 allows sending")
