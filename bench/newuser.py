"""What a new user waits for: `sourcetrace --help`, and re-ingesting pages that did not change.

    .venv/bin/python bench/newuser.py [--shared ../shared] [--rounds 5]

1. `sourcetrace --help` in a fresh process (wall time, median of the rounds).
2. `sourcetrace ingest` of the seed and the 12 dev-set articles into a fresh SQLite file, then the
   same command again (nothing changed): wall time of each, in fresh processes, as a user runs them.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "sourcetrace.cli", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    return time.perf_counter() - start, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    helps = [timed(["--help"])[0] for _ in range(args.rounds)]
    print(f"sourcetrace --help: median {statistics.median(helps):.2f} s over {args.rounds} runs "
          f"(min {min(helps):.2f}, max {max(helps):.2f})")

    pages = [str(args.shared / "fixtures/seed/article.txt"), *map(str, sorted(args.shared.glob("devset/*/article.txt")))]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        first, run = timed(["ingest", *pages, "--db", db, "--workers", "1"])
        again, rerun = timed(["ingest", *pages, "--db", db, "--workers", "1"])
    print(f"ingest {len(pages)} pages: {first:.1f} s ({run.stderr.strip().splitlines()[-1]}); "
          f"again, unchanged: {again:.1f} s ({rerun.stderr.strip().splitlines()[-1]})")


if __name__ == "__main__":
    main()
