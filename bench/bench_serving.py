"""Serving while the nightly crawl writes: the live file versus a snapshot per crawl.

Two designs for `bawaslu-archive serve` next to a crawl writing the same archive, measured on
bench_search's 200,000-article archive (built once, cached under bench/out/):

- live: Datasette serves the file itself (read-only connections, WAL) while a writer process
  stores articles through `archive.store.Archive` as a crawl does. Search p95 is taken during
  the writes; freshness is the time from a new article's commit until /search finds it.
- snapshot: after each crawl, `VACUUM INTO` a new file, rename it over the served one and
  restart Datasette on it with --immutable. Search p95 is taken on the snapshot; freshness is
  the crawl's length plus the copy and the restart, since nothing new shows before the end.

Prints both, with the figures that chose the design (README, "Serving while crawling").
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_search import OUT, QUERIES, build_archive, percentile, timed, wait_for  # noqa: E402

from archive.cli import datasette_command  # noqa: E402

PORT = 8798
FRESHNESS_PROBES = 10
WRITER = """
import sys, time
from datetime import UTC, datetime
from archive.store import Archive
from scrapers.article import Article
with Archive(sys.argv[1]) as archive:
    number = 0
    while True:
        number += 1
        word = f"{sys.argv[2]}{number}" if number % 25 == 0 else f"tulisan{number}"
        body = f"Pengawasan kampanye di kecamatan {word}. " * 40
        article = Article(f"https://lampung.bawaslu.go.id/berita/bench-{sys.argv[2]}-{number}",
                          "lampung.bawaslu.go.id", "drupal", f"Berita {word}", body)
        archive.save_article(article, fetched_at=datetime.now(UTC))
        if number % 25 == 0:
            print(word, time.time(), flush=True)
        time.sleep(0.02)
"""


def main() -> int:
    db = build_archive(OUT / "bawaslu.db")
    live = db.with_name("live.db")  # written to: the cached archive stays as built
    remove(live)
    shutil.copyfile(db, live)
    live_p95, live_fresh = measure_live(live)
    snapshot = db.with_name("snapshot.db")
    copy_seconds = vacuum_into(live, snapshot)
    start_seconds, snapshot_p95 = measure_snapshot(snapshot, live)
    remove(live, snapshot)
    print(f"archive: {db.relative_to(ROOT)} (200,000 articles, {db.stat().st_size >> 20} MB)")
    print(f"live file, during writes: search p95 {live_p95:.1f} ms")
    print(
        f"live file: a new article found by /search after median "
        f"{statistics.median(live_fresh):.2f} s, max {max(live_fresh):.2f} s"
    )
    print(
        f"snapshot (--immutable), during writes to the live file: search p95 {snapshot_p95:.1f} ms"
    )
    print(
        f"snapshot: VACUUM INTO {copy_seconds:.1f} s + Datasette restart {start_seconds:.1f} s, "
        "after the crawl ends"
    )
    return 0


def remove(*databases: Path) -> None:
    """Delete database files with their WAL and shared-memory files: a stale WAL beside a
    new copy would be replayed into it."""
    for db in databases:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)


def served(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def search_p95(fetch: Callable[[str], bytes]) -> float:
    fetch("/search")
    timings = [ms for args in QUERIES for ms in timed(lambda a=args: fetch(_search(a)))]
    return percentile(timings, 95)


def _search(args: dict[str, str]) -> str:
    return "/search?" + urlencode(args)


def start_writer(db: Path, tag: str) -> subprocess.Popen:
    """A process storing articles into `db` as a crawl does, printing some words it wrote."""
    command = [sys.executable, "-c", WRITER, str(db), tag]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)


def stop(*processes: subprocess.Popen) -> None:
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def measure_live(db: Path) -> tuple[float, list[float]]:
    """Search p95 and freshness on the live file while a writer stores articles."""
    server = served(datasette_command(str(db), "127.0.0.1", PORT))
    writer = start_writer(db, f"segar{int(time.time())}x")
    try:
        fetch = _fetcher(wait_for(PORT))
        p95 = search_p95(fetch)
        probing = time.time()
        fresh = []
        assert writer.stdout is not None
        while len(fresh) < FRESHNESS_PROBES:
            word, committed = writer.stdout.readline().split()
            if float(committed) < probing:
                continue  # written while searches were timed: too late to watch for it
            while word.encode() not in fetch(_search({"q": word})):
                time.sleep(0.01)
            fresh.append(time.time() - float(committed))
        return p95, fresh
    finally:
        stop(writer, server)


def vacuum_into(db: Path, snapshot: Path) -> float:
    started = time.perf_counter()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        conn.execute("VACUUM INTO ?", [str(snapshot) + ".tmp"])
    Path(str(snapshot) + ".tmp").replace(snapshot)
    return time.perf_counter() - started


def measure_snapshot(snapshot: Path, live: Path) -> tuple[float, float]:
    """Seconds from a restart to the first search page answered, and search p95 while the
    crawl writes the live file beside it."""
    command = datasette_command(str(snapshot), "127.0.0.1", PORT)
    at = command.index(str(snapshot))
    command[at:at] = ["--immutable"]
    started = time.perf_counter()
    server = served(command)
    writer = None
    try:
        fetch = _fetcher(wait_for(PORT))
        fetch("/search?q=pengawasan")
        start_seconds = time.perf_counter() - started
        writer = start_writer(live, "salinan")
        return start_seconds, search_p95(fetch)
    finally:
        stop(*([writer] if writer else []), server)


def _fetcher(connection) -> Callable[[str], bytes]:
    def fetch(path: str) -> bytes:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        assert response.status == 200, (response.status, body[:300])
        return body

    return fetch


if __name__ == "__main__":
    sys.exit(main())
