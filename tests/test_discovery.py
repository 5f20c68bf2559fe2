"""`sites discover` reads the regency links of the mirror's provincial home pages, reports the
hosts the registry lacks, and records them; and the pure parts: reading, matching, recording."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.content import build_sites
from mirror.drupal import listing_page
from mirror.hosts import REGENCY_LINKS
from mirror.server import MirrorServer
from scrapers.discovery import Discovery, RegencyLink, match_region, record, regency_links
from scrapers.registry import REGISTRY_PATH, load_sites, site_for_host
from scrapers.urls import host_of

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

TODAY = date(2026, 11, 26)
LAMPUNG_HOME = "https://lampung.bawaslu.go.id/"


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer(port=0, seed=0, today=TODAY) as server:
        yield server


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    copy = tmp_path / "sites.csv"
    shutil.copyfile(REGISTRY_PATH, copy)
    return copy


def discover(mirror: MirrorServer, registry: Path, *extra: str) -> str:
    args = ["sites", "discover", "--mirror", mirror.url, "--delay", "0"]
    return run_cli(*args, "--registry", str(registry), *extra, timeout=120).stdout


def linked_hosts() -> set[str]:
    return {host_of(link.url) for links in REGENCY_LINKS.values() for link in links}


def test_reports_the_hosts_the_registry_lacks(mirror: MirrorServer, registry: Path) -> None:
    output = discover(mirror, registry)
    known = {site.host for site in load_sites(registry)}
    unknown = linked_hosts() - known
    assert unknown == {
        "lamsel.bawaslu.go.id",
        "tubaba.bawaslu.go.id",
        "metrokota.bawaslu.go.id",
        "kotabatu.bawaslu.go.id",
    }
    changed = [line for line in output.splitlines() if line.startswith("changed ")]
    assert {line.split(" -> ")[1].split()[0] for line in changed} == unknown
    assert (
        "changed  18.01 Kabupaten Lampung Selatan: lampungselatan.bawaslu.go.id -> "
        f"lamsel.bawaslu.go.id (on {LAMPUNG_HOME})"
    ) in output
    links = len(linked_hosts())
    assert f"{links} links on 38 provincial pages: {links - 4} known, 4 changed, 0 new" in output
    assert registry.read_bytes() == REGISTRY_PATH.read_bytes()  # reported, not recorded


def test_a_region_missing_from_the_registry_is_new(mirror: MirrorServer, registry: Path) -> None:
    with registry.open(encoding="utf-8") as file:
        rows = [row for row in csv.reader(file) if row[0] != "18.72"]  # drop Kota Metro
    with registry.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file, lineterminator="\n").writerows(rows)
    output = discover(mirror, registry, "--province", "18")
    assert f"new      'Kota Metro': - -> metrokota.bawaslu.go.id (on {LAMPUNG_HOME})" in output
    assert "15 links on 1 provincial pages: 12 known, 2 changed, 1 new" in output


def test_record_writes_the_registry_and_the_sites_table(
    mirror: MirrorServer, registry: Path, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    output = discover(mirror, registry, "--province", "18", "--record", "--db", str(db))
    assert "recorded 3 hosts" in output
    after = load_sites(registry)
    lamsel = site_for_host("lamsel.bawaslu.go.id", after)
    assert (lamsel.region_code, lamsel.host_status, lamsel.evidence_url) == (
        "18.01",
        "seen",
        LAMPUNG_HOME,
    )
    assert "the registry had lampungselatan.bawaslu.go.id" in lamsel.notes
    assert site_for_host("tubaba.bawaslu.go.id", after).region_code == "18.12"
    assert site_for_host("kotabatu.bawaslu.go.id", after) is None  # Jawa Timur was not read
    with sqlite3.connect(db) as connection:
        rows = dict(connection.execute("SELECT host, region_code FROM sites").fetchall())
    assert len(rows) == 553
    assert rows["lamsel.bawaslu.go.id"] == "18.01" and "lampungselatan.bawaslu.go.id" not in rows


# Pure parts --------------------------------------------------------------------------------


def test_links_come_from_the_regency_block() -> None:
    lampung = build_sites(0, TODAY)["lampung.bawaslu.go.id"]
    front = listing_page(lampung, 0, front=True)
    links = regency_links(front, LAMPUNG_HOME)
    assert [link.label for link in links] == [link.label for link in REGENCY_LINKS[lampung.host]]
    assert regency_links(listing_page(lampung, 0), LAMPUNG_HOME) == []
    page = (
        '<a href="https://www.bawaslu.go.id/">RI</a><a href="/berita">Berita</a>'
        '<a href="HTTPS://Sinjai.Bawaslu.go.id/berita">Bawaslu Sinjai</a>'
        '<a href="https://example.org/">x</a>'
    )
    assert regency_links(page, "https://sulsel.bawaslu.go.id/") == [
        RegencyLink("https://sulsel.bawaslu.go.id/", "Bawaslu Sinjai", "sinjai.bawaslu.go.id")
    ]


def test_labels_match_regions_by_level_and_name() -> None:
    sites = load_sites()
    jatim = [site for site in sites if site.province_code == "35" and site.level != "provinsi"]
    lampung = [site for site in sites if site.province_code == "18" and site.level != "provinsi"]
    assert match_region("Bawaslu Kab. Blitar", jatim).host == "blitarkab.bawaslu.go.id"
    assert match_region("Bawaslu Kota Blitar", jatim).host == "blitarkota.bawaslu.go.id"
    assert match_region("Blitar", jatim) is None  # a kabupaten and a kota share the name
    assert match_region("Sidoarjo", jatim).region_code == "35.15"
    assert match_region("Kabupaten Tulangbawang Barat", lampung).region_code == "18.12"


def test_record_replaces_guesses_and_only_annotates_seen_hosts() -> None:
    sites = load_sites()
    guess = site_for_host("lampungselatan.bawaslu.go.id", sites)
    seen = site_for_host("waykanan.bawaslu.go.id", sites)
    found = [
        Discovery(lampung_link("Kabupaten Lampung Selatan", "lamsel"), guess),
        Discovery(lampung_link("Kabupaten Way Kanan", "waykanan2"), seen),
        Discovery(lampung_link("Kabupaten Lampung Baru", "lampungbaru"), None),
    ]
    assert [item.kind for item in found] == ["changed", "changed", "new"]
    updated = {site.region_code: site for site in record(sites, found)}
    assert updated["18.01"].host == "lamsel.bawaslu.go.id"
    assert updated["18.08"].host == "waykanan.bawaslu.go.id"
    assert updated["18.08"].notes == f"discovery: {LAMPUNG_HOME} links waykanan2.bawaslu.go.id"
    assert len(updated) == len(sites)
    assert site_for_host("lampungbaru.bawaslu.go.id", updated.values()) is None


def lampung_link(label: str, name: str) -> RegencyLink:
    return RegencyLink(LAMPUNG_HOME, label, f"{name}.bawaslu.go.id")
