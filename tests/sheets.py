"""Build real spreadsheet files inside tests, the way offices make them."""

from __future__ import annotations

import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from operator_app.store.db import open_database

HEADERS = ["合同编号", "客户姓名", "手机号码", "身份证号", "借款金额（元）", "应还日期", "应还金额", "已还金额", "备注"]


def loan_book(path: Path, rows: list[list[object]], *, title: bool = True, headers: list[str] = HEADERS,
              totals: bool = True, hidden_sheet: bool = False, hidden_column: bool = False) -> Path:
    book = openpyxl.Workbook()
    if hidden_sheet:
        helper = book.active
        helper.title = "辅助"
        helper.append(["合同编号", "姓名"])
        helper.append(["HIDDEN-1", "不应导入"])
        helper.sheet_state = "hidden"
        ws = book.create_sheet("台账")
    else:
        ws = book.active
        ws.title = "台账"
    if title:
        ws.append(["某某小额贷款有限公司 借款台账（2026年11月）"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    if totals:
        ws.append(["合计", None, None, None, 99999, None, 99999, 0])
    if hidden_column:
        ws.column_dimensions["I"].hidden = True
    book.save(path)
    return path


def standard_rows() -> list[list[object]]:
    return [
        ["HT001", "  张三　", "138 0013 8000", "110101199003077777", 12000, date(2026, 11, 1), "¥1,200.00", 0, ""],
        ["HT002", "李四", "+86 139-0013-9000", "11010119900307888X", "1.2万", "2026/11/20", "1200", 0, "=1+1"],
        ["HT003", "王五", "010-62345678", None, 5000, "2026年12月5日", 500, "0", None],
        ["HT004", "赵六", 13800138001.0, None, "abc", "20261201", 500, 0, None],
        ["HT005", "孙七", "１３９００１３９００１", None, 8000, 46000, 800, 800, None],
        ["HT002", "李四", "+86 139-0013-9000", None, "1.2万", "2026/11/20", "1200", 100, None],
        [None, "无合同", "13900139002", None, 100, "2026-11-01", 100, 0, None],
        ["HT006", "周八", "13900139003", None, 3000, "2026-13-45", 300, 0, None],
    ]


def set_dimension(path: Path, ref: str) -> Path:
    """Rewrite the sheet's declared <dimension>, as some exporters get it wrong."""
    tmp = path.with_suffix(".tmp")
    shutil.move(path, tmp)
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode()
                text = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', text)
                if "<dimension" not in text:
                    text = text.replace("<sheetViews>", f'<dimension ref="{ref}"/><sheetViews>', 1)
                data = text.encode()
            dst.writestr(item, data)
    tmp.unlink()
    return path


def count_rows(url: str, model: type) -> int:
    """Rows of one table, to check what an import wrote (or did not)."""
    db = open_database(url)
    try:
        with db.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        db.dispose()
