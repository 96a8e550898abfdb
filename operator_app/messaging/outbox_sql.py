"""The statements of the outbox's hot path (claim, outcome, delivery report, audit entry), built
once with bind parameters; those that move a message are messaging/transitions.py's.

Building a Core statement and computing its cache key costs far more than SQLite takes to run
it, and the dispatcher runs a dozen per message: a statement object built once keeps its cache
key, so each execution only binds values. Bind names start with `b_` so none collides with the
column names SQLAlchemy reserves in an UPDATE's SET clause.
"""

from __future__ import annotations

from sqlalchemy import (
    BindParameter,
    Select,
    bindparam,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
    update,
)

from operator_app.domain.outbox import GONE
from operator_app.store.models import (
    audit_table,
    batch_table,
    borrower_table,
    delivery_report_table,
    dispatch_run_table,
    message_event_table,
    message_part_table,
    message_table,
    payment_table,
)

MSG, EVENT, BATCH, BORROWER, PAY, RUN, REPORT, AUDIT = (
    message_table, message_event_table, batch_table, borrower_table, payment_table, dispatch_run_table,
    delivery_report_table, audit_table)
# IN lists as plain binds, not the "expanding" kind SQLAlchemy renders anew per execution.
GONE_IN = [literal(status) for status in GONE]
SPELLINGS = 6  # a number's spellings bound one by one (delivery.spellings gives at most five)
TO_IN: list[BindParameter[str]] = [bindparam(f"b_to{i}") for i in range(SPELLINGS)]

HEARTBEAT = update(RUN).where(RUN.c.id == bindparam("b_run")).values(heartbeat_at=bindparam("b_now"))
INSERT_REPORT = insert(REPORT)
INSERT_AUDIT = insert(AUDIT)
LAST_AUDIT_HASH = select(AUDIT.c.hash).order_by(AUDIT.c.id.desc()).limit(1)


# A message some of whose parts are out already (messaging/outbox_parts.py) goes on only through
# the transport that sent them (b_via): the phone joins parts from one sender only.
ELSEWHERE = exists().where(message_part_table.c.message_id == MSG.c.id, message_part_table.c.status == "sent",
                           message_part_table.c.transport != bindparam("b_via"))


def _candidate(*, skip_locked: bool) -> Select[tuple[object, ...]]:
    """The next message a claim may take, with what the policy asks about it, in one read."""
    paid = exists().where(PAY.c.loan_id == MSG.c.loan_id, PAY.c.created_at > bindparam("b_approved"))
    query = (select(MSG.c.id, MSG.c.loan_id, MSG.c.borrower_id, MSG.c.to, MSG.c.body, MSG.c.idempotency_key,
                    MSG.c.segments, MSG.c.attempts, MSG.c.provider_params, MSG.c.concat_ref, paid.label("paid"),
                    BORROWER.c.opted_out_at, BORROWER.c.hold_until, BORROWER.c.phone.label("phone_now"),
                    BORROWER.c.contact_weekdays_only, BORROWER.c.contact_window_start, BORROWER.c.contact_window_end,
                    BORROWER.c.contact_weekly_max, BORROWER.c.contact_no_sms)
             .join(BORROWER, BORROWER.c.id == MSG.c.borrower_id)
             .where(MSG.c.batch_id == bindparam("b_batch"), MSG.c.status == "queued",
                    MSG.c.planned_at <= bindparam("b_now"), ~ELSEWHERE)
             .order_by(MSG.c.planned_at, MSG.c.id).limit(1))
    return query.with_for_update(skip_locked=True, of=MSG) if skip_locked else query


CANDIDATE = _candidate(skip_locked=False)
CANDIDATE_PG = _candidate(skip_locked=True)  # FOR UPDATE SKIP LOCKED: two dispatchers never meet


def _history(match: str) -> Select[tuple[object, ...]]:
    """What went (or may have gone) to one borrower (b_borrower) or one number (b_to) since a
    moment: the caps' history, read through the (borrower|to, sent_at) indexes."""
    at = func.coalesce(MSG.c.sent_at, MSG.c.updated_at)
    key = MSG.c.borrower_id if match == "borrower" else MSG.c.to
    return (select(MSG.c.id, MSG.c.borrower_id, MSG.c.to, MSG.c.body, MSG.c.status, at.label("at"))
            .where(key == bindparam(f"b_{match}"), MSG.c.id != bindparam("b_id"), MSG.c.status.in_(GONE_IN),
                   or_(at >= bindparam("b_since"), at.is_(None))))


# Both histories in one statement (each still through its own index); a message to this
# borrower at this number comes twice, and the reader keeps it once.
HISTORY = union_all(_history("borrower"), _history("to"))
QUEUED_OF_BATCH = (select(MSG.c.id).where(MSG.c.batch_id == bindparam("b_batch"), MSG.c.status == "queued")
                   .order_by(MSG.c.id))
NEXT_WAIT = (select(MSG.c.planned_at, MSG.c.reason)
             .where(MSG.c.batch_id == bindparam("b_batch"), MSG.c.status == "queued", ~ELSEWHERE)
             .order_by(MSG.c.planned_at).limit(1))
REPORTED_TO = (select(MSG.c.id, MSG.c.provider_ref, MSG.c.sent_at, MSG.c.status, MSG.c.segments)
               .where(MSG.c.to.in_(TO_IN), MSG.c.transport == bindparam("b_transport"),
                      MSG.c.sent_at >= bindparam("b_from"), MSG.c.sent_at <= bindparam("b_until"))
               .order_by(MSG.c.sent_at.desc(), MSG.c.id.desc()))
PART_REPORTS = (select(REPORT.c.part, REPORT.c.status)
                .where(REPORT.c.message_id == bindparam("b_id"), REPORT.c.status != "pending")
                .order_by(REPORT.c.id))


FAILURES = (select(func.count()).select_from(EVENT)
            .where(EVENT.c.message_id == bindparam("b_id"), EVENT.c.status == "failed"))
