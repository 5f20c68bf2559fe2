"""The year of a site's yearless articles from the rest of the site, within one run.

A page that says only "Rabu (23/9)" is dated by its weekday among the years its site allows:
the dated rows around it in the listing walk, and the dated articles around its node id. Those
are known only once the site's walk is over and its articles read, so such pages wait here
(`read`) and are dated together (`settle`). The decision depends only on what the run saw, not
on the order the answers came in, so a crawl and a replay of its WARC (`reextract`) agree.

Fixed points ("anchors") are articles whose year is written: read in this run, or already in
the archive (`archived_dates`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from scrapers.article import Article
from scrapers.dates import listing_days
from scrapers.pages import ListingEntry
from scrapers.reading import PageReading, settle
from scrapers.year_evidence import (
    HARD_SOURCES,
    SOFT_SOURCES,
    Anchor,
    YearEvidence,
    neighbour_evidence,
    node_id_evidence,
)

FULL_DAYS = ("day", "datetime")
"""Precisions of a date that can anchor others."""

Payload = TypeVar("Payload")
"""What travels with a waiting article: the crawl's PageVisit, the replay's capture."""


@dataclass
class _SiteRun(Generic[Payload]):
    walk: list[str] = field(default_factory=list)  # article URLs in listing order
    listing_days: dict[str, date] = field(default_factory=dict)  # rows printing a full date
    anchors: dict[str, Anchor] = field(default_factory=dict)
    first_seen: dict[str, date] = field(default_factory=dict)  # archived articles only
    decided: dict[str, YearEvidence] = field(default_factory=dict)  # archived years by evidence
    waiting: list[tuple[PageReading, Payload]] = field(default_factory=list)


class SiteDating(Generic[Payload]):
    """One run's listing walks, anchors and waiting articles, per host.

    With `wait` False (a fleet, whose workers each see part of a site and may be killed at
    any moment), nothing waits: pages are dated with their own evidence only.
    """

    def __init__(self, *, wait: bool = True) -> None:
        self.wait = wait
        self._sites: dict[str, _SiteRun[Payload]] = {}

    def knows(self, host: str) -> bool:
        return host in self._sites

    def remember(self, host: str, archived: ArchivedDates) -> None:
        """What the archive knew of the site before the run."""
        site = self._site(host)
        site.anchors.update(archived.anchors)
        site.first_seen.update(archived.first_seen)
        site.decided.update(archived.decided)

    def first_seen(self, host: str, url: str) -> date | None:
        return self._site(host).first_seen.get(url)

    def walked(
        self, host: str, entries: Sequence[ListingEntry], *, reference: date, tz: str
    ) -> None:
        """One listing page's rows, in the order the walk met them."""
        site = self._site(host)
        days = listing_days([entry.date_text for entry in entries], reference=reference, tz=tz)
        for entry, day in zip(entries, days, strict=True):
            site.walk.append(entry.url)
            if day is not None:
                site.listing_days[entry.url] = day

    def read(
        self, host: str, reading: PageReading, payload: Payload
    ) -> list[tuple[Article, Payload]]:
        """The article if its date is settled (it then anchors the others), else nothing yet."""
        site = self._site(host)
        if self.wait and reading.year_open:
            site.waiting.append((reading, payload))
            return []
        anchor = anchor_of(reading.article)
        if anchor is not None:
            site.anchors[reading.article.url] = anchor
        return [(reading.article, payload)]

    def waiting_hosts(self) -> list[str]:
        return [host for host, site in self._sites.items() if site.waiting]

    def settle(self, host: str) -> list[tuple[Article, Payload]]:
        """The site's waiting articles, dated with the walk and the anchors; none wait after."""
        site = self._site(host)
        days = [
            site.listing_days.get(url) or _anchor_day(site.anchors.get(url)) for url in site.walk
        ]
        rows = {url: index for index, url in reversed(list(enumerate(site.walk)))}
        by_node = sorted(
            (anchor for anchor in site.anchors.values() if anchor.node_id is not None),
            key=lambda anchor: anchor.node_id or 0,
        )
        settled = []
        for reading, payload in site.waiting:
            article = reading.article
            evidence: list[YearEvidence | None] = [site.decided.get(article.url)]
            row = rows.get(article.url)
            if row is not None:
                evidence.append(neighbour_evidence(days, row))
            if article.node_id is not None:
                evidence.append(node_id_evidence(article.node_id, by_node))
            found = [clue for clue in evidence if clue is not None]
            settled.append((settle(reading, found).article, payload))
        site.waiting.clear()
        return settled

    def _site(self, host: str) -> _SiteRun[Payload]:
        return self._sites.setdefault(host, _SiteRun())


def anchor_of(article: Article) -> Anchor | None:
    """A fixed point if the article's date is a day whose year was written."""
    found = article.date
    if found is None or found.year_source != "written" or found.precision not in FULL_DAYS:
        return None
    return Anchor(date.fromisoformat(found.published_date), article.node_id)


def _anchor_day(anchor: Anchor | None) -> date | None:
    return anchor.day if anchor is not None else None


@dataclass
class ArchivedDates:
    """What the archive knows of a site's dates before a run, by article URL."""

    anchors: dict[str, Anchor] = field(default_factory=dict)  # years written
    first_seen: dict[str, date] = field(default_factory=dict)  # in the site's zone
    decided: dict[str, YearEvidence] = field(default_factory=dict)  # years found by evidence


def archived_dates(db: Database, host: str, tz: str) -> ArchivedDates:
    """The site's archived articles whose year is written, the day each was first seen, and
    the year evidence once decided for the others: a revisit sees only part of the walk that
    decided it, so that year stands unless the page now says otherwise. Rows stored before
    the year's source was recorded are anchors when their date was not inferred."""
    known = ArchivedDates()
    zone = ZoneInfo(tz)
    rows = db.execute(
        "SELECT url, published_date, date_precision, date_flags, date_year_source, node_id,"
        " first_seen_at FROM articles WHERE host = ?",
        [host],
    )
    for url, published, precision, flags, year_source, node_id, seen in rows:
        known.first_seen[url] = datetime.fromisoformat(seen).astimezone(zone).date()
        inferred = {"year_inferred", "relative"} & set(json.loads(flags or "[]"))
        written = year_source == "written" or (year_source is None and not inferred)
        if published and precision in FULL_DAYS and written:
            known.anchors[url] = Anchor(date.fromisoformat(published), node_id)
        elif published and year_source in HARD_SOURCES + SOFT_SOURCES:
            year = int(published[:4])
            known.decided[url] = YearEvidence(year_source, date(year, 1, 1), date(year, 12, 31))
    return known
