"""`crawl --province` over the mirror: the province's sites are crawled, and the sites the
selection passes over (disabled, unreachable) are named in the run log, not fetched."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.server import MirrorServer
from scrapers.registry import load_sites, skip_reason, write_sites

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

LAMPUNG = "18"
SERVED = {"lampung.bawaslu.go.id", "waykanan.bawaslu.go.id"}
DISABLED = "lampungtengah.bawaslu.go.id"


def test_a_province_crawl_skips_disabled_and_unreachable_sites_with_a_note(tmp_path: Path):
    registry = tmp_path / "sites.csv"
    write_sites([_as_probed(site) for site in load_sites()], registry)
    expected_skips = {
        site.host: skip_reason(site)
        for site in load_sites(registry)
        if site.province_code == LAMPUNG and site.host not in SERVED
    }
    db = tmp_path / "bawaslu.db"
    with MirrorServer(port=0) as server:
        result = run_cli(
            *("crawl", "--province", LAMPUNG, "--registry", str(registry), "--db", str(db)),
            *("--mirror", server.url, "--delay", "0"),
            check=False,
        )
        asked = {record.host for record in server.access_log.records()}
    assert result.returncode == 0, result.stderr
    assert asked == SERVED
    with sqlite3.connect(db) as conn:
        skips = dict(conn.execute("SELECT host, message FROM crawl_errors WHERE kind = 'skipped'"))
        crawled = {host for (host,) in conn.execute("SELECT DISTINCT host FROM articles")}
    assert skips == expected_skips
    assert len(skips) == 14 and all(skips.values())
    assert crawled == SERVED


def _as_probed(site):
    """Lampung's sites as a probe might have left them: two answer, one disabled, the rest
    unreachable."""
    if site.province_code != LAMPUNG or site.host in SERVED:
        return site
    if site.host == DISABLED:
        return replace(site, enabled=False)
    return replace(site, host_status="unreachable")
