"""The loan sheets the import and batch benchmarks run on: three shapes, one per way offices
differ (issue 22). Each is written with openpyxl in write-only mode and read by the floor
(python-calamine + sqlite3 executemany) as it is read by the app.

- `ours`: the shape the project first measured (12 columns, a title row, real numbers and dates,
  an ID number on every row);
- `unseen`: 11 columns as a small office's export has them (ID number and notes empty, dates as
  real dates, a partial payer now and then), no title row;
- `office`: what varies from office to office: 18 columns in another order, two merged title
  rows above the header, numbers and dates typed as text ("8,400.00", "2026/3/5",
  "2026年3月5日"), phone numbers as text (some with spaces), a column with no header and no
  cells, an empty notes column, and columns the app does not read (branch, product, manager).
"""

from __future__ import annotations

import compileall
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Shape:
    name: str
    width: int  # columns the floor copies
    skip: int  # rows above the data (titles and the header)
    make: Callable[[Path, int], None]


OURS_HEADERS = ["合同编号", "客户姓名", "手机号码", "身份证号", "借款金额", "放款日期", "应还日期", "应还金额",
                "已还金额", "剩余本金", "期数", "备注"]
UNSEEN_HEADERS = ["合同编号", "客户姓名", "手机号码", "身份证号", "借款金额", "放款日期", "应还日期", "应还金额",
                  "已还金额", "剩余本金", "备注"]
OFFICE_HEADERS = ["序号", "所属网点", "借据号", "产品名称", "借款人姓名", "联系电话", "证件号码", "到期日", "应还本息",
                  "实还金额", "待还金额", "本金", "放款日", None, "客户经理", "担保方式", "备注", "其他"]


def make_ours(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(1)
    book = Workbook(write_only=True)
    ws = book.create_sheet("台账")
    ws.append(["某某小额贷款有限公司 借款台账"])
    ws.append(OURS_HEADERS)
    start = date(2025, 1, 1)
    for i in range(rows):
        principal = rng.randrange(3000, 50000, 100)
        phone = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
        ws.append([f"HT{i:08d}", rng.choice("王李张刘陈杨") + rng.choice("伟芳娜敏静丽强磊"),
                   phone if i % 3 else int(phone), f"1101011990{rng.randrange(10**8):08d}",
                   principal, start + timedelta(days=i % 300), start + timedelta(days=30 + i % 600),
                   round(principal / 12, 2), 0, principal, 12, "" if i % 5 else "老客户"])
    book.save(path)


def make_unseen(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(2)
    book = Workbook(write_only=True)
    ws = book.create_sheet("台账")
    ws.append(UNSEEN_HEADERS)
    start = date(2025, 1, 1)
    for i in range(rows):
        principal = rng.randrange(3000, 50000, 100)
        paid = 0 if i % 4 else principal // 2
        ws.append([f"HT{i:08d}", rng.choice("王李张刘陈杨") + rng.choice("伟芳娜敏静丽强磊"),
                   int(f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"), None, principal,
                   start + timedelta(days=i % 300), start + timedelta(days=30 + i % 600), principal, paid,
                   principal - paid, None])
    book.save(path)


def _yuan(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d}"


def make_office(path: Path, rows: int) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.cell_range import CellRange

    rng = random.Random(3)
    book = Workbook(write_only=True)
    ws = book.create_sheet("贷款台账")
    last = chr(ord("A") + len(OFFICE_HEADERS) - 1)
    ws.merged_cells.add(CellRange(f"A1:{last}1"))
    ws.merged_cells.add(CellRange(f"A2:{last}2"))
    ws.append(["某某小额贷款有限公司 贷款台账（2026年11月）"])
    ws.append(["导出时间：2026-11-30 17:05　制表：信贷部"])
    ws.append(OFFICE_HEADERS)
    start = date(2025, 1, 1)
    branches = ["城东支行", "城西支行", "开发区网点", "县城营业部"]
    products = ["经营贷", "消费贷", "农户贷"]
    for i in range(rows):
        principal = rng.randrange(3000, 50000, 100) * 100  # fen
        due = principal + principal // 20
        paid = 0 if i % 4 else due // 2
        disbursed = start + timedelta(days=i % 300)
        due_on = start + timedelta(days=30 + i % 600)
        phone = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
        if i % 10 == 0:
            phone = f"{phone[:3]} {phone[3:7]} {phone[7:]}"
        ws.append([i + 1, branches[i % 4], f"JJ2026-{i:07d}", products[i % 3],
                   rng.choice("王李张刘陈杨") + rng.choice("伟芳娜敏静丽强磊"), phone,
                   f"3301061985{rng.randrange(10**8):08d}" if i % 3 == 0 else None,
                   f"{due_on.year}年{due_on.month}月{due_on.day}日", _yuan(due), _yuan(paid), _yuan(due - paid),
                   _yuan(principal), f"{disbursed.year}/{disbursed.month}/{disbursed.day}", None,
                   rng.choice("赵钱孙李") + "经理", "信用" if i % 2 else "保证", None if i % 7 else "已电话提醒", None])
    book.save(path)


SHAPES = (
    Shape("ours", len(OURS_HEADERS), 2, make_ours),
    Shape("unseen", len(UNSEEN_HEADERS), 1, make_unseen),
    Shape("office", len(OFFICE_HEADERS), 3, make_office),
)


def compile_bytecode(root: Path) -> None:
    """Compile the app's modules once, as an installed app has them (pip and the frozen build
    compile them): with PYTHONDONTWRITEBYTECODE set, a checkout would otherwise compile every
    module from source in every process the benchmarks time."""
    compileall.compile_dir(root / "operator_app", quiet=1)
