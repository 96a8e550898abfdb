"""Batch benchmark (issues 10 and 22). For each sheet shape of benchmarks/sheet_shapes.py (`ours`,
`unseen`, `office`), on the 100,000-loan database imported from that sheet, prints from one run
on this machine:

(a) the floor: rendering as many texts as the batch plans with bare Jinja2 (the same default
    template, values already at hand) plus one sqlite3 executemany of rows shaped like `message`;
(b) `batch create` for every eligible loan as a whole CLI process (python main.py … batch create),
    output to /dev/null;
(c) the queue for all stages at an as-of date: the overdue engine over every loan
    (messaging.planning.load_facts, what the call list and the preview use; and
    messaging.bulkplan.fact_rows, the same facts as named tuples, what batch create uses) and the
    queue service (services.queue.queue, what `queue --json` uses), all in-process;
(d) a bare SQL query of the same shape: loans joined to borrowers with each loan's unpaid amount,
    oldest unpaid due date and shared-phone flag, every row fetched through sqlite3;

and the ratios b/a (target <= 3) and c/d; also the CPU seconds of (a) and (b), which a busy
machine disturbs less than their wall time (b's include its helper process's: a big book's batch
is prepared in two processes, services/planning/plan_helper.py), and the load average with every
figure. (a) and (b) run in alternating rounds, (b) on a fresh copy of the imported database each round, under one
name (so the office's daily backup is made in the first round only, as once a day); the ratios
are of the medians (b/a also as the median of each round's own b/a).

    python benchmarks/batch_100k.py [--rows 100000] [--rounds 3] [--keep FOLDER] [--shapes ours,unseen,office]
                                    [--no-queue] [--history-days N] [--baseline CHECKOUT]

`--history-days N` first plans and sends a batch on each of the N office days before, so (b) weighs
every loan against that history (the caps read it), as in an office that has been sending: a
fresh book flatters (b). With the default caps (3 a week), N = 2 still plans every loan. It also
prints (a'), for explanation only: the floor's texts inserted into a copy of that office's own
`message` table (whose indexes hold the history) after one bare fetch of the caps' history, and
b/a': the part of (b)'s ratio that the history costs any batch, however little it does.

`--root CHECKOUT` runs (b) with another checkout's main.py (a change before and after, in one
session). `--baseline CHECKOUT` runs both in every round, the baseline on a copy taken down to its
schema revision, and prints b/b0: on a machine whose speed drifts within a run, the pair of one
round is the comparison that holds. `--keep` saves each shape's imported database in that folder, or takes it from there
when the file exists (the imports take longer than the rounds); every round still works on a
fresh copy of it.
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
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from statistics import median
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sheet_shapes import SHAPES, Shape, compile_bytecode  # noqa: E402

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


def build_database(folder: Path, rows: int, shape: Shape) -> Path:
    from operator_app.services.importing.import_file import import_file
    from operator_app.store.db import open_database

    book = folder / f"{shape.name}.xlsx"
    t0 = time.perf_counter()
    shape.make(book, rows)
    db_path = folder / f"office-{shape.name}.db"
    db = open_database(db_path)
    result = import_file(db, book)
    db.dispose()
    print(f"{shape.name}: made and imported {result.loans_created} loans in {time.perf_counter() - t0:.1f}s")
    return db_path


Target = tuple[int, "int | None", "str | None"]  # where floor_with_history writes a text: loan, borrower, number


def eligible_values(db_path: Path) -> tuple[list[dict[str, object]], str, list[Target]]:
    """The values (a) renders: taken from the loans (b) plans, so both do the same amount of work;
    and for each, its loan, borrower and number."""
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
    values: list[dict[str, object]] = [{"name": f.name, "masked_name": (f.name or "")[:1] + "*", "contract_no": f.contract_no,
               "amount_due": f.position.overdue_fen, "outstanding": f.position.outstanding_fen,
               "due_date": f.position.first_unpaid_due, "days_past_due": f.position.days_past_due,
               "min_payment": f.position.min_payment_fen, **office} for f in facts]
    return values, body, [(f.loan_id, f.borrower_id, f.phone) for f in facts]


# The caps' history as planning.history reads it (the messages that went, through the batches of
# the last days), as one bare query.
HISTORY_QUERY = """
SELECT m.borrower_id, m."to", m.body, coalesce(m.sent_at, m.planned_at) FROM message m JOIN batch b ON b.id = m.batch_id
WHERE b.as_of >= ? AND b.status != 'cancelled' AND m.status IN ('sending', 'sent', 'delivered', 'unknown')
  AND coalesce(m.sent_at, m.planned_at) >= ?
"""


def floor_with_history(values: list[dict[str, object]], targets: list[Target], body: str, db_path: Path) -> float:
    """(a'), for explanation only (with --history-days): (a) in the office's own database, as a batch
    there must work: the caps' week of history fetched once (one bare query, nothing done per row
    in Python), and the texts inserted into the office's `message` table, whose indexes already
    hold that history, in loan order (the least index work). `db_path`: a fresh copy, written here."""
    from jinja2 import Environment

    con = sqlite3.connect(db_path)
    batch_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM batch").fetchone()[0]
    con.commit()
    t0 = time.perf_counter()
    # planning.history's bounds at NOW: the caps' week and a day (policy.cap_window_start, same-text
    # window of 24 h), through the batches of two days more.
    since = datetime.fromisoformat(NOW).astimezone(UTC).replace(tzinfo=None) - timedelta(days=8)
    history = con.execute(HISTORY_QUERY, ((since - timedelta(days=2)).date().isoformat(),
                                          since.isoformat(" ", "microseconds"))).fetchall()
    template = Environment().from_string(body.replace("|money", "").replace("|date", ""))
    rows = [(batch_id, loan, borrower, to, template.render(v), 2, "ucs2", "zh_CN", "M2", 1, 1, "draft", 0,
             f"{loan}:0:M2:{AS_OF.isoformat()}", NOW, NOW, NOW) for v, (loan, borrower, to) in zip(values, targets, strict=True)]
    with con:
        con.executemany('INSERT INTO message (batch_id, loan_id, borrower_id, "to", body, segments, encoding, locale,'
                        " stage, days_past_due, amount_fen, status, attempts, idempotency_key, planned_at, created_at,"
                        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.close()
    assert history, "--history-days made no history"
    return time.perf_counter() - t0


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
    planned = con.execute("SELECT count(*) FROM message WHERE batch_id = (SELECT max(id) FROM batch)").fetchone()[0]
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
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="keep each shape's imported database there (office-SHAPE.db), or take it from there")
    parser.add_argument("--root", type=Path, default=ROOT, help="(b) runs this checkout's main.py (before/after)")
    parser.add_argument("--shapes", default=",".join(s.name for s in SHAPES), help="which sheet shapes (sheet_shapes.py)")
    parser.add_argument("--no-queue", action="store_true", help="skip (c) and (d)")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also run (b) with that checkout's main.py in every round, on a copy of the database "
                             "at its schema revision: before and after in one run, paired round by round")
    parser.add_argument("--history-days", type=int, default=0, metavar="N",
                        help="first send a batch on each of the N office days before, so (b) weighs every loan "
                             "against that history (the caps), as in an office that has been sending")
    args = parser.parse_args()
    compile_bytecode(args.root)
    if args.baseline is not None:
        compile_bytecode(args.baseline)
    print(f"load average before: {os.getloadavg()[0]:.2f} (cores: {os.cpu_count()})")
    shapes = [s for s in SHAPES if s.name in args.shapes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for shape in shapes:
            kept = args.keep / f"office-{shape.name}.db" if args.keep is not None else None
            if kept is not None and kept.exists():
                source = folder / f"office-{shape.name}.db"
                shutil.copy(kept, source)
            else:
                source = build_database(folder, args.rows, shape)
                if kept is not None:
                    kept.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(source, kept)
            name = shape.name
            if args.history_days:
                source = with_history(source, args.history_days, args.keep, shape.name, args.root)
                name = f"{shape.name}+{args.history_days}d"
            measure(name, source, folder, args)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


def with_history(source: Path, days: int, keep: Path | None, shape: str, root: Path) -> Path:
    """A copy of `source` where a batch was planned and sent on each of the `days` office days
    before AS_OF: every message `sent`, each at its own moment of that day (as a modem sends them,
    one after another), its batch done. Kept as history{days}-SHAPE.db beside the imported one."""
    target = (keep or source.parent) / f"history{days}-{shape}.db"
    if target.exists():
        return target
    work = source.parent / f"making-{target.name}"
    shutil.copy(source, work)
    for back in range(days, 0, -1):
        day = AS_OF - timedelta(days=back)
        now = datetime.combine(day, dtime(10, 0), ZoneInfo("Asia/Shanghai"))
        env = {**os.environ, "OPERATOR_APP_NOW": now.isoformat(), "OPERATOR_APP_LANG": "en"}
        subprocess.run([sys.executable, str(root / "main.py"), "--db", str(work), "batch", "create", "--by", "bench",
                        "--as-of", day.isoformat()], check=True, env=env, stdout=subprocess.DEVNULL)
        con = sqlite3.connect(work)
        start = now.astimezone(UTC).replace(tzinfo=None)
        ids = [i for (i,) in con.execute("SELECT id FROM message WHERE status = 'draft' ORDER BY id")]
        moments = [(start + timedelta(seconds=n * 0.3)).isoformat(" ", "microseconds") for n in range(len(ids))]
        with con:
            con.executemany("UPDATE message SET status = 'sent', sent_at = ?, updated_at = ?, transport = 'modem:bench',"
                            " provider_ref = '1' WHERE id = ?", [(m, m, i) for m, i in zip(moments, ids, strict=True)])
            con.execute("UPDATE batch SET status = 'done' WHERE status = 'draft'")
        con.close()
        print(f"{shape}: history day {day}: {len(ids)} messages sent")
    shutil.move(work, target)
    return target


def at_revision(source: Path, checkout: Path, folder: Path) -> Path:
    """`source` as the other checkout's code finds it: a copy taken down (by this checkout's
    migrations) to that checkout's newest revision, made once per source."""
    target = folder / f"at-baseline-{source.name}"
    if target.exists():
        return target
    code = "import sys; sys.path.insert(0, sys.argv[1]); from operator_app.store.db import head_revision; print(head_revision())"
    wanted = subprocess.run([sys.executable, "-c", code, str(checkout)], check=True, capture_output=True,
                            text=True).stdout.strip()
    from alembic import command

    from operator_app.store.db import _alembic_config, current_revision, open_database

    shutil.copy(source, target)
    db = open_database(target)
    if current_revision(db) != wanted:
        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, wanted)
    db.dispose()
    return target


def measure(name: str, source: Path, folder: Path, args: argparse.Namespace) -> None:
    runs_a, runs_b, engine_runs, bulk_runs, service_runs, bare_runs, loads = [], [], [], [], [], [], []
    runs_ah: list[float] = []
    runs_base: list[float] = []
    cpu_base: list[float] = []
    cpu_a: list[float] = []
    cpu_b: list[float] = []
    planned = 0
    values, body, targets = eligible_values(source)
    for i in range(args.rounds):
        # One name for every round's fresh copy: the office's daily backup (services/backups.daily,
        # on the first command of an office day) is made in the first round only, as once a day.
        copy = folder / name / "office.db"
        copy.parent.mkdir(exist_ok=True)
        shutil.copy(source, copy)
        os.sync()  # the copy on disk before the clock starts: its writing is the benchmark's, not the batch's
        b, b_cpu, planned = ours(copy, args.root)
        copy.unlink()
        runs_b.append(b)
        cpu_b.append(b_cpu)
        if args.baseline is not None:
            base_copy = folder / name / "baseline" / "office.db"
            base_copy.parent.mkdir(exist_ok=True)
            shutil.copy(at_revision(source, args.baseline, folder), base_copy)
            base, base_cpu, _ = ours(base_copy, args.baseline)
            base_copy.unlink()
            runs_base.append(base)
            cpu_base.append(base_cpu)
        a_wall, a_cpu = floor(values[:planned], body, folder / f"floor-{name}{i}.db")
        if args.history_days:
            shutil.copy(source, copy)
            os.sync()
            runs_ah.append(floor_with_history(values[:planned], targets[:planned], body, copy))
            copy.unlink()
        runs_a.append(a_wall)
        cpu_a.append(a_cpu)
        loads.append(os.getloadavg()[0])
        line = (f"  {name} round {i + 1}: a {runs_a[-1]:.2f} s  b {b:.2f} s ({planned} messages, b/a {b / runs_a[-1]:.2f})  "
                f"CPU a {a_cpu:.2f} s b {b_cpu:.2f} s")
        if runs_ah:
            line += f"  a' {runs_ah[-1]:.2f} s (b/a' {b / runs_ah[-1]:.2f})"
        if not args.no_queue:
            e, f, s, q = queue_runs(source)
            engine_runs.append(e)
            bulk_runs.append(f)
            service_runs.append(s)
            bare_runs.append(q)
            line += f"  engine {e:.2f} s  tuples {f:.2f} s  queue {s:.2f} s  bare SQL {q:.2f} s"
        print(f"{line}  load {loads[-1]:.2f}")
    a, b = median(runs_a), median(runs_b)
    load = f"load {median(loads):.2f} (1 min, median of the rounds) on {os.cpu_count()} cores"
    print(f"{name}: (a) floor  bare Jinja2 x {planned} + sqlite3 executemany : {a:7.2f} s  median of {len(runs_a)}")
    print(f"{name}: (b) ours   batch create, whole CLI process            : {b:7.2f} s  median of {len(runs_b)}")
    print(f"{name}: b/a = {b / a:.2f}  (target <= 3)   {'OK' if b / a <= 3 else 'MISSED'}  {load}")
    # The same ratio, round by round (each b beside the floor measured just after it): on a machine
    # whose speed drifts within a run, this pairing disturbs the ratio less than two medians do.
    paired_ratio = median(x / y for x, y in zip(runs_b, runs_a, strict=True))
    print(f"{name}: median of the rounds' own b/a = {paired_ratio:.2f}  (min {min(x / y for x, y in zip(runs_b, runs_a, strict=True)):.2f})")
    print(f"{name}: CPU seconds (user + system, less sensitive to a busy machine): a {median(cpu_a):.2f}  "
          f"b {median(cpu_b):.2f}  b/a = {median(cpu_b) / median(cpu_a):.2f}")
    if runs_ah:
        ah = median(runs_ah)
        print(f"{name}: (a') the floor in the office's database (its history fetched, its message table): {ah:.2f} s; "
              f"b/a' = {b / ah:.2f}, median of the rounds' own {median(x / y for x, y in zip(runs_b, runs_ah, strict=True)):.2f}"
              " (explanation only: what the history costs a batch that does no more than the floor)")
    if runs_base:
        base = median(runs_base)
        paired = median(x / y for x, y in zip(runs_b, runs_base, strict=True))
        print(f"{name}: (b0) baseline {args.baseline}: {base:7.2f} s  b0/a = {base / a:.2f}; b/b0 = {b / base:.3f} "
              f"(median of the rounds' own b/b0: {paired:.3f}; CPU {median(cpu_b) / median(cpu_base):.3f})")
    if engine_runs:
        e, f, s, q = median(engine_runs), median(bulk_runs), median(service_runs), median(bare_runs)
        print(f"{name}: (c) overdue engine over every loan (load_facts)       : {e:7.2f} s")
        print(f"{name}: (c*) the same facts as named tuples (bulkplan.fact_rows): {f:7.2f} s")
        print(f"{name}: (c') queue service, all stages                        : {s:7.2f} s")
        print(f"{name}: (d) bare SQL of the same shape, all rows fetched      : {q:7.2f} s")
        print(f"{name}: c/d = {e / q:.2f}   c*/d = {f / q:.2f}   c'/d = {s / q:.2f}")


if __name__ == "__main__":
    sys.exit(main())
