"""A rebuilt archive swapped in: the next night costs what it would have on the original.

Real nightly crawls of the living mirror, `bawaslu-archive reextract` from their WARCs, then
the next night crawled twice, once into a copy of the original and once into the rebuilt file,
each against its own mirror server (so each meets the day's planned faults afresh).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.living import MirrorState
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

BASE_DATE = date(2026, 3, 2)
NIGHTS = 4


def crawl(state_dir: Path, db: Path, day: int) -> Counter[tuple[str, str, int]]:
    """One night's crawl; the requests the mirror saw, as (host, path, status) counts."""
    with MirrorServer(port=0, state_dir=state_dir) as server:
        today = (BASE_DATE + timedelta(days=day)).isoformat()
        sites = [arg for host in server.sites for arg in ("--site", host)]
        args = ["crawl", "--mirror", server.url, "--db", str(db), "--delay", "0"]
        run_cli(*args, "--today", today, *sites, "--set", "RETRY_BACKOFF_BASE=0.05")
        return Counter((r.host, r.path, r.status) for r in server.access_log.records())


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


ARTICLES = "SELECT url, version, content_hash, published_date, removed_at IS NULL FROM articles"
VERSIONS = "SELECT url, version, content_hash, published_date FROM article_versions"
RUNS = "SELECT id, status, json_extract(options, '$.crawl_today') FROM crawl_runs"
SITE_STATS = "SELECT run_id, host, requests, new, updated, removed FROM crawl_site_stats"
MEMORY = "SELECT url, kind, etag, last_modified, listing_date, first_seen_on, checked_on"


def test_a_rebuilt_archive_costs_the_next_night_the_same(tmp_path: Path) -> None:
    state_dir, original = tmp_path / "mirror", tmp_path / "data" / "bawaslu.db"
    MirrorState(seed=0, base_date=BASE_DATE).save(state_dir)
    for day in range(NIGHTS + 1):
        if day:
            run_cli("mirror-advance", "--state", str(state_dir))
        crawl(state_dir, original, day)
    rebuilt = tmp_path / "rebuilt.db"
    run_cli("reextract", "--warc-dir", str(original.parent / "warc"), "--db", str(rebuilt))

    # the rebuilt file holds the run log and the crawl's memory of the original
    assert rows(rebuilt, RUNS) == rows(original, RUNS)
    assert sorted(rows(rebuilt, SITE_STATS)) == sorted(rows(original, SITE_STATS))
    memory = f"{MEMORY} FROM crawl_pages ORDER BY url"
    assert rows(rebuilt, memory) == rows(original, memory)
    walks = "SELECT host, listing_url, walk_run_id, walked_run_id FROM crawl_sites ORDER BY host"
    assert rows(rebuilt, walks) == rows(original, walks)

    run_cli("mirror-advance", "--state", str(state_dir))
    kept = tmp_path / "kept.db"
    shutil.copyfile(original, kept)
    next_on_original = crawl(state_dir, kept, NIGHTS + 1)
    next_on_rebuilt = crawl(state_dir, rebuilt, NIGHTS + 1)
    assert next_on_rebuilt == next_on_original
    assert next_on_original.total() < 20 * len({host for host, _, _ in next_on_original})
    assert sorted(rows(rebuilt, ARTICLES)) == sorted(rows(kept, ARTICLES))  # no lost dates
    assert sorted(rows(rebuilt, VERSIONS)) == sorted(rows(kept, VERSIONS))  # no false versions
