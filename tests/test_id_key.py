"""The office's ID-number key lives on its workstations, not in the database (issue 19, item 4).

With the key beside the hashes, a copy of the file gave every ID number back: there are only so
many birth dates and districts. These tests import real sheets through the CLI, then search the
database file byte for byte; a second workstation (another secrets folder) must bring the key
over before it can import ID numbers; a database from before has its key moved out on first open,
the hashes kept (the same borrower is still found by ID number).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select

from operator_app.services.context import open_db
from operator_app.services.office import id_key
from operator_app.services.office.secrets import SecretStore
from operator_app.store.db import open_database
from operator_app.store.models import app_setting_table, borrower_table
from tests.conftest import run_cli

IDS = ("110101199003074518", "32010219851231002X")


def _sheet(tmp_path: Path, name: str = "book.csv", phone: str = "13800138000") -> Path:
    path = tmp_path / name
    path.write_text("合同编号,姓名,手机号,身份证号,借款金额,应还日期\n"
                    f"K1,张三,{phone},{IDS[0]},8000,2026-12-20\n"
                    f"K2,李四,13900139000,{IDS[1]},9000,2026-12-20\n", encoding="utf-8")
    return path


def _file_bytes(path: Path) -> bytes:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


@pytest.fixture
def workstation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This computer's secrets folder (the keyring's fallback file)."""
    folder = tmp_path / "this-computer"
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(folder))
    return folder


def test_neither_the_key_nor_an_id_number_is_in_the_database_file(sqlite_url: str, tmp_path: Path,
                                                                   workstation: Path) -> None:
    """SQLite only: it searches the bytes of the database file."""
    db_path = Path(sqlite_url)
    assert run_cli("--db", str(db_path), "import", str(_sheet(tmp_path))).code == 0
    key = bytes.fromhex(SecretStore(workstation).get(_account(db_path)) or "")
    assert len(key) == 32
    data = _file_bytes(db_path)
    for secret in (key, key.hex().encode(), *(i.encode() for i in IDS), IDS[1].lower().encode()):
        assert secret not in data
    # the hashes are the key's: HMAC-SHA256 of the normalised number
    db = open_database(str(db_path))
    try:
        with db.engine.connect() as conn:
            hashes = set(conn.execute(select(borrower_table.c.id_number_hash)).scalars())
    finally:
        db.dispose()
    assert hmac.new(key, IDS[0].encode(), hashlib.sha256).hexdigest() in hashes


def _account(db_path: Path) -> str:
    db = open_database(str(db_path))
    try:
        with db.engine.connect() as conn:
            office = conn.execute(select(app_setting_table.c.value)
                                  .where(app_setting_table.c.key == id_key.OFFICE_ID)).scalar_one()
    finally:
        db.dispose()
    return f"id-key:{office}"


def test_a_second_workstation_brings_the_key_over_before_importing_id_numbers(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(first))
    assert run_cli("--db", db_url, "import", str(_sheet(tmp_path))).code == 0
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(second))
    refused = run_cli("--lang", "zh_CN", "--db", db_url, "import", str(_sheet(tmp_path, "newer.csv", "13700137000")))
    assert refused.code == 1 and refused.err.count("\n") == 1 and "id-key export" in refused.err, refused.err
    assert "这台电脑上没有本办公室的身份证号密钥" in refused.err
    # a sheet without ID numbers needs no key
    plain = tmp_path / "plain.csv"
    plain.write_text("合同编号,姓名,手机号,借款金额,应还日期\nK9,王五,13600136000,100,2026-12-20\n", encoding="utf-8")
    assert run_cli("--db", db_url, "import", str(plain)).code == 0
    # a wrong key is refused and changes nothing
    monkeypatch.setattr(sys, "stdin", io.StringIO("ab" * 32 + "\n"))
    wrong = run_cli("--db", db_url, "id-key", "import")
    assert wrong.code == 2 and "not this office's ID-number key" in wrong.err
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(first))
    exported = run_cli("--db", db_url, "id-key", "export")
    assert exported.code == 0 and len(exported.out.strip()) == 64
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(second))
    monkeypatch.setattr(sys, "stdin", io.StringIO(exported.out))
    assert run_cli("--db", db_url, "id-key", "import").code == 0
    again = run_cli("--db", db_url, "import", str(_sheet(tmp_path, "newer.csv", "13700137000")), "--json")
    assert again.code == 0, again.err
    # the same people by ID number: K1's borrower got the new phone, nobody new was made
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            borrowers = conn.execute(select(borrower_table.c.phone, borrower_table.c.id_last4)
                                     .where(borrower_table.c.id_last4.is_not(None))).all()
    finally:
        db.dispose()
    assert sorted(borrowers) == [("+8613700137000", "4518"), ("+8613900139000", "002X")]


def test_a_key_kept_in_an_older_database_moves_out_and_the_hashes_still_match(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(tmp_path / "before"))
    assert run_cli("--db", db_url, "import", str(_sheet(tmp_path))).code == 0
    db = open_database(db_url)
    try:
        legacy = id_key.export_key(db)
        with db.engine.begin() as conn:  # the layout before: the key in the database, nothing else
            conn.execute(delete(app_setting_table).where(app_setting_table.c.key.in_((id_key.KEY_CHECK, id_key.OFFICE_ID))))
            conn.execute(insert(app_setting_table).values(key=id_key.LEGACY, value=legacy))
    finally:
        db.dispose()
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(tmp_path / "after"))
    db = open_db(db_url)  # what every command and the GUI open with
    try:
        with db.engine.connect() as conn:
            kept = conn.execute(select(app_setting_table.c.key)).scalars().all()
        assert id_key.LEGACY not in kept and id_key.KEY_CHECK in kept
        assert id_key.export_key(db) == legacy
    finally:
        db.dispose()
    assert run_cli("--db", db_url, "import", str(_sheet(tmp_path, "newer.csv", "13700137000"))).code == 0
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            found = conn.execute(select(borrower_table.c.phone).where(borrower_table.c.id_last4 == "4518")).all()
    finally:
        db.dispose()
    assert found == [("+8613700137000",)]  # found by its old hash (new phone), not made again


def test_the_moved_key_leaves_no_bytes_in_an_older_sqlite_file(sqlite_url: str, workstation: Path) -> None:
    """SQLite only: it searches the bytes of the file after the key moved out."""
    db_path = Path(sqlite_url)
    legacy = "c3" * 32
    db = open_database(str(db_path))
    try:
        with db.engine.begin() as conn:
            conn.execute(insert(app_setting_table).values(key=id_key.LEGACY, value=legacy))
    finally:
        db.dispose()
    assert legacy.encode() in _file_bytes(db_path)  # the old layout had it in the file
    open_db(str(db_path)).dispose()
    assert legacy.encode() not in _file_bytes(db_path)
    assert SecretStore(workstation).get(_account(db_path)) == legacy
