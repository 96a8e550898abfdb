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

from sqlalchemy import BigInteger, Connection, bindparam, cast, exists, func, insert, select, update

from operator_app.messaging.moments import as_day
from operator_app.services import clock
from operator_app.services.office import settings as settings_service
from operator_app.store.models import installment_table, loan_paid_seen_table, loan_table, payment_table

INST, SEEN, PAY, LOAN = installment_table, loan_paid_seen_table, payment_table, loan_table


def record_payments(conn: Connection, run_id: int, today: date | None = None) -> int:
    """Inside the import's transaction, after its writer ran: returns the number of payments written.
    Baselines of loans seen for the first time are written by the database itself (INSERT …
    SELECT): a first import of a whole loan book brings no rows back into Python."""
    paid_now = cast(func.coalesce(func.sum(INST.c.amount_paid_fen), 0), BigInteger)
    of_this_run = (LOAN.c.id == INST.c.loan_id) & (LOAN.c.import_run_id == run_id)
    # Loans seen before whose total moved, starting from the loans seen (none in a new office).
    moved = conn.execute(
        select(SEEN.c.loan_id, paid_now, func.max(INST.c.paid_on), SEEN.c.paid_fen)
        .join(INST, INST.c.loan_id == SEEN.c.loan_id).join(LOAN, of_this_run)
        .group_by(SEEN.c.loan_id, SEEN.c.paid_fen).having(paid_now != SEEN.c.paid_fen).order_by(SEEN.c.loan_id)).all()
    conn.execute(insert(SEEN).from_select(["loan_id", "paid_fen"], select(INST.c.loan_id, paid_now).join(LOAN, of_this_run)
                                          .where(~exists().where(SEEN.c.loan_id == INST.c.loan_id))
                                          .group_by(INST.c.loan_id)))
    changed, payments = [], []
    for loan_id, paid, on, before in moved:
        paid = int(paid)
        changed.append({"b_loan": loan_id, "b_paid": paid})
        if paid > before:
            if today is None:
                today = clock.office_today(settings_service.load(conn).policy)
            payments.append({"loan_id": loan_id, "amount_fen": paid - before, "paid_on": as_day(on) or today,
                             "import_run_id": run_id})
    if changed:
        conn.execute(update(SEEN).where(SEEN.c.loan_id == bindparam("b_loan")).values(paid_fen=bindparam("b_paid")),
                     changed)
    if payments:
        conn.execute(insert(PAY), payments)
    return len(payments)
