"""How each year was decided is stored with the article, in old archives too, without
turning every archived article into a new version."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from archive.store import Archive
from scrapers.article import Article, ArticleDate, DateClue
from scrapers.dates import resolve_article_date
from scrapers.dating import SiteDating, archived_dates
from scrapers.reading import PageReading
from scrapers.registry import load_sites

FETCHED = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
ARTICLE = Article(
    url="https://lampung.bawaslu.go.id/berita/rapat-pleno",
    host="lampung.bawaslu.go.id",
    layout="drupal",
    title="Rapat Pleno",
    body="Rapat pleno digelar Rabu (23/9).",
    date=ArticleDate(
        "2020-09-23", "day", "body", "Rabu (23/9)", flags=("year_inferred",), year_source="node_id"
    ),
    node_id=1234,
)


def stored(path: Path) -> tuple:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT node_id, date_year_source, version FROM articles WHERE url = ?", [ARTICLE.url]
        ).fetchone()


def test_an_archive_from_before_the_columns_gains_them_and_no_versions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Archive(path) as archive:
        archive.load_sites(load_sites())
        assert archive.save_article(ARTICLE, fetched_at=FETCHED) == "new"
    with sqlite3.connect(path) as conn:  # the archive as the previous release made it
        for table in ("articles", "article_versions"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN node_id")
            conn.execute(f"ALTER TABLE {table} DROP COLUMN date_year_source")
        conn.execute("PRAGMA user_version = 3")  # the schema before the dating columns
    with Archive(path) as archive:
        assert stored(path) == (None, None, 1)
        assert archive.save_article(ARTICLE, fetched_at=FETCHED) == "unchanged"
    assert stored(path) == (1234, "node_id", 1)


def test_a_new_year_source_is_kept_with_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    redated = ArticleDate(
        "2020-09-23", "day", "body", "Rabu (23/9)", flags=("year_inferred",), year_source="written"
    )
    with Archive(path) as archive:
        archive.load_sites(load_sites())
        archive.save_article(ARTICLE, fetched_at=FETCHED)
        changed = replace(ARTICLE, body="Rapat pleno Rabu (23/9/2020).", date=redated)
        assert archive.save_article(changed, fetched_at=FETCHED) == "updated"
    with sqlite3.connect(path) as conn:
        old = conn.execute("SELECT node_id, date_year_source FROM article_versions").fetchone()
    assert old == (1234, "node_id")
    assert stored(path) == (1234, "written", 2)


def test_a_revisit_without_the_walk_keeps_the_year_the_walk_decided(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    decided = ArticleDate(
        "2020-09-23",
        "day",
        "body",
        "Rabu (23/9)",
        flags=("year_inferred",),
        year_source="listing_neighbours",
    )
    with Archive(path) as archive:
        archive.load_sites(load_sites())
        archive.save_article(replace(ARTICLE, node_id=None, date=decided), fetched_at=FETCHED)
        known = archived_dates(archive.db, ARTICLE.host, "Asia/Jakarta")
    assert known.first_seen == {ARTICLE.url: date(2026, 11, 26)}
    dating: SiteDating[str] = SiteDating()
    dating.remember(ARTICLE.host, known)
    bare = resolve_article_date(ARTICLE.date_clues, reference=date(2026, 11, 26), tz="Asia/Jakarta")
    revisit = replace(ARTICLE, node_id=None, date_clues=(DateClue("body", ARTICLE.body),))
    page = PageReading(replace(revisit, date=bare), (), date(2026, 11, 26), "Asia/Jakarta")
    assert dating.read(ARTICLE.host, page, "revisit") == []
    [(article, _)] = dating.settle(ARTICLE.host)
    assert article.date == decided
