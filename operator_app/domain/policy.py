"""The contact policy: who may get a collection SMS, and when. Pure: "now" is always an argument,
the holiday calendar is data handed in (resources/holidays/, loaded by messaging/).

Every refusal is a reason code the operator sees. Reasons about the loan and the borrower
(opted_out, on_hold, borrower_no_sms, paid, not_due, missing_name, invalid_phone, shared_phone)
come from the loan book; reasons about the clock (quiet_hours, working_days_only) from the
office's time zone and calendar, and the borrower's own (borrower_weekdays_only, borrower_window:
domain/preferences.py) from the same clock; reasons about frequency (daily_cap, weekly_cap,
same_text_24h, borrower_weekly) from what was already sent or planned. `plan` applies all of
them to a day's candidates; the dispatcher asks `time_reasons`, `contact_reasons`,
`preference_wait` and `frequency_reasons` again at the moment of sending, and `expired`: a text
frozen for one office day ("逾期N天", the amount owed that day) is true on that day only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from operator import is_

from operator_app.domain.caps import CapTally, cap_tally, frequency_reasons
from operator_app.domain.contact_policy import ContactPolicy, Sent
from operator_app.domain.preferences import NO_PREFERENCES, Preferences

LOAN_REASONS = ("opted_out", "on_hold", "borrower_no_sms", "paid", "not_due", "missing_name", "invalid_phone",
                "shared_phone")
TIME_REASONS = ("quiet_hours", "working_days_only")
# The borrower's own time wishes (domain/preferences.py): planned inside them, waited for at claim.
PREFERENCE_REASONS = ("borrower_weekdays_only", "borrower_window")
EXPIRED = "expired"  # a message that did not go on its office day (see `expired`)
FREQUENCY_REASONS = ("daily_cap", "weekly_cap", "same_text_24h", "borrower_weekly")
# A borrower with several loans due gets one message a day, about the most overdue loan.
BATCH_REASONS = ("one_per_borrower",)
# One loan's own text: over MAX_MESSAGE_PARTS parts, or its template could not be filled in for
# this loan's values (over its render budget). The rest of the batch is planned as usual.
TEXT_REASONS = ("too_many_parts", "template_failed")
ALL_REASONS = LOAN_REASONS + TIME_REASONS + PREFERENCE_REASONS + FREQUENCY_REASONS + BATCH_REASONS + TEXT_REASONS
# The longest text a message may be, in SMS parts: a template is refused over it at saving, a
# loan's text at planning (TEXT_REASONS); the modem driver refuses more on the wire too.
MAX_MESSAGE_PARTS = 10


@dataclass(frozen=True, slots=True)
class Calendar:
    """Public holidays and make-up working days (调休: a weekend day that is worked)."""

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


@dataclass(frozen=True, slots=True)
class Candidate:
    """One loan that might get a message today, with the facts the policy looks at."""

    loan_id: int
    borrower_id: int | None
    to: str | None  # E.164, None when the number is unusable
    name: str | None
    stage: str
    text: str  # the text it would get
    days_past_due: int = 0
    overdue_fen: int = 0
    opted_out: bool = False
    on_hold: bool = False
    shared_phone: bool = False
    text_reasons: tuple[str, ...] = ()  # TEXT_REASONS that rule its text out
    prefs: Preferences = NO_PREFERENCES  # the borrower's own wishes


@dataclass(frozen=True, slots=True)
class Planned:
    candidate: Candidate
    at: datetime  # UTC: the earliest moment it may go


@dataclass
class Plan:
    planned: list[Planned] = field(default_factory=list)
    excluded: list[tuple[Candidate, tuple[str, ...]]] = field(default_factory=list)


def text_reasons_of(segments: int) -> tuple[str, ...]:
    """Why a loan's rendered text cannot go (empty: it may)."""
    return ("too_many_parts",) if segments > MAX_MESSAGE_PARTS else ()


def held_on(hold_until: date | None, day: date) -> bool:
    """Whether a borrower is on hold on office day `day`: a hold runs through its last day."""
    return hold_until is not None and hold_until >= day


def cap_window_start(now: datetime, policy: ContactPolicy) -> datetime:
    """How far back the caps' history is read at `now` (planning and the claim alike): the
    rolling week the weekly caps count, a day more for a plan of a later office day, and the
    same-text window when it is longer than a day."""
    return now - timedelta(days=8, hours=max(0, policy.same_text_hours - 24))


def contact_reasons(opted_out: bool, on_hold: bool, no_sms: bool) -> tuple[str, ...]:
    """Why the person may not get an SMS at all, whatever the loan (asked again at claim)."""
    if not (opted_out or on_hold or no_sms):
        return ()
    return tuple(code for code, on in (("opted_out", opted_out), ("on_hold", on_hold),
                                       ("borrower_no_sms", no_sms)) if on)


def loan_reasons(c: Candidate) -> tuple[str, ...]:
    return loan_reasons_of(c.opted_out, c.on_hold, c.stage, c.name, c.to, c.shared_phone, no_sms=c.prefs.no_sms)


def loan_reasons_of(opted_out: bool, on_hold: bool, stage: str, name: str | None, to: str | None,
                    shared_phone: bool, *, no_sms: bool = False) -> tuple[str, ...]:
    """Why the loan book alone rules a loan out, in LOAN_REASONS order (empty: it may get one)."""
    if not (opted_out or on_hold or shared_phone or no_sms) and name and to and stage != "paid" \
            and stage != "not_due":
        return ()  # most of a book: no list built
    reasons = list(contact_reasons(opted_out, on_hold, no_sms))
    if stage == "paid":
        reasons.append("paid")
    elif stage == "not_due":
        reasons.append("not_due")
    if not name:
        reasons.append("missing_name")
    if not to:
        reasons.append("invalid_phone")
    elif shared_phone:
        reasons.append("shared_phone")
    return tuple(reasons)


def time_reasons(now: datetime, policy: ContactPolicy, calendar: Calendar) -> tuple[str, ...]:
    """Why nothing may be sent at `now` (empty: inside the window). 20:59:59 is inside, 21:00:00 is not."""
    local = now.astimezone(policy.zone)
    reasons: list[str] = []
    if not policy.window_start <= local.time().replace(tzinfo=None) < policy.window_end:
        reasons.append("quiet_hours")
    if policy.working_days_only and not calendar.is_working_day(local.date()):
        reasons.append("working_days_only")
    return tuple(reasons)


def earliest_send(now: datetime, day: date, policy: ContactPolicy, calendar: Calendar) -> datetime | str:
    """When a message for office day `day` may first go, or the reason it cannot go that day."""
    if policy.working_days_only and not calendar.is_working_day(day):
        return "working_days_only"
    start, end = policy.window(day)
    at = max(now.astimezone(UTC), start)
    if at >= end:
        return "quiet_hours"
    return at


def borrower_send(now: datetime, day: date, policy: ContactPolicy, calendar: Calendar,
                  prefs: Preferences) -> datetime | str:
    """`earliest_send` for one borrower: inside their own window too (the intersection with the
    office's), on a working day when they asked for weekdays only; else the reason it cannot go."""
    when = earliest_send(now, day, policy, calendar)
    if isinstance(when, str) or not prefs.timed:
        return when
    if prefs.weekdays_only and not calendar.is_working_day(day):
        return "borrower_weekdays_only"
    window = prefs.window
    if window is not None:
        zone = policy.zone
        midnight = datetime.combine(day, time(0), zone)
        start = (midnight + timedelta(minutes=window[0])).astimezone(UTC)
        end = datetime.combine(day + timedelta(days=1), time(0), zone) if window[1] == 24 * 60 else \
            midnight + timedelta(minutes=window[1])
        when = max(when, start)
        if when >= min(end.astimezone(UTC), policy.window(day)[1]):
            return "borrower_window"
    return when


def preference_wait(now: datetime, day: date, policy: ContactPolicy, calendar: Calendar,
                    prefs: Preferences) -> str | tuple[datetime, str] | None:
    """The borrower's time wishes at the moment of sending a message of office day `day`: None
    (it may go now), (until, reason) to wait for their window later that day, or the reason it
    can no longer go that day (the message is withdrawn, as the office's quiet hours expire it)."""
    if not prefs.timed:
        return None
    when = borrower_send(now, day, policy, calendar, prefs)
    if isinstance(when, str):
        return when
    if when <= now:
        return None
    office = earliest_send(now, day, policy, calendar)
    return when, ("borrower_window" if isinstance(office, str) or when > office else "quiet_hours")


def day_ends(day: date, policy: ContactPolicy) -> datetime:
    """When the messages planned for office day `day` expire (UTC): the end of that day's send
    window. A text frozen at approval says "逾期N天" and the amount owed that day; sent the next
    morning it would be false, so it is cancelled (`expired`) and the next day's batch plans the
    loan again with that day's figures."""
    return policy.window(day)[1]


def expired(day: date, at: datetime, policy: ContactPolicy) -> bool:
    """Whether a message of office day `day` may no longer go at `at` (also asked of the moment
    a wait would end: a message that cannot go before its day ends is expired already)."""
    return at >= day_ends(day, policy)


def first_live_day(now: datetime, policy: ContactPolicy) -> date:
    """The first office day whose messages have not expired at `now`: a message planned or
    queued for an earlier day will never go, so the caps do not count it."""
    today = policy.local_day(now)
    return today + timedelta(days=1) if expired(today, now, policy) else today


# One candidate as the bulk planner hands it to `plan_rows`: (loan_id, borrower_id, to, text,
# days_past_due, overdue_fen, loan reasons as `loan_reasons_of` gave them, then TEXT_REASONS,
# the borrower's preferences).
CandidateRow = tuple[int, "int | None", "str | None", str, int, int, tuple[str, ...], Preferences]


@dataclass
class RowPlan:
    """`plan_rows`' answer: indexes into its rows, each list in the order the plan took them."""

    planned: list[int] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)  # when each planned message may first go
    at: datetime | None = None  # when a message without the borrower's own window may first go
    excluded: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)


def plan(candidates: Sequence[Candidate], history: Sequence[Sent], *, now: datetime, day: date,
         policy: ContactPolicy, calendar: Calendar) -> Plan:
    """Which candidates get a message on office day `day`, planned no earlier than `now`
    (`plan_rows` decides; this is its face for Candidate objects)."""
    rows = [(c.loan_id, c.borrower_id, c.to, c.text, c.days_past_due, c.overdue_fen, loan_reasons(c) + c.text_reasons,
             c.prefs) for c in candidates]
    decided = plan_rows(rows, history, now=now, day=day, policy=policy, calendar=calendar)
    result = Plan()
    result.planned = [Planned(candidates[i], at) for i, at in zip(decided.planned, decided.times, strict=True)]
    result.excluded = [(candidates[i], reasons) for i, reasons in decided.excluded]
    return result


_ID_BITS, _AMOUNT_BITS = 40, 60  # a loan id below 2**40, an overdue amount below 2**59 fen


def plan_order(rows: Sequence[CandidateRow]) -> list[int]:
    """The rows' indexes in the order a plan takes them: most days past due first, then the
    largest overdue amount, then the loan id. Sorted on one integer per row built from the three
    (Python compares two ints faster than two tuples), when every figure fits its bits; on the
    tuples themselves otherwise (tests/test_policy_order.py proves both orders the same)."""
    limit = 1 << (_AMOUNT_BITS - 1)
    if all(0 <= r[0] < 1 << _ID_BITS and -limit < r[5] < limit for r in rows):
        shift = _ID_BITS + _AMOUNT_BITS
        packed = [(-r[4] << shift) + ((limit - 1 - r[5]) << _ID_BITS) + r[0] for r in rows]
        return sorted(range(len(rows)), key=packed.__getitem__)
    keys = [(-r[4], -r[5], r[0]) for r in rows]
    return sorted(range(len(rows)), key=keys.__getitem__)


def plan_rows(rows: Sequence[CandidateRow], history: Sequence[Sent], *, now: datetime, day: date,
              policy: ContactPolicy, calendar: Calendar) -> RowPlan:
    """The plan of office day `day`, no message earlier than `now`.

    Candidates are taken most overdue first (then the largest overdue amount, then the loan id).
    A borrower gets at most one message per plan, about the first of their loans taken; their
    other eligible loans are excluded as `one_per_borrower`. What is planned joins the history
    the caps count, so a plan never breaks its own caps.
    """
    result = RowPlan()
    when = earliest_send(now, day, policy, calendar)
    if not isinstance(when, str):
        result.at = when
    uncapped = not (policy.daily_cap and policy.weekly_cap)
    tally: CapTally | None = None  # the history counted at `when`, at first need
    lists: _HistoryLists | None = None  # each borrower's and number's, for a message at its own moment
    taken: set[int] = set()
    planned_to: dict[str, list[int]] = {}  # number -> rows planned to it
    planned, times, excluded = result.planned, result.times, result.excluded
    at_of: dict[int, datetime] = {}  # row -> when it was planned
    for i in plan_order(rows):
        _, borrower_id, to, text, _, _, reasons, prefs = rows[i]
        if isinstance(when, str):
            excluded.append((i, (*reasons, when)))
            continue
        if reasons or borrower_id is None or to is None:
            excluded.append((i, reasons or ("missing_name",)))
            continue
        if borrower_id in taken:
            excluded.append((i, ("one_per_borrower",)))
            continue
        at = when
        if prefs.timed:
            mine_at = borrower_send(now, day, policy, calendar, prefs)
            if isinstance(mine_at, str):
                excluded.append((i, (mine_at,)))
                continue
            at = mine_at
        fresh = planned_to.get(to)
        if not (prefs.timed or fresh):
            # The usual: at the plan's own moment, to a number this plan has not written to (a
            # borrower already taken is never weighed again, so only a number can be shared).
            if tally is None:
                tally = cap_tally(history, when, policy)
            capped = tally.reasons(borrower_id, to, text, policy, prefs.weekly_max) \
                if uncapped or tally.touches(borrower_id, to, text) else ()
        else:
            if lists is None:
                lists = _HistoryLists(history)
            capped = lists.capped(borrower_id, to, text, at, [(rows[j][1] or 0, rows[j][3], at_of[j]) for j in fresh or ()],
                                  policy, prefs.weekly_max, uncapped=uncapped)
        if capped:
            excluded.append((i, capped))
            continue
        taken.add(borrower_id)
        # What this plan sends joins the history; only its number can matter again (a borrower
        # already taken is never weighed a second time).
        planned_to.setdefault(to, []).append(i)
        planned.append(i)
        times.append(at)
        at_of[i] = at
    return result


class _HistoryLists:
    """A history by borrower and by number: what a message at a moment of its own (a borrower's
    own hours) or to a number this plan already used is weighed against."""

    def __init__(self, history: Iterable[Sent]) -> None:
        self.by_borrower: dict[int, list[Sent]] = {}
        self.by_number: dict[str, list[Sent]] = {}
        for s in history:
            self.by_borrower.setdefault(s.borrower_id, []).append(s)
            self.by_number.setdefault(s.to, []).append(s)

    def capped(self, borrower_id: int, to: str, text: str, at: datetime, fresh: list[tuple[int, str, datetime]],
               policy: ContactPolicy, weekly_max: int | None, *, uncapped: bool) -> tuple[str, ...]:
        """`frequency_reasons` over this borrower's and this number's history, and `fresh`: the
        (borrower, text, moment) of what this plan already gives this number."""
        mine, same_number = self.by_borrower.get(borrower_id), self.by_number.get(to)
        if not (mine or same_number or fresh or uncapped):
            return ()  # what frequency_reasons says of an empty history with caps of 1 or more
        if not same_number or same_number is mine:
            relevant = list(mine or ())
        elif not mine:
            relevant = list(same_number)
        elif len(mine) == len(same_number) and all(map(is_, mine, same_number)):
            relevant = list(mine)  # the usual: this borrower's messages are all this number's
        else:
            relevant = list({id(s): s for s in (*mine, *same_number)}.values())
        # A message this plan put later in the day counts as going now: the caps look back only,
        # and it would look back at this one.
        relevant += [Sent(other, to, other_text, min(other_at, at)) for other, other_text, other_at in fresh]
        return frequency_reasons(borrower_id, to, text, at, relevant, policy, weekly_max)
