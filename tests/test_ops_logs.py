"""What a crawl writes for ops: a line per failure, per site and for the run, no traceback.

Real crawls (a subprocess, as cron runs it) of the mirror and of a site that is down.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import crawl_mirror, free_port, run_cli

from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

FAST_RETRIES = ("--set", "RETRY_BACKOFF_BASE=0.05", "--set", "RETRY_BACKOFF_MAX=0.2")
DOWN_SITE = "lampung.bawaslu.go.id"
READERS = ("drupal", "wordpress", "drupal7")


def crawl_down_site(db: Path, *extra: str):
    closed = f"http://127.0.0.1:{free_port()}"
    args = ["crawl", "--mirror", closed, "--db", str(db), "--delay", "0", "--site", DOWN_SITE]
    return run_cli(*args, *FAST_RETRIES, *extra, check=False)


def test_a_site_that_is_down_gives_one_problem_line_and_no_traceback(tmp_path: Path) -> None:
    result = crawl_down_site(tmp_path / "bawaslu.db")
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    assert [line for line in lines if line.startswith("problem:")] == [
        f"problem: {DOWN_SITE}: unreachable (Connection was refused by other side: 111: "
        "Connection refused.)"
    ]
    assert "Traceback" not in result.stderr
    assert "Scrapy" not in result.stderr  # no banner, no stats dump
    failures = [line for line in lines if " failure on " in line]
    assert failures == [
        line for line in lines if f"network failure on https://{DOWN_SITE}/berita" in line
    ]
    assert len(failures) == 1
    (site,) = [line for line in lines if " site " in line]
    assert f"site {DOWN_SITE}: requests " in site and "errors 1" in site
    assert sum(" summary: 1 sites, " in line for line in lines) == 1
    assert len(lines) == 4


def test_verbose_brings_back_scrapys_lines(tmp_path: Path) -> None:
    result = crawl_down_site(tmp_path / "bawaslu.db", "--verbose")
    assert "Traceback" in result.stderr and "Dumping Scrapy stats" in result.stderr
    assert result.stderr.count("problem:") == 1


def test_json_log_is_one_object_per_line_with_the_counts(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    with MirrorServer(port=0) as server:
        hosts = sorted(server.sites)[:2]
        result = crawl_mirror(server.url, db, hosts, "--log-format", "json")
    entries = [json.loads(line) for line in result.stderr.splitlines()]
    sites = {entry["host"]: entry for entry in entries if entry.get("event") == "site"}
    with sqlite3.connect(db) as conn:
        stats = conn.execute("SELECT host, requests, new, updated, removed FROM crawl_site_stats")
        expected = {host: (requests, new, up, gone) for host, requests, new, up, gone in stats}
    assert set(sites) == set(hosts) == set(expected)
    for host, entry in sites.items():
        counted = (entry["requests"], entry["new"], entry["updated"], entry["removed"])
        assert counted == expected[host]
        assert entry["new"] > 0 and entry["readers"].split()[0] in READERS
    (summary,) = [entry for entry in entries if entry.get("event") == "summary"]
    assert summary["new"] == sum(entry["new"] for entry in sites.values())
    assert summary["status"] == "ok" and summary["problems"] == 0
