"""Real crawls of mirror sites in a theme no page object knows (`mirror/cards.py`).

The listings are walked by the generic walker: every article is asked for, and a pager that
never ends costs one listing request beyond the site's real pages. A site that switches to
such a theme between two nights is reported as a theme change, and the run exits 1.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import crawl_mirror

from mirror.cards import rethemed, unseen_theme_sites
from mirror.content import jakarta_today
from mirror.hosts import regency_sites
from mirror.server import AccessRecord, MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("unseen") / "bawaslu.db"
    sites = unseen_theme_sites(0, jakarta_today())
    with MirrorServer(port=0, sites=sites) as server:
        result = crawl_mirror(server.url, db, list(sites), check=False)
        log = server.access_log.records()
    return sites, db, result, log


def _listing_requests(log: list[AccessRecord], host: str) -> list[str]:
    return [
        r.path
        for r in log
        if r.host == host and re.fullmatch(r"/berita(\?page=\d+|/page/\d+/)?", r.path)
    ]


def test_every_article_of_an_unseen_theme_is_asked_for(crawl) -> None:
    sites, _, result, log = crawl
    assert result.returncode in (0, 1), result.stderr  # 1 while no reader reads the articles
    for host, site in sites.items():
        asked = {r.path for r in log if r.host == host and site.article_at(r.path)}
        assert asked == {article.path for article in site.articles}, host


def test_a_pager_that_never_ends_costs_one_extra_listing_request(crawl) -> None:
    sites, db, _, log = crawl
    endless = sites["sulsel.bawaslu.go.id"]
    listings = _listing_requests(log, endless.host)
    assert len(listings) == endless.page_count + 1, listings
    plain = sites["sumbar.bawaslu.go.id"]
    assert len(_listing_requests(log, plain.host)) == plain.page_count
    with sqlite3.connect(db) as conn:
        walked = conn.execute("SELECT host FROM crawl_sites WHERE full_walk_at IS NOT NULL")
        assert {row[0] for row in walked} == set(sites)  # so the next night is incremental


def test_a_site_that_changed_its_theme_fails_the_run_with_a_problem_line(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    host = "waykanan.bawaslu.go.id"
    site = regency_sites(0, jakarta_today())[host]
    with MirrorServer(port=0, sites={host: site}) as server:
        first = crawl_mirror(server.url, db, [host], check=False)
    assert first.returncode == 0, first.stderr
    with MirrorServer(port=0, sites={host: rethemed(site)}) as server:
        second = crawl_mirror(server.url, db, [host], "--full", check=False)
    assert second.returncode == 1
    problems = [line for line in second.stderr.splitlines() if line.startswith("problem:")]
    pattern = (
        rf"problem: {re.escape(host)}: changed its theme: read by drupal on \d{{4}}-\d\d-\d\d, "
        r"now (only by generic|unreadable \(\d+ article pages: .+\))"
    )
    assert any(re.fullmatch(pattern, line) for line in problems), problems
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT readers, failure_reasons FROM crawl_site_stats WHERE host = ? ORDER BY run_id",
            [host],
        ).fetchall()
    (before, _), (after, reasons) = [(json.loads(a), json.loads(b)) for a, b in rows]
    assert before == {"drupal": len(site.articles)}
    assert "drupal" not in after
    assert sum(after.values()) + sum(reasons.values()) == len(site.articles)
