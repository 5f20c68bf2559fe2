"""Crawl workers sharing one real Redis, one loader, the mirror over HTTP, compared with a
single-worker crawl: the same archive and run log, polite across workers, nothing lost to a
SIGKILL, problems and interruptions reported by the loader's exit status."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis
from conftest import crawl_mirror, free_port, run_cli

from mirror.content import build_sites, jakarta_today
from mirror.scale import politeness_violations
from mirror.server import AccessRecord, MirrorServer

DELAY = 0.05
FAST_RECOVERY = ("--set", "FLEET_ALIVE_SECONDS=2", "--set", "DOWNLOAD_TIMEOUT=5")
MIRROR_DAY = jakarta_today()
FAST_RETRIES = ("--set", "RETRY_BACKOFF_BASE=0.05", "--set", "RETRY_BACKOFF_MAX=0.2")
TODAY = ("--today", MIRROR_DAY.isoformat())  # every crawl here takes the mirror's day as today

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("redis-server") is None,
        reason="needs Debian's redis-server (tests/system-deps.sh)",
    ),
]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private redis-server on loopback, with nothing written to disk."""
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--dir", str(workdir)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer(port=0, sites=build_sites(seed=0, today=MIRROR_DAY)) as server:
        yield server


@pytest.fixture(scope="module")
def single_worker_archive(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("single") / "bawaslu.db"
    crawl_mirror(mirror.url, db, list(mirror.sites), *TODAY)
    return _articles(db)


def _worker(mirror: MirrorServer, redis_url: str, job: str, db: Path, *extra: str):
    command = [sys.executable, "-m", "archive.cli", "crawl", "--redis", redis_url, "--job", job]
    command += ["--mirror", mirror.url, "--delay", str(DELAY), "--db", str(db), *extra]
    command += [arg for host in mirror.sites for arg in ("--site", host)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _in_flight(redis_url: str, job: str, pid: int) -> int:
    """How many requests the worker with process id `pid` has taken and not finished."""
    client = redis.Redis.from_url(redis_url)
    return sum(client.hlen(key) for key in client.scan_iter(f"bawaslu:{job}:inflight:*-{pid}-*"))


def _articles(db: Path) -> dict[str, tuple]:
    """What an archive holds, by URL: the content a reader sees."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select url, title, lead, body, tags, published_date from articles")
        return {row[0]: row[1:] for row in rows}


def _article_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from articles").fetchone()[0]


@dataclass
class FleetLoad:
    """Two workers crawled the whole mirror, then one loader wrote their items."""

    db: Path
    records: list[AccessRecord]  # the workers' requests, as the mirror saw them
    loader: subprocess.CompletedProcess


@pytest.fixture(scope="module")
def fleet_load(
    mirror: MirrorServer, redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> FleetLoad:
    root = tmp_path_factory.mktemp("fleet")
    mirror.access_log.clear()
    workers = [_worker(mirror, redis_url, "pair", root / f"w{i}.db", *TODAY) for i in range(2)]
    for worker in workers:
        _, stderr = worker.communicate(timeout=120)
        assert worker.returncode == 0, stderr[-3000:]
    records = mirror.access_log.records()
    db = root / "loaded.db"
    return FleetLoad(db, records, run_cli("load", "--redis", redis_url, "--db", str(db)))


def test_two_workers_and_one_loader_build_the_single_worker_archive_politely(
    fleet_load: FleetLoad, redis_url: str, single_worker_archive
) -> None:
    assert _articles(fleet_load.db) == single_worker_archive, fleet_load.loader.stdout
    assert _article_count(fleet_load.db) == len(single_worker_archive)  # no duplicate
    assert politeness_violations(fleet_load.records, DELAY) == []
    assert not list(redis.Redis.from_url(redis_url).scan_iter("bawaslu:pair:inflight:*"))


def test_a_worker_killed_mid_crawl_loses_nothing(
    mirror: MirrorServer, redis_url: str, single_worker_archive, tmp_path: Path
) -> None:
    mirror.access_log.clear()
    doomed = _worker(mirror, redis_url, "kill", tmp_path / "doomed.db", *FAST_RECOVERY, *TODAY)
    while _in_flight(redis_url, "kill", doomed.pid) < 5 or len(mirror.access_log.records()) < 30:
        assert doomed.poll() is None, "the crawl ended before the kill"
        time.sleep(0.01)
    survivor = _worker(mirror, redis_url, "kill", tmp_path / "survivor.db", *FAST_RECOVERY, *TODAY)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(timeout=10)
    _, stderr = survivor.communicate(timeout=120)
    assert survivor.returncode == 0, stderr[-3000:]

    db = tmp_path / "loaded.db"
    run_cli("load", "--redis", redis_url, "--db", str(db))

    assert _articles(db) == single_worker_archive
    assert "requeued" in stderr  # the dead worker's in-flight requests went back to the queue
    assert politeness_violations(mirror.access_log.records(), DELAY) == []


# --- the loader's run log -----------------------------------------------------------------


def test_the_loader_logs_the_fleet_run(fleet_load: FleetLoad, mirror: MirrorServer) -> None:
    (run,) = _rows(fleet_load.db, "SELECT * FROM crawl_runs")
    assert (run["status"], run["problems"]) == ("ok", ""), fleet_load.loader.stderr
    assert run["finished_at"] >= run["started_at"]
    options = json.loads(run["options"])
    assert options["fleet"] is True and options["redis"].startswith("redis://127.0.0.1:")
    assert sorted(options["sites"]) == sorted(mirror.sites)
    stats = {r["host"]: r for r in _rows(fleet_load.db, "SELECT * FROM crawl_site_stats")}
    stored = _rows(fleet_load.db, "SELECT host, count(*) AS n FROM articles GROUP BY host")
    assert {host: r["new"] for host, r in stats.items()} == {r["host"]: r["n"] for r in stored}
    pages = _rows(fleet_load.db, "SELECT host, count(*) AS n FROM crawl_pages GROUP BY host")
    assert {host: r["requests"] for host, r in stats.items()} == {r["host"]: r["n"] for r in pages}
    assert f"{sum(r['n'] for r in stored)} articles/new" in fleet_load.loader.stdout


def test_a_crawl_after_a_fleet_run_asks_only_for_the_first_listing_pages(
    fleet_load: FleetLoad, mirror: MirrorServer, tmp_path: Path
) -> None:
    """The loader wrote the crawl's memory: the next nightly run is incremental."""
    db = tmp_path / "after-fleet.db"
    with sqlite3.connect(fleet_load.db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    mirror.access_log.clear()
    crawl_mirror(mirror.url, db, list(mirror.sites), *TODAY)
    records = mirror.access_log.records()
    listings = _rows(fleet_load.db, "SELECT host, listing_url FROM crawl_sites")
    assert {row["host"] for row in listings} == set(mirror.sites)
    for host, listing_url in listings:
        paths = [r.path for r in records if r.host == host]
        assert sorted(paths) == sorted(["/robots.txt", urlsplit(listing_url).path]), host
    (second,) = _rows(db, "SELECT * FROM crawl_runs WHERE id = 2")
    assert second["status"] == "ok"
    assert _rows(db, "SELECT sum(new) AS new FROM crawl_site_stats WHERE run_id = 2")[0][0] == 0


def test_workers_reading_a_copy_of_the_archive_crawl_incrementally(
    fleet_load: FleetLoad, mirror: MirrorServer, redis_url: str, tmp_path: Path
) -> None:
    """A worker reads the crawl's memory from the archive named by --db: given a copy, the
    next night's fleet asks each site for its first listing page once, and finds nothing new."""
    copies = [tmp_path / f"copy{i}.db" for i in range(2)]
    for copy in copies:
        with sqlite3.connect(fleet_load.db) as source, sqlite3.connect(copy) as target:
            source.backup(target)
    mirror.access_log.clear()
    workers = [_worker(mirror, redis_url, "next-night", copy, *TODAY) for copy in copies]
    for worker in workers:
        _, stderr = worker.communicate(timeout=120)
        assert worker.returncode == 0, stderr[-3000:]
    records = mirror.access_log.records()
    for host, listing_url in _rows(fleet_load.db, "SELECT host, listing_url FROM crawl_sites"):
        paths = [record.path for record in records if record.host == host]
        listing = urlsplit(listing_url).path
        assert set(paths) == {"/robots.txt", listing} and paths.count(listing) == 1, host

    run_cli("load", "--redis", redis_url, "--db", str(copies[0]))
    (run,) = _rows(copies[0], "SELECT * FROM crawl_runs WHERE id = 2")
    assert run["status"] == "ok"
    assert _rows(copies[0], "SELECT sum(new) FROM crawl_site_stats WHERE run_id = 2")[0][0] == 0


def test_a_fleet_run_with_unreadable_pages_makes_load_exit_1(
    redis_url: str, tmp_path: Path
) -> None:
    """A layout change seen by the workers is the loader's problem line and exit status."""
    sites = build_sites(0, MIRROR_DAY)
    broken = sites["blora.bawaslu.go.id"]
    blank = tuple(replace(a, blocks=(), credits=(), caption="") for a in broken.articles)
    sites["blora.bawaslu.go.id"] = replace(broken, articles=blank)
    with MirrorServer(port=0, sites=sites) as server:
        workers = [_worker(server, redis_url, "layout", tmp_path / f"w{i}.db") for i in range(2)]
        for worker in workers:
            _, stderr = worker.communicate(timeout=120)
            assert worker.returncode == 0, stderr[-3000:]
    db = tmp_path / "loaded.db"
    result = run_cli("load", "--redis", redis_url, "--db", str(db), check=False)
    assert result.returncode == 1, result.stderr[-3000:]
    problems = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert len(problems) == 1 and "blora.bawaslu.go.id" in problems[0], problems
    assert f"{len(blank)} of {len(blank)} article pages unreadable" in problems[0]
    (run,) = _rows(db, "SELECT status, problems FROM crawl_runs")
    assert tuple(run) == ("problems", problems[0].removeprefix("problem: "))


def test_a_fleet_run_with_an_unreachable_site_makes_load_exit_1(
    redis_url: str, tmp_path: Path
) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    command = [sys.executable, "-m", "archive.cli", "crawl", "--redis", redis_url]
    command += ["--job", "down", "--mirror", closed, "--delay", "0", "--db", str(tmp_path / "w.db")]
    command += ["--site", "lampung.bawaslu.go.id", *FAST_RETRIES]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    result = run_cli("load", "--redis", redis_url, "--db", str(tmp_path / "l.db"), check=False)
    assert result.returncode == 1, result.stderr[-3000:]
    problems = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert len(problems) == 1, problems
    assert problems[0].startswith("problem: lampung.bawaslu.go.id: unreachable (")


def test_a_following_loader_finishes_each_run_and_marks_a_stopped_one_interrupted(
    mirror: MirrorServer, redis_url: str, single_worker_archive, tmp_path: Path
) -> None:
    db = tmp_path / "loaded.db"
    command = [sys.executable, "-m", "archive.cli", "load", "--redis", redis_url]
    loader = subprocess.Popen(
        [*command, "--db", str(db), "--follow"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    worker = _worker(mirror, redis_url, "follow-1", tmp_path / "w1.db", *TODAY)
    assert worker.wait(timeout=120) == 0
    _wait_for(lambda: _statuses(db) == ["ok"])  # drained, no worker alive: the run is done

    worker = _worker(mirror, redis_url, "follow-2", tmp_path / "w2.db", *TODAY)
    _wait_for(lambda: _statuses(db) == ["ok", "running"])  # the next items opened a run
    loader.send_signal(signal.SIGTERM)
    _, stderr = loader.communicate(timeout=30)
    assert loader.returncode == 2, stderr
    assert _statuses(db) == ["ok", "interrupted"]
    assert worker.wait(timeout=120) == 0

    result = run_cli(*command[3:], "--db", str(db))  # the rest of the items: a run of its own
    assert _statuses(db) == ["ok", "interrupted", "ok"], result.stderr
    assert _articles(db) == single_worker_archive


def _statuses(db: Path) -> list[str]:
    try:
        return [row[0] for row in _rows(db, "SELECT status FROM crawl_runs ORDER BY id")]
    except sqlite3.OperationalError:  # the loader has not created the table yet
        return []


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _rows(db: Path, sql: str) -> list[sqlite3.Row]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:  # never creates the file
        conn.row_factory = sqlite3.Row
        return conn.execute(sql).fetchall()
