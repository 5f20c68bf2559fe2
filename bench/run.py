"""`make bench`: run every benchmark in turn, each in its own process, and print its lines.

A fresh process per benchmark keeps one benchmark's warm caches and memory out of the next.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = [
    "bench_extract.py",
    "bench_dates.py",
    "bench_search.py",
    "bench_crawl.py",
    "bench_abuse.py",
]


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(here / name)], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
