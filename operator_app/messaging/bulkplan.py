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
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, func, literal_column, select

from operator_app.domain.collection import PositionRow, amount_asked_of, position_row, template_key
from operator_app.domain.policy import (
    CandidateRow,
    Sent,
    held_on,
    loan_reasons_of,
    plan_rows,
    text_reasons_of,
)
from operator_app.domain.preferences import NO_PREFERENCES, Preferences, of_columns
from operator_app.messaging import templates as tpl
from operator_app.messaging.calendar import load_calendar
from operator_app.messaging.moments import as_day
from operator_app.messaging.parts import parts
from operator_app.messaging.planning import provider_params
from operator_app.messaging.settings_registry import Settings
from operator_app.store.models import borrower_table, installment_table, loan_table, payment_table
from operator_app.store.rawsql import driver_rows

LOAN, BORROWER, INST, PAY = loan_table, borrower_table, installment_table, payment_table

class LoanFacts(NamedTuple):
    """One loan as the plan reads it: planning.load_facts' LoanFacts, without a dataclass per loan."""

    loan_id: int
    contract_no: str
    borrower_id: int | None
    name: str | None
    phone: str | None
    locale: str
    opted_out: bool
    on_hold: bool
    shared_phone: bool
    position: PositionRow
    installment_id: int | None  # the installment the notice is about
    prefs: Preferences  # the borrower's own contact wishes


FactRow = LoanFacts


class MessageRow(NamedTuple):
    """One planned message: its fields are the `message` columns of those names (create_batch
    writes them as they are, with the moment from BulkPlan.times and the idempotency key)."""

    loan_id: int
    borrower_id: int
    installment_id: int | None
    template_id: int
    to: str
    body: str
    segments: int
    encoding: str
    locale: str
    stage: str
    days_past_due: int
    amount_fen: int
    provider_params: str | None


class _BookRow(NamedTuple):
    """One row of `_facts_query`: a loan with its borrower and one of its installments."""

    loan_id: int
    contract_no: str
    borrower_id: int | None
    sheet_outstanding_fen: int | None
    name: str | None
    phone: str | None
    locale: str | None
    opted_out: bool
    hold_until: Any
    shared: bool
    last_paid: Any
    installment_id: int | None
    due_on: Any  # a date (PostgreSQL) or ISO text (SQLite)
    amount_due_fen: int
    amount_paid_fen: int | None
    paid_on: Any
    contact_weekdays_only: bool | None  # the borrower's own wishes (domain/preferences.of_columns)
    contact_window_start: int | None
    contact_window_end: int | None
    contact_weekly_max: int | None
    contact_no_sms: bool | None


_new = tuple.__new__  # a named row from a tuple: tuple.__new__(LoanFacts, values), without a Python frame
_LOAN_ID = _BookRow._fields.index("loan_id")


@dataclass
class BulkPlan:
    messages: list[MessageRow]  # in plan order
    contract_nos: list[str]  # each message's loan's contract number
    at: datetime | None  # when a message may first go (None: nothing may go that day)
    excluded: list[tuple[int, str, str, tuple[str, ...]]]  # (loan_id, contract_no, stage, reasons), plan order
    times: list[datetime]  # when each message may first go (later for a borrower's own window)


def _facts_query(after: int = 0, upto: int | None = None) -> Select[Any]:
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
    if after:
        query = query.where(LOAN.c.id > after)
    if upto is not None:
        query = query.where(LOAN.c.id <= upto)
    return query


def _installment_id(row: _BookRow) -> int:
    return row.installment_id or 0


def fact_rows(conn: Connection, today: date, settings: Settings, *, loan_ids: Collection[int] | None = None,
              after: int = 0, upto: int | None = None) -> list[LoanFacts]:
    """Every loan's facts and position on `today` (or only `loan_ids`; only the ids above `after`
    and up to `upto`), in loan id order: what planning.load_facts gives, as tuples."""
    rows = driver_rows(conn, _facts_query(after, upto))  # in _BookRow's order, unpacked by name below
    days, rule = settings.stage_days, settings.min_payment
    locales = tpl.LOCALES
    wanted = set(loan_ids) if loan_ids is not None else None
    dates: dict[Any, date | None] = {None: None}  # ISO text -> date: a book has few distinct days
    out: list[LoanFacts] = []
    i, n = 0, len(rows)
    while i < n:
        row = rows[i]
        (loan_id, contract_no, borrower_id, sheet_outstanding, name, phone, locale, opted_out, hold_until, shared,
         last_paid, _, _, _, _, _, *pref_values) = row
        j = i + 1
        while j < n and rows[j][_LOAN_ID] == loan_id:
            j += 1
        if wanted is not None and loan_id not in wanted:
            i = j
            continue
        schedule: list[tuple[int, tuple[date, int, int, date | None]]] = []
        group = (row,) if j - i == 1 else sorted((_new(_BookRow, r) for r in rows[i:j]), key=_installment_id)
        for _, _, _, _, _, _, _, _, _, _, _, inst, due_on, amount_due, amount_paid, paid_on, *_wishes in group:
            if inst is None:
                continue  # a loan without installments
            if due_on not in dates:
                dates[due_on] = as_day(due_on)
            if paid_on not in dates:
                dates[paid_on] = as_day(paid_on)
            schedule.append((inst, (dates[due_on] or today, int(amount_due), int(amount_paid or 0), dates[paid_on])))
        i = j
        items = [d for _, d in schedule]
        if last_paid is not None:
            paid_late = as_day(last_paid) or today
            # A schedule paid off without its dates: the latest payment stands for when.
            items = [(on, due, paid, paid_late) if paid >= due and paid_on is None else (on, due, paid, paid_on)
                     for on, due, paid, paid_on in items]
        pos = position_row(items, today, sheet_outstanding_fen=sheet_outstanding, days=days, min_payment=rule)
        about = pos.first_unpaid_due if pos.stage != "pre_due" else pos.next_due
        if len(schedule) == 1:
            only_id, (only_due, _due, _paid, _paid_on) = schedule[0]
            inst_id = only_id if about is not None and only_due == about else None
        else:
            inst_id = next((k for k, (on, due, paid, _on) in schedule if on == about and due > paid), None)
        out.append(_new(LoanFacts, (loan_id, contract_no, borrower_id, name, phone, locale if locale in locales else "zh_CN",
                              bool(opted_out), held_on(as_day(hold_until), today), bool(phone) and bool(shared), pos,
                              inst_id, of_columns(*pref_values))))
    return out


# A loan made ready for the plan, in plain values only: the helper process (services/planning/
# plan_helper.py) prepares half of a big book and sends its rows back by marshal. The fields:
# (loan_id, borrower_id, phone, text, days_past_due, overdue_fen, reasons, preferences, contract_no,
# stage, message): `preferences` None for a borrower without wishes, else Preferences' fields in
# order; `message` None, or what the rest of the loan's MessageRow would be, for a text that may
# go: (installment_id, template_id, segments, encoding, locale, amount_fen, provider_params).
PreparedRow = tuple[int, "int | None", "str | None", str, int, int, tuple[str, ...],
                    "tuple[bool, int | None, int | None, int | None, bool] | None", str, str,
                    "tuple[int | None, int, int, str, str, int, str | None] | None"]


def prepare(facts: Iterable[LoanFacts], templates: dict[tuple[str, str], Any], *, settings: Settings,
            stages: Collection[str], template: str | None = None) -> list[PreparedRow]:
    """Each loan of `stages` on its own: its reasons, and its text where none rules it out. No loan
    depends on another here (that is `decide`), so a book can be prepared in parts."""
    office = settings.office_values()
    out: list[PreparedRow] = []
    # (template key, locale) -> the template it gets, and its renderer with the office's details
    chosen: dict[tuple[str, str], tuple[Any, tpl.LoanRenderer]] = {}
    for loan_id, contract_no, borrower_id, name, phone, locale, opted_out, on_hold, shared, pos, inst_id, prefs \
            in facts:
        stage, dpd, overdue_fen, outstanding_fen, first_due, next_due, next_due_fen, min_payment_fen, repeat, _, _ = pos
        if stage not in stages:
            continue
        reasons = loan_reasons_of(opted_out, on_hold, stage, name, phone, shared, no_sms=prefs.no_sms)
        text = ""
        message = None
        if not reasons:
            key = (template or template_key(stage, repeat), locale)
            got = chosen.get(key)
            if got is None:
                t = templates.get(key) or templates[(key[0], "zh_CN")]
                # a broken template stops the batch (check_structure): one decision
                got = chosen[key] = (t, tpl.loan_renderer(t.body, locale, office))
            t, render = got
            amount = amount_asked_of(stage, overdue_fen, next_due_fen)
            due = first_due if stage != "pre_due" else next_due
            loan = (name or "", contract_no, amount, outstanding_fen, due, dpd, min_payment_fen)
            try:
                text = render(*loan)
            except tpl.TemplateError:  # this loan's values only (over the render budget)
                reasons = ("template_failed",)
            else:
                encoding, count = parts(text)
                reasons = text_reasons_of(count)
                if not reasons:
                    frozen = provider_params(t, tpl.loan_values(office, *loan)) if t.providers else None
                    message = (inst_id, t.id, count, encoding, locale, amount, frozen)
        wishes = None if prefs is NO_PREFERENCES else \
            (prefs.weekdays_only, prefs.window_start, prefs.window_end, prefs.weekly_max, prefs.no_sms)
        out.append((loan_id, borrower_id, phone, text, dpd, overdue_fen, reasons, wishes, contract_no, stage, message))
    return out


def prepare_loans(conn: Connection, day: date, settings: Settings, templates: dict[tuple[str, str], Any], *,
                  stages: Collection[str], template: str | None, loan_ids: Collection[int] | None = None,
                  after: int = 0, upto: int | None = None) -> list[PreparedRow]:
    """`prepare` of the book's loans read on `conn` (or `loan_ids`; only ids above `after` and up
    to `upto`): a whole book, or one part of it (this process's or the helper's)."""
    facts = fact_rows(conn, day, settings, loan_ids=loan_ids, after=after, upto=upto)
    return prepare(facts, templates, settings=settings, stages=stages, template=template)


def decide(rows: Sequence[PreparedRow], hist: Sequence[Sent], *, now: datetime, day: date,
           settings: Settings) -> BulkPlan:
    """planning.plan_day's choice among the prepared loans (in loan id order): who gets a message."""
    cands: list[CandidateRow] = [
        (loan_id, borrower_id, phone, text, dpd, overdue_fen, reasons,
         NO_PREFERENCES if wishes is None else Preferences(*wishes))
        for loan_id, borrower_id, phone, text, dpd, overdue_fen, reasons, wishes, _, _, _ in rows]
    decided = plan_rows(cands, hist, now=now, day=day, policy=settings.policy, calendar=load_calendar())
    excluded = [(rows[k][0], rows[k][8], rows[k][9], reasons) for k, reasons in decided.excluded]
    messages = []
    for k in decided.planned:
        loan_id, borrower_id, phone, text, dpd, _, _, _, _, stage, message = rows[k]
        assert message is not None and borrower_id is not None and phone is not None  # else it had reasons
        inst_id, template_id, count, encoding, locale, amount, frozen = message
        messages.append(_new(MessageRow, (loan_id, borrower_id, inst_id, template_id, phone, text, count, encoding,
                                          locale, stage, dpd, amount, frozen)))
    return BulkPlan(messages, [rows[k][8] for k in decided.planned], decided.at, excluded, decided.times)
