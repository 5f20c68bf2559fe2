"""The registry file keeps its own rules, and selection picks what a crawl asked for."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from scrapers.registry import (
    HOST_STATUSES,
    PLATFORMS,
    REGISTRY_PATH,
    RegistryError,
    Site,
    load_sites,
    province_name,
    select_sites,
    site_for_host,
    write_sites,
)

WITA_PROVINCES = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
WIT_PROVINCES = {"81", "82", "91", "92", "93", "94", "95", "96"}


@pytest.fixture(scope="module")
def sites() -> list[Site]:
    return load_sites()


def provinces(sites: list[Site]) -> dict[str, Site]:
    return {site.region_code: site for site in sites if site.level == "provinsi"}


def test_every_region_and_the_national_site_once(sites: list[Site]) -> None:
    assert len(sites) == 553
    assert Counter(site.level for site in sites) == {
        "nasional": 1,
        "provinsi": 38,
        "kabupaten": 416,
        "kota": 98,
    }
    assert len({site.host for site in sites}) == 553
    assert len({site.region_code for site in sites}) == 553


def test_codes_nest_inside_their_province(sites: list[Site]) -> None:
    by_code = provinces(sites)
    for site in sites:
        if site.level == "nasional":
            assert site.province_code is None
        elif site.level == "provinsi":
            assert site.province_code == site.region_code
        else:
            assert site.province_code in by_code, site
            assert site.region_code.startswith(f"{site.province_code}."), site


def test_zones_follow_the_province(sites: list[Site]) -> None:
    for site in sites:
        code = site.province_code or ""
        expected = (
            "Asia/Makassar"
            if code in WITA_PROVINCES
            else "Asia/Jayapura"
            if code in WIT_PROVINCES
            else "Asia/Jakarta"
        )
        assert site.timezone == expected, site


def test_statuses_platforms_and_evidence(sites: list[Site]) -> None:
    assert {site.host_status for site in sites} <= set(HOST_STATUSES)
    assert {site.platform for site in sites} <= set(PLATFORMS)
    for site in sites:
        assert site.host.endswith(".bawaslu.go.id"), site
        if site.host_status == "candidate":
            assert not site.evidence_url, site
        if site.platform == "wordpress":
            assert "/wp-content/" in site.evidence_url or "/20" in site.evidence_url, site
    assert site_for_host("www.bawaslu.go.id").platform == "drupal7"


def test_writing_back_reproduces_the_file_byte_for_byte(sites: list[Site], tmp_path: Path) -> None:
    copy = tmp_path / "sites.csv"
    write_sites(sites, copy)
    assert copy.read_bytes() == REGISTRY_PATH.read_bytes()
    assert load_sites(copy) == sites


def test_a_bad_value_is_rejected_with_its_line(sites: list[Site], tmp_path: Path) -> None:
    broken = tmp_path / "sites.csv"
    write_sites([sites[0], dataclasses.replace(sites[1], host_status="maybe")], broken)
    with pytest.raises(RegistryError, match=r"sites\.csv:3: host_status 'maybe'"):
        load_sites(broken)


def test_province_18_selects_exactly_lampung(sites: list[Site]) -> None:
    selection = select_sites(sites, province="18")
    names = {site.region_name for site in selection}
    assert len(selection) == 16  # the province, 13 kabupaten, 2 kota
    assert {"Lampung", "Kabupaten Way Kanan", "Kota Bandar Lampung", "Kota Metro"} <= names
    assert all(site.region_code == "18" or site.province_code == "18" for site in selection)
    assert not selection.skipped


def test_filters_skip_disabled_and_unreachable_with_a_reason(sites: list[Site]) -> None:
    down = dataclasses.replace(site_for_host("waykanan.bawaslu.go.id"), host_status="unreachable")
    edited = [down if site.host == down.host else site for site in sites]
    selection = select_sites(edited, province="18", level="kabupaten")
    assert len(selection) == 12
    assert [(s.site.host, s.reason) for s in selection.skipped] == [
        ("waykanan.bawaslu.go.id", "host unreachable")
    ]
    everything = select_sites(sites, all_sites=True)
    assert len(everything) == 552
    assert [s.site.host for s in everything.skipped] == ["ppid-cimahikota.bawaslu.go.id"]
    assert everything.skipped[0].reason.startswith("disabled in the registry")


def test_named_hosts_are_taken_as_asked(sites: list[Site]) -> None:
    selection = select_sites(sites, hosts=["Blora.bawaslu.go.id", "ppid-cimahikota.bawaslu.go.id"])
    assert [site.host for site in selection] == [
        "ppid-cimahikota.bawaslu.go.id",
        "blora.bawaslu.go.id",
    ]
    assert list(select_sites(sites)) == []
    with pytest.raises(RegistryError, match=r"nowhere\.bawaslu\.go\.id"):
        select_sites(sites, hosts=["nowhere.bawaslu.go.id"])


def test_lookups(sites: list[Site]) -> None:
    assert province_name("18") == "Lampung"
    assert province_name("35", sites) == "Jawa Timur"
    assert province_name("99") is None
    assert site_for_host("NGANJUK.bawaslu.go.id:8080").province_code == "35"
    assert site_for_host("sorongselatan.bawaslu.go.id").timezone == "Asia/Jayapura"
    assert site_for_host("example.org") is None
