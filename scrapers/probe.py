"""Probing the registry's hosts: does each answer, on which platform, and where does it lead?

A site is probed as a short plan, one request after the other: `/`, then `/berita`, one
article it lists (for date metadata), `/rss.xml` and `/sitemap.xml`. A host that was never
seen to answer and does not answer now is tried under the naming alternatives
(`alternative_hosts`) until one answers as the same region. `HostProbe` (the plan),
`classify` and `apply_finding` are pure; `ProbeSpider` only fetches, through the crawl's
Scrapy stack (`scrapers.fetching`), where DNS failures and, on the mirror, its "unknown
host" answer both mean "no such host".
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy

from scrapers.extract import parse_html, parse_listing
from scrapers.fetching import Fetch, FetchSpider
from scrapers.pages.base import Document, metadata_dates
from scrapers.registry import Site, select_sites, with_note
from scrapers.urls import host_of

DOMAIN = ".bawaslu.go.id"
FOLLOW_UP_PATHS = ("/berita", "/rss.xml", "/sitemap.xml")
NEVER_SEEN_STATUSES = ("candidate", "unreachable")

KNOWN_ABBREVIATIONS: dict[str, str] = {
    "Kabupaten Pangkajene dan Kepulauan": "pangkep",
}
"""Abbreviated host labels seen (data README) that no rule below produces."""

COMPASS_ABBREVIATIONS = {
    "selatan": "sel",
    "utara": "ut",
    "barat": "bar",
    "timur": "tim",
    "tengah": "teng",
}
"""Two-word names ending in a compass point are shortened like the province labels seen
(`sumut`, `sumbar`, `kaltim`) and Lampung Selatan's `lamsel`: three letters + the point."""

SITE_FILES = re.compile(r"/sites/(?!default/)[\w.-]+/files/")
RSS = re.compile(r"<(rss|feed)\b", re.IGNORECASE)
SITEMAP = re.compile(r"<(urlset|sitemapindex)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Finding:
    """What a probe concluded about a site, ready to write to the registry."""

    host: str  # the host that answered, else the registry's
    host_status: str  # verified | moved | unreachable
    platform: str  # unknown when nothing answered
    note: str


@dataclass
class HostProbe:
    """The probe of one site: the names to try in order, and what the one being tried gave.

    `next_url` takes each fetch in turn and says what to fetch next, so the order of requests
    is decided here, without a network, and one site never has two requests in flight.
    """

    site: Site
    names: tuple[str, ...]  # the registry's host, then alternatives
    failed: list[tuple[str, str]] = field(default_factory=list)  # (host, why) of names tried
    fetches: list[Fetch] = field(default_factory=list)  # of the name being tried
    _pending: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        """The name being tried (the last one tried once the probe is over)."""
        return self.names[min(len(self.failed), len(self.names) - 1)]

    @property
    def answered(self) -> bool:
        return bool(self.fetches)

    def first_url(self) -> str:
        return f"https://{self.names[0]}/"

    def next_url(self, fetch: Fetch) -> str | None:
        """Record `fetch`; the next URL to fetch, or None when the probe is complete."""
        if not self.fetches:
            return self._after_home(fetch)
        self.fetches.append(fetch)
        if fetch.url == f"https://{self.host}/berita":
            article = listed_article(fetch)
            if article:
                self._pending.insert(0, article)
        return self._pending.pop(0) if self._pending else None

    def _after_home(self, home: Fetch) -> str | None:
        refusal = self._refusal(home)
        if refusal:
            self.failed.append((self.host, refusal))
            return f"https://{self.host}/" if len(self.failed) < len(self.names) else None
        self.fetches.append(home)
        if home.moved_to:
            return None
        self._pending = [f"https://{self.host}{path}" for path in FOLLOW_UP_PATHS]
        return self._pending.pop(0)

    def _refusal(self, home: Fetch) -> str:
        """Why this name is not the site's, or "" when it is."""
        if not home.answered:
            return home.error or f"HTTP {home.status}"
        if self.host != self.site.host and not mentions_region(home.body, self.site):
            return "answers, but not as this region"
        return ""


def plan_probes(registry: Sequence[Site], chosen: Iterable[Site]) -> list[HostProbe]:
    """A probe per chosen site; never-seen hosts get their alternatives as fallbacks."""
    taken = {site.host for site in registry}
    return [
        HostProbe(site, (site.host, *(alternative_hosts(site, taken) if never_seen(site) else ())))
        for site in chosen
    ]


def sites_to_probe(
    registry: Sequence[Site], hosts: Iterable[str] = (), province: str | None = None
) -> list[Site]:
    """The sites named or in the province (all when neither), including those a crawl skips:
    probing is how one learns that an unreachable or disabled site came back."""
    hosts = tuple(hosts)
    selection = select_sites(
        registry, hosts=hosts, province=province, all_sites=not hosts and province is None
    )
    chosen = {site.host for site in selection} | {skip.site.host for skip in selection.skipped}
    return [site for site in registry if site.host in chosen]


def never_seen(site: Site) -> bool:
    return site.host_status in NEVER_SEEN_STATUSES and not site.evidence_url


def alternative_hosts(site: Site, taken: Collection[str] = ()) -> tuple[str, ...]:
    """Other hosts the site may have, likeliest first: the `kab`/`kota` suffix, the `kota`
    prefix, then abbreviations. Hosts of other registry sites (`taken`) are left out."""
    label = site.host.removesuffix(DOMAIN)
    labels: list[str] = []
    if site.level == "kabupaten" and not label.endswith("kab"):
        labels.append(f"{label}kab")
    if site.level == "kota" and not label.endswith("kota") and not label.startswith("kota"):
        labels += [f"{label}kota", f"kota{label}"]
    labels += abbreviations(site.region_name)
    hosts = (f"{name}{DOMAIN}" for name in dict.fromkeys(labels))
    return tuple(host for host in hosts if host != site.host and host not in taken)


def abbreviations(region_name: str) -> list[str]:
    """Abbreviated host labels for a region: the known ones, then the compass-point rule."""
    words = bare_name(region_name).lower().split()
    found = [KNOWN_ABBREVIATIONS[region_name]] if region_name in KNOWN_ABBREVIATIONS else []
    if len(words) == 2 and words[1] in COMPASS_ABBREVIATIONS:
        found.append(words[0][:3] + COMPASS_ABBREVIATIONS[words[1]])
    return found


def bare_name(region_name: str) -> str:
    """ "Kabupaten Lampung Selatan" -> "Lampung Selatan"."""
    for level in ("Kabupaten ", "Kota "):
        if region_name.startswith(level):
            return region_name.removeprefix(level)
    return region_name


def mentions_region(html: str, site: Site) -> bool:
    """The page names the site's region (spaces ignored): an alternative host that answers
    is only this region's site if it says so."""
    squeezed = re.sub(r"\s+", "", html).lower()
    return re.sub(r"\s+", "", bare_name(site.region_name)).lower() in squeezed


def listed_article(listing: Fetch) -> str | None:
    """The first article a listing page links on its own host, if any."""
    if listing.status != 200:
        return None
    for entry in parse_listing(listing.body, listing.final_url).entries:
        if host_of(entry.url) == host_of(listing.final_url):
            return entry.url
    return None


def detect_platform(html: str) -> str:
    """drupal, drupal7, wordpress or unknown, from the generator tag and file paths."""
    generator = Document(parse_html(html), "").generator
    if "Drupal 7" in generator:
        return "drupal7"
    if "Drupal" in generator or SITE_FILES.search(html):
        return "drupal"
    if "WordPress" in generator or "/wp-content/" in html:
        return "wordpress"
    return "unknown"


def has_date_metadata(page: Fetch) -> bool:
    doc = Document(parse_html(page.body), page.final_url)
    return bool(metadata_dates(doc, doc.root))


def classify(probe: HostProbe) -> Finding:
    """The registry's view of a finished probe."""
    if not probe.answered:
        tried = "; ".join(f"{host}: {why}" for host, why in probe.failed)
        return Finding(probe.site.host, "unreachable", "unknown", f"no answer ({tried})")
    home, *rest = probe.fetches
    platform = next(
        (found for page in probe.fetches if (found := detect_platform(page.body)) != "unknown"),
        "unknown",
    )
    if home.moved_to:
        return Finding(probe.site.host, "moved", platform, f"moved to {home.moved_to}")
    notes = [platform]
    if probe.failed:
        notes.append(f"answers as {probe.host}; " + "; ".join(f"{h}: {w}" for h, w in probe.failed))
    notes += [note for page in probe.fetches if (note := _redirect_note(page))]
    notes += _extras(rest)
    return Finding(probe.host, "verified", platform, "; ".join(notes))


def _redirect_note(page: Fetch) -> str:
    asked, final = _path(page.url), _path(page.final_url)
    return f"{asked} redirects to {final}" if page.final_url and asked != final else ""


def _path(url: str) -> str:
    return urlsplit(url).path or "/"


def _extras(pages: Sequence[Fetch]) -> list[str]:
    """Whether the feed, the sitemap and date metadata (on the article fetched) exist."""
    by_path = {_path(page.url): page for page in pages}
    articles = [page for path, page in by_path.items() if path not in FOLLOW_UP_PATHS]
    date_metadata = _yes(has_date_metadata(articles[0])) if articles else "no article to check"
    return [
        f"rss.xml: {_yes(_serves(by_path.get('/rss.xml'), RSS))}",
        f"sitemap.xml: {_yes(_serves(by_path.get('/sitemap.xml'), SITEMAP))}",
        f"date metadata: {date_metadata}",
    ]


def _serves(page: Fetch | None, root_element: re.Pattern[str]) -> bool:
    """The page exists and is the XML document it should be (not a themed error page)."""
    return page is not None and page.status == 200 and bool(root_element.search(page.body))


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def apply_finding(site: Site, finding: Finding, at: datetime) -> Site:
    """The site as the registry records it after the probe."""
    platform = finding.platform if finding.platform != "unknown" else site.platform
    return replace(
        site,
        host=finding.host,
        host_status=finding.host_status,
        platform=platform,
        probed_at=at,
        notes=with_note(site.notes, "probe", finding.note),
    )


def apply_probes(registry: Sequence[Site], probes: Iterable[HostProbe], at: datetime) -> list[Site]:
    """The registry with every probe's finding applied. A site found under a host another
    region already has keeps its own host (and status), with a note: hosts stay unique."""
    findings = {probe.site.host: classify(probe) for probe in probes}
    taken = {site.host for site in registry}
    updated = []
    for site in registry:
        finding = findings.get(site.host)
        if finding is not None and finding.host != site.host and finding.host in taken:
            note = f"answers as {finding.host}, which another region has"
            finding = Finding(site.host, site.host_status, site.platform, note)
        if finding is not None:
            taken.add(finding.host)
            site = apply_finding(site, finding, at)
        updated.append(site)
    return updated


class ProbeSpider(FetchSpider):
    """Runs each HostProbe's plan: a site's requests follow one another, sites run side by
    side (the crawl's per-host limits and delay apply)."""

    name = "probe"

    def __init__(self, probes: Sequence[HostProbe] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.probes = list(probes)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for probe in self.probes:
            yield self.request(probe.first_url(), probe=probe)

    def fetched(self, fetch: Fetch, **cb_kwargs: Any) -> Iterator[scrapy.Request]:
        probe: HostProbe = cb_kwargs["probe"]
        url = probe.next_url(fetch)
        return iter([self.request(url, probe=probe)] if url else [])
