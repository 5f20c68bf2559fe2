"""The download handler that can send every request to the mirror instead of the live host.

Replacing the transport, not the URLs, keeps the rest of the crawl on the live code path:
robots.txt, redirects, retries, per-host download slots and the stored URLs all see the
real `https://<host>/...` address. Only the TCP connection goes to the mirror, with the real
host in the `Host` header, the way a virtual-hosting server expects it.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from twisted.internet.error import DNSLookupError

from scrapers.scrapy_internals import keep_connections

MIRROR_UNKNOWN_HOST_HEADER = "X-Mirror-Unknown-Host"
"""Sent by the mirror (`mirror/hosts.py`) for a host it does not play: there is no DNS over
loopback, so the transport turns that answer into the failed DNS lookup it stands for. Only
answers that came through the mirror are read this way; a live server's header means nothing.
"""


class MirrorableDownloadHandler(HTTP11DownloadHandler):
    """HTTP/1.1 downloads, redirected to `MIRROR_URL` when that setting is set."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._mirror = urlsplit(crawler.settings.get("MIRROR_URL") or "")
        if self._mirror.netloc:
            # Live, each host keeps its own connection alive; through the mirror every host
            # shares one address, so the pool keeps as many as all hosts together would.
            keep_connections(self, crawler.settings.getint("CONCURRENT_REQUESTS"))

    async def download_request(self, request: Request) -> Response:
        if not self._mirror.netloc:
            return await super().download_request(request)
        response = await super().download_request(self._to_mirror(request))
        if response.headers.get(MIRROR_UNKNOWN_HOST_HEADER):
            raise DNSLookupError(f"{urlsplit(request.url).hostname}: not a host the mirror plays")
        return response.replace(url=request.url)

    def _to_mirror(self, request: Request) -> Request:
        real = urlsplit(request.url)
        target = urlunsplit((self._mirror.scheme, self._mirror.netloc, real.path, real.query, ""))
        headers = request.headers.copy()
        headers["Host"] = real.netloc
        return request.replace(url=target, headers=headers)
