"""A nightly crawl against faults: SIGKILL mid-run then a re-run, a site that is down, a site
whose layout changed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import free_port, run_cli

from mirror.content import build_sites
from mirror.living import MirrorState, build_world
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

BASE_DATE = date(2026, 3, 2)
FAST_RETRIES = ("--set", "RETRY_BACKOFF_BASE=0.05", "--set", "RETRY_BACKOFF_MAX=0.2")


def crawl_args(server: MirrorServer, db: Path, delay: str) -> list[str]:
    sites = [arg for host in server.sites for arg in ("--site", host)]
    return [
        "crawl",
        "--mirror",
        server.url,
        "--db",
        str(db),
        "--delay",
        delay,
        "--today",
        BASE_DATE.isoformat(),
        *sites,
        *FAST_RETRIES,
    ]


def test_a_crawl_killed_mid_run_is_recovered_by_the_next(tmp_path: Path) -> None:
    state_dir, db = tmp_path / "mirror", tmp_path / "data" / "bawaslu.db"
    MirrorState(seed=0, base_date=BASE_DATE).save(state_dir)
    world = build_world(MirrorState.load(state_dir))
    with MirrorServer(port=0, state_dir=state_dir) as server:
        command = [sys.executable, "-m", "archive.cli", *crawl_args(server, db, "0.02")]
        crawler = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_requests(server, 90)
        os.kill(crawler.pid, signal.SIGKILL)
        crawler.wait(timeout=10)
        archived_before = _count(db, "SELECT count(*) FROM articles")
        rerun = run_cli(*crawl_args(server, db, "0"), check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert 0 < archived_before < sum(len(site.articles) for site in world.sites.values())
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        urls = [row[0] for row in conn.execute("SELECT url FROM articles")]
        statuses = [row[0] for row in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
        indexed = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    expected = {site.url_of(a) for site in world.sites.values() for a in site.articles}
    assert sorted(urls) == sorted(expected)  # every article, each once
    assert indexed == len(urls)
    assert statuses == ["killed", "ok"]


def test_an_unreachable_site_fails_the_run_with_one_line_on_stderr(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    result = run_cli(
        "crawl",
        "--mirror",
        closed,
        "--db",
        str(tmp_path / "bawaslu.db"),
        "--delay",
        "0",
        "--site",
        "lampung.bawaslu.go.id",
        "--site",
        "blora.bawaslu.go.id",
        *FAST_RETRIES,
        check=False,
    )
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert sorted(line.split()[1] for line in problems) == [
        "blora.bawaslu.go.id:",
        "lampung.bawaslu.go.id:",
    ]
    assert all("unreachable" in line for line in problems)
    with sqlite3.connect(tmp_path / "bawaslu.db") as conn:
        (status, text) = conn.execute("SELECT status, problems FROM crawl_runs").fetchone()
    assert status == "problems" and len(text.splitlines()) == 2


def test_a_site_whose_pages_turned_unreadable_fails_the_run(tmp_path: Path) -> None:
    """A layout change: one site's article pages lose their body; the others are fine."""
    sites = build_sites(0, BASE_DATE)
    broken = sites["blora.bawaslu.go.id"]
    blank = tuple(replace(a, blocks=(), credits=(), caption="") for a in broken.articles)
    sites["blora.bawaslu.go.id"] = replace(broken, articles=blank)
    with MirrorServer(port=0, sites=sites) as server:
        result = run_cli(*crawl_args(server, tmp_path / "bawaslu.db", "0"), check=False)
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert len(problems) == 1 and "blora.bawaslu.go.id" in problems[0], problems
    assert f"{len(blank)} of {len(blank)} article pages unreadable" in problems[0]
    with sqlite3.connect(tmp_path / "bawaslu.db") as conn:
        failures = conn.execute(
            "SELECT host, extraction_failures FROM crawl_site_stats WHERE extraction_failures > 0"
        ).fetchall()
    assert failures == [("blora.bawaslu.go.id", len(blank))]


def _wait_for_requests(server: MirrorServer, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(server.access_log.records()) < count:
        assert time.monotonic() < deadline, "the crawl never got going"
        time.sleep(0.02)


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]
