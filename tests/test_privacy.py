"""Privacy where a person reads (issue 21, item 8): mobiles masked the queue's way in the
`messages` and `inbox` listings (whole numbers only in --json), no whole ID number in an import's
problem report or preview, and the database file, its -wal/-shm files and a migration's backup readable by
their owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert, select, text

from operator_app.domain.identity import mask_id_number
from operator_app.domain.phones import shown_number, shown_phone
from operator_app.services.book.queue import QueueRow
from operator_app.services.importing.import_preview import preview
from operator_app.store.db import _alembic_config, backup_sqlite, open_database
from operator_app.store.models import borrower_table, inbound_table
from tests.conftest import run_cli
from tests.sheets import HEADERS, loan_book
from tests.test_batches import TODAY, pin

IDS = ("110101199003077777", "44030419851231002X", "310104900101123")  # the last an old 15-digit one


def test_one_rule_shows_a_number_on_every_screen() -> None:
    assert shown_phone("+8613800138000") == "138****8000"
    assert shown_phone(None, "010-62345678") == "010-62345678"  # a landline, kept for a call
    assert shown_phone(None, None) == ""
    assert shown_number("+8613800138000") == shown_number("13800138000") == "138****8000"
    assert shown_number("10086") == "10086"  # a service number is nobody's
    row = QueueRow(1, "HT1", "张三", "+8613800138000", "13800138000", 100, None, 0, "M1", ())
    assert row.shown_phone == shown_phone(row.phone, row.phone_raw)  # the queue's rule is this one
    assert mask_id_number("44030419851231002x") == "*" * 14 + "002X"
    assert mask_id_number(310104900101123) == "*" * 11 + "1123"  # a cell Excel holds as a number


@pytest.fixture
def umask() -> Iterator[None]:
    """The usual umask: without the fix, SQLite would create 0644 files under it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_its_wal_and_shm_files_and_a_migration_backup_are_private(tmp_path: Path,
                                                                                   umask: None) -> None:
    path = tmp_path / "office.db"
    db = open_database(str(path))
    try:
        with db.engine.begin() as conn:  # a write, so the WAL and its index exist while connected
            conn.exec_driver_sql("PRAGMA user_version = 7")
            wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
            assert wal.exists() and shm.exists()
            assert {_mode(path), _mode(wal), _mode(shm)} == {0o600}
        # A migration's backup: the database taken one revision back, then opened (upgraded).
        from alembic import command

        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
            behind = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        db.dispose()
    again = open_database(str(path))
    again.dispose()
    backups = list(tmp_path.glob(f"office.db.before-{behind}-*.bak"))
    assert len(backups) == 1 and _mode(backups[0]) == 0o600
    assert _mode(path) == 0o600
    # the backup function itself, whatever the revision is called
    db = open_database(str(path))
    try:
        made = backup_sqlite(db, "test")
    finally:
        db.dispose()
    assert made is not None and _mode(made) == 0o600


def test_the_problem_report_never_holds_a_whole_id_number(tmp_path: Path) -> None:
    d = date(2026, 11, 1)
    sheet = loan_book(tmp_path / "ids.xlsx", [
        ["HT001", "张三", "1380013", IDS[0], 1000, d, 1000, 0, ""],  # a bad phone
        ["HT002", "李四", "13900139000", IDS[1], 1000, "2026-13-45", 1000, 0, ""],  # a bad date
        ["HT003", "王五", "13700137000", int(IDS[2]), "abc", d, "abc", 0, ""],  # a bad amount, the ID a number
    ], headers=HEADERS)
    report = tmp_path / "problems.xlsx"
    report.write_bytes(b"an older report, readable by all")
    report.chmod(0o644)
    res = run_cli("--db", str(tmp_path / "office.db"), "import", str(sheet), "--report", str(report))
    assert res.code == 0, res.err
    assert _mode(report) == 0o600  # names and phones: this user's only, also when it replaced a file
    cells = [str(v) for row in openpyxl.load_workbook(report).active.iter_rows(values_only=True)
             for v in row if v is not None]
    text_of_report = "\n".join(cells)
    assert {"HT001", "HT002", "HT003"} <= set(cells)  # every row with an ID number is in the report
    for whole in IDS:
        assert whole not in text_of_report and whole[:-4] not in text_of_report
        assert "*" * (len(whole) - 4) + whole[-4:] in cells  # the last four, for the clerk to find the person
    # the import wizard's preview of the first rows shows them the same way
    shown = "\n".join(str(v) for row in preview(sheet).rows for v in row)
    assert all(whole not in shown and "*" * (len(whole) - 4) + whole[-4:] in shown for whole in IDS)


def test_messages_and_inbox_listings_mask_numbers_and_json_keeps_them(db_url: str, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    sheet = loan_book(tmp_path / "a.xlsx", [
        ["HT101", "张三", "13800138000", None, 1000, TODAY - timedelta(days=10), 1000, 0, ""],
    ], headers=HEADERS)
    assert run_cli("--db", db_url, "import", str(sheet)).code == 0
    assert run_cli("--db", db_url, "batch", "create", "--by", "小王").code == 0
    db = open_database(db_url)
    with db.engine.begin() as conn:
        borrower = conn.execute(select(borrower_table.c.id)).scalar_one()
        conn.execute(insert(inbound_table).values(sender="+8613800138000", text="明天还", borrower_id=borrower,
                                                  received_at=datetime.now(UTC)))
    db.dispose()
    for command in ("messages", "inbox"):
        listed = run_cli("--db", db_url, command)
        assert listed.code == 0 and "138****8000" in listed.out
        assert "13800138000" not in listed.out, command
        assert "13800138000" in run_cli("--db", db_url, command, "--json").out  # for systems: whole
