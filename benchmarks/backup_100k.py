"""Backups of a 100,000-loan office: `backup create`, `backup verify` and `backup restore` timed
as the CLI runs them (in this process, after the database layer is loaded), each against a plain
copy of the same file (shutil.copyfile, page cache warm) measured in the same run. Prints seconds
and ratios.

    python benchmarks/backup_100k.py [--loans N] [--db FILE]

Without --db the demo office is generated into a temporary folder (`main.py demo --loans N`).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cli(*argv: str) -> float:
    """Seconds one command takes in this process (its exit code must be 0)."""
    from operator_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    t = time.perf_counter()
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(list(argv))
    finally:
        sys.stdout, sys.stderr = stdout, stderr
    took = time.perf_counter() - t
    if code != 0:
        raise SystemExit(f"{' '.join(argv)}: exit {code}: {err.getvalue().strip()}")
    return took


def plain_copy(source: Path, target: Path) -> float:
    t = time.perf_counter()
    shutil.copyfile(source, target)
    took = time.perf_counter() - t
    target.unlink()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an office file to use (it is backed up and restored in place)")
    args = parser.parse_args()
    os.environ["OPERATOR_APP_AUTO_BACKUP"] = "0"  # only what is measured writes backups
    os.environ.setdefault("OPERATOR_APP_LANG", "en")
    folder = Path(tempfile.mkdtemp(prefix="backup-bench-"))
    db = args.db or folder / "office.db"
    if args.db is None:
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--loans", str(args.loans)],
                       check=True, stdout=subprocess.DEVNULL)
    copy = min(plain_copy(db, folder / "copy.db") for _ in range(3))
    backup = folder / "bench-backup.db"
    cli("--db", str(db), "queue", "--stage", "M3+")  # the database layer loaded and the file in the page cache
    create = cli("--db", str(db), "backup", "create", str(backup))
    verify = cli("backup", "verify", str(backup))
    restore = cli("--db", str(db), "backup", "restore", str(backup))
    size = db.stat().st_size / 1e6
    print(f"office: {db} ({size:.0f} MB); plain file copy {copy:.3f} s")
    for name, took in (("backup create", create), ("backup verify", verify), ("backup restore", restore),
                       ("round trip", create + verify + restore)):
        print(f"{name:15s} {took:7.3f} s  = {took / copy:6.1f} x a plain copy")
    if args.db is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
