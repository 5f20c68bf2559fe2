"""Count each host's download delay from the end of its last answer, not from the request.

Scrapy spaces the moments it *starts* two downloads from one host by `DOWNLOAD_DELAY`. When
the event loop is busy (a broad crawl parsing and storing hundreds of pages a second), the
first request may leave late and the second on time, so the server sees them closer than the
delay. Restarting the host's delay clock when its answer arrives makes the server-side gap at
least the delay plus the response time, whatever the loop does; the price is that response
time once per request. `HostLeaseMiddleware` does the same across a fleet.
"""

from __future__ import annotations

from time import monotonic
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request


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
