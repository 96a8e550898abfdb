"""Import benchmark (issue 4). Prints, from one run on this machine:

(a) the floor: python-calamine reading every row + sqlite3 executemany of the same tuples;
(b) our `import` end to end into a fresh SQLite file (the CLI code path: import_file, which
    reads and normalises in its own reader process while it writes);
(b') the whole CLI process, `python main.py --db FRESH import FILE`, wall time from outside
    (interpreter start-up, imports and creating the database included), on this sheet and on a second,
    sparser one (11 columns, ID and notes empty, dates as real dates), each against its own (a);
(s) what (b') costs whatever the sheet: the same command on a one-row CSV (interpreter start-up,
    imports, creating a fresh database, exit), so (b') − (s) is what the rows cost;
(c) what offices use today: pandas.read_excel (openpyxl) then DataFrame.to_sql;

and the ratios b/a and b'/a on both sheets (target <= 2.5) and c/b (target >= 4), plus (b)'s peak
memory (target <= 600 MB: the importing process and its reader process together), measured in a
fresh process so (a) and (c) do not count against it. The machine's load average is printed
before and after: the figures are only as quiet as the machine was.

These machines swing up to 35% from one second to the next, so (a) and (b) run in alternating
rounds and (c) several times; the ratios are of the medians, and every measurement is printed.

    python benchmarks/import_100k.py [--rows 100000] [--rounds 5] [--pandas-rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = ["合同编号", "客户姓名", "手机号码", "身份证号", "借款金额", "放款日期", "应还日期", "应还金额",
           "已还金额", "剩余本金", "期数", "备注"]


def make_book(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(1)
    book = Workbook(write_only=True)
    ws = book.create_sheet("台账")
    ws.append(["某某小额贷款有限公司 借款台账"])
    ws.append(HEADERS)
    start = date(2025, 1, 1)
    for i in range(rows):
        principal = rng.randrange(3000, 50000, 100)
        phone = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
        ws.append([f"HT{i:08d}", rng.choice("王李张刘陈杨") + rng.choice("伟芳娜敏静丽强磊"),
                   phone if i % 3 else int(phone), f"1101011990{rng.randrange(10**8):08d}",
                   principal, start + timedelta(days=i % 300), start + timedelta(days=30 + i % 600),
                   round(principal / 12, 2), 0, principal, 12, "" if i % 5 else "老客户"])
    book.save(path)


SPARSE_HEADERS = ["合同编号", "客户姓名", "手机号码", "身份证号", "借款金额", "放款日期", "应还日期", "应还金额",
                  "已还金额", "剩余本金", "备注"]


def make_sparse_book(path: Path, rows: int) -> None:
    """11 columns as a small office's export has them: ID number and notes left empty, dates as
    real dates, a partial payer now and then."""
    from openpyxl import Workbook

    rng = random.Random(2)
    book = Workbook(write_only=True)
    ws = book.create_sheet("台账")
    ws.append(SPARSE_HEADERS)
    start = date(2025, 1, 1)
    for i in range(rows):
        principal = rng.randrange(3000, 50000, 100)
        paid = 0 if i % 4 else principal // 2
        ws.append([f"HT{i:08d}", rng.choice("王李张刘陈杨") + rng.choice("伟芳娜敏静丽强磊"),
                   int(f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"), None, principal,
                   start + timedelta(days=i % 300), start + timedelta(days=30 + i % 600), principal, paid,
                   principal - paid, None])
    book.save(path)


def floor(path: Path, db_path: Path, width: int = len(HEADERS), skip: int = 2) -> float:
    """`skip`: the title and header rows above the data."""
    import python_calamine as calamine

    t0 = time.perf_counter()
    rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    con = sqlite3.connect(db_path)
    con.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
    with con:
        con.executemany(f"INSERT INTO t VALUES ({','.join('?' * width)})",
                        [tuple(str(v) if isinstance(v, date) else v for v in r[:width]) for r in rows[skip:]])
    con.close()
    return time.perf_counter() - t0


def cli_process(path: Path, db_path: Path) -> float:
    """(b'): the CLI as an operator runs it, timed from outside, into a fresh database."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "import", str(path), "--json"],
                   check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t0


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.2f} (1 min) {five:.2f} (5 min) on {os.cpu_count()} cores"


def floor_into_our_schema(path: Path, db_path: Path) -> float:
    """Not a target, an explanation: the same read, then sqlite3 executemany of the raw cells into
    our three tables (indexes, unique keys and foreign keys on) with no normalisation at all. The
    gap between this and (a) is what the schema costs; the gap between (b) and this is our code."""
    import python_calamine as calamine

    from operator_app.store.db import open_database

    open_database(db_path).dispose()  # the real schema, migrated
    t0 = time.perf_counter()
    rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[2:]
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys=ON")
    now = "2026-11-27 00:00:00.000000"
    with con:
        con.execute("INSERT INTO import_run (id, file_name, sha256, kind, mapping, rows_read, loans_created, "
                    "loans_updated, loans_unchanged, installments, rejected, warnings, started_at) "
                    "VALUES (1, 'x', 'x', 'loan', '{}', 0, 0, 0, 0, 0, 0, 0, ?)", (now,))
        con.executemany("INSERT INTO borrower (id, match_key, name, phone, phone_raw, id_number_hash, id_last4, locale,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'zh_CN', ?)",
                        [(i, f"row:{i}", r[1], str(r[2]), str(r[2]), str(r[3]), str(r[3])[-4:], now)
                         for i, r in enumerate(rows, 1)])
        con.executemany("INSERT INTO loan (id, contract_no, borrower_id, principal_fen, disbursed_on, outstanding_fen,"
                        " status, import_run_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', 1, ?, ?)",
                        [(i, r[0], i, int(r[4] * 100), str(r[5]), int(r[9] * 100), now, now)
                         for i, r in enumerate(rows, 1)])
        con.executemany("INSERT INTO installment (loan_id, seq, due_on, amount_due_fen, amount_paid_fen, origin)"
                        " VALUES (?, 1, ?, ?, 0, 'loan_sheet')",
                        [(i, str(r[6]), int(r[7] * 100)) for i, r in enumerate(rows, 1)])
    con.close()
    return time.perf_counter() - t0


def ours_in_child(path: Path, db_path: Path) -> tuple[float, float, dict[str, object]]:
    code = f"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {str(ROOT)!r})
from operator_app.store.db import open_database
from operator_app.services.importing.import_file import import_file
t0 = time.perf_counter()
db = open_database({str(db_path)!r})
r = import_file(db, Path({str(path)!r}))
dt = time.perf_counter() - t0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({{"seconds": dt, "peak_mb": own + reader, "own_mb": own, "reader_mb": reader,
                  "created": r.loans_created, "installments": r.installments, "rejected": len(r.rejected)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["seconds"], data["peak_mb"], data


def pandas_way(path: Path, db_path: Path) -> float:
    import pandas as pd

    t0 = time.perf_counter()
    frame = pd.read_excel(path, engine="openpyxl", header=1)
    con = sqlite3.connect(db_path)
    frame.to_sql("loans", con, index=False)
    con.close()
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds of (a) and (b)")
    parser.add_argument("--pandas-rounds", type=int, default=3)
    args = parser.parse_args()
    runs_a: list[float] = []
    runs_b: list[float] = []
    runs_c: list[float] = []
    runs_cli: list[float] = []
    runs_a_sparse: list[float] = []
    runs_cli_sparse: list[float] = []
    runs_fixed: list[float] = []
    peaks: list[float] = []
    print(f"before: {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = folder / "book.xlsx"
        sparse = folder / "sparse.xlsx"
        t0 = time.perf_counter()
        make_book(book, args.rows)
        make_sparse_book(sparse, args.rows)
        print(f"made {args.rows} rows x {len(HEADERS)} columns ({book.stat().st_size / 1e6:.1f} MB) and "
              f"x {len(SPARSE_HEADERS)} sparse columns ({sparse.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - t0:.1f}s")
        a2 = floor_into_our_schema(book, folder / "schema.db")
        one_row = folder / "one.csv"
        one_row.write_text("合同编号,客户姓名,手机号码,应还日期,应还金额\nHT1,王伟,13800138000,2026-11-01,100\n",
                           encoding="utf-8")
        for i in range(args.rounds):
            runs_a.append(floor(book, folder / f"floor{i}.db"))
            b, peak, info = ours_in_child(book, folder / f"ours{i}.db")
            runs_b.append(b)
            peaks.append(peak)
            runs_cli.append(cli_process(book, folder / f"cli{i}.db"))
            runs_a_sparse.append(floor(sparse, folder / f"floor-sparse{i}.db", len(SPARSE_HEADERS), 1))
            runs_cli_sparse.append(cli_process(sparse, folder / f"cli-sparse{i}.db"))
            runs_fixed.append(cli_process(one_row, folder / f"fixed{i}.db"))
            print(f"  round {i + 1}: a {runs_a[-1]:.2f} s  b {b:.2f} s  b' {runs_cli[-1]:.2f} s  "
                  f"sparse a {runs_a_sparse[-1]:.2f} s  b' {runs_cli_sparse[-1]:.2f} s  s {runs_fixed[-1]:.2f} s  "
                  f"peak {peak:.0f} MB "
                  f"(importer {info['own_mb']:.0f} + reader {info['reader_mb']:.0f})  {info}")
        for i in range(args.pandas_rounds):
            runs_c.append(pandas_way(book, folder / f"pandas{i}.db"))
            print(f"  pandas run {i + 1}: c {runs_c[-1]:.2f} s")
    a, b, c, peak = median(runs_a), median(runs_b), median(runs_c), max(peaks)
    cli, a_sparse, cli_sparse = median(runs_cli), median(runs_a_sparse), median(runs_cli_sparse)
    fixed = median(runs_fixed)
    print(f"after: {load()}")
    print(f"(a) floor  calamine + sqlite3 executemany : {a:7.2f} s  median of {len(runs_a)}")
    print(f"(a') read + raw cells into our 3 tables      : {a2:7.2f} s  (explanation only: {a2 / a:.2f} x a)")
    print(f"(b) ours   import end to end               : {b:7.2f} s  median of {len(runs_b)}, peak {peak:.0f} MB")
    print(f"(b') python main.py import, whole process   : {cli:7.2f} s  median of {len(runs_cli)}")
    print(f"sparse (a) floor                           : {a_sparse:7.2f} s  median of {len(runs_a_sparse)}")
    print(f"sparse (b') python main.py import          : {cli_sparse:7.2f} s  median of {len(runs_cli_sparse)}")
    print(f"(s) the same command on a one-row CSV      : {fixed:7.2f} s  median of {len(runs_fixed)} "
          f"(b' - s = {cli - fixed:.2f} s, sparse {cli_sparse - fixed:.2f} s)")
    print(f"(c) today  pandas/openpyxl + to_sql        : {c:7.2f} s  median of {len(runs_c)}")
    print(f"b/a = {b / a:.2f}  (target <= 2.5)   {'OK' if b / a <= 2.5 else 'MISSED'}")
    for label, ratio in (("b'/a", cli / a), ("sparse b'/a", cli_sparse / a_sparse)):
        print(f"{label} = {ratio:.2f}  (target <= 2.5)   {'OK' if ratio <= 2.5 else 'MISSED'}")
    print(f"c/b = {c / b:.2f}  (target >= 4)     {'OK' if c / b >= 4 else 'MISSED'}")
    print(f"peak(b) = {peak:.0f} MB (target <= 600) {'OK' if peak <= 600 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
