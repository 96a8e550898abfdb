"""Where `batch create` spends its time, part by part, on books of different histories (issue 22).

batch_100k.py gives the whole process against its floor; this script says which parts grow when a
book carries sending history (`--history-days` there makes such books, kept as history{N}-SHAPE.db):
for each database given, in alternating rounds, the same command as batch_100k.py's (b) runs as a
whole CLI process on a fresh copy, with a stopwatch around the parts of services/planning/batches.py's
create_batch:

    start     imports and opening the database, up to the batch's transaction
    prepare   plan_helper.prepare_book: every loan's facts, reasons and text (in two processes)
    history   messaging.planning.history: what the caps count (the last week's messages)
    decide    bulkplan.decide: who gets a message (one per borrower, the caps, the same text)
    insert    the messages and the exclusions written (store.bulk)
    commit    the transaction's commit (the journal and the file synced)
    other     the rest: the interpreter's start-up, the batch's own rows, its summary, the exit
    whole     the process, timed from outside

and the medians of each part, then each database's medians less the first's: what its history
adds, part by part.

    python benchmarks/batch_parts.py DB [DB ...] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PARTS = ("start", "prepare", "history", "decide", "insert", "commit", "other", "whole")
CHILD = "--child"


def child(argv: list[str]) -> int:
    """The CLI's `batch create` in this process, each part of create_batch timed (printed as JSON)."""
    began = time.perf_counter()
    spent: dict[str, float] = dict.fromkeys(PARTS, 0.0)
    opened: list[float] = []

    from operator_app import cli
    from operator_app.services.planning import batches

    def timed(name: str, part: str) -> None:
        inner = getattr(batches, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[part] += time.perf_counter() - t0

        setattr(batches, name, wrapper)

    for name, part in (("prepare_book", "prepare"), ("history", "history"), ("decide", "decide"),
                       ("insert_columns", "insert"), ("bulk_insert", "insert")):
        timed(name, part)
    transaction = batches.bulk_transaction

    @contextmanager
    def watched(*args: Any, **kwargs: Any) -> Any:
        with transaction(*args, **kwargs) as conn:
            opened.append(time.perf_counter())
            yield conn
            closing = time.perf_counter()
        spent["commit"] += time.perf_counter() - closing

    batches.bulk_transaction = watched
    code = cli.run(cli.parse_args(argv))
    spent["start"] = (opened[0] if opened else time.perf_counter()) - began
    print(json.dumps(spent))
    gc.freeze()  # as operator_app.__main__.command_line: no last full collection at the exit
    return code


def run_once(db: Path, folder: Path) -> dict[str, float]:
    from batch_100k import AS_OF, NOW

    copy = folder / "office.db"  # one name: the daily backup is made in the first round only
    shutil.copy(db, copy)
    env = {**os.environ, "OPERATOR_APP_NOW": NOW, "OPERATOR_APP_LANG": "en"}
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, CHILD, "--db", str(copy), "batch", "create", "--by", "bench",
                          "--as-of", AS_OF.isoformat()], check=True, env=env, capture_output=True, text=True).stdout
    whole = time.perf_counter() - t0
    copy.unlink()
    parts: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    parts["whole"] = whole
    parts["other"] = whole - sum(parts[p] for p in PARTS if p not in ("other", "whole"))
    return parts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("databases", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (cores: {os.cpu_count()})")
    runs: dict[Path, list[dict[str, float]]] = {db: [] for db in args.databases}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.rounds):
            for db in args.databases:
                parts = run_once(db, Path(tmp))
                runs[db].append(parts)
                print(f"  round {i + 1} {db.name}: " + "  ".join(f"{p} {parts[p]:.3f}" for p in PARTS)
                      + f"  load {os.getloadavg()[0]:.2f}")
    medians = {db: {p: median(r[p] for r in rs) for p in PARTS} for db, rs in runs.items()}
    width = max(len(db.name) for db in medians)
    print("medians of " + str(args.rounds) + " rounds (seconds)")
    print(f"  {'':{width}}  " + "  ".join(f"{p:>8}" for p in PARTS))
    for db, m in medians.items():
        print(f"  {db.name:{width}}  " + "  ".join(f"{m[p]:8.3f}" for p in PARTS))
    first = args.databases[0]
    for db in args.databases[1:]:
        print(f"  {db.name} less {first.name}: " + "  ".join(f"{p} {medians[db][p] - medians[first][p]:+.3f}"
                                                         for p in PARTS))
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        sys.exit(child(sys.argv[2:]))
    sys.exit(main())
