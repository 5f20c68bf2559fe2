"""Rebuild an archive from the crawl's WARC captures, with no network.

After an extractor improvement, replaying every capture in the order it was made gives each
article the content the improved extractor reads, with the same history the crawls recorded:
a changed page becomes a new version, a 404/410 marks a removal, a later answer clears it.
Each response record carries what the crawl knew when it asked (`scrapers.visits`: the page's
role, the crawl date, the listing's date line), and pages are read by the same function the
crawl uses (`scrapers.reading`), so a replay with an unchanged extractor gives the same
articles. Articles whose date names no year are dated, as in the crawl, once their run's file
is read: its listing pages and its other articles hold the evidence (`scrapers.dating`).
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
from scrapers.dating import SiteDating, archived_dates
from scrapers.extract import parse_listing
from scrapers.reading import read_page
from scrapers.registry import Site, load_sites
from scrapers.urls import host_of
from scrapers.visits import CRAWL_DATE_FIELD, LISTING_DATE_FIELD, ROLE_FIELD

logger = logging.getLogger(__name__)
GONE = (404, 410)


LISTING_ROLES = ("first_listing", "listing")


@dataclass(frozen=True, slots=True)
class Capture:
    """One answer to an article or listing request, as the WARC holds it."""

    url: str
    role: str
    status: int
    content_type: str
    last_modified: str
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
        for path in warc_files:
            counts.update(_replay_run(archive, path, sites))
    return counts


def _replay_run(archive: Archive, path: Path, sites: dict[str, Site]) -> Counter[str]:
    """One run's file: its answers in order, then its articles that waited for their year."""
    counts: Counter[str] = Counter()
    dating: SiteDating[Capture] = SiteDating()
    for capture in captures(path):
        site = sites.get(host_of(capture.url))
        if site is None:
            continue
        if not dating.knows(site.host):  # what the archive knew before the run
            dating.remember(site.host, archived_dates(archive.db, site.host, site.timezone))
        if capture.role in LISTING_ROLES:
            _walk(dating, capture, site)
        elif outcome := _apply_or_skip(archive, capture, site, dating):
            counts[outcome] += 1
    for host in dating.waiting_hosts():
        for article, capture in dating.settle(host):
            counts[archive.save_article(article, fetched_at=capture.captured_at)] += 1
    return counts


def _apply_or_skip(
    archive: Archive, capture: Capture, site: Site, dating: SiteDating[Capture]
) -> str | None:
    """`_apply`, or "skipped" with a warning when this capture cannot be replayed: one bad
    record must not cost the rest of the replay."""
    try:
        return _apply(archive, capture, site, dating)
    except Exception as error:  # a failure on one capture is that capture's, logged
        logger.warning("%s: skipped, cannot replay it (%r)", capture.url, error)
        return "skipped"


def captures(path: Path) -> Iterator[Capture]:
    """The answers to article and listing requests of one file, in order; a file cut short
    by a killed crawl is read up to its last whole record."""
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response" and _role(record) in ("article", *LISTING_ROLES):
                    capture = _readable_capture(record, path)
                    if capture is not None:
                        yield capture
        except (ArchiveLoadFailed, EOFError, OSError) as error:
            logger.warning("%s: stopped at a damaged record (%s)", path, error)


def warc_files_in(directory: Path) -> list[Path]:
    """The WARC files of a directory, oldest run first (their names start with the time)."""
    return sorted(Path(directory).glob("*.warc.gz"))


def _walk(dating: SiteDating[Capture], capture: Capture, site: Site) -> None:
    """A listing page's rows join the site's walk, as in the crawl."""
    if capture.status == 200:
        entries = parse_listing(capture.body, capture.url).entries
        dating.walked(site.host, entries, reference=capture.crawl_date, tz=site.timezone)


def _apply(
    archive: Archive, capture: Capture, site: Site, dating: SiteDating[Capture]
) -> str | None:
    """Do what the crawl's pipeline did with this answer; the outcome, for the counts (None
    while the article waits for the rest of its run to date it)."""
    if capture.status in GONE:
        return "removed" if archive.mark_removed(capture.url, capture.captured_at) else "gone"
    if capture.status == 304:
        archive.mark_present(capture.url, capture.captured_at)
        return "not_modified"
    if capture.status != 200:
        return "error"
    try:
        reading = read_page(
            capture.body,
            capture.url,
            capture.content_type,
            site,
            capture.listing_date,
            capture.crawl_date,
            last_modified=capture.last_modified,
            first_seen=dating.first_seen(site.host, capture.url),
        )
    except NotAnArticle:
        return "not_article"
    except ExtractionError:
        return "extraction_failure"
    for article, _ in dating.read(site.host, reading, capture):
        return archive.save_article(article, fetched_at=capture.captured_at)
    return None


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
    headers, http = record.rec_headers, record.http_headers
    return Capture(
        url=headers.get_header("WARC-Target-URI"),
        role=_role(record),
        status=int(http.get_statuscode()),
        content_type=http.get_header("Content-Type") or "",
        last_modified=http.get_header("Last-Modified") or "",
        body=record.content_stream().read(),
        captured_at=datetime.fromisoformat(headers.get_header("WARC-Date")),
        crawl_date=date.fromisoformat(headers.get_header(CRAWL_DATE_FIELD)),
        listing_date=headers.get_header(LISTING_DATE_FIELD) or "",
    )
