"""Import a borrower spreadsheet: read, map, normalise, then upsert by contract number in one
transaction with Core bulk writes (ORM objects cost many times the time and memory at this
scale; benchmarks/import_100k.py measures the whole path).

Re-importing the same file changes nothing: every loan carries a digest of its normalised
source row, so an unchanged row is recognised and skipped, and a run that changes nothing
writes nothing at all (not even an import_run row).
"""

from __future__ import annotations

import atexit
import functools
import gc
import hashlib
import json
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from operator_app import clock
from operator_app.importing.child import ReaderProcess
from operator_app.importing.records import Issue
from operator_app.importing.stream import Chunk, Event, Finished, Opened, read_records
from operator_app.messaging import audit
from operator_app.services.book.payments import record_payments
from operator_app.services.changes import OpChanges, writes
from operator_app.services.importing.import_writer import FRESH_TABLES, LoanWriter
from operator_app.services.importing.result import ImportResult
from operator_app.services.office import id_key, identity, secrets
from operator_app.services.progress import NoProgress, Progress
from operator_app.store.db import Database
from operator_app.store.fresh_load import FreshLoad
from operator_app.store.models import (
    import_issue_table,
    import_run_table,
    installment_table,
    loan_paid_seen_table,
    loan_table,
    payment_table,
)

RUN = import_run_table
# What an import writes that points at other rows: checked before the commit of a fresh load.
CHECKED_TABLES = (loan_table, installment_table, import_issue_table, loan_paid_seen_table, payment_table)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@writes(lambda r: OpChanges(loans=True, batches=bool(r.withdrawn), messages=bool(r.withdrawn)))  # the run is recorded, even unchanged
def import_file(db: Database, path: Path, *, sheet: str | None = None, overrides: dict[str, str] | None = None,
                kind: str | None = None, dry_run: bool = False, actor: str = "operator",
                progress: Progress | None = None, in_child: bool = True,
                reader: ReaderProcess | None = None) -> ImportResult:
    """Import one sheet. `in_child`: read and normalise in a child process, overlapping with the
    writes here, and under its memory limit (importing.child); only tests read in this process,
    to compare the two. `reader`:
    that child, started already for this path and these options (importing.child.start_reader,
    before the database was opened); it is closed when the import ends."""
    options: dict[str, Any] = {"sheet": sheet, "overrides": overrides, "kind": kind}
    try:
        # A dry run writes nothing: anyone may read a sheet through. Without accounts the name
        # is taken as given, as before.
        if not dry_run and (isinstance(actor, identity.Signed) or identity.has_accounts(db)):
            actor = identity.actor(actor, db, "import")
        if reader is not None and (reader.path != path or reader.options != options):
            raise ValueError("the reader process was started for another file or other options")
        digest = sha256_of(path) if path.is_file() else ""

        keys: list[bytes] = []

        def salt(opened: Opened) -> bytes:
            """The office's ID-number key, only for a sheet that has ID numbers (the keyring is
            slow to load, and a sheet without them never needs it); fetched once."""
            if not keys:
                keys.append(id_key.key_for_import(db, create=not dry_run) if "id_number" in opened.mapping else b"")
            return keys[0]

        if reader is None and in_child:
            reader = ReaderProcess(path, **options)
        if reader is not None:
            load_secret_store_meanwhile()
        events = reader.events(salt) if reader is not None else read_records(path, salt, **options)
        return _import(db, path, events, digest, dry_run, actor, progress or NoProgress(), salt)
    finally:
        if reader is not None:
            reader.close()


def _import(db: Database, path: Path, events: Generator[Event, None, None], digest: str, dry_run: bool, actor: str,
            progress: Progress, salt: Callable[[Opened], bytes]) -> ImportResult:
    with closing(events), _no_gc():
        opened = next(events)
        assert isinstance(opened, Opened)
        salt(opened)  # the key, if the sheet needs one, before this import holds a connection of its own
        result = ImportResult(path.name, opened.sheet, opened.kind, opened.mapping, dry_run=dry_run,
                              header_row=opened.header_row, headers=opened.headers)
        issues: list[Issue] = []
        problem_rows: dict[int, list[object]] = {}
        with db.engine.connect() as conn:
            load = FreshLoad(conn)
            try:
                with conn.begin() as transaction:
                    writer: LoanWriter | None = None
                    for event in events:
                        progress.check_cancelled()
                        if isinstance(event, Chunk):
                            progress.report(event.done, opened.total, "read")
                            issues += event.issues
                            problem_rows.update(event.problem_rows)
                            if writer is None and event.columns:  # the write lock is taken with the first rows
                                fresh = load.begin(FRESH_TABLES)
                                writer = LoanWriter(conn, opened, progress, _start_run(conn, result, digest, actor),
                                                    fresh=fresh)
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
                        result.warnings += writer.erased
                    if writer is None or dry_run or not result.changed:
                        transaction.rollback()
                        return result
                    writer.write_issues([*result.rejected, *result.warnings])
                    if not writer.baselines_written:
                        record_payments(conn, writer.run_id)
                    result.withdrawn = writer.withdraw_changed(actor)
                    _finish_run(conn, writer.run_id, result, digest, actor)
                    load.check(CHECKED_TABLES)
                    result.run_id = writer.run_id
            finally:
                load.end()
    progress.report(opened.total, opened.total, "done")
    return result


def stored_issues(db: Database, run_id: int) -> list[Issue]:
    """The issues of an earlier run, rebuilt from their code and parameters, for the edge to
    show in the operator's language of today (not the one of the import)."""
    table = import_issue_table
    with db.engine.connect() as conn:
        rows = conn.execute(select(table.c.row, table.c.column, table.c.code, table.c.params)
                            .where(table.c.run_id == run_id).order_by(table.c.id)).all()
    issues = []
    for row in rows:
        params: dict[str, object] = json.loads(row.params) if row.params else {}
        detail = str(params.pop("detail", row.code))  # runs before params were kept: the code itself
        issues.append(Issue(row.row, row.column, row.code, detail, params))
    return issues


@functools.cache
def load_secret_store_meanwhile() -> None:
    """The OS keyring takes a noticeable while to load (the library and its backends), and a sheet
    with ID numbers needs it for the office's key as soon as the reader has opened the sheet:
    a thread loads it while the reader process parses, when this process has nothing to do.
    The CLI starts it before it waits for the reader to open the sheet; once per process."""
    def load() -> None:
        try:
            secrets.usable_keyring()
        except Exception:  # the key's own look-up says what is wrong, if the sheet needs it
            pass

    loader = threading.Thread(target=load, name="operator-keyring-load", daemon=True)
    loader.start()
    # A process that ends while the thread is still importing the keyring's modules (a file
    # refused at once) must wait for it: a daemon thread cut off mid-import when the interpreter
    # shuts down can abort the whole process ("exception not rethrown") instead of exiting with
    # its one-line answer. Bounded, so a keyring that hangs cannot keep the app from exiting.
    atexit.register(loader.join, 5.0)


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic GC rescans the million cell objects of a big sheet again and again while
    records are built; nothing here makes cycles."""
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
        mapping=json.dumps(result.mapping, ensure_ascii=False), imported_by=actor, started_at=clock.now(),
    ).returning(RUN.c.id)).scalar_one())


def _finish_run(conn: Connection, run_id: int, result: ImportResult, digest: str, actor: str) -> None:
    conn.execute(update(RUN).where(RUN.c.id == run_id).values(
        rows_read=result.rows_read, loans_created=result.loans_created, loans_updated=result.loans_updated,
        loans_unchanged=result.loans_unchanged, installments=result.installments,
        rejected=len(result.rejected), warnings=len(result.warnings), finished_at=clock.now()))
    audit.append(conn, actor, "import", {"file": result.file_name, "sha256": digest, "run": run_id,
                                         "created": result.loans_created, "updated": result.loans_updated})
