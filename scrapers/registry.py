"""The registry of Bawaslu sites: which hosts exist, how sure we are, and which to crawl.

`scrapers/sites.csv` is the source of truth, edited by hand and by probing and reviewed in
diffs; this module reads and writes it in one canonical form (so a rewrite only shows real
changes) and chooses the sites a crawl should visit.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

REGISTRY_PATH = Path(__file__).with_name("sites.csv")
ALIASES_PATH = Path(__file__).with_name("host_aliases.csv")
"""Pairs of hosts that serve one site (`alias,host,evidence`): the bare national host, a
regency's short and long names. Either may be the registry's; the other is its alias."""

LEVELS = ("nasional", "provinsi", "kabupaten", "kota")
LARGE_LEVELS = ("nasional", "provinsi")  # the offices that publish the most
HOST_STATUSES = ("seen", "candidate", "verified", "unreachable", "moved")
PLATFORMS = ("drupal", "wordpress", "drupal7", "unknown")
TIMEZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")
SKIPPED_STATUSES = ("unreachable", "moved")
"""Statuses a filtered crawl passes over: the host does not answer or answers for another."""


@dataclass(frozen=True, slots=True)
class Site:
    """One Bawaslu office's website; the national site has no province."""

    region_code: str  # Kemendagri code: "18" a province, "18.71" a regency/city, "00" national
    region_name: str
    level: str  # one of LEVELS
    province_code: str | None  # None only for the national site
    host: str
    host_status: str  # one of HOST_STATUSES
    platform: str  # one of PLATFORMS
    timezone: str  # IANA zone of the province: the default for undated times
    enabled: bool
    evidence_url: str = ""  # where the host was seen
    probed_at: datetime | None = None
    notes: str = ""


COLUMNS = tuple(f.name for f in fields(Site))


@dataclass(frozen=True, slots=True)
class SkippedSite:
    site: Site
    reason: str


@dataclass(frozen=True, slots=True)
class Selection:
    """The sites a crawl visits, in registry order, and those it passed over with a reason.

    Iterating a Selection yields the chosen sites, so callers that only crawl can ignore
    `skipped`; the run log records it.
    """

    sites: tuple[Site, ...]
    skipped: tuple[SkippedSite, ...] = ()

    def __iter__(self) -> Iterator[Site]:
        return iter(self.sites)

    def __len__(self) -> int:
        return len(self.sites)


class RegistryError(ValueError):
    """The registry file breaks its own rules, or a selection names an unknown host."""


def load_sites(path: Path | None = None) -> list[Site]:
    """Read the registry (default: the packaged `scrapers/sites.csv`), checking every row."""
    path = path or REGISTRY_PATH
    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise RegistryError(f"{path}: columns must be {', '.join(COLUMNS)}")
        return [_site_from_row(row, f"{path}:{reader.line_num}") for row in reader]


def write_sites(sites: Iterable[Site], path: Path | None = None) -> None:
    """Write the registry in its canonical form: load then write leaves the file unchanged."""
    path = path or REGISTRY_PATH
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(_row_from_site(site) for site in sites)


def _site_from_row(row: dict[str, str], where: str) -> Site:
    site = Site(
        region_code=row["region_code"],
        region_name=row["region_name"],
        level=row["level"],
        province_code=row["province_code"] or None,
        host=row["host"].strip().lower(),
        host_status=row["host_status"],
        platform=row["platform"],
        timezone=row["timezone"],
        enabled=_parse_flag(row["enabled"], where),
        evidence_url=row["evidence_url"],
        probed_at=_parse_time(row["probed_at"], where),
        notes=row["notes"],
    )
    for name, allowed in (
        ("level", LEVELS),
        ("host_status", HOST_STATUSES),
        ("platform", PLATFORMS),
        ("timezone", TIMEZONES),
    ):
        if getattr(site, name) not in allowed:
            raise RegistryError(f"{where}: {name} {getattr(site, name)!r} not in {allowed}")
    return site


def _parse_flag(text: str, where: str) -> bool:
    if text not in ("0", "1"):
        raise RegistryError(f"{where}: enabled must be 1 or 0, not {text!r}")
    return text == "1"


def _parse_time(text: str, where: str) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise RegistryError(f"{where}: probed_at {text!r} needs a UTC offset")
    return moment


def _row_from_site(site: Site) -> list[str]:
    return [
        site.region_code,
        site.region_name,
        site.level,
        site.province_code or "",
        site.host,
        site.host_status,
        site.platform,
        site.timezone,
        "1" if site.enabled else "0",
        site.evidence_url,
        site.probed_at.isoformat() if site.probed_at else "",
        site.notes,
    ]


def select_sites(
    sites: Sequence[Site],
    *,
    hosts: Iterable[str] = (),
    province: str | None = None,
    level: str | None = None,
    all_sites: bool = False,
) -> Selection:
    """Choose the sites to crawl.

    Hosts named explicitly are taken as asked, even when disabled or unreachable (that is how
    an operator checks whether one came back). The filters (`province`, which includes the
    province's own site; `level`; `all_sites`) combine with AND, and pass over disabled,
    unreachable and moved sites, reporting why. With nothing asked, nothing is selected.
    """
    named = _sites_for_hosts(sites, hosts)
    filtering = all_sites or province is not None or level is not None
    chosen: list[Site] = []
    skipped: list[SkippedSite] = []
    for site in sites:
        if site.host in named:
            chosen.append(site)
        elif filtering and _matches(site, province, level):
            reason = skip_reason(site)
            if reason:
                skipped.append(SkippedSite(site, reason))
            else:
                chosen.append(site)
    return Selection(tuple(chosen), tuple(skipped))


def _sites_for_hosts(sites: Sequence[Site], hosts: Iterable[str]) -> set[str]:
    known = {site.host for site in sites}
    wanted = {_normalise_host(host) for host in hosts}
    unknown = sorted(wanted - known)
    if unknown:
        raise RegistryError(f"not in the registry: {', '.join(unknown)}")
    return wanted


def _matches(site: Site, province: str | None, level: str | None) -> bool:
    in_province = province is None or province in (site.region_code, site.province_code)
    return in_province and (level is None or site.level == level)


def skip_reason(site: Site) -> str | None:
    """Why a filtered crawl passes over this site, or None when it should be crawled."""
    if not site.enabled:
        return "disabled in the registry" + (f": {site.notes}" if site.notes else "")
    if site.host_status in SKIPPED_STATUSES:
        return f"host {site.host_status}" + (f": {site.notes}" if site.notes else "")
    return None


def province_name(code: str, sites: Iterable[Site] | None = None) -> str | None:
    """The name of the province with this code, e.g. "18" -> "Lampung"."""
    names = _packaged_province_names() if sites is None else province_names(sites)
    return names.get(code)


def site_for_host(host: str, sites: Iterable[Site] | None = None) -> Site | None:
    """The registry entry for a host (any case, port ignored), e.g. to find its time zone."""
    index = _packaged_sites_by_host() if sites is None else {s.host: s for s in sites}
    return index.get(_normalise_host(host))


def _normalise_host(host: str) -> str:
    return host.strip().lower().split(":", 1)[0]


def province_names(sites: Iterable[Site]) -> dict[str, str]:
    """Province code -> name, e.g. {"18": "Lampung", ...}."""
    return {site.region_code: site.region_name for site in sites if site.level == "provinsi"}


@functools.cache
def _packaged_province_names() -> dict[str, str]:
    return province_names(load_sites())


@functools.cache
def _packaged_sites_by_host() -> dict[str, Site]:
    return {site.host: site for site in load_sites()}


NOTE_SEPARATOR = " | "


def with_note(notes: str, label: str, text: str) -> str:
    """`notes` with its `label: ...` segment replaced by `label: text` (added if missing).

    Tools (probe, discovery) own a labelled segment each and rewrite only that one, so the
    notes people wrote stay as they are and a re-run shows in a diff as one changed segment.
    """
    prefix = f"{label}: "
    kept = [part for part in notes.split(NOTE_SEPARATOR) if part and not part.startswith(prefix)]
    return NOTE_SEPARATOR.join([*kept, prefix + text])


def note(notes: str, label: str) -> str:
    """The text of the `label: ...` segment of `notes`, or ""."""
    prefix = f"{label}: "
    found = (part for part in notes.split(NOTE_SEPARATOR) if part.startswith(prefix))
    return next(found, prefix).removeprefix(prefix)


def renamed_hosts(before: Iterable[Site], after: Iterable[Site]) -> dict[str, str]:
    """Old host -> new host of every region whose host changed between two registries."""
    old = {site.region_code: site.host for site in before}
    return {
        old[site.region_code]: site.host
        for site in after
        if site.region_code in old and old[site.region_code] != site.host
    }


def canonical_host(host: str) -> str:
    """The registry's host for a host that serves the same site under another name (the bare
    `bawaslu.go.id`, `lamteng`/`lampungtengah`), else the host itself, lower case."""
    host = _normalise_host(host)
    return _packaged_aliases().get(host, host)


@functools.cache
def _packaged_aliases() -> dict[str, str]:
    return host_aliases(load_sites())


def host_aliases(sites: Iterable[Site], path: Path | None = None) -> dict[str, str]:
    """Alias -> registry host, from the aliases file (default: the packaged one).

    Each pair's registry host is whichever of the two the registry names, so the pair stays
    right when probing renames a site to its other name; a pair the registry names neither
    of maps the alias to the host column.
    """
    registry = {site.host for site in sites}
    aliases: dict[str, str] = {}
    with (path or ALIASES_PATH).open(newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            alias, host = _normalise_host(row["alias"]), _normalise_host(row["host"])
            if alias in registry and host not in registry:
                alias, host = host, alias
            if alias in registry:
                raise RegistryError(f"{alias} and {host} are both in the registry")
            aliases[alias] = host
    return aliases
