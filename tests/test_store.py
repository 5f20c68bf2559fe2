"""The archive on a real SQLite file: revisions, removals, search, the sites join, atomicity."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archive.store import Archive
from scrapers.article import Article, ArticleDate, Credit, Image
from scrapers.registry import load_sites

T0 = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)
LAMPUNG = "lampung.bawaslu.go.id"

ARTICLE = Article(
    url=f"https://{LAMPUNG}/berita/rapat-koordinasi-pengawasan",
    host=LAMPUNG,
    layout="drupal",
    title="Bawaslu Lampung Gelar Rapat Koordinasi Pengawasan Pemilihan",
    lead="Suasana rapat koordinasi di Bandar Lampung.",
    body="Bawaslu Lampung menggelar rapat koordinasi.\n\nRapat membahas pengawasan kampanye.",
    tags=("Pilkada 2024", "Pengawasan"),
    credits=(Credit("editor", "Ahmad"), Credit("photo", "Humas")),
    credits_raw="Editor: Ahmad\nFoto: Humas",
    images=(Image(f"https://{LAMPUNG}/sites/prov_lampung/files/rapat.jpg", caption="Rapat"),),
    date=ArticleDate("2024-10-02", "day", "meta", "2024-10-02"),
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "nested" / "bawaslu.db") as opened:
        opened.load_sites(load_sites())
        yield opened


def article_row(archive: Archive, url: str = ARTICLE.url) -> dict:
    return archive.db["articles"].get(url)


def test_new_then_unchanged_only_moves_the_fetch_time(archive: Archive) -> None:
    assert archive.save_article(ARTICLE, fetched_at=T0) == "new"
    first = article_row(archive)
    assert archive.save_article(ARTICLE, fetched_at=T0 + timedelta(days=1)) == "unchanged"
    second = article_row(archive)
    assert archive.db["articles"].count == 1
    assert second["fetched_at"] == "2025-03-02T02:00:00+00:00"
    assert {**second, "fetched_at": first["fetched_at"]} == first
    assert (first["version"], first["first_seen_at"], first["updated_at"]) == (
        1,
        "2025-03-01T02:00:00+00:00",
        None,
    )
    assert json.loads(first["tags"]) == ["Pilkada 2024", "Pengawasan"]
    assert json.loads(first["credits"]) == [
        {"role": "editor", "name": "Ahmad"},
        {"role": "photo", "name": "Humas"},
    ]
    assert first["published_year"] == 2024
    assert archive.db["article_versions"].count == 0


def test_an_edit_keeps_the_previous_text_as_a_version(archive: Archive) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    archive.save_article(ARTICLE, fetched_at=T0 + timedelta(hours=5))
    edited = dataclasses.replace(ARTICLE, body=ARTICLE.body.replace("kampanye", "logistik"))
    assert archive.save_article(edited, fetched_at=T0 + timedelta(days=2)) == "updated"
    assert archive.save_article(edited, fetched_at=T0 + timedelta(days=3)) == "unchanged"

    current = article_row(archive)
    assert (current["body"], current["version"]) == (edited.body, 2)
    assert current["updated_at"] == "2025-03-03T02:00:00+00:00"
    assert current["first_seen_at"] == "2025-03-01T02:00:00+00:00"
    [old] = archive.db["article_versions"].rows
    assert (old["url"], old["version"], old["body"]) == (ARTICLE.url, 1, ARTICLE.body)
    assert old["captured_at"] == "2025-03-01T02:00:00+00:00"
    assert old["last_seen_at"] == "2025-03-01T07:00:00+00:00"
    assert old["replaced_at"] == "2025-03-03T02:00:00+00:00"
    assert old["content_hash"] != current["content_hash"]
    assert archive.db["articles"].count == 1


def test_a_changed_date_or_tag_is_a_revision_too(archive: Archive) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    undated = dataclasses.replace(ARTICLE, date=None, tags=())
    assert archive.save_article(undated, fetched_at=T0 + timedelta(days=1)) == "updated"
    row = article_row(archive)
    assert (row["published_date"], row["published_year"], row["tags"]) == (None, None, "[]")
    [old] = archive.db["article_versions"].rows
    assert old["published_date"] == "2024-10-02"


def test_search_follows_the_current_text(archive: Archive) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    other = dataclasses.replace(
        ARTICLE,
        url=f"https://{LAMPUNG}/berita/sosialisasi",
        title="Sosialisasi Pengawasan Partisipatif",
        lead="",
        body="Lain.",
    )
    archive.save_article(other, fetched_at=T0)
    assert [r["url"] for r in archive.db["articles"].search("kampanye")] == [ARTICLE.url]
    assert [r["url"] for r in archive.db["articles"].search("Bandar")] == [ARTICLE.url]
    assert [r["url"] for r in archive.db["articles"].search("partisipatif")] == [other.url]

    edited = dataclasses.replace(ARTICLE, body="Rapat membahas logistik pemilihan.")
    archive.save_article(edited, fetched_at=T0 + timedelta(days=1))
    assert list(archive.db["articles"].search("kampanye")) == []
    assert [r["url"] for r in archive.db["articles"].search("logistik")] == [ARTICLE.url]


def test_articles_join_their_site_and_empty_regions_count_zero(archive: Archive) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    nganjuk = "nganjuk.bawaslu.go.id"
    archive.save_article(
        dataclasses.replace(ARTICLE, url=f"https://{nganjuk}/berita/apel", host=nganjuk),
        fetched_at=T0,
    )
    per_region = dict(
        archive.db.execute(
            """SELECT s.region_name, count(a.url) FROM sites s
               LEFT JOIN articles a ON a.host = s.host GROUP BY s.host"""
        ).fetchall()
    )
    assert len(per_region) == 553
    assert per_region["Lampung"] == 1
    assert per_region["Kabupaten Nganjuk"] == 1
    assert per_region["Kabupaten Blora"] == 0
    joined = {r["host"]: r for r in archive.db["article_sites"].rows}
    assert joined[nganjuk]["province_name"] == "Jawa Timur"
    assert joined[LAMPUNG]["timezone"] == "Asia/Jakarta"
    assert archive.db["articles"].foreign_keys[0].other_table == "sites"


def test_removal_marks_keep_the_content_and_their_history(archive: Archive) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    assert archive.mark_removed(ARTICLE.url, T0 + timedelta(days=1))
    assert not archive.mark_removed(ARTICLE.url, T0 + timedelta(days=2))
    row = article_row(archive)
    assert (row["removed_at"], row["body"]) == ("2025-03-02T02:00:00+00:00", ARTICLE.body)
    assert [r["url"] for r in archive.db["articles"].search("kampanye")] == [ARTICLE.url]

    assert archive.mark_present(ARTICLE.url, T0 + timedelta(days=3))
    assert not archive.mark_present(ARTICLE.url, T0 + timedelta(days=4))
    archive.mark_removed(ARTICLE.url, T0 + timedelta(days=5))
    assert archive.save_article(ARTICLE, fetched_at=T0 + timedelta(days=6)) == "unchanged"

    assert article_row(archive)["removed_at"] is None
    history = [
        (r["removed_at"][:10], r["restored_at"][:10]) for r in archive.db["article_removals"].rows
    ]
    assert sorted(history) == [("2025-03-02", "2025-03-04"), ("2025-03-06", "2025-03-07")]
    assert not archive.mark_removed("https://lampung.bawaslu.go.id/berita/unknown", T0)


def test_a_failure_mid_revision_leaves_the_previous_state(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    before = article_row(archive)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed between the version and the new content")

    monkeypatch.setattr(archive, "_replace_content", crash)
    edited = dataclasses.replace(ARTICLE, title="Judul Baru")
    with pytest.raises(RuntimeError):
        archive.save_article(edited, fetched_at=T0 + timedelta(days=1))
    monkeypatch.undo()

    assert article_row(archive) == before
    assert archive.db["article_versions"].count == 0
    assert archive.save_article(edited, fetched_at=T0 + timedelta(days=1)) == "updated"
    assert archive.db["article_versions"].count == 1


def test_reopening_is_idempotent_and_uses_wal(archive: Archive, tmp_path: Path) -> None:
    archive.save_article(ARTICLE, fetched_at=T0)
    path = Path(archive.db.conn.execute("PRAGMA database_list").fetchone()[2])
    archive.close()
    with Archive(path) as reopened:
        reopened.load_sites(load_sites())
        assert reopened.db.journal_mode == "wal"
        # NORMAL (1): no fsync per commit, still safe against a killed process in WAL mode.
        assert reopened.db.execute("PRAGMA synchronous").fetchone()[0] == 1
        assert reopened.db["sites"].count == 553
        assert reopened.save_article(ARTICLE, fetched_at=T0) == "unchanged"
        assert reopened.db["articles"].count == 1
        assert reopened.db["articles"].detect_fts() == "articles_fts"
        assert "remove_diacritics 2" in reopened.db["articles_fts"].schema


def test_times_without_a_zone_are_refused(archive: Archive) -> None:
    with pytest.raises(ValueError, match="without a zone"):
        archive.save_article(ARTICLE, fetched_at=datetime(2025, 3, 1))
    assert archive.db["articles"].count == 0


def test_every_article_column_is_versioned_or_bookkeeping(archive: Archive) -> None:
    """A content column added to articles but not to article_versions would lose history."""
    current = set(archive.db["articles"].columns_dict)
    versioned = set(archive.db["article_versions"].columns_dict)
    assert current - versioned == {
        "host",
        "published_year",
        "first_seen_at",
        "fetched_at",
        "updated_at",
        "removed_at",
    }


def test_a_moved_host_keeps_its_articles_region(archive: Archive) -> None:
    sites = load_sites()
    archive.save_article(ARTICLE, fetched_at=T0)
    hosts = {
        LAMPUNG: "lampungprov.bawaslu.go.id",
        "waykanan.bawaslu.go.id": "waykanankab.bawaslu.go.id",
    }
    archive.load_sites([dataclasses.replace(s, host=hosts.get(s.host, s.host)) for s in sites])
    rows = {row["host"]: row for row in archive.db["sites"].rows}
    region = {site.host: site.region_code for site in sites}
    assert rows[LAMPUNG]["host_status"] == "moved"  # its article still points at it
    assert rows["lampungprov.bawaslu.go.id"]["region_code"] == region[LAMPUNG]
    assert "waykanan.bawaslu.go.id" not in rows  # nothing referred to it
    assert rows["waykanankab.bawaslu.go.id"]["region_code"] == region["waykanan.bawaslu.go.id"]
