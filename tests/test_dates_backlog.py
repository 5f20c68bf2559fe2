"""A first crawl of a ten-year backlog whose pages mostly write "Rabu (23/9)" and no year.

The truth is the mirror's own content model (`mirror.backlog`); the archive must put at least
99% of the articles in their right year, say what decided each year, and a replay of the
crawl's WARC must reach the same dates.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from selectolax.lexbor import LexborHTMLParser

from archive.cli import METADATA, PLUGINS, TEMPLATES
from mirror.backlog import BACKLOG_HOST, backlog_site
from mirror.server import MirrorServer
from scrapers.year_evidence import YEAR_SOURCES
from tests.conftest import crawl_mirror, run_cli

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

YEAR_WRITTEN = re.compile(r"\d{4}|/\d{1,2}/\d{2}\)")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("backlog") / "archive.db"
    with MirrorServer() as mirror:
        crawl_mirror(mirror.url, db, [BACKLOG_HOST])
    return db


def archived(db: Path) -> dict[str, tuple[str | None, str | None, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT url, published_date, date_year_source, date_flags FROM articles"
        ).fetchall()
    return {url: (published, source, flags) for url, published, source, flags in rows}


def test_the_backlog_mostly_names_no_year() -> None:
    backlog = backlog_site()
    articles = backlog.site.articles
    yearless = [
        a
        for a in articles
        if not YEAR_WRITTEN.search(a.body_dates[0]) and a.path not in backlog.dated_rows
    ]
    years = {a.published_at.year for a in articles}
    assert len(articles) >= 120
    assert min(years) == 2017 and max(years) >= 2026
    assert len(yearless) / len(articles) >= 0.6


def test_at_least_99_percent_of_the_years_are_right(crawled: Path) -> None:
    site = backlog_site().site
    truth = {site.url_of(article): article.published_date for article in site.articles}
    found = archived(crawled)
    assert found.keys() == truth.keys()
    right_year = [url for url, day in truth.items() if (found[url][0] or "")[:4] == str(day.year)]
    right_day = [url for url, day in truth.items() if found[url][0] == day.isoformat()]
    assert len(right_year) / len(truth) >= 0.99
    assert len(right_day) / len(truth) >= 0.95


def test_each_year_says_what_decided_it(crawled: Path) -> None:
    sources = [source for _, source, _ in archived(crawled).values()]
    assert set(sources) <= set(YEAR_SOURCES)
    assert sources.count("listing_neighbours") >= len(sources) / 3
    assert "written" in sources


def test_reextract_reaches_the_same_dates(crawled: Path, tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.db"
    run_cli("reextract", "--warc-dir", str(crawled.parent / "warc"), "--db", str(rebuilt))
    assert archived(rebuilt) == archived(crawled)


def test_the_article_page_says_where_the_year_came_from(crawled: Path) -> None:
    with sqlite3.connect(crawled) as conn:
        url = conn.execute(
            "SELECT url FROM articles WHERE date_year_source = 'listing_neighbours'"
            " AND date_source = 'body' LIMIT 1"
        ).fetchone()[0]
    page = LexborHTMLParser(served_page(crawled, "/article/" + url.removeprefix("https://")))
    how = page.css_first(".date-how").text()
    assert "dari isi berita, tahun disimpulkan, tahun dari tetangga di daftar berita" in how
    assert "year from listing neighbours" in how


def served_page(db: Path, path: str) -> str:
    """One page from a Datasette serving the archive as `bawaslu-archive serve` does."""

    async def request() -> str:
        datasette = Datasette(
            [str(db)],
            metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")),
            plugins_dir=str(PLUGINS),
            template_dir=str(TEMPLATES),
        )
        await datasette.invoke_startup()
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.text

    return asyncio.run(request())
