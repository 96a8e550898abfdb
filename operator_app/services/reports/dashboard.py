"""Read-only figures for the desktop app's dashboard, status bar and batch list.

Stages are decided by the one rule (`domain.overdue.stage_for`), called once per group of loans
that share the facts it takes (SQL aggregates the loan book into those groups, on each loan's
stored figures: domain.amounts.owed, as the queue reads them), so the dashboard and the queue
can never disagree about a loan's stage or amount and 100k loans are not read row by row.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, case, func, literal, select

from operator_app.domain.amounts import Owed, owed
from operator_app.domain.overdue import STAGES, StagePolicy, stage_for
from operator_app.messaging.outbox import as_utc
from operator_app.services.office import settings as settings_service
from operator_app.services.reports import report
from operator_app.store.db import Database
from operator_app.store.models import (
    batch_table,
    borrower_table,
    import_run_table,
    installment_table,
    loan_table,
    message_table,
    payment_table,
)

LOAN, INST, PAY, MSG, BORROWER = loan_table, installment_table, payment_table, message_table, borrower_table


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
    office_missing: tuple[str, ...] = ()  # office details not set (settings): no approval until they are


@dataclass(frozen=True)
class BatchRow:
    id: int
    as_of: date
    status: str
    created_by: str
    approved_by: str | None
    messages: int
    excluded: int
    parts: int = 0  # SMS parts of its messages not cancelled: what the office pays for




def stage_figures(db: Database, today: date, policy: StagePolicy | None = None) -> list[StageFigure]:
    """Loans and amounts outstanding per stage, every stage listed (zero ones too)."""
    with db.engine.connect() as conn:
        return _figures(_groups(conn, []), today, policy or settings_service.stage_days(db))


def status_summary(db: Database, today: date) -> StatusSummary:
    with db.engine.connect() as conn:
        settings = settings_service.load(conn)
        loans = int(conn.execute(select(func.count()).select_from(loan_table)).scalar_one())
        last = as_utc(conn.execute(select(func.max(import_run_table.c.finished_at))).scalar())
        waiting = int(conn.execute(select(func.count()).select_from(message_table)
                                   .where(message_table.c.status == "queued")).scalar_one())
        drafts = int(conn.execute(select(func.count()).select_from(batch_table)
                                  .where(batch_table.c.status == "draft")).scalar_one())
    day = settings.policy.local_day(last) if last else None
    stale = day is None or (today - day).days > settings.get("batch.stale_days")
    return StatusSummary(loans, last, day, stale, waiting, drafts, settings.missing_office_details())


def list_batches(db: Database, limit: int = 500) -> list[BatchRow]:
    """The newest batches first."""
    b = batch_table
    with db.engine.connect() as conn:
        rows = conn.execute(select(b.c.id, b.c.as_of, b.c.status, b.c.created_by, b.c.approved_by,
                                   b.c.messages_count, b.c.excluded_count).order_by(b.c.id.desc()).limit(limit)).all()
        parts = _parts_by_batch(conn, [r.id for r in rows])
    return [BatchRow(r.id, r.as_of if isinstance(r.as_of, date) else date.fromisoformat(str(r.as_of)), r.status,
                     r.created_by, r.approved_by, int(r.messages_count or 0), int(r.excluded_count or 0),
                     parts.get(r.id, 0)) for r in rows]


def _parts_by_batch(conn: Connection, ids: list[int]) -> dict[int, int]:
    """SMS parts per batch, as batches.BatchView.parts_total counts them (cancelled ones are not sent)."""
    if not ids:
        return {}
    m = message_table
    return {int(i): int(n or 0) for i, n in conn.execute(
        select(m.c.batch_id, func.sum(m.c.segments)).where(m.c.batch_id.in_(ids), m.c.status != "cancelled")
        .group_by(m.c.batch_id))}


# --- the charts of the dashboard: trend across imports, sending results, contacts, effectiveness --

OVERDUE = ("grace", "M1", "M2", "M3", "M3+")
TREND_RUNS = 12  # the newest import runs the trend shows
WINDOW_DAYS = 30  # sending results and effectiveness: the office days up to today


@dataclass(frozen=True)
class TrendPoint:
    """The overdue book as it stood when one import finished, on that import's office day."""

    run_id: int
    day: date
    loans: dict[str, int]  # per stage in OVERDUE
    amounts_fen: dict[str, int]


@dataclass(frozen=True)
class SendingResults:
    delivered: int
    sent: int  # handed to the network, no delivery report yet
    failed: int
    unknown: int  # cut mid-send: the operator must resolve them
    waiting: int  # approved, not yet sent (queued or sending)


@dataclass(frozen=True)
class Contacts:
    opted_out: int
    opted_out_recent: int  # within the window
    on_hold: int  # a hold running today or later


@dataclass(frozen=True)
class StageEffect:
    stage: str
    sent: int
    paid_within_7d: int


@dataclass(frozen=True)
class Activity:
    """What the outbox and the borrowers did in the window: changes with messages and replies."""

    sending: SendingResults
    contacts: Contacts
    effect: list[StageEffect]


@dataclass(frozen=True)
class Dashboard:
    figures: list[StageFigure]
    summary: StatusSummary
    trend: list[TrendPoint]
    activity: Activity


def undo_payments(installments: Sequence[tuple[date, int, int]], stated_fen: int | None, undo_fen: int) -> Owed:
    """A loan's figures (`domain.amounts.owed`) before the last `undo_fen` of its payments.

    installments: (due date, amount due, amount paid) in schedule order, as stored now. Payments
    go to the oldest unpaid installment first, so the money paid since is taken back from the
    newest paid installments first. `stated_fen` is the loan's own outstanding (a loan sheet's
    figure, None when the installments decide): it was higher by what was paid since. With
    `undo_fen` 0 this is the loan as the queue shows it today.
    """
    paid = [p for _, _, p in installments]
    left = max(0, undo_fen)
    for k in reversed(range(len(paid))):
        if left <= 0:
            break
        take = min(left, paid[k])
        paid[k] -= take
        left -= take
    stated = stated_fen + max(0, undo_fen) if stated_fen is not None else None
    return owed(stated, [(d, due, p) for (d, due, _), p in zip(installments, paid, strict=True)])


def _groups(conn: Connection, runs: Sequence[tuple[int, datetime]]) -> list[Row[Any]]:
    """The loan book in one pass, aggregated in SQL on each loan's stored figures (`owed_fen`,
    `owed_since`: domain.amounts.owed, what the queue shows): loans grouped by (owed since, owing,
    the first of `runs` the loan existed at, paid since the oldest of `runs`). That leaves a few
    thousand groups, each put through `stage_for` in Python, so the stage rule keeps its one home."""
    if runs:
        bucket: Any = case(*[(LOAN.c.created_at <= at, k) for k, (_, at) in enumerate(runs)], else_=len(runs))
        later: Any = LOAN.c.id.in_(select(PAY.c.loan_id).where(PAY.c.import_run_id > runs[0][0]))
    else:
        bucket, later = literal(0), literal(False)
    keys = (LOAN.c.owed_since.label("since"), (LOAN.c.owed_fen > 0).label("owing"), bucket.label("bucket"),
            later.label("later"))
    return list(conn.execute(select(*keys, func.count().label("loans"),
                                    func.coalesce(func.sum(LOAN.c.owed_fen), 0).label("fen")).group_by(*keys)))


def _figures(groups: Sequence[Row[Any]], today: date, policy: StagePolicy) -> list[StageFigure]:
    loans: Counter[str] = Counter()
    amounts: Counter[str] = Counter()
    for g in groups:
        stage = stage_for(_date(g.since), 1 if g.owing else 0, today, policy)
        loans[stage] += int(g.loans)
        amounts[stage] += int(g.fen)
    return [StageFigure(s, loans[s], amounts[s]) for s in STAGES]


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _trend(conn: Connection, groups: Sequence[Row[Any]], runs: Sequence[tuple[int, datetime]],
           days: Sequence[date], policy: StagePolicy) -> list[TrendPoint]:
    """What is stored is the loan book as the newest import left it, plus every payment an import
    saw (its run). The book at an older import is that book less the payments seen after it, on
    the loans that existed then (created before that import finished). Schedules a later import
    changed, and corrections that lowered a paid figure (no payment row), are not undone."""
    loans = [Counter[str]() for _ in runs]
    fen = [Counter[str]() for _ in runs]
    for g in groups:
        if g.later or not g.owing:
            continue
        for r in range(int(g.bucket), len(runs)):
            stage = stage_for(_date(g.since), 1, days[r], policy)
            loans[r][stage] += int(g.loans)
            fen[r][stage] += int(g.fen)
    if runs:
        later_ids = select(PAY.c.loan_id).where(PAY.c.import_run_id > runs[0][0])
        paid: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p in conn.execute(select(PAY.c.loan_id, PAY.c.import_run_id, PAY.c.amount_fen)
                              .where(PAY.c.import_run_id > runs[0][0])):
            paid[p.loan_id].append((int(p.import_run_id), int(p.amount_fen)))
        schedule: dict[int, list[tuple[date, int, int]]] = defaultdict(list)
        for loan_id, due_on, due, paid_fen in conn.execute(
                select(INST.c.loan_id, INST.c.due_on, INST.c.amount_due_fen, INST.c.amount_paid_fen)
                .where(INST.c.loan_id.in_(later_ids)).order_by(INST.c.loan_id, INST.c.seq)):
            schedule[loan_id].append((_date(due_on) or date.min, int(due), int(paid_fen)))
        # Runs in a row at which a loan stood the same are one span, put through the rule once.
        span_loans: Counter[tuple[int, int, date | None, bool]] = Counter()
        span_fen: Counter[tuple[int, int, date | None, bool]] = Counter()
        for loan in conn.execute(select(LOAN.c.id, LOAN.c.created_at, LOAN.c.outstanding_fen)
                                 .where(LOAN.c.id.in_(later_ids))):
            created = as_utc(loan.created_at)
            stated = None if loan.outstanding_fen is None else int(loan.outstanding_fen)
            states = [(created is None or created <= at, sum(amount for run, amount in paid[loan.id] if run > run_id))
                      for run_id, at in runs]
            r = 0
            for (existed, undo), same in groupby(states):
                end = r + len(list(same))
                if existed:
                    then = undo_payments(schedule[loan.id], stated, undo)
                    span_loans[(r, end, then.since, then.fen > 0)] += 1
                    span_fen[(r, end, then.since, then.fen > 0)] += then.fen
                r = end
        for (start, end, since, owing), n in span_loans.items():
            for r in range(start, end):
                stage = stage_for(since, 1 if owing else 0, days[r], policy)
                loans[r][stage] += n
                fen[r][stage] += span_fen[(start, end, since, owing)]
    return [TrendPoint(run_id, days[r], {s: loans[r][s] for s in OVERDUE}, {s: fen[r][s] for s in OVERDUE})
            for r, (run_id, _) in enumerate(runs)]


def _sending(conn: Connection, since: datetime) -> SendingResults:
    counts: dict[str, int] = {str(status): int(n) for status, n in conn.execute(
        select(MSG.c.status, func.count()).where(MSG.c.created_at >= since).group_by(MSG.c.status))}

    def n(*statuses: str) -> int:
        return sum(counts.get(k, 0) for k in statuses)

    return SendingResults(n("delivered"), n("sent"), n("failed"), n("unknown"), n("queued", "sending"))


def held_on_sql(hold_until: Any, day: date) -> ColumnElement[bool]:
    """domain.policy.held_on as SQL, for a count over every borrower (a sanctioned fast copy:
    tests/test_prefs.py::test_held_on_sql_is_the_rule proves it equal to the rule)."""
    return hold_until >= day  # NULL compares unknown: not held


def _contacts(conn: Connection, since: datetime, today: date) -> Contacts:
    b = BORROWER
    row = conn.execute(select(
        func.count(b.c.opted_out_at), func.count(case((b.c.opted_out_at >= since, 1))),
        func.count(case((held_on_sql(b.c.hold_until, today), 1))))).one()
    return Contacts(int(row[0]), int(row[1]), int(row[2]))


@dataclass(frozen=True)
class Book:
    """The loan book aggregated once: today's stage figures, and the groups the trend goes on from
    (so the page reads the book in one pass and shows the figures before the trend is worked out)."""

    figures: list[StageFigure]
    runs: list[tuple[int, datetime]]  # the newest TREND_RUNS import runs, oldest first: (id, finished, UTC)
    days: list[date]  # each run's office day
    groups: list[Row[Any]]


def _runs(conn: Connection) -> tuple[list[tuple[int, datetime]], list[date]]:
    office = settings_service.load(conn).policy
    newest = conn.execute(select(import_run_table.c.id, import_run_table.c.finished_at)
                          .where(import_run_table.c.finished_at.is_not(None))
                          .order_by(import_run_table.c.id.desc()).limit(TREND_RUNS)).all()
    runs = [(int(r.id), at) for r in reversed(newest) if (at := as_utc(r.finished_at)) is not None]
    return runs, [office.local_day(at) for _, at in runs]


def book(db: Database, today: date, policy: StagePolicy | None = None) -> Book:
    with db.engine.connect() as conn:
        runs, days = _runs(conn)
        groups = _groups(conn, runs)
    return Book(_figures(groups, today, policy or settings_service.stage_days(db)), runs, days, groups)


def trend(db: Database, policy: StagePolicy | None = None, *, from_book: Book | None = None) -> list[TrendPoint]:
    """The overdue book at each of the newest TREND_RUNS imports, oldest first (see `_trend`);
    `from_book` saves the pass over the loan book that `book` already made."""
    policy = policy or settings_service.stage_days(db)
    with db.engine.connect() as conn:
        if from_book is None:
            runs, days = _runs(conn)
            groups = _groups(conn, runs) if runs else []
        else:
            runs, days, groups = from_book.runs, from_book.days, from_book.groups
        if not runs:
            return []
        return _trend(conn, groups, runs, days, policy)


def activity(db: Database, today: date) -> Activity:
    """Sending results, opt-outs and holds, and effectiveness per stage (`report.effectiveness`
    as it is: paid within 7 days of a message that went out) over the WINDOW_DAYS up to today."""
    start = today - timedelta(days=WINDOW_DAYS)
    with db.engine.connect() as conn:
        zone = settings_service.load(conn).policy.zone
        since = datetime.combine(start, time(0), zone).astimezone(UTC)
        sending = _sending(conn, since)
        contacts = _contacts(conn, since, today)
    by_stage = report.effectiveness(db, from_day=start, to_day=today)["by_stage"]
    effect = [StageEffect(s, by_stage[s]["sent"], by_stage[s]["paid_within_7d"]) for s in STAGES if s in by_stage]
    return Activity(sending, contacts, effect)


def dashboard(db: Database, today: date, policy: StagePolicy | None = None) -> Dashboard:
    """Everything the dashboard shows. The page loads the parts apart (each refreshes on its own
    changes); this is the same figures in one call."""
    b = book(db, today, policy)
    return Dashboard(b.figures, status_summary(db, today), trend(db, policy, from_book=b), activity(db, today))
