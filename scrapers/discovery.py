"""Discovery: provincial sites link their regencies' sites; those links name real hosts.

A provincial home page's "Bawaslu Kabupaten/Kota" block (any links to other
`*.bawaslu.go.id` hosts when a page has no such block) is read into `RegencyLink`s, each
matched to a region of the province by name ("Bawaslu Kab. Tulang Bawang Barat" and
"Kabupaten Tulangbawang Barat" are the same region), and compared with the registry. Reading,
matching and recording are pure; fetching the home pages is `FetchSpider`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from selectolax.lexbor import LexborNode

from scrapers.extract import parse_html
from scrapers.fetching import Fetch
from scrapers.probe import DOMAIN
from scrapers.registry import Site, with_note
from scrapers.urls import host_of

BLOCK_HEADING = re.compile(r"kabupaten\s*/\s*kota", re.IGNORECASE)
RECORDABLE_STATUSES = ("candidate", "unreachable", "moved")
"""Statuses a discovered host may replace: the registry's host is a guess or no longer
answers. Seen and verified hosts are only annotated, for a person to decide."""

Kind = Literal["known", "changed", "new"]


@dataclass(frozen=True, slots=True)
class RegencyLink:
    """A link from a provincial page to a regency or city site."""

    page_url: str
    label: str
    host: str


@dataclass(frozen=True, slots=True)
class Discovery:
    """A link compared with the registry: the site of the region it names, if one matches."""

    link: RegencyLink
    site: Site | None

    @property
    def kind(self) -> Kind:
        """known: the registry has this host; changed: it has another host for the region;
        new: neither the host nor the region is known."""
        if self.site is not None:
            return "known" if self.site.host == self.link.host else "changed"
        return "new"


def provincial_pages(registry: Sequence[Site], province: str | None = None) -> list[str]:
    """The home pages to read: every province's, or one's."""
    return [
        f"https://{site.host}/"
        for site in registry
        if site.level == "provinsi" and province in (None, site.region_code)
    ]


def discover(registry: Sequence[Site], pages: Iterable[Fetch]) -> list[Discovery]:
    """The regency links of the provincial pages that answered, compared with the registry."""
    provinces = {site.host: site.region_code for site in registry if site.level == "provinsi"}
    found = []
    for page in pages:
        province = provinces.get(host_of(page.url))
        if page.status == 200 and province is not None:
            found += compare(regency_links(page.body, page.final_url), province, registry)
    return found


def describe(item: Discovery) -> str:
    """One report line: kind, region, the registry's host and the linked one, and where."""
    link, site = item.link, item.site
    region = f"{site.region_code} {site.region_name}" if site else f"{link.label!r}"
    registry_host = site.host if site else "-"
    return f"{item.kind:8} {region}: {registry_host} -> {link.host} (on {link.page_url})"


def regency_links(html: str, page_url: str) -> list[RegencyLink]:
    """The links to other Bawaslu hosts on a page, from its regency block if it has one."""
    tree = parse_html(html)
    scope = _regency_block(tree.body) if tree.body is not None else None
    own_host = host_of(page_url)
    links: dict[str, RegencyLink] = {}
    root = scope or tree.body or tree.root
    if root is None:  # an empty document
        return []
    for anchor in root.css("a[href]"):
        host = host_of(anchor.attributes.get("href") or "")
        if host.endswith(DOMAIN) and host not in (own_host, f"www{DOMAIN}"):
            label = " ".join(anchor.text().split())
            links.setdefault(host, RegencyLink(page_url, label, host))
    return list(links.values())


def _regency_block(body: LexborNode) -> LexborNode | None:
    """The element around the heading "... Kabupaten/Kota", if the page has one."""
    for heading in body.css("h2, h3, h4, .block-title"):
        if BLOCK_HEADING.search(heading.text()) and heading.parent is not None:
            return heading.parent
    return None


def compare(
    links: Iterable[RegencyLink], province: str, registry: Sequence[Site]
) -> list[Discovery]:
    """Each link with the registry's site for the region it names (in `province`) or the
    registry's site with the same host."""
    regions = [
        site for site in registry if site.province_code == province and site.level != "provinsi"
    ]
    by_host = {site.host: site for site in registry}
    return [
        Discovery(link, match_region(link.label, regions) or by_host.get(link.host))
        for link in links
    ]


def match_region(label: str, regions: Sequence[Site]) -> Site | None:
    """The region a link label names: level and name when the label has a level, else the
    name alone if only one region bears it."""
    level, name = region_key(label)
    named = [site for site in regions if region_key(site.region_name)[1] == name]
    if level is not None:
        named = [site for site in named if site.level == level]
    return named[0] if len(named) == 1 else None


def region_key(text: str) -> tuple[str | None, str]:
    """("kabupaten", "tulangbawangbarat") from "Bawaslu Kab. Tulang Bawang Barat"."""
    words = re.sub(r"[^a-z ]+", " ", text.lower().replace("kab.", "kabupaten ")).split()
    words = [word for word in words if word != "bawaslu"]
    level = words[0] if words and words[0] in ("kabupaten", "kota") else None
    rest = words[1:] if level else words
    return level, "".join(rest)


def record(registry: Sequence[Site], discoveries: Iterable[Discovery]) -> list[Site]:
    """The registry with changed hosts recorded: a guessed or lost host is replaced (status
    `seen`, the linking page as evidence); a seen or verified one only gets a note."""
    changes = {d.site.region_code: d for d in discoveries if d.kind == "changed" and d.site}
    taken = {site.host for site in registry}
    updated = []
    for site in registry:
        discovery = changes.get(site.region_code)
        if discovery is not None:
            site = _recorded(site, discovery.link, taken)
            taken.add(site.host)
        updated.append(site)
    return updated


def _recorded(site: Site, link: RegencyLink, taken: set[str]) -> Site:
    if site.host_status in RECORDABLE_STATUSES and link.host not in taken:
        note = f"linked from {link.page_url}; the registry had {site.host}"
        return replace(
            site,
            host=link.host,
            host_status="seen",
            evidence_url=link.page_url,
            notes=with_note(site.notes, "discovery", note),
        )
    note = f"{link.page_url} links {link.host}"
    return replace(site, notes=with_note(site.notes, "discovery", note))
