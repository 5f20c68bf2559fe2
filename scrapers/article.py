"""Records that flow from extraction to the archive.

They are plain frozen dataclasses with no Scrapy in them, so extraction stays a pure
function of (html, url) and every stage can be tested and re-run over stored pages.
"""

from __future__ import annotations

from dataclasses import dataclass

DATE_SOURCES = ("meta", "byline", "url", "listing", "body")
"""Where an article's date came from, most trustworthy first."""


@dataclass(frozen=True, slots=True)
class Credit:
    """One person or office credited on the page, e.g. role "editor", name "Ahmad"."""

    role: str  # editor | writer | photo | design | author (a bare office or sign-off)
    name: str


@dataclass(frozen=True, slots=True)
class Image:
    url: str  # absolute
    alt: str = ""
    caption: str = ""


@dataclass(frozen=True, slots=True)
class DateClue:
    """A date-bearing string found on the page, before it is parsed.

    `source` is one of DATE_SOURCES; `text` is the string exactly as found
    (a meta tag's content, a byline, the URL path, a body sentence).
    """

    source: str
    text: str


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The date the archive shows for an article, and how sure it is."""

    published_date: str  # ISO local calendar date, e.g. "2023-12-28"
    precision: str  # datetime | day | month | year
    source: str  # one of DATE_SOURCES
    raw: str  # the text the date was read from
    published_at: str | None = None  # ISO 8601 with UTC offset, only when a time was written
    flags: tuple[str, ...] = ()  # year_inferred, weekday_mismatch, relative, approx, range,
    # future, year_conflict
    year_source: str = ""  # what decided the year: one of scrapers.year_evidence.YEAR_SOURCES


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as extracted from one page."""

    url: str  # canonical: https://<host>/berita/<slug>, no index.php, query or fragment
    host: str
    layout: str  # drupal | wordpress | drupal7: the page object that read it
    title: str
    body: str  # paragraphs separated by one blank line
    lead: str = ""  # photo caption or standfirst before the body
    tags: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    credits_raw: str = ""  # the credits line(s) as printed, newline-separated
    images: tuple[Image, ...] = ()
    attachments: tuple[str, ...] = ()  # absolute URLs of PDF/DOC files linked from the body
    date_clues: tuple[DateClue, ...] = ()
    date: ArticleDate | None = None
    node_id: int | None = None  # the Drupal node id the page declares, if any


class ExtractionError(Exception):
    """The page could not be read as an article; `reason` says why in a few words."""

    def __init__(self, reason: str, url: str = "") -> None:
        super().__init__(f"{reason}: {url}" if url else reason)
        self.reason = reason
        self.url = url


class NotAnArticle(ExtractionError):
    """The page is a listing, a profile page or an error page: nothing to archive, no failure."""


@dataclass(frozen=True, slots=True)
class FailedPage:
    """A page the crawl could not archive: kept in the run log, never as an article.

    `kind` is `extraction` (an article page whose title or body was not found),
    `http` (an error status after retries) or `network` (no answer at all).
    """

    url: str
    host: str
    kind: str
    message: str
