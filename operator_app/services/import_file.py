"""Import a borrower spreadsheet: read, map, normalise, then upsert by contract number in one
transaction with Core executemany (ORM objects cost 10x the time and memory at 100k rows).

Re-importing the same file changes nothing: every loan carries a digest of its normalised
source row, so an unchanged row is recognised and skipped, and a run that changes nothing
writes nothing at all (not even an import_run row).
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from operator_app.i18n import msg
from operator_app.importing.columns import Columns, Derived, borrower_keys, digest_of, transpose
from operator_app.importing.records import Issue, Record, merge_records
from operator_app.importing.stream import (
    CHILD_MIN_BYTES,
    Chunk,
    Finished,
    Opened,
    read_records,
    read_records_in_child,
)
from operator_app.messaging import audit
from operator_app.services.payments import record_payments
from operator_app.services.progress import NoProgress, Progress
from operator_app.store.db import Database
from operator_app.store.models import (
    borrower_table,
    import_issue_table,
    import_run_table,
    installment_table,
    loan_table,
)
from operator_app.store.settings import id_salt

LOAN = loan_table
BORROWER = borrower_table
INSTALLMENT = installment_table
RUN = import_run_table
CHUNK = 500


@dataclass
class ImportResult:
    file_name: str
    sheet: str | None
    kind: str
    mapping: dict[str, str]
    rows_read: int = 0
    loans_created: int = 0
    loans_updated: int = 0
    loans_unchanged: int = 0
    installments: int = 0
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    run_id: int | None = None
    dry_run: bool = False
    header_row: int = 0  # 1-based
    problem_rows: dict[int, list[object]] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.loans_created or self.loans_updated or self.installments)

    def issue_json(self, issue: Issue) -> dict[str, object]:
        return {"row": issue.row, "column": issue.column, "code": issue.code,
                "message": msg(issue.detail, **issue.params)}

    def as_json(self) -> dict[str, object]:
        """Exactly the fields DESIGN.md documents for `import --json`."""
        return {
            "rows_read": self.rows_read,
            "loans_created": self.loans_created,
            "loans_updated": self.loans_updated,
            "installments": self.installments,
            "rejected": [self.issue_json(i) for i in self.rejected],
            "warnings": [self.issue_json(i) for i in self.warnings],
        }


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_file(db: Database, path: Path, *, sheet: str | None = None, overrides: dict[str, str] | None = None,
                kind: str | None = None, dry_run: bool = False, actor: str = "operator",
                progress: Progress | None = None, in_child: bool | None = None) -> ImportResult:
    """Import one sheet. `in_child`: read and normalise in a child process (default: for files
    of CHILD_MIN_BYTES and more), overlapping with the writes here."""
    progress = progress or NoProgress()
    digest = sha256_of(path) if path.is_file() else ""
    with db.engine.begin() as conn:
        salt = id_salt(conn, create=not dry_run)
    if in_child is None:
        in_child = path.is_file() and path.stat().st_size >= CHILD_MIN_BYTES
    options: dict[str, Any] = {"sheet": sheet, "overrides": overrides, "kind": kind}
    events = read_records_in_child(path, salt, **options) if in_child else read_records(path, salt, **options)
    with closing(events), _no_gc():
        opened = next(events)
        assert isinstance(opened, Opened)
        result = ImportResult(path.name, opened.sheet, opened.kind, opened.mapping, dry_run=dry_run,
                              header_row=opened.header_row, headers=opened.headers)
        issues: list[Issue] = []
        problem_rows: dict[int, list[object]] = {}
        with db.engine.begin() as conn:
            writer: _Writer | None = None
            for event in events:
                progress.check_cancelled()
                if isinstance(event, Chunk):
                    progress.report(event.done, opened.total, "read")
                    issues += event.issues
                    problem_rows.update(event.problem_rows)
                    if writer is None and event.columns:  # the write lock is taken with the first rows
                        writer = _Writer(conn, opened, progress, _start_run(conn, result, digest, actor))
                    if writer is not None:
                        writer.add(event, result)
                elif isinstance(event, Finished):
                    result.rows_read = opened.total - event.blank_rows
                    issues += event.duplicate_issues
                    problem_rows.update(event.problem_rows)
            result.rejected = [i for i in issues if i.rejecting]
            result.warnings = [i for i in issues if not i.rejecting]
            result.problem_rows = dict(sorted(problem_rows.items()))
            if writer is not None:
                writer.finish(result)
            if writer is None or dry_run or not result.changed:
                conn.rollback()
                return result
            writer.write_issues([*result.rejected, *result.warnings])
            record_payments(conn, writer.run_id)
            _finish_run(conn, writer.run_id, result, digest, actor)
            result.run_id = writer.run_id
    progress.report(opened.total, opened.total, "done")
    return result


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic GC rescans the million cell objects of a big sheet again and again while
    records are built (a third of the import time at 100k rows); nothing here makes cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _start_run(conn: Connection, result: ImportResult, digest: str, actor: str) -> int:
    """The run row comes first so loans can point at it; a run that changes nothing is rolled back."""
    return int(conn.execute(insert(RUN).values(
        file_name=result.file_name, sha256=digest, sheet=result.sheet, kind=result.kind,
        mapping=json.dumps(result.mapping, ensure_ascii=False), imported_by=actor, started_at=datetime.now(UTC),
    ).returning(RUN.c.id)).scalar_one())


def _finish_run(conn: Connection, run_id: int, result: ImportResult, digest: str, actor: str) -> None:
    conn.execute(update(RUN).where(RUN.c.id == run_id).values(
        rows_read=result.rows_read, loans_created=result.loans_created, loans_updated=result.loans_updated,
        loans_unchanged=result.loans_unchanged, installments=result.installments,
        rejected=len(result.rejected), warnings=len(result.warnings), finished_at=datetime.now(UTC)))
    audit.append(conn, actor, "import", {"file": result.file_name, "sha256": digest, "run": run_id,
                                         "created": result.loans_created, "updated": result.loans_updated})


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Writer:
    """The bulk upsert, inside the caller's transaction, fed chunk by chunk.

    Loan sheets are written as they stream in: new rows go in column by column (`_insert`);
    changed rows, which are few, are updated row by row. A contract on several rows is held
    back and written once, merged (later cells win, empty cells keep), at the end; so where such
    a contract and another one name the same borrower differently, the merged contract's
    details are the ones kept. Schedules need all of a contract's rows: written at the end.
    """

    def __init__(self, conn: Connection, opened: Opened, progress: Progress, run_id: int) -> None:
        self.run_id = run_id
        self.conn = conn
        self.kind = opened.kind
        self.repeated = opened.repeated
        self.progress = progress
        self.now = datetime.now(UTC)
        self.had_loans = self._has_rows(LOAN)  # a fresh database needs no look-ups at all
        self.had_borrowers = self._has_rows(BORROWER)
        self.borrower_ids: dict[str, int] = {}  # match_key -> id, for borrowers this run has written
        self.held: list[Record] = []  # schedule rows, and loan rows of repeated contracts

    def _has_rows(self, table: Table) -> bool:
        return self.conn.execute(select(table.c.id).limit(1)).first() is not None

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
                self.write_loans(_pick(f, rows), result)
        else:
            self.write_loans(f, result, chunk.derived)

    def finish(self, result: ImportResult) -> None:
        installment = self.kind == "installment"
        held = merge_records(self.held, installment)
        if installment:
            self.write_schedules(held, result)
        elif held:
            self.write_loans(transpose(held), result)

    def write_issues(self, issues: list[Issue]) -> None:
        """Every issue of the run, with its message in the operator's language of the moment."""
        if issues:
            self._insert(import_issue_table, {
                "row": [i.row for i in issues], "column": [i.column for i in issues],
                "code": [i.code for i in issues], "severity": ["rejected" if i.rejecting else "warning" for i in issues],
                "message": [msg(i.detail, **i.params) for i in issues]}, {"run_id": self.run_id})

    def _existing_loans(self, contracts: list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        cols = (LOAN.c.contract_no, LOAN.c.id, LOAN.c.source_hash, LOAN.c.schedule_hash, LOAN.c.borrower_id)
        if not self.had_loans:
            return found  # a fresh database: skip 200 empty look-ups
        for chunk in _chunks(contracts):
            for row in self.conn.execute(select(*cols).where(LOAN.c.contract_no.in_(chunk))):
                found[row.contract_no] = row
        return found

    def _borrower_ids(self, keys: list[str | None], f: Columns) -> dict[str, int]:
        """match_key -> borrower id for rows with these keys and columns, creating borrowers or
        refreshing them as the sheet says (the last row naming a borrower wins; its empty cells
        keep what is stored)."""
        latest = {key: i for i, key in enumerate(keys) if key}  # a later row overwrites an earlier one
        ids = self.borrower_ids
        again = [key for key in latest if key in ids]
        if self.had_borrowers:
            again += [key for key in latest if key not in ids]
        stored: dict[str, Any] = {}
        for chunk in _chunks(again):
            for row in self.conn.execute(select(BORROWER).where(BORROWER.c.match_key.in_(chunk))):
                stored[row.match_key] = row
        changed: list[dict[str, Any]] = []
        for key, row in stored.items():
            i = latest[key]
            ids[key] = row.id
            new = [f[field][i] for field in _BORROWER_FIELDS]
            if any(v is not None and v != getattr(row, col) for v, col in zip(new, _BORROWER_COLUMNS, strict=True)):
                changed.append({"b_id": row.id, **{col: v if v is not None else getattr(row, col)
                                                   for v, col in zip(new, _BORROWER_COLUMNS, strict=True)}})
        fresh = [key for key in latest if key not in stored]
        if fresh:
            n = len(fresh)
            every = n == len(keys)  # all rows name distinct new borrowers: the columns as they are
            rows = None if every else [latest[key] for key in fresh]
            values = {col: f[field] if rows is None else [f[field][i] for i in rows]
                      for col, field in zip(_BORROWER_COLUMNS, _BORROWER_FIELDS, strict=True)}
            new_ids = self._insert_ids(BORROWER, {"match_key": fresh, **values},
                                       {"locale": "zh_CN", "created_at": self.now})
            ids.update(zip(fresh, new_ids, strict=True))
        if changed:
            self.conn.execute(update(BORROWER).where(BORROWER.c.id == bindparam("b_id")), changed)
        return ids

    def write_loans(self, f: Columns, result: ImportResult, derived: Derived | None = None) -> None:
        """Loans given as columns (field -> values), one row per contract; `derived`: what
        follows from them (digests, borrower keys, statuses), if at hand."""
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
                f = _pick(f, rows)
                derived = Derived.of(f)
        if not olds:
            return
        self.progress.check_cancelled()
        keys, statuses, digests = derived.keys, derived.statuses, derived.digests
        ids = self._borrower_ids(keys, f)
        borrower_ids = [ids[key] if key else None for key in keys]
        loan_ids: dict[str, int] = {}
        new = [i for i, old in enumerate(olds) if old is None]
        if new:
            every = len(new) == len(olds)
            fn = f if every else _pick(f, new)
            pick = list if every else (lambda values: [values[i] for i in new])
            new_ids = self._insert_ids(LOAN, {
                "contract_no": fn["contract_no"], "borrower_id": pick(borrower_ids), "principal_fen": fn["principal"],
                "disbursed_on": fn["disbursed_on"], "outstanding_fen": fn["outstanding"], "status": pick(statuses),
                "source_hash": pick(digests)}, {"import_run_id": self.run_id, "created_at": self.now,
                                                "updated_at": self.now})
            loan_ids.update(zip(fn["contract_no"], new_ids, strict=True))
        changed = [i for i, old in enumerate(olds) if old is not None]
        owned: set[int] = set()
        if changed:
            self.conn.execute(update(LOAN).where(LOAN.c.id == bindparam("l_id")), [
                {"l_id": olds[i].id, "borrower_id": borrower_ids[i] if borrower_ids[i] is not None
                 else olds[i].borrower_id, "principal_fen": f["principal"][i], "disbursed_on": f["disbursed_on"][i],
                 "outstanding_fen": f["outstanding"][i], "status": statuses[i], "source_hash": digests[i],
                 "import_run_id": self.run_id, "updated_at": self.now} for i in changed])
            loan_ids.update((f["contract_no"][i], olds[i].id) for i in changed)
            # The single installment a loan row implies, unless a schedule sheet owns this loan.
            for chunk in _chunks([olds[i].id for i in changed]):
                owned.update(self.conn.execute(
                    select(INSTALLMENT.c.loan_id).where(INSTALLMENT.c.loan_id.in_(chunk),
                                                        INSTALLMENT.c.origin == "schedule")).scalars())
                self.conn.execute(delete(INSTALLMENT).where(INSTALLMENT.c.loan_id.in_(chunk),
                                                            INSTALLMENT.c.origin == "loan_sheet"))
        result.loans_created += len(new)
        result.loans_updated += len(changed)
        loan_of = [loan_ids[contract] for contract in f["contract_no"]]
        rows = [i for i, (loan_id, due_on) in enumerate(zip(loan_of, f["due_on"], strict=True))
                if due_on is not None and loan_id not in owned]
        if not rows:
            return
        if len(rows) < len(loan_of):
            f = _pick(f, rows)
            loan_of = [loan_of[i] for i in rows]
        self._insert(INSTALLMENT, {
            "loan_id": loan_of, "seq": [seq or 1 for seq in f["seq"]], "due_on": f["due_on"],
            "amount_due_fen": [a if a is not None else (o if o is not None else p)
                               for a, o, p in zip(f["amount_due"], f["outstanding"], f["principal"], strict=True)],
            "amount_paid_fen": [paid or 0 for paid in f["amount_paid"]], "paid_on": f["paid_on"]},
            {"origin": "loan_sheet"})
        result.installments += len(rows)

    def _insert_ids(self, table: Table, columns: Columns, same: dict[str, Any] | None = None) -> list[int]:
        """Bulk insert, returning the new ids in the rows' order.

        PostgreSQL returns them from batched INSERT … RETURNING. SQLite would run RETURNING row
        by row, so there the ids are assigned here: safe because this transaction already holds
        SQLite's write lock (the import_run row was inserted first), so no one else can insert.
        """
        if self.conn.dialect.name != "sqlite":
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            return list(self.conn.execute(stmt, _dict_rows(columns, same)).scalars())
        start = int(self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
        ids = list(range(start, start + len(next(iter(columns.values())))))
        self._insert(table, {"id": ids, **columns}, same)
        return ids

    def _insert(self, table: Table, columns: Columns, same: dict[str, Any] | None = None) -> None:
        """Insert rows given as columns; `same`: columns with one value for every row.

        On SQLite, executemany straight on the driver (Core's per-row parameter handling costs
        more than the insert), values converted by the columns' own SQLAlchemy bind processors,
        and the `same` values written into the statement as literals, not bound row by row.
        """
        same = same or {}
        if not next(iter(columns.values())):
            return
        if self.conn.dialect.name != "sqlite":
            self.conn.execute(insert(table), _dict_rows(columns, same))
            return
        names = list(columns)
        values = list(columns.values())
        for index, name in enumerate(names):
            proc = self._processor(table, name)
            if proc is not None:  # dates and timestamps repeat: convert each distinct value once
                done = {value: None if value is None else proc(value) for value in set(values[index])}
                values[index] = [done[value] for value in values[index]]
        literals = []
        for name, value in same.items():
            proc = self._processor(table, name)
            literals.append(_sql_literal(proc(value) if proc is not None and value is not None else value))
        quote = self.conn.dialect.identifier_preparer.quote  # "row" and "column" are SQL words
        sql = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, [*names, *same]))}) "
               f"VALUES ({', '.join(['?'] * len(names) + literals)})")
        self.conn.exec_driver_sql(sql, list(zip(*values, strict=True)))

    def _processor(self, table: Table, name: str) -> Any:
        column_type = table.c[name].type.dialect_impl(self.conn.dialect)  # SQLite's own DATE/DATETIME
        return column_type.bind_processor(self.conn.dialect)

    def write_schedules(self, records: list[Record], result: ImportResult) -> None:
        by_contract: dict[str, list[Record]] = {}
        for rec in records:
            by_contract.setdefault(rec.contract_no, []).append(rec)
        existing = self._existing_loans(list(by_contract))
        todo: list[tuple[str, list[Record], str, Any]] = []
        for contract, recs in by_contract.items():
            recs.sort(key=lambda r: r.seq or 0)
            digest = digest_of(tuple(_installment_fields(r) for r in recs))
            old = existing.get(contract)
            if old is not None and old.schedule_hash == digest:
                result.loans_unchanged += 1
            else:
                todo.append((contract, recs, digest, old))
        if not todo:
            return
        people = [r for _, recs, _, _ in todo for r in recs]
        f = transpose(people)
        keys = borrower_keys(f)
        borrower_ids = self._borrower_ids(keys, f) if any(keys) else {}
        first_key: dict[str, str] = {}  # a schedule's borrower: its first installment row naming one
        for r, k in zip(people, keys, strict=True):
            if k and r.contract_no not in first_key:
                first_key[r.contract_no] = k
        new_rows: list[tuple[str, int | None, str, str]] = []
        upd_rows: list[dict[str, Any]] = []
        for contract, recs, digest, old in todo:
            key = first_key.get(contract)
            borrower_id = borrower_ids.get(key) if key else None
            status = "paid" if all((r.amount_paid or 0) >= (r.amount_due or 0) for r in recs) else "active"
            if old is None:
                new_rows.append((contract, borrower_id, status, digest))
            else:
                upd_rows.append({"l_id": old.id, "borrower_id": borrower_id or old.borrower_id, "status": status,
                                 "schedule_hash": digest, "import_run_id": self.run_id, "updated_at": self.now})
        loan_ids = {contract: old.id for contract, _, _, old in todo if old is not None}
        if new_rows:
            contracts, b_ids, statuses, digests = (list(c) for c in zip(*new_rows, strict=True))
            new_ids = self._insert_ids(LOAN, {
                "contract_no": contracts, "borrower_id": b_ids, "status": statuses, "schedule_hash": digests},
                {"outstanding_fen": None, "import_run_id": self.run_id, "created_at": self.now, "updated_at": self.now})
            loan_ids.update(zip(contracts, new_ids, strict=True))
        if upd_rows:
            self.conn.execute(update(LOAN).where(LOAN.c.id == bindparam("l_id")), upd_rows)
            for chunk in _chunks([r["l_id"] for r in upd_rows]):
                self.conn.execute(delete(INSTALLMENT).where(INSTALLMENT.c.loan_id.in_(chunk)))
        n = len(people)
        self._insert(INSTALLMENT, {
            "loan_id": [loan_ids[c] for c in f["contract_no"]], "seq": f["seq"], "due_on": f["due_on"],
            "amount_due_fen": f["amount_due"], "amount_paid_fen": [paid or 0 for paid in f["amount_paid"]],
            "paid_on": f["paid_on"]}, {"origin": "schedule"})
        result.loans_created += len(new_rows)
        result.loans_updated += len(upd_rows)
        result.installments += n


def _pick(f: Columns, rows: list[int]) -> Columns:
    """These rows of every column."""
    return {name: [values[i] for i in rows] for name, values in f.items()}


def _dict_rows(columns: Columns, same: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    names = list(columns)
    return [{**dict(zip(names, row, strict=True)), **(same or {})} for row in zip(*columns.values(), strict=True)]


def _sql_literal(value: object) -> str:
    """One of our own constants (a run id, a timestamp, a code) as an SQLite literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def _installment_fields(rec: Record) -> tuple[object, ...]:
    return (rec.seq, rec.due_on, rec.amount_due, rec.amount_paid, rec.paid_on)


_BORROWER_FIELDS = ("name", "phone", "phone_raw", "phone_problem", "id_hash", "id_last4")  # of a Record
_BORROWER_COLUMNS = ("name", "phone", "phone_raw", "phone_problem", "id_number_hash", "id_last4")  # of borrower
