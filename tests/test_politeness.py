"""Which host goes next: the order sites start in, and the host the frontier hands the
downloader, read from real downloader slots."""

from __future__ import annotations

import asyncio
from collections import Counter
from urllib.parse import urlsplit

from scrapy.core.downloader import Slot
from scrapy.http import Request

from archive.runlog import SiteMemory
from scrapers.politeness import PolitenessFrontier
from scrapers.spiders.berita import BeritaSpider

DELAY = 1.0
NOW = 100.0


def _frontier(backlogs: dict[str, int], early: int = 1) -> PolitenessFrontier:
    """The choice needs only backlogs, downloader slots and turns, so no crawler is built."""
    frontier = PolitenessFrontier.__new__(PolitenessFrontier)
    frontier._backlog = Counter(backlogs)
    frontier._slots = {}
    frontier._turn_ends = {}
    frontier._early = early
    return frontier


def _answered(frontier: PolitenessFrontier, host: str, seconds_ago: float) -> None:
    """The host's last answer came `seconds_ago`; its delay clock runs from there."""
    slot = Slot(concurrency=1, delay=DELAY, jitter=0)
    slot.lastseen = NOW - seconds_ago
    frontier._slots[host] = slot


def test_the_ready_host_with_the_longest_backlog_goes_first() -> None:
    frontier = _frontier({"a.go.id": 1, "big.go.id": 40, "c.go.id": 3})
    for host in frontier._backlog:
        _answered(frontier, host, seconds_ago=2 * DELAY)
    assert frontier._next_host(NOW, keeping_up=True) == ("big.go.id", NOW)


def test_a_host_inside_its_delay_waits_for_a_ready_one_however_long_its_backlog() -> None:
    frontier = _frontier({"a.go.id": 1, "big.go.id": 40}, early=0)
    _answered(frontier, "big.go.id", seconds_ago=DELAY / 2)
    assert frontier._next_host(NOW, keeping_up=True) == ("a.go.id", NOW)


def test_a_host_the_downloader_holds_is_never_handed_another_request() -> None:
    frontier = _frontier({"big.go.id": 40})
    _answered(frontier, "big.go.id", seconds_ago=2 * DELAY)
    frontier._slots["big.go.id"].active.add(Request("https://big.go.id/berita"))
    assert frontier._next_host(NOW, keeping_up=True) is None


def test_when_no_host_is_ready_the_largest_goes_ahead_to_wait_out_its_delay() -> None:
    frontier = _frontier({"a.go.id": 1, "big.go.id": 40}, early=1)
    _answered(frontier, "a.go.id", seconds_ago=DELAY / 4)
    _answered(frontier, "big.go.id", seconds_ago=DELAY / 2)
    assert frontier._next_host(NOW, keeping_up=True) == ("big.go.id", NOW + DELAY / 2)


def test_while_the_loop_lags_only_the_largest_sites_are_served() -> None:
    frontier = _frontier({"a.go.id": 5, "b.go.id": 3, "big.go.id": 40}, early=1)
    _answered(frontier, "big.go.id", seconds_ago=DELAY / 2)
    assert frontier._next_host(NOW, keeping_up=True) == ("a.go.id", NOW)
    assert frontier._next_host(NOW, keeping_up=False) == ("big.go.id", NOW + DELAY / 2)


def test_a_host_just_handed_out_keeps_its_turn_until_the_downloader_shows_it() -> None:
    frontier = _frontier({"a.go.id": 5, "big.go.id": 40})
    frontier._turn_ends["big.go.id"] = NOW + DELAY
    assert frontier._next_host(NOW, keeping_up=True) == ("a.go.id", NOW)


def _start_order(spider: BeritaSpider) -> list[str]:
    async def hosts() -> list[str]:
        return [urlsplit(request.url).hostname async for request in spider.start()]

    return list(dict.fromkeys(asyncio.run(hosts())))


def test_before_any_walk_a_provincial_site_starts_before_regency_sites() -> None:
    hosts = ("bengkuluselatan.bawaslu.go.id", "rejanglebong.bawaslu.go.id", "lampung.bawaslu.go.id")
    spider = BeritaSpider(sites=",".join(hosts))  # the registry lists Bengkulu's first
    spider.memory = {host: SiteMemory(host=host) for host in hosts}
    assert _start_order(spider)[0] == "lampung.bawaslu.go.id"


def test_the_site_the_archive_knows_as_largest_starts_first() -> None:
    hosts = ("lampung.bawaslu.go.id", "lampungselatan.bawaslu.go.id")
    spider = BeritaSpider(sites=",".join(hosts))
    known = frozenset(f"https://lampungselatan.bawaslu.go.id/berita/{n}" for n in range(50))
    spider.memory = {
        "lampung.bawaslu.go.id": SiteMemory(host="lampung.bawaslu.go.id", needs_full_walk=False),
        "lampungselatan.bawaslu.go.id": SiteMemory(
            host="lampungselatan.bawaslu.go.id", known=known
        ),
    }
    assert _start_order(spider) == ["lampungselatan.bawaslu.go.id", "lampung.bawaslu.go.id"]
