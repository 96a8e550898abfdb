"""`caps.CapTally` (a history counted once, for a whole plan at one moment) answers every
borrower, number and text as `caps.frequency_reasons` (the rule, which walks the history for one
message) does: over random histories of a few borrowers and numbers, moments around the office
day's edges and the week's, clock changes, caps of 0 and the same-text window of 0 hours; and
`plan_rows`, which asks the tally for most candidates, plans as the rule would, a borrower's own
hours and a number shared within the plan included."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.domain.caps import cap_tally, frequency_reasons
from operator_app.domain.policy import Calendar, ContactPolicy, Sent, earliest_send, plan_rows
from operator_app.domain.preferences import NO_PREFERENCES, Preferences

NUMBERS = ["+8613800000001", "+8613800000002", "+8613800000003"]
TEXTS = ["甲", "乙", ""]
ZONES = ["Asia/Shanghai", "Europe/Berlin", "America/Santiago", "UTC"]
# Around a plan's moment: the office day's edges, the week's and the same-text window's.
BASES = [datetime(2026, 11, 27, 2, 0, tzinfo=UTC), datetime(2026, 11, 27, 15, 59, tzinfo=UTC),
         datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 4, 5, 3, 0, tzinfo=UTC)]
OFFSETS = [0, -1, 1, -60, -24 * 60, -24 * 60 - 1, -24 * 60 + 1, -7 * 24 * 60, -7 * 24 * 60 + 1, -7 * 24 * 60 - 1,
           -3 * 24 * 60, 90, -16 * 60, -8 * 60, -72 * 60, -72 * 60 + 1]

policies = st.builds(lambda zone, daily, weekly, hours: ContactPolicy(timezone=zone, daily_cap=daily, weekly_cap=weekly,
                                                                      same_text_hours=hours),
                     st.sampled_from(ZONES), st.integers(0, 3), st.integers(0, 4), st.sampled_from([0, 1, 24, 72]))
minutes = st.one_of(st.sampled_from(OFFSETS), st.integers(-9 * 24 * 60, 3 * 60))


@st.composite
def histories(draw: st.DrawFn, at: datetime) -> list[Sent]:
    return [Sent(draw(st.integers(1, 4)), draw(st.sampled_from(NUMBERS)), draw(st.sampled_from(TEXTS)),
                 at + timedelta(minutes=draw(minutes))) for _ in range(draw(st.integers(0, 12)))]


@st.composite
def cases(draw: st.DrawFn) -> tuple[ContactPolicy, datetime, list[Sent]]:
    at = draw(st.sampled_from(BASES)) + timedelta(minutes=draw(st.integers(-24 * 60, 24 * 60)))
    return draw(policies), at, draw(histories(at))


@settings(max_examples=400)
@given(cases(), st.integers(1, 5), st.sampled_from(NUMBERS), st.sampled_from(TEXTS), st.sampled_from([None, 1, 2, 3]))
def test_the_tally_answers_as_the_rule(case: tuple[ContactPolicy, datetime, list[Sent]], borrower: int, to: str,
                                       text: str, weekly_max: int | None) -> None:
    policy, at, history = case
    tally = cap_tally(history, at, policy)
    want = frequency_reasons(borrower, to, text, at, history, policy, weekly_max)
    assert tally.reasons(borrower, to, text, policy, weekly_max) == want
    if not tally.touches(borrower, to, text):  # an untouched message is capped only by a cap of 0
        assert want == frequency_reasons(borrower, to, text, at, [], policy, weekly_max)


def test_the_tally_counts_the_day_the_week_and_the_text_apart() -> None:
    policy = ContactPolicy(daily_cap=1, weekly_cap=2, same_text_hours=24)
    at = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    history = [Sent(1, NUMBERS[0], "甲", at - timedelta(hours=1)),  # today, within the text's hours
               Sent(2, NUMBERS[1], "乙", at - timedelta(hours=20)),  # yesterday in Shanghai, within 24 h
               Sent(2, NUMBERS[1], "乙", at - timedelta(days=6)),
               Sent(3, NUMBERS[2], "甲", at + timedelta(minutes=1))]  # after the moment: not counted
    tally = cap_tally(history, at, policy)
    assert tally.reasons(1, NUMBERS[0], "乙", policy) == ("daily_cap",)
    assert tally.reasons(2, NUMBERS[1], "乙", policy) == ("weekly_cap", "same_text_24h")
    assert tally.reasons(2, NUMBERS[1], "甲", policy, weekly_max=2) == ("weekly_cap", "borrower_weekly")
    assert tally.reasons(3, NUMBERS[2], "甲", policy) == ()
    assert not tally.touches(3, NUMBERS[2], "甲")


# ---- plan_rows: the tally for most candidates, the history's lists for the others


def _one_by_one(rows: list[tuple], history: list[Sent], when: datetime, policy: ContactPolicy) -> list[int]:
    """Which rows a plan at `when` takes, asking frequency_reasons of each against the whole
    history and what was taken before it (no borrower's own hours in these rows)."""
    taken: set[int] = set()
    seen = list(history)
    out = []
    for i in sorted(range(len(rows)), key=lambda i: (-rows[i][4], -rows[i][5], rows[i][0])):
        _, borrower, to, text, _, _, _, prefs = rows[i]
        if borrower in taken or frequency_reasons(borrower, to, text, when, seen, policy, prefs.weekly_max):
            continue
        taken.add(borrower)
        seen.append(Sent(borrower, to, text, when))
        out.append(i)
    return out


@settings(max_examples=300)
@given(cases(), st.lists(st.tuples(st.integers(1, 5), st.sampled_from(NUMBERS), st.sampled_from(TEXTS[:2]),
                                   st.integers(0, 3), st.sampled_from([None, 1, 2])), max_size=10))
def test_a_plan_takes_what_the_rule_allows_one_by_one(case: tuple[ContactPolicy, datetime, list[Sent]],
                                                      picks: list[tuple[int, str, str, int, int | None]]) -> None:
    policy, at, history = case
    policy = ContactPolicy(timezone=policy.timezone, daily_cap=policy.daily_cap, weekly_cap=policy.weekly_cap,
                           same_text_hours=policy.same_text_hours, window_start=time(0, 0), window_end=time(23, 59))
    rows = [(k + 1, borrower, to, text, dpd, 100, (), Preferences(weekly_max=weekly) if weekly else NO_PREFERENCES)
            for k, (borrower, to, text, dpd, weekly) in enumerate(picks)]
    day = policy.local_day(at)
    when = earliest_send(at, day, policy, Calendar())
    if isinstance(when, str):
        return  # the window is over (a minute before midnight): nothing is weighed against the caps
    decided = plan_rows(rows, history, now=at, day=day, policy=policy, calendar=Calendar())
    assert decided.at == when
    assert decided.planned == _one_by_one(rows, history, when, policy)


def test_a_borrowers_own_hours_are_weighed_at_their_own_moment() -> None:
    """A borrower asking for the evening is weighed at 18:00: this morning's message to them is on
    the same day either way, and the same text sent 20 hours before 10:00 is 28 hours before 18:00."""
    policy = ContactPolicy(daily_cap=2, weekly_cap=9, same_text_hours=24)
    now = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    evening = Preferences(window_start=18 * 60, window_end=20 * 60)
    history = [Sent(1, NUMBERS[0], "甲", now - timedelta(hours=20)), Sent(2, NUMBERS[1], "甲", now - timedelta(hours=20))]
    rows = [(1, 1, NUMBERS[0], "甲", 5, 100, (), evening), (2, 2, NUMBERS[1], "甲", 5, 100, (), NO_PREFERENCES)]
    decided = plan_rows(rows, history, now=now, day=date(2026, 11, 27), policy=policy, calendar=Calendar())
    assert decided.planned == [0]
    assert decided.times == [datetime(2026, 11, 27, 10, 0, tzinfo=UTC)]
    assert decided.excluded == [(1, ("same_text_24h",))]
