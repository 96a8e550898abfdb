"""Effectiveness (`report`): per stage and per template, what was sent, delivered, failed, who
opted out after it, and who paid within 3 and 7 days of it (payment rows written by later
imports). A message counts on the office day it went out (a failure that never went out, on the
day it failed); a payment counts when its date is that day or up to N days later.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from operator_app.domain.collection import in_stage_order
from operator_app.errors import UsageError
from operator_app.messaging.moments import as_day
from operator_app.messaging.outbox import as_utc
from operator_app.services import clock
from operator_app.services.office import settings as settings_service
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, message_table, payment_table, template_table

MSG, PAY, BORROWER, TEMPLATE = message_table, payment_table, borrower_table, template_table
COUNTS = ("sent", "delivered", "failed", "opted_out", "paid_within_3d", "paid_within_7d")
OPT_OUT_DAYS = 7  # an opt-out this long after a message is put down to it


def tally(rows: Iterable[tuple[str, str, str, bool, date, date | None, list[date]]]
          ) -> dict[str, dict[str, dict[str, int]]]:
    """rows: (stage, template key, status, went out, day, day opted out, payment days of the loan).
    A message that never went out (failed at the transport) counts as failed only."""
    by: dict[str, dict[str, dict[str, int]]] = {"by_stage": {}, "by_template": {}}
    for stage, key, status, went_out, day, opted, paid in rows:
        def within(d: date, days: int, day: date = day) -> bool:
            return day <= d <= day + timedelta(days=days)

        flags = {"sent": went_out, "delivered": status == "delivered", "failed": status == "failed",
                 "opted_out": went_out and opted is not None and within(opted, OPT_OUT_DAYS),
                 "paid_within_3d": went_out and any(within(p, 3) for p in paid),
                 "paid_within_7d": went_out and any(within(p, 7) for p in paid)}
        for group, name in (("by_stage", stage), ("by_template", key)):
            counts = by[group].setdefault(name, dict.fromkeys(COUNTS, 0))
            for k, v in flags.items():
                counts[k] += int(v)
    return {g: {name: v[name] for name in sorted(v, key=in_stage_order)} for g, v in by.items()}


DEFAULT_DAYS = 30  # without --from: the 30 days before the last day


def period(today: date, from_day: date | None, to_day: date | None) -> tuple[date, date]:
    """The office days the report covers: --to (else today) back to --from (else DEFAULT_DAYS
    before it). The CLI prints it above the tables, so the clerk knows what the counts are of."""
    to_day = to_day or today
    from_day = from_day or to_day - timedelta(days=DEFAULT_DAYS)
    if from_day > to_day:
        raise UsageError("report_range", start=from_day.isoformat(), end=to_day.isoformat())
    return from_day, to_day


def report_period(db: Database, from_day: date | None = None, to_day: date | None = None) -> tuple[date, date]:
    with db.engine.connect() as conn:
        policy = settings_service.load(conn).policy
    return period(policy.local_day(clock.now()), from_day, to_day)


def effectiveness(db: Database, *, from_day: date | None = None, to_day: date | None = None) -> dict[str, Any]:
    with db.engine.connect() as conn:
        policy = settings_service.load(conn).policy
        from_day, to_day = period(policy.local_day(clock.now()), from_day, to_day)
        query = (select(MSG.c.stage, TEMPLATE.c.key, MSG.c.status, MSG.c.sent_at, MSG.c.updated_at, MSG.c.loan_id,
                        BORROWER.c.opted_out_at)
                 .outerjoin(TEMPLATE, TEMPLATE.c.id == MSG.c.template_id)
                 .join(BORROWER, BORROWER.c.id == MSG.c.borrower_id)
                 .where(MSG.c.status.in_(("sent", "delivered", "failed"))))
        picked = []
        for r in conn.execute(query):
            at = as_utc(r.sent_at) or as_utc(r.updated_at)
            day = policy.local_day(at) if at else None
            if day is not None and from_day <= day <= to_day:
                opted = as_utc(r.opted_out_at)
                picked.append((r, day, policy.local_day(opted) if opted else None))
        paid: dict[int, list[date]] = defaultdict(list)
        loans = {r.loan_id for r, _, _ in picked}
        if loans:
            for p in conn.execute(select(PAY.c.loan_id, PAY.c.paid_on).where(PAY.c.loan_id.in_(loans))):
                if (d := as_day(p.paid_on)) is not None:
                    paid[p.loan_id].append(d)
    return tally((r.stage, r.key or r.stage, r.status, r.sent_at is not None, day, opted, paid.get(r.loan_id, []))
                 for r, day, opted in picked)
