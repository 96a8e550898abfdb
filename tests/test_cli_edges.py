"""The rough edges a new user meets on the command line: bad input is exit 2 with one line in
the operator's language and changes nothing; `demo` and `queue` meet; `queue` reads like a
table for a person; start-up loads only what the command needs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from operator_app.store import db as store_db
from operator_app.store.db import open_database
from operator_app.store.models import loan_table
from tests.conftest import run_cli
from tests.sheets import loan_book, standard_rows

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-27"


def _loans(url: str) -> int:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(loan_table)).scalar_one())
    finally:
        db.dispose()


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("argv", [
    ["queue", "--stage", "bogus"],
    ["queue", "--stage", "M9"],  # no such stage (a code in any case, or its words, is taken: test_one_vocabulary)
    ["queue", "--stage", "bogus", "--json"],
])
def test_unknown_stage_is_bad_input_and_creates_nothing(tmp_path: Path, argv: list[str]) -> None:
    """No database is touched (SQLite only: the point is that the file is not even created)."""
    target = tmp_path / "never.db"
    res = run_cli("--db", str(target), *argv)
    assert res.code == 2 and res.out == ""
    assert "Unknown stage" in _one_line(res.err) and "M3+" in res.err
    assert not target.exists()
    zh = run_cli("--lang", "zh_CN", "--db", str(target), *argv)
    assert zh.code == 2 and "阶段" in _one_line(zh.err)


def test_usage_errors_are_one_translated_line(tmp_path: Path) -> None:
    for argv in (["queue", "--no-such-option"], ["--lang", "zh_CN", "queue", "--as-of"], ["no-such-command"],
                 ["demo", "--loans", "-3"], ["--lang", "xx", "queue"]):
        res = run_cli(*argv)
        assert res.code == 2
        line = _one_line(res.err)
        assert line.startswith("用法有误" if "zh_CN" in argv else "Bad usage"), line


def test_plain_queue_is_a_table_in_the_operators_language(db_url: str, tmp_path: Path) -> None:
    book = loan_book(tmp_path / "book.xlsx", standard_rows())
    assert run_cli("--db", db_url, "import", str(book)).code == 0
    res = run_cli("--lang", "zh_CN", "--db", db_url, "queue", "--as-of", AS_OF)
    assert res.code == 0
    header, *rows = [line.split("\t") for line in res.out.strip().splitlines()]
    assert header == ["合同编号", "借款人", "手机", "剩余应还", "逾期天数", "阶段", "不发送原因"]
    by_contract = {r[0]: r for r in rows}
    assert by_contract["HT001"][2] == "138****8000"  # masked as in the GUI
    assert "13800138000" not in res.out
    assert by_contract["HT001"][5].startswith("M1") and by_contract["HT001"][6] == "-"
    assert by_contract["HT003"][2] == "010-62345678" and by_contract["HT003"][6] == "未到期、无可用手机号"
    assert not {r[5] for r in rows} & {"M1", "not_due", "paid", "pre_due", "grace"}  # words, not codes
    english = run_cli("--db", db_url, "queue", "--as-of", AS_OF)
    assert english.out.splitlines()[0].split("\t")[0] == "Contract"
    # the machine formats keep the codes and the full numbers
    data = run_cli("--lang", "zh_CN", "--db", db_url, "queue", "--as-of", AS_OF, "--json").json()
    row = next(r for r in data if r["contract_no"] == "HT001")  # type: ignore[union-attr]
    assert row["phone"] == "+8613800138000" and row["stage"] == "M1"
    out = run_cli("--lang", "zh_CN", "--db", db_url, "queue", "--as-of", AS_OF, "--csv").out
    table = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))  # the BOM Excel needs for UTF-8
    assert table[0][0] == "合同编号"
    # the full number, behind the formula guard of a cell starting with "+"; the stage in words
    phone, stage = (next(r for r in table if r[0] == "HT001")[i] for i in (2, 5))
    assert phone == "'+8613800138000" and stage.startswith("M1") and stage != "M1"


def test_demo_and_queue_meet_in_the_default_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default database is a SQLite file under OPERATOR_APP_DATA (SQLite only by design)."""
    monkeypatch.setenv("OPERATOR_APP_DATA", str(tmp_path / "data"))
    made = run_cli("demo", "--loans", "60", "--as-of", AS_OF)
    assert made.code == 0, made.err
    assert str(tmp_path / "data" / "operator.db") in made.out and "python main.py queue" in made.out
    queue = run_cli("queue", "--as-of", AS_OF, "--json").json()
    assert isinstance(queue, list) and len(queue) == 60
    again = run_cli("demo", "--loans", "40", "--as-of", AS_OF)  # an earlier demo is replaced
    assert again.code == 0 and len(run_cli("queue", "--json").json()) == 40  # type: ignore[arg-type]


def test_demo_never_overwrites_the_offices_own_loans(db_url: str, tmp_path: Path) -> None:
    assert run_cli("--db", db_url, "import", str(loan_book(tmp_path / "book.xlsx", standard_rows()))).code == 0
    before = _loans(db_url)
    res = run_cli("--db", db_url, "demo", "--loans", "30")
    assert res.code == 2 and "--db" in _one_line(res.err) and str(before) in res.err
    assert _loans(db_url) == before


def test_demo_replaces_an_earlier_demo_and_names_no_password(db_url: str) -> None:
    first = run_cli("--db", db_url, "demo", "--loans", "30", "--as-of", AS_OF)
    assert first.code == 0 and _loans(db_url) == 30
    second = run_cli("--db", db_url, "demo", "--loans", "20", "--as-of", AS_OF)
    assert second.code == 0 and _loans(db_url) == 20
    if "://" in db_url:  # a server URL is named without its password
        with_password = db_url.replace("postgres@", "postgres:pw-never-shown@")
        res = run_cli("--db", with_password, "demo", "--loans", "10")
        assert res.code == 0 and "pw-never-shown" not in res.out + res.err and "***" in res.out


def test_demo_then_import_into_the_same_database(db_url: str, tmp_path: Path) -> None:
    """The demo writes its own ids; on PostgreSQL the sequences must move past them."""
    assert run_cli("--db", db_url, "demo", "--loans", "30", "--as-of", AS_OF).code == 0
    res = run_cli("--db", db_url, "import", str(loan_book(tmp_path / "book.xlsx", standard_rows())), "--json")
    assert res.code == 0, res.err
    assert _loans(db_url) == 30 + 4
    refused = run_cli("--db", db_url, "demo", "--loans", "30")  # now it holds the office's own loans
    assert refused.code == 2 and _loans(db_url) == 34


def test_bad_database_targets_are_bad_input(tmp_path: Path) -> None:
    """SQLite paths by nature; the PostgreSQL server that does not answer stays a run-time failure (1)."""
    (tmp_path / "folder").mkdir()
    not_db = tmp_path / "notes.txt"
    not_db.write_text("这不是数据库\n" * 100, encoding="utf-8")
    cases = {
        str(tmp_path / "folder"): "is a folder",
        str(tmp_path / "missing" / "x.db"): "does not exist",
        str(not_db): "is not a database",
        "mysql+nosuchdriver://clerk:s3cret-pw@127.0.0.1/office": "is not a database",
    }
    for target, words in cases.items():
        res = run_cli("--db", target, "queue")
        assert res.code == 2, (target, res.err)
        assert words in _one_line(res.err) and "s3cret-pw" not in res.err
    assert not_db.read_text(encoding="utf-8").startswith("这不是数据库")
    down = run_cli("--db", "postgresql+psycopg://clerk:s3cret-pw@127.0.0.1:1/none", "queue")
    assert down.code == 1 and "s3cret-pw" not in _one_line(down.err)


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return {m.split(".")[0] for m in json.loads(out.strip().splitlines()[-1])}


def test_help_loads_no_database_or_spreadsheet_library() -> None:
    loaded = _modules_after("import contextlib, io\nfrom operator_app.__main__ import main\n"
                            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
                            "    main(['--help'])")
    assert not loaded & {"sqlalchemy", "alembic", "openpyxl", "python_calamine", "serial", "PySide6"}


def test_opening_a_database_at_head_skips_alembic(db_url: str) -> None:
    open_database(db_url).dispose()  # created and migrated
    loaded = _modules_after(f"from operator_app.store.db import open_database\nopen_database({db_url!r}).dispose()")
    assert "sqlalchemy" in loaded and "alembic" not in loaded


def test_head_revision_read_from_the_files_is_alembics() -> None:
    assert store_db.head_revision() == store_db.alembic_head_revision() is not None


def test_a_database_below_head_still_migrates_with_a_backup_first(db_url: str) -> None:
    """A real downgrade to 0001 (import issues without their parameters), then opening it again."""
    from alembic import command

    db = open_database(db_url)
    cfg = store_db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert store_db.current_revision(db) == "0001"
    db.dispose()
    db = open_database(db_url)
    try:
        assert store_db.current_revision(db) == store_db.head_revision()
        with db.engine.connect() as conn:
            conn.execute(text("SELECT params FROM import_issue"))  # the column 0002 adds
        backups = list(Path(db.engine.url.database or "").parent.glob("*.before-0001-*.bak")) if db.is_sqlite else []
        assert len(backups) == (1 if db.is_sqlite else 0)
    finally:
        db.dispose()


def test_memory_database_is_not_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite only: `:memory:` is SQLite's name for a database in memory."""
    monkeypatch.chdir(tmp_path)
    res = run_cli("--db", ":memory:", "queue", "--json")
    assert res.code == 0 and res.json() == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [
    ["queue"], ["audit", "verify"], ["settings", "show"], ["settings", "set", "policy.daily_cap", "2", "--by", "ann"],
    ["batch", "create", "--by", "ann"], ["messages"], ["inbox"], ["report"], ["calls"], ["transports", "list"],
    ["templates", "list"], ["hold", "HT001", "--reason", "x", "--by", "ann"], ["opt-out", "13800138000", "--by", "ann"],
])
def test_a_misspelt_database_is_refused_and_not_created(tmp_path: Path, argv: list[str]) -> None:
    """SQLite only: the point is a file that must not appear. Every command but import and demo."""
    target = tmp_path / "offfice.db"
    res = run_cli("--db", str(target), *argv)
    assert (res.code, res.out) == (2, "")
    assert _one_line(res.err) == f"No such database file: {target}. Is it misspelt? (Only import and demo create a new one.)"
    zh = run_cli("--lang", "zh_CN", "--db", str(target), *argv)
    assert zh.code == 2 and _one_line(zh.err).startswith(f"没有这个数据库文件：{target} 是否拼写错误？")
    assert list(tmp_path.iterdir()) == []


def test_only_import_and_demo_create_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite only, as above. A dry run creates nothing; the default database follows the same rule."""
    book = loan_book(tmp_path / "book.xlsx", standard_rows())
    dry = run_cli("--db", str(tmp_path / "dry.db"), "import", str(book), "--dry-run")
    # Not "only import creates one" to a clerk who just ran import: why the dry run did nothing.
    assert (dry.code, dry.out) == (2, "") and not (tmp_path / "dry.db").exists()
    assert _one_line(dry.err) == (f"No office database at {tmp_path / 'dry.db'} yet: a dry run compares the sheet "
                                  "with the office's loans and creates nothing. Import without --dry-run to start "
                                  "the office there (or check --db for a typo).")
    zh = run_cli("--lang", "zh_CN", "--db", str(tmp_path / "dry.db"), "import", str(book), "--dry-run")
    assert zh.code == 2 and _one_line(zh.err).startswith(f"{tmp_path / 'dry.db'} 还没有机构数据库：试运行")
    assert run_cli("--db", str(tmp_path / "new.db"), "import", str(book)).code == 0
    assert _loans(str(tmp_path / "new.db")) == 4
    assert run_cli("--db", str(tmp_path / "demo.db"), "demo", "--loans", "20", "--as-of", AS_OF).code == 0
    assert run_cli("--db", str(tmp_path / "demo.db"), "queue", "--json").code == 0
    monkeypatch.setenv("OPERATOR_APP_DATA", str(tmp_path / "data"))
    first = run_cli("queue")
    assert first.code == 2 and str(tmp_path / "data" / "operator.db") in first.err
    assert not (tmp_path / "data" / "operator.db").exists()


def test_the_gui_asks_before_creating_a_database(tmp_path: Path, qtbot: object) -> None:
    """SQLite only, as above: the GUI's first run (or a misspelt --db) asks; No creates nothing."""
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from operator_app.errors import KnownError
    from operator_app.services.context import database_missing, open_app
    from operator_app.ui.app import confirm_new_database

    target = tmp_path / "first.db"
    assert database_missing(str(target)) == str(target)
    assert database_missing(":memory:") is None and database_missing("postgresql+psycopg://h/x") is None
    texts: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "new_db_box" and w.isVisible())
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.No))
    assert confirm_new_database(str(target)) is False
    assert str(target) in texts[0] and "misspelt" in texts[0]
    with pytest.raises(KnownError) as refused:
        open_app(str(target), demo=False, today=date(2026, 11, 27))
    assert refused.value.code == "db_missing" and not target.exists()
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Yes))
    assert confirm_new_database(str(target)) is True
    context = open_app(str(target), demo=False, today=date(2026, 11, 27), create=True)
    context.close()
    assert target.exists() and database_missing(str(target)) is None


def test_settings_show_sets_its_notes_off_in_the_languages_own_brackets(tmp_path: Path) -> None:
    """A note beside a value (not set, the default, waiting for confirmation) is in full-width
    brackets in Chinese and in ASCII ones in English: no ASCII bracket in a Chinese line."""
    from operator_app.store.db import open_database

    db = str(tmp_path / "office.db")
    open_database(db).dispose()  # a new office: nothing filled in yet
    assert run_cli("--db", db, "settings", "set", "policy.daily_cap", "2", "--by", "管理员").code == 0
    zh = run_cli("--lang", "zh_CN", "--db", db, "settings", "show")
    assert zh.code == 0, zh.err
    lines = dict(line.split("\t")[0::2] for line in zh.out.splitlines()[1:])
    assert lines["office.signature"].endswith("（未设置：填写前任何批次都不能复核通过）")
    assert lines["office.name"].endswith("（无默认值，由本公司填写）")  # approval does not wait for it
    assert "（默认" in lines["policy.daily_cap"]
    assert "(" not in zh.out and ")" not in zh.out
    en = run_cli("--lang", "en", "--db", db, "settings", "show")
    assert "(not set: no batch is approved until it is)" in en.out
