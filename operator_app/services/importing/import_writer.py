"""The bulk upsert of an import, inside the caller's transaction, fed chunk by chunk.

Loan sheets are written as they stream in: new rows go in column by column (store.bulk);
changed rows, which are few, are updated row by row. A contract on several rows is held back
and written once, merged (later cells win, empty cells keep), at the end; so where such a
contract and another one name the same borrower differently, the merged contract's details
are the ones kept. Schedules need all of a contract's rows: written at the end. What a row's
amounts mean for the loan and its installment is domain.amounts' (via importing.columns).
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, delete, select, update

from operator_app import clock
from operator_app.domain.amounts import schedule_status
from operator_app.domain.overdue import Owed, owed
from operator_app.importing.columns import Columns, Derived, borrower_keys, digest_of, transpose
from operator_app.importing.records import BORROWER_FIELDS, Issue, Record, merge_records
from operator_app.importing.stream import Chunk, Opened
from operator_app.messaging import audit, inbound
from operator_app.services.book.queue import store_figures
from operator_app.services.importing.result import ImportResult
from operator_app.services.office import settings
from operator_app.services.office.privacy import erased_borrowers
from operator_app.services.progress import Progress
from operator_app.store.bulk import chunks, has_rows, insert_columns, insert_ids, pick
from operator_app.store.fresh_load import defer_indexes, rebuild_indexes
from operator_app.store.models import (
    borrower_table,
    import_issue_table,
    installment_table,
    loan_paid_seen_table,
    loan_table,
)

LOAN, BORROWER, INSTALLMENT = loan_table, borrower_table, installment_table
FRESH_TABLES = (BORROWER, LOAN, INSTALLMENT)  # empty before an office's first import
CONTACT_CHANGED = "contact_changed"
UNUSABLE = ("landline", "invalid")  # domain.phones' problems of a number given but not a mobile


def issue_params(issue: Issue) -> str:
    """How an issue is stored: its message key and values, translated whenever it is shown."""
    return json.dumps({"detail": issue.detail, **issue.params}, ensure_ascii=False, default=str)


class LoanWriter:
    def __init__(self, conn: Connection, opened: Opened, progress: Progress, run_id: int, *, fresh: bool = False) -> None:
        """`fresh`: the loan tables are known to be empty (store.fresh_load): their indexes are
        built once at the end."""
        self.run_id = run_id
        self.conn = conn
        self.kind = opened.kind
        self.repeated = opened.repeated
        self.progress = progress
        self.now = clock.now()
        self.had_loans = not fresh and has_rows(conn, LOAN)  # a fresh database needs no look-ups at all
        self.had_borrowers = not fresh and has_rows(conn, BORROWER)
        self.borrower_ids: dict[str, int] = {}  # match_key -> id, for borrowers this run has written
        self.held: list[Record] = []  # schedule rows, and loan rows of repeated contracts
        # Updated loans whose schedule stays (a schedule sheet's): their stored queue figures
        # (domain.overdue.owed) are refreshed from the database at the end; every other loan
        # written gets them from the rows at hand.
        self.refresh: list[int] = []
        self.deferred = defer_indexes(conn, FRESH_TABLES) if fresh else []
        # A fresh load of a loan sheet writes each new loan's paid baseline (what
        # services.book.payments.record_payments would derive from its installments at the end)
        # with the loan's rows, so the run needs no pass over every installment afterwards.
        self.baselines_written = fresh and opened.kind == "loan"
        # Borrowers whose name or number this import changed, and loans it moved to another
        # borrower: their messages not yet claimed were written for the old person or number
        # (`withdrawn_for_contact`). A fresh load has neither: its tables held no one.
        self.contact_changed: set[int] = set()
        self.moved_loans: set[int] = set()
        # Rows naming a contract whose borrower was erased (services/privacy): the loan's amounts
        # are updated, the person is not written back (warning `erased`, added to the result's).
        self.erased: list[Issue] = []
        self.erased_loans: set[int] = set()

    def add(self, chunk: Chunk, result: ImportResult) -> None:
        if not chunk.columns:
            return
        if self.kind == "installment":
            self.held += chunk.records
            return
        f: Columns = dict(zip(Record._fields, chunk.columns, strict=True))
        if self.repeated and not self.repeated.isdisjoint(f["contract_no"]):
            records = chunk.records
            self.held += [rec for rec in records if rec.contract_no in self.repeated]
            rows = [i for i, rec in enumerate(records) if rec.contract_no not in self.repeated]
            if rows:
                self.write_loans(pick(f, rows), result)
        else:
            self.write_loans(f, result, chunk.derived)

    def finish(self, result: ImportResult) -> None:
        installment = self.kind == "installment"
        held = merge_records(self.held, installment)
        if installment:
            self.write_schedules(held, result)
        elif held:
            self.write_loans(transpose(held), result)
        rebuild_indexes(self.conn, self.deferred)
        self.deferred = []
        store_figures(self.conn, self.refresh)
        for part in chunks(sorted(self.erased_loans)):  # no digest of a row that names the erased person
            self.conn.execute(update(LOAN).where(LOAN.c.id.in_(part)).values(source_hash=None))

    def _keep_erased(self, contracts: list[str], rows: list[int], keys: list[str | None], olds: list[Any]) -> list[str | None]:
        """`keys` without the borrowers of loans whose borrower was erased: those rows keep the
        erased borrower (no new person is made from them); each is warned once."""
        ids = [old.borrower_id for old in olds if old is not None and old.borrower_id is not None]
        gone = erased_borrowers(self.conn, ids) if ids else {}
        if not gone:
            return keys
        keys = list(keys)
        warned = {i.params.get("contract") for i in self.erased}
        zone = ZoneInfo(settings.load(self.conn).get("office.timezone"))  # the day as the office saw it
        for i, old in enumerate(olds):
            if old is not None and old.borrower_id in gone:
                keys[i] = None
                self.erased_loans.add(old.id)
                if contracts[i] not in warned:
                    warned.add(contracts[i])
                    self.erased.append(Issue(rows[i], None, "erased", "issue_erased",
                                             {"contract": contracts[i],
                                              "at": gone[old.borrower_id].astimezone(zone).date().isoformat()}))
        return keys

    def withdraw_changed(self, actor: str) -> int:
        """Withdraw (`contact_changed`) the draft and queued messages of the borrowers whose name
        or number this import changed and of the loans it gave another borrower: they were
        written for the old person or number and must never go there. On the audit chain."""
        if not (self.contact_changed or self.moved_loans):
            return 0
        borrowers, loans = sorted(self.contact_changed), sorted(self.moved_loans)
        withdrawn = inbound.withdraw(self.conn, CONTACT_CHANGED, actor, self.now, borrower_ids=borrowers,
                                     loan_ids=loans, statuses=("draft", "queued"))
        if withdrawn:
            audit.append(self.conn, actor, "messages_withdrawn", {"reason": CONTACT_CHANGED, "run": self.run_id,
                                                                  "borrowers": borrowers, "loans": loans,
                                                                  "withdrawn": withdrawn}, at=self.now)
        return withdrawn

    def write_issues(self, issues: list[Issue]) -> None:
        """Every issue of the run as code + parameters (`params`): its words are the edge's, in
        the language of whoever reads them (import_file.stored_issues)."""
        if issues:
            insert_columns(self.conn, import_issue_table, {
                "row": [i.row for i in issues], "column": [i.column for i in issues],
                "code": [i.code for i in issues], "severity": ["rejected" if i.rejecting else "warning" for i in issues],
                "params": [issue_params(i) for i in issues]}, {"run_id": self.run_id})

    def _existing_loans(self, contracts: list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        cols = (LOAN.c.contract_no, LOAN.c.id, LOAN.c.source_hash, LOAN.c.schedule_hash, LOAN.c.borrower_id)
        if not self.had_loans:
            return found  # a fresh database: skip the empty look-ups
        for part in chunks(contracts):
            for row in self.conn.execute(select(*cols).where(LOAN.c.contract_no.in_(part))):
                found[row.contract_no] = row
        return found

    def _borrower_ids(self, keys: list[str | None], f: Columns) -> dict[str, int]:
        """match_key -> borrower id for rows with these keys and columns, creating borrowers or
        refreshing them as the sheet says (the last row naming a borrower wins; its empty cells
        keep what is stored)."""
        latest = {key: i for i, key in enumerate(keys) if key}  # a later row overwrites an earlier one
        ids = self.borrower_ids
        # Borrowers this run wrote are read back by id: in a fresh load the match keys' index is
        # only built at the end (store.fresh_load).
        again = [ids[key] for key in latest if key in ids]
        before = [key for key in latest if key not in ids] if self.had_borrowers else []
        stored: dict[str, Any] = {}
        for part in chunks(again):
            for row in self.conn.execute(select(BORROWER).where(BORROWER.c.id.in_(part))):
                stored[row.match_key] = row
        for part in chunks(before):
            for row in self.conn.execute(select(BORROWER).where(BORROWER.c.match_key.in_(part))):
                stored[row.match_key] = row
        changed: list[dict[str, Any]] = []
        for key, row in stored.items():
            i = latest[key]
            ids[key] = row.id
            new = [f[name][i] for name in BORROWER_FIELDS]
            values = {col: v if v is not None else getattr(row, col) for v, col in zip(new, BORROWER_FIELDS, strict=True)}
            if f["phone_problem"][i] in UNUSABLE:  # a new number we cannot use: never the old one again
                values["phone"] = None
            if any(values[col] != getattr(row, col) for col in BORROWER_FIELDS):
                changed.append({"b_id": row.id, **values})
                if contact_changed(row.name, row.phone, values["name"], values["phone"]):
                    self.contact_changed.add(row.id)
        fresh = [key for key in latest if key not in stored]
        if fresh:
            every = len(fresh) == len(keys)  # all rows name distinct new borrowers: the columns as they are
            rows = None if every else [latest[key] for key in fresh]
            values = {col: f[col] if rows is None else [f[col][i] for i in rows] for col in BORROWER_FIELDS}
            new_ids = insert_ids(self.conn, BORROWER, {"match_key": fresh, **values},
                                 {"locale": "zh_CN", "created_at": self.now})
            ids.update(zip(fresh, new_ids, strict=True))
        if changed:
            self.conn.execute(update(BORROWER).where(BORROWER.c.id == bindparam("b_id")), changed)
        return ids

    def write_loans(self, f: Columns, result: ImportResult, derived: Derived | None = None) -> None:
        """Loans given as columns (field -> values), one row per contract; `derived`: what
        follows from them (digests, borrower keys, amounts), if at hand."""
        existing = self._existing_loans(list(f["contract_no"]))
        derived = derived or Derived.of(f)
        olds: list[Any] = [None] * len(f["contract_no"])
        if existing:
            rows, olds = [], []
            for i, (contract, digest) in enumerate(zip(f["contract_no"], derived.digests, strict=True)):
                old = existing.get(contract)
                if old is not None and old.source_hash == digest:
                    result.loans_unchanged += 1
                else:
                    rows.append(i)
                    olds.append(old)
            if len(rows) < len(f["contract_no"]):
                f = pick(f, rows)
                derived = Derived.of(f)
        if not olds:
            return
        self.progress.check_cancelled()
        keys = self._keep_erased(list(f["contract_no"]), list(f["row"]), derived.keys, olds)
        d = derived
        ids = self._borrower_ids(keys, f)
        borrower_ids = [ids[key] if key else None for key in keys]
        loan_ids: dict[str, int] = {}
        new = [i for i, old in enumerate(olds) if old is None]
        if new:
            every = len(new) == len(olds)
            fn = f if every else pick(f, new)
            take = list if every else (lambda values: [values[i] for i in new])
            new_ids = insert_ids(self.conn, LOAN, {
                "contract_no": fn["contract_no"], "borrower_id": take(borrower_ids), "principal_fen": fn["principal_fen"],
                "disbursed_on": fn["disbursed_on"], "outstanding_fen": take(d.outstanding_fen),
                "status": take(d.statuses), "source_hash": take(d.digests),
                "owed_fen": take(d.owed_fen), "owed_since": take(d.owed_since)},
                {"import_run_id": self.run_id, "created_at": self.now, "updated_at": self.now})
            loan_ids.update(zip(fn["contract_no"], new_ids, strict=True))
        changed = [i for i, old in enumerate(olds) if old is not None]
        owned: set[int] = set()
        if changed:
            # the stored figures as the implied installment makes them; a schedule-owned loan keeps
            # its schedule, so its figures are refreshed from the database at the end
            self.conn.execute(update(LOAN).where(LOAN.c.id == bindparam("l_id")), [
                {"owed_fen": d.owed_fen[i], "owed_since": d.owed_since[i], "l_id": olds[i].id, "borrower_id": borrower_ids[i] if borrower_ids[i] is not None
                 else olds[i].borrower_id, "principal_fen": f["principal_fen"][i], "disbursed_on": f["disbursed_on"][i],
                 "outstanding_fen": d.outstanding_fen[i], "status": d.statuses[i], "source_hash": d.digests[i],
                 "import_run_id": self.run_id, "updated_at": self.now} for i in changed])
            loan_ids.update((f["contract_no"][i], olds[i].id) for i in changed)
            self.moved_loans.update(olds[i].id for i in changed
                                    if borrower_ids[i] is not None and borrower_ids[i] != olds[i].borrower_id)
            # The single installment a loan row implies, unless a schedule sheet owns this loan.
            for part in chunks([olds[i].id for i in changed]):
                owned.update(self.conn.execute(
                    select(INSTALLMENT.c.loan_id).where(INSTALLMENT.c.loan_id.in_(part),
                                                        INSTALLMENT.c.origin == "schedule")).scalars())
                self.conn.execute(delete(INSTALLMENT).where(INSTALLMENT.c.loan_id.in_(part),
                                                            INSTALLMENT.c.origin == "loan_sheet"))
            self.refresh += owned
        result.loans_created += len(new)
        result.loans_updated += len(changed)
        loan_of = [loan_ids[contract] for contract in f["contract_no"]]
        # The installment each row implies (domain.amounts.implied_installment, in Derived).
        rows = [i for i, (loan_id, seq) in enumerate(zip(loan_of, d.installment_seq, strict=True))
                if seq is not None and loan_id not in owned]
        if not rows:
            return
        every = len(rows) == len(loan_of)
        take = list if every else (lambda values: [values[i] for i in rows])
        insert_columns(self.conn, INSTALLMENT, {
            "loan_id": take(loan_of), "seq": take(d.installment_seq), "due_on": take(f["due_on"]),
            "amount_due_fen": take(d.amount_due_fen), "amount_paid_fen": take(d.amount_paid_fen),
            "paid_on": take(f["paid_on"])}, {"origin": "loan_sheet"})
        if self.baselines_written:  # each new loan's one installment: its paid total
            insert_columns(self.conn, loan_paid_seen_table, {"loan_id": take(loan_of),
                                                             "paid_fen": take(d.amount_paid_fen)})
        result.installments += len(rows)

    def write_schedules(self, records: list[Record], result: ImportResult) -> None:
        by_contract: dict[str, list[Record]] = {}
        for rec in records:
            by_contract.setdefault(rec.contract_no, []).append(rec)
        existing = self._existing_loans(list(by_contract))
        todo: list[_Schedule] = []
        for contract, recs in by_contract.items():
            recs.sort(key=lambda r: r.seq or 0)
            digest = digest_of(tuple(_installment_fields(r) for r in recs))
            old = existing.get(contract)
            if old is not None and old.schedule_hash == digest:
                result.loans_unchanged += 1
            else:
                todo.append(_Schedule(contract, recs, digest, old))
        if not todo:
            return
        people = [r for s in todo for r in s.records]
        f = transpose(people)
        keys = self._keep_erased([r.contract_no for r in people], [r.row for r in people], borrower_keys(f),
                                 [existing.get(r.contract_no) for r in people])
        borrower_ids = self._borrower_ids(keys, f) if any(keys) else {}
        first_key: dict[str, str] = {}  # a schedule's borrower: its first installment row naming one
        for r, k in zip(people, keys, strict=True):
            if k and r.contract_no not in first_key:
                first_key[r.contract_no] = k
        new_rows: list[_NewLoan] = []
        upd_rows: list[dict[str, Any]] = []
        for contract, recs, digest, old in todo:
            key = first_key.get(contract)
            borrower_id = borrower_ids.get(key) if key else None
            status = schedule_status((r.amount_due_fen, r.amount_paid_fen) for r in recs)
            # the installments written below, as they are written
            figures = owed(None, [(r.due_on, r.amount_due_fen, r.amount_paid_fen or 0) for r in recs
                                   if r.due_on is not None and r.amount_due_fen is not None])
            if old is None:
                new_rows.append(_NewLoan(contract, borrower_id, status, digest, figures))
            else:
                if borrower_id is not None and borrower_id != old.borrower_id:
                    self.moved_loans.add(old.id)
                # The schedule now says what is owed: a loan sheet's earlier figure gives way.
                upd_rows.append({"l_id": old.id, "borrower_id": borrower_id or old.borrower_id, "status": status,
                                 "outstanding_fen": None, "schedule_hash": digest, "import_run_id": self.run_id, "updated_at": self.now,
                                 "owed_fen": figures.fen, "owed_since": figures.since})
        loan_ids = {s.contract_no: s.old.id for s in todo if s.old is not None}
        if new_rows:
            contracts = [n.contract_no for n in new_rows]
            new_ids = insert_ids(self.conn, LOAN, {
                "contract_no": contracts, "borrower_id": [n.borrower_id for n in new_rows],
                "status": [n.status for n in new_rows], "schedule_hash": [n.digest for n in new_rows],
                "owed_fen": [n.owed.fen for n in new_rows], "owed_since": [n.owed.since for n in new_rows]},
                {"outstanding_fen": None, "import_run_id": self.run_id, "created_at": self.now, "updated_at": self.now})
            loan_ids.update(zip(contracts, new_ids, strict=True))
        if upd_rows:
            self.conn.execute(update(LOAN).where(LOAN.c.id == bindparam("l_id")), upd_rows)
            for part in chunks([r["l_id"] for r in upd_rows]):
                self.conn.execute(delete(INSTALLMENT).where(INSTALLMENT.c.loan_id.in_(part)))
        insert_columns(self.conn, INSTALLMENT, {
            "loan_id": [loan_ids[c] for c in f["contract_no"]], "seq": f["seq"], "due_on": f["due_on"],
            "amount_due_fen": f["amount_due_fen"], "amount_paid_fen": [paid or 0 for paid in f["amount_paid_fen"]],
            "paid_on": f["paid_on"]}, {"origin": "schedule"})
        result.loans_created += len(new_rows)
        result.loans_updated += len(upd_rows)
        result.installments += len(people)


class _Schedule(NamedTuple):
    """One contract's rows of a schedule sheet that change what is stored."""

    contract_no: str
    records: list[Record]
    digest: str
    old: Any  # the stored loan (contract_no, id, hashes, borrower_id), None for a new one


class _NewLoan(NamedTuple):
    contract_no: str
    borrower_id: int | None
    status: str
    digest: str
    owed: Owed


def contact_changed(old_name: str | None, old_phone: str | None, new_name: str | None,
                    new_phone: str | None) -> bool:
    """Whether an update makes the messages already written for a borrower wrong: they name the
    borrower and go to the stored number, so a new name or a new (or no longer usable) number
    withdraws them. A number spelled differently but the same (E.164 compared) changes nothing."""
    return (new_name or None) != (old_name or None) or (new_phone or None) != (old_phone or None)


def _installment_fields(rec: Record) -> tuple[object, ...]:
    return (rec.seq, rec.due_on, rec.amount_due_fen, rec.amount_paid_fen, rec.paid_on)
