"""metadata.yml against a real archive served by a real Datasette: search, facets, descriptions."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from datasette.app import Datasette

from archive.cli import PLUGINS
from archive.store import Archive
from scrapers.article import Article, ArticleDate
from scrapers.registry import load_sites

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

METADATA_PATH = Path(__file__).resolve().parent.parent / "metadata.yml"
FETCHED = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)

LAMPUNG_ARTICLE = Article(
    url="https://lampung.bawaslu.go.id/berita/patroli-pengawasan-masa-tenang",
    host="lampung.bawaslu.go.id",
    layout="drupal",
    title="Bawaslu Lampung Gelar Patroli Pengawasan Masa Tenang",
    body="Patroli menyisir alat peraga kampanye.\n\nPetugas menertibkan baliho.",
    tags=("Masa Tenang", "Pilkada 2024"),
    date=ArticleDate("2024-11-24", "day", "meta", "2024-11-24"),
)
BLORA_ARTICLE = Article(
    url="https://blora.bawaslu.go.id/berita/rapat-pleno-rekapitulasi",
    host="blora.bawaslu.go.id",
    layout="drupal",
    title="Bawaslu Blora Awasi Rapat Pleno Rekapitulasi",
    body="Pengawas memastikan rekapitulasi berjalan terbuka.",
    tags=("Pilkada 2024",),
    date=ArticleDate("2023-12-05", "day", "byline", "5 Desember 2023"),
)


@pytest.fixture(scope="module")
def metadata() -> dict[str, Any]:
    return yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "bawaslu.db"
    with Archive(path) as archive:
        archive.load_sites(load_sites())
        for article in (LAMPUNG_ARTICLE, BLORA_ARTICLE):
            archive.save_article(article, fetched_at=FETCHED)
    return path


def get_json(archive_path: Path, metadata: dict[str, Any], path: str) -> dict[str, Any]:
    """One request to a Datasette serving the archive with metadata.yml and its plugins."""

    async def request() -> dict[str, Any]:
        datasette = Datasette([str(archive_path)], metadata=metadata, plugins_dir=str(PLUGINS))
        await datasette.invoke_startup()
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(request())


def test_table_search_finds_the_article(archive_path: Path, metadata: dict[str, Any]) -> None:
    found = get_json(archive_path, metadata, "/bawaslu/articles.json?_search=baliho&_shape=objects")
    assert [row["url"] for row in found["rows"]] == [LAMPUNG_ARTICLE.url]
    pleno = get_json(archive_path, metadata, "/bawaslu/articles.json?_search=pleno&_shape=objects")
    assert [row["url"] for row in pleno["rows"]] == [BLORA_ARTICLE.url]


def test_articles_facet_by_site_tags_and_year(archive_path: Path, metadata: dict[str, Any]):
    page = get_json(archive_path, metadata, "/bawaslu/articles.json")
    facets = {
        name: {item["value"]: item["count"] for item in facet["results"]}
        for name, facet in page["facet_results"].items()
    }
    assert facets["host"] == {"lampung.bawaslu.go.id": 1, "blora.bawaslu.go.id": 1}
    assert facets["tags"] == {"Pilkada 2024": 2, "Masa Tenang": 1}
    assert facets["published_year"] == {2024: 1, 2023: 1}
    assert facets["date_source"] == {"meta": 1, "byline": 1}


def test_the_joined_view_searches_and_facets_by_province(
    archive_path: Path, metadata: dict[str, Any]
) -> None:
    page = get_json(archive_path, metadata, "/bawaslu/article_sites.json?_search=rekapitulasi")
    assert [row[page["columns"].index("url")] for row in page["rows"]] == [BLORA_ARTICLE.url]
    provinces = page["facet_results"]["province_name"]["results"]
    assert [(item["value"], item["count"]) for item in provinces] == [("Jawa Tengah", 1)]


def test_articles_per_region_counts_regions_without_articles(
    archive_path: Path, metadata: dict[str, Any]
) -> None:
    lampung = get_json(
        archive_path, metadata, "/bawaslu/articles_per_region.json?province=18&_shape=objects"
    )
    counts = {row["region_name"]: row["articles"] for row in lampung["rows"]}
    assert len(counts) == 16
    assert counts["Lampung"] == 1
    assert sum(counts.values()) == 1
    everything = get_json(
        archive_path, metadata, "/bawaslu/articles_per_region.json?province=&_shape=objects"
    )
    assert len(everything["rows"]) == 553


def test_every_table_and_column_is_described(archive_path: Path, metadata: dict[str, Any]):
    described = metadata["databases"]["bawaslu"]["tables"]
    with Archive(archive_path) as archive:
        db = archive.db
        schema = {name: db[name].columns_dict for name in db.table_names() + db.view_names()}
    assert set(described) == set(schema)
    for name, columns in schema.items():
        table = described[name]
        assert table["description"], name
        if table.get("hidden"):
            assert name.startswith("articles_fts"), name
            continue
        assert set(table["columns"]) == set(columns), name
        assert all(table["columns"].values()), name
        assert set(table.get("sortable_columns", [])) <= set(columns), name
        assert {facet for facet in table.get("facets", []) if isinstance(facet, str)} <= set(
            columns
        ), name
