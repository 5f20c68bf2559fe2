"""Downloader middlewares: polite retries, the per-site request count, raw captures to WARC.

- `BackoffRetryMiddleware` is Scrapy's RetryMiddleware (RETRY_TIMES, RETRY_HTTP_CODES) that
  also slows the host's download slot down before the retry leaves: Retry-After when the
  server sent one, else RETRY_BACKOFF_BASE doubled per attempt, at most RETRY_BACKOFF_MAX.
  AutoThrottle brings the delay back down as healthy answers come in.
- `HostAwareRedirectMiddleware` and `SharedRobotsTxtMiddleware` make a redirect to another
  host (a moved site) polite to that host: its delay applies, its robots.txt is fetched once.
- `SiteRequestCounter` counts what each site was asked, retries and robots.txt included, as
  the `requests/<host>` stat the run log keeps.
- `WarcCaptureMiddleware` writes every answer (request, headers, body as received) to one
  gzipped WARC file per run, so `bawaslu-archive reextract` can rebuild the articles later
  with no network. It sits next to the downloader, so it sees retried and redirected answers;
  the fields the spider put in `meta["warc_fields"]` (page role, crawl date, listing date
  line) go on the response record. A full disk stops the crawl (`stop_for_full_disk`):
  the answer is dropped, not counted as the site's failure.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO, Self
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.core.downloader import Downloader
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.disk import DISK_FULL_REASON, disk_full_problem, is_disk_full
from scrapers.scrapy_internals import download_slot, raise_delay, share_robots_parser
from scrapers.visits import RUN_OPTIONS_FIELD, WARC_FIELDS

SOFTWARE = "bawaslu-archive"
RUN_OPTIONS = ("CRAWL_FULL", "CRAWL_TODAY", "MIRROR_URL", "DOWNLOAD_DELAY", "REVISIT_AFTER_DAYS")
DROPPED_RESPONSE_HEADERS = (b"Transfer-Encoding",)  # the body is stored de-chunked
DOWNLOAD_SLOT = Downloader.DOWNLOAD_SLOT


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware whose retries wait: the whole host slows down, not just one URL."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        self.base = crawler.settings.getfloat("RETRY_BACKOFF_BASE")
        self.ceiling = crawler.settings.getfloat("RETRY_BACKOFF_MAX")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            self._slow_down(result, _retry_after(response))
        return result

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            self._slow_down(result, None)
        return result

    def _slow_down(self, retry: Request, retry_after: float | None) -> None:
        attempt = retry.meta.get("retry_times", 1)
        wait = retry_after if retry_after is not None else self.base * 2 ** (attempt - 1)
        slot = download_slot(self.crawler, retry.meta.get("download_slot"))
        if slot is not None:
            raise_delay(slot, min(wait, self.ceiling))


def _retry_after(response: Response) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), None if absent or bad."""
    value = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class HostAwareRedirectMiddleware(RedirectMiddleware):
    """Scrapy's RedirectMiddleware, but a redirect to another host leaves the first host's
    download slot: the request waits out the delay of the host it now goes to, and the
    frontier queues it with that host's requests."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request) and _host(result) != _host(request):
            result.meta.pop(DOWNLOAD_SLOT, None)
        return result


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, but a robots.txt redirected to another host's counts as
    that host's too: a moved site's robots.txt is fetched once, not once per host name."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        await super()._parse_robots(response, netloc, request)
        share_robots_parser(self, netloc, urlparse_cached(response).netloc)


def _host(request: Request) -> str:
    return urlparse_cached(request).hostname or ""


class SiteRequestCounter:
    """The `requests/<host>` stats: every request that reached the downloader."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        self.stats.inc_value(f"requests/{urlsplit(request.url).hostname}")


class WarcCaptureMiddleware:
    """Append each answer to this run's WARC file (`WARC_DIR`, by default `warc/` beside
    the archive), as a request record and a response record."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None
        crawler.stats.set_value("warc/path", str(path))
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("WARC_ENABLED"):
            raise NotConfigured
        directory = Path(
            settings.get("WARC_DIR") or Path(settings.get("ARCHIVE_DB")).parent / "warc"
        )
        started = datetime.now(UTC)
        return cls(crawler, directory / f"crawl-{started:%Y%m%dT%H%M%S%f}Z.warc.gz")

    def process_response(self, request: Request, response: Response) -> Response:
        try:
            self._write(request, response)
        except OSError as error:
            if not is_disk_full(error):
                raise
            stop_for_full_disk(self.crawler, self.path)
            raise IgnoreRequest(disk_full_problem(self.path)) from None  # not the site's fault
        return response

    def _write(self, request: Request, response: Response) -> None:
        writer = self._open()
        response_record = writer.create_warc_record(
            response.url,
            "response",
            payload=BytesIO(response.body),
            length=len(response.body),
            warc_headers_dict=dict(request.meta.get(WARC_FIELDS, {})),
            http_headers=_response_headers(response),
        )
        request_record = writer.create_warc_record(
            request.url, "request", http_headers=_request_headers(request)
        )
        writer.write_request_response_pair(request_record, response_record)
        assert self._file is not None
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _open(self) -> WARCWriter:
        """The run's file, created with its warcinfo record on the first answer."""
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("ab")
            self._writer = WARCWriter(self._file, gzip=True)
            info = {
                "software": SOFTWARE,
                "format": "WARC File Format 1.0",  # as WARCWriter writes
                RUN_OPTIONS_FIELD: json.dumps(run_options(self.crawler.settings), sort_keys=True),
            }
            self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, info))
        return self._writer


def stop_for_full_disk(crawler: Crawler, path: object) -> None:
    """Close the crawl once, noting which file could not be written: the run's problem."""
    if crawler.stats.get_value("run/disk_full"):
        return
    crawler.stats.set_value("run/disk_full", str(path))
    if crawler.spider is not None:
        crawler.spider.logger.error(disk_full_problem(path))
    deferred_from_coro(crawler.engine.close_spider_async(reason=DISK_FULL_REASON))


def _response_headers(response: Response) -> StatusAndHeaders:
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = "Unknown"
    headers = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        if name not in DROPPED_RESPONSE_HEADERS
        for value in values
    ]
    return StatusAndHeaders(f"{response.status} {reason}", headers, protocol="HTTP/1.1")


def _request_headers(request: Request) -> StatusAndHeaders:
    target = urlsplit(request.url)
    path = target.path + (f"?{target.query}" if target.query else "")
    headers = [("Host", target.netloc)] + [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in request.headers.items()
        for value in values
    ]
    return StatusAndHeaders(f"{request.method} {path} HTTP/1.1", headers, is_http_request=True)


def run_options(settings: BaseSettings) -> dict[str, Any]:
    """The options a person reading the run log needs to understand the run (kept in the run
    log by the pipeline, and in each WARC's warcinfo record for a replay)."""
    options = {name.lower(): settings.get(name) for name in RUN_OPTIONS}
    return json.loads(json.dumps(options, default=str))
