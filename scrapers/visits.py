"""What the spider tells the pipeline besides articles: how each page answered, and when a
site's listing walk ended. The pipeline turns them into the crawler's memory
(`archive.runlog`), removal marks and the run's counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ROLES = ("first_listing", "listing", "article")
OUTCOMES = ("fetched", "not_modified", "gone", "not_article", "failed")

WARC_FIELDS = "warc_fields"
"""Request meta key: extra named fields the WARC capture writes on the response record, so a
replay (`bawaslu-archive reextract`) reads each page with what the crawl knew about it."""
ROLE_FIELD = "Bawaslu-Page-Role"
CRAWL_DATE_FIELD = "Bawaslu-Crawl-Date"
LISTING_DATE_FIELD = "Bawaslu-Listing-Date"
RUN_OPTIONS_FIELD = "bawaslu-run-options"
"""warcinfo field: the run's options as JSON, for the run log of a replay."""


@dataclass(frozen=True, slots=True)
class PageVisit:
    """One request's answer as the crawl's memory needs it.

    `outcome`: fetched (200, read), not_modified (304), gone (404/410), not_article (a
    listing, profile or themed error page), failed (no usable answer, or unreadable).
    """

    url: str
    host: str
    role: str  # one of ROLES
    outcome: str  # one of OUTCOMES
    on: date  # the crawl date the page was checked
    etag: str = ""
    last_modified: str = ""
    listing_date: str = ""  # the listing row's date line, for an article


@dataclass(frozen=True, slots=True)
class ListingWalked:
    """The spider finished walking a site's listing, from `listing_url` (its first page after
    redirects) to a page of known articles, or to the end when `reached_end`."""

    host: str
    listing_url: str
    reached_end: bool
