"""The frequency caps: how many messages a borrower had on an office day and in a rolling week,
and whether this very text went to this number lately. `frequency_reasons` is the rule, asked
of one message against its own history (the claim asks it again at the moment of sending).

A day's plan asks it of a whole book at one moment. `CapTally` counts a history once for that
moment, for every borrower and number at the same time, and answers each candidate from the
counts: the same answer as `frequency_reasons` (tests/test_caps.py proves it over random
histories, moments and policies), without building a list of each borrower's messages and
walking it again for every candidate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from operator_app.domain.contact_policy import ContactPolicy, Sent


def day_span(timezone: str, day: date) -> tuple[datetime, datetime]:
    """The UTC instants [from, until) of office day `day` in `timezone`: an instant is on that day
    (ContactPolicy.local_day) exactly when it lies between them, so the caps compare instants
    instead of converting each message's moment to the office's zone (tests/test_policy_days.py
    proves it for zones with and without daylight saving, at their changes). Midnight in a
    clock change's gap maps to the change itself and in its overlap to the earlier midnight
    (fold 0): each the first instant of the day."""
    zone = ZoneInfo(timezone)
    return (datetime.combine(day, time(0), zone).astimezone(UTC),
            datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC))


@lru_cache(maxsize=256)
def day_span_at(timezone: str, at: datetime) -> tuple[datetime, datetime]:
    """`day_span` of the office day `at` falls on: a plan asks it for one moment (or a few, the
    borrowers' own hours) for every loan."""
    return day_span(timezone, at.astimezone(ZoneInfo(timezone)).date())


def _windows(at: datetime, policy: ContactPolicy) -> tuple[datetime, datetime, datetime, datetime]:
    """What the caps count at `at`, as instants: the office day of `at` [from, until), and the
    moments after which a message is in the rolling week and in the same-text window. One
    reading for the rule and the tally alike."""
    day_from, day_until = day_span_at(policy.timezone, at)
    return day_from, day_until, at - timedelta(days=7), at - timedelta(hours=policy.same_text_hours)


def cap_reasons(today: int, in_week: int, same: bool, policy: ContactPolicy,
                weekly_max: int | None) -> tuple[str, ...]:
    """The reasons, in the order the operator reads them, from what was counted."""
    reasons: list[str] = []
    if today >= policy.daily_cap:
        reasons.append("daily_cap")
    if in_week >= policy.weekly_cap:
        reasons.append("weekly_cap")
    if same:
        reasons.append("same_text_24h")
    if weekly_max is not None and in_week >= weekly_max:
        reasons.append("borrower_weekly")
    return tuple(reasons)


def frequency_reasons(borrower_id: int, to: str, text: str, at: datetime, history: Iterable[Sent],
                      policy: ContactPolicy, weekly_max: int | None = None) -> tuple[str, ...]:
    """Caps at moment `at`: per office day, per rolling 7 days (per borrower), and the same text
    to the same number within `same_text_hours`; `weekly_max`: the borrower's own weekly limit
    (Preferences.weekly_max), over the same rolling 7 days. History after `at` does not count."""
    day_from, day_until, week, repeat = _windows(at, policy)
    today = in_week = 0
    same = False
    for s in history:
        if s.at > at:
            continue
        if s.borrower_id == borrower_id:
            if day_from <= s.at < day_until:  # on the office day of `at`
                today += 1
            if s.at > week:
                in_week += 1
        if s.to == to and s.text == text and s.at > repeat:
            same = True
    return cap_reasons(today, in_week, same, policy, weekly_max)


@dataclass(frozen=True, slots=True)
class CapTally:
    """A history counted once at moment `at`: each borrower's messages on the office day of `at`
    and in the week before it, and the (number, text) pairs of the same-text window."""

    at: datetime
    today: dict[int, int]
    week: dict[int, int]  # a borrower with none in the week has none on the day either
    recent: frozenset[tuple[str, str]]

    def touches(self, borrower_id: int, to: str, text: str) -> bool:
        """Whether this history can cap the message at all (else only caps of 0 do)."""
        return borrower_id in self.week or (to, text) in self.recent

    def reasons(self, borrower_id: int, to: str, text: str, policy: ContactPolicy,
                weekly_max: int | None = None) -> tuple[str, ...]:
        """`frequency_reasons(borrower_id, to, text, self.at, history, policy, weekly_max)`."""
        return cap_reasons(self.today.get(borrower_id, 0), self.week.get(borrower_id, 0),
                           (to, text) in self.recent, policy, weekly_max)


def cap_tally(history: Iterable[Sent], at: datetime, policy: ContactPolicy) -> CapTally:
    """Count `history` for messages at `at`, the way `frequency_reasons` counts it for one."""
    day_from, day_until, week_from, repeat = _windows(at, policy)
    today: dict[int, int] = {}
    week: dict[int, int] = {}
    recent: set[tuple[str, str]] = set()
    for borrower, to, text, moment in history:
        if moment > at:
            continue
        if moment > week_from:
            week[borrower] = week.get(borrower, 0) + 1
            if day_from <= moment < day_until:
                today[borrower] = today.get(borrower, 0) + 1
        if moment > repeat:
            recent.add((to, text))
    return CapTally(at, today, week, frozenset(recent))
