"""Hand what the spider yields to the archive's `RunRecorder`: the crawl's Scrapy side.

The pipeline is the crawl's only writer to the database, so every write is in its own short
transaction (see `archive.store` and `archive.runlog`): a crawl killed at any moment leaves
what it archived so far, and the next run picks up from there. So does a crawl that fills the
disk: it stops, and its run is closed as failed with the problem "disk full writing ...".
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from logging import WARNING
from typing import TYPE_CHECKING, Self, cast

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

from archive.disk import disk_full_problem, is_disk_full
from archive.recorder import FailureLimits, Item, RunRecorder
from archive.store import Archive
from scrapers.article import FailedPage
from scrapers.middlewares import run_options, stop_for_full_disk
from scrapers.opslog import emit, report_run

if TYPE_CHECKING:
    from scrapers.spiders.berita import BeritaSpider


class ArchivePipeline:
    """Write to the SQLite archive named by the `ARCHIVE_DB` setting."""

    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.recorder: RunRecorder | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        pipeline = cls(crawler, crawler.settings.get("ARCHIVE_DB"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = cast("BeritaSpider", self.crawler.spider)  # the one spider that has a registry
        settings, stats = self.crawler.settings, self.crawler.stats
        archive = Archive(self.db_path)
        archive.load_sites(spider.registry)
        hosts = [site.host for site in spider.sites]
        self.recorder = RunRecorder(archive, hosts, run_options(settings), failure_limits(settings))
        skipped = [(skipped.site.host, skipped.reason) for skipped in spider.sites.skipped]
        warc = stats.get_value("warc/path") or ""
        stats.set_value("run/id", self.recorder.start(datetime.now(UTC), warc, skipped))

    def spider_closed(self, reason: str) -> None:
        """Write the run's counts and outcome, then close the database."""
        if self.recorder is None:
            return
        stats = self.crawler.stats
        requests = {host: stats.get_value(f"requests/{host}", 0) for host in self.recorder.hosts}
        full = stats.get_value("run/disk_full")
        failure = disk_full_problem(full) if full else ""
        try:
            outcome = self.recorder.finish(
                datetime.now(UTC), requests, reason != "finished", failure
            )
        except sqlite3.Error as error:
            if not is_disk_full(error):
                raise
            outcome = self.recorder.finish_on_full_disk(datetime.now(UTC), self.db_path)
        stats.set_value("run/status", outcome.status)
        stats.set_value("run/problems", list(outcome.problems))
        report_run(self.recorder, requests, outcome)
        self.recorder.archive.close()
        self.recorder = None

    def process_item(self, item: Item) -> Item:
        assert self.recorder is not None
        if self.crawler.stats.get_value("run/disk_full"):
            return item  # the crawl is closing: what is still in flight is not archived
        try:
            self.crawler.stats.inc_value(self.recorder.record(item, datetime.now(UTC)))
        except sqlite3.Error as error:
            if not is_disk_full(error):
                raise
            stop_for_full_disk(self.crawler, self.db_path)
            return item
        if isinstance(item, FailedPage):
            message = f"{item.kind} failure on {item.url}: {item.message}"
            emit("failure", message, WARNING, host=item.host, url=item.url, kind=item.kind)
        return item


def failure_limits(settings: BaseSettings) -> FailureLimits:
    return FailureLimits(
        settings.getfloat("EXTRACTION_FAILURE_LIMIT"),
        settings.getint("EXTRACTION_FAILURE_MIN_PAGES"),
    )
