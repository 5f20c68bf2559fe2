"""The mirror at the scale of the registry: every host of `scrapers/sites.csv` as a site.

A first full crawl meets 553 sites of very different sizes: a few provincial sites with years
of news, many regency sites with a few pages. `ScaleSites` plays all of them with a rank-size
law (`SizeProfile`), borrowing the markup of the six hand-made sites (`SITE_SPECS`) by
platform. Sites are built on first request and then kept, so a test that touches ten hosts
builds ten sites; a benchmark calls `warm()` first so that building is not timed.
"""

from __future__ import annotations

import itertools
import random
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from mirror.content import SITE_SPECS, MirrorSite, SiteSpec, build_site, jakarta_today
from mirror.server import AccessRecord
from scrapers.registry import LARGE_LEVELS, Site, load_sites


@dataclass(frozen=True)
class SizeProfile:
    """Articles per site by size rank: `largest / (rank + 1) ** skew`, never below `smallest`.

    With the defaults the largest site has 400 articles, the fifth about 110, the fortieth
    about 20 and most regency sites `smallest`: the long tail of the real domain.
    """

    largest: int = 400
    smallest: int = 8
    skew: float = 0.8

    def article_count(self, rank: int) -> int:
        return max(self.smallest, round(self.largest / (rank + 1) ** self.skew))


class ScaleSites(Mapping[str, MirrorSite]):
    """Every registry host as a mirror site, built lazily; a `Mapping` for `MirrorServer`."""

    def __init__(
        self,
        sites: Sequence[Site] | None = None,
        profile: SizeProfile | None = None,
        seed: int = 0,
        today: date | None = None,
    ) -> None:
        registry = list(sites if sites is not None else load_sites())
        profile = profile or SizeProfile()
        self.seed = seed
        self.today = today or jakarta_today()
        ranks = size_ranks(registry, seed)
        self._specs = {
            site.host: site_spec(site, profile.article_count(ranks[site.host]), seed)
            for site in registry
        }
        self._built: dict[str, MirrorSite] = {}
        self._lock = threading.Lock()

    def __getitem__(self, host: str) -> MirrorSite:
        site = self._built.get(host)
        if site is not None:
            return site
        spec = self._specs[host]  # KeyError: an unknown host, as for any mapping
        with self._lock:
            if host not in self._built:
                self._built[host] = build_site(spec, self.seed, self.today)
            return self._built[host]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def spec(self, host: str) -> SiteSpec:
        return self._specs[host]

    def built_count(self) -> int:
        return len(self._built)

    def warm(self) -> None:
        """Build every site now, e.g. before a timed crawl."""
        for host in self._specs:
            self[host]


def size_ranks(sites: Sequence[Site], seed: int) -> dict[str, int]:
    """Each host's size rank (0 = largest): national and provincial sites first, shuffled
    by the seed within each group."""
    rng = random.Random(f"{seed}:sizes")
    large = [site.host for site in sites if site.level in LARGE_LEVELS]
    small = [site.host for site in sites if site.level not in LARGE_LEVELS]
    rng.shuffle(large)
    rng.shuffle(small)
    return {host: rank for rank, host in enumerate(large + small)}


def site_spec(site: Site, article_count: int, seed: int) -> SiteSpec:
    """The spec of one registry site: a hand-made site keeps its own spec, any other borrows
    the markup of a hand-made site of its platform, under its own host and names."""
    template = _template(site, seed)
    count = (article_count, article_count)
    if template.host == site.host:
        return replace(template, article_count=count)
    short_name = site.region_name.removeprefix("Kabupaten ").removeprefix("Kota ")
    office = f"Bawaslu {short_name}"
    provincial = site.level in LARGE_LEVELS
    return replace(
        template,
        host=site.host,
        name=f"Bawaslu Provinsi {site.region_name}"
        if provincial
        else f"Bawaslu {site.region_name}",
        level="provinsi" if provincial else "kabupaten",
        files_dir=site.host.split(".")[0],
        instagram=f"bawaslu{site.host.split('.')[0]}",
        cast=replace(template.cast, office=office, region=short_name),
        quirks=replace(template.quirks, footer="provinsi" if provincial else "kabupaten"),
        article_count=count,
    )


def _template(site: Site, seed: int) -> SiteSpec:
    by_host = {spec.host: spec for spec in SITE_SPECS}
    if site.host in by_host:
        return by_host[site.host]
    same_platform = [spec for spec in SITE_SPECS if spec.layout == site.platform]
    if site.platform == "drupal7" or not same_platform:
        same_platform = [spec for spec in SITE_SPECS if spec.layout == "drupal"]
    return random.Random(f"{seed}:{site.host}:template").choice(same_platform)


def requests_by_host(records: Iterable[AccessRecord]) -> dict[str, list[AccessRecord]]:
    """The access log split by host, each host's requests in the order they arrived."""
    by_host: dict[str, list[AccessRecord]] = {}
    for record in sorted(records, key=lambda record: record.started):
        by_host.setdefault(record.host, []).append(record)
    return by_host


def politeness_violations(
    records: Iterable[AccessRecord], delay: float, slack: float = 0.01
) -> list[str]:
    """Every moment the log shows a host asked twice at once, or again sooner than `delay`
    after the previous request started (less `slack` seconds of clock jitter)."""
    violations = []
    for host, requests in requests_by_host(records).items():
        for before, after in itertools.pairwise(requests):
            if after.started < before.finished:
                violations.append(f"{host}: {after.path} began before {before.path} ended")
            elif after.started - before.started < delay - slack:
                gap = after.started - before.started
                violations.append(f"{host}: {after.path} {gap:.3f}s after {before.path}")
    return violations
