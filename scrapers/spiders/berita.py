"""The news spider: each site's listing pages, newest first, then every article they link.

It only decides what to fetch. Reading a page is `scrapers.extract` (pure), storing is the
pipeline; a page that cannot be read becomes a `FailedPage` for the run log.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from scrapers.article import DateClue, ExtractionError, FailedPage, NotAnArticle
from scrapers.dates import listing_clues, local_today, resolve_article_date
from scrapers.extract import parse_article, parse_listing
from scrapers.registry import Site, load_sites, select_sites

LISTING_PATH = "/berita"


class BeritaSpider(scrapy.Spider):
    """Crawl `/berita` of the selected sites (`-a sites=host1,host2`, `-a province=18`, ...)."""

    name = "berita"
    allowed_domains = ("bawaslu.go.id",)

    def __init__(
        self,
        sites: str = "",
        province: str | None = None,
        level: str | None = None,
        all_sites: str | bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        hosts = tuple(h.strip().lower() for h in sites.split(",") if h.strip())
        self.sites = select_sites(
            load_sites(),
            hosts=hosts,
            province=province,
            level=level,
            all_sites=str(all_sites).lower() in ("1", "true", "yes"),
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for site in self.sites:
            yield scrapy.Request(
                f"https://{site.host}{LISTING_PATH}",
                callback=self.parse_listing,
                errback=self.record_failure,
                cb_kwargs={"site": site},
            )

    def parse_listing(self, response: Response, site: Site) -> Iterator[Any]:
        listing = parse_listing(response.body, response.url)
        clues = listing_clues(
            [entry.date_text for entry in listing.entries],
            reference=local_today(site.timezone),
            tz=site.timezone,
        )
        for entry, clue in zip(listing.entries, clues, strict=True):
            yield scrapy.Request(
                entry.url,
                callback=self.parse_article,
                errback=self.record_failure,
                cb_kwargs={"site": site, "listing_clues": (clue,) if clue else ()},
            )
        if listing.next_url:
            yield scrapy.Request(
                listing.next_url,
                callback=self.parse_listing,
                errback=self.record_failure,
                cb_kwargs={"site": site},
            )

    def parse_article(
        self, response: Response, site: Site, listing_clues: tuple[DateClue, ...]
    ) -> Iterator[Any]:
        try:
            article = parse_article(response.body, response.url, http_charset=_charset(response))
        except NotAnArticle:
            self.crawler.stats.inc_value("articles/not_an_article")
            return
        except ExtractionError as error:
            yield FailedPage(response.url, site.host, "extraction", error.reason)
            return
        clues = article.date_clues + listing_clues
        reference = local_today(site.timezone)
        date = resolve_article_date(clues, reference=reference, tz=site.timezone)
        yield replace(article, date_clues=clues, date=date)

    def record_failure(self, failure: Failure) -> Iterator[FailedPage]:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            return  # forbidden by robots.txt or filtered: a decision, not a failure
        response = getattr(failure.value, "response", None)
        kind = "http" if response is not None else "network"
        message = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        site: Site = request.cb_kwargs["site"]
        yield FailedPage(request.url, site.host, kind, message)


def _charset(response: Response) -> str | None:
    """The charset named by the Content-Type header, if any."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    _, _, charset = content_type.partition("charset=")
    return charset.strip(" \"';") or None
