"""Wall time of a CLI process that does almost nothing: `python main.py --help`, and
`python main.py queue --stage none-such` (parses arguments, fails validation, exits 2).

    python benchmarks/cli_startup.py [--runs N]

Prints the median and the fastest of N runs for each, and the bare interpreter start
(`python -c pass`) as the floor they are compared with. The figures depend on the machine and its
load: measure before and after a change in the same session.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    "python -c pass": ["-c", "pass"],
    "main.py --help": [str(ROOT / "main.py"), "--help"],
    "main.py queue --stage bogus": [str(ROOT / "main.py"), "--db", "/nonexistent-folder/x.db", "queue", "--stage", "bogus"],
}


def wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    floor = None
    for name, argv in CASES.items():
        wall(argv)  # warm the file cache
        times = sorted(wall(argv) for _ in range(args.runs))
        median = statistics.median(times)
        floor = floor or median
        print(f"{name:32s} median {median * 1000:6.0f} ms  fastest {times[0] * 1000:6.0f} ms  "
              f"({median / floor:.1f} x the bare interpreter)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
