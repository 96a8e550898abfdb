"""From the loan book to a day's plan: read each loan's facts in a few bulk queries, put them
through the overdue engine (domain.collection.assess) and the contact policy (domain.policy.plan),
and render the texts of the loans that may get one.

Bulk reads (one query per table, not per loan) keep a 100k-loan book to seconds. Every rule
stays in domain/: this module only gathers facts and hands them over.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, and_, case, func, literal, or_, select, type_coerce

from operator_app.domain.collection import Due, Position, amount_asked, assess
from operator_app.domain.outbox import GONE
from operator_app.domain.policy import (
    Candidate,
    Plan,
    Sent,
    held_on,
    loan_reasons,
    plan,
    text_reasons_of,
)
from operator_app.domain.preferences import NO_PREFERENCES, Preferences, of_columns
from operator_app.messaging import templates as tpl
from operator_app.messaging.calendar import load_calendar
from operator_app.messaging.moments import as_day, as_utc
from operator_app.messaging.parts import parts
from operator_app.messaging.settings_registry import Settings
from operator_app.store.models import (
    batch_table,
    borrower_table,
    installment_table,
    loan_table,
    message_table,
    payment_table,
)
from operator_app.store.rawsql import driver_rows

_new = tuple.__new__  # a Sent from a tuple, without a Python frame per message

LOAN, BORROWER, INST, MSG, PAY = loan_table, borrower_table, installment_table, message_table, payment_table
# The borrower's preferences, in domain.preferences.of_columns' order.
PREF_COLUMNS = (BORROWER.c.contact_weekdays_only, BORROWER.c.contact_window_start, BORROWER.c.contact_window_end,
                BORROWER.c.contact_weekly_max, BORROWER.c.contact_no_sms)
# Messages the caps count: everything planned or sent that was not withdrawn.
COUNTED = ("draft", "queued", *GONE)  # GONE: what reached, or may have reached, a phone (domain/outbox.py)


@dataclass(frozen=True, slots=True)
class LoanFacts:
    loan_id: int
    contract_no: str
    borrower_id: int | None
    name: str | None
    phone: str | None
    phone_raw: str | None
    locale: str
    opted_out: bool
    on_hold: bool
    shared_phone: bool
    position: Position
    installment_id: int | None  # the installment the notice is about
    prefs: Preferences = NO_PREFERENCES  # the borrower's own contact wishes


def _raw(column: Any) -> Any:
    """A date column read as the driver gives it (SQLite: ISO text, parsed here by the C-level
    date.fromisoformat instead of SQLAlchemy's per-row regex)."""
    return type_coerce(column, String).label(column.name)


def load_facts(conn: Connection, today: date, settings: Settings, *, loan_ids: Iterable[int] | None = None) -> list[LoanFacts]:
    """Every loan's facts and position on `today` (or only `loan_ids`)."""
    wanted = set(loan_ids) if loan_ids is not None else None
    dues: dict[int, list[tuple[int, Due]]] = defaultdict(list)
    for loan_id, inst_id, due_on, amount_due, amount_paid, paid_on in conn.execute(
            select(INST.c.loan_id, INST.c.id, _raw(INST.c.due_on), INST.c.amount_due_fen, INST.c.amount_paid_fen,
                   _raw(INST.c.paid_on)).order_by(INST.c.id)).all():
        if wanted is None or loan_id in wanted:
            dues[loan_id].append((inst_id, Due(as_day(due_on) or today, int(amount_due), int(amount_paid or 0),
                                               as_day(paid_on))))
    last_paid: dict[int, date] = {}
    for loan_id, on in conn.execute(select(PAY.c.loan_id, func.max(PAY.c.paid_on)).group_by(PAY.c.loan_id)).all():
        if on is not None:
            last_paid[loan_id] = as_day(on) or today
    shared = set(conn.execute(select(BORROWER.c.phone).where(BORROWER.c.phone.is_not(None))
                              .group_by(BORROWER.c.phone).having(func.count() > 1)).scalars())
    query = (select(LOAN.c.id, LOAN.c.contract_no, LOAN.c.borrower_id, LOAN.c.outstanding_fen, BORROWER.c.name,
                    BORROWER.c.phone, BORROWER.c.phone_raw, BORROWER.c.locale,
                    BORROWER.c.opted_out_at.is_not(None), _raw(BORROWER.c.hold_until), *PREF_COLUMNS)
             .select_from(LOAN.outerjoin(BORROWER, BORROWER.c.id == LOAN.c.borrower_id)).order_by(LOAN.c.id))
    days, rule = settings.stage_days, settings.min_payment
    locales = tpl.LOCALES
    out: list[LoanFacts] = []
    for loan_id, contract_no, borrower_id, sheet_outstanding, name, phone, phone_raw, locale, opted_out, hold_until, \
            *pref_values in conn.execute(query).all():
        if wanted is not None and loan_id not in wanted:
            continue
        schedule = dues.get(loan_id, ())
        items = [d for _, d in schedule]
        paid_late = last_paid.get(loan_id)
        if paid_late is not None:
            # A schedule paid off without its dates: the latest payment stands for when.
            items = [Due(d.due_on, d.amount_due_fen, d.amount_paid_fen, paid_late)
                     if d.unpaid_fen == 0 and d.paid_on is None else d for d in items]
        pos = assess(items, today, sheet_outstanding_fen=sheet_outstanding, days=days, min_payment=rule)
        about = pos.first_unpaid_due if pos.stage != "pre_due" else pos.next_due
        if len(schedule) == 1:
            inst_id = schedule[0][0] if about is not None and schedule[0][1].due_on == about else None
        else:
            inst_id = next((i for i, d in schedule if d.due_on == about and d.unpaid_fen > 0), None)
        out.append(LoanFacts(loan_id, contract_no, borrower_id, name, phone, phone_raw,
                             locale if locale in locales else "zh_CN", bool(opted_out),
                             held_on(as_day(hold_until), today), bool(phone) and phone in shared, pos, inst_id,
                             of_columns(*pref_values)))
    return out


def history(conn: Connection, since: datetime, live_from: date | None = None, *,
            texts_since: datetime | None = None) -> list[Sent]:
    """What the caps count: messages planned or sent since `since`, in live batches. A message
    not yet gone (draft, queued) counts only when its batch's day is `live_from`
    (policy.first_live_day) or later: one of an earlier day expires unsent (policy.expired).
    `texts_since`: each text only for a message at or after it, "" for the older ones (the
    same-text rule looks back `same_text_hours` from a moment no earlier than now: a week of a
    big office's texts read for nothing is most of what reading the week costs)."""
    at = func.coalesce(MSG.c.sent_at, MSG.c.planned_at)
    counted: ColumnElement[bool] = MSG.c.status.in_(_literals(COUNTED))
    if live_from is not None:
        counted = or_(MSG.c.status.in_(_literals(GONE)), and_(MSG.c.status.in_(_literals(("draft", "queued"))),
                                                              batch_table.c.as_of >= live_from))
    # A message is planned and sent within its batch's office day (the claim refuses one whose
    # day is over: policy.expired), so only batches of the last days can hold one at or after
    # `since`: read through them (ix_batch_as_of, then each batch's messages), not through every
    # message the office ever wrote. Two days of margin: `since` is UTC, `as_of` the office's day.
    recent = batch_table.c.as_of >= (since - timedelta(days=2)).date()
    # A week of a big office's messages: fetched at once on the driver's cursor (no row object
    # per message), each moment as the driver gives it (SQLite's text) and made a UTC datetime
    # once per distinct value, not once per row.
    raw_at = type_coerce(at, String) if conn.dialect.name == "sqlite" else at
    text = MSG.c.body if texts_since is None else case((at >= texts_since, MSG.c.body), else_=literal(""))
    query = (select(MSG.c.borrower_id, MSG.c.to, text, raw_at.label("at"))
             .select_from(MSG.join(batch_table, batch_table.c.id == MSG.c.batch_id))
             .where(recent, counted, at >= since, batch_table.c.status != "cancelled"))
    moments: dict[Any, datetime] = {}
    out: list[Sent] = []
    for borrower_id, to, body, value in driver_rows(conn, query):
        when = moments.get(value)
        if when is None:
            parsed = as_utc(value)
            assert parsed is not None  # planned_at is never NULL
            when = moments[value] = parsed
        out.append(_new(Sent, (borrower_id, to, body, when)))
    return out


def _literals(values: Sequence[str]) -> list[Any]:
    """An IN list bound value by value (rawsql.Prepared, under driver_rows, binds no expanding list)."""
    return [literal(v) for v in values]


@dataclass(frozen=True, slots=True)
class Rendered:
    facts: LoanFacts
    template_id: int
    text: str
    encoding: str
    segments: int
    amount_fen: int
    provider_params: str | None


@dataclass
class DayPlan:
    plan: Plan
    rendered: dict[int, Rendered]  # by loan id, for the loans that were rendered
    facts: dict[int, LoanFacts]


def candidate(f: LoanFacts, text: str) -> Candidate:
    return Candidate(f.loan_id, f.borrower_id, f.phone, f.name, f.position.stage, text,
                     days_past_due=f.position.days_past_due, overdue_fen=f.position.overdue_fen,
                     opted_out=f.opted_out, on_hold=f.on_hold, shared_phone=f.shared_phone, prefs=f.prefs)


def render_for(f: LoanFacts, template: Any, office: dict[str, str]) -> Rendered:
    pos = f.position
    amount = amount_asked(pos)
    due = pos.first_unpaid_due if pos.stage != "pre_due" else pos.next_due
    values = tpl.values_for(name=f.name or "", contract_no=f.contract_no, amount_due_fen=amount,
                            outstanding_fen=pos.outstanding_fen, due_date=due, days_past_due=pos.days_past_due,
                            min_payment_fen=pos.min_payment_fen, office=office)
    text = tpl.render(template.body, f.locale, values)
    encoding, count = parts(text)
    frozen = provider_params(template, values) if template.providers else None
    return Rendered(f, template.id, text, encoding, count, amount, frozen)


def provider_params(template: Any, values: dict[str, Any]) -> str:
    """What a provider that sends its own approved templates gets, frozen with the text: per
    provider, its template code and our values in its slots."""
    return json.dumps({name: {"code": spec["code"],
                              "params": {slot: str(values[var]) for slot, var in spec.get("params", {}).items()}}
                       for name, spec in template.providers.items()}, ensure_ascii=False)


def plan_day(facts: Sequence[LoanFacts], templates: dict[tuple[str, str], Any], hist: Sequence[Sent], *,
             now: datetime, day: date, settings: Settings, template_key: str | None = None) -> DayPlan:
    """Render what may be sent (loans the book already excludes are not rendered) and plan it.
    A template refused as a whole (check_structure) raises TemplateError: the batch is not made.
    A text over its render budget or over MAX_MESSAGE_PARTS parts excludes only its loan
    (`template_failed`, `too_many_parts`)."""
    office = settings.office_values()
    rendered: dict[int, Rendered] = {}
    cands = []
    for f in facts:
        probe = candidate(f, "")
        if not loan_reasons(probe):
            key = template_key or f.position.template_key
            template = templates.get((key, f.locale)) or templates[(key, "zh_CN")]
            tpl.check_structure(template.body)  # a broken template stops the batch: one decision
            try:
                r = render_for(f, template, office)
            except tpl.TemplateError:  # this loan's values only (over the render budget)
                probe = replace(probe, text_reasons=("template_failed",))
            else:
                probe = replace(candidate(f, r.text), text_reasons=text_reasons_of(r.segments))
                if not probe.text_reasons:
                    rendered[f.loan_id] = r
        cands.append(probe)
    result = plan(cands, hist, now=now, day=day, policy=settings.policy, calendar=load_calendar())
    return DayPlan(result, rendered, {f.loan_id: f for f in facts})

