"""Every use of Scrapy's and scrapy-redis' undocumented internals, behind one door.

Politeness near the bound needs what Scrapy keeps to itself: a host's download slot (when it
last answered, its delay, what it holds), the frontier's per-host queues, the requests still in
the engine, the connection pool of the HTTP handler. Only this module touches them;
`tests/test_scrapy_internals.py` checks that each still exists on the installed versions, and
`pyproject.toml` pins Scrapy and scrapy-redis to the minor versions tested.
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from scrapy.core.downloader import Slot
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue


def download_slots(crawler: Crawler) -> dict[str, Slot]:
    """The downloader's live slots by key (a host, unless a request names its own slot)."""
    assert crawler.engine is not None
    return crawler.engine.downloader.slots


def download_slot(crawler: Crawler, key: str | None) -> Slot | None:
    if not key or crawler.engine is None:
        return None
    return crawler.engine.downloader.slots.get(key)


def slot_of(crawler: Crawler, request: Request) -> Slot | None:
    assert crawler.engine is not None
    downloader = crawler.engine.downloader
    return downloader.slots.get(downloader.get_slot_key(request))


def restart_delay(slot: Slot) -> None:
    """Count the slot's delay from now: Scrapy counts it from when the request was sent."""
    slot.lastseen = monotonic()


def next_send_time(slot: Slot) -> float:
    """When the slot may send again (monotonic clock), by its delay alone."""
    return slot.lastseen + slot.delay


def holds_requests(slot: Slot) -> bool:
    return bool(slot.active)


def raise_delay(slot: Slot, seconds: float) -> None:
    slot.delay = max(slot.delay, seconds)


def requests_in_engine(crawler: Crawler) -> set[Request]:
    """Requests the engine still holds: downloading, or in their callbacks."""
    assert crawler.engine is not None
    engine = crawler.engine
    busy = set(engine.downloader.active)
    if engine.scraper.slot is not None:
        busy |= engine.scraper.slot.active
    return busy


def host_queues(frontier: DownloaderAwarePriorityQueue) -> dict[str, Any]:
    """The frontier's queue per download slot (a host)."""
    return frontier.pqueues


def frontier_slot_key(frontier: DownloaderAwarePriorityQueue, request: Request) -> str:
    return frontier._downloader_interface.get_slot_key(request)


def decode_queued_request(queue: Any, member: bytes) -> Request:
    """A request from its scrapy-redis queue encoding (a member of the sorted set)."""
    return queue._decode_request(member)


def encode_queued_request(queue: Any, request: Request) -> bytes:
    """A request's scrapy-redis queue encoding, as the queue's own `push` would store it."""
    return queue._encode_request(request)


def keep_connections(handler: HTTP11DownloadHandler, per_host: int) -> None:
    """How many idle connections the handler's pool keeps for one address."""
    handler._pool.maxPersistentPerHost = per_host


def share_robots_parser(middleware: RobotsTxtMiddleware, netloc: str, final_netloc: str) -> None:
    """Let `final_netloc` use the robots.txt parser fetched for `netloc` (whose robots.txt
    redirected there), unless it has its own or one is on the way. Called from an override of
    RobotsTxtMiddleware._parse_robots, once the parser for `netloc` is set."""
    parsers = middleware._parsers
    if final_netloc != netloc and final_netloc not in parsers:
        parsers[final_netloc] = parsers[netloc]
