"""The whole job over the mirror: a real Scrapy crawl into a real SQLite file, served by Datasette.

The expected figures come from the mirror's content model, the one source of truth for what
the simulated sites publish.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import crawl_mirror, free_port

from mirror.content import build_sites, jakarta_today
from mirror.server import MirrorServer

FOOTER_MARKERS = (
    "Lompat ke isi utama",
    "Media Sosial",
    "Lokasi Bawaslu Provinsi",
    "Konsultasi",
    "right-circle",
    "toast",
)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory):
    """Crawl the whole mirror twice into one archive; keep both snapshots."""
    db = tmp_path_factory.mktemp("archive") / "bawaslu.db"
    sites = build_sites(seed=0, today=jakarta_today())
    with MirrorServer(port=0, sites=sites) as server:
        crawl_mirror(server.url, db, list(sites))
        first = _snapshot(db)
        crawl_mirror(server.url, db, list(sites))
        second = _snapshot(db)
    return sites, db, first, second


def _snapshot(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute("select * from articles")}


def test_every_mirror_article_is_archived_once(crawl) -> None:
    sites, _, articles, _ = crawl
    stored = {url for url in articles}
    for host, site in sites.items():
        expected = {site.url_of(article) for article in site.articles}
        on_host = {url for url in stored if url.startswith(f"https://{host}/")}
        assert on_host == expected, host


def test_urls_are_canonical(crawl) -> None:
    _, _, articles, _ = crawl
    for url, row in articles.items():
        assert url.startswith(f"https://{row['host']}/")
        assert "/index.php" not in url and "?" not in url and "#" not in url


def test_seed_article_is_stored_exactly(crawl, seed_text: str) -> None:
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    title = lines[2]
    paragraphs = lines[4 : lines.index("toast")]
    _, _, articles, _ = crawl
    (row,) = [row for row in articles.values() if row["title"] == title]
    assert row["host"] == "lampung.bawaslu.go.id"
    assert row["body"] == "\n\n".join(paragraphs)


def test_seed_article_date_comes_from_its_body_with_the_year_inferred(crawl) -> None:
    _, _, articles, _ = crawl
    (row,) = [r for r in articles.values() if r["title"].startswith("Serahkan Laporan Akhir")]
    assert row["published_date"] == "2023-12-28"
    assert row["date_source"] == "body"
    assert "year_inferred" in json.loads(row["date_flags"])


def test_no_boilerplate_in_titles_or_bodies(crawl) -> None:
    _, _, articles, _ = crawl
    for row in articles.values():
        for marker in FOOTER_MARKERS:
            assert marker not in row["title"], row["url"]
            assert marker not in row["body"], row["url"]


def test_dates_match_what_the_sites_show(crawl) -> None:
    sites, _, articles, _ = crawl
    for site in sites.values():
        for article in site.articles:
            row = articles[site.url_of(article)]
            known = site.knowable_date(article)
            expected = known.isoformat() if known else None
            assert row["published_date"] == expected, row["url"]


def test_second_crawl_changes_nothing(crawl) -> None:
    _, db, first, second = crawl
    ignore = {"fetched_at"}
    assert first.keys() == second.keys()
    for url, row in first.items():
        assert {k: v for k, v in row.items() if k not in ignore} == {
            k: v for k, v in second[url].items() if k not in ignore
        }
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from article_versions").fetchone() == (0,)


def test_datasette_full_text_search_finds_the_seed_article(crawl) -> None:
    _, db, _, _ = crawl
    port = free_port()
    command = [sys.executable, "-m", "archive.cli", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/bawaslu/articles.json?_search=Kehumasan&_shape=objects"
        result = _get_json(url)
    finally:
        server.terminate()
        server.wait(timeout=10)
    titles = [row["title"] for row in result["rows"]]
    assert any(title.startswith("Serahkan Laporan Akhir Kehumasan") for title in titles)


def _get_json(url: str, wait: float = 20.0) -> dict:
    deadline = time.monotonic() + wait
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
