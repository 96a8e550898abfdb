"""The reader process: every file is read and normalised in a child process while this one
writes; everything it does must equal what this process does, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from operator_app.store.db import open_database
from operator_app.store.models import Borrower, ImportRun, Loan
from tests.sheets import count_rows as _count
from tests.sheets import loan_book


def _office_book(path: Path, version: int) -> Path:
    """2,600 rows: several reader chunks, a contract repeated across chunks (merged), one
    borrower (same ID) on two contracts under two spellings, landlines, a totals row and blank
    rows mid-sheet. `version` 2 changes some loans and adds others."""
    rows: list[list[object]] = []
    for i in range(2600):
        phone: object = f"1380013{i:04d}" if i % 7 else f"010-6{i:07d}"
        paid = 1200 if version == 2 and i % 10 == 0 else 0
        rows.append([f"HT{i:05d}", f"客户{i % 500}", phone if i % 3 else float(phone) if i % 7 else phone,
                     f"1101011990{i:08d}", 12000 + i, date(2026, 1 + i % 12, 1 + i % 28), 1200, paid, None])
    rows[5] = ["HT00005", "王五", "13900139005", None, None, None, None, None, "先填一半"]
    rows[2500] = ["HT00005", None, None, "110101199000000005", 8000, "2026/7/1", 800, 0, "后补全"]
    rows[100][3] = rows[2200][3] = "11010119900307888X"  # one person, two loans in two chunks, two spellings
    rows[100][1], rows[2200][1] = "李四", "李 四"
    rows[1500] = ["合计", None, None, None, 999999, None, None, None, None]
    rows[1501] = [None] * 9
    if version == 2:
        rows += [[f"HT9{i:04d}", "新客户", f"1390013{i:04d}", None, 5000, date(2026, 12, 1), 500, 0, None]
                 for i in range(30)]
    return loan_book(path, rows, totals=False)


def _snapshot(url: str) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import text

    def plain(row: object) -> tuple[object, ...]:  # SQLite hands back dates as text, PostgreSQL as dates
        return tuple(v.isoformat() if isinstance(v, date) else v for v in row)  # type: ignore[attr-defined]

    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return {
                "loans": [plain(r) for r in conn.execute(text(
                    "SELECT l.contract_no, b.match_key, l.principal_fen, l.disbursed_on, l.outstanding_fen, l.status,"
                    " l.source_hash, l.schedule_hash FROM loan l LEFT JOIN borrower b ON b.id = l.borrower_id"
                    " ORDER BY l.contract_no"))],
                "borrowers": [plain(r) for r in conn.execute(text(
                    "SELECT match_key, name, phone, phone_raw, phone_problem, id_number_hash, id_last4 FROM borrower"
                    " ORDER BY match_key"))],
                "installments": [plain(r) for r in conn.execute(text(
                    "SELECT l.contract_no, i.seq, i.due_on, i.amount_due_fen, i.amount_paid_fen, i.paid_on, i.origin"
                    " FROM installment i JOIN loan l ON l.id = i.loan_id ORDER BY l.contract_no, i.seq"))],
                "paid_seen": [plain(r) for r in conn.execute(text(
                    "SELECT l.contract_no, s.paid_fen FROM loan_paid_seen s JOIN loan l ON l.id = s.loan_id"
                    " ORDER BY l.contract_no"))],
                "payments": [plain(r) for r in conn.execute(text(
                    "SELECT l.contract_no, p.amount_fen, p.paid_on FROM payment p JOIN loan l ON l.id = p.loan_id"
                    " ORDER BY l.contract_no, p.id"))],
            }
    finally:
        db.dispose()


def _import(url: str, path: Path, **options: object) -> dict[str, object]:
    from operator_app.services.importing.import_file import import_file

    db = open_database(url)
    try:
        result = import_file(db, path, **options)  # type: ignore[arg-type]
    finally:
        db.dispose()
    return {**result.as_json(), "unchanged": result.loans_unchanged, "problem_rows": result.problem_rows,
            "sheet": result.sheet, "kind": result.kind, "mapping": result.mapping}


def test_reader_process_imports_exactly_what_this_process_does(db_url: str, tmp_path: Path) -> None:
    """Big files are read and normalised in a child process while this one writes: same
    results, same issues in the same order, same rows in the database, first import and update."""

    from operator_app.services.office import id_key

    here = str(tmp_path / "here.db")
    for url in (here, db_url):  # the same ID key on both sides, for equal ID hashes
        db = open_database(url)
        id_key.import_key(db, "ab" * 32)
        db.dispose()
    for version in (1, 2):
        book = _office_book(tmp_path / f"book{version}.xlsx", version)
        in_process = _import(here, book, in_child=False)
        in_child = _import(db_url, book, in_child=True)
        assert in_child == in_process
        assert in_process["loans_created"] == (2597 if version == 1 else 30)  # less a merged row, totals, blank
        assert version == 1 or in_process["loans_updated"] == 258  # every tenth paid, less rows 1500 and 2500
        codes = [w["code"] for w in in_process["warnings"]]  # type: ignore[union-attr]
        assert codes.count("duplicate_merged") == 1 and codes.count("totals_row") == 1
        assert _snapshot(db_url) == _snapshot(here)
    snapshot = _snapshot(db_url)
    merged = next(r for r in snapshot["loans"] if r[0] == "HT00005")
    assert merged[2] == 800000 and merged[1] is not None  # the second row filled in what the first left out
    same_person = {r[1] for r in snapshot["loans"] if r[0] in ("HT00100", "HT02200")}
    assert len(same_person) == 1  # one borrower for both loans, as the later row spells the name:
    assert next(b[1] for b in snapshot["borrowers"] if b[0] in same_person) == "李 四"


def test_reader_process_reports_a_broken_file_like_this_process(db_url: str, tmp_path: Path) -> None:
    from operator_app.importing.errors import ImportFileError

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)  # a zip header and nothing behind it
    codes = []
    for in_child in (False, True):
        with pytest.raises(ImportFileError) as caught:
            _import(db_url, broken, in_child=in_child)
        codes.append((caught.value.code, caught.value.params))
    assert codes[0] == codes[1] and codes[0][0] == "file_unreadable"
    assert _count(db_url, ImportRun) == 0


def test_cancel_stops_the_reader_process_and_writes_nothing(db_url: str, tmp_path: Path) -> None:
    import multiprocessing

    from operator_app.services.importing.import_file import import_file
    from operator_app.services.progress import Cancelled

    class CancelAfterFirstChunk:
        def __init__(self) -> None:
            self.reports = 0

        def report(self, done: int, total: int, note: str = "") -> None:
            self.reports += 1

        def check_cancelled(self) -> None:
            if self.reports >= 1:
                raise Cancelled()

    book = _office_book(tmp_path / "book.xlsx", 1)
    db = open_database(db_url)
    try:
        with pytest.raises(Cancelled):
            import_file(db, book, progress=CancelAfterFirstChunk(), in_child=True)
    finally:
        db.dispose()
    assert multiprocessing.active_children() == []
    assert _count(db_url, Loan) == 0 and _count(db_url, ImportRun) == 0 and _count(db_url, Borrower) == 0


def test_reader_process_does_not_rerun_the_main_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A spawned child re-runs the parent's main script first (for main.py: the whole CLI);
    the reader is launched with the main module hidden, so a script that leaves a mark when
    imported leaves none."""
    import sys
    import types

    from operator_app.importing.child import read_records_in_child
    from operator_app.importing.stream import Finished

    mark = tmp_path / "main-ran"
    script = tmp_path / "app_main.py"
    script.write_text(f"open({str(mark)!r}, 'w').close()\n", encoding="utf-8")
    fake_main = types.ModuleType("__main__")
    fake_main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", fake_main)
    events = list(read_records_in_child(_office_book(tmp_path / "book.xlsx", 1), b"salt"))
    assert isinstance(events[-1], Finished)
    assert not mark.exists()


def test_the_cli_starts_the_reader_before_opening_the_database(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python main.py import BIG` overlaps the reader's parse with loading the database layer and
    opening (or creating) the database, and imports just what the reader started later would."""
    import multiprocessing

    from operator_app.services import context
    from tests.conftest import run_cli

    alive_at_open: list[list[str]] = []
    open_db = context.open_db

    def watching_open_db(target: str | Path | None = None, **options: Any) -> object:
        alive_at_open.append([child.name for child in multiprocessing.active_children()])
        return open_db(target, **options)

    monkeypatch.setattr(context, "open_db", watching_open_db)
    book = _office_book(tmp_path / "book.xlsx", 1)
    result = run_cli("--db", db_url, "import", str(book), "--json")
    assert result.code == 0, result.err
    assert alive_at_open == [["operator-import-reader"]]
    assert multiprocessing.active_children() == []
    in_process = _import(str(tmp_path / "here.db"), book, in_child=False)
    assert {key: in_process[key] for key in result.json()} == result.json()


def test_a_database_that_will_not_open_stops_the_early_reader(tmp_path: Path) -> None:
    import multiprocessing

    from tests.conftest import run_cli

    book = _office_book(tmp_path / "book.xlsx", 1)
    result = run_cli("--db", str(tmp_path), "import", str(book))
    assert result.code == 2 and "is a folder" in result.err
    assert multiprocessing.active_children() == []


def test_a_broken_big_file_is_reported_as_a_small_one_is(tmp_path: Path) -> None:
    """The early reader fails before the salt is sent: the same one-line error, nothing written."""
    import multiprocessing

    from tests.conftest import run_cli

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)
    db = str(tmp_path / "office.db")
    result = run_cli("--db", db, "import", str(broken))
    assert result.code == 2 and "cannot be read as a spreadsheet" in result.err
    assert multiprocessing.active_children() == []
    assert _count(db, ImportRun) == 0


def test_the_cli_reader_is_forked_while_the_process_is_small_and_reads_what_a_spawned_one_does(tmp_path: Path) -> None:
    """The CLI's reader (start_reader) is forked on Linux while the process is small, alone and
    without Qt: the same events as a spawned reader's, and a file the reader must refuse is
    refused the same way. Run in a fresh interpreter, as the CLI is."""
    import json
    import subprocess
    import sys

    _office_book(tmp_path / "book.xlsx", 300)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    code = f"""
import json, pickle, sys
from pathlib import Path
from operator_app.importing.child import ReaderProcess, start_reader
out = {{}}
for name in ("book.xlsx", "broken.xlsx"):
    path = Path({str(tmp_path)!r}) / name
    for how, reader in (("forked", start_reader(path)), ("spawned", ReaderProcess(path))):
        out[how + "_method"] = type(reader._child._popen).__module__.rsplit(".", 1)[-1]
        try:
            out[how + ":" + name] = pickle.dumps(list(reader.events(b"salt"))).hex()
        except Exception as exc:
            out[how + ":" + name] = "error " + getattr(exc, "code", repr(exc))
print(json.dumps(out))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    out = json.loads(done.stdout)
    assert out["forked_method"] == "popen_fork" and out["spawned_method"] == "popen_spawn_posix"
    assert out["forked:book.xlsx"] == out["spawned:book.xlsx"] and not out["forked:book.xlsx"].startswith("error")
    assert out["forked:broken.xlsx"] == out["spawned:broken.xlsx"] == "error file_unreadable"


def test_a_reader_is_spawned_where_a_fork_is_not_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import threading

    from operator_app import processes

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(processes, "FORK_MAX_ADDRESS_SPACE", 1 << 62)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.delitem(sys.modules, "PySide6.QtCore", raising=False)
    assert processes.small_and_alone()
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # another thread: never fork
    assert not processes.small_and_alone()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())  # Qt's threads are not Python's
    assert not processes.small_and_alone()
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    monkeypatch.setattr(processes, "FORK_MAX_ADDRESS_SPACE", 1)  # the child would inherit a big address space
    assert not processes.small_and_alone()
    monkeypatch.setattr(processes, "FORK_MAX_ADDRESS_SPACE", 1 << 62)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not processes.small_and_alone()
