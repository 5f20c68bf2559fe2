"""The item codec between crawl workers and the loader: a round trip gives the same record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapers.article import Article, ArticleDate, Credit, DateClue, FailedPage, Image
from scrapers.codec import CodecError, decode, encode

LAMPUNG = Article(
    url="https://lampung.bawaslu.go.id/berita/serahkan-laporan-akhir",
    host="lampung.bawaslu.go.id",
    layout="drupal",
    title="Serahkan Laporan Akhir – “Pengawasan” <b>Pemilu</b>",
    body="Paragraf satu.\n\nParagraf dua, André.",
    lead="Foto: rapat pleno",
    tags=("Berita", "Pengawasan"),
    credits=(Credit("writer", "Rina Handayani"), Credit("photo", "Fajar")),
    credits_raw="Penulis : Rina Handayani\nFoto : Fajar",
    images=(Image("https://lampung.bawaslu.go.id/sites/a.jpg", alt="a", caption="c"),),
    attachments=("https://lampung.bawaslu.go.id/sites/laporan.pdf",),
    date_clues=(DateClue("body", "Kamis (28/12)"), DateClue("listing", "28 Desember 2023")),
    date=ArticleDate(
        "2023-12-28",
        "datetime",
        "meta",
        "2023-12-28T14:30:00+07:00",
        published_at="2023-12-28T14:30:00+07:00",
        flags=("year_inferred",),
    ),
)


def test_an_article_with_every_nested_record_survives_the_round_trip() -> None:
    captured = datetime(2026, 5, 9, 1, 2, 3, tzinfo=UTC)
    envelope = decode(encode(LAMPUNG, captured))
    assert envelope.record == LAMPUNG
    assert type(envelope.record.credits) is tuple and type(envelope.record.date) is ArticleDate
    assert envelope.captured_at == captured


def test_a_failed_page_and_an_undated_article_survive_the_round_trip() -> None:
    failure = FailedPage(
        "https://blora.bawaslu.go.id/berita/x", "blora.bawaslu.go.id", "http", "HTTP 500"
    )
    undated = Article(
        url="https://x.bawaslu.go.id/berita/y",
        host="x.bawaslu.go.id",
        layout="drupal",
        title="T",
        body="B",
    )
    assert decode(encode(failure)).record == failure
    assert decode(encode(undated)).record == undated


@given(st.from_type(Article))
def test_any_article_survives_the_round_trip(article: Article) -> None:
    assert decode(encode(article).encode("utf-8")).record == article


def test_only_project_records_are_encoded_or_decoded() -> None:
    with pytest.raises(CodecError):
        encode(datetime.now(UTC))
    forged = encode(LAMPUNG).replace("scrapers.article:Article", "os:system")
    with pytest.raises(CodecError):
        decode(forged)
    with pytest.raises(CodecError):
        decode("{not json")
