"""Each private attribute scrapers/scrapy_internals.py relies on still exists on the installed
Scrapy, scrapy-redis and Twisted: an upgrade that moves one fails here, by name, rather than as
a politeness bug in a crawl. And no other module touches them."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from scrapy.core.downloader import Downloader, Slot
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.core.scraper import Slot as ScraperSlot
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.pqueues import DownloaderAwarePriorityQueue
from scrapy.utils.test import get_crawler
from scrapy_redis.queue import Base as RedisQueue
from twisted.web.client import HTTPConnectionPool

ROOT = Path(__file__).resolve().parent.parent
PRIVATE = re.compile(
    r"\.(lastseen|slots|pqueues\b(?!\simport)|_downloader_interface|_decode_request|_encode_request|_pool|"
    r"maxPersistentPerHost|_parsers)\b|downloader\.active|scraper\.slot"
)


def test_download_slots_keep_their_clock_delay_and_requests() -> None:
    slot = Slot(1, 0.5, jitter=0)
    assert slot.lastseen == 0
    assert slot.delay == 0.5
    assert slot.active == set()


def test_the_downloader_keeps_slots_by_key_and_its_active_requests() -> None:
    downloader = Downloader(get_crawler())
    assert downloader.slots == {}
    assert downloader.active == set()
    assert callable(downloader.get_slot_key)


def test_the_scraper_slot_keeps_its_active_requests() -> None:
    assert ScraperSlot().active == set()


def test_the_frontier_base_keeps_queues_per_slot_and_a_slot_key_interface() -> None:
    source = inspect.getsource(DownloaderAwarePriorityQueue.__init__)
    assert "self.pqueues" in source
    assert "self._downloader_interface" in source
    assert callable(DownloaderAwarePriorityQueue.close)


def test_scrapy_redis_queues_encode_and_decode_their_members() -> None:
    assert callable(RedisQueue._decode_request)
    assert callable(RedisQueue._encode_request)


def test_the_http_handler_pools_its_connections() -> None:
    assert "self._pool" in inspect.getsource(HTTP11DownloadHandler.__init__)
    assert isinstance(HTTPConnectionPool.maxPersistentPerHost, int)


def test_the_robots_middleware_keeps_parsers_per_netloc_and_parses_in_a_hook() -> None:
    assert "self._parsers" in inspect.getsource(RobotsTxtMiddleware.__init__)
    hook = inspect.signature(RobotsTxtMiddleware._parse_robots)
    assert list(hook.parameters) == ["self", "response", "netloc", "request"]
    assert inspect.iscoroutinefunction(RobotsTxtMiddleware._parse_robots)


def test_no_other_module_touches_the_internals() -> None:
    door = ROOT / "scrapers" / "scrapy_internals.py"
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for package in ("scrapers", "archive", "mirror")
        for path in sorted((ROOT / package).rglob("*.py"))
        if path != door
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE.search(line)
    ]
    assert offenders == []
