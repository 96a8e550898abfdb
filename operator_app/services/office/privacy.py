"""Borrowers' rights (PIPL Art. 44-47): find everything the office holds about a borrower, and
erase a borrower's personal data (`privacy erase CONTRACT_NO --reason TEXT`).

What an erase empties: the borrower's name, numbers (E.164 and as imported), ID-number hash and
last four, hold reason and match key; every text and recipient of their messages (frozen
provider parameters too) and the delivery reports to that number; their replies (text and
sender); and wherever the person is quoted elsewhere: import problems, import file names,
message events and audit entries (`needles`: the name, the number in its spellings, the reply
and hold texts). The tombstone `TOMBSTONE` takes their place. Loans, installments, payments,
amounts and dates stay, for the accounts. The borrower row stays too (its loans point at it),
marked `erased_at` and opted out, so it is never planned again; its draft and queued messages
are withdrawn first (`erased`), and an erase waits until no send runs (a message on the wire
would otherwise go out after it). A later import of a sheet still naming the contract updates
the loan's amounts but never writes the person back (services/import_writer, warning `erased`).

The audit chain stays verifiable (messaging/audit.py): the erase entry carries the digests of the
messages it emptied (approvals still check) and vouches for each entry it redacted. Then the
bytes go (store/wipe.py). Backups made before still hold the person: the result counts them and
the operator is told; they are never deleted silently (rotation removes the daily ones in time).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, or_, select, update

from operator_app import clock
from operator_app.domain.phones import normalize_phone
from operator_app.errors import RUNTIME, KnownError, UsageError
from operator_app.messaging import audit, inbound
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office.identity import actor
from operator_app.store import wipe
from operator_app.store.bulk import chunks
from operator_app.store.db import Database
from operator_app.store.models import (
    audit_table,
    borrower_table,
    delivery_report_table,
    import_issue_table,
    import_run_table,
    inbound_table,
    loan_table,
    message_event_table,
    message_table,
)

BORROWER, LOAN, MSG, EVENT = borrower_table, loan_table, message_table, message_event_table
TOMBSTONE = "〔已删除〕"
ERASED = "erased"  # the reason of the messages an erase withdrew
MIN_NEEDLE = 2  # a name of two characters is searched for elsewhere
MIN_TEXT = 8  # a reply or hold text shorter than this ("TD", "退订") is a command, not a quote


@dataclass(frozen=True)
class Found:
    """Whom a contract number or a phone number names: borrower ids, and the loans of the contract."""

    key: str
    borrowers: tuple[int, ...]
    by_phone: bool


@dataclass
class Erased:
    borrower: int
    contracts: list[str]
    messages: int = 0
    withdrawn: int = 0
    replies: int = 0
    reports: int = 0
    quoted: int = 0  # import problems, files and message events where the person was quoted
    entries: int = 0  # audit entries redacted (and vouched for by the erase entry)
    shared_phone: bool = False  # another borrower has the same number: kept in their row
    wiped: bool = True
    backups: list[Path] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"borrower": self.borrower, "contracts": self.contracts, "messages": self.messages,
                "withdrawn": self.withdrawn, "replies": self.replies, "reports": self.reports,
                "quoted": self.quoted, "entries": self.entries, "shared_phone": self.shared_phone,
                "wiped": self.wiped, "backups": [str(p) for p in self.backups]}


def phone_forms(e164: str | None, raw: str | None) -> list[str]:
    """The spellings a number may have been stored or quoted in: E.164, national, as imported,
    and its digits alone."""
    forms = {e164 or "", raw or ""}
    if e164 and e164.startswith("+86"):
        forms.add(e164[3:])
    if raw:
        forms.add("".join(ch for ch in raw if ch.isdigit()))
    return sorted((f for f in forms if len(f) >= 5), key=len, reverse=True)


def find(conn: Connection, key: str) -> Found | None:
    """The borrower of contract `key`, else every borrower with that mobile (E.164 or as
    imported); None when neither names anyone."""
    key = key.strip()
    loan = conn.execute(select(LOAN.c.borrower_id).where(LOAN.c.contract_no == key)).first()
    if loan is not None:
        return Found(key, (loan.borrower_id,) if loan.borrower_id is not None else (), False)
    e164 = normalize_phone(key).e164
    conds = [BORROWER.c.phone_raw == key] + ([BORROWER.c.phone == e164] if e164 else [])
    ids = tuple(conn.execute(select(BORROWER.c.id).where(or_(*conds)).order_by(BORROWER.c.id)).scalars())
    return Found(key, ids, True) if ids else None


def scrub(value: Any, needles: list[str]) -> Any:
    """`value` (a text or parsed JSON) with every needle replaced by the tombstone."""
    if isinstance(value, str):
        for needle in needles:
            value = value.replace(needle, TOMBSTONE)
        return value
    if isinstance(value, list):
        return [scrub(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: scrub(v, needles) for k, v in value.items()}
    return value


def _fragments(needles: list[str]) -> list[str]:
    """A piece of each needle as it appears inside a JSON text too (no quote, backslash or line
    break), to find candidate rows with LIKE; the exact replacement is done on the parsed values."""
    out = set()
    for needle in needles:
        pieces = [p for p in needle.replace("\\", "\n").replace('"', "\n").replace("\r", "\n").replace("\t", "\n")
                  .split("\n") if len(p) >= MIN_NEEDLE]
        if pieces:
            out.add(max(pieces, key=len))
    return sorted(out)


def _rows_quoting(conn: Connection, table: Table, columns: list[str], needles: list[str]) -> list[Any]:
    found: dict[Any, Any] = {}
    key = table.primary_key.columns.values()[0]
    for frag in _fragments(needles):
        pattern = "%" + frag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds = [table.c[c].like(pattern, escape="\\") for c in columns]
        for row in conn.execute(select(key, *[table.c[c] for c in columns]).where(or_(*conds))):
            found[row[0]] = row
    return [found[k] for k in sorted(found)]


def _scrub_json(text: str | None, needles: list[str]) -> str | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return str(scrub(text, needles))
    return json.dumps(scrub(value, needles), ensure_ascii=False, sort_keys=True, default=str)


@writes(OpChanges(loans=True, messages=True, inbox=True))  # the person, their messages and replies
def erase(db: Database, contract_no: str, *, reason: str, by: str) -> Erased:
    """Erase the person of `contract_no` (all their loans': one person). Bad input (exit 2): no
    reason, an unknown contract, a loan without a borrower, one already erased. Refused (exit 1)
    while a send runs."""
    from operator_app.services.office.office_files import sending_runs

    who = actor(by, db, "privacy")
    reason = " ".join(reason.split())
    if not reason:
        raise UsageError("privacy_reason_missing")
    with db.engine.connect() as conn:
        found = find(conn, contract_no)
        if found is None or found.by_phone:
            raise UsageError("privacy_unknown_contract", contract=contract_no)
        if not found.borrowers:
            raise UsageError("privacy_no_borrower", contract=contract_no)
        person = conn.execute(select(BORROWER).where(BORROWER.c.id == found.borrowers[0])).one()
    if person.erased_at is not None:
        from operator_app.services.office.settings import office_zone

        day = person.erased_at.astimezone(office_zone(db)).date()
        raise UsageError("privacy_already_erased", contract=contract_no, at=day.isoformat())
    runs = sending_runs(db)
    if runs:
        raise KnownError("privacy_while_sending", exit_code=RUNTIME, run=runs[0])
    now = clock.now()
    with db.engine.begin() as conn:
        wipe.secure_delete_on(conn)
        _write_lock(conn)
        result = _erase_in(conn, person, reason=reason, who=who, now=now)
    result.wiped = wipe.wipe(db.engine).complete
    result.backups = backups_holding(db)
    return result


def _write_lock(conn: Connection) -> None:
    """Take the locks the erase ends with first: SQLite's write lock before the first read, and on
    PostgreSQL the audit chain's (audit.append's), since the erase rewrites entries before it
    appends: another desk appending in between would otherwise wait on us while we wait on it."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE")
    elif conn.dialect.name == "sqlite" and not conn.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _erase_in(conn: Connection, person: Any, *, reason: str, who: str, now: datetime) -> Erased:
    borrower = int(person.id)
    contracts = list(conn.execute(select(LOAN.c.contract_no).where(LOAN.c.borrower_id == borrower)
                                  .order_by(LOAN.c.contract_no)).scalars())
    result = Erased(borrower, contracts)
    phones = phone_forms(person.phone, person.phone_raw)
    shared = person.phone is not None and conn.execute(select(BORROWER.c.id).where(
        BORROWER.c.phone == person.phone, BORROWER.c.id != borrower).limit(1)).first() is not None
    result.shared_phone = shared
    result.withdrawn = inbound.withdraw(conn, ERASED, who, now, borrower_ids=[borrower], statuses=("draft", "queued"))
    replies = list(conn.execute(select(inbound_table.c.id, inbound_table.c.text).where(or_(
        inbound_table.c.borrower_id == borrower,
        (inbound_table.c.borrower_id.is_(None) & inbound_table.c.sender.in_(phones)) if phones and not shared
        else inbound_table.c.id < 0))))
    # a hold reason and the note of their contact wishes are free text staff typed: they may quote the person
    texts = [t for _, t in replies] + [t for t in (person.hold_reason, person.contact_pref_note) if t]
    needles = [n for n in {person.name or "", *([] if shared else phones)} if len(n) >= MIN_NEEDLE]
    needles += [t for t in set(texts) if len(t.strip()) >= MIN_TEXT and t not in needles]
    needles.sort(key=len, reverse=True)
    # the messages: the digests approvals vouched for, then the texts and recipients
    messages = list(conn.execute(select(MSG.c.id, MSG.c.to, MSG.c.body, MSG.c.error).where(MSG.c.borrower_id == borrower)))
    # a text a retention purge already emptied keeps the digest that purge recorded (of its original)
    digests = {str(m.id): audit.message_digest(m.id, m.to, m.body) for m in messages if m.body != TOMBSTONE}
    for part in chunks([m.id for m in messages]):
        conn.execute(update(MSG).where(MSG.c.id.in_(part)).values(body=TOMBSTONE, to="", provider_params=None))
        conn.execute(update(delivery_report_table).where(delivery_report_table.c.message_id.in_(part))
                     .values(recipient=""))
    for m in messages:
        if m.error and needles and scrub(m.error, needles) != m.error:
            conn.execute(update(MSG).where(MSG.c.id == m.id).values(error=scrub(m.error, needles)))
    result.messages = len(messages)
    if phones and not shared:
        result.reports = conn.execute(update(delivery_report_table).where(
            delivery_report_table.c.recipient.in_(phones)).values(recipient="")).rowcount or 0
    for part in chunks([i for i, _ in replies]):
        conn.execute(update(inbound_table).where(inbound_table.c.id.in_(part)).values(text=TOMBSTONE, sender=""))
    result.replies = len(replies)
    result.quoted = _scrub_quotes(conn, needles)
    conn.execute(update(LOAN).where(LOAN.c.borrower_id == borrower).values(source_hash=None))
    conn.execute(update(BORROWER).where(BORROWER.c.id == borrower).values(
        name=None, phone=None, phone_raw=None, phone_problem=None, id_number_hash=None, id_last4=None,
        hold_until=None, hold_reason=None, match_key=f"erased:{borrower}", erased_at=now,
        contact_weekdays_only=None, contact_window_start=None, contact_window_end=None, contact_weekly_max=None,
        contact_no_sms=None, contact_pref_note=None, contact_pref_set_by=None, contact_pref_set_at=None,
        opted_out_at=person.opted_out_at or now))
    vouched = _redact_entries(conn, needles)
    result.entries = len(vouched)
    audit.append(conn, who, audit.ERASED, {
        "borrower": borrower, "contracts": contracts, "reason": scrub(reason, needles), "messages": digests,
        "withdrawn": result.withdrawn, "replies": result.replies, "entries": vouched}, at=now)
    return result


def _scrub_quotes(conn: Connection, needles: list[str]) -> int:
    """Import problems, import file names and message events quoting the person."""
    if not needles:
        return 0
    count = 0
    issue = import_issue_table
    for row in _rows_quoting(conn, issue, ["message", "params"], needles):
        conn.execute(update(issue).where(issue.c.id == row.id).values(
            message=scrub(row.message, needles), params=_scrub_json(row.params, needles)))
        count += 1
    run = import_run_table
    for row in _rows_quoting(conn, run, ["file_name"], needles):
        conn.execute(update(run).where(run.c.id == row.id).values(file_name=scrub(row.file_name, needles)))
        count += 1
    for row in _rows_quoting(conn, EVENT, ["detail"], needles):
        conn.execute(update(EVENT).where(EVENT.c.id == row.id).values(detail=scrub(row.detail, needles)))
        count += 1
    return count


def _redact_entries(conn: Connection, needles: list[str]) -> dict[str, list[str]]:
    """Audit entries quoting the person, redacted: id -> [its hash, digest of the redacted detail]."""
    vouched: dict[str, list[str]] = {}
    if not needles:
        return vouched
    table = audit_table
    for row in _rows_quoting(conn, table, ["detail"], needles):
        redacted = _scrub_json(row.detail, needles)
        if redacted is None or redacted == row.detail:
            continue
        entry_hash = conn.execute(select(table.c.hash).where(table.c.id == row.id)).scalar_one()
        conn.execute(update(table).where(table.c.id == row.id).values(detail=redacted))
        vouched[str(row.id)] = [entry_hash, audit.detail_digest(redacted)]
    return vouched


def backups_holding(db: Database) -> list[Path]:
    """The office's backup files beside a SQLite database (backups/ and the copies kept before a
    migration or a restore): made before the erase, they still hold the person."""
    if not db.is_sqlite:
        return []
    from operator_app.services.office.office_files import backups_of, database_file

    live = database_file(db)
    kept = sorted(p for p in live.parent.glob(f"{live.name}.*") if ".before-" in p.name)
    return [f.path for f in backups_of(live)] + kept


def erased_borrowers(conn: Connection, ids: list[int]) -> dict[int, datetime]:
    """Of these borrowers, the erased ones and when (for an import that names their contracts)."""
    out: dict[int, datetime] = {}
    for part in chunks(ids):
        for row in conn.execute(select(BORROWER.c.id, BORROWER.c.erased_at).where(
                BORROWER.c.id.in_(part), BORROWER.c.erased_at.is_not(None))):
            out[int(row.id)] = row.erased_at
    return out


def forget_parts(conn: Connection, message_ids: list[int]) -> int:
    """Delete the part rows of these messages (their references say nothing once the text is gone)."""
    from operator_app.store.models import message_part_table

    n = 0
    for part in chunks(message_ids):
        n += conn.execute(delete(message_part_table).where(message_part_table.c.message_id.in_(part))).rowcount or 0
    return n
