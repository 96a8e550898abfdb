"""The overdue engine and the contact policy: pure rules, boundary cases and a property test."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.domain.caps import frequency_reasons
from operator_app.domain.collection import Due, MinPayment, StageDays, assess, stage_of
from operator_app.domain.policy import (
    Calendar,
    Candidate,
    ContactPolicy,
    Sent,
    borrower_send,
    earliest_send,
    loan_reasons,
    plan,
    preference_wait,
    time_reasons,
)
from operator_app.domain.preferences import NO_PREFERENCES, Preferences

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 27)


def sh(y: int, m: int, d: int, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=SH).astimezone(UTC)


# ---- overdue engine

def test_dpd_counts_from_the_oldest_unpaid_installment() -> None:
    dues = [Due(date(2026, 9, 1), 1000, 1000, date(2026, 9, 1)), Due(date(2026, 10, 1), 1000, 400),
            Due(date(2026, 11, 1), 1000), Due(date(2026, 12, 1), 1000)]
    pos = assess(dues, TODAY)
    assert pos.days_past_due == (TODAY - date(2026, 10, 1)).days == 57
    assert pos.stage == "M2"
    assert pos.overdue_fen == 600 + 1000  # the partial payment's remainder and the whole next one
    assert pos.outstanding_fen == 2600
    assert pos.next_due == date(2026, 12, 1) and pos.next_due_fen == 1000
    assert pos.overdue_installments == 2
    assert not pos.repeat_offender


def test_sheet_outstanding_is_trusted_and_paid_off_loans_are_paid() -> None:
    pos = assess([Due(date(2026, 11, 1), 1000)], TODAY, sheet_outstanding_fen=700)
    assert pos.outstanding_fen == 700 and pos.overdue_fen == 700
    paid = assess([Due(date(2026, 11, 1), 1000, 1000, date(2026, 11, 1))], TODAY)
    assert paid.stage == "paid" and paid.days_past_due == 0 and paid.min_payment_fen == 0
    # Outstanding on the sheet though the installment reads paid: still owed, overdue.
    owed = assess([Due(date(2026, 11, 1), 1000, 1000, date(2026, 11, 1))], TODAY, sheet_outstanding_fen=50)
    assert owed.stage == "M1" and owed.overdue_fen == 50


@pytest.mark.parametrize(("days_to_due", "stage"), [
    (4, "not_due"), (3, "pre_due"), (2, "not_due"), (1, "pre_due"), (0, "due_today"), (-1, "grace"),
    (-3, "grace"), (-4, "M1"), (-30, "M1"), (-31, "M2"), (-60, "M2"), (-61, "M3"), (-90, "M3"), (-91, "M3+"),
])
def test_stage_boundaries(days_to_due: int, stage: str) -> None:
    assert stage_of(days_to_due, 100, StageDays()) == stage


def test_stage_days_are_configurable() -> None:
    days = StageDays(pre_due_days=(5,), grace_days=0, repeat_grace_days=0, m1_max=10, m2_max=20, m3_max=30)
    assert stage_of(5, 1, days) == "pre_due" and stage_of(3, 1, days) == "not_due"
    assert stage_of(-1, 1, days) == "M1" and stage_of(-11, 1, days) == "M2" and stage_of(-31, 1, days) == "M3+"
    with pytest.raises(ValueError):
        StageDays(grace_days=40)


def test_repeat_offender_gets_shorter_grace_and_the_firm_template() -> None:
    late = Due(date(2026, 10, 1), 1000, 1000, date(2026, 10, 9))  # paid 8 days late: an earlier episode
    dues = [late, Due(date(2026, 11, 25), 1000)]
    pos = assess(dues, TODAY)
    assert pos.repeat_offender and pos.earlier_episodes == 1
    assert pos.stage == "M1" and pos.template_key == "M1_firm"  # 2 DPD: past the 1-day repeat grace
    first_timer = assess([Due(date(2026, 10, 1), 1000, 1000, date(2026, 10, 1)), Due(date(2026, 11, 25), 1000)], TODAY)
    assert first_timer.stage == "grace" and first_timer.template_key == "grace"


def test_minimum_payment_rule() -> None:
    dues = [Due(date(2026, 10, 1), 123456), Due(date(2026, 11, 1), 100000)]
    assert assess(dues, TODAY).min_payment_fen == 223456
    share = assess(dues, TODAY, min_payment=MinPayment.parse("share:10"))
    assert share.min_payment_fen == 22400  # 10 % of 2,234.56 yuan, rounded up to the yuan
    with pytest.raises(ValueError):
        MinPayment.parse("share:0")


# ---- the clock

def test_send_window_edges() -> None:
    policy, cal = ContactPolicy(), Calendar()
    assert time_reasons(sh(2026, 11, 27, 20, 59, 59), policy, cal) == ()
    assert time_reasons(sh(2026, 11, 27, 21, 0, 0), policy, cal) == ("quiet_hours",)
    assert time_reasons(sh(2026, 11, 27, 8, 0, 0), policy, cal) == ()
    assert time_reasons(sh(2026, 11, 27, 7, 59, 59), policy, cal) == ("quiet_hours",)
    assert time_reasons(sh(2026, 11, 28, 0, 0, 0), policy, cal) == ("quiet_hours",)  # midnight


def test_office_in_another_time_zone() -> None:
    at = datetime(2026, 11, 27, 13, 30, tzinfo=UTC)  # 21:30 in Shanghai, 14:30 in Berlin
    assert time_reasons(at, ContactPolicy(), Calendar()) == ("quiet_hours",)
    assert time_reasons(at, ContactPolicy(timezone="Europe/Berlin"), Calendar()) == ()
    # The office day is the office's: 23:30 UTC is already the next day in Shanghai.
    late = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    assert ContactPolicy().local_day(late) == date(2026, 11, 28)
    assert ContactPolicy(timezone="Europe/Berlin").local_day(late) == date(2026, 11, 28)
    assert ContactPolicy(timezone="America/New_York").local_day(late) == date(2026, 11, 27)


def test_working_days_with_holidays_and_make_up_days() -> None:
    cal = Calendar(holidays=frozenset({date(2026, 10, 1)}), workdays=frozenset({date(2026, 10, 10)}))
    policy = ContactPolicy(working_days_only=True)
    assert not cal.is_working_day(date(2026, 10, 1))  # a Thursday, National Day
    assert cal.is_working_day(date(2026, 10, 10))  # a Saturday worked in exchange
    assert not cal.is_working_day(date(2026, 10, 11))
    assert time_reasons(sh(2026, 10, 1, 10), policy, cal) == ("working_days_only",)
    assert earliest_send(sh(2026, 10, 1, 10), date(2026, 10, 1), policy, cal) == "working_days_only"
    assert earliest_send(sh(2026, 10, 10, 6), date(2026, 10, 10), policy, cal) == sh(2026, 10, 10, 8)
    assert earliest_send(sh(2026, 10, 10, 21), date(2026, 10, 10), policy, cal) == "quiet_hours"


def test_caps() -> None:
    policy = ContactPolicy()
    at = sh(2026, 11, 27, 10)
    history = [Sent(1, "+8613800138000", "hello", sh(2026, 11, 26, 20, 59))]
    assert frequency_reasons(1, "+8613800138000", "other", at, history, policy) == ()
    assert frequency_reasons(1, "+8613800138000", "hello", at, history, policy) == ("same_text_24h",)
    today = [Sent(1, "+8613800138000", "x", sh(2026, 11, 27, 0, 0, 1))]
    assert frequency_reasons(1, "+8613800138000", "y", at, today, policy) == ("daily_cap",)
    week = [Sent(1, "+86138", "a", at - timedelta(days=d)) for d in (1, 3, 6)]
    assert frequency_reasons(1, "+86138", "b", at, week, policy) == ("weekly_cap",)
    week[-1] = Sent(1, "+86138", "a", at - timedelta(days=7))  # a week ago exactly: out of the window
    assert frequency_reasons(1, "+86138", "b", at, week, policy) == ()


def test_loan_reasons_in_order() -> None:
    c = Candidate(1, None, None, None, "paid", "t", opted_out=True, on_hold=True)
    assert loan_reasons(c) == ("opted_out", "on_hold", "paid", "missing_name", "invalid_phone")
    shared = Candidate(2, 5, "+86138", "张三", "M1", "t", shared_phone=True)
    assert loan_reasons(shared) == ("shared_phone",)


def test_three_loans_of_one_borrower_get_one_message() -> None:
    cands = [Candidate(i, 7, "+86138", "张三", "M1", f"text {i}", days_past_due=dpd) for i, dpd in
             ((1, 10), (2, 40), (3, 5))]
    result = plan(cands, [], now=sh(2026, 11, 27, 9), day=date(2026, 11, 27), policy=ContactPolicy(), calendar=Calendar())
    assert [p.candidate.loan_id for p in result.planned] == [2]
    assert sorted((c.loan_id, r) for c, r in result.excluded) == [(1, ("one_per_borrower",)), (3, ("one_per_borrower",))]


# ---- the property: nothing the policy forbids is ever planned

STAGES = ("not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+", "paid")
BASE = datetime(2026, 11, 20, tzinfo=UTC)


def preferences() -> st.SearchStrategy[Preferences]:
    """A borrower's own wishes: mostly none, else any mix (windows on the hour and half hour)."""
    window = st.one_of(st.none(), st.integers(0, 47).flatmap(
        lambda a: st.integers(a + 1, min(48, a + 24)).map(lambda b: (a * 30, b * 30))))
    some = st.builds(lambda wd, w, weekly, no_sms: Preferences(wd, *(w or (None, None)), weekly, no_sms),
                     st.booleans(), window, st.sampled_from([None, None, 1, 2]),
                     st.sampled_from([False, False, False, True]))
    return st.one_of(st.just(NO_PREFERENCES), some)


@st.composite
def scenarios(draw: st.DrawFn, with_prefs: bool = False) -> tuple[ContactPolicy, Calendar, datetime, date,
                                                                   list[Candidate], list[Sent]]:
    """`with_prefs`: each borrower carries random preferences of their own (the oracle in
    test_bulk_plan.py predates them and draws none)."""
    start = draw(st.sampled_from([0, 6, 8, 8, 12, 20]))
    end = draw(st.sampled_from([h for h in (9, 21, 21, 22, 24) if h > start]))
    policy = ContactPolicy(window_start=time(start), window_end=time(end) if end < 24 else time(23, 59, 59),
                           timezone=draw(st.sampled_from(["Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"])),
                           working_days_only=draw(st.booleans()), daily_cap=draw(st.sampled_from([0, 1, 1, 1, 2])),
                           weekly_cap=draw(st.sampled_from([0, 2, 3, 3, 4])), same_text_hours=draw(st.sampled_from([0, 24, 48])))
    holidays = frozenset(draw(st.lists(st.dates(date(2026, 11, 15), date(2026, 12, 5)), max_size=5)))
    workdays = frozenset(draw(st.lists(st.dates(date(2026, 11, 15), date(2026, 12, 5)), max_size=3)))
    now = BASE + timedelta(minutes=draw(st.integers(0, 60 * 24 * 10)))
    day = policy.local_day(now) + timedelta(days=draw(st.sampled_from([0, 0, 0, 1, 2, -1])))
    phones = [f"+86138000000{i:02d}" for i in range(5)]
    texts = ["甲", "乙", "丙"]
    rarely = st.sampled_from([False, False, False, False, True])
    wishes: dict[int | None, Preferences] = {None: NO_PREFERENCES}
    cands = []
    for i in range(draw(st.integers(0, 12))):
        borrower = draw(st.sampled_from([None, 1, 2, 3, 4, 5]))
        if borrower not in wishes:
            wishes[borrower] = draw(preferences()) if with_prefs else NO_PREFERENCES
        cands.append(Candidate(i, borrower, draw(st.sampled_from([None, *phones, *phones])),
                               draw(st.sampled_from([None, "张三", "李四", "王五"])), draw(st.sampled_from(STAGES)),
                               draw(st.sampled_from(texts)), days_past_due=draw(st.integers(0, 120)),
                               overdue_fen=draw(st.integers(0, 10**6)), opted_out=draw(rarely), on_hold=draw(rarely),
                               shared_phone=draw(rarely),
                               prefs=wishes[borrower]))
    history = [Sent(draw(st.integers(1, 3)), draw(st.sampled_from(phones)), draw(st.sampled_from(texts)),
                    now - timedelta(minutes=draw(st.integers(-600, 60 * 24 * 9))))
               for _ in range(draw(st.integers(0, 8)))]
    return policy, Calendar(holidays, workdays), now, day, cands, history


def inside_wishes(at: datetime, c: Candidate, policy: ContactPolicy, cal: Calendar, done: list[Sent]) -> bool:
    """The borrower's own wishes, written out again independently of the module."""
    p = c.prefs
    local = at.astimezone(ZoneInfo(policy.timezone))
    if p.no_sms:
        return False
    if p.weekdays_only and not ((local.date() in cal.workdays) or (local.date() not in cal.holidays
                                                                   and local.date().weekday() < 5)):
        return False
    minute = local.hour * 60 + local.minute + local.second / 60
    if p.window_start is not None and p.window_end is not None and not p.window_start <= minute < p.window_end:
        return False
    mine = [s for s in done if s.borrower_id == c.borrower_id and at - timedelta(days=7) < s.at <= at]
    return p.weekly_max is None or len(mine) < p.weekly_max


@settings(max_examples=400)
@given(scenarios(with_prefs=True))
def test_nothing_forbidden_is_ever_planned(case: tuple[ContactPolicy, Calendar, datetime, date,
                                                       list[Candidate], list[Sent]]) -> None:
    policy, cal, now, day, cands, history = case
    result = plan(cands, history, now=now, day=day, policy=policy, calendar=cal)
    assert len(result.planned) + len(result.excluded) == len(cands)
    zone = ZoneInfo(policy.timezone)
    done = list(history)
    borrowers: set[int] = set()
    for p in result.planned:
        c, at = p.candidate, p.at
        local = at.astimezone(zone)
        # Written out again here, independently of the module, rule by rule.
        assert not c.opted_out and not c.on_hold and not c.shared_phone
        assert c.name and c.to and c.borrower_id is not None
        assert c.stage not in ("paid", "not_due")
        assert at >= now and local.date() == day
        assert policy.window_start <= local.time().replace(tzinfo=None) < policy.window_end
        if policy.working_days_only:
            assert (day in cal.workdays) or (day not in cal.holidays and day.weekday() < 5)
        assert c.borrower_id not in borrowers
        borrowers.add(c.borrower_id)
        mine = [s for s in done if s.borrower_id == c.borrower_id and s.at <= at]
        assert sum(1 for s in mine if s.at.astimezone(zone).date() == day) < policy.daily_cap
        assert sum(1 for s in mine if s.at > at - timedelta(days=7)) < policy.weekly_cap
        assert not any(s.to == c.to and s.text == c.text and at - timedelta(hours=policy.same_text_hours) < s.at <= at
                       for s in done)
        assert inside_wishes(at, c, policy, cal, done)
        # What this plan put later in the day is counted too: no two of its messages to one
        # number break the same-text rule in either order.
        assert not any(s.to == c.to and s.text == c.text and abs(s.at - at) < timedelta(hours=policy.same_text_hours)
                       for s in done[len(history):])
        # At the moment it is planned for, the claim-time check lets it go too.
        assert preference_wait(at, day, policy, cal, c.prefs) is None
        done.append(Sent(c.borrower_id, c.to, c.text, at))
    for _c, reasons in result.excluded:
        assert reasons  # every exclusion says why
    PLANNED.append(len(result.planned))
    WISHED.append(sum(1 for p in result.planned if p.candidate.prefs.any))
    REFUSED.extend(r for _c, reasons in result.excluded for r in reasons if r.startswith("borrower_"))


PLANNED: list[int] = []
WISHED: list[int] = []
REFUSED: list[str] = []


@settings(max_examples=200)
@given(scenarios(with_prefs=True), st.integers(-60 * 6, 60 * 16))
def test_a_claimed_message_never_breaks_the_borrowers_wishes(case: tuple[ContactPolicy, Calendar, datetime, date,
                                                                          list[Candidate], list[Sent]],
                                                              minutes: int) -> None:
    """The claim-time check (messaging/outbox_recheck.py asks preference_wait, then the caps with
    the borrower's weekly limit) at any moment of the planned day: a message it lets go is
    inside every wish; one it holds back waits for a later moment inside them, or is withdrawn."""
    policy, cal, _now, day, cands, history = case
    start = policy.window(day)[0]
    at = start + timedelta(minutes=minutes)
    for c in cands:
        if c.borrower_id is None or c.to is None or c.prefs.no_sms:
            continue  # no_sms is a refusal before the clock (policy.contact_reasons)
        # The first moment of the day the borrower's wishes allow (wherever the random minute
        # fell): the claim lets it go then.
        first = borrower_send(start, day, policy, cal, c.prefs)
        if not isinstance(first, str):
            assert preference_wait(first, day, policy, cal, c.prefs) is None
            assert inside_wishes(first, c, policy, cal, [])
            FIRST.append(c.prefs.any)
        if time_reasons(at, policy, cal) or policy.local_day(at) != day:
            continue  # the office's clock first
        waits = preference_wait(at, day, policy, cal, c.prefs)
        capped = frequency_reasons(c.borrower_id, c.to, c.text, at, history, policy, c.prefs.weekly_max)
        if waits is None and not capped:
            assert inside_wishes(at, c, policy, cal, history)
            CLAIMED.append(c.prefs.any)
        elif isinstance(waits, tuple):
            until, reason = waits
            assert until > at and reason in ("borrower_window", "quiet_hours")
            assert preference_wait(until, day, policy, cal, c.prefs) is None
            assert inside_wishes(until, c, policy, cal, [])  # the wait ends inside them (caps asked again then)
            CLAIMED.append(c.prefs.any)
        elif isinstance(waits, str):
            assert waits in ("borrower_window", "borrower_weekdays_only")
        if c.prefs.weekly_max is not None and "borrower_weekly" not in capped and waits is None:
            assert inside_wishes(at, c, policy, cal, history)


CLAIMED: list[bool] = []  # asked at the random moment (let go, or told to wait), with wishes or not
FIRST: list[bool] = []  # asked at the first moment the wishes allow


def test_the_property_saw_plans() -> None:
    """Guards the property against a generator that never plans anything."""
    PLANNED.clear()
    WISHED.clear()
    REFUSED.clear()
    CLAIMED.clear()
    FIRST.clear()
    test_nothing_forbidden_is_ever_planned()
    test_a_claimed_message_never_breaks_the_borrowers_wishes()
    assert sum(1 for n in PLANNED if n) > 15
    assert sum(1 for n in PLANNED if n > 1) > 3
    assert sum(1 for n in WISHED if n) > 15  # borrowers with wishes of their own were planned
    assert set(REFUSED) == {"borrower_no_sms", "borrower_weekdays_only", "borrower_weekly", "borrower_window"}
    assert sum(1 for wished in CLAIMED if wished) > 40  # at the random moment, with wishes
    assert sum(1 for wished in FIRST if wished) > 60
