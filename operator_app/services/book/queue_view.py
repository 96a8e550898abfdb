"""The queue page's filters, in SQL: stage, days past due, amount and a search, over the same
per-loan query as services/book/queue.py, so 100,000 loans are filtered and paged by the database on
the loan's stored, indexed figures (what it owes, the date that counts from).

A stage is decided by `domain.overdue.stage_for` from the first unpaid due date and the amount
outstanding. `stage_dpd_spans` mirrors that rule as spans of days past due, so the database can
select a stage without computing it; tests/test_gui_services.py proves the two agree for every
day and policy (the rule keeps its one home in domain/).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_

from operator_app.domain.overdue import STAGES, StagePolicy
from operator_app.services.book import queue as queue_service
from operator_app.services.book.queue import LOAN, Cursor, QueueRow
from operator_app.services.book.stages import check_stage
from operator_app.services.office import settings as settings_service
from operator_app.store.db import Database


@dataclass(frozen=True)
class QueueFilter:
    """What the operator asked for; every field empty means every loan. `needs_action`: only
    loans that owe money and are overdue, due today or due within the office's pre-due reminder
    days (what the queue opens on: what needs a clerk today or in the next days)."""

    search: str = ""
    needs_action: bool = False
    stages: tuple[str, ...] = ()
    dpd_min: int | None = None
    dpd_max: int | None = None
    amount_min_fen: int | None = None
    amount_max_fen: int | None = None
    with_prefs: bool = False  # only borrowers with their own contact preferences (or a note)

    def __post_init__(self) -> None:
        for stage in self.stages:
            check_stage(stage)


def stage_dpd_spans(stage: str, policy: StagePolicy) -> tuple[tuple[int | None, int | None], ...] | None:
    """The signed days past due (today minus first unpaid due: negative before the due date) of
    an owing loan in `stage`, as inclusive (low, high) spans, None for an open end; no span when
    the office's stage days leave the stage empty. None for `paid` and `not_due`, which are not
    spans of owing days alone. Mirrors `domain.collection.stage_of` (a property test says so)."""
    if stage == "pre_due":  # only on the reminder days (D-3 and D-1 by default, not D-2)
        return tuple((-d, -d) for d in sorted(set(policy.pre_due_days), reverse=True))
    if stage == "due_today":
        return ((0, 0),)
    if stage == "grace":
        return ((1, policy.grace_days),) if policy.grace_days >= 1 else ()
    low = policy.grace_days + 1
    for name, high in (("M1", policy.m1_max), ("M2", policy.m2_max), ("M3", policy.m3_max)):
        if stage == name:
            return ((low, high),)
        low = high + 1
    if stage == "M3+":
        return ((low, None),)
    return None


def _stage_condition(stage: str, first_due: Any, outstanding: Any, today: date, policy: StagePolicy) -> ColumnElement[bool]:
    owing = outstanding > 0
    if stage == "paid":
        return outstanding <= 0
    if stage == "not_due":
        reminders = [today + timedelta(days=d) for d in policy.pre_due_days]
        return and_(owing, or_(first_due.is_(None), and_(first_due > today, first_due.not_in(reminders))))
    spans = stage_dpd_spans(stage, policy)
    assert spans is not None
    either: list[ColumnElement[bool]] = []
    for low, high in spans:
        parts = [first_due.is_not(None)]
        if low is not None:
            parts.append(first_due <= today - timedelta(days=low))
        if high is not None:
            parts.append(first_due >= today - timedelta(days=high))
        either.append(and_(*parts))
    return and_(owing, or_(*either)) if either else false()


def _where(f: QueueFilter, today: date, policy: StagePolicy) -> ColumnElement[bool] | None:
    """The filter as one condition on the loan's stored figures and its borrower (None: none)."""
    first_due, outstanding = LOAN.c.owed_since, LOAN.c.owed_fen
    conditions: list[ColumnElement[bool]] = []
    if f.needs_action:
        soon = today + timedelta(days=max(policy.pre_due_days, default=0))
        conditions.append(and_(outstanding > 0, first_due <= soon))
    if f.search.strip():
        conditions.append(queue_service.search_condition(f.search.strip()))
    if f.stages:
        conditions.append(or_(*[_stage_condition(s, first_due, outstanding, today, policy) for s in f.stages]))
    if f.dpd_min is not None and f.dpd_min > 0:
        conditions.append(first_due <= today - timedelta(days=f.dpd_min))
    if f.dpd_max is not None:
        conditions.append(or_(first_due.is_(None), first_due >= today - timedelta(days=max(f.dpd_max, 0)))
                          if f.dpd_max >= 0 else false())
    if f.amount_min_fen is not None:
        conditions.append(outstanding >= f.amount_min_fen)
    if f.amount_max_fen is not None:
        conditions.append(outstanding <= f.amount_max_fen)
    if f.with_prefs:
        conditions.append(queue_service.BORROWER.c.contact_pref_set_at.is_not(None))
    return and_(*conditions) if conditions else None


def page(db: Database, today: date, f: QueueFilter, *, order: str = "contract_no", descending: bool = False,
         after: Cursor | None = None, limit: int = 200, policy: StagePolicy | None = None) -> list[QueueRow]:
    """One page of the filtered queue after `after` (keyset: queue.cursor_of the last row shown),
    sorted by the database on the same keys as queue.page."""
    policy = policy or settings_service.stage_days(db)
    return queue_service.sorted_page(db, today, _where(f, today, policy), order=order, descending=descending,
                                     after=after, limit=limit, policy=policy)


def count(db: Database, today: date, f: QueueFilter, policy: StagePolicy | None = None) -> int:
    return queue_service.count(db, where=_where(f, today, policy or settings_service.stage_days(db)))


__all__ = ["STAGES", "QueueFilter", "count", "page", "stage_dpd_spans"]
