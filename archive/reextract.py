"""Rebuild an archive from the crawl's WARC captures, with no network.

After an extractor improvement, replaying every capture in the order it was made gives each
article the content the improved extractor reads, with the same history the crawls recorded:
a changed page becomes a new version, a 404/410 marks a removal, a later answer clears it.
Each response record carries what the crawl knew when it asked (`scrapers.visits`: the page's
role, the crawl date, the listing's date line), and pages are read by the same function the
crawl uses (`scrapers.reading`), so a replay with an unchanged extractor gives the same
articles.

Each WARC file is one crawl run, replayed through the crawl's own `RunRecorder`: the rebuilt
file gets the run log (`crawl_runs` with the options the warcinfo record kept, per-site
counts, errors) and the crawl's memory (validators, listing dates, revisit days, how far
each listing walk went), so once swapped in, the next night asks for what it would have
asked of the original. Only what never reached a WARC is missing: requests that got no
answer at all (network failures), which the next night retries anyway. Articles whose date
names no year are dated, as in the crawl, once their run's file is read: its listing pages
and its other articles hold the evidence (`scrapers.dating`).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from archive.recorder import FailureLimits, Item, RunRecorder
from archive.store import Archive
from scrapers.article import ExtractionError, FailedPage, NotAnArticle
from scrapers.dating import SiteDating, archived_dates
from scrapers.extract import parse_listing
from scrapers.reading import check_page_budget, read_page
from scrapers.registry import Site, load_sites
from scrapers.urls import host_of
from scrapers.visits import (
    CRAWL_DATE_FIELD,
    LISTING_DATE_FIELD,
    ROLE_FIELD,
    ROLES,
    RUN_OPTIONS_FIELD,
    ListingWalked,
    PageVisit,
)

logger = logging.getLogger(__name__)
GONE = (404, 410)
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True, slots=True)
class Capture:
    """One answer as the WARC holds it; `final` when no later answer in the run replaced it
    (a retry, or a redirect's target)."""

    url: str
    status: int
    content_type: str
    body: bytes
    captured_at: datetime
    role: str
    crawl_date: date | None
    listing_date: str
    etag: str
    last_modified: str
    final: bool


def replay(warc_files: list[Path], db_path: Path, limits: FailureLimits) -> Counter[str]:
    """Replay `warc_files` (oldest first), one run each, into the archive at `db_path`; the
    count of each outcome."""
    sites = {site.host: site for site in load_sites()}
    counts: Counter[str] = Counter()
    with Archive(db_path) as archive:
        archive.load_sites(sites.values())
        for path in warc_files:
            counts += _replay_run(archive, path, sites, limits)
    return counts


def _replay_run(
    archive: Archive, path: Path, sites: dict[str, Site], limits: FailureLimits
) -> Counter[str]:
    """One crawl run from its WARC file, through the recorder a crawl writes with."""
    survey = _survey(path)
    hosts = [host for host in survey.requests if host in sites]
    if not hosts:
        return Counter()
    options = {**survey.options, "replayed_from": path.name}
    recorder = RunRecorder(archive, hosts, options, limits)
    recorder.start(survey.started_at, str(path))
    run = _Run(SiteDating())
    counts: Counter[str] = Counter()
    for capture in captures_in(path, survey.last_answers):
        site = sites.get(host_of(capture.url))
        if site is None:
            continue
        if not run.dating.knows(site.host):  # what the archive knew before the run
            run.dating.remember(site.host, archived_dates(archive.db, site.host, site.timezone))
        items = _items(capture, site, run)
        counts += _record_or_skip(recorder, capture.captured_at, items, capture.url)
    for host in run.dating.waiting_hosts():  # the articles that waited for their year
        settled = (item for pair in run.dating.settle(host) for item in pair)
        counts += _record_or_skip(recorder, survey.finished_at, settled, host)
    for host, (listing_url, reached_end) in run.walks.items():
        recorder.record(ListingWalked(host, listing_url, reached_end), survey.finished_at)
    recorder.finish(survey.finished_at, survey.requests, interrupted=False)
    return counts


@dataclass
class _Run:
    """What one run's replay keeps between answers, as the spider does."""

    dating: SiteDating[PageVisit]
    walks: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """host -> (its first listing page, whether the walk reached the end)"""
    listed: dict[str, set[str]] = field(default_factory=dict)  # host -> articles listed
    pages: dict[str, set[str]] = field(default_factory=dict)  # host -> listing pages read


def _record_or_skip(
    recorder: RunRecorder, at: datetime, items: Iterator[Item], source: str
) -> Counter[str]:
    """Record what an answer means, counted by outcome ("new", "extraction_failure", ...),
    or "skipped" with a warning when it cannot be replayed: one bad record must not cost the
    rest of the replay."""
    counts: Counter[str] = Counter()
    try:
        for item in items:
            kind, _, outcome = recorder.record(item, at).partition("/")
            counts[f"{outcome}_failure" if kind == "failures" else outcome] += 1
    except Exception as error:  # a failure on one answer is that answer's, logged
        logger.warning("%s: skipped, cannot replay it (%r)", source, error)
        counts["skipped"] += 1
    return counts


def _items(capture: Capture, site: Site, run: _Run) -> Iterator[Item]:
    """What the spider yielded for this answer (`scrapers.spiders.berita`)."""
    if not capture.final or capture.status in REDIRECTS:
        return
    if capture.role == "article":
        yield from _article_items(capture, site, run.dating)
    elif capture.status not in (200, 304):
        yield FailedPage(capture.url, site.host, "http", f"HTTP {capture.status}")
        yield _visit(capture, site, "failed")
        run.walks.pop(site.host, None)  # the walk broke off: no ListingWalked, as in the crawl
    else:
        yield from _listing_items(capture, site, run)


def _listing_items(capture: Capture, site: Site, run: _Run) -> Iterator[Item]:
    """A listing page answered: the walk goes on, or ends here (reached_end as the spider
    tells it: no next page, a next page already read, or a page listing nothing new)."""
    first = capture.role == "first_listing"
    listing_url = capture.url if first else run.walks.get(site.host, (capture.url, False))[0]
    if capture.status == 304:
        yield _visit(capture, site, "not_modified")
        run.walks[site.host] = (listing_url, False)
        return
    try:
        check_page_budget(capture.body, capture.url)
    except ExtractionError as error:
        yield FailedPage(capture.url, site.host, "extraction", error.reason)
        yield _visit(capture, site, "failed")
        run.walks.pop(site.host, None)
        return
    listing = parse_listing(capture.body, capture.url)
    run.dating.walked(site.host, listing.entries, reference=_today(capture), tz=site.timezone)
    yield _visit(capture, site, "fetched")
    pages = run.pages.setdefault(site.host, set())
    walked = run.listed.setdefault(site.host, set())
    listed = {entry.url for entry in listing.entries}
    pages.add(capture.url)
    repeated = bool(listed) and listed <= walked
    walked |= listed
    ended = listing.next_url is None or listing.next_url in pages or repeated
    run.walks[site.host] = (listing_url, ended)


def _article_items(capture: Capture, site: Site, dating: SiteDating[PageVisit]) -> Iterator[Item]:
    if capture.status == 304:
        yield _visit(capture, site, "not_modified")
        return
    if capture.status in GONE:
        yield _visit(capture, site, "gone")
        return
    if capture.status != 200:
        yield FailedPage(capture.url, site.host, "http", f"HTTP {capture.status}")
        yield _visit(capture, site, "failed")
        return
    try:
        reading = read_page(
            capture.body,
            capture.url,
            capture.content_type,
            site,
            capture.listing_date,
            _today(capture),
            last_modified=capture.last_modified,
            first_seen=dating.first_seen(site.host, capture.url),
        )
    except NotAnArticle:
        yield _visit(capture, site, "not_article")
        return
    except ExtractionError as error:
        yield FailedPage(capture.url, site.host, "extraction", error.reason)
        yield _visit(capture, site, "failed")
        return
    visit = _visit(capture, site, "fetched", capture.listing_date)
    for article, its_visit in dating.read(site.host, reading, visit):  # [] while it waits
        yield article
        yield its_visit


def _today(capture: Capture) -> date:
    return capture.crawl_date or capture.captured_at.date()


def _visit(capture: Capture, site: Site, outcome: str, listing_date: str = "") -> PageVisit:
    return PageVisit(
        url=capture.url,
        host=site.host,
        role=capture.role,
        outcome=outcome,
        on=_today(capture),
        etag=capture.etag,
        last_modified=capture.last_modified,
        listing_date=listing_date,
    )


@dataclass(frozen=True, slots=True)
class Survey:
    """What a first pass over a run's WARC file tells: the options the warcinfo record kept,
    the answers per host (the requests that got one), in order of first answer, the index of
    each URL's last answer (earlier ones were retried or redirected) and the run's times."""

    options: dict[str, Any]
    requests: dict[str, int]
    last_answers: dict[str, int]
    started_at: datetime
    finished_at: datetime


def _survey(path: Path) -> Survey:
    options: dict[str, Any] = {}
    requests: Counter[str] = Counter()
    last_answers: dict[str, int] = {}
    times: list[datetime] = []
    for record in _records(path):
        if record.rec_type == "warcinfo":
            options = _options(record.content_stream().read())
        elif record.rec_type == "response":
            url = record.rec_headers.get_header("WARC-Target-URI")
            requests[host_of(url)] += 1
            last_answers[url] = requests.total() - 1
            times += _when(record)
    started, finished = (min(times), max(times)) if times else (datetime.min, datetime.min)
    return Survey(options, dict(requests), last_answers, started, finished)


def _when(record: Any) -> list[datetime]:
    try:
        return [datetime.fromisoformat(record.rec_headers.get_header("WARC-Date"))]
    except (TypeError, ValueError):
        return []  # the record itself is reported when it is replayed


def _options(warcinfo: bytes) -> dict[str, Any]:
    for line in warcinfo.decode("utf-8").splitlines():
        name, _, value = line.partition(": ")
        if name == RUN_OPTIONS_FIELD:
            return json.loads(value)
    return {}


def captures_in(path: Path, last_answers: dict[str, int]) -> Iterator[Capture]:
    """The readable answers of one WARC file to the spider's pages (robots.txt and the like
    left out), in order, each `final` if it is its URL's last."""
    responses = (record for record in _records(path) if record.rec_type == "response")
    for index, record in enumerate(responses):
        if record.rec_headers.get_header(ROLE_FIELD) not in ROLES:
            continue
        capture = _readable_capture(record, path)
        if capture is None:
            continue
        yield capture if last_answers.get(capture.url) == index else replace(capture, final=False)


def captures(path: Path) -> Iterator[Capture]:
    """The readable answers of one WARC file in order, each `final` if it is its URL's last."""
    return captures_in(path, _survey(path).last_answers)


def _records(path: Path) -> Iterator[Any]:
    """A file's records; one cut short by a killed crawl is read up to its last whole record."""
    with path.open("rb") as stream:
        try:
            yield from ArchiveIterator(stream)
        except (ArchiveLoadFailed, EOFError, OSError) as error:
            logger.warning("%s: stopped at a damaged record (%s)", path, error)


def warc_files_in(directory: Path) -> list[Path]:
    """The WARC files of a directory, oldest run first (their names start with the time)."""
    return sorted(Path(directory).glob("*.warc.gz"))


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
    crawl_date = headers.get_header(CRAWL_DATE_FIELD)
    return Capture(
        url=headers.get_header("WARC-Target-URI"),
        status=int(http.get_statuscode()),
        content_type=http.get_header("Content-Type") or "",
        body=record.content_stream().read(),
        captured_at=datetime.fromisoformat(headers.get_header("WARC-Date")),
        role=headers.get_header(ROLE_FIELD) or "",
        crawl_date=date.fromisoformat(crawl_date) if crawl_date else None,
        listing_date=headers.get_header(LISTING_DATE_FIELD) or "",
        etag=http.get_header("ETag") or "",
        last_modified=http.get_header("Last-Modified") or "",
        final=True,
    )
