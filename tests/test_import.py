"""Import through the CLI into SQLite and PostgreSQL, from files built here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from sqlalchemy import func, select

from operator_app.store.db import open_database
from operator_app.store.models import Borrower, ImportIssue, ImportRun, Installment, Loan
from tests.conftest import run_cli
from tests.sheets import HEADERS, loan_book, set_dimension, standard_rows
from tests.sheets import count_rows as _count


def test_messy_loan_book_imports_with_every_problem_reported(db_url: str, tmp_path: Path) -> None:
    path = loan_book(tmp_path / "book.xlsx", standard_rows(), hidden_column=True)
    res = run_cli("--db", db_url, "import", str(path), "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert set(out) == {"rows_read", "loans_created", "loans_updated", "loans_unchanged", "installments", "rejected",
                        "warnings"}
    assert out["loans_unchanged"] == 0
    assert out["rows_read"] == 9  # eight data rows and the totals row; title and blank rows are not data
    assert out["loans_created"] == 4  # HT001, HT002 (merged twice), HT003, HT005
    assert out["installments"] == 4
    rejected = {(r["row"], r["code"]) for r in out["rejected"]}
    assert rejected == {(7, "bad_amount"), (10, "missing_contract"), (11, "bad_date")}
    bad_amount = next(r for r in out["rejected"] if r["code"] == "bad_amount")
    assert bad_amount["column"] == "借款金额（元）" and "abc" in bad_amount["message"]
    warnings = {(w["row"], w["code"]) for w in out["warnings"]}
    assert warnings == {(6, "invalid_phone"), (9, "duplicate_merged"), (12, "totals_row")}

    db = open_database(db_url)
    with db.sessions() as s:
        loans = {loan.contract_no: loan for loan in s.scalars(select(Loan))}
        assert set(loans) == {"HT001", "HT002", "HT003", "HT005"}
        ht2 = loans["HT002"]
        assert ht2.principal_fen == 1200000
        inst = s.scalars(select(Installment).where(Installment.loan_id == ht2.id)).one()
        assert (inst.due_on, inst.amount_due_fen, inst.amount_paid_fen) == (date(2026, 11, 20), 120000, 10000)
        zhang = loans["HT001"].borrower
        assert zhang is not None and zhang.name == "张三" and zhang.phone == "+8613800138000"
        assert zhang.id_last4 == "7777" and zhang.id_number_hash and "110101" not in zhang.id_number_hash
        wang = loans["HT003"].borrower
        assert wang is not None and wang.phone is None and wang.phone_raw == "010-62345678"
        assert loans["HT005"].borrower.phone == "+8613900139001"  # type: ignore[union-attr]
        assert s.scalar(select(ImportRun.rows_read)) == 9
        assert s.scalar(select(func.count()).select_from(ImportIssue)) == 6
    db.dispose()


def test_no_full_id_number_is_stored_anywhere(sqlite_url: str, tmp_path: Path) -> None:
    """SQLite only: it reads the database's own files, byte for byte (a PostgreSQL server's
    files are not ours to read); what is stored is the same on both engines (the reader-process
    test compares every stored borrower column across them)."""
    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    assert run_cli("--db", sqlite_url, "import", str(path)).code == 0
    raw = b"".join(p.read_bytes() for p in Path(sqlite_url).parent.glob("office.db*"))
    assert b"110101199003077777" not in raw and b"11010119900307888X" not in raw


def test_reimport_changes_nothing_and_update_upserts(db_url: str, tmp_path: Path) -> None:
    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    first = run_cli("--db", db_url, "import", str(path), "--json").json()
    assert first["loans_created"] == 4  # type: ignore[index]
    runs = _count(db_url, ImportRun)
    again = run_cli("--db", db_url, "import", str(path), "--json").json()
    assert again["loans_created"] == again["loans_updated"] == again["installments"] == 0  # type: ignore[index]
    assert again["loans_unchanged"] == 4  # type: ignore[index]
    assert _count(db_url, ImportRun) == runs  # nothing written at all

    rows = standard_rows()
    rows[0][7] = 1200  # HT001 paid its installment
    rows.append(["HT007", "吴九", "13700137000", None, 2000, "2026-12-10", 200, 0, None])
    updated = loan_book(tmp_path / "book-v2.xlsx", rows)
    res = run_cli("--db", db_url, "import", str(updated))
    assert res.code == 0
    assert "1 loans created, 1 updated, 3 unchanged" in res.out
    assert _count(db_url, Loan) == 5
    assert _count(db_url, Installment) == 5


def test_dry_run_writes_nothing(db_url: str, tmp_path: Path) -> None:
    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    if "://" not in db_url:  # a dry run creates no database either (SQLite: a file that is not there)
        refused = run_cli("--db", db_url, "import", str(path), "--dry-run", "--json")
        assert refused.code == 2 and "a dry run compares the sheet" in refused.err and not Path(db_url).exists()
        open_database(db_url).dispose()
    res = run_cli("--db", db_url, "import", str(path), "--dry-run", "--json")
    assert res.code == 0 and res.json()["loans_created"] == 4  # type: ignore[index]
    assert _count(db_url, Loan) == 0
    assert _count(db_url, Borrower) == 0
    assert _count(db_url, ImportRun) == 0


def test_installment_schedule_replaces_schedule_and_creates_unknown_loans(db_url: str, tmp_path: Path) -> None:
    loan_book(tmp_path / "loans.xlsx", standard_rows())
    assert run_cli("--db", db_url, "import", str(tmp_path / "loans.xlsx")).code == 0
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["合同号", "期次", "到期日", "本期应还", "已还"])
    for seq in (1, 2, 3):
        ws.append(["HT001", seq, f"2026-{9 + seq}-01", 400, 400 if seq == 1 else 0])
        ws.append(["NEW-9", f"第{seq}期", f"2026/{9 + seq}/15", "500", None])
    book.save(tmp_path / "schedule.xlsx")
    res = run_cli("--db", db_url, "import", str(tmp_path / "schedule.xlsx"), "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert out["loans_created"] == 1 and out["loans_updated"] == 1 and out["installments"] == 6  # type: ignore[index]
    queue = {r["contract_no"]: r for r in run_cli("--db", db_url, "queue", "--as-of", "2026-11-27", "--json").json()}  # type: ignore[union-attr]
    assert queue["HT001"]["outstanding_fen"] == 80000 and queue["HT001"]["days_past_due"] == 26
    assert queue["NEW-9"]["borrower"] is None
    assert set(queue["NEW-9"]["exclusions"]) >= {"missing_name", "invalid_phone"}
    # A later loan-level import must not overwrite the schedule it does not own.
    assert run_cli("--db", db_url, "import", str(loan_book(tmp_path / "v3.xlsx", [
        *standard_rows()[:1], ["HT001", "张三", "13800138000", None, 12000, "2026-11-01", 1200, 1, None]]))).code == 0
    assert _count(db_url, Installment) == 6 + 3  # HT001 keeps its 3 scheduled installments


def test_csv_gb18030_semicolons_and_quoted_newlines(db_url: str, tmp_path: Path) -> None:
    text = ('合同编号;借款人;联系电话;应还日期;应还金额\r\n'
            '"C-1";"欧阳, 娜";"139 0013 9000";2026-11-01;"1,200.50"\r\n'
            '"C-2";"李\n雷";13900139001;2026/11/02;300\r\n'
            '合计;;;;1500.50\r\n')
    path = tmp_path / "book.csv"
    path.write_bytes(text.encode("gb18030"))
    res = run_cli("--db", db_url, "import", str(path), "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert out["loans_created"] == 2 and out["rejected"] == []  # type: ignore[index]
    db = open_database(db_url)
    with db.sessions() as s:
        names = set(s.scalars(select(Borrower.name)))
        assert names == {"欧阳, 娜", "李 雷"}
        assert s.scalar(select(Installment.amount_due_fen).join(Loan).where(Loan.contract_no == "C-1")) == 120050
    db.dispose()


def test_csv_utf8_bom_with_commas(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_bytes("\ufeffcontract_no,name,mobile,due date,amount due\nE1,Li Lei,+86 138 0013 8000,2026-11-01,100\n"
                     .encode("utf-8"))
    out = run_cli("--db", db_url, "import", str(path), "--json").json()
    assert out["loans_created"] == 1  # type: ignore[index]


def test_hidden_helper_sheet_is_ignored_unless_chosen(db_url: str, tmp_path: Path) -> None:
    path = loan_book(tmp_path / "book.xlsx", standard_rows(), hidden_sheet=True)
    open_database(db_url).dispose()  # the office exists: a dry run creates none
    out = run_cli("--db", db_url, "import", str(path), "--json", "--dry-run").json()
    assert out["loans_created"] == 4  # type: ignore[index]
    chosen = run_cli("--db", db_url, "import", str(path), "--sheet", "辅助", "--dry-run", "--json").json()
    assert chosen["loans_created"] == 1  # type: ignore[index]
    missing = run_cli("--db", db_url, "import", str(path), "--sheet", "nope")
    assert missing.code == 2 and "nope" in missing.err and "台账" in missing.err


def test_map_overrides_headers(db_url: str, tmp_path: Path) -> None:
    headers = ["单号", "客户", "号码", "证件", "金额", "日子", "应还金额", "已还金额", "备注"]
    path = loan_book(tmp_path / "odd.xlsx", standard_rows()[:2], headers=headers, totals=False)
    res = run_cli("--db", db_url, "import", str(path), "--json", "--map", "contract_no=单号",
                  "--map", "phone=号码", "--map", "due_on=日子", "--map", "name=客户")
    assert res.code == 0, res.err
    assert res.json()["loans_created"] == 2  # type: ignore[index]
    bad = run_cli("--db", db_url, "import", str(path), "--map", "contract_no=没有这列")
    assert bad.code == 2 and "没有这列" in bad.err
    unknown = run_cli("--db", db_url, "import", str(path), "--map", "shoe_size=号码")
    assert unknown.code == 2 and "shoe_size" in unknown.err


def test_formula_emoji_long_cell_and_wrong_dimension(db_url: str, tmp_path: Path) -> None:
    rows = [
        ["F1", "张三😀", "13800138000", None, 1000, "2026-11-01", "=E4/10", 0, "x" * 10_000],
        ["F2", "王" * 10_000, "13800138001", None, 1000, "2026-11-01", 100, 0, None],
        ["F3", "李四", "13800138002", None, 1000, "2026-11-01", 100, 0, None],
    ]
    path = set_dimension(loan_book(tmp_path / "f.xlsx", rows, totals=False), "A1:B2")
    res = run_cli("--db", db_url, "import", str(path), "--json")
    assert res.code == 0, res.err
    out = res.json()
    # The formula has no saved value (never opened in Excel): its amount falls back to principal.
    assert out["loans_created"] == 3  # type: ignore[index]
    assert [(w["row"], w["code"]) for w in out["warnings"]] == [(5, "missing_name")]  # type: ignore[index]
    db = open_database(db_url)
    with db.sessions() as s:
        assert s.scalar(select(Borrower.name).where(Borrower.phone == "+8613800138000")) == "张三😀"
    db.dispose()


@pytest.mark.parametrize("content, name, code_word", [
    (b"", "empty.xlsx", "empty"),
    (b"this is not a spreadsheet at all", "notes.xlsx", "cannot be read"),
    (b"PK\x03\x04" + b"\x00" * 40, "truncated.xlsx", "cannot be read"),
    (b"hello", "notes.pdf", "not a spreadsheet"),
    (b"", "empty.csv", "empty"),
])
def test_unreadable_files_fail_cleanly(db_url: str, tmp_path: Path, content: bytes, name: str, code_word: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    res = run_cli("--db", db_url, "import", str(path))
    assert res.code == 2
    assert code_word in res.err and len(res.err.strip().splitlines()) == 1
    assert "Traceback" not in res.err
    assert _count(db_url, ImportRun) == 0 and _count(db_url, Loan) == 0


def test_truncated_real_workbook(db_url: str, tmp_path: Path) -> None:
    full = loan_book(tmp_path / "full.xlsx", standard_rows()).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(full[: len(full) // 2])
    res = run_cli("--db", db_url, "import", str(path))
    assert res.code == 2 and "cannot be read" in res.err
    assert _count(db_url, Loan) == 0


def test_password_protected_workbook(db_url: str, tmp_path: Path) -> None:
    plain = loan_book(tmp_path / "plain.xlsx", standard_rows())
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as src, locked.open("wb") as dst:
        office = OOXMLFile(src)
        office.encrypt("secret", dst)
    res = run_cli("--db", db_url, "import", str(locked))
    assert res.code == 2 and "password" in res.err
    zh = run_cli("--db", db_url, "--lang", "zh_CN", "import", str(locked))
    assert zh.code == 2 and "密码" in zh.err


def test_problem_report_keeps_original_columns_and_blocks_formulas(db_url: str, tmp_path: Path) -> None:
    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    report = tmp_path / "problems.xlsx"
    res = run_cli("--db", db_url, "import", str(path), "--report", str(report))
    assert res.code == 0 and report.exists()
    ws = openpyxl.load_workbook(report).active
    assert [c.value for c in ws[1]][1:-1] == HEADERS
    rows_out = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert set(rows_out) == {6, 7, 9, 10, 11, 12}
    assert rows_out[7][1].value == "HT004" and "abc" in rows_out[7][-1].value
    # A CSV cell that looks like a formula comes back as text, never as a live formula.
    csv_path = tmp_path / "evil.csv"
    csv_path.write_text('合同编号,姓名,手机,应还日期,应还金额\nE1,"=HYPERLINK(""http://x"",""y"")",123,2026-11-01,abc\n',
                        encoding="utf-8")
    assert run_cli("--db", db_url, "import", str(csv_path), "--report", str(report)).code == 0
    evil = openpyxl.load_workbook(report).active["C2"]
    assert evil.value.startswith("=HYPERLINK") and evil.data_type == "s"


def test_queue_csv_export_is_formula_safe(db_url: str, tmp_path: Path) -> None:
    csv_path = tmp_path / "evil.csv"
    csv_path.write_text('合同编号,姓名,手机,应还日期,应还金额\n=1+2,"@SUM(A1)",13800138000,2026-11-01,100\n',
                        encoding="utf-8")
    assert run_cli("--db", db_url, "import", str(csv_path)).code == 0
    out = run_cli("--db", db_url, "queue", "--as-of", "2026-11-27", "--csv").out
    assert "'=1+2,'@SUM(A1)," in out


def test_bad_db_url_is_one_line(tmp_path: Path) -> None:
    res = run_cli("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "queue")
    assert res.code == 1 and len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err
    res = run_cli("--db", str(tmp_path / "missing" / "x.db"), "queue")
    assert res.code == 2 and "does not exist" in res.err


def test_legacy_xls_workbook(db_url: str, tmp_path: Path) -> None:
    import datetime

    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("台账")
    for col, header in enumerate(["合同编号", "姓名", "手机号码", "应还日期", "应还金额"]):
        ws.write(0, col, header)
    ws.write(1, 0, "X1")
    ws.write(1, 1, "张三")
    ws.write(1, 2, 13800138000)
    ws.write(1, 3, datetime.date(2026, 11, 1), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    ws.write(1, 4, 1200.5)
    book.save(str(tmp_path / "old.xls"))
    res = run_cli("--db", db_url, "import", str(tmp_path / "old.xls"), "--json")
    assert res.code == 0, res.err
    assert res.json()["loans_created"] == 1 and res.json()["warnings"] == []  # type: ignore[index]
    queue = run_cli("--db", db_url, "queue", "--as-of", "2026-11-27", "--json").json()
    assert queue == [{"contract_no": "X1", "borrower": "张三", "phone": "+8613800138000", "outstanding_fen": 120050,
                      "days_past_due": 26, "stage": "M1", "eligible": True, "exclusions": []}]


def test_cancelled_import_writes_nothing(db_url: str, tmp_path: Path) -> None:
    from operator_app.services.importing.import_file import import_file
    from operator_app.services.progress import Cancelled

    class CancelAtOnce:
        def report(self, done: int, total: int, note: str = "") -> None:
            pass

        def check_cancelled(self) -> None:
            raise Cancelled()

    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    db = open_database(db_url)
    try:
        with pytest.raises(Cancelled):
            import_file(db, path, progress=CancelAtOnce())
    finally:
        db.dispose()
    assert _count(db_url, Loan) == 0 and _count(db_url, ImportRun) == 0


def test_bulk_path_stores_dates_like_sqlalchemy_does(sqlite_url: str, tmp_path: Path) -> None:
    """The driver-level bulk insert must write the same text SQLAlchemy writes (no "+00:00", no
    reliance on sqlite3's deprecated default adapters), or SQL comparisons mix two formats.
    SQLite only: the driver-level path is SQLite's; PostgreSQL gets Core's own inserts."""
    import re
    import sqlite3

    assert run_cli("--db", sqlite_url, "import", str(loan_book(tmp_path / "b.xlsx", standard_rows()))).code == 0
    con = sqlite3.connect(sqlite_url)
    try:
        stamps = [r[0] for r in con.execute("SELECT created_at FROM loan UNION ALL SELECT created_at FROM borrower"
                                            " UNION ALL SELECT started_at FROM import_run")]
        days = [r[0] for r in con.execute("SELECT due_on FROM installment")]
    finally:
        con.close()
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", s) for s in stamps), stamps
    assert days and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in days)
