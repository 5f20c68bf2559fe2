"""SearchQuery's statements run on a real SQLite archive of four hand-written articles: which
rows each query finds, in which order, and what the count says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archive.store import Archive
from archive.web.search import SearchQuery
from scrapers.article import Article, ArticleDate

T0 = datetime(2024, 6, 1, tzinfo=UTC)


def article(host: str, slug: str, day: str, title: str, body: str, tags=()) -> Article:
    return Article(
        url=f"https://{host}/berita/{slug}",
        host=host,
        layout="drupal",
        title=title,
        body=body,
        tags=tuple(tags),
        date=ArticleDate(day, "day", "meta", day),
    )


ARTICLES = [
    article(
        "jatim.bawaslu.go.id",
        "pengawasan-kampanye",
        "2024-01-10",
        "Pengawasan kampanye di Surabaya",
        "Bawaslu Jawa Timur mengawasi kampanye dan menemukan politik uang di dua kecamatan.",
        ["Pemilu 2024"],
    ),
    article(
        "jatim.bawaslu.go.id",
        "apel-siaga",
        "2024-02-05",
        "Apel siaga pengawas TPS",
        "Seluruh pengawas TPS mengikuti apel siaga menjelang pemungutan suara.",
        ["pemilu 2024"],
    ),
    article(
        "lampung.bawaslu.go.id",
        "netralitas-asn",
        "2024-03-01",
        "Netralitas aparatur sipil negara",
        "Bawaslu Lampung mengingatkan netralitas aparatur sipil negara dalam politik.",
    ),
    article(
        "lampung.bawaslu.go.id",
        "rapat-pleno",
        "2023-12-28",
        "Rapat pleno rekapitulasi",
        "Rapat pleno rekapitulasi suara berjalan tertib tanpa keberatan.",
    ),
]
URL = {a.url.rsplit("/", 1)[1]: a.url for a in ARTICLES}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    with Archive(tmp_path_factory.mktemp("search") / "bawaslu.db") as opened:
        for item in ARTICLES:
            opened.db.execute(
                "INSERT OR IGNORE INTO sites (host, region_code, region_name, level, timezone,"
                " enabled, province_code) VALUES (?, ?, ?, 'provinsi', 'Asia/Jakarta', 1, ?)",
                [item.host, item.host[:2], item.host, "35" if "jatim" in item.host else "18"],
            )
            opened.db.conn.commit()
            opened.save_article(item, fetched_at=T0)
        yield opened


def found(archive: Archive, **args: str) -> list[str]:
    sql, params = SearchQuery.from_args(args).results()
    return [row[1].rsplit("/", 1)[1] for row in archive.db.execute(sql, params)]


def counted(archive: Archive, **args: str) -> int:
    sql, params = SearchQuery.from_args(args).count()
    return archive.db.execute(sql, params).fetchone()[0]


def test_a_word_finds_its_other_forms_newest_first(archive: Archive) -> None:
    assert found(archive, q="pengawasan", order="newest") == ["apel-siaga", "pengawasan-kampanye"]
    assert counted(archive, q="pengawasan") == 2


def test_an_exclusion_leaves_out_the_articles_with_the_word(archive: Archive) -> None:
    assert set(found(archive, q="politik")) == {"pengawasan-kampanye", "netralitas-asn"}
    assert found(archive, q="politik -uang") == ["netralitas-asn"]


def test_a_phrase_matches_its_words_together(archive: Archive) -> None:
    assert found(archive, q='"apel siaga"') == ["apel-siaga"]
    assert found(archive, q='"siaga apel"') == []


def test_filters_and_the_oldest_order(archive: Archive) -> None:
    assert found(archive, host="lampung.bawaslu.go.id", order="oldest") == [
        "rapat-pleno",
        "netralitas-asn",
    ]
    assert found(archive, date_from="2024-01-01", date_to="2024-02-28", order="oldest") == [
        "pengawasan-kampanye",
        "apel-siaga",
    ]
    assert set(found(archive, tag="PEMILU 2024")) == {"pengawasan-kampanye", "apel-siaga"}


def test_the_glossary_widens_an_acronym(archive: Archive) -> None:
    assert found(archive, q="netralitas ASN") == ["netralitas-asn"]


def test_nothing_asked_lists_everything_newest_first(archive: Archive) -> None:
    assert found(archive) == ["netralitas-asn", "apel-siaga", "pengawasan-kampanye", "rapat-pleno"]
    assert counted(archive) == 4
