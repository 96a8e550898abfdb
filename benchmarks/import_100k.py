"""Import benchmark (issues 4 and 22). Prints, from one run on this machine, for each sheet shape of
benchmarks/sheet_shapes.py (`ours`; `unseen`: 11 columns, ID and notes empty, dates as dates;
`office`: 18 columns in another order, merged title rows, numbers and dates as text, empty columns):

(a) the floor: python-calamine reading every row + sqlite3 executemany of the same tuples
    (the sheet's columns, into a table of that width), in the same run;
(b') the whole CLI process, `python main.py --db FRESH import FILE`, wall time from outside, as the
    clerk waits for it (interpreter start-up, imports and creating the database included), its CPU
    seconds with its reader process's, and the peak of their resident memory together (sampled);
(b) our `import` end to end in a fresh process (import_file, which reads and normalises in its own
    reader process while it writes), with its peak memory: the importing process and its reader
    process added together (target <= 400 MB);
(s) what (b') costs whatever the sheet: the same command on a one-row CSV, so (b') − (s) is what
    the rows cost;
(c) what offices use today, on `ours`: pandas.read_excel (openpyxl) then DataFrame.to_sql;

and the ratios b'/a per shape (target <= 2.5, stretch 2.0) and c/b (target >= 4). The machine's
load average is printed with every figure: the figures are only as quiet as the machine was.

These machines swing up to 35% from one second to the next, so (a) and (b') run in alternating
rounds and (c) several times; the ratios are of the medians, and every measurement is printed.

    python benchmarks/import_100k.py [--rows 100000] [--rounds 5] [--pandas-rounds 3] [--shapes ours,unseen,office]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sheet_shapes import OURS_HEADERS as HEADERS  # noqa: E402
from sheet_shapes import SHAPES, compile_bytecode, make_ours  # noqa: E402

make_book = make_ours  # batch_100k and older scripts import it by this name


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


class TreeMemory:
    """The resident memory (PSS) of a process and its children (the reader process), sampled from
    /proc every 20 ms while it runs: the peak of their sum, what the machine must hold at once.
    (ru_maxrss cannot say it: a child's counts its parent's pages at fork, here this benchmark's.)"""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        pids, i = [self.pid], 0
        while i < len(pids):
            try:
                for task in os.listdir(f"/proc/{pids[i]}/task"):
                    pids += [int(c) for c in Path(f"/proc/{pids[i]}/task/{task}/children").read_text().split()]
            except OSError:
                pass
            i += 1
        return pids

    def _watch(self) -> None:
        while not self._done.wait(0.02):
            total = 0
            for pid in self._tree():
                try:  # proportional set size: libraries the processes share are counted once
                    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Pss:"):
                            total += int(line.split()[1])
                except OSError:
                    pass
            self.peak_mb = max(self.peak_mb, total / 1024)

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak_mb


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_process(path: Path, db_path: Path) -> tuple[float, float]:
    """(b'): the CLI as an operator runs it, timed from outside, into a fresh database; and the
    peak of its resident memory and its reader process's together (MB, TreeMemory)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "import", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    memory = TreeMemory(proc.pid)
    _out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    peak = memory.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"import of {path.name} failed: {err.decode()[-2000:]}")
    return seconds, peak


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
    """(b): import_file in a fresh process; its peak memory with its reader's (TreeMemory)."""
    code = f"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, {str(ROOT)!r})
from operator_app.store.db import open_database
from operator_app.services.importing.import_file import import_file
t0 = time.perf_counter()
db = open_database({str(db_path)!r})
r = import_file(db, Path({str(path)!r}))
dt = time.perf_counter() - t0
print(json.dumps({{"seconds": dt, "created": r.loans_created, "installments": r.installments,
                  "rejected": len(r.rejected), "warnings": len(r.warnings)}}))
"""
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    out, err = proc.communicate()
    peak = memory.stop()
    if proc.returncode != 0:
        raise RuntimeError(err[-2000:])
    data = json.loads(out.strip().splitlines()[-1])
    return data["seconds"], peak, data


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
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds of (a) and (b')")
    parser.add_argument("--pandas-rounds", type=int, default=3)
    parser.add_argument("--shapes", default=",".join(s.name for s in SHAPES), help="which sheet shapes (sheet_shapes.py)")
    args = parser.parse_args()
    shapes = [s for s in SHAPES if s.name in args.shapes.split(",")]
    floors: dict[str, list[float]] = {s.name: [] for s in shapes}
    clis: dict[str, list[float]] = {s.name: [] for s in shapes}
    cli_peaks: dict[str, list[float]] = {s.name: [] for s in shapes}
    loads: dict[str, list[float]] = {s.name: [] for s in shapes}
    cpu_a: dict[str, list[float]] = {s.name: [] for s in shapes}
    cpu_b: dict[str, list[float]] = {s.name: [] for s in shapes}
    inner: dict[str, tuple[float, float, dict[str, object]]] = {}
    runs_c: list[float] = []
    runs_fixed: list[float] = []
    compile_bytecode(ROOT)
    print(f"before: {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        books: dict[str, Path] = {}
        for shape in shapes:
            t0 = time.perf_counter()
            books[shape.name] = folder / f"{shape.name}.xlsx"
            shape.make(books[shape.name], args.rows)
            print(f"made {shape.name}: {args.rows} rows x {shape.width} columns, {shape.skip} rows above the data "
                  f"({books[shape.name].stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f}s")
        one_row = folder / "one.csv"
        one_row.write_text("合同编号,客户姓名,手机号码,应还日期,应还金额\nHT1,王伟,13800138000,2026-11-01,100\n",
                           encoding="utf-8")
        a2 = floor_into_our_schema(books["ours"], folder / "schema.db") if "ours" in books else None
        for i in range(args.rounds):
            for shape in shapes:
                book = books[shape.name]
                c0 = time.process_time()
                floors[shape.name].append(floor(book, folder / f"floor-{shape.name}{i}.db", shape.width, shape.skip))
                cpu_a[shape.name].append(time.process_time() - c0)
                c0 = children_cpu()
                seconds, peak = cli_process(book, folder / f"cli-{shape.name}{i}.db")
                cpu_b[shape.name].append(children_cpu() - c0)
                clis[shape.name].append(seconds)
                cli_peaks[shape.name].append(peak)
                loads[shape.name].append(os.getloadavg()[0])
                print(f"  round {i + 1} {shape.name:>6}: a {floors[shape.name][-1]:.2f} s  b' {seconds:.2f} s  "
                      f"b'/a {seconds / floors[shape.name][-1]:.2f}  CPU a {cpu_a[shape.name][-1]:.2f} s b' "
                      f"{cpu_b[shape.name][-1]:.2f} s  peak {peak:.0f} MB  "
                      f"load {loads[shape.name][-1]:.2f}")
            runs_fixed.append(cli_process(one_row, folder / f"fixed{i}.db")[0])
        for shape in shapes:  # (b) and its summed peak, once per shape, in a process of its own
            inner[shape.name] = ours_in_child(books[shape.name], folder / f"ours-{shape.name}.db")
            seconds, peak, info = inner[shape.name]
            print(f"  (b) {shape.name:>6}: {seconds:.2f} s  peak {peak:.0f} MB (importer and reader together)  {info}  "
                  f"load {os.getloadavg()[0]:.2f}")
        if "ours" in books:
            for i in range(args.pandas_rounds):
                runs_c.append(pandas_way(books["ours"], folder / f"pandas{i}.db"))
                print(f"  pandas run {i + 1}: c {runs_c[-1]:.2f} s  load {os.getloadavg()[0]:.2f}")
    print(f"after: {load()}")
    fixed = median(runs_fixed)
    print(f"(s) the same command on a one-row CSV: {fixed:.2f} s  median of {len(runs_fixed)}")
    if a2 is not None:
        print(f"(a') ours: read + raw cells into our 3 tables: {a2:.2f} s (explanation only: "
              f"{a2 / median(floors['ours']):.2f} x a)")
    for shape in shapes:
        a, cli = median(floors[shape.name]), median(clis[shape.name])
        b, peak, _info = inner[shape.name]
        ratio = cli / a
        print(f"{shape.name:>6}: (a) floor {a:.2f} s  (b') python main.py import {cli:.2f} s  (b) in-process {b:.2f} s  "
              f"medians of {len(clis[shape.name])}, load {median(loads[shape.name]):.2f} (1 min, median) "
              f"on {os.cpu_count()} cores")
        print(f"        b'/a = {ratio:.2f} (target <= 2.5 {'OK' if ratio <= 2.5 else 'MISSED'}, stretch 2.0 "
              f"{'OK' if ratio <= 2.0 else 'missed'})  b'-s = {cli - fixed:.2f} s  "
              f"peak importer + reader together {max(cli_peaks[shape.name]):.0f} MB (target <= 400 "
              f"{'OK' if max(cli_peaks[shape.name]) <= 400 else 'MISSED'}; (b) {peak:.0f} MB)")
        print(f"        CPU seconds (user + system, the reader's included; less sensitive to a busy machine): "
              f"a {median(cpu_a[shape.name]):.2f}  b' {median(cpu_b[shape.name]):.2f}  "
              f"b'/a = {median(cpu_b[shape.name]) / median(cpu_a[shape.name]):.2f}")
    if runs_c and "ours" in inner:
        c, b = median(runs_c), inner["ours"][0]
        print(f"(c) today pandas/openpyxl + to_sql on ours: {c:.2f} s  c/b = {c / b:.2f} (target >= 4 "
              f"{'OK' if c / b >= 4 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
