"""The tables. Money is integer fen; `date` columns are calendar dates, `*_at` columns are UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from operator_app import clock


def utcnow() -> datetime:
    return clock.now()


def _in_utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment, in UTC on every engine. SQLite keeps no zone with a timestamp: a moment with
    another offset (a modem's +08:00 time stamp) would be stored with its local digits and read
    back as UTC, hours off. So every moment goes in converted to UTC (a naive one is taken as
    UTC) and comes out aware, in UTC, on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return _in_utc(value) if isinstance(value, datetime) else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return _in_utc(value) if isinstance(value, datetime) else value


class Base(DeclarativeBase):
    pass


class AppSetting(Base):
    """Office-wide values that must live with the data (e.g. the salt of ID hashes)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Borrower(Base):
    __tablename__ = "borrower"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # How imports recognise the same person again: "id:<hash>" when an ID number was given,
    # else "np:<name>|<phone>". Unique through the index ux_borrower_match_key (below), not a
    # constraint of the table: an office's first import builds it once the rows are in
    # (store.fresh_load).
    match_key: Mapped[str] = mapped_column(String(200))
    name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164, mobile only
    phone_raw: Mapped[str | None] = mapped_column(String(100))
    phone_problem: Mapped[str | None] = mapped_column(String(20))
    id_number_hash: Mapped[str | None] = mapped_column(String(64))
    id_last4: Mapped[str | None] = mapped_column(String(4))
    opted_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    hold_until: Mapped[date | None] = mapped_column(Date)
    hold_reason: Mapped[str | None] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(10), default="zh_CN")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # The borrower's own contact wishes (domain/preferences.py), set by staff; NULL: not set.
    # They concern the person, so an import never writes them.
    contact_weekdays_only: Mapped[bool | None] = mapped_column(Boolean)
    contact_window_start: Mapped[int | None] = mapped_column(Integer)  # minutes after local midnight
    contact_window_end: Mapped[int | None] = mapped_column(Integer)
    contact_weekly_max: Mapped[int | None] = mapped_column(Integer)
    contact_no_sms: Mapped[bool | None] = mapped_column(Boolean)
    contact_pref_note: Mapped[str | None] = mapped_column(String(200))
    contact_pref_set_by: Mapped[str | None] = mapped_column(String(100))
    contact_pref_set_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # `privacy erase`: the personal fields above are emptied, the row stays for its loans' amounts
    # and dates; never planned again, and an import does not write the person back (services/privacy).
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    loans: Mapped[list[Loan]] = relationship(back_populates="borrower")


class ImportRun(Base):
    __tablename__ = "import_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # "loan" | "installment"
    mapping: Mapped[str] = mapped_column(Text)  # JSON: field -> header text
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    loans_created: Mapped[int] = mapped_column(Integer, default=0)
    loans_updated: Mapped[int] = mapped_column(Integer, default=0)
    loans_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    installments: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    imported_by: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    issues: Mapped[list[ImportIssue]] = relationship(back_populates="run", cascade="all, delete-orphan")


class ImportIssue(Base):
    __tablename__ = "import_issue"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("import_run.id", ondelete="CASCADE"), index=True)
    row: Mapped[int] = mapped_column(Integer)  # the spreadsheet's own 1-based row number
    column: Mapped[str | None] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))  # "rejected" | "warning"
    # Only runs from before `params` (migration 0002) have words here; every issue is shown from
    # `code` + `params`, in the language of the moment (0012 made this optional).
    message: Mapped[str | None] = mapped_column(Text)
    params: Mapped[str | None] = mapped_column(Text)  # JSON: {"detail": message key, **values}

    run: Mapped[ImportRun] = relationship(back_populates="issues")


class Loan(Base):
    __tablename__ = "loan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_no: Mapped[str] = mapped_column(String(100), unique=True)
    borrower_id: Mapped[int | None] = mapped_column(ForeignKey("borrower.id"), index=True)
    principal_fen: Mapped[int | None] = mapped_column(BigInteger)
    disbursed_on: Mapped[date | None] = mapped_column(Date)
    # As the office's sheet states it; None means "derive from the installments".
    outstanding_fen: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | paid
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"))
    # Digest of the normalised source row: an unchanged row on re-import writes nothing.
    source_hash: Mapped[str | None] = mapped_column(String(40))
    # The same for the schedule an installment-level sheet gave, kept apart so that loan sheets
    # and schedule sheets of one office do not undo each other.
    schedule_hash: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # What the queue shows, sorts and filters by, stored so that a sort reads one index instead of
    # every installment: what the loan owes (domain.amounts.owed: fen) and the due date that counts
    # from (domain.amounts.owed: since). services.queue.store_figures keeps them, for every write
    # that changes a loan's amounts or installments.
    owed_fen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    owed_since: Mapped[date | None] = mapped_column(Date)

    borrower: Mapped[Borrower | None] = relationship(back_populates="loans")
    installments: Mapped[list[Installment]] = relationship(
        back_populates="loan", cascade="all, delete-orphan", order_by="Installment.seq"
    )


class Installment(Base):
    __tablename__ = "installment"
    __table_args__ = (
        UniqueConstraint("loan_id", "seq"),
        Index("ix_installment_due_on", "due_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    amount_due_fen: Mapped[int] = mapped_column(BigInteger)
    amount_paid_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_on: Mapped[date | None] = mapped_column(Date)
    # "loan_sheet": the single installment a loan-level row implies; "schedule": from an
    # installment-level sheet, which a later loan-level import must not overwrite.
    origin: Mapped[str] = mapped_column(String(20), default="loan_sheet")

    loan: Mapped[Loan] = relationship(back_populates="installments")


class Audit(Base):
    """Append-only; each entry's hash covers the previous one, so an edit breaks the chain."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text)  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# The queue's sorts: the id breaks ties, so keyset paging is stable.
Index("ix_loan_owed_since", Loan.owed_since, Loan.id)
Index("ix_loan_owed_fen", Loan.owed_fen, Loan.id)
# PostgreSQL reads a sort by name from it; SQLite sorts the names itself either way.
Index("ix_borrower_name", Borrower.name)
Index("ux_borrower_match_key", Borrower.match_key, unique=True)


# Core handles for the bulk paths (typed as Table, which `Model.__table__` is not to mypy).
app_setting_table = cast(Table, AppSetting.__table__)
borrower_table = cast(Table, Borrower.__table__)
import_run_table = cast(Table, ImportRun.__table__)
import_issue_table = cast(Table, ImportIssue.__table__)
loan_table = cast(Table, Loan.__table__)
installment_table = cast(Table, Installment.__table__)
audit_table = cast(Table, Audit.__table__)


# --- reviewed batches (issue 10): templates, batches, the outbox, payments, inbound ---------------


class Template(Base):
    """One version of a message template; a batch's messages point at the version they used."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("key", "locale", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40))  # the stage, or "<stage>_firm" for repeat offenders
    locale: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    # JSON {provider: {"code": "SMS_123", "params": {slot: our variable}}} for providers that only
    # send their own pre-approved templates (Aliyun SMS).
    providers: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # "active": batches use the newest active version; "draft": saved but failing the compliance
    # lint, so it never goes out (services/planning/templates.py).
    status: Mapped[str] = mapped_column(String(10), default="active", server_default="active")


class Batch(Base):
    """A day's planned messages: draft -> approved -> sending -> done | cancelled (maker/checker)."""

    __tablename__ = "batch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[date] = mapped_column(Date, index=True)
    template_key: Mapped[str | None] = mapped_column(String(40))  # None: each stage's default
    stages: Mapped[str | None] = mapped_column(Text)  # JSON list asked for; None: every stage
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(100))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    data_as_of: Mapped[datetime | None] = mapped_column(UtcDateTime())  # the last import
    messages_count: Mapped[int] = mapped_column(Integer, default=0)
    excluded_count: Mapped[int] = mapped_column(Integer, default=0)


class BatchExclusion(Base):
    """A loan the batch leaves out, with every reason (the operator sees each)."""

    __tablename__ = "batch_exclusion"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"))
    contract_no: Mapped[str] = mapped_column(String(100))
    stage: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[str] = mapped_column(String(300))  # space-separated reason codes


class Message(Base):
    """The outbox (DESIGN.md state machine: draft queued sending sent delivered failed cancelled
    unknown). The text, encoding and segments are frozen when the batch is built."""

    __tablename__ = "message"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrower.id"))
    installment_id: Mapped[int | None] = mapped_column(ForeignKey("installment.id", ondelete="SET NULL"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("template.id"))
    to: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    segments: Mapped[int] = mapped_column(Integer)
    encoding: Mapped[str] = mapped_column(String(8))
    locale: Mapped[str] = mapped_column(String(10))
    stage: Mapped[str] = mapped_column(String(20))  # the loan's stage when the batch was built
    days_past_due: Mapped[int] = mapped_column(Integer, default=0)
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # the amount the text asks for
    provider_params: Mapped[str | None] = mapped_column(Text)  # JSON, frozen with the text
    status: Mapped[str] = mapped_column(String(12), default="draft")
    reason: Mapped[str | None] = mapped_column(String(40))  # why it failed, was cancelled or waits
    transport: Mapped[str | None] = mapped_column(String(200))
    provider_ref: Mapped[str | None] = mapped_column(String(100))
    # The 8-bit concatenation reference of a multipart text sent part by part (a modem), chosen
    # and stored before its first part goes, so parts sent later join the ones already out.
    concat_ref: Mapped[int | None] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # "<loan>:<installment>:<stage>:<date>": one live message per loan, stage and day.
    idempotency_key: Mapped[str] = mapped_column(String(120))
    planned_at: Mapped[datetime] = mapped_column(UtcDateTime())  # earliest moment it may go
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    queued_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


# Unique among live messages only: a cancelled batch does not block the day's new one.
ux_message_idempotency = Index("ux_message_idempotency", Message.idempotency_key, unique=True,
                               sqlite_where=Message.status != "cancelled")


@event.listens_for(Message.__table__, "before_create")
def _postgresql_partial_index(_table: Table, connection: Connection, **_kw: Any) -> None:
    """The same condition for PostgreSQL, given when a PostgreSQL schema is created: naming
    `postgresql_where` above would import SQLAlchemy's PostgreSQL dialect into every SQLite
    process at start-up (tests/test_schema_fresh.py proves both engines get the same index)."""
    if connection.dialect.name == "postgresql":
        ux_message_idempotency.dialect_options["postgresql"]["where"] = Message.status != "cancelled"


# A batch's messages and "what is queued in this batch" use ix_message_claim below, whose first
# columns are (batch_id, status): a second index on just those was the same lookup written twice
# on every message (dropped by migration 0011).


class MessageEvent(Base):
    """Every state change of a message, append-only."""

    __tablename__ = "message_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    status: Mapped[str] = mapped_column(String(12))
    actor: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[str | None] = mapped_column(Text)


class MessagePart(Base):
    """One part of a multipart message sent part by part: `sending` (committed before its PDU is
    written: found so after a crash, it may be on the air), `sent` (the modem took it: never sent
    again; `reference` is its TP-MR) or `refused` (a definite +CMS ERROR: it had no effect, and
    goes again later with the message's concat_ref). No row: not tried yet."""

    __tablename__ = "message_part"
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-based
    status: Mapped[str] = mapped_column(String(10))
    reference: Mapped[str | None] = mapped_column(String(20))
    transport: Mapped[str | None] = mapped_column(String(200))  # the modem that took it (its parts stay on it)
    error: Mapped[str | None] = mapped_column(String(40))  # the code of the last refusal
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Payment(Base):
    """A rise in a loan's paid amount seen by an import."""

    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"), index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date] = mapped_column(Date)
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class LoanPaidSeen(Base):
    """The total paid each loan had at the last import: a rise since is a payment."""

    __tablename__ = "loan_paid_seen"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"), primary_key=True)
    paid_fen: Mapped[int] = mapped_column(BigInteger)


class Inbound(Base):
    """A text a borrower sent us (opt-out, dispute, anything else)."""

    __tablename__ = "inbound"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender: Mapped[str] = mapped_column(String(30), index=True)
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    borrower_id: Mapped[int | None] = mapped_column(ForeignKey("borrower.id"), index=True)
    action: Mapped[str] = mapped_column(String(20), default="none")  # opt_out | hold | none
    transport: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


template_table = cast(Table, Template.__table__)
batch_table = cast(Table, Batch.__table__)
batch_exclusion_table = cast(Table, BatchExclusion.__table__)
message_table = cast(Table, Message.__table__)
message_event_table = cast(Table, MessageEvent.__table__)
message_part_table = cast(Table, MessagePart.__table__)
payment_table = cast(Table, Payment.__table__)
loan_paid_seen_table = cast(Table, LoanPaidSeen.__table__)
inbound_table = cast(Table, Inbound.__table__)


# --- exactly-once dispatch (issue 11): delivery reports, dispatcher runs ------------------------


class DeliveryReport(Base):
    """A delivery report as a transport heard it, kept whether or not it matched a message:
    modem references repeat after 255, so a report is matched by (transport, reference,
    recipient, time window) and the match is written down here (message_id, part)."""

    __tablename__ = "delivery_report"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transport: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(100))
    recipient: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(12))  # delivered | pending | failed
    status_code: Mapped[int | None] = mapped_column(Integer)  # TP-ST for a modem
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # the SMSC's stamps
    discharged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id", ondelete="SET NULL"), index=True)
    part: Mapped[int | None] = mapped_column(Integer)  # 1-based part of the message it reports on


Index("ix_delivery_report_ref", DeliveryReport.transport, DeliveryReport.reference)
# Reports are matched by recipient and time: without this a report scans the whole outbox.
Index("ix_message_to_sent", Message.to, Message.sent_at)
Index("ix_message_borrower_sent", Message.borrower_id, Message.sent_at)  # the caps at claim time
# The claim's "next queued message of this batch, oldest first": one index step, not a sort; and,
# by its first two columns, a batch's messages in a status.
Index("ix_message_claim", Message.batch_id, Message.status, Message.planned_at, Message.id)


class DispatchRun(Base):
    """One running dispatcher (a `send` or the GUI's sender). A message in `sending` names its run
    in its event; at start a `sending` row whose run is gone was cut mid-send and becomes
    `unknown`, while one whose run is alive (another workstation) is left alone."""

    __tablename__ = "dispatch_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


delivery_report_table = cast(Table, DeliveryReport.__table__)
dispatch_run_table = cast(Table, DispatchRun.__table__)


class Operator(Base):
    """A person who signs in (issue 19). `name` is the normalised spelling (domain.names), so no
    other typing of it is a second person; the password is kept only as its argon2id hash."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    display: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))  # clerk, approver, admin (services/office/identity.py)
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


operator_table = cast(Table, Operator.__table__)
