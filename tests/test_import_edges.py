"""The edges a new user meets on import (issue 9), one issue per cell, and cell shapes kept
as written: through the CLI on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from operator_app.store.db import open_database
from operator_app.store.models import Borrower, ImportIssue, ImportRun, Installment, Loan
from tests.conftest import run_cli
from tests.sheets import count_rows as _count
from tests.sheets import loan_book, standard_rows


def test_a_folder_is_named_a_folder(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "sheets.xlsx"
    folder.mkdir()
    res = run_cli("--db", db_url, "import", str(folder))
    assert res.code == 2 and "is a folder" in res.err and "not found" not in res.err
    assert len(res.err.strip().splitlines()) == 1


def test_a_sheet_named_on_a_csv_is_bad_input(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text("合同编号,姓名,手机,应还日期,应还金额\nE1,张三,13800138000,2026-11-01,100\n", encoding="utf-8")
    res = run_cli("--db", db_url, "import", str(path), "--sheet", "Nope")
    assert res.code == 2 and "Nope" in res.err and "CSV" in res.err
    assert _count(db_url, Loan) == 0
    # Excel shows a CSV's one sheet under the file's name: that name is the sheet.
    assert run_cli("--db", db_url, "import", str(path), "--sheet", "book").code == 0
    assert _count(db_url, Loan) == 1


def test_a_workbook_without_a_cell_is_called_empty(db_url: str, tmp_path: Path) -> None:
    """A workbook saved with nothing in it (or only empty sheets) is an empty file, not one whose
    header is missing: --map cannot help the clerk there."""
    book = openpyxl.Workbook()
    book.create_sheet("Sheet2")
    book.save(tmp_path / "空表.xlsx")
    res = run_cli("--db", db_url, "import", str(tmp_path / "空表.xlsx"))
    assert (res.code, res.out, res.err) == (2, "", "The file 空表.xlsx is empty: there is nothing to import.\n")
    zh = run_cli("--db", db_url, "--lang", "zh_CN", "import", str(tmp_path / "空表.xlsx"))
    assert (zh.code, zh.err) == (2, "文件 空表.xlsx 是空的，没有可导入的内容。\n")
    assert _count(db_url, Loan) == 0


def test_report_without_problem_rows_says_so_and_writes_no_file(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text("合同编号,姓名,手机,应还日期,应还金额\nE1,张三,13800138000,2026-11-01,100\n", encoding="utf-8")
    report = tmp_path / "problems.xlsx"
    res = run_cli("--db", db_url, "import", str(path), "--report", str(report))
    assert res.code == 0 and "No problem rows" in res.out and "written to" in res.out
    assert not report.exists()


def test_issues_are_stored_as_code_and_parameters_and_translated_when_shown(db_url: str, tmp_path: Path) -> None:
    import json

    from operator_app import i18n
    from operator_app.services.importing.import_file import stored_issues

    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    res = run_cli("--db", db_url, "--lang", "en", "import", str(path), "--json")
    assert res.code == 0, res.err
    db = open_database(db_url)
    try:
        with db.sessions() as s:
            run_id = s.scalar(select(ImportRun.id))
            stored = {(i.row, i.code): json.loads(i.params or "{}") for i in s.scalars(select(ImportIssue))}
            sentences = [i.message for i in s.scalars(select(ImportIssue))]
        assert sentences and set(sentences) == {None}  # codes and values only, never the sentence
        assert stored[(7, "bad_amount")] == {"detail": "issue_bad_amount", "value": "abc"}
        assert stored[(9, "duplicate_merged")] == {"detail": "issue_duplicate_merged", "contract_no": "HT002",
                                                  "first_row": 5}
        assert run_id is not None
        issues = stored_issues(db, run_id)
    finally:
        db.dispose()
    bad = next(i for i in issues if i.code == "bad_amount")
    i18n.set_language("zh_CN")  # imported in English, shown in Chinese
    assert i18n.msg(bad.detail, **bad.params) == i18n.catalogue("zh_CN")[i18n.MESSAGES["issue_bad_amount"]].format(
        value="abc")


@pytest.mark.parametrize("kind_rows, expected", [
    # an installment row whose due date is not a date: one issue, not also "no due date"
    ([["合同号", "期次", "到期日", "本期应还"], ["S1", 1, "2026-13-45", 400]], [(2, "到期日", "bad_date")]),
    # an installment row whose amount is not an amount: one issue, not also "no amount due"
    ([["合同号", "期次", "到期日", "本期应还"], ["S1", 1, "2026-11-01", "abc"]], [(2, "本期应还", "bad_amount")]),
    # a loan row whose only amount is not one: one issue, not also "no amount due"
    ([["合同编号", "姓名", "借款金额", "应还日期"], ["L1", "张三", "abc", "2026-11-01"]], [(2, "借款金额", "bad_amount")]),
    # two bad cells: one issue each
    ([["合同号", "期次", "到期日", "本期应还"], ["S1", 1, "2026-13-45", "abc"]],
     [(2, "本期应还", "bad_amount"), (2, "到期日", "bad_date")]),
])
def test_one_issue_per_cell(db_url: str, tmp_path: Path, kind_rows: list[list[object]],
                            expected: list[tuple[int, str, str]]) -> None:
    book = openpyxl.Workbook()
    for row in kind_rows:
        book.active.append(row)
    kind = "installment" if kind_rows[0][0] == "合同号" else "loan"
    book.save(tmp_path / "s.xlsx")
    res = run_cli("--db", db_url, "import", str(tmp_path / "s.xlsx"), "--kind", kind, "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert [(r["row"], r["column"], r["code"]) for r in out["rejected"]] == expected  # type: ignore[index]


def test_english_month_names_and_names_kept_inside(db_url: str, tmp_path: Path) -> None:
    family = "👨\u200d👩\u200d👧"  # one emoji sequence, bound by zero-width joiners
    persian = "می\u200cخواهم"  # a zero-width non-joiner shapes the word
    text = ("合同编号,姓名,手机号码,应还日期,应还金额\n"
            f"D1,\u200b {family} \u3000,13800138000,11-Mar-2026,100\n"
            f"D2,{persian},13800138001,Mar 11 2026,100\n"
            "D3,王五,13800138002,2026-mar-11,100\n")
    path = tmp_path / "book.csv"
    path.write_text(text, encoding="utf-8")
    res = run_cli("--db", db_url, "import", str(path), "--json")
    assert res.code == 0 and res.json()["rejected"] == [], res.out  # type: ignore[index]
    db = open_database(db_url)
    try:
        with db.sessions() as s:
            names = {r.contract_no: r.name for r in s.execute(select(Loan.contract_no, Borrower.name).join(Borrower))}
            dues = set(s.scalars(select(Installment.due_on)))
    finally:
        db.dispose()
    assert names == {"D1": family, "D2": persian, "D3": "王五"}
    assert dues == {date(2026, 3, 11)}
