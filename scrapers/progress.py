"""A progress line for a crawl run by hand at a terminal (`PROGRESS_DISPLAY`).

Unattended runs keep Scrapy's plain log lines instead, which cron and journald record well;
the `crawl` command turns this display on only when stderr is a terminal.
"""

from __future__ import annotations

import sys
import time
from typing import Self, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

REDRAW_SECONDS = 0.5


class ProgressDisplay:
    """One line on stderr, redrawn in place: sites walked, requests, articles, errors."""

    def __init__(self, crawler: Crawler, stream: TextIO = sys.stderr) -> None:
        self.crawler = crawler
        self.stream = stream
        self.started = time.monotonic()
        self._loop = LoopingCall(self.draw)
        crawler.signals.connect(self.start, signal=signals.spider_opened)
        crawler.signals.connect(self.stop, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("PROGRESS_DISPLAY"):
            raise NotConfigured
        return cls(crawler)

    def start(self) -> None:
        self.started = time.monotonic()
        self._loop.start(REDRAW_SECONDS)

    def stop(self) -> None:
        if self._loop.running:
            self._loop.stop()
        self.draw()
        self.stream.write("\n")
        self.stream.flush()

    def draw(self) -> None:
        stats = self.crawler.stats
        sites = len(getattr(self.crawler.spider, "sites", ()))

        def count(key: str) -> int:
            return stats.get_value(key, 0)

        errors = sum(count(f"failures/{kind}") for kind in ("http", "network", "extraction"))
        line = (
            f"{time.monotonic() - self.started:6.0f}s  sites {count('sites/walked')}/{sites}"
            f"  requests {count('downloader/request_count')}"
            f"  new {count('articles/new')}  updated {count('articles/updated')}"
            f"  removed {count('articles/removed')}  errors {errors}"
        )
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
