"""One-off fetches (probing, discovery) through the crawl's own Scrapy stack.

Scrapy rather than a plain HTTP client, so that a probe is exactly as polite and routed as a
crawl: the same transport (and so the same mirror rule), robots.txt, one request at a time
per host, delay, AutoThrottle, User-Agent, timeout and retries. Spiders here only fetch; every
outcome, answered or not, becomes a `Fetch` that pure code elsewhere interprets.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import scrapy
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from scrapers.urls import host_of

NO_SUCH_HOST = "no such host"

SpiderT = TypeVar("SpiderT", bound=scrapy.Spider)

ERROR_STATUSES = list(range(400, 600))
"""Error statuses reach the callbacks: for a probe, a 404 is an answer, not a failure."""


@dataclass(frozen=True, slots=True)
class Fetch:
    """What one GET gave: the final URL and status after redirects, or why nothing answered."""

    url: str  # as asked
    final_url: str = ""
    status: int | None = None  # None: no HTTP answer
    body: str = ""  # decoded text of a text response
    error: str = ""  # why nothing answered: "no such host", "timeout", ...

    @property
    def answered(self) -> bool:
        """The host answered over HTTP, short of a server error."""
        return self.status is not None and self.status < 500

    @property
    def moved_to(self) -> str | None:
        """The other host the redirects led to, if they left the asked host."""
        final_host = host_of(self.final_url)
        return final_host if self.final_url and final_host != host_of(self.url) else None


def fetch_from_response(response: Response) -> Fetch:
    asked = response.meta.get("redirect_urls", [response.url])[0]
    body = response.text if isinstance(response, TextResponse) else ""
    return Fetch(asked, response.url, response.status, body)


def fetch_from_failure(failure: Failure) -> Fetch:
    request = failure.request  # type: ignore[attr-defined]
    asked = request.meta.get("redirect_urls", [request.url])[0]
    if failure.check(DNSLookupError):
        return Fetch(asked, error=_no_such_host(asked, request.url))
    if asked != request.url:
        return Fetch(asked, error=f"redirect to {request.url} not followed")
    return Fetch(asked, error=failure.getErrorMessage() or failure.type.__name__)


def _no_such_host(asked: str, reached: str) -> str:
    """ "no such host", naming the host a redirect led to when it is not the one asked."""
    moved_to = host_of(reached)
    return (
        NO_SUCH_HOST if moved_to == host_of(asked) else f"redirects to {moved_to}: {NO_SUCH_HOST}"
    )


class FetchSpider(scrapy.Spider):
    """Fetch the given URLs; subclasses chain further requests from `fetched`."""

    name = "fetch"
    allowed_domains = ("bawaslu.go.id",)
    custom_settings = {"ITEM_PIPELINES": {}, "RETRY_TIMES": 1}  # noqa: RUF012 (Scrapy's type)

    def __init__(self, urls: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = list(urls)
        self.fetches: list[Fetch] = []

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            yield self.request(url)

    def request(self, url: str, **cb_kwargs: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self._on_response,
            errback=self._on_failure,
            cb_kwargs=cb_kwargs,
            meta={"handle_httpstatus_list": ERROR_STATUSES},
            dont_filter=True,
        )

    def fetched(self, fetch: Fetch, **cb_kwargs: Any) -> Iterator[scrapy.Request]:
        """Keep the outcome; return the requests it leads to (none here)."""
        self.fetches.append(fetch)
        return iter(())

    def _on_response(self, response: Response, **cb_kwargs: Any) -> Iterator[scrapy.Request]:
        return self.fetched(fetch_from_response(response), **cb_kwargs)

    def _on_failure(self, failure: Failure) -> Iterator[scrapy.Request]:
        cb_kwargs = failure.request.cb_kwargs  # type: ignore[attr-defined]
        return self.fetched(fetch_from_failure(failure), **cb_kwargs)


def project_settings(**chosen: Any) -> Settings:
    """The project's Scrapy settings with a run's choices on top, at command-line priority."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    settings = get_project_settings()
    settings.setdict(chosen, priority="cmdline")
    return settings


def delay_settings(delay: float | None) -> dict[str, float]:
    """A chosen per-host delay, which is also where AutoThrottle starts."""
    return {} if delay is None else {"DOWNLOAD_DELAY": delay, "AUTOTHROTTLE_START_DELAY": delay}


def run_crawler(
    spider_class: type[scrapy.Spider], settings: Settings, **spider_kwargs: Any
) -> Crawler:
    """Run one spider to the end in this process (once: Twisted's reactor does not restart)
    and return its crawler, whose stats tell how the run went."""
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_class)
    process.crawl(crawler, **spider_kwargs)
    process.start()
    return crawler


def run_spider(
    spider_class: type[SpiderT],
    *,
    mirror_url: str | None = None,
    delay: float | None = None,
    timeout: float | None = None,
    log_level: str = "WARNING",
    **spider_kwargs: Any,
) -> SpiderT:
    """Run one fetching spider with the CLI's choices and return it, findings and all."""
    chosen: dict[str, Any] = {"LOG_LEVEL": log_level, "MIRROR_URL": mirror_url or ""}
    if timeout is not None:
        chosen["DOWNLOAD_TIMEOUT"] = timeout
    settings = project_settings(**chosen, **delay_settings(delay))
    spider = run_crawler(spider_class, settings, **spider_kwargs).spider
    assert isinstance(spider, spider_class)
    return spider
