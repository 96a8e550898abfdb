"""Backups (`backup create | verify | restore`, the daily backup and its rotation). SQLite only
except the first test: a backup is a copy of the SQLite file, made and put back with SQLite's own
online backup API; these tests make their own office files under tmp_path because files are what
they test (their bytes, their modes, what lies beside them). A PostgreSQL office is told to use
its server's tools."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, update

from operator_app.services.context import fill_demo
from operator_app.services.office import backups
from operator_app.store import run_lock
from operator_app.store.db import open_database
from operator_app.store.models import dispatch_run_table
from tests.conftest import run_cli
from tests.outbox_office import make_office
from tests.test_crash_safety import NOW, ROOT, env, on_air, slow_far_end  # noqa: F401  (a fixture)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def pin(monkeypatch: pytest.MonkeyPatch, day: date, hour: int = 9) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(day, time(hour), SHANGHAI).isoformat())


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pin(monkeypatch, date(2026, 12, 7))
    path = tmp_path / "office.db"
    fill_demo(str(path), today=date(2026, 12, 7), loans=300)
    return path


def test_a_postgresql_office_is_told_to_use_its_servers_tools(db_url: str) -> None:
    """On SQLite `backup create` writes the file; on PostgreSQL it says pg_dump in one line, exit 2."""
    open_database(db_url).dispose()  # an office that exists (a misspelt --db is refused, not created)
    result = run_cli("--db", db_url, "backup", "create")
    if db_url.startswith("postgresql"):
        assert result.code == 2
        assert "pg_dump" in result.err and result.err.count("\n") == 1
    else:
        assert result.code == 0, result.err
        assert len(list((Path(db_url).parent / "backups").glob("office-*.db"))) == 1


def test_a_backup_made_while_another_connection_writes_is_a_consistent_0600_snapshot(office: Path) -> None:
    """SQLite: a writer commits 10 rows per transaction the whole time; every backup holds whole
    transactions only, passes the integrity check, is 0600 and a plain file (no -wal of its own)."""
    conn = sqlite3.connect(office, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE scratch (n INTEGER)")
    conn.commit()
    stop = threading.Event()
    written = [0]

    def write() -> None:
        writer = sqlite3.connect(office, timeout=30)
        while not stop.is_set():
            with writer:
                writer.executemany("INSERT INTO scratch VALUES (?)", [(i,) for i in range(10)])
            written[0] += 10
            # A breath between commits, as every writer of the app has (a send waits on its modem
            # between messages): SQLite's lock is not fair, and a writer that takes it back at once
            # can starve the backup's audit entry past its busy timeout on a loaded machine.
            clock.sleep(0.001)
        writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    db = open_database(office)
    made = []
    try:
        for n in range(5):
            made.append(backups.create(db, office.parent / f"copy{n}.db", by="张三"))
    finally:
        stop.set()
        thread.join()
        db.dispose()
        conn.close()
    counts = [rows(p, "SELECT count(*) FROM scratch")[0][0] for p in made]
    assert all(c % 10 == 0 for c in counts) and counts == sorted(counts) and counts[-1] > 0
    for path in made:
        assert mode(path) == 0o600
        assert rows(path, "PRAGMA integrity_check") == [("ok",)]
        assert rows(path, "PRAGMA journal_mode") == [("delete",)]
        assert not Path(f"{path}-wal").exists()
    assert written[0] >= counts[-1]


def test_verify_says_intact_with_counts_damaged_exit_1_and_not_a_database_exit_2(office: Path, tmp_path: Path) -> None:
    """SQLite: a good backup in words; the same file cut short is damaged (1); text is bad input (2)."""
    good = tmp_path / "good.db"
    assert run_cli("--db", str(office), "backup", "create", str(good)).code == 0
    result = run_cli("backup", "verify", str(good))
    assert result.code == 0, result.err
    assert "intact" in result.out and "the same as this app" in result.out
    assert "Loans: 300, borrowers: 300, messages: 0, audit entries: 1." in result.out

    cut = tmp_path / "cut.db"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    result = run_cli("backup", "verify", str(cut))
    assert result.code == 1 and "is damaged" in result.out

    text = tmp_path / "notes.db"
    text.write_text("借款人名单\n", encoding="utf-8")
    result = run_cli("--lang", "zh_CN", "backup", "verify", str(text))
    assert result.code == 2 and result.err == f"{text} 不是数据库文件，不是本程序的备份。\n"
    assert run_cli("backup", "verify", str(tmp_path / "missing.db")).code == 2


def test_restore_round_trip_gives_the_backed_up_data_and_keeps_the_replaced_file(office: Path, tmp_path: Path) -> None:
    """SQLite: back up, hold a loan (a change), restore: the loans read as at the backup, the held
    state is in the kept-aside file (0600), and the audit chain is intact with the restore on it."""
    backup = tmp_path / "before.db"
    assert run_cli("--db", str(office), "backup", "create", str(backup), "--by", "张三").code == 0
    loans_then = rows(office, "SELECT * FROM loan ORDER BY id")
    borrowers_then = rows(office, "SELECT * FROM borrower ORDER BY id")
    contract = str(rows(office, "SELECT contract_no FROM loan ORDER BY id LIMIT 1")[0][0])
    assert run_cli("--db", str(office), "hold", contract, "--reason", "投诉", "--by", "张三").code == 0
    borrowers_held = rows(office, "SELECT * FROM borrower ORDER BY id")
    assert borrowers_held != borrowers_then

    result = run_cli("--db", str(office), "backup", "restore", str(backup), "--by", "李四")
    assert result.code == 0, result.err
    assert rows(office, "SELECT * FROM loan ORDER BY id") == loans_then
    assert rows(office, "SELECT * FROM borrower ORDER BY id") == borrowers_then
    kept = list(tmp_path.glob("office.db.before-restore-*"))
    assert len(kept) == 1 and mode(kept[0]) == 0o600 and str(kept[0]) in result.out
    assert rows(kept[0], "SELECT * FROM borrower ORDER BY id") == borrowers_held
    assert rows(office, "SELECT actor, action FROM audit ORDER BY id DESC LIMIT 1") == [("李四", "backup_restored")]
    assert run_cli("--db", str(office), "audit", "verify").code == 0


def test_restore_is_refused_while_a_send_runs(office: Path, tmp_path: Path) -> None:
    """SQLite: a dispatcher run alive (its row unfinished, its lock file held, as `send` holds it):
    restore says so (exit 1) and changes nothing; once the run ends the restore goes through."""
    backup = tmp_path / "before.db"
    assert run_cli("--db", str(office), "backup", "create", str(backup)).code == 0
    db = open_database(office)
    with db.engine.begin() as conn:
        run_id = conn.execute(insert(dispatch_run_table).values(host=socket.gethostname(), pid=os.getpid())
                              .returning(dispatch_run_table.c.id)).scalar_one()
    db.dispose()
    lock = run_lock.RunLock(office, run_id)
    lock.acquire()
    try:
        before = office.read_bytes()
        result = run_cli("--db", str(office), "backup", "restore", str(backup))
        assert result.code == 1 and f"A send is running on this database (run {run_id})" in result.err
        assert office.read_bytes() == before and not list(tmp_path.glob("*.before-restore-*"))
    finally:
        lock.release()
    db = open_database(office)
    with db.engine.begin() as conn:  # the run ends as `send` ends it
        conn.execute(update(dispatch_run_table).values(finished_at=datetime.now(UTC)))
    db.dispose()
    assert run_cli("--db", str(office), "backup", "restore", str(backup)).code == 0


def test_restore_refuses_a_damaged_backup_and_changes_nothing(office: Path, tmp_path: Path) -> None:
    """SQLite: a truncated backup is never put in place of a good database."""
    good = tmp_path / "good.db"
    assert run_cli("--db", str(office), "backup", "create", str(good)).code == 0
    cut = tmp_path / "cut.db"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = office.read_bytes()
    result = run_cli("--db", str(office), "backup", "restore", str(cut))
    assert result.code == 1 and "damaged" in result.err
    assert office.read_bytes() == before
    result = run_cli("--db", str(office), "backup", "restore", str(office))
    assert result.code == 2 and "is the database itself" in result.err
    assert office.read_bytes() == before and not list(tmp_path.glob("*.before-restore-*"))


def test_the_daily_backup_keeps_7_daily_and_4_weekly_over_two_months(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite, the clock pinned to each office day in turn: the first command of the day backs up
    (the second does not), and rotation leaves the last 7 days plus the newest of the last 4 weeks."""
    monkeypatch.setenv("OPERATOR_APP_AUTO_BACKUP", "1")
    first = date(2026, 10, 1)
    last = date(2026, 11, 29)  # a Sunday
    day = first
    while day <= last:
        pin(monkeypatch, day, 8)
        assert run_cli("--db", str(office), "templates", "list").code == 0
        pin(monkeypatch, day, 15)
        assert run_cli("--db", str(office), "templates", "list").code == 0
        day += timedelta(days=1)
    days = sorted(f.at.date() for f in backups.backups_of(office))
    assert all(f.auto for f in backups.backups_of(office))
    expected = [last - timedelta(days=n) for n in range(7)]  # Mon 23 … Sun 29 November
    expected += [date(2026, 11, 22), date(2026, 11, 15), date(2026, 11, 8)]  # the Sundays of the 3 weeks before
    assert days == sorted(expected)
    assert all(f.at.hour == 8 for f in backups.backups_of(office))  # the day's first start, not its second


def test_the_daily_backup_is_off_with_the_setting_and_never_touches_hand_made_ones(office: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: `backup.auto false` stops the daily backup; rotation never deletes a backup made by hand."""
    monkeypatch.setenv("OPERATOR_APP_AUTO_BACKUP", "1")
    pin(monkeypatch, date(2026, 9, 1))
    assert run_cli("--db", str(office), "backup", "create").code == 0  # by hand, long ago
    assert run_cli("--db", str(office), "settings", "set", "backup.auto", "false", "--by", "管理员").code == 0
    pin(monkeypatch, date(2026, 12, 7))
    assert run_cli("--db", str(office), "templates", "list").code == 0
    assert [f.auto for f in backups.backups_of(office)] == [False]
    assert run_cli("--db", str(office), "settings", "set", "backup.auto", "true", "--by", "管理员").code == 0
    for n in range(12):
        pin(monkeypatch, date(2026, 12, 8) + timedelta(days=n))
        assert run_cli("--db", str(office), "templates", "list").code == 0
    found = backups.backups_of(office)
    assert found[0].at.date() == date(2026, 9, 1) and not found[0].auto
    assert sum(f.auto for f in found) == 7  # the last 7 days (the ends of their two weeks among them)


def test_an_older_backup_is_migrated_on_restore(office: Path, tmp_path: Path) -> None:
    """SQLite: a backup at the schema before the newest verifies as older, and restoring it brings
    it to the app's head (open_database copies it to its own .bak first)."""
    from alembic import command

    from operator_app.store.db import _alembic_config, head_revision, known_revisions

    older = sorted(known_revisions())[-2]
    old = tmp_path / "old.db"
    db = open_database(old, migrate=False)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, older)
    db.dispose()
    result = run_cli("backup", "verify", str(old))
    assert result.code == 0 and f"Schema revision {older}, older than this app's {head_revision()}" in result.out
    result = run_cli("--db", str(office), "backup", "restore", str(old), "--by", "李四")
    assert result.code == 0, result.err
    assert f"brought from revision {older} up to {head_revision()}" in result.out
    assert rows(office, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert list(tmp_path.glob(f"office.db.before-{older}-*.bak"))
    assert rows(office, "SELECT count(*) FROM loan") == [(0,)]


def test_restore_is_refused_while_a_real_send_process_runs(sqlite_url: str, tmp_path: Path,
                                                           slow_far_end: tuple[str, Path]) -> None:  # noqa: F811
    """SQLite (the run's lock file beside it): a `send` process in the middle of a batch on a slow
    virtual modem; restore is refused (exit 1) and the file is untouched; after Ctrl-C it goes."""
    spec, log = slow_far_end
    db = open_database(sqlite_url)
    office = make_office(db, 30, now=NOW)
    db.dispose()
    backup = tmp_path / "before.db"
    assert run_cli("--db", sqlite_url, "backup", "create", str(backup)).code == 0
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "send", str(office.batch_id),
                             "--transport", spec], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    try:
        deadline = clock.monotonic() + 60
        while sum(on_air(log, while_writing=True).values()) < 1 and clock.monotonic() < deadline and proc.poll() is None:
            clock.sleep(0.01)
        result = run_cli("--db", sqlite_url, "backup", "restore", str(backup))
        assert result.code == 1 and "A send is running on this database" in result.err
        assert not list(tmp_path.glob("*.before-restore-*"))
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert run_cli("--db", sqlite_url, "backup", "restore", str(backup)).code == 0


def test_a_database_another_connection_keeps_locked_is_busy_never_replaced(office: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite under a rollback journal with an exclusive lock held (as a first import's fresh load
    holds it): the copy and restore say busy and leave the file and its hot journal alone."""
    from operator_app.store import sqlite_file

    backup = tmp_path / "before.db"
    assert run_cli("--db", str(office), "backup", "create", str(backup)).code == 0
    monkeypatch.setattr(sqlite_file, "BUSY_WAIT_S", 0.2)
    holder = sqlite3.connect(office, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM audit")
    try:
        before = office.read_bytes()
        with pytest.raises(sqlite_file.Busy):  # what `create` turns into backup_busy
            sqlite_file.copy_out(office, tmp_path / "now.db")
        result = run_cli("--db", str(office), "backup", "restore", str(backup))
        # One line, exit 1: opening it to check who restores already finds it in use.
        assert result.code == 1 and result.err.count("\n") == 1, result.err
        assert "The database is busy" in result.err or "in use by another program" in result.err, result.err
        assert office.read_bytes() == before and Path(f"{office}-journal").exists()
        assert not list(tmp_path.glob("now.db*")) and not list(tmp_path.glob("*.before-restore-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_rotation_keeps_the_newest_of_a_day_and_of_a_week_across_the_new_year() -> None:
    """The pure rule (domain/backups.kept): two backups of one day keep the later one; the weekly
    ones follow ISO weeks, so 2026-12-31 and 2027-01-03 share a week (2026-W53)."""
    from operator_app.domain.backups import is_stale, kept

    stamps = [datetime(2026, 12, d, h) for d in (20, 27, 31) for h in (8, 17)] + [datetime(2027, 1, 3, 9)]
    assert kept(stamps, daily=2, weekly=3) == {datetime(2027, 1, 3, 9), datetime(2026, 12, 31, 17),
                                               datetime(2026, 12, 27, 17), datetime(2026, 12, 20, 17)}
    assert not is_stale(date(2026, 12, 5), date(2026, 12, 7)) and is_stale(date(2026, 12, 4), date(2026, 12, 7))
    assert is_stale(None, date(2026, 12, 7))
