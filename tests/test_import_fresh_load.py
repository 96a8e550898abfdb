"""An office's first import into empty tables (store.fresh_load): the same rows as an ordinary
import, the same schema afterwards, the same guarantees at commit, and a connection handed back
as it was. SQLite only: the fresh load is SQLite's (foreign-key checks, journal mode and index
upkeep are SQLite connection and file settings); PostgreSQL imports the ordinary way, which the
other import tests run on both engines."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from operator_app.services.importing import import_file as import_file_module
from operator_app.services.importing import import_writer
from operator_app.services.importing.import_file import import_file
from operator_app.services.office import id_key
from operator_app.store import fresh_load
from operator_app.store.db import open_database
from operator_app.store.fresh_load import ForeignKeyError, FreshLoad
from operator_app.store.models import loan_table
from tests.test_import_reader import _office_book, _snapshot

ROOT = Path(__file__).resolve().parent.parent


def _schema(path: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    finally:
        con.close()


def _salt(url: str) -> str:
    db = open_database(url)
    try:
        return id_key.export_key(db)
    finally:
        db.dispose()


def _settings(url: str) -> tuple[int, str]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return (conn.exec_driver_sql("PRAGMA foreign_keys").scalar(),
                    conn.exec_driver_sql("PRAGMA journal_mode").scalar())
    finally:
        db.dispose()


def test_a_fresh_load_imports_what_an_ordinary_import_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same sheet into an empty database, once as a fresh load and once the ordinary way
    (FreshLoad.begin declining): the same loans, borrowers and installments, the same schema
    (every index back), foreign keys on and WAL afterwards, nothing dangling; and the paid
    baselines the fresh load writes with the rows are those record_payments derives, so a second
    import of changed amounts records the same payments either way."""
    book = _office_book(tmp_path / "book.xlsx", 2)  # some loans partly paid
    fresh_url, plain_url = str(tmp_path / "fresh.db"), str(tmp_path / "plain.db")
    seen: list[bool] = []
    begin = FreshLoad.begin

    def spy(self: FreshLoad, empty: object) -> bool:
        seen.append(begin(self, empty))  # type: ignore[arg-type]
        return seen[-1]

    monkeypatch.setattr(FreshLoad, "begin", spy)
    db = open_database(fresh_url)
    fresh = import_file(db, book)
    db.dispose()
    monkeypatch.setattr(FreshLoad, "begin", lambda self, empty: False)
    db = open_database(plain_url)
    id_key.import_key(db, _salt(fresh_url))  # the same office key, so the same ID hashes
    plain = import_file(db, book)
    db.dispose()
    assert seen == [True]
    assert fresh.as_json() == plain.as_json() and fresh.loans_created > 2000
    assert _snapshot(fresh_url) == _snapshot(plain_url)
    assert any(paid for _c, paid in _snapshot(fresh_url)["paid_seen"])
    monkeypatch.setattr(FreshLoad, "begin", begin)
    again = _office_book(tmp_path / "again.xlsx", 1)  # what was paid is paid no more: no payment, a change
    for url in (fresh_url, plain_url):
        db = open_database(url)
        import_file(db, again)
        db.dispose()
    assert _snapshot(fresh_url) == _snapshot(plain_url)
    assert _schema(Path(fresh_url)) == _schema(Path(plain_url))
    assert _settings(fresh_url) == (1, "wal")
    con = sqlite3.connect(fresh_url)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()


def test_the_connection_of_a_fresh_load_goes_back_to_the_pool_checked(sqlite_url: str, tmp_path: Path) -> None:
    """The pooled connection the import used checks foreign keys again afterwards: a dangling
    row is refused on it, as on any other connection."""
    db = open_database(sqlite_url)
    try:
        import_file(db, _office_book(tmp_path / "book.xlsx", 1))
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(loan_table.insert().values(contract_no="X-1", borrower_id=999_999, status="active"))
    finally:
        db.dispose()


def test_a_fresh_load_with_a_dangling_row_commits_nothing(sqlite_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks skipped row by row are made before the commit: a writer that wrote a loan
    pointing at no borrower fails the import, and the database is as it was (no run, no loan,
    every index there, checks on)."""
    book = _office_book(tmp_path / "book.xlsx", 1)
    db = open_database(sqlite_url)
    before = _schema(Path(sqlite_url))
    real = import_writer.insert_ids

    def dangling(conn: object, table: object, columns: dict[str, list[object]], same: object = None) -> list[int]:
        if table is loan_table:
            columns = {**columns, "borrower_id": [10**9] * len(columns["borrower_id"])}
        return real(conn, table, columns, same)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writer, "insert_ids", dangling)
    try:
        with pytest.raises(ForeignKeyError):
            import_file(db, book)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM loan")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM import_run")).scalar() == 0
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    assert _schema(Path(sqlite_url)) == before
    assert _settings(sqlite_url) == (1, "wal")


def test_a_database_with_loans_is_not_loaded_fresh(sqlite_url: str, tmp_path: Path) -> None:
    """A second import (the tables hold rows) goes the ordinary way: checks on, WAL kept,
    nothing begun by FreshLoad."""
    db = open_database(sqlite_url)
    try:
        import_file(db, _office_book(tmp_path / "book.xlsx", 1))
        with db.engine.connect() as conn:
            load = FreshLoad(conn)
            assert load.begin(import_writer.FRESH_TABLES) is False
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert not conn.connection.dbapi_connection.in_transaction  # type: ignore[union-attr]
            load.end()
        again = import_file(db, _office_book(tmp_path / "book2.xlsx", 2))
        assert again.loans_updated > 0 and again.loans_created == 30
    finally:
        db.dispose()


def test_another_connection_open_keeps_the_load_in_wal(sqlite_url: str, tmp_path: Path) -> None:
    """With a second connection open on the file (the GUI's pool, another process), SQLite
    refuses to leave WAL at once; the fresh load goes on in WAL and imports the same."""
    db = open_database(sqlite_url)
    other = sqlite3.connect(sqlite_url)
    other.execute("SELECT count(*) FROM loan").fetchall()
    try:
        result = import_file(db, _office_book(tmp_path / "book.xlsx", 1))
        assert result.loans_created > 2000
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert other.execute("SELECT count(*) FROM loan").fetchone() == (result.loans_created,)
    finally:
        other.close()
        db.dispose()


def test_a_database_opened_during_a_fresh_load_works(sqlite_url: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened while a first import loads under a rollback journal, a database still opens (its
    connection cannot turn WAL on yet, and works in rollback mode), reads the state before the
    import, and WAL is on again once that connection too is closed."""
    seen: dict[str, object] = {}
    real = import_file_module._finish_run

    def open_meanwhile(conn: object, run_id: int, *rest: object) -> None:
        with sqlite3.connect(sqlite_url) as probe:
            seen["mode during the load"] = probe.execute("PRAGMA journal_mode").fetchone()[0]
        other = open_database(sqlite_url)
        try:
            with other.engine.connect() as c:
                seen["loans seen"] = c.execute(text("SELECT count(*) FROM loan")).scalar()
        finally:
            other.dispose()
        real(conn, run_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(import_file_module, "_finish_run", open_meanwhile)
    db = open_database(sqlite_url)
    try:
        assert import_file(db, _office_book(tmp_path / "book.xlsx", 1)).loans_created > 2000
    finally:
        db.dispose()
    assert seen == {"mode during the load": "delete", "loans seen": 0}
    assert _settings(sqlite_url) == (1, "wal")


def _big_csv(path: Path, rows: int) -> Path:
    lines = ["合同编号,客户姓名,手机号码,身份证号,借款金额,应还日期,应还金额"]
    lines += [f"HT{i:06d},客户{i % 997},1380{i:07d},1101011990{i:08d},{5000 + i},2026-{1 + i % 12:02d}-15,{500 + i % 90}"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_a_killed_first_import_leaves_the_empty_database(tmp_path: Path) -> None:
    """`python main.py import` SIGKILLed in the middle of a fresh load (its rollback journal on
    disk): the next open rolls the load back; no run, no loan, no borrower, every index there,
    WAL and integrity as before, and the same file imports in full afterwards."""
    book = _big_csv(tmp_path / "book.csv", 40_000)
    url = str(tmp_path / "office.db")
    open_database(url).dispose()  # the empty office, as the GUI's first start leaves it
    empty_schema = _schema(Path(url))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPERATOR_APP_LANG": "en"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", url, "import", str(book)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = Path(url + "-journal")
    deadline = time.monotonic() + 120
    try:
        # Past 16 KiB: the load itself. Leaving WAL for the load, and going back to it after,
        # each write a one-page journal for a moment (the file header's mode bytes); a kill just
        # after one of those would find no load in flight.
        while proc.poll() is None and not (journal.exists() and journal.stat().st_size > 16_384):
            assert time.monotonic() < deadline, "the import never began its load"
            time.sleep(0.002)
        readers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import ended before it could be killed"
    assert journal.exists()  # killed with its load in flight
    # Its reader process (forked by the CLI) does not outlive it, waiting on pipes it holds itself.
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and _state(pid) != "Z" for pid in readers):
        assert time.monotonic() < deadline, f"the reader process outlived the killed import: {readers}"
        time.sleep(0.05)
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            for table in ("import_run", "loan", "borrower", "installment"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert _schema(Path(url)) == empty_schema
        assert _settings(url) == (1, "wal")
        assert import_file(db, book).loans_created == 40_000
    finally:
        db.dispose()


def test_defer_indexes_refuses_to_run_outside_a_transaction(sqlite_url: str) -> None:
    """pysqlite runs DDL outside any transaction unless one has begun: dropping indexes there
    would outlive a failed import."""
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as conn:
            with pytest.raises(RuntimeError, match="transaction"):
                fresh_load.defer_indexes(conn, [loan_table])
    finally:
        db.dispose()


def test_insert_ids_names_the_ids_the_database_gave(db_url: str) -> None:
    """The ids insert_ids returns are the rows' own, on both engines, after rows were deleted
    from the top of the table too (SQLite numbers new rows above the largest id left)."""
    from sqlalchemy import delete, select

    from operator_app.store.bulk import insert_ids
    from operator_app.store.models import borrower_table as B

    same = {"locale": "zh_CN", "created_at": datetime(2026, 11, 27, tzinfo=UTC)}
    db = open_database(db_url)
    try:
        with db.engine.begin() as conn:
            first = insert_ids(conn, B, {"match_key": [f"np:a{i}" for i in range(5)]}, same)
            conn.execute(delete(B).where(B.c.id.in_(first[-2:])))
            keys = [f"np:b{i}" for i in range(7)]
            ids = insert_ids(conn, B, {"match_key": keys}, same)
            stored = {row.match_key: row.id for row in conn.execute(select(B.c.match_key, B.c.id).where(B.c.match_key.in_(keys)))}
        assert ids == [stored[key] for key in keys]
        assert len(set(ids) | set(first[:3])) == 10
    finally:
        db.dispose()
