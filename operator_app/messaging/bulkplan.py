"""The day's plan for a whole loan book, as plain tuples: what `batch create` runs.

The same steps as planning.load_facts + planning.plan_day (kept as the reference: the preview,
the call list and tests/test_bulk_plan.py use them), without a dataclass per loan: one SQL query
shaped for the job (each loan with its borrower, its installments in order, its last payment and
whether its number is shared), read as the driver's tuples; the rules called as they are in
domain/ (collection.position_row, policy.loan_reasons_of, policy.plan_rows) and messaging/
(templates.render, parts); texts rendered only for loans the book does not already rule out.
tests/test_bulk_plan.py proves the two paths plan the same messages and exclusions, in the same
order, over random offices, policies and histories.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, literal_column, select

from operator_app.domain.collection import PositionRow, amount_asked_of, position_row, template_key
from operator_app.domain.policy import (
    CandidateRow,
    Sent,
    held_on,
    loan_reasons_of,
    plan_rows,
    text_reasons_of,
)
from operator_app.domain.preferences import Preferences, of_columns
from operator_app.messaging import templates as tpl
from operator_app.messaging.calendar import load_calendar
from operator_app.messaging.parts import parts
from operator_app.messaging.planning import provider_params
from operator_app.messaging.settings_registry import Settings
from operator_app.store.models import borrower_table, installment_table, loan_table, payment_table

LOAN, BORROWER, INST, PAY = loan_table, borrower_table, installment_table, payment_table

# One loan: (loan_id, contract_no, borrower_id, name, phone, locale, opted_out, on_hold,
# shared_phone, position (collection.PositionRow), installment_id the notice is about, the
# borrower's preferences).
FactRow = tuple[int, str, "int | None", "str | None", "str | None", str, bool, bool, bool, PositionRow, "int | None",
                Preferences]
# One planned message, in services.batches.MESSAGE_COLUMNS' order without planned_at (one moment,
# BulkPlan.times) and the idempotency key: (loan_id, borrower_id,
# installment_id, template_id, to, body, segments, encoding, locale, stage, days_past_due,
# amount_fen, provider_params).
MessageRow = tuple[int, int, "int | None", int, str, str, int, str, str, str, int, int, "str | None"]


@dataclass
class BulkPlan:
    messages: list[MessageRow]  # in plan order
    contract_nos: list[str]  # each message's loan's contract number
    at: datetime | None  # when a message may first go (None: nothing may go that day)
    excluded: list[tuple[int, str, str, tuple[str, ...]]]  # (loan_id, contract_no, stage, reasons), plan order
    times: list[datetime]  # when each message may first go (later for a borrower's own window)


def _facts_sql(conn: Connection) -> str:
    # Per loan through the payment index (a join to grouped payments may be a scan per loan).
    last_paid = select(func.max(PAY.c.paid_on)).where(PAY.c.loan_id == LOAN.c.id).scalar_subquery()
    # An IN (…) list the database builds once.
    shared = (select(BORROWER.c.phone).where(BORROWER.c.phone.is_not(None)).group_by(BORROWER.c.phone)
              .having(func.count() > literal_column("1")))
    b = BORROWER.alias("b")
    query = (select(LOAN.c.id, LOAN.c.contract_no, LOAN.c.borrower_id, LOAN.c.outstanding_fen, b.c.name, b.c.phone,
                    b.c.locale, b.c.opted_out_at.is_not(None), b.c.hold_until, b.c.phone.in_(shared),
                    last_paid, INST.c.id, INST.c.due_on, INST.c.amount_due_fen, INST.c.amount_paid_fen,
                    INST.c.paid_on, b.c.contact_weekdays_only, b.c.contact_window_start, b.c.contact_window_end,
                    b.c.contact_weekly_max, b.c.contact_no_sms)
             .select_from(LOAN.outerjoin(b, b.c.id == LOAN.c.borrower_id)
                          .outerjoin(INST, INST.c.loan_id == LOAN.c.id))
             .order_by(LOAN.c.id))  # a loan's installments are put in id order below (rarely more than one)
    return str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))


def _installment_id(row: Any) -> int:
    return int(row[11] or 0)


def _day(value: Any) -> date | None:
    """A date as the driver gives it: a date (PostgreSQL) or ISO text (SQLite)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def fact_rows(conn: Connection, today: date, settings: Settings, *,
              loan_ids: Collection[int] | None = None) -> list[FactRow]:
    """Every loan's facts and position on `today` (or only `loan_ids`), in loan id order: what
    planning.load_facts gives, as tuples."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_facts_sql(conn))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    days, rule = settings.stage_days, settings.min_payment
    locales = tpl.LOCALES
    wanted = set(loan_ids) if loan_ids is not None else None
    dates: dict[Any, date | None] = {None: None}  # ISO text -> date: a book has few distinct days
    out: list[FactRow] = []
    i, n = 0, len(rows)
    while i < n:
        row = rows[i]
        loan_id = row[0]
        j = i + 1
        while j < n and rows[j][0] == loan_id:
            j += 1
        if wanted is not None and loan_id not in wanted:
            i = j
            continue
        _, contract_no, borrower_id, sheet_outstanding, name, phone, locale, opted_out, hold_until, shared, \
            last_paid, _, _, _, _, _, *pref_values = row
        schedule: list[tuple[int, tuple[date, int, int, date | None]]] = []
        for r in sorted(rows[i:j], key=_installment_id) if j - i > 1 else (row,):
            if r[11] is None:
                continue  # a loan without installments
            due_on, paid_on = r[12], r[15]
            if due_on not in dates:
                dates[due_on] = _day(due_on)
            if paid_on not in dates:
                dates[paid_on] = _day(paid_on)
            schedule.append((r[11], (dates[due_on] or today, int(r[13]), int(r[14] or 0), dates[paid_on])))
        i = j
        items = [d for _, d in schedule]
        if last_paid is not None:
            paid_late = _day(last_paid) or today
            # A schedule paid off without its dates: the latest payment stands for when.
            items = [(on, due, paid, paid_late) if paid >= due and paid_on is None else (on, due, paid, paid_on)
                     for on, due, paid, paid_on in items]
        pos = position_row(items, today, sheet_outstanding_fen=sheet_outstanding, days=days, min_payment=rule)
        about = pos[4] if pos[0] != "pre_due" else pos[5]
        if len(schedule) == 1:
            inst_id = schedule[0][0] if about is not None and schedule[0][1][0] == about else None
        else:
            inst_id = next((k for k, d in schedule if d[0] == about and d[1] > d[2]), None)
        out.append((loan_id, contract_no, borrower_id, name, phone, locale if locale in locales else "zh_CN",
                    bool(opted_out), held_on(_day(hold_until), today), bool(phone) and bool(shared), pos, inst_id,
                    of_columns(*pref_values)))
    return out


def plan_book(facts: Iterable[FactRow], templates: dict[tuple[str, str], Any], hist: Sequence[Sent], *,
              now: datetime, day: date, settings: Settings, stages: Collection[str],
              template: str | None = None) -> BulkPlan:
    """planning.plan_day over the loans in `stages`, with the rows create_batch writes."""
    office = settings.office_values()
    facts = [f for f in facts if f[9][0] in stages]
    rendered: dict[int, MessageRow] = {}
    cands: list[CandidateRow] = []
    render, values_for = tpl.render, tpl.values_for
    chosen: dict[tuple[str, str], Any] = {}  # (template key, locale) -> the template it gets
    for k, (loan_id, contract_no, borrower_id, name, phone, locale, opted_out, on_hold, shared, pos, inst_id, prefs) \
            in enumerate(facts):
        stage = pos[0]
        reasons = loan_reasons_of(opted_out, on_hold, stage, name, phone, shared, no_sms=prefs.no_sms)
        text = ""
        if not reasons:
            key = (template or template_key(stage, pos[8]), locale)
            t = chosen.get(key)
            if t is None:
                t = chosen[key] = templates.get(key) or templates[(key[0], "zh_CN")]
                tpl.check_structure(t.body)  # a broken template stops the batch: one decision
            amount = amount_asked_of(stage, pos[2], pos[6])
            values = values_for(name=name or "", contract_no=contract_no, amount_due_fen=amount,
                                outstanding_fen=pos[3], due_date=pos[4] if stage != "pre_due" else pos[5],
                                days_past_due=pos[1], min_payment_fen=pos[7], office=office)
            try:
                text = render(t.body, locale, values)
            except tpl.TemplateError:  # this loan's values only (over the render budget)
                reasons = ("template_failed",)
            else:
                encoding, count = parts(text)
                reasons = text_reasons_of(count)
                if not reasons:
                    assert borrower_id is not None and phone is not None  # else loan_reasons_of had named it
                    rendered[k] = (loan_id, borrower_id, inst_id, t.id, phone, text, count, encoding, locale, stage,
                                   pos[1], amount, provider_params(t, values) if t.providers else None)
        cands.append((loan_id, borrower_id, phone, text, pos[1], pos[2], reasons, prefs))
    decided = plan_rows(cands, hist, now=now, day=day, policy=settings.policy, calendar=load_calendar())
    excluded = [(facts[k][0], facts[k][1], facts[k][9][0], reasons) for k, reasons in decided.excluded]
    return BulkPlan([rendered[k] for k in decided.planned], [facts[k][1] for k in decided.planned], decided.at,
                    excluded, decided.times)
