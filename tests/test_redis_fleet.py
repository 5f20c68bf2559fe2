"""Crawl workers sharing one real Redis, one loader, the mirror over HTTP, compared with a
single-worker crawl: the same archive, polite across workers, nothing lost to a SIGKILL."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from conftest import crawl_mirror, free_port, run_cli

from mirror.content import build_sites, jakarta_today
from mirror.scale import politeness_violations
from mirror.server import MirrorServer

DELAY = 0.05
FAST_RECOVERY = ("--set", "FLEET_ALIVE_SECONDS=2", "--set", "DOWNLOAD_TIMEOUT=5")

pytestmark = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="needs Debian's redis-server (tests/system-deps.sh)",
)


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
    with MirrorServer(port=0, sites=build_sites(seed=0, today=jakarta_today())) as server:
        yield server


@pytest.fixture(scope="module")
def single_worker_archive(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("single") / "bawaslu.db"
    crawl_mirror(mirror.url, db, list(mirror.sites))
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


def test_two_workers_and_one_loader_build_the_single_worker_archive_politely(
    mirror: MirrorServer, redis_url: str, single_worker_archive, tmp_path: Path
) -> None:
    mirror.access_log.clear()
    workers = [_worker(mirror, redis_url, "pair", tmp_path / f"w{i}.db") for i in range(2)]
    for worker in workers:
        _, stderr = worker.communicate(timeout=120)
        assert worker.returncode == 0, stderr[-3000:]
    records = mirror.access_log.records()

    db = tmp_path / "loaded.db"
    loaded = run_cli("load", "--redis", redis_url, "--db", str(db))

    assert _articles(db) == single_worker_archive, loaded.stdout
    assert _article_count(db) == len(single_worker_archive)  # no duplicate
    assert politeness_violations(records, DELAY) == []
    assert not list(redis.Redis.from_url(redis_url).scan_iter("bawaslu:pair:inflight:*"))


def test_a_worker_killed_mid_crawl_loses_nothing(
    mirror: MirrorServer, redis_url: str, single_worker_archive, tmp_path: Path
) -> None:
    mirror.access_log.clear()
    doomed = _worker(mirror, redis_url, "kill", tmp_path / "doomed.db", *FAST_RECOVERY)
    while _in_flight(redis_url, "kill", doomed.pid) < 5 or len(mirror.access_log.records()) < 30:
        assert doomed.poll() is None, "the crawl ended before the kill"
        time.sleep(0.01)
    survivor = _worker(mirror, redis_url, "kill", tmp_path / "survivor.db", *FAST_RECOVERY)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(timeout=10)
    _, stderr = survivor.communicate(timeout=120)
    assert survivor.returncode == 0, stderr[-3000:]

    db = tmp_path / "loaded.db"
    run_cli("load", "--redis", redis_url, "--db", str(db))

    assert _articles(db) == single_worker_archive
    assert "requeued" in stderr  # the dead worker's in-flight requests went back to the queue
    assert politeness_violations(mirror.access_log.records(), DELAY) == []
