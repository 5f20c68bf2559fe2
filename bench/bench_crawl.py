"""A full crawl of all 553 simulated sites, measured against the politeness bound.

With one request at a time per host and a delay d between two requests to one host, no crawl
can end sooner than (requests the largest site needs) x d. This benchmark crawls the scale
mirror (`mirror/scale.py`) with the project's own settings and a realistic delay scaled down
(d = 0.2 s, 20 ms server latency), then prints the wall time over that bound, pages per
second and the crawler's peak memory, and checks in the mirror's access log that no host was
ever asked twice at once or sooner than d.

    python bench/bench_crawl.py [--delay 0.2] [--latency 0.02] [--largest 400]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mirror.scale import ScaleSites, SizeProfile, politeness_violations, requests_by_host
from mirror.server import MirrorServer

TARGET_RATIO = 1.15
TARGET_PEAK_MB = 500


def crawl_all(mirror_url: str, db: Path, delay: float, overrides: list[str]) -> float:
    """Run `bawaslu-archive crawl --all` against the mirror; its wall time in seconds."""
    command = [sys.executable, "-m", "archive.cli", "crawl", "--all", "--db", str(db)]
    command += ["--mirror", mirror_url, "--delay", str(delay), "--log-level", "WARNING"]
    command += [arg for override in overrides for arg in ("--set", override)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--largest", type=int, default=400, help="Articles of the largest site.")
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="A crawl setting to try, passed to `crawl --set`.",
    )
    options = parser.parse_args()

    sites = ScaleSites(profile=SizeProfile(largest=options.largest))
    built = time.perf_counter()
    sites.warm()
    articles = sum(len(site.articles) for site in sites.values())
    build_seconds = time.perf_counter() - built
    print(f"mirror: {len(sites)} sites, {articles} articles, built in {build_seconds:.1f} s")

    with (
        tempfile.TemporaryDirectory() as tmp,
        MirrorServer(sites=sites, latency=options.latency) as mirror,
    ):
        wall = crawl_all(mirror.url, Path(tmp) / "bawaslu.db", options.delay, options.overrides)
        records = mirror.access_log.records()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024

    by_host = requests_by_host(records)
    busiest, busiest_requests = max(by_host.items(), key=lambda item: len(item[1]))
    bound = len(busiest_requests) * options.delay
    ratio = wall / bound
    violations = politeness_violations(records, options.delay)
    print(
        f"crawl: {len(records)} requests to {len(by_host)} hosts in {wall:.1f} s, "
        f"{len(records) / wall:.0f} pages/s"
    )
    print(
        f"bound: {len(busiest_requests)} requests to {busiest} x {options.delay} s = "
        f"{bound:.1f} s; wall / bound = {ratio:.3f} (target <= {TARGET_RATIO})"
    )
    print(
        f"crawler: peak memory {peak_mb:.0f} MB (target < {TARGET_PEAK_MB} MB), "
        f"CPU {usage.ru_utime + usage.ru_stime:.0f} s"
    )
    print(f"politeness: {len(violations)} violations (two at once, or sooner than the delay)")
    for violation in violations[:10]:
        print(f"  {violation}")
    ok = ratio <= TARGET_RATIO and peak_mb < TARGET_PEAK_MB and not violations
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
