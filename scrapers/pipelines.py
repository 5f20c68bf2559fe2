"""Hand what the spider yields to the archive: articles are saved, failures logged."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Self

from scrapy.crawler import Crawler

from archive.store import Archive
from scrapers.article import Article, FailedPage
from scrapers.registry import load_sites


class ArchivePipeline:
    """Write articles to the SQLite archive named by the `ARCHIVE_DB` setting."""

    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, crawler.settings.get("ARCHIVE_DB"))

    def open_spider(self) -> None:
        self.archive = Archive(self.db_path)
        self.archive.load_sites(load_sites())

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def process_item(self, item: Article | FailedPage) -> Article | FailedPage:
        assert self.archive is not None
        stats = self.crawler.stats
        if isinstance(item, FailedPage):
            stats.inc_value(f"failures/{item.kind}")
            stats.inc_value(f"failures/{item.kind}/{item.host}")
            self.crawler.spider.logger.warning(
                "%s failure on %s: %s", item.kind, item.url, item.message
            )
        else:
            outcome = self.archive.save_article(item, fetched_at=datetime.now(UTC))
            stats.inc_value(f"articles/{outcome}")
            stats.inc_value(f"articles/{outcome}/{item.host}")
        return item
