"""A full crawl of all 553 simulated sites, measured against the politeness bound.

With one request at a time per host and a delay d between two requests to one host, no crawl
can end sooner than (requests the largest site needs) x d. This benchmark crawls the scale
mirror (`mirror/scale.py`) with the project's own settings, by default at the production delay
(`DOWNLOAD_DELAY`, 1.0 s) with 20 ms of server latency, then prints the wall time over that
bound, where the difference went (start-up, the largest site's gaps beyond d, the end), pages
per second and the crawler's peak memory, and checks in the mirror's access log that no host
was ever asked twice at once or sooner than d. `--delay 0.2` is a stress run: five times the
pages per second for the same CPU.

    python bench/bench_crawl.py [--delay 1.0] [--latency 0.02] [--largest 200] [--set N=V]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from mirror.scale import ScaleSites, SizeProfile, politeness_violations, requests_by_host
from mirror.server import AccessRecord, MirrorServer
from scrapers import settings as project

TARGET_RATIO = 1.15
TARGET_PEAK_MB = 500


def crawl_all(mirror_url: str, db: Path, delay: float, overrides: list[str]) -> tuple[float, float]:
    """Run `bawaslu-archive crawl --all` against the mirror; when it started and ended, as
    `time.time()` like the access log."""
    command = [sys.executable, "-m", "archive.cli", "crawl", "--all", "--db", str(db)]
    command += ["--mirror", mirror_url, "--delay", str(delay), "--log-level", "WARNING"]
    command += [arg for override in overrides for arg in ("--set", override)]
    started = time.time()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return started, time.time()


def where_the_time_went(
    requests: list[AccessRecord], started: float, ended: float, delay: float
) -> str:
    """Wall time minus the bound, split: before the largest site's first request, its gaps
    beyond the delay (the delay counts from each answer, so they include the response time),
    and after its last answer."""
    gaps = [after.started - before.started - delay for before, after in pairwise(requests)]
    response = sum(record.finished - record.started for record in requests) / len(requests)
    return (
        f"start-up {requests[0].started - started:.1f} s, gaps beyond d {sum(gaps):.1f} s "
        f"(mean {1000 * sum(gaps) / len(gaps):.0f} ms, of which the server's answer "
        f"{1000 * response:.0f} ms), end {ended - requests[-1].finished:.1f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=project.DOWNLOAD_DELAY)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--largest", type=int, default=200, help="Articles of the largest site.")
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
        db = Path(tmp) / "bawaslu.db"
        started, ended = crawl_all(mirror.url, db, options.delay, options.overrides)
        records = mirror.access_log.records()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024

    by_host = requests_by_host(records)
    busiest, busiest_requests = max(by_host.items(), key=lambda item: len(item[1]))
    bound = len(busiest_requests) * options.delay
    wall = ended - started
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
    beyond = where_the_time_went(busiest_requests, started, ended, options.delay)
    print(f"beyond the bound: {beyond}")
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
