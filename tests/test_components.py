"""The Scrapy components on their own, each with a real Crawler and real files: the retry
middleware's waits, the per-site request count, the WARC capture, the archive pipeline."""

from __future__ import annotations

import gzip
import sqlite3
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from scrapers.article import Article, FailedPage
from scrapers.middlewares import (
    BackoffRetryMiddleware,
    SiteRequestCounter,
    WarcCaptureMiddleware,
    _retry_after,
)
from scrapers.pipelines import ArchivePipeline
from scrapers.spiders.berita import BeritaSpider
from scrapers.visits import WARC_FIELDS

HOST = "lampung.bawaslu.go.id"
URL = f"https://{HOST}/berita/rapat-pleno"


def answer(
    status: int = 200, headers: dict[str, str] | None = None, body: bytes = b""
) -> HtmlResponse:
    return HtmlResponse(URL, status=status, headers=headers or {}, body=body, request=Request(URL))


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("", None), ("soon", None), ("-5", None)],
)
def test_retry_after_is_read_as_seconds(header: str, seconds: float | None) -> None:
    headers = {"Retry-After": header} if header else {}
    assert _retry_after(answer(503, headers)) == seconds


def test_retry_after_as_an_http_date_counts_from_now() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    seconds = _retry_after(answer(429, {"Retry-After": later}))
    assert seconds is not None
    assert 80 <= seconds <= 90


def test_a_503_is_retried_and_a_404_is_not(tmp_path: Path) -> None:
    settings = {"RETRY_TIMES": 2, "RETRY_HTTP_CODES": [503], "ARCHIVE_DB": str(tmp_path / "a.db")}
    crawler = get_crawler(BeritaSpider, settings_dict=settings)
    crawler.spider = BeritaSpider.from_crawler(crawler, sites=HOST)
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    retry = middleware.process_response(Request(URL), answer(503))
    assert isinstance(retry, Request)
    assert retry.meta["retry_times"] == 1
    final = answer(404)
    assert middleware.process_response(Request(URL), final) is final


def test_requests_are_counted_per_host() -> None:
    crawler = get_crawler()
    counter = SiteRequestCounter.from_crawler(crawler)
    for url in (URL, f"https://{HOST}/robots.txt", "https://jatim.bawaslu.go.id/berita"):
        counter.process_request(Request(url))
    assert crawler.stats.get_value(f"requests/{HOST}") == 2
    assert crawler.stats.get_value("requests/jatim.bawaslu.go.id") == 1


def test_each_answer_is_captured_with_its_request_and_fields(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"WARC_ENABLED": True, "WARC_DIR": str(tmp_path)})
    capture = WarcCaptureMiddleware.from_crawler(crawler)
    request = Request(URL, meta={WARC_FIELDS: {"Bawaslu-Page-Role": "article"}})
    body = b"<html><body><h1>Rapat pleno</h1></body></html>"
    capture.process_response(request, answer(200, {"ETag": '"abc"'}, body))
    capture.close()
    (path,) = tmp_path.glob("crawl-*.warc.gz")
    assert crawler.stats.get_value("warc/path") == str(path)
    with gzip.open(path, "rb") as raw:
        assert raw.read(8) == b"WARC/1.0"
    with path.open("rb") as stream:
        records = [
            (
                record.rec_type,
                record.rec_headers.get_header("WARC-Target-URI"),
                record.rec_headers.get_header("Bawaslu-Page-Role"),
                record.http_headers.get_header("ETag") if record.http_headers else None,
                record.content_stream().read(),
            )
            for record in ArchiveIterator(stream)
        ]
    info, response, request = records
    assert info[0] == "warcinfo"
    assert b"WARC File Format 1.0" in info[4]
    assert response == ("response", URL, "article", '"abc"', body)
    assert request[:2] == ("request", URL)


def test_the_pipeline_records_a_run_in_the_archive(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    crawler = get_crawler(BeritaSpider, settings_dict={"ARCHIVE_DB": str(db)})
    crawler.spider = BeritaSpider.from_crawler(crawler, sites=HOST)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    article = Article(URL, HOST, "drupal", "Rapat pleno", "Bawaslu Lampung menggelar rapat.")
    pipeline.process_item(article)
    pipeline.process_item(FailedPage(f"https://{HOST}/berita/rusak", HOST, "http", "HTTP 500"))
    crawler.stats.set_value(f"requests/{HOST}", 3)
    pipeline.spider_closed("finished")
    assert crawler.stats.get_value("articles/new") == 1
    assert crawler.stats.get_value("failures/http") == 1
    assert crawler.stats.get_value("run/status") == "ok"
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT url, title FROM articles").fetchall() == [
            (URL, "Rapat pleno")
        ]
        stats = connection.execute(
            "SELECT requests, new, http_errors FROM crawl_site_stats WHERE host = ?", [HOST]
        ).fetchone()
        assert stats == (3, 1, 1)
        assert connection.execute("SELECT count(*) FROM sites").fetchone()[0] > 500
