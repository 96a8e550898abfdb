"""`moments.as_utc` reads SQLite's offset-less text on a fast path (parsed with "+00:00"
appended); these hold it to the plain reading (parse, then UTC for a naive moment) over every
spelling a moment may come in: separators, precisions, offsets, a bare date, datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from operator_app.messaging.moments import as_utc


def _plain(value: object) -> datetime:
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)


offsets = st.one_of(st.none(), st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))))
moments = st.builds(lambda d, tz: d.replace(tzinfo=tz), st.datetimes(min_value=datetime(1971, 1, 1),
                                                                     max_value=datetime(2099, 12, 31)), offsets)
spellings = st.sampled_from(["auto", "seconds", "milliseconds", "microseconds", "minutes", "hours", "date"])


@given(moments, st.sampled_from([" ", "T"]), spellings)
def test_text_in_any_spelling_reads_as_the_plain_reading_does(at: datetime, sep: str, spelling: str) -> None:
    text = at.date().isoformat() if spelling == "date" else at.isoformat(sep, spelling)
    got, want = as_utc(text), _plain(text)
    assert got == want and got is not None and got.tzinfo is UTC


@given(moments)
def test_datetimes_read_as_the_plain_reading_does(at: datetime) -> None:
    got = as_utc(at)
    assert got == _plain(at) and got is not None and got.tzinfo is UTC
    assert as_utc(None) is None


def test_a_day_reads_from_a_date_or_the_text_sqlite_gives() -> None:
    from datetime import date

    from operator_app.messaging.moments import as_day

    assert as_day(None) is None
    assert as_day(date(2026, 1, 2)) == date(2026, 1, 2)
    assert as_day("2026-01-02") == date(2026, 1, 2)
    assert as_day("2026-01-02 00:00:00.000000") == date(2026, 1, 2)  # a DATETIME column's text
