"""The read services behind the pages, without Qt: the queue's stage filter in SQL mirrors the
stage rule (domain.overdue.stage_for) for every day and policy."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from operator_app.domain.overdue import STAGES, StagePolicy, stage_for
from operator_app.services.queue_view import stage_dpd_range

TODAY = date(2026, 11, 27)


@given(st.integers(-400, 400), st.integers(0, 10), st.integers(0, 40))
def test_stage_ranges_mirror_the_stage_rule(dpd: int, pre: int, grace: int) -> None:
    policy = StagePolicy(pre_due_days=pre, grace_days=grace)
    stage = stage_for(TODAY - timedelta(days=dpd), 100, TODAY, policy)
    inside = []
    for s in STAGES:
        span = stage_dpd_range(s, policy)
        if span is None:
            continue
        low, high = span
        if (low is None or dpd >= low) and (high is None or dpd <= high):
            inside.append(s)
    assert inside == ([] if stage == "not_due" else [stage])
