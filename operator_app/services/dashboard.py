"""Read-only figures for the desktop app's dashboard, status bar and batch list.

Stages are decided by the one rule (`domain.overdue.stage_for`), called on two columns per loan
read in one query, so the dashboard and the queue can never disagree about a loan's stage.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from operator_app.domain.overdue import STAGES, StagePolicy, stage_for
from operator_app.services import queue as queue_service
from operator_app.services import settings as settings_service
from operator_app.store.db import Database
from operator_app.store.models import batch_table, import_run_table, loan_table, message_table


@dataclass(frozen=True)
class StageFigure:
    stage: str
    loans: int
    outstanding_fen: int


@dataclass(frozen=True)
class StatusSummary:
    loans: int
    last_import: datetime | None  # UTC
    last_import_day: date | None  # in the office's time zone
    stale: bool  # older than the setting batch.stale_days (or never imported)
    waiting: int  # messages approved and not yet sent
    drafts: int  # batches waiting for approval


@dataclass(frozen=True)
class BatchRow:
    id: int
    as_of: date
    status: str
    created_by: str
    approved_by: str | None
    messages: int
    excluded: int


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def stage_figures(db: Database, today: date, policy: StagePolicy | None = None) -> list[StageFigure]:
    """Loans and amounts outstanding per stage, every stage listed (zero ones too)."""
    policy = policy or StagePolicy()
    sub = queue_service._base_query().subquery("q")
    loans: Counter[str] = Counter()
    amounts: Counter[str] = Counter()
    with db.engine.connect() as conn:
        for first_due, outstanding in conn.execute(select(sub.c.first_due, sub.c.outstanding_fen)):
            if isinstance(first_due, str):
                first_due = date.fromisoformat(first_due)
            stage = stage_for(first_due, int(outstanding or 0), today, policy)
            loans[stage] += 1
            amounts[stage] += int(outstanding or 0)
    return [StageFigure(s, loans[s], amounts[s]) for s in STAGES]


def status_summary(db: Database, today: date) -> StatusSummary:
    with db.engine.connect() as conn:
        settings = settings_service.load(conn)
        loans = int(conn.execute(select(func.count()).select_from(loan_table)).scalar_one())
        last = _utc(conn.execute(select(func.max(import_run_table.c.finished_at))).scalar())
        waiting = int(conn.execute(select(func.count()).select_from(message_table)
                                   .where(message_table.c.status == "queued")).scalar_one())
        drafts = int(conn.execute(select(func.count()).select_from(batch_table)
                                  .where(batch_table.c.status == "draft")).scalar_one())
    day = settings.policy.local_day(last) if last else None
    stale = day is None or (today - day).days > settings.get("batch.stale_days")
    return StatusSummary(loans, last, day, stale, waiting, drafts)


def list_batches(db: Database, limit: int = 500) -> list[BatchRow]:
    """The newest batches first."""
    b = batch_table
    with db.engine.connect() as conn:
        rows = conn.execute(select(b.c.id, b.c.as_of, b.c.status, b.c.created_by, b.c.approved_by,
                                   b.c.messages_count, b.c.excluded_count).order_by(b.c.id.desc()).limit(limit)).all()
    return [BatchRow(r.id, r.as_of if isinstance(r.as_of, date) else date.fromisoformat(str(r.as_of)), r.status,
                     r.created_by, r.approved_by, int(r.messages_count or 0), int(r.excluded_count or 0)) for r in rows]
