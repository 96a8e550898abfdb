"""Batch benchmark (issue 10). On a 100,000-loan database (the import benchmark's sheet, imported
once), prints from one run on this machine:

(a) the floor: rendering as many texts as the batch plans with bare Jinja2 (the same default
    template, values already at hand) plus one sqlite3 executemany of rows shaped like `message`;
(b) `batch create` for every eligible loan as a whole CLI process (python main.py … batch create),
    output to /dev/null;
(c) the queue for all stages at an as-of date: the overdue engine over every loan
    (messaging.planning.load_facts, what the call list and the preview use; and
    messaging.bulkplan.fact_rows, the same facts as tuples, what batch create uses) and the queue
    service (services.queue.queue, what `queue --json` uses), all in-process;
(d) a bare SQL query of the same shape: loans joined to borrowers with each loan's unpaid amount,
    oldest unpaid due date and shared-phone flag, every row fetched through sqlite3;

and the ratios b/a (target <= 3) and c/d; also the CPU seconds of (a) and (b), which a busy
machine disturbs less than their wall time. (a) and (b) run in alternating rounds, (b) on a fresh
copy of the imported database each round; the ratios are of the medians.

    python benchmarks/batch_100k.py [--rows 100000] [--rounds 3] [--keep OFFICE.db]

`--root CHECKOUT` runs (b) with another checkout's main.py (a change before and after, in one
session). `--keep` saves the imported database there, or takes it from there when the file exists (the
import alone takes longer than the rounds); every round still works on a fresh copy of it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from statistics import median
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

AS_OF = date(2026, 12, 1)
NOW = datetime.combine(AS_OF, dtime(10, 0), ZoneInfo("Asia/Shanghai")).isoformat()
BARE_QUERY = """
SELECT l.id, l.contract_no, b.name, b.phone, b.opted_out_at, b.hold_until, l.outstanding_fen,
       (SELECT sum(i.amount_due_fen - i.amount_paid_fen) FROM installment i
         WHERE i.loan_id = l.id AND i.amount_paid_fen < i.amount_due_fen) AS unpaid,
       (SELECT min(i.due_on) FROM installment i
         WHERE i.loan_id = l.id AND i.amount_paid_fen < i.amount_due_fen) AS first_due,
       EXISTS (SELECT 1 FROM borrower o WHERE o.phone = b.phone AND o.id != b.id) AS shared
FROM loan l LEFT JOIN borrower b ON b.id = l.borrower_id
"""


def build_database(folder: Path, rows: int) -> Path:
    from import_100k import make_book

    from operator_app.services.importing.import_file import import_file
    from operator_app.store.db import open_database

    book = folder / "book.xlsx"
    t0 = time.perf_counter()
    make_book(book, rows)
    db_path = folder / "office.db"
    db = open_database(db_path)
    result = import_file(db, book)
    db.dispose()
    print(f"made and imported {result.loans_created} loans in {time.perf_counter() - t0:.1f}s")
    return db_path


def eligible_values(db_path: Path) -> tuple[list[dict[str, object]], str]:
    """The values (a) renders: taken from the loans (b) plans, so both do the same amount of work."""
    from operator_app.messaging import templates as tpl
    from operator_app.messaging.planning import load_facts
    from operator_app.services.office import settings as settings_service
    from operator_app.store.db import open_database

    db = open_database(db_path)
    with db.engine.connect() as conn:
        settings = settings_service.load(conn)
        facts = [f for f in load_facts(conn, AS_OF, settings) if f.phone and f.name]
    db.dispose()
    body = next(t.body for t in tpl.default_templates() if t.key == "M2" and t.locale == "zh_CN")
    office = settings.office_values()
    values = [{"name": f.name, "masked_name": (f.name or "")[:1] + "*", "contract_no": f.contract_no,
               "amount_due": f.position.overdue_fen, "outstanding": f.position.outstanding_fen,
               "due_date": f.position.first_unpaid_due, "days_past_due": f.position.days_past_due,
               "min_payment": f.position.min_payment_fen, **office} for f in facts]
    return values, body


def floor(values: list[dict[str, object]], body: str, db_path: Path) -> tuple[float, float]:
    from jinja2 import Environment

    t0, c0 = time.perf_counter(), time.process_time()
    template = Environment().from_string(body.replace("|money", "").replace("|date", ""))
    rows = [(i, 1, i, i, "+8613800000000", template.render(v), 2, "ucs2", "zh_CN", "M2", "draft", f"{i}:0:M2:x", NOW)
            for i, v in enumerate(values)]
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE m (id, batch_id, loan_id, borrower_id, to_, body, segments, encoding, locale, stage,"
                " status, idem UNIQUE, planned_at)")
    with con:
        con.executemany("INSERT INTO m VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.close()
    return time.perf_counter() - t0, time.process_time() - c0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ours(db_path: Path, root: Path = ROOT) -> tuple[float, float, int]:
    env = {**os.environ, "OPERATOR_APP_NOW": NOW, "OPERATOR_APP_LANG": "en"}
    t0, c0 = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, str(root / "main.py"), "--db", str(db_path), "batch", "create", "--by", "bench",
                    "--as-of", AS_OF.isoformat()], check=True, env=env, stdout=subprocess.DEVNULL)
    seconds, cpu = time.perf_counter() - t0, _children_cpu() - c0
    con = sqlite3.connect(db_path)
    planned = con.execute("SELECT count(*) FROM message").fetchone()[0]
    con.close()
    return seconds, cpu, planned


def queue_runs(db_path: Path) -> tuple[float, float, float, float]:
    from operator_app.messaging.bulkplan import fact_rows
    from operator_app.messaging.planning import load_facts
    from operator_app.services.book import queue as queue_service
    from operator_app.services.office import settings as settings_service
    from operator_app.store.db import open_database

    db = open_database(db_path)
    t0 = time.perf_counter()
    with db.engine.connect() as conn:
        facts = load_facts(conn, AS_OF, settings_service.load(conn))
    engine = time.perf_counter() - t0
    t0 = time.perf_counter()
    with db.engine.connect() as conn:
        tuples = fact_rows(conn, AS_OF, settings_service.load(conn))
    bulk = time.perf_counter() - t0
    assert len(tuples) == len(facts)
    t0 = time.perf_counter()
    rows = queue_service.queue(db, AS_OF)
    service = time.perf_counter() - t0
    db.dispose()
    assert len(facts) == len(rows)
    t0 = time.perf_counter()
    con = sqlite3.connect(db_path)
    bare_rows = con.execute(BARE_QUERY).fetchall()
    con.close()
    bare = time.perf_counter() - t0
    assert len(bare_rows) == len(rows)
    return engine, bulk, service, bare


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, metavar="OFFICE.db")
    parser.add_argument("--root", type=Path, default=ROOT, help="(b) runs this checkout's main.py (before/after)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (cores: {os.cpu_count()})")
    runs_a, runs_b, engine_runs, bulk_runs, service_runs, bare_runs = [], [], [], [], [], []
    cpu_a: list[float] = []
    cpu_b: list[float] = []
    planned = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.keep is not None and args.keep.exists():
            source = folder / "office.db"
            shutil.copy(args.keep, source)
        else:
            source = build_database(folder, args.rows)
            if args.keep is not None:
                shutil.copy(source, args.keep)
        values, body = eligible_values(source)
        for i in range(args.rounds):
            copy = folder / f"round{i}.db"
            shutil.copy(source, copy)
            b, b_cpu, planned = ours(copy, args.root)
            runs_b.append(b)
            cpu_b.append(b_cpu)
            a_wall, a_cpu = floor(values[:planned], body, folder / f"floor{i}.db")
            runs_a.append(a_wall)
            cpu_a.append(a_cpu)
            e, f, s, q = queue_runs(source)
            engine_runs.append(e)
            bulk_runs.append(f)
            service_runs.append(s)
            bare_runs.append(q)
            print(f"  round {i + 1}: a {runs_a[-1]:.2f} s  b {b:.2f} s ({planned} messages, b/a {b / runs_a[-1]:.2f})  "
                  f"CPU a {a_cpu:.2f} s b {b_cpu:.2f} s  engine {e:.2f} s  tuples {f:.2f} s  queue {s:.2f} s  bare SQL {q:.2f} s  "
                  f"load {os.getloadavg()[0]:.2f}")
    a, b = median(runs_a), median(runs_b)
    e, f, s, q = median(engine_runs), median(bulk_runs), median(service_runs), median(bare_runs)
    print(f"(a) floor  bare Jinja2 x {planned} + sqlite3 executemany : {a:7.2f} s  median of {len(runs_a)}")
    print(f"(b) ours   batch create, whole CLI process            : {b:7.2f} s  median of {len(runs_b)}")
    print(f"(c) overdue engine over every loan (load_facts)       : {e:7.2f} s")
    print(f"(c*) the same facts as tuples (bulkplan.fact_rows)    : {f:7.2f} s")
    print(f"(c') queue service, all stages                        : {s:7.2f} s")
    print(f"(d) bare SQL of the same shape, all rows fetched      : {q:7.2f} s")
    print(f"b/a = {b / a:.2f}  (target <= 3)   {'OK' if b / a <= 3 else 'MISSED'}")
    print(f"CPU seconds (user + system, less sensitive to a busy machine): a {median(cpu_a):.2f}  "
          f"b {median(cpu_b):.2f}  b/a = {median(cpu_b) / median(cpu_a):.2f}")
    print(f"c/d = {e / q:.2f}   c*/d = {f / q:.2f}   c'/d = {s / q:.2f}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
