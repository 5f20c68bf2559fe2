"""Politeness at broad-crawl scale: each host's delay clock, and which host goes next.

Scrapy spaces the moments it *starts* two downloads from one host by `DOWNLOAD_DELAY`. When
the event loop is busy (a broad crawl parsing and storing hundreds of pages a second), the
first request may leave late and the second on time, so the server sees them closer than the
delay. Restarting the host's delay clock when its answer arrives makes the server-side gap at
least the delay plus the response time, whatever the loop does; the price is that response
time once per request. `HostLeaseMiddleware` does the same across a fleet.

No crawl can end before its largest site has been walked one request per delay, so when the
crawler cannot serve every host at once, `LongestBacklogFirstQueue` serves first the idle
host with the most requests waiting: the critical path never waits behind the long tail.
"""

from __future__ import annotations

from time import monotonic
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue


class DelayAfterAnswer:
    """Enabled by the `DELAY_AFTER_ANSWER` setting."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.answered, signal=signals.response_downloaded)
        crawler.signals.connect(self.answered, signal=signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DELAY_AFTER_ANSWER"):
            raise NotConfigured
        return cls(crawler)

    def answered(self, request: Request, **_: Any) -> None:
        """Sent before the downloader picks the host's next request (on success)."""
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.lastseen = monotonic()


class LongestBacklogFirstQueue(DownloaderAwarePriorityQueue):
    """Scrapy's downloader-aware queue (least busy host first), ties going to the host with
    the most requests waiting rather than to the next host name in turn."""

    def _next_slot(self, stats: list[tuple[int, str]], *, update_state: bool) -> str:
        least_busy = min(active for active, _ in stats)
        idle = [slot for active, slot in stats if active == least_busy]
        return max(idle, key=lambda slot: len(self.pqueues[slot]))
