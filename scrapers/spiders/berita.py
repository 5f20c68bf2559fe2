"""The news spider: each site's listing pages, newest first, then the articles worth asking for.

It only decides what to fetch. A nightly run is incremental: it walks a listing until a page
whose articles are all known, asks for the unknown ones, retries those that failed last time
and revisits archived articles whose revisit day (`REVISIT_AFTER_DAYS` after publication) has
come, with conditional requests (ETag, Last-Modified). A site whose last walk was cut short or
never reached the end is walked to the end; `CRAWL_FULL` walks and revisits everything.
Any walk ends at a page that lists nothing new in that walk: a pager that never ends.
What the crawl remembers between runs is `archive.runlog`; reading a page is
`scrapers.reading` (pure); storing is the pipeline. An article whose date names no year waits
(`scrapers.dating`) until every request of its site is answered, then takes its year from the
site's listing walk and dated articles; its visit is recorded with it, so a crawl killed
before leaves it unknown, to be asked for again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Self

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from archive.memory import read_crawl_log
from archive.runlog import SiteMemory, Sweep, Validators
from scrapers.article import ExtractionError, FailedPage, NotAnArticle
from scrapers.dates import local_today
from scrapers.dating import ArchivedDates, SiteDating, archived_dates
from scrapers.extract import parse_listing
from scrapers.reading import check_page_budget, read_page
from scrapers.registry import LARGE_LEVELS, Site, load_sites, select_sites
from scrapers.urls import canonical_url
from scrapers.visits import (
    CRAWL_DATE_FIELD,
    LISTING_DATE_FIELD,
    ROLE_FIELD,
    WARC_FIELDS,
    ListingWalked,
    PageVisit,
)

LISTING_PATH = "/berita"
GONE = (404, 410)
SETTLE_URL = "data:,"
"""Asked (no network) when the crawl would end with articles still waiting for their year;
its WARC record has no page role, so a replay skips it."""


class BeritaSpider(scrapy.Spider):
    """Crawl `/berita` of the selected sites (`-a sites=host1,host2`, `-a province=18`, ...);
    `-a registry=PATH` reads another registry CSV than the packaged one."""

    name = "berita"
    allowed_domains = ("bawaslu.go.id",)

    def __init__(
        self,
        sites: str = "",
        province: str | None = None,
        level: str | None = None,
        all_sites: str | bool = False,
        registry: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        hosts = tuple(h.strip().lower() for h in sites.split(",") if h.strip())
        self.registry = load_sites(Path(registry) if registry else None)
        self.sites = select_sites(
            self.registry,
            hosts=hosts,
            province=province,
            level=level,
            all_sites=_flag(all_sites),
        )
        self.memory: dict[str, SiteMemory] = {}
        self.full = False
        self.crawl_today: date | None = None
        self._requested: set[str] = set()
        self.dating: SiteDating[PageVisit] = SiteDating()
        self._unanswered: Counter[str] = Counter()  # per host: requests not yet called back
        self._listings: set[str] = set()  # listing URLs asked for: a pager loop is not followed

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        """Read the crawl's memory before the pipeline opens the run that changes it."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.settle_waiting, signal=signals.spider_idle)
        settings = crawler.settings
        spider.full = settings.getbool("CRAWL_FULL")
        spider.dating = SiteDating(wait=settings.getbool("DATES_WAIT_FOR_SITE", True))
        today = settings.get("CRAWL_TODAY")
        spider.crawl_today = date.fromisoformat(today) if today else None
        revisit_days = [int(days) for days in settings.getlist("REVISIT_AFTER_DAYS")]
        sweep = Sweep(
            settings.getint("SWEEP_PERIOD_DAYS"),
            settings.getint("SWEEP_REST_DAYS"),
            settings.getint("SWEEP_BUDGET_PER_SITE"),
        )
        with read_crawl_log(settings.get("ARCHIVE_DB")) as runlog:
            spider.memory = {
                site.host: runlog.load_memory(
                    site.host, spider.today(site), revisit_days, spider.full, sweep
                )
                if runlog
                else SiteMemory(site.host)
                for site in spider.sites
            }
            for site in spider.sites:
                spider.dating.remember(
                    site.host,
                    archived_dates(runlog.db, site.host, site.timezone)
                    if runlog
                    else ArchivedDates(),
                )
        return spider

    def today(self, site: Site) -> date:
        """The crawl date: `CRAWL_TODAY` if set, else today in the site's zone."""
        return self.crawl_today or local_today(site.timezone)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for site in sorted(self.sites, key=self._expected_requests, reverse=True):
            memory = self.memory[site.host]
            first = memory.listing_url or f"https://{site.host}{LISTING_PATH}"
            conditional = not memory.needs_full_walk
            yield self._listing_request(first, site, "", conditional)
            for url in dict.fromkeys(memory.pending + memory.due):
                request = self._article_request(url, site, conditional=True)
                if request is not None:
                    yield request

    def _expected_requests(self, site: Site) -> tuple[int, bool]:
        """How much a site will ask of this run, to start the largest first: no crawl ends
        before its largest site. Before any walk, provincial offices publish the most."""
        memory = self.memory[site.host]
        walk = len(memory.known) if memory.needs_full_walk else 0
        return walk + len(memory.due) + len(memory.pending), site.level in LARGE_LEVELS

    def parse_listing(
        self, response: Response, site: Site, listing_url: str, walked: frozenset[int] = frozenset()
    ) -> Iterator[Any]:
        yield from self._read_listing(response, site, listing_url, walked)
        yield from self._answered(site.host)

    def _read_listing(
        self, response: Response, site: Site, listing_url: str, walked: frozenset[int]
    ) -> Iterator[Any]:
        """`walked`: the article URLs (`walk_key`s) the pages before this one listed in this
        walk. A page that lists none beyond them ends the walk, so a pager that never ends (it
        repeats its last page with a next link) costs one extra request."""
        memory = self.memory[site.host]
        role = "listing" if listing_url else "first_listing"
        listing_url = listing_url or response.url
        if response.status == 304:
            yield self._visit(response, site, role, "not_modified")
            yield ListingWalked(site.host, listing_url, reached_end=False)
            return
        try:
            check_page_budget(response.body, response.url)
        except ExtractionError as error:
            yield FailedPage(response.url, site.host, "extraction", error.reason)
            yield self._visit(response, site, role, "failed")
            return
        listing = parse_listing(response.body, response.url)
        self.dating.walked(site.host, listing.entries, reference=self.today(site), tz=site.timezone)
        yield self._visit(response, site, role, "fetched")
        for entry in listing.entries:
            if self.full or entry.url not in memory.known:
                request = self._article_request(entry.url, site, entry.date_text, self.full)
                if request is not None:
                    yield request
        listed = {walk_key(entry.url) for entry in listing.entries}
        brings_new = not listed <= walked
        all_known = all(entry.url in memory.known for entry in listing.entries)
        if listing.next_url in self._listings:
            yield ListingWalked(site.host, listing_url, reached_end=True)
        elif listing.next_url and brings_new and (memory.needs_full_walk or not all_known):
            yield self._listing_request(
                listing.next_url, site, listing_url, conditional=False, walked=walked | listed
            )
        else:
            repeated = bool(listed) and not brings_new
            yield ListingWalked(site.host, listing_url, listing.next_url is None or repeated)

    def parse_article(self, response: Response, site: Site, listing_date: str) -> Iterator[Any]:
        yield from self._read_article(response, site, listing_date)
        yield from self._answered(site.host)

    def _read_article(self, response: Response, site: Site, listing_date: str) -> Iterator[Any]:
        if response.status == 304:
            yield self._visit(response, site, "article", "not_modified")
            return
        if response.status in GONE:
            yield self._visit(response, site, "article", "gone")
            return
        headers = response.headers
        try:
            reading = read_page(
                response.body,
                response.url,
                (headers.get(b"Content-Type") or b"").decode("latin-1"),
                site,
                listing_date,
                self.today(site),
                last_modified=(headers.get(b"Last-Modified") or b"").decode("latin-1"),
                first_seen=self.dating.first_seen(site.host, response.url),
            )
        except NotAnArticle:
            yield self._visit(response, site, "article", "not_article")
            return
        except ExtractionError as error:
            yield FailedPage(response.url, site.host, "extraction", error.reason)
            yield self._visit(response, site, "article", "failed")
            return
        visit = self._visit(response, site, "article", "fetched", listing_date)
        for article, its_visit in self.dating.read(site.host, reading, visit):
            yield article
            yield its_visit

    def settle_waiting(self) -> None:
        """At the end, articles whose site never counted all its answers (the scheduler drops a
        redirect to a page already asked for, without a callback) are dated with what came."""
        if self.dating.waiting_hosts():
            request = scrapy.Request(SETTLE_URL, callback=self._settle_all, dont_filter=True)
            self.crawler.engine.crawl(request)
            raise DontCloseSpider

    def _settle_all(self, response: Response) -> Iterator[Any]:
        for host in self.dating.waiting_hosts():
            for article, visit in self.dating.settle(host):
                yield article
                yield visit

    def _answered(self, host: str) -> Iterator[Any]:
        """Count one answer; when the site has none left to come, its waiting articles."""
        self._unanswered[host] -= 1
        if self._unanswered[host] > 0:
            return
        for article, visit in self.dating.settle(host):
            yield article
            yield visit

    def record_failure(self, failure: Failure) -> Iterator[FailedPage | PageVisit]:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            return  # forbidden by robots.txt or filtered: a decision, not a failure
        response = getattr(failure.value, "response", None)
        kind = "http" if response is not None else "network"
        message = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        site: Site = request.cb_kwargs["site"]
        role = request.meta["role"]
        yield FailedPage(request.url, site.host, kind, message)
        yield PageVisit(request.url, site.host, role, "failed", self.today(site))

    def answer_failure(self, failure: Failure) -> Iterator[FailedPage | PageVisit | Any]:
        """The errback: record the failure, and count it as the site's answer."""
        yield from self.record_failure(failure)
        yield from self._answered(failure.request.cb_kwargs["site"].host)  # type: ignore[attr-defined]

    def _listing_request(
        self,
        url: str,
        site: Site,
        listing_url: str,
        conditional: bool,
        walked: frozenset[int] = frozenset(),
    ) -> scrapy.Request:
        role = "listing" if listing_url else "first_listing"
        self._listings.add(url)
        self._unanswered[site.host] += 1
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.answer_failure,
            headers=self._validators(site, url) if conditional else None,
            cb_kwargs={"site": site, "listing_url": listing_url, "walked": walked},
            meta={"role": role, "handle_httpstatus_list": [304], **self._capture(site, role)},
        )

    def _article_request(
        self, url: str, site: Site, listing_date: str = "", conditional: bool = False
    ) -> scrapy.Request | None:
        """A request for an article page, or None if this run already asked for it."""
        if url in self._requested:
            return None
        self._requested.add(url)
        self._unanswered[site.host] += 1
        listing_date = listing_date or self.memory[site.host].listing_dates.get(url, "")
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.answer_failure,
            headers=self._validators(site, url) if conditional else None,
            cb_kwargs={"site": site, "listing_date": listing_date},
            meta={
                "role": "article",
                "handle_httpstatus_list": [304, *GONE],
                **self._capture(site, "article", listing_date),
            },
        )

    def _capture(self, site: Site, role: str, listing_date: str = "") -> dict[str, Any]:
        """What the WARC record of the answer must say for a replay to read it alike."""
        fields = {ROLE_FIELD: role, CRAWL_DATE_FIELD: self.today(site).isoformat()}
        if listing_date:
            fields[LISTING_DATE_FIELD] = listing_date
        return {WARC_FIELDS: fields}

    def _validators(self, site: Site, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from what the server said last time."""
        known = self.memory[site.host].validators.get(url, Validators())
        headers = {}
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    def _visit(
        self, response: Response, site: Site, role: str, outcome: str, listing_date: str = ""
    ) -> PageVisit:
        headers = response.headers
        return PageVisit(
            # An article is remembered by the URL the archive and the listings know it by.
            url=canonical_url(response.url) if role == "article" else response.url,
            host=site.host,
            role=role,
            outcome=outcome,
            on=self.today(site),
            etag=(headers.get(b"ETag") or b"").decode("latin-1"),
            last_modified=(headers.get(b"Last-Modified") or b"").decode("latin-1"),
            listing_date=listing_date,
        )


def walk_key(url: str) -> int:
    """A stable 64-bit digest of a URL: what a listing request carries of each article its
    walk has listed, small enough for a deep walk's requests in a fleet's shared queue."""
    return int.from_bytes(hashlib.blake2b(url.encode(), digest_size=8).digest(), "big")


def _flag(value: str | bool) -> bool:
    return str(value).lower() in ("1", "true", "yes")
