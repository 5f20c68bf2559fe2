"""`sites probe` over the real mirror (verified, moved, unreachable, found under another name,
the registry CSV and the sites table rewritten), and the pure parts of probing."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.content import build_sites
from mirror.drupal import listing_page
from mirror.hosts import MOVED_HOSTS, REGENCY_SPECS
from mirror.server import AccessRecord, MirrorServer
from scrapers.fetching import NO_SUCH_HOST, Fetch
from scrapers.probe import (
    HostProbe,
    alternative_hosts,
    apply_probes,
    classify,
    detect_platform,
    plan_probes,
)
from scrapers.registry import (
    REGISTRY_PATH,
    Site,
    load_sites,
    note,
    site_for_host,
    with_note,
    write_sites,
)

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

TODAY = date(2026, 11, 26)
NAMED = ("jatim.bawaslu.go.id", "jombang.bawaslu.go.id", "www.bawaslu.go.id")


@dataclass(frozen=True)
class ProbeRun:
    before: list[Site]
    after: list[Site]
    registry: Path
    db: Path
    output: str
    access: list[AccessRecord]

    def site(self, region_code: str) -> Site:
        return next(site for site in self.after if site.region_code == region_code)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProbeRun]:
    """Lampung's sixteen sites and three named ones, probed once over the mirror."""
    work = tmp_path_factory.mktemp("probe")
    registry = work / "sites.csv"
    shutil.copyfile(REGISTRY_PATH, registry)
    db = work / "archive.db"
    with MirrorServer(port=0, seed=0, today=TODAY) as mirror:
        args = ["sites", "probe", "--mirror", mirror.url, "--delay", "0", "--province", "18"]
        args += ["--registry", str(registry), "--db", str(db)]
        args += [arg for host in NAMED for arg in ("--site", host)]
        result = run_cli(*args, timeout=120)
        access = mirror.access_log.records()
    yield ProbeRun(
        load_sites(REGISTRY_PATH), load_sites(registry), registry, db, result.stdout, access
    )


def test_hosts_that_answer_are_verified_with_their_platform(run: ProbeRun) -> None:
    platforms = {site.host: site.platform for site in run.after if site.host_status == "verified"}
    assert platforms["lampung.bawaslu.go.id"] == "drupal"
    assert platforms["waykanan.bawaslu.go.id"] == "drupal"
    assert platforms["jatim.bawaslu.go.id"] == "drupal"
    assert platforms["jombang.bawaslu.go.id"] == "wordpress"
    assert platforms["www.bawaslu.go.id"] == "drupal7"
    jombang = note(site_for_host("jombang.bawaslu.go.id", run.after).notes, "probe")
    assert "/berita redirects to /category/berita/" in jombang
    assert "date metadata: yes" in jombang  # WordPress articles carry article:published_time
    jatim = note(site_for_host("jatim.bawaslu.go.id", run.after).notes, "probe")
    assert "date metadata: yes" in jatim and "rss.xml: no" in jatim
    lampung = note(site_for_host("lampung.bawaslu.go.id", run.after).notes, "probe")
    assert "date metadata: no" in lampung and "sitemap.xml: no" in lampung


def test_a_redirect_to_another_host_is_moved(run: ProbeRun) -> None:
    ((old, new),) = MOVED_HOSTS.items()
    moved = site_for_host(old, run.after)
    assert moved.host_status == "moved"
    assert f"moved to {new}" in moved.notes


def test_a_candidate_is_found_under_an_alternative_name(run: ProbeRun) -> None:
    answering = {spec.host for spec in REGENCY_SPECS}
    for code, alternative in (
        ("18.01", "lamsel.bawaslu.go.id"),
        ("18.72", "metrokota.bawaslu.go.id"),
    ):
        before = next(site for site in run.before if site.region_code == code)
        after = run.site(code)
        assert before.host_status == "candidate" and before.host not in answering
        assert (after.host, after.host_status) == (alternative, "verified")
        assert f"{before.host}: {NO_SUCH_HOST}" in after.notes


def test_hosts_that_do_not_exist_are_unreachable(run: ProbeRun) -> None:
    mesuji = run.site("18.11")
    assert (mesuji.host, mesuji.host_status, mesuji.platform) == (
        "mesuji.bawaslu.go.id",
        "unreachable",
        "unknown",
    )
    assert "mesujikab.bawaslu.go.id: no such host" in mesuji.notes
    unreachable = {site.host for site in run.after if site.host_status == "unreachable"}
    assert len(unreachable) == 11
    answered = {record.host for record in run.access if record.status == 200}
    assert not unreachable & answered


def test_only_the_probed_sites_change_and_the_csv_round_trips(
    run: ProbeRun, tmp_path: Path
) -> None:
    probed = {site.region_code for site in run.after if site.probed_at is not None}
    assert probed == {s.region_code for s in run.before if s.province_code == "18"} | {
        site_for_host(host, run.before).region_code for host in NAMED
    }
    unchanged = [site for site in run.after if site.region_code not in probed]
    assert unchanged == [site for site in run.before if site.region_code not in probed]
    copy = tmp_path / "again.csv"
    write_sites(load_sites(run.registry), copy)
    assert copy.read_bytes() == run.registry.read_bytes()
    assert "19 sites probed: unreachable 11, verified 7, moved 1" in run.output


def test_the_sites_table_follows_the_registry(run: ProbeRun) -> None:
    with sqlite3.connect(run.db) as connection:
        rows = connection.execute("SELECT host, region_code, host_status, probed_at FROM sites")
        table = {row[0]: row[1:] for row in rows}
    assert len(table) == 553
    assert "lampungselatan.bawaslu.go.id" not in table
    lamsel = table["lamsel.bawaslu.go.id"]
    assert lamsel[:2] == ("18.01", "verified")
    assert datetime.fromisoformat(lamsel[2]) <= datetime.now(UTC)
    for site in run.after:
        assert table[site.host][:2] == (site.region_code, site.host_status)


def test_one_request_at_a_time_per_host(run: ProbeRun) -> None:
    by_host: dict[str, list[AccessRecord]] = {}
    for record in run.access:
        by_host.setdefault(record.host, []).append(record)
    for records in by_host.values():
        records.sort(key=lambda record: record.started)
        for earlier, later in pairwise(records):
            assert later.started >= earlier.finished - 0.001, (earlier, later)
    assert {record.path for record in run.access if record.host == "lampung.bawaslu.go.id"} >= {
        "/robots.txt",
        "/",
        "/berita",
        "/rss.xml",
        "/sitemap.xml",
    }


# Pure parts --------------------------------------------------------------------------------


def registry_site(host: str) -> Site:
    site = site_for_host(host)
    assert site is not None
    return site


def test_alternatives_follow_the_naming_conventions() -> None:
    assert alternative_hosts(registry_site("lampungselatan.bawaslu.go.id")) == (
        "lampungselatankab.bawaslu.go.id",
        "lamsel.bawaslu.go.id",
    )
    assert alternative_hosts(registry_site("metro.bawaslu.go.id")) == (
        "metrokota.bawaslu.go.id",
        "kotametro.bawaslu.go.id",
    )
    assert alternative_hosts(registry_site("blitarkab.bawaslu.go.id")) == ()
    pangkep = dataclasses.replace(
        registry_site("pangkep.bawaslu.go.id"), host="pangkajenedankepulauan.bawaslu.go.id"
    )
    assert "pangkep.bawaslu.go.id" in alternative_hosts(pangkep)
    assert "pangkep.bawaslu.go.id" not in alternative_hosts(pangkep, {"pangkep.bawaslu.go.id"})


def test_only_never_seen_hosts_get_alternatives() -> None:
    registry = load_sites()
    chosen = [
        registry_site("lampungselatan.bawaslu.go.id"),
        registry_site("waykanan.bawaslu.go.id"),
    ]
    candidate, seen = plan_probes(registry, chosen)
    assert len(candidate.names) == 3 and seen.names == ("waykanan.bawaslu.go.id",)


def test_platform_markers() -> None:
    assert (
        detect_platform('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">')
        == "drupal"
    )
    assert (
        detect_platform('<meta name="generator" content="Drupal 7 (http://drupal.org)">')
        == "drupal7"
    )
    assert detect_platform('<img src="/sites/prov_jatim/files/logo.png">') == "drupal"
    assert detect_platform('<img src="/sites/default/files/logo.png">') == "unknown"
    assert detect_platform('<link href="/wp-content/themes/x/style.css">') == "wordpress"
    assert detect_platform("<p>Bawaslu</p>") == "unknown"


def test_a_plan_tries_names_in_turn_then_walks_the_site() -> None:
    site = build_sites(0, TODAY)["nganjuk.bawaslu.go.id"]
    listing = listing_page(site, 0)
    registry_entry = registry_site("nganjuk.bawaslu.go.id")
    probe = HostProbe(registry_entry, ("gone.bawaslu.go.id", "nganjuk.bawaslu.go.id"))
    base = "https://nganjuk.bawaslu.go.id"
    assert probe.next_url(Fetch("https://gone.bawaslu.go.id/", error=NO_SUCH_HOST)) == base + "/"
    assert probe.next_url(Fetch(base + "/", base + "/", 200, listing)) == base + "/berita"
    article = probe.next_url(Fetch(base + "/berita", base + "/berita", 200, listing))
    assert article == site.url_of(site.articles[0])
    assert probe.next_url(Fetch(article, article, 200, "<html></html>")) == base + "/rss.xml"
    rss = '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'
    assert (
        probe.next_url(Fetch(base + "/rss.xml", base + "/rss.xml", 200, rss))
        == base + "/sitemap.xml"
    )
    assert probe.next_url(Fetch(base + "/sitemap.xml", base + "/sitemap.xml", 404, "")) is None
    finding = classify(probe)
    assert (finding.host, finding.host_status, finding.platform) == (
        "nganjuk.bawaslu.go.id",
        "verified",
        "drupal",
    )
    assert "rss.xml: yes" in finding.note and "sitemap.xml: no" in finding.note
    assert "answers as nganjuk.bawaslu.go.id; gone.bawaslu.go.id: no such host" in finding.note


def test_an_alternative_that_is_another_region_is_refused() -> None:
    other = build_sites(0, TODAY)["blora.bawaslu.go.id"]
    probe = HostProbe(
        registry_site("metro.bawaslu.go.id"), ("metro.bawaslu.go.id", "x.bawaslu.go.id")
    )
    probe.next_url(Fetch("https://metro.bawaslu.go.id/", error=NO_SUCH_HOST))
    page = listing_page(other, 0)
    assert (
        probe.next_url(Fetch("https://x.bawaslu.go.id/", "https://x.bawaslu.go.id/", 200, page))
        is None
    )
    finding = classify(probe)
    assert finding.host_status == "unreachable"
    assert "x.bawaslu.go.id: answers, but not as this region" in finding.note


def test_findings_keep_hosts_unique_and_human_notes() -> None:
    registry = load_sites()
    metro = dataclasses.replace(registry_site("metro.bawaslu.go.id"), notes="checked by hand")
    registry = [metro if site.region_code == metro.region_code else site for site in registry]
    # Suppose Kota Metro answered as Way Kanan's host: it may not take it.
    probe = HostProbe(metro, ("metro.bawaslu.go.id", "waykanan.bawaslu.go.id"))
    probe.failed.append(("metro.bawaslu.go.id", NO_SUCH_HOST))
    home = "https://waykanan.bawaslu.go.id/"
    probe.fetches.append(Fetch(home, home, 200, "<title>Bawaslu Kota Metro</title>"))
    updated = apply_probes(registry, [probe], datetime(2026, 11, 26, tzinfo=UTC))
    after = next(site for site in updated if site.region_code == metro.region_code)
    assert (after.host, after.host_status) == ("metro.bawaslu.go.id", "candidate")
    assert after.notes.startswith("checked by hand | probe: answers as waykanan.bawaslu.go.id")
    assert len({site.host for site in updated}) == len(updated)
    assert (
        with_note(with_note("a | probe: old", "probe", "new"), "probe", "newer")
        == "a | probe: newer"
    )
