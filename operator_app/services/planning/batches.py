"""Reviewed batches (maker/checker): create plans and freezes a day's messages, a second person
approves exactly those texts, either may cancel. Exports go through services/planning/batch_export.py.

Refusals are KnownErrors with codes; an unknown batch, stage or template is bad input (exit 2),
a refused approval is a run-time failure (exit 1) that names what to do.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, func, insert, or_, select, update

from operator_app.domain import batch as batch_rules
from operator_app.domain.collection import COLLECTION_STAGES
from operator_app.domain.policy import cap_window_start, first_live_day
from operator_app.errors import KnownError, UsageError
from operator_app.messaging import audit, transitions
from operator_app.messaging import templates as tpl
from operator_app.messaging.bulkplan import MessageRow, decide
from operator_app.messaging.lint import lint
from operator_app.messaging.planning import history
from operator_app.messaging.settings_registry import OFFICE_DETAILS, PLACEHOLDERS, gap
from operator_app.services import clock
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office import settings as settings_service
from operator_app.services.office.identity import actor, same_person
from operator_app.services.planning.plan_helper import PlanHelper, prepare_book
from operator_app.services.planning.templates import ensure_defaults, latest
from operator_app.store.bulk import bulk_insert, chunks, insert_columns
from operator_app.store.bulk_write import bulk_transaction
from operator_app.store.db import Database
from operator_app.store.models import (
    batch_exclusion_table,
    batch_table,
    import_run_table,
    loan_table,
    message_table,
)

if TYPE_CHECKING:
    from operator_app.services.book.queue_view import QueueFilter

BATCH, EXCL, MSG = batch_table, batch_exclusion_table, message_table


class BatchRefused(KnownError):
    """An approval or cancellation that the rules do not allow (exit 1)."""


class MessageView(NamedTuple):
    """One message of a batch (a named tuple: a batch of 100k builds one per message)."""

    id: int
    contract_no: str
    to: str
    text: str
    encoding: str
    segments: int
    status: str
    reason: str | None
    stage: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "contract_no": self.contract_no, "to": self.to, "text": self.text,
                "encoding": self.encoding, "segments": self.segments, "status": self.status, "reason": self.reason}


@dataclass(frozen=True)
class BatchView:
    id: int
    status: str
    as_of: date
    created_by: str
    approved_by: str | None
    messages: list[MessageView]
    excluded: list[tuple[str, list[str]]]
    lint: list[tuple[str, str, dict[str, object]]] = field(default_factory=list)  # (contract_no, code, params)

    @property
    def parts_total(self) -> int:
        """The SMS parts of its messages not cancelled: what the office pays for."""
        return sum(m.segments for m in self.messages if m.status != "cancelled")

    def as_json(self) -> dict[str, object]:
        """Exactly the shape of DESIGN.md's `batch create/show --json`."""
        return {"id": self.id, "status": self.status, "as_of": self.as_of.isoformat(), "created_by": self.created_by,
                "approved_by": self.approved_by, "parts_total": self.parts_total,
                "messages": [m.as_json() for m in self.messages],
                "excluded": [{"contract_no": c, "reasons": r} for c, r in self.excluded]}


def _check_stages(stages: Sequence[str] | None) -> tuple[str, ...]:
    if not stages:
        return COLLECTION_STAGES
    bad = [s for s in stages if s not in COLLECTION_STAGES]
    if bad:
        raise UsageError("stage_unknown", stage=bad[0], stages=", ".join(COLLECTION_STAGES))
    return tuple(dict.fromkeys(stages))


@writes(OpChanges(batches=True, messages=True))  # its drafts are messages
def create_batch(db: Database, *, as_of: date | None, by: str, template_key: str | None = None,
                 stages: Sequence[str] | None = None, loan_ids: Collection[int] | None = None,
                 helper: PlanHelper | None = None) -> BatchView:
    """Plan the day's messages as a draft batch: every loan of the chosen stages (all collection
    stages by default), or only `loan_ids` among them (the queue's selection or filter).
    `helper`: a second process for part of a big book (plan_helper.start; its caller closes it)."""
    who = actor(by, db, "plan")
    wanted = _check_stages(stages)
    if template_key is not None and template_key not in tpl.TEMPLATE_KEYS:
        raise UsageError("template_unknown", key=template_key, keys=", ".join(tpl.TEMPLATE_KEYS))
    now = clock.now()
    # The write lock before the first read (store.bulk_write): the plan is made from what no one
    # can change until it is written, and a whole book's drafts go to the file once. Every row
    # it writes points at what this transaction read under that lock (loans, borrowers,
    # installments, templates) or wrote itself (the batch): SQLite's per-row parent look-ups
    # could not fail, so they are off (tests/test_batch_bulk_write.py runs the foreign-key
    # check over what batches wrote).
    with bulk_transaction(db.engine, foreign_keys=False) as conn, _collector_paused():
        settings = settings_service.load(conn)
        day = as_of or clock.office_today(settings.policy)
        ensure_defaults(conn)
        templates = latest(conn)
        if loan_ids is not None:
            _check_loans(conn, loan_ids)
        prepared = prepare_book(conn, day, settings, templates, stages=wanted, template=template_key,
                                loan_ids=loan_ids, helper=helper)
        counted = history(conn, cap_window_start(now, settings.policy), first_live_day(now, settings.policy),
                          texts_since=now - timedelta(hours=settings.policy.same_text_hours))
        bp = decide(prepared, counted, now=now, day=day, settings=settings)
        last_import = conn.execute(select(func.max(import_run_table.c.finished_at))).scalar()
        batch_id = int(conn.execute(insert(BATCH).values(
            as_of=day, template_key=template_key, stages=json.dumps(list(stages)) if stages else None,
            status="draft", created_by=who, created_at=now, data_as_of=last_import,
        ).returning(BATCH.c.id)).scalar_one())
        # A loan that already has a live message for this stage and day (a daily cap above 1
        # lets a second batch plan it again) keeps the one it has.
        # Every message's key ends with its batch's day (only batches write messages): the live
        # keys of that day are those of that day's batches, found through their ids, not by a
        # LIKE '%:day' that would read every key the office has ever written.
        taken = set(conn.execute(select(MSG.c.idempotency_key).where(
            MSG.c.batch_id.in_(select(BATCH.c.id).where(BATCH.c.as_of == day)), MSG.c.status != "cancelled")).scalars())
        first_id = None
        if db.is_sqlite:
            # This transaction holds SQLite's write lock from its start: the ids can be ours to give,
            # and the view below built from what was written instead of read back.
            first_id = int(conn.execute(select(func.coalesce(func.max(MSG.c.id), 0))).scalar_one()) + 1
        # Column by column (store.bulk takes columns): no tuple per message is built, then taken apart.
        suffix = f":{day.isoformat()}"
        keys = [f"{m.loan_id}:{m.installment_id or 0}:{m.stage}{suffix}" for m in bp.messages]
        planned, contracts, times = bp.messages, bp.contract_nos, bp.times
        excluded_again = []
        if taken:
            kept = [i for i, key in enumerate(keys) if key not in taken]
            excluded_again = [(planned[i].loan_id, contracts[i], planned[i].stage, ("daily_cap",))
                              for i, key in enumerate(keys) if key in taken]
            planned, contracts = [planned[i] for i in kept], [contracts[i] for i in kept]
            keys, times = [keys[i] for i in kept], [times[i] for i in kept]
        n = len(planned)
        columns: dict[str, Sequence[Any]] = dict(zip(MessageRow._fields, zip(*planned, strict=True), strict=True)) \
            if n else {name: () for name in MessageRow._fields}
        columns["idempotency_key"] = keys
        columns["planned_at"] = times  # each its own moment: a borrower's hours may be later
        # A message planned later than the rest waits for the borrower's own hours, and says so.
        columns["reason"] = reasons = ["borrower_window" if bp.at is not None and at > bp.at else None for at in times]
        ids: Sequence[int] = range(first_id, first_id + n) if first_id is not None else ()
        if first_id is not None:
            columns = {"id": ids, **columns}
        same = {"batch_id": batch_id, "status": "draft", "attempts": 0, "created_at": now, "updated_at": now}
        insert_columns(conn, MSG, columns, same)
        excluded = [(loan_id, contract_no, stage, " ".join(reasons))
                    for loan_id, contract_no, stage, reasons in [*bp.excluded, *excluded_again]]
        bulk_insert(conn, EXCL, ("loan_id", "contract_no", "stage", "reasons"), excluded, {"batch_id": batch_id})
        conn.execute(update(BATCH).where(BATCH.c.id == batch_id).values(messages_count=n,
                                                                        excluded_count=len(excluded)))
        audit.append(conn, who, "batch_create", {"batch": batch_id, "as_of": day.isoformat(), "messages": n,
                                                 "excluded": len(excluded), "template": template_key,
                                                 "stages": list(wanted),
                                                 **({"loans": len(set(loan_ids))} if loan_ids is not None else {})})
        if first_id is None:
            return _view(conn, batch_id)
        views = list(map(MessageView._make, zip(ids, contracts, columns["to"], columns["body"], columns["encoding"],
                                                 columns["segments"], repeat("draft"), reasons, columns["stage"])))
        return BatchView(batch_id, "draft", day, who, None, views, sorted((e[1], e[3].split()) for e in excluded))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A day's plan makes a few objects per loan and frees none until the batch is written: the
    cyclic garbage collector would walk all of them again and again and find nothing to free."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the plan left alive is old news: straight into the oldest generation (freeze and
        # unfreeze move every object at once, walking none), else the first young collection
        # after this would walk every one of them. Cycles among them are still collected by
        # the next full collection.
        gc.freeze()
        gc.unfreeze()
        if was:
            gc.enable()


def _check_loans(conn: Connection, loan_ids: Collection[int]) -> None:
    """An empty choice, or a loan that does not exist, is bad input: nothing is planned."""
    ids = set(loan_ids)
    if not ids:
        raise UsageError("batch_no_loans")
    known: set[int] = set()
    for part in chunks(sorted(ids)):
        known.update(conn.execute(select(loan_table.c.id).where(loan_table.c.id.in_(part))).scalars())
    missing = sorted(ids - known)
    if missing:
        raise UsageError("batch_loan_unknown", id=missing[0], count=len(missing))


def loans_of_contracts(db: Database, contract_nos: Sequence[str]) -> list[int]:
    """The loans of these contract numbers (`batch create --contract`); an unknown one is bad input."""
    wanted = list(dict.fromkeys(c.strip() for c in contract_nos))
    found: dict[str, int] = {}
    with db.engine.connect() as conn:
        for part in chunks(wanted):
            found.update((c, int(i)) for c, i in conn.execute(
                select(loan_table.c.contract_no, loan_table.c.id).where(loan_table.c.contract_no.in_(part))).all())
    missing = [c for c in wanted if c not in found]
    if missing:
        raise UsageError("batch_contract_unknown", contract_no=missing[0], count=len(missing))
    return [found[c] for c in wanted]


def loans_of_filter(db: Database, today: date, f: QueueFilter) -> list[int] | None:
    """The loans the queue shows under filter `f` (None: no filter, the whole book), for "create a
    batch from the filter": the queue's own query (services/book/queue_view.py) picks them."""
    from operator_app.services.book import queue_view

    if f == queue_view.QueueFilter():
        return None
    total = queue_view.count(db, today, f)
    return [r.loan_id for r in queue_view.page(db, today, f, limit=max(total, 1))] if total else []


def _batch(conn: Connection, batch_id: int) -> Any:
    row = conn.execute(select(BATCH).where(BATCH.c.id == batch_id)).first()
    if row is None:
        raise UsageError("batch_unknown", id=batch_id)
    return row


def _view(conn: Connection, batch_id: int, *, with_lint: bool = False) -> BatchView:
    b = _batch(conn, batch_id)
    messages = [MessageView(*r) for r in conn.execute(
        select(MSG.c.id, loan_table.c.contract_no, MSG.c.to, MSG.c.body, MSG.c.encoding, MSG.c.segments, MSG.c.status,
               MSG.c.reason, MSG.c.stage)
        .join(loan_table, loan_table.c.id == MSG.c.loan_id).where(MSG.c.batch_id == batch_id).order_by(MSG.c.id)).all()]
    excluded = [(contract_no, reasons.split()) for contract_no, reasons in
                conn.execute(select(EXCL.c.contract_no, EXCL.c.reasons).where(EXCL.c.batch_id == batch_id)
                             .order_by(EXCL.c.contract_no)).all()]
    findings: list[tuple[str, str, dict[str, object]]] = []
    if with_lint:
        limit = settings_service.load(conn).get("lint.max_segments")
        for m in messages:
            findings += [(m.contract_no, f.code, {**f.params, "severity": f.severity})
                         for f in lint(m.text, max_segments=limit) if f.severity != "info"]
    as_of = b.as_of if isinstance(b.as_of, date) else date.fromisoformat(str(b.as_of))
    return BatchView(b.id, b.status, as_of, b.created_by, b.approved_by, messages, excluded, findings)


def show_batch(db: Database, batch_id: int) -> BatchView:
    with db.engine.connect() as conn:
        return _view(conn, batch_id, with_lint=True)


def _as_utc(value: object) -> datetime | None:
    if value is None:
        return None
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@writes(OpChanges(batches=True, messages=True))
def approve_batch(db: Database, batch_id: int, *, by: str, confirm_stale: bool = False) -> BatchView:
    """The checker's approval: not the maker, no lint error, planned for today, fresh data."""
    who = actor(by, db, "approve")
    with db.engine.begin() as conn:
        b = _batch(conn, batch_id)
        settings = settings_service.load(conn)
        if not batch_rules.allowed(b.status, "approved"):
            raise BatchRefused("batch_not_draft", id=batch_id, status=b.status)
        if same_person(b.created_by, who):
            raise BatchRefused("batch_self_approval", id=batch_id, name=who)
        missing = settings.missing_office_details()
        if missing:  # the office's own details go out in every text: never a made-up one
            raise BatchRefused("office_details_missing", id=batch_id, keys=", ".join(missing))
        today = clock.office_today(settings.policy)
        view = _view(conn, batch_id, with_lint=True)
        if view.as_of != today:
            raise BatchRefused("batch_other_day", id=batch_id, as_of=view.as_of.isoformat(), today=today.isoformat())
        blocking = [(c, code, p) for c, code, p in view.lint if p.get("severity") == "error"]
        gaps = {c for c, code, _ in blocking if code == "office_unset"}
        if gaps:  # planned before the office set its details: the texts are made again, not fixed
            raise BatchRefused("batch_office_gaps", id=batch_id, count=len(gaps))
        if blocking:
            contract, code, params = blocking[0]
            # Counted in messages (one message may break several rules); the first finding goes
            # with its code and parameters, put into words at the edge (i18n.finding_text).
            raise BatchRefused("batch_lint_errors", id=batch_id, count=len({c for c, _, _ in blocking}),
                               contract_no=contract, finding=code, finding_params=params)
        last = _as_utc(conn.execute(select(func.max(import_run_table.c.finished_at))).scalar())
        stale_days = settings.get("batch.stale_days")
        last_day = settings.policy.local_day(last) if last else None
        if last_day is None and not confirm_stale:
            raise BatchRefused("batch_never_imported", id=batch_id)
        if last_day is not None and (today - last_day).days > stale_days and not confirm_stale:
            raise BatchRefused("batch_stale_data", id=batch_id, date=last_day.isoformat(), days=stale_days)
        now = clock.now()
        # What the approver vouches for: each message's id, recipient and frozen text, as a digest
        # (`audit verify` recomputes it from the outbox: a text or number edited later shows).
        frozen = conn.execute(select(MSG.c.id, MSG.c.to, MSG.c.body).where(MSG.c.batch_id == batch_id,
                                                                         MSG.c.status == "draft")
                              .order_by(MSG.c.id))
        digest = audit.batch_digest(audit.message_digest(i, to, body) for i, to, body in frozen)
        ids = transitions.approve_batch(conn, batch_id, at=now, actor=who)
        if ids is None:  # another desk moved it since it was read
            raise BatchRefused("batch_not_draft", id=batch_id, status=_batch(conn, batch_id).status)
        audit.append(conn, who, "batch_approve", {"batch": batch_id, "messages": len(ids), "digest": digest,
                                                  "stale_confirmed": bool(confirm_stale and last_day is not None
                                                                          and (today - last_day).days > stale_days),
                                                  "data_as_of": last_day.isoformat() if last_day else None})
        return _view(conn, batch_id)


def check_office_texts(db: Database, batch_id: int) -> None:
    """Before sending: the office's details are set, and no message of the batch still waiting was
    made without them (a gap, or a placeholder once shipped, in a batch approved before this
    check existed). The office's decision, once for the whole batch; nothing is claimed."""
    with db.engine.connect() as conn:
        if settings_service.load(conn).missing_office_details():
            raise BatchRefused("office_details_missing", id=batch_id)
        marks = [gap(key) for key in OFFICE_DETAILS] + ["【" + PLACEHOLDERS["office.signature"] + "】",
                                                         PLACEHOLDERS["office.phone"]]
        count = int(conn.execute(select(func.count()).select_from(MSG).where(
            MSG.c.batch_id == batch_id, MSG.c.status == "queued",
            or_(*(MSG.c.body.contains(m, autoescape=True) for m in marks)))).scalar_one())
    if count:
        raise BatchRefused("batch_office_gaps", id=batch_id, count=count)


@writes(OpChanges(batches=True, messages=True))
def cancel_batch(db: Database, batch_id: int, *, by: str) -> BatchView:
    """Withdraw a draft or approved batch: its messages not yet claimed become `cancelled`."""
    who = actor(by, db, "plan")
    with db.engine.begin() as conn:
        b = _batch(conn, batch_id)
        if not batch_rules.allowed(b.status, "cancelled"):
            raise BatchRefused("batch_not_cancellable", id=batch_id, status=b.status)
        ids = transitions.cancel_batch(conn, batch_id, at=clock.now(), actor=who)
        if ids is None:  # another desk moved it since it was read
            raise BatchRefused("batch_not_cancellable", id=batch_id, status=_batch(conn, batch_id).status)
        audit.append(conn, who, "batch_cancel", {"batch": batch_id, "messages": len(ids)})
        return _view(conn, batch_id)
