"""The contact policy asked again at the moment a message is claimed (messaging/outbox.py): the
loan paid since approval, a number no longer the borrower's, an opt-out, a hold, the borrower's
own wishes (no SMS, weekdays only, their hours, their weekly limit), and the caps over what went
to this borrower or this number lately. The rules are domain/policy.py's; this reads what they
need in a couple of index lookups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from operator_app.domain.caps import frequency_reasons
from operator_app.domain.pacing import next_office_midnight, next_window
from operator_app.domain.policy import (
    Calendar,
    ContactPolicy,
    Sent,
    cap_window_start,
    contact_reasons,
    held_on,
    preference_wait,
)
from operator_app.domain.preferences import of_columns
from operator_app.messaging import outbox_sql as sql
from operator_app.messaging.moments import as_day, as_utc
from operator_app.store.rawsql import Conn


def recheck(conn: Conn, row: Any, now: datetime, day: date, policy: ContactPolicy,
            calendar: Calendar) -> str | tuple[datetime, str] | None:
    """The policy at the moment of sending a message of office day `day`: a reason to cancel,
    (until, reason) to wait, or None."""
    if row.paid:
        return "paid_since_approval"
    if row.phone_now != row.to:  # an import changed the number (it withdraws those at once too)
        return "contact_changed"
    prefs = of_columns(row.contact_weekdays_only, row.contact_window_start, row.contact_window_end,
                       row.contact_weekly_max, row.contact_no_sms)
    refused = contact_reasons(row.opted_out_at is not None, held_on(as_day(row.hold_until), policy.local_day(now)),
                              prefs.no_sms)
    if refused:
        return refused[0]
    waits = preference_wait(now, day, policy, calendar, prefs)
    if waits is not None:
        return waits
    history = _history(conn, row, now, policy)
    capped = frequency_reasons(row.borrower_id, row.to, row.body, now, history, policy, prefs.weekly_max)
    if not capped:
        return None
    return _cap_until(capped, row, history, now, policy, calendar), capped[0]


def _history(conn: Conn, row: Any, now: datetime, policy: ContactPolicy) -> list[Sent]:
    """What went to this borrower or this number lately (two index lookups, not a scan)."""
    since = cap_window_start(now, policy)
    seen: dict[int, Sent] = {}
    for r in conn.execute(sql.HISTORY, {"b_borrower": row.borrower_id, "b_to": row.to, "b_id": row.id, "b_since": since}):
        seen[r.id] = Sent(r.borrower_id, r.to, r.body, as_utc(r.at) or now)
    return list(seen.values())


def _cap_until(capped: tuple[str, ...], row: Any, history: list[Sent], now: datetime, policy: ContactPolicy,
               calendar: Calendar) -> datetime:
    """When the caps that refuse `row` now will let it go (the policy is asked again then)."""
    candidates = [now + timedelta(minutes=1)]
    mine = sorted(s.at for s in history if s.borrower_id == row.borrower_id)
    if "daily_cap" in capped:
        midnight = next_office_midnight(now.astimezone(policy.zone))
        candidates.append(next_window(midnight.astimezone(UTC), policy, calendar))
    if ("weekly_cap" in capped or "borrower_weekly" in capped) and mine:
        week = [a for a in mine if a > now - timedelta(days=7)]
        if week:
            candidates.append(week[0] + timedelta(days=7))
    if "same_text_24h" in capped:
        same = [s.at for s in history if s.to == row.to and s.text == row.body]
        if same:
            candidates.append(max(same) + timedelta(hours=policy.same_text_hours))
    return max(candidates)
