"""The scale mirror (every registry host, a rank-size law, built lazily, with latency) and the
politeness invariant of a real crawl of many of its hosts at once, read from its access log."""

from __future__ import annotations

import http.client
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.scale import ScaleSites, SizeProfile, politeness_violations, requests_by_host
from mirror.server import AccessRecord, MirrorServer
from scrapers.registry import load_sites

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

DELAY = 0.1


def _get(server: MirrorServer, host: str, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", path, headers={"Host": host})
    response = connection.getresponse()
    response.read()
    return response.status


def test_every_registry_host_is_served_and_only_asked_hosts_are_built() -> None:
    sites = ScaleSites(profile=SizeProfile(largest=40, smallest=2))
    assert set(sites) == {site.host for site in load_sites()}
    with MirrorServer(sites=sites, latency=0.05) as server:
        assert _get(server, "samosir.bawaslu.go.id", "/berita") == 200
        assert _get(server, "aceh.bawaslu.go.id", "/robots.txt") == 200
        (first, _) = server.access_log.records()
    assert sites.built_count() == 2
    assert first.finished - first.started >= 0.05


def test_sizes_follow_a_rank_size_law_with_provincial_sites_largest() -> None:
    profile = SizeProfile(largest=200, smallest=5, skew=0.8)
    registry = load_sites()
    sites = ScaleSites(registry, profile)
    counts = {host: sites.spec(host).article_count[0] for host in sites}
    largest = max(counts, key=counts.__getitem__)
    levels = {site.host: site.level for site in registry}
    assert counts[largest] == 200
    assert levels[largest] in ("nasional", "provinsi")
    assert sum(1 for count in counts.values() if count == 5) > len(counts) / 2  # the long tail
    assert len(sites[largest].articles) >= 200


def test_the_politeness_check_sees_overlaps_and_short_gaps() -> None:
    def record(started: float, finished: float) -> AccessRecord:
        return AccessRecord(started, finished, "a.bawaslu.go.id", "GET", f"/{started}", 200)

    polite = [record(0.0, 0.05), record(0.1, 0.12), record(0.2, 0.3)]
    assert politeness_violations(polite, delay=0.1) == []
    assert len(politeness_violations([record(0.0, 0.2), record(0.1, 0.3)], delay=0.05)) == 1
    assert len(politeness_violations([record(0.0, 0.01), record(0.05, 0.06)], delay=0.1)) == 1


@pytest.fixture(scope="module")
def scale_crawl(tmp_path_factory: pytest.TempPathFactory):
    """A real crawl of 40 hosts of the scale mirror at once, with a delay and a latency."""
    registry = load_sites()[:40]
    sites = ScaleSites(registry, SizeProfile(largest=30, smallest=3))
    db = tmp_path_factory.mktemp("scale") / "bawaslu.db"
    with MirrorServer(sites=sites, latency=0.01) as server:
        hosts = [arg for site in registry for arg in ("--site", site.host)]
        args = ["crawl", "--mirror", server.url, "--db", str(db), "--delay", str(DELAY), *hosts]
        run_cli(*args, "--log-level", "WARNING", check=False)
        return sites, db, server.access_log.records()


def test_a_crawl_of_many_hosts_asks_each_one_at_a_time_and_never_sooner_than_the_delay(
    scale_crawl,
) -> None:
    _, _, records = scale_crawl
    assert len(requests_by_host(records)) == 40
    assert politeness_violations(records, DELAY) == []


def test_a_crawl_of_many_hosts_archives_every_article(scale_crawl) -> None:
    sites, db, _ = scale_crawl
    expected = {site.url_of(article) for site in sites.values() for article in site.articles}
    with sqlite3.connect(Path(db)) as conn:
        stored = {url for (url,) in conn.execute("select url from articles")}
    assert stored == expected
