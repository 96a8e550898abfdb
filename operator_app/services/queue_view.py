"""The queue page's filters, in SQL: stage, days past due, amount and a search, over the same
per-loan query as services/queue.py, so 100,000 loans are filtered and paged by the database.

A stage is decided by `domain.overdue.stage_for` from the first unpaid due date and the amount
outstanding. `stage_dpd_spans` mirrors that rule as spans of days past due, so the database can
select a stage without computing it; tests/test_gui_services.py proves the two agree for every
day and policy (the rule keeps its one home in domain/).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, true

from operator_app.domain.overdue import STAGES, StagePolicy
from operator_app.services import queue as queue_service
from operator_app.services import settings as settings_service
from operator_app.services.queue import BORROWER, LOAN, QueueRow
from operator_app.services.stages import check_stage
from operator_app.store.db import Database


@dataclass(frozen=True)
class QueueFilter:
    """What the operator asked for; every field empty means every loan."""

    search: str = ""
    stages: tuple[str, ...] = ()
    dpd_min: int | None = None
    dpd_max: int | None = None
    amount_min_fen: int | None = None
    amount_max_fen: int | None = None

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


def _filtered(f: QueueFilter, today: date, policy: StagePolicy) -> Any:
    query = queue_service._base_query()
    if f.search:
        like = f"%{f.search.strip()}%"
        query = query.where(or_(LOAN.c.contract_no.like(like), BORROWER.c.name.like(like),
                                BORROWER.c.phone.like(like), BORROWER.c.phone_raw.like(like)))
    sub = query.subquery("q")
    conditions: list[ColumnElement[bool]] = []
    if f.stages:
        conditions.append(or_(*[_stage_condition(s, sub.c.first_due, sub.c.outstanding_fen, today, policy)
                                for s in f.stages]))
    if f.dpd_min is not None and f.dpd_min > 0:
        conditions.append(sub.c.first_due <= today - timedelta(days=f.dpd_min))
    if f.dpd_max is not None:
        conditions.append(or_(sub.c.first_due.is_(None), sub.c.first_due >= today - timedelta(days=max(f.dpd_max, 0)))
                          if f.dpd_max >= 0 else false())
    if f.amount_min_fen is not None:
        conditions.append(sub.c.outstanding_fen >= f.amount_min_fen)
    if f.amount_max_fen is not None:
        conditions.append(sub.c.outstanding_fen <= f.amount_max_fen)
    return sub, and_(true(), *conditions)


def page(db: Database, today: date, f: QueueFilter, *, order: str = "contract_no", descending: bool = False,
         offset: int = 0, limit: int = 200, policy: StagePolicy | None = None) -> list[QueueRow]:
    """One page of the filtered queue, sorted by the database (the same keys as queue.page)."""
    policy = policy or settings_service.stage_days(db)
    sub, where = _filtered(f, today, policy)
    keys = {"contract_no": sub.c.contract_no, "borrower": sub.c.name, "phone": sub.c.phone,
            "outstanding_fen": sub.c.outstanding_fen, "first_due": sub.c.first_due,
            "days_past_due": sub.c.first_due}
    key = keys.get(order, sub.c.contract_no)
    desc = descending != (order == "days_past_due")  # more days past due: an earlier date
    primary = key.desc().nulls_last() if desc else key.asc().nulls_last()
    stmt = select(sub).where(where).order_by(primary, sub.c.id).offset(offset).limit(limit)
    with db.engine.connect() as conn:
        return [queue_service._row(r, today, policy) for r in conn.execute(stmt)]


def count(db: Database, today: date, f: QueueFilter, policy: StagePolicy | None = None) -> int:
    from sqlalchemy import func

    policy = policy or settings_service.stage_days(db)
    if not (f.stages or f.dpd_min or f.dpd_max is not None or f.amount_min_fen is not None
            or f.amount_max_fen is not None):
        return queue_service.count(db, search=f.search.strip())
    sub, where = _filtered(f, today, policy)
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(sub).where(where)).scalar_one())


__all__ = ["STAGES", "QueueFilter", "count", "page", "stage_dpd_spans"]
