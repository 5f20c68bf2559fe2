"""From a fetched article page to the Article the archive stores, with its resolved date.

Shared by the crawl (`scrapers.spiders.berita`) and by `bawaslu-archive reextract`, which
replays the WARC captures with no network: the same bytes, listing line and crawl date give
the same Article.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from scrapers.article import Article, DateClue
from scrapers.dates import resolve_article_date
from scrapers.extract import parse_article
from scrapers.registry import Site


def read_article(
    body: bytes, url: str, content_type: str, site: Site, listing_date: str, today: date
) -> Article:
    """The article on the page; raises NotAnArticle or ExtractionError as `parse_article`.

    `listing_date` is the date line of the listing row that linked the page ("" if none);
    `today` is the crawl date in the site's zone, the reference for years left unwritten.
    """
    article = parse_article(body, url, http_charset=charset_of(content_type))
    listing_clues = (DateClue("listing", listing_date),) if listing_date else ()
    clues = article.date_clues + listing_clues
    resolved = resolve_article_date(clues, reference=today, tz=site.timezone)
    return replace(article, date_clues=clues, date=resolved)


def charset_of(content_type: str) -> str | None:
    """The charset a Content-Type header names, if any."""
    _, _, charset = content_type.lower().partition("charset=")
    return charset.strip(" \"';") or None
