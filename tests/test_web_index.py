"""The indexes the web pages read, kept by the store: Indonesian stems and same-story clusters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archive.store import Archive
from archive.textindex import STEMMED_FTS
from scrapers.article import Article

T0 = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)

RELEASE_BODY = (
    "Badan Pengawas Pemilihan Umum Republik Indonesia menggelar rapat koordinasi nasional "
    "pengawasan tahapan pemutakhiran data pemilih berkelanjutan bersama seluruh jajaran "
    "pengawas provinsi dan kabupaten kota di Jakarta pada hari Senin.\n\n"
    "Anggota Bawaslu menegaskan bahwa pengawas pemilu wajib memastikan setiap warga yang "
    "memenuhi syarat tercatat dalam daftar pemilih dan tidak ada pemilih ganda maupun pemilih "
    "yang sudah meninggal dunia yang masih tercantum di dalam daftar tersebut.\n\n"
    "Rapat juga membahas strategi pencegahan pelanggaran, penguatan pengawasan partisipatif "
    "bersama masyarakat sipil, serta koordinasi dengan pemerintah daerah dan kepolisian."
)

RELEASE = Article(
    url="https://www.bawaslu.go.id/id/berita/rakornas-pengawasan-data-pemilih",
    host="www.bawaslu.go.id",
    layout="drupal7",
    title="Bawaslu Gelar Rakornas Pengawasan Pemutakhiran Data Pemilih",
    body=RELEASE_BODY,
)
REPOST = dataclasses.replace(
    RELEASE,
    url="https://blora.bawaslu.go.id/berita/rakornas-pengawasan-data-pemilih",
    host="blora.bawaslu.go.id",
    layout="drupal",
    body="blora.bawaslu.go.id - Jakarta, " + RELEASE_BODY,
)
OTHER_STORY = Article(
    url="https://lampung.bawaslu.go.id/berita/patroli-masa-tenang",
    host="lampung.bawaslu.go.id",
    layout="drupal",
    title="Bawaslu Lampung Patroli Masa Tenang",
    body="Petugas mengawasi alat peraga kampanye dan menertibkan baliho di jalan protokol.",
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "bawaslu.db") as opened:
        yield opened


def stemmed_matches(archive: Archive, stem: str) -> list[str]:
    """Articles whose stemmed index holds `stem`, written by hand as Indonesian grammar has it."""
    return [
        row[0]
        for row in archive.db.execute(
            f"SELECT a.url FROM [{STEMMED_FTS}] f JOIN articles a ON a.rowid = f.rowid"
            f" WHERE [{STEMMED_FTS}] MATCH ? ORDER BY a.url",
            [f'"{stem}"'],
        )
    ]


def stories(archive: Archive) -> dict[str, str]:
    return dict(archive.db.execute("SELECT url, story FROM story_clusters").fetchall())


def test_a_word_finds_the_other_forms_of_its_stem(archive: Archive) -> None:
    for article in (RELEASE, OTHER_STORY):
        archive.save_article(article, fetched_at=T0)
    assert stemmed_matches(archive, "awas") == sorted([RELEASE.url, OTHER_STORY.url])
    assert stemmed_matches(archive, "tertib") == [OTHER_STORY.url]
    forms = {
        row[0] for row in archive.db.execute("SELECT word FROM word_stems WHERE stem = ?", ["awas"])
    }
    assert {"pengawasan", "pengawas", "mengawasi"} <= forms


def test_the_stemmed_index_follows_revisions(archive: Archive) -> None:
    archive.save_article(OTHER_STORY, fetched_at=T0)
    edited = dataclasses.replace(OTHER_STORY, body="Petugas mencopot spanduk.")
    assert archive.save_article(edited, fetched_at=T0 + timedelta(days=1)) == "updated"
    assert stemmed_matches(archive, "baliho") == []
    assert stemmed_matches(archive, "copot") == [OTHER_STORY.url]


def test_a_repost_joins_the_story_and_leaves_it_when_rewritten(archive: Archive) -> None:
    for offset, article in enumerate((RELEASE, OTHER_STORY, REPOST)):
        archive.save_article(article, fetched_at=T0 + timedelta(hours=offset))
    assert stories(archive) == {RELEASE.url: RELEASE.url, REPOST.url: RELEASE.url}

    rewritten = dataclasses.replace(REPOST, title=OTHER_STORY.title, body=OTHER_STORY.body)
    archive.save_article(rewritten, fetched_at=T0 + timedelta(days=1))
    assert stories(archive) == {REPOST.url: OTHER_STORY.url, OTHER_STORY.url: OTHER_STORY.url}


def test_two_stories_merge_when_an_article_bridges_them(archive: Archive) -> None:
    second = dataclasses.replace(REPOST, url="https://blora.bawaslu.go.id/berita/salinan")
    archive.save_article(RELEASE, fetched_at=T0)
    archive.save_article(OTHER_STORY, fetched_at=T0 + timedelta(hours=1))
    archive.save_article(REPOST, fetched_at=T0 + timedelta(hours=2))
    archive.save_article(second, fetched_at=T0 + timedelta(hours=3))
    assert set(stories(archive).values()) == {RELEASE.url}
    assert len(stories(archive)) == 3


def test_an_archive_made_before_the_indexes_gets_them_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Archive(path) as archive:
        archive.save_article(RELEASE, fetched_at=T0)
        archive.save_article(REPOST, fetched_at=T0 + timedelta(hours=1))
        for table in (STEMMED_FTS, "story_clusters", "article_minhash", "word_stems"):
            archive.db[table].drop()
        archive.db.execute("PRAGMA user_version = 0")  # as archives were before numbering
    with Archive(path) as reopened:
        assert stemmed_matches(reopened, "awas") == sorted([RELEASE.url, REPOST.url])
        assert stories(reopened) == {RELEASE.url: RELEASE.url, REPOST.url: RELEASE.url}
