"""Wall time of short CLI processes: `python main.py --help`, `queue --stage bogus` (parses
arguments, refuses the stage, exits 2) and `queue --json` on a small demo database that is
already at the newest schema (opens it, reads 200 loans).

    python benchmarks/cli_startup.py [--runs N] [--root CHECKOUT]

Prints the median and the fastest of N runs for each, and the bare interpreter start
(`python -c pass`) as the floor they are compared with. `--root` measures another checkout's
main.py with this interpreter (before/after a change). The figures depend on the machine and its
load: compare runs made in the same session.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cases(root: Path, db: Path) -> dict[str, list[str]]:
    main = str(root / "main.py")
    return {
        "python -c pass": ["-c", "pass"],
        "main.py --help": [main, "--help"],
        "main.py queue --stage bogus": [main, "--db", "/nonexistent-folder/x.db", "queue", "--stage", "bogus"],
        "main.py queue --json (200 loans)": [main, "--db", str(db), "queue", "--json"],
    }


def wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    floor = None
    folder = Path(tempfile.mkdtemp(prefix="cli-startup-"))
    db = folder / "demo.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--loans", "200"],
                   check=True, stdout=subprocess.DEVNULL)
    for name, argv in cases(args.root.resolve(), db).items():
        wall(argv)  # warm the file cache
        times = sorted(wall(argv) for _ in range(args.runs))
        median = statistics.median(times)
        floor = floor or median
        print(f"{name:32s} median {median * 1000:6.0f} ms  fastest {times[0] * 1000:6.0f} ms  "
              f"({median / floor:.1f} x the bare interpreter)")
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
