"""Rebuild an archive from the crawl's WARC captures, with no network.

After an extractor improvement, replaying every capture in the order it was made gives each
article the content the improved extractor reads, with the same history the crawls recorded:
a changed page becomes a new version, a 404/410 marks a removal, a later answer clears it.
Each response record carries what the crawl knew when it asked (`scrapers.visits`: the page's
role, the crawl date, the listing's date line), and pages are read by the same function the
crawl uses (`scrapers.reading`), so a replay with an unchanged extractor gives the same
articles.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from archive.store import Archive
from scrapers.article import ExtractionError, NotAnArticle
from scrapers.reading import read_article
from scrapers.registry import Site, load_sites
from scrapers.urls import host_of
from scrapers.visits import CRAWL_DATE_FIELD, LISTING_DATE_FIELD, ROLE_FIELD

logger = logging.getLogger(__name__)
GONE = (404, 410)


@dataclass(frozen=True, slots=True)
class Capture:
    """One answer to an article request, as the WARC holds it."""

    url: str
    status: int
    content_type: str
    body: bytes
    captured_at: datetime
    crawl_date: date
    listing_date: str


def replay(warc_files: list[Path], db_path: Path) -> Counter[str]:
    """Replay the article answers of `warc_files` (oldest first) into the archive at
    `db_path`; the count of each outcome."""
    sites = {site.host: site for site in load_sites()}
    counts: Counter[str] = Counter()
    with Archive(db_path) as archive:
        archive.load_sites(sites.values())
        for capture in article_captures(warc_files):
            site = sites.get(host_of(capture.url))
            if site is not None:
                counts[_apply_or_skip(archive, capture, site)] += 1
    return counts


def _apply_or_skip(archive: Archive, capture: Capture, site: Site) -> str:
    """`_apply`, or "skipped" with a warning when this capture cannot be replayed: one bad
    record must not cost the rest of the replay."""
    try:
        return _apply(archive, capture, site)
    except Exception as error:  # a failure on one capture is that capture's, logged
        logger.warning("%s: skipped, cannot replay it (%r)", capture.url, error)
        return "skipped"


def article_captures(warc_files: list[Path]) -> Iterator[Capture]:
    """The answers to article requests, in order; a file cut short by a killed crawl is read
    up to its last whole record."""
    for path in warc_files:
        with path.open("rb") as stream:
            try:
                for record in ArchiveIterator(stream):
                    if record.rec_type == "response" and _role(record) == "article":
                        capture = _readable_capture(record, path)
                        if capture is not None:
                            yield capture
            except (ArchiveLoadFailed, EOFError, OSError) as error:
                logger.warning("%s: stopped at a damaged record (%s)", path, error)


def warc_files_in(directory: Path) -> list[Path]:
    """The WARC files of a directory, oldest run first (their names start with the time)."""
    return sorted(Path(directory).glob("*.warc.gz"))


def _apply(archive: Archive, capture: Capture, site: Site) -> str:
    """Do what the crawl's pipeline did with this answer; the outcome, for the counts."""
    if capture.status in GONE:
        return "removed" if archive.mark_removed(capture.url, capture.captured_at) else "gone"
    if capture.status == 304:
        archive.mark_present(capture.url, capture.captured_at)
        return "not_modified"
    if capture.status != 200:
        return "error"
    try:
        article = read_article(
            capture.body,
            capture.url,
            capture.content_type,
            site,
            capture.listing_date,
            capture.crawl_date,
        )
    except NotAnArticle:
        return "not_article"
    except ExtractionError:
        return "extraction_failure"
    return archive.save_article(article, fetched_at=capture.captured_at)


def _role(record: Any) -> str:
    return record.rec_headers.get_header(ROLE_FIELD) or ""


def _readable_capture(record: Any, path: Path) -> Capture | None:
    """The capture a record holds, or None (logged) when its headers cannot be read."""
    try:
        return _capture(record)
    except (TypeError, ValueError) as error:
        uri = record.rec_headers.get_header("WARC-Target-URI")
        logger.warning("%s: skipped the record of %s (%s)", path, uri, error)
        return None


def _capture(record: Any) -> Capture:
    headers = record.rec_headers
    return Capture(
        url=headers.get_header("WARC-Target-URI"),
        status=int(record.http_headers.get_statuscode()),
        content_type=record.http_headers.get_header("Content-Type") or "",
        body=record.content_stream().read(),
        captured_at=datetime.fromisoformat(headers.get_header("WARC-Date")),
        crawl_date=date.fromisoformat(headers.get_header(CRAWL_DATE_FIELD)),
        listing_date=headers.get_header(LISTING_DATE_FIELD) or "",
    )
