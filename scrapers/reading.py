"""From a fetched article page to the Article the archive stores, with its resolved date.

Shared by the crawl (`scrapers.spiders.berita`) and by `bawaslu-archive reextract`, which
replays the WARC captures with no network: the same bytes, headers, listing line and crawl
date give the same Article. A page whose date names no year is read in two steps: `read_page`
with what the page itself says, then `settle` once the site's listing walk and its other dated
articles are known (`scrapers.dating`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from scrapers.article import Article, DateClue, ExtractionError
from scrapers.dates import find_dates, resolve_article_date
from scrapers.extract import parse_article
from scrapers.registry import Site
from scrapers.year_evidence import (
    YearEvidence,
    body_year_evidence,
    first_seen_evidence,
    last_modified_evidence,
    upload_evidence,
)

MAX_PAGE_BYTES = 4_000_000
MAX_PAGE_ELEMENTS = 30_000
"""A page beyond either budget is refused before parsing: news pages hold a few thousand
elements, and parsing time must stay bounded on a hostile page (a million nested `<div>`)
so that it never stalls the other sites of a crawl."""
OPENING_TAG = re.compile(rb"<[A-Za-z]")
REASON_LENGTH = 120


@dataclass(frozen=True, slots=True)
class PageReading:
    """An article page read, with the evidence for its year that the page itself holds."""

    article: Article  # dated with the page's own evidence
    evidence: tuple[YearEvidence, ...]
    today: date  # the crawl date, the reference for years left unwritten
    tz: str

    @property
    def year_open(self) -> bool:
        """Could the site's other articles still change (or give) its date? True when the
        date's year was not written, or no date was found."""
        found = self.article.date
        return found is None or "year_inferred" in found.flags


def read_page(
    body: bytes,
    url: str,
    content_type: str,
    site: Site,
    listing_date: str,
    today: date,
    *,
    last_modified: str = "",
    first_seen: date | None = None,
) -> PageReading:
    """The article on the page; raises NotAnArticle or ExtractionError as `parse_article`, and
    ExtractionError for a page over budget or one that fails in any other way, so that every
    unreadable page is counted with its reason rather than lost.

    `listing_date` is the date line of the listing row that linked the page ("" if none);
    `today` is the crawl date in the site's zone; `last_modified` the HTTP header;
    `first_seen` the day the archive first saw the page (None: today).
    """
    check_page_budget(body, url)
    try:
        return _read(body, url, content_type, site, listing_date, today, last_modified, first_seen)
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
    body: bytes,
    url: str,
    content_type: str,
    site: Site,
    listing_date: str,
    today: date,
    last_modified: str,
    first_seen: date | None,
) -> PageReading:
    article = parse_article(body, url, http_charset=charset_of(content_type))
    listing_clues = (DateClue("listing", listing_date),) if listing_date else ()
    article = replace(article, date_clues=article.date_clues + listing_clues)
    evidence = _page_evidence(article, site.timezone, today, last_modified, first_seen)
    return settle(PageReading(article, evidence, today, site.timezone))


def settle(reading: PageReading, site_evidence: Sequence[YearEvidence] = ()) -> PageReading:
    """The reading dated again with the evidence of the page and of the rest of the site."""
    article = reading.article
    evidence = (*reading.evidence, *site_evidence)
    found = resolve_article_date(
        article.date_clues, reference=reading.today, tz=reading.tz, evidence=evidence
    )
    return replace(reading, article=replace(article, date=found))


def _page_evidence(
    article: Article, tz: str, today: date, last_modified: str, first_seen: date | None
) -> tuple[YearEvidence, ...]:
    uploads = [image.url for image in article.images] + list(article.attachments)
    text = f"{article.title}\n{article.lead}\n{article.body}"
    written = [
        mention.date
        for mention in find_dates(text, reference=today, tz=tz)
        if not {"year_inferred", "future"} & set(mention.flags)
    ]
    found = [
        first_seen_evidence(min(first_seen or today, today)),
        last_modified_evidence(last_modified, tz),
        upload_evidence(uploads),
        *body_year_evidence(text, written),
    ]
    return tuple(clue for clue in found if clue is not None)


def charset_of(content_type: str) -> str | None:
    """The charset a Content-Type header names, if any."""
    _, _, charset = content_type.lower().partition("charset=")
    return charset.strip(" \"';") or None
