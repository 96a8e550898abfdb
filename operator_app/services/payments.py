"""Payments seen by imports: when an import raises a loan's total paid (the sum of its
installments' amount_paid_fen), the rise is written as a `payment` row, dated by the sheet's
latest paid date or else the import's day. It feeds effectiveness ("paid within 7 days of a
message"), the borrower's timeline, repeat-offender detection and the call list.

The first time a loan is seen its paid total is only recorded (a baseline, no payment row): money
paid before the office's first import is history we did not watch happen. A fall (a corrected
sheet) moves the baseline down without a negative payment.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, bindparam, func, insert, select, update

from operator_app.services import clock
from operator_app.services import settings as settings_service
from operator_app.store.models import installment_table, loan_paid_seen_table, loan_table, payment_table

INST, SEEN, PAY, LOAN = installment_table, loan_paid_seen_table, payment_table, loan_table


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def record_payments(conn: Connection, run_id: int, today: date | None = None) -> int:
    """Inside the import's transaction, after its writer ran: returns the number of payments written."""
    if today is None:
        today = clock.office_today(settings_service.load(conn).policy)
    touched = select(LOAN.c.id).where(LOAN.c.import_run_id == run_id)
    totals = conn.execute(select(INST.c.loan_id, func.sum(INST.c.amount_paid_fen).label("paid"),
                                 func.max(INST.c.paid_on).label("on"))
                          .where(INST.c.loan_id.in_(touched)).group_by(INST.c.loan_id)).all()
    if not totals:
        return 0
    seen = dict((r[0], r[1]) for r in conn.execute(select(SEEN.c.loan_id, SEEN.c.paid_fen).where(SEEN.c.loan_id.in_(touched))).all())
    first, changed, payments = [], [], []
    for loan_id, paid, on in totals:
        paid = int(paid or 0)
        before = seen.get(loan_id)
        if before is None:
            first.append({"loan_id": loan_id, "paid_fen": paid})
        elif paid != before:
            changed.append({"b_loan": loan_id, "b_paid": paid})
            if paid > before:
                payments.append({"loan_id": loan_id, "amount_fen": paid - before, "paid_on": _day(on) or today,
                                 "import_run_id": run_id})
    if first:
        conn.execute(insert(SEEN), first)
    if changed:
        conn.execute(update(SEEN).where(SEEN.c.loan_id == bindparam("b_loan")).values(paid_fen=bindparam("b_paid")),
                     changed)
    if payments:
        conn.execute(insert(PAY), payments)
    return len(payments)
