"""From a fetched article page to the Article the archive stores, with its resolved date.

Shared by the crawl (`scrapers.spiders.berita`) and by `bawaslu-archive reextract`, which
replays the WARC captures with no network: the same bytes, listing line and crawl date give
the same Article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from scrapers.article import Article, DateClue, ExtractionError
from scrapers.dates import resolve_article_date
from scrapers.extract import parse_article
from scrapers.registry import Site

MAX_PAGE_BYTES = 4_000_000
MAX_PAGE_ELEMENTS = 30_000
"""A page beyond either budget is refused before parsing: news pages hold a few thousand
elements, and parsing time must stay bounded on a hostile page (a million nested `<div>`)
so that it never stalls the other sites of a crawl."""
OPENING_TAG = re.compile(rb"<[A-Za-z]")
REASON_LENGTH = 120


def read_article(
    body: bytes, url: str, content_type: str, site: Site, listing_date: str, today: date
) -> Article:
    """The article on the page; raises NotAnArticle or ExtractionError as `parse_article`,
    and ExtractionError for a page over budget or one that fails in any other way, so that
    every unreadable page is counted with its reason rather than lost.

    `listing_date` is the date line of the listing row that linked the page ("" if none);
    `today` is the crawl date in the site's zone, the reference for years left unwritten.
    """
    check_page_budget(body, url)
    try:
        return _read(body, url, content_type, site, listing_date, today)
    except ExtractionError:
        raise
    except Exception as error:  # a bug met on one page fails that page, counted
        reason = f"unexpected {type(error).__name__}: {error}"[:REASON_LENGTH]
        raise ExtractionError(reason, url) from error


def check_page_budget(body: bytes, url: str) -> None:
    """Refuse, with a reason, a page too large or with too many elements to parse in time."""
    if len(body) > MAX_PAGE_BYTES:
        raise ExtractionError(f"page over {MAX_PAGE_BYTES} bytes", url)
    elements = sum(1 for _ in OPENING_TAG.finditer(body))
    if elements > MAX_PAGE_ELEMENTS:
        raise ExtractionError(f"page over {MAX_PAGE_ELEMENTS} elements", url)


def _read(
    body: bytes, url: str, content_type: str, site: Site, listing_date: str, today: date
) -> Article:
    article = parse_article(body, url, http_charset=charset_of(content_type))
    listing_clues = (DateClue("listing", listing_date),) if listing_date else ()
    clues = article.date_clues + listing_clues
    resolved = resolve_article_date(clues, reference=today, tz=site.timezone)
    return replace(article, date_clues=clues, date=resolved)


def charset_of(content_type: str) -> str | None:
    """The charset a Content-Type header names, if any."""
    _, _, charset = content_type.lower().partition("charset=")
    return charset.strip(" \"';") or None
