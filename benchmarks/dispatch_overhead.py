"""Dispatch benchmark (issue 11). Prints, from one run on this machine:

N messages (default 2,000) through the outbox (claim committed before each send, outcome, audit
entry, delivery report stored and matched) to the virtual modem in its own process
(`main.py modem emulate --tcp`, status reports on and stored on the modem), against the bare
driver loop (Modem.send of the same texts to the same emulator, no database, and the same
report traffic: each stored status report read and deleted, as the outbox does) in the same run.
Targets (issue 22): with a modem answering at once, the outbox <= 1.5 x "bare loop + one durable
commit per message"; with a modem taking 50 ms per answer (--delay 0.05), <= 1.1 x the bare loop.
Each database is timed separately, with the machine's load:

- SQLite on the benchmark's folder (synchronous=FULL: each claim waits for the disk's fsync);
- SQLite on /dev/shm, when there is one (the same commits without a disk: what the statements
  themselves cost);
- PostgreSQL, with --pg URL (an empty database it may fill).

    python benchmarks/dispatch_overhead.py [--messages 2000] [--rounds 3] [--dir DIR] [--pg URL] [--delay SECONDS]

The floors and the outbox run in alternating rounds (`--rounds`, N messages each) and the ratios
are of the medians: this disk's fsync time moves with other work on the machine, and a burst
that lands on one side of a single long run decides its ratio.

A second line per SQLite target times the bare loop plus one durable commit per message (a row
written before each send, as a claim is): the floor any exactly-once outbox has on that disk. A
third adds up, in another run, the time the outbox spends inside the database driver (the
statements and commits it must run: claim, events, outcome, audit entry, delivery report): what
the database itself costs per message, whatever the Python around it does.

--delay makes the virtual modem answer each command that much later, as a real one does (a real
modem takes seconds per message); with 0 the figure is the outbox's own cost per message.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from operator_app.services.sending.dispatch import send_batch  # noqa: E402
from operator_app.sms.modem.driver import Modem  # noqa: E402
from operator_app.store.db import open_database  # noqa: E402
from tests.outbox_office import make_office, phone, ten_am, text_of  # noqa: E402


def _report_traffic(modem: Modem, *, everything: bool = False) -> None:
    """What the outbox does with the status reports the modem stored (AT+CNMI ds=2) between two
    sends, without a database: read the ones announced (+CDSI), then delete them."""
    stored = modem.take_reports(everything=everything)
    if stored:
        modem.release_reports(stored)


def bare_driver(url: str, n: int, offset: int) -> float:
    """The bare loop: the modem opened and set up, Modem.send of each text, and the same stored
    status-report traffic as the outbox (each report read and deleted)."""
    start = time.perf_counter()  # the modem opened and set up included, as in the outbox's run
    with Modem(url) as modem:
        _report_traffic(modem, everything=True)
        for i in range(n):
            modem.send(phone(offset + i), text_of(offset + i))
            _report_traffic(modem)
        return time.perf_counter() - start


def bare_durable(url: str, n: int, offset: int, path: str) -> float | None:
    """The bare loop plus the least any exactly-once outbox must do: one row written and
    committed durably (sqlite3, WAL, synchronous=FULL) before each send. None on PostgreSQL."""
    if "://" in path:
        return None
    conn = sqlite3.connect(path + ".floor", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE claim (id INTEGER PRIMARY KEY, msg INTEGER)")
    start = time.perf_counter()
    with Modem(url) as modem:
        _report_traffic(modem, everything=True)
        for i in range(n):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO claim (msg) VALUES (?)", (i,))
            conn.execute("COMMIT")
            modem.send(phone(offset + i), text_of(offset + i))
            _report_traffic(modem)
        elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


class TimedCursor:
    """A DBAPI cursor that adds up the time spent inside the driver (SQLite's own work)."""

    spent = 0.0

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def execute(self, sql: str, values: object = ()) -> object:
        start = time.perf_counter()
        try:
            return self.inner.execute(sql, values)  # type: ignore[attr-defined]
        finally:
            TimedCursor.spent += time.perf_counter() - start

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def inside_the_driver(url: str, target: str, n: int, offset: int) -> float:
    """Another run through the outbox, timing only the driver calls of its hot path."""
    from operator_app.store import rawsql

    plain = rawsql.RawConn.__init__

    def timed(self: rawsql.RawConn, connection: object, dialect: object) -> None:
        plain(self, connection, dialect)  # type: ignore[arg-type]
        self.cursor = TimedCursor(self.cursor)

    rawsql.RawConn.__init__ = timed  # type: ignore[method-assign]
    TimedCursor.spent = 0.0
    try:
        through_outbox(url, target, n, offset)
    finally:
        rawsql.RawConn.__init__ = plain  # type: ignore[method-assign]
    return TimedCursor.spent


def through_outbox(url: str, target: str, n: int, offset: int) -> tuple[float, dict[str, object]]:
    db = open_database(target)
    office = make_office(db, n, start=offset)
    start = time.perf_counter()
    summary = send_batch(db, office.batch_id, [f"modem:{url}?gap=0"], inbox_every=-1, report_grace=0)
    elapsed = time.perf_counter() - start
    db.dispose()
    return elapsed, summary.as_json()


def _round_target(target: str, r: int) -> str:
    """Each round's outbox on a database of its own (a file per round; PostgreSQL's one database
    takes each round's office beside the last)."""
    return target if "://" in target else f"{target[:-3]}-{r}.db"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="folder for the SQLite file (default: a temporary folder)")
    parser.add_argument("--pg", help="a PostgreSQL URL (an empty database) to time as well")
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating rounds of the floors and the outbox, N messages each; the ratios are of "
                             "the medians (a burst of disk traffic then lands on one round, not on one side)")
    parser.add_argument("--delay", type=float, default=0.0,
                        help="seconds the virtual modem waits before each reply (0: as fast as it can)")
    args = parser.parse_args()
    os.environ["OPERATOR_APP_NOW"] = ten_am().isoformat()  # inside the send window whatever the hour
    n = args.messages
    emulator = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "modem", "emulate", "--tcp",
                                 "0", "--delay", str(args.delay)], stdout=subprocess.PIPE, text=True)
    folders: list[str] = []
    try:
        assert emulator.stdout is not None
        url = emulator.stdout.readline().split(" on ")[1].split(". ")[0]
        bare_driver(url, 50, 900_000)  # warm up
        targets: list[tuple[str, str]] = []
        disk = Path(tempfile.mkdtemp(dir=args.dir))
        folders.append(str(disk))
        targets.append(("SQLite on disk (synchronous=FULL)", str(disk / "bench.db")))
        if Path("/dev/shm").is_dir():
            shm = Path(tempfile.mkdtemp(dir="/dev/shm"))
            folders.append(str(shm))
            targets.append(("SQLite on /dev/shm", str(shm / "bench.db")))
        if args.pg:
            targets.append(("PostgreSQL", args.pg))
        for k, (label, target) in enumerate(targets):
            bares: list[float] = []
            floors: list[float] = []
            outs: list[float] = []
            for r in range(args.rounds):
                offset = (k + 1) * 1_000_000 + r * 100_000
                bares.append(bare_driver(url, n, offset))
                floor = bare_durable(url, n, offset + 20_000, f"{target}.{r}")
                if floor is not None:
                    floors.append(floor)
                ours, summary = through_outbox(url, _round_target(target, r), n, offset + 50_000)
                outs.append(ours)
                print(f"    {label} round {r + 1}: bare {bares[-1] / n * 1e3:.2f} ms/msg"
                      + (f", floor {floors[-1] / n * 1e3:.2f}" if floors else "")
                      + f", outbox {ours / n * 1e3:.2f}; load {os.getloadavg()[0]:.2f}")
            bare, ours = median(bares), median(outs)
            load = f"load {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} cores"
            print(f"{label}, modem delay {args.delay:g} s: {n} messages a round, {args.rounds} round(s), medians; "
                  f"last round sent {summary['sent']}, delivered {summary['delivered']}; {load}")
            print(f"    bare loop (send + the same stored-report reads and deletes) {bare / n * 1e3:.2f} ms/msg, "
                  f"through the outbox {ours / n * 1e3:.2f} ms/msg: outbox/bare = {ours / bare:.2f}"
                  + (f" (target <= 1.1 with a slow modem {'OK' if ours / bare <= 1.1 else 'MISSED'})"
                     if args.delay >= 0.05 else ""))
            if floors:
                floor = median(floors)
                # In memory a commit is not durable (tmpfs has no disk to wait for): there the line
                # shows what the statements cost, and the target, a durable commit's, is the disk's.
                in_memory = target.startswith("/dev/shm/")
                verdict = ("no durable commit in memory: the target is measured on disk" if in_memory else
                           f"target <= 1.5 with a modem answering at once {'OK' if ours / floor <= 1.5 else 'MISSED'}")
                print(f"    bare loop + one {'' if in_memory else 'durable '}commit per message (the least an "
                      f"exactly-once outbox does): {floor / n * 1e3:.2f} ms/msg = {floor / bare:.2f} x bare; "
                      f"outbox/that = {ours / floor:.2f}" + (f" ({verdict})" if args.delay == 0 else ""))
                driver = inside_the_driver(url, target + ".timed", n, (k + 1) * 1_000_000 + 900_000)
                print(f"    of the outbox's time, inside the database driver (its statements and commits, timed in "
                      f"another run): {driver / n * 1e3:.2f} ms/msg; bare loop + that = {(bare + driver) / bare:.2f} x bare"
                      f"; {load}")
    finally:
        emulator.terminate()
        emulator.wait(10)
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
