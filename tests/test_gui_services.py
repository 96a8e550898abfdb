"""The read services behind the pages, without Qt: the queue's stage filter in SQL mirrors the
stage rule (domain.overdue.stage_for) for every day and policy."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from operator_app.domain.collection import StageDays, stage_of
from operator_app.domain.overdue import STAGES, stage_for
from operator_app.services.book.queue_view import stage_dpd_spans

TODAY = date(2026, 11, 27)


@st.composite
def stage_days(draw: st.DrawFn) -> StageDays:
    """Any stage boundaries the settings accept."""
    grace = draw(st.integers(0, 29))
    m1 = draw(st.integers(grace + 1, grace + 60))
    m2 = draw(st.integers(m1 + 1, m1 + 60))
    m3 = draw(st.integers(m2 + 1, m2 + 60))
    pre = tuple(draw(st.sets(st.integers(1, 10), min_size=1, max_size=4)))
    return StageDays(pre_due_days=pre, grace_days=grace, repeat_grace_days=draw(st.integers(0, grace)),
                     m1_max=m1, m2_max=m2, m3_max=m3)


@given(st.integers(-400, 400), stage_days())
def test_stage_spans_mirror_the_stage_rule(dpd: int, policy: StageDays) -> None:
    """The SQL filter's spans and the rule agree on every day for any office's stage days, and the
    queue's rule is the batches' rule (domain.collection.stage_of) for an ordinary borrower."""
    stage = stage_for(TODAY - timedelta(days=dpd), 100, TODAY, policy)
    assert stage == stage_of(-dpd, 100, policy)
    inside = []
    for s in STAGES:
        spans = stage_dpd_spans(s, policy)
        if spans is None:
            continue
        if any((low is None or dpd >= low) and (high is None or dpd <= high) for low, high in spans):
            inside.append(s)
    assert inside == ([] if stage == "not_due" else [stage])
