"""`caps.day_span`: an instant is on office day D (ContactPolicy.local_day) exactly when it lies
in D's span, the rule the daily cap counts by, in zones with and without daylight saving, at
their clock changes (midnight in a gap: Santiago, Havana and Beirut moved their clocks at
midnight) and on a day a zone skipped (Apia, 30 December 2011)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from operator_app.domain.caps import day_span, day_span_at, frequency_reasons
from operator_app.domain.policy import ContactPolicy, Sent

ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Europe/London", "America/New_York", "America/Santiago",
         "America/Havana", "Asia/Beirut", "Pacific/Apia", "Australia/Lord_Howe", "UTC"]
# Instants near the clock changes of those zones, and anywhere in 2011-2027.
CHANGES = [datetime(2011, 12, 29, 9, 59, tzinfo=UTC), datetime(2011, 12, 30, 10, 0, tzinfo=UTC),
           datetime(2024, 3, 10, 7, 0, tzinfo=UTC), datetime(2024, 11, 3, 6, 0, tzinfo=UTC),
           datetime(2024, 9, 8, 4, 0, tzinfo=UTC), datetime(2024, 4, 7, 3, 0, tzinfo=UTC),
           datetime(2024, 3, 10, 5, 0, tzinfo=UTC), datetime(2024, 3, 30, 22, 0, tzinfo=UTC),
           datetime(2024, 10, 26, 21, 0, tzinfo=UTC), datetime(2024, 3, 31, 1, 0, tzinfo=UTC)]
near = st.builds(lambda base, minutes: base + timedelta(minutes=minutes), st.sampled_from(CHANGES),
                 st.integers(-36 * 60, 36 * 60))
anywhere = st.datetimes(min_value=datetime(2011, 1, 1), max_value=datetime(2027, 12, 31)).map(
    lambda d: d.replace(tzinfo=UTC))
instants = st.one_of(near, anywhere)


@given(st.sampled_from(ZONES), instants, st.integers(-2, 2))
def test_an_instant_is_in_a_days_span_exactly_when_it_falls_on_that_day(zone: str, at: datetime, shift: int) -> None:
    policy = ContactPolicy(timezone=zone)
    day = policy.local_day(at) + timedelta(days=shift)
    start, end = day_span(zone, day)
    assert (start <= at < end) == (policy.local_day(at) == day)
    assert day_span_at(zone, at) == day_span(zone, policy.local_day(at))


def test_a_skipped_day_has_an_empty_span_and_its_neighbours_meet() -> None:
    start, end = day_span("Pacific/Apia", date(2011, 12, 30))
    assert start == end
    assert day_span("Pacific/Apia", date(2011, 12, 29))[1] == start == day_span("Pacific/Apia", date(2011, 12, 31))[0]


@given(st.sampled_from(ZONES), instants, st.lists(st.integers(-3 * 24 * 60, 0), max_size=8))
def test_the_daily_cap_counts_what_local_day_puts_on_that_day(zone: str, at: datetime, ago: list[int]) -> None:
    policy = ContactPolicy(timezone=zone, daily_cap=1, weekly_cap=50)
    history = [Sent(1, "+8613800138000", f"t{i}", at + timedelta(minutes=m)) for i, m in enumerate(ago)]
    same_day = any(policy.local_day(s.at) == policy.local_day(at) for s in history)
    assert ("daily_cap" in frequency_reasons(1, "+8613800138000", "new", at, history, policy)) == same_day
