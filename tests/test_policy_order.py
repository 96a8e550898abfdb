"""`policy.plan_order` sorts on one packed integer per row when the figures fit: the same order as
the three-figure tuples (most days past due first, then the largest overdue amount, then the loan
id), at the edges of the bits too, and on the tuples when a figure does not fit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from operator_app.domain.policy import CandidateRow, plan_order
from operator_app.domain.preferences import Preferences


def _rows(figures: list[tuple[int, int, int]]) -> list[CandidateRow]:
    return [(loan_id, 1, "+8613800138000", "", dpd, overdue, (), Preferences()) for loan_id, dpd, overdue in figures]


def _by_tuples(rows: list[CandidateRow]) -> list[int]:
    return sorted(range(len(rows)), key=lambda i: (-rows[i][4], -rows[i][5], rows[i][0]))


EDGES = [0, 1, 2**39, 2**40 - 1, 2**58, 2**59 - 1, -(2**59) + 1]
ids = st.one_of(st.integers(0, 2**40 - 1), st.sampled_from([0, 1, 2**40 - 1]))
days = st.integers(-(10**6), 10**6)
amounts = st.one_of(st.integers(-(2**59) + 1, 2**59 - 1), st.sampled_from([*EDGES[4:], 0, 1, -1]))


@given(st.lists(st.tuples(ids, days, amounts), max_size=60))
def test_the_packed_order_is_the_order_of_the_figures(figures: list[tuple[int, int, int]]) -> None:
    rows = _rows(figures)
    assert plan_order(rows) == _by_tuples(rows)


@given(st.lists(st.tuples(st.integers(-(2**70), 2**70), days, st.integers(-(2**70), 2**70)), max_size=30))
def test_figures_beyond_the_bits_are_sorted_on_the_tuples(figures: list[tuple[int, int, int]]) -> None:
    rows = _rows(figures)
    assert plan_order(rows) == _by_tuples(rows)


def test_the_most_overdue_comes_first_then_the_larger_amount_then_the_loan() -> None:
    rows = _rows([(3, 10, 500), (1, 40, 100), (2, 10, 900), (4, 10, 500), (5, -3, 0)])
    assert [rows[i][0] for i in plan_order(rows)] == [1, 2, 3, 4, 5]
