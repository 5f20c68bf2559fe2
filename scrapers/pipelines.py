"""Hand what the spider yields to the archive: articles saved, page answers remembered,
removals marked, failures logged, and the run's outcome written when the spider closes.

The pipeline is the crawl's only writer to the database, so every write is in its own short
transaction (see `archive.store` and `archive.runlog`): a crawl killed at any moment leaves
what it archived so far, and the next run picks up from there.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from archive.runlog import RunLog, Validators
from archive.store import Archive
from scrapers.article import Article, FailedPage
from scrapers.visits import ListingWalked, PageVisit

Item = Article | FailedPage | PageVisit | ListingWalked
ERROR_COUNTS = {
    "http": "http_errors",
    "network": "network_errors",
    "extraction": "extraction_failures",
}
RUN_OPTIONS = ("CRAWL_FULL", "CRAWL_TODAY", "MIRROR_URL", "DOWNLOAD_DELAY", "REVISIT_AFTER_DAYS")


class ArchivePipeline:
    """Write to the SQLite archive named by the `ARCHIVE_DB` setting."""

    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.archive: Archive | None = None
        self.runlog: RunLog | None = None
        self.run_id = 0
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.messages: dict[str, str] = {}  # URL -> why it failed, for the run's problems
        self.listing_failures: dict[str, str] = {}  # host -> why its first listing page failed

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        pipeline = cls(crawler, crawler.settings.get("ARCHIVE_DB"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.archive = Archive(self.db_path)
        self.archive.load_sites(self.crawler.spider.registry)
        self.runlog = self.archive.runlog
        stats = self.crawler.stats
        options = _run_options(self.crawler.settings, self.crawler.spider)
        warc = stats.get_value("warc/path") or ""
        self.run_id = self.runlog.start_run(options, warc, datetime.now(UTC))
        self.runlog.begin_walks([site.host for site in self.crawler.spider.sites], self.run_id)
        for skipped in self.crawler.spider.sites.skipped:
            url = f"https://{skipped.site.host}/"
            self.runlog.add_error(self.run_id, url, skipped.site.host, "skipped", skipped.reason)
        stats.set_value("run/id", self.run_id)

    def spider_closed(self, reason: str) -> None:
        """Write the run's counts and outcome, then close the database."""
        if self.archive is None or self.runlog is None:
            return
        problems = self.problems()
        status = self.runlog.finish_run(
            self.run_id,
            datetime.now(UTC),
            self.site_counts(),
            problems,
            interrupted=reason != "finished",
        )
        self.crawler.stats.set_value("run/status", status)
        self.crawler.stats.set_value("run/problems", problems)
        self.archive.close()
        self.archive = None

    def process_item(self, item: Item) -> Item:
        if isinstance(item, Article):
            self._save(item)
        elif isinstance(item, PageVisit):
            self._remember(item)
        elif isinstance(item, FailedPage):
            self._log_failure(item)
        else:
            self._walked(item)
        return item

    def site_counts(self) -> dict[str, dict[str, int]]:
        stats = self.crawler.stats
        return {
            site.host: {
                **self.counts[site.host],
                "requests": stats.get_value(f"requests/{site.host}", 0),
            }
            for site in self.crawler.spider.sites
        }

    def problems(self) -> list[str]:
        """One line per site that needs a person: unreachable, or too many unreadable pages."""
        settings = self.crawler.settings
        limit = settings.getfloat("EXTRACTION_FAILURE_LIMIT")
        least = settings.getint("EXTRACTION_FAILURE_MIN_PAGES")
        problems = []
        for site in self.crawler.spider.sites:
            counts = self.counts[site.host]
            failed_listing = self.listing_failures.get(site.host)
            if failed_listing is not None:
                state = "unreachable" if not counts["answered"] else "listing unavailable"
                problems.append(f"{site.host}: {state} ({failed_listing})")
            read = counts["new"] + counts["updated"] + counts["unchanged_fetched"]
            failures = counts["extraction_failures"]
            if failures >= least and failures > limit * (read + failures):
                problems.append(
                    f"{site.host}: {failures} of {read + failures} article pages unreadable "
                    f"(limit {limit:.0%}): has the layout changed?"
                )
        return problems

    def _save(self, article: Article) -> None:
        assert self.archive is not None
        outcome = self.archive.save_article(article, fetched_at=datetime.now(UTC))
        self.counts[article.host][outcome] += 1
        if outcome == "unchanged":
            self.counts[article.host]["unchanged_fetched"] += 1
        self.crawler.stats.inc_value(f"articles/{outcome}")

    def _remember(self, visit: PageVisit) -> None:
        assert self.archive is not None and self.runlog is not None
        counts = self.counts[visit.host]
        if visit.outcome != "failed":
            counts["answered"] += 1
        if visit.outcome == "not_modified":
            self.runlog.note_checked(visit.url, visit.on)
            if visit.role == "article":
                counts["unchanged"] += 1
                self.archive.mark_present(visit.url, datetime.now(UTC))
        elif visit.outcome == "failed":
            self._remember_failure(visit)
        else:
            self.runlog.note_page(
                visit.url,
                visit.host,
                _page_kind(visit),
                visit.on,
                Validators(visit.etag, visit.last_modified),
                visit.listing_date,
            )
            if visit.outcome == "gone" and self.archive.mark_removed(visit.url, datetime.now(UTC)):
                counts["removed"] += 1
                self.crawler.stats.inc_value("articles/removed")

    def _remember_failure(self, visit: PageVisit) -> None:
        assert self.runlog is not None
        if visit.role == "first_listing":
            self.listing_failures[visit.host] = self.messages.get(visit.url, "no answer")
        elif visit.role == "article":
            self.runlog.note_failed(visit.url, visit.host, visit.on)

    def _log_failure(self, failure: FailedPage) -> None:
        assert self.runlog is not None
        self.counts[failure.host][ERROR_COUNTS[failure.kind]] += 1
        self.messages[failure.url] = failure.message
        self.runlog.add_error(self.run_id, failure.url, failure.host, failure.kind, failure.message)
        self.crawler.stats.inc_value(f"failures/{failure.kind}")
        self.crawler.spider.logger.warning(
            "%s failure on %s: %s", failure.kind, failure.url, failure.message
        )

    def _walked(self, walked: ListingWalked) -> None:
        assert self.runlog is not None
        self.crawler.stats.inc_value("sites/walked")
        self.runlog.note_listing_walked(
            walked.host, walked.listing_url, self.run_id, walked.reached_end, datetime.now(UTC)
        )


def _page_kind(visit: PageVisit) -> str:
    """What crawl_pages remembers the URL as."""
    if visit.role != "article":
        return "listing"
    return {"fetched": "article", "gone": "gone", "not_article": "not_article"}[visit.outcome]


def _run_options(settings: Settings, spider: Any) -> dict[str, Any]:
    """The options a person reading the run log needs to understand the run."""
    options: dict[str, Any] = {name.lower(): settings.get(name) for name in RUN_OPTIONS}
    options["sites"] = [site.host for site in spider.sites]
    return json.loads(json.dumps(options, default=str))
