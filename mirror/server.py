"""The mirror as a real HTTP server on loopback, choosing the site by the Host header.

Crawlers reach it either directly (`http://127.0.0.1:PORT/berita` with `Host:
lampung.bawaslu.go.id`) or as an HTTP proxy (`GET http://lampung.bawaslu.go.id/berita`): both
resolve to the same site. Every request is recorded in an in-memory access log so tests and
benchmarks can check politeness (who was asked what, when, and for how long).

With a state directory (`mirror/living.py`) the server plays the living mirror: the sites of the
state's current day, reloaded when `mirror-advance` moves it, with that day's planned faults,
and the access log also appended to `access.log` there as JSON lines.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from mirror.backlog import BACKLOG_HOST, backlog_site
from mirror.content import MirrorSite, build_sites
from mirror.hostile import HOSTILE_HOST, hostile_reply
from mirror.hosts import ALIAS_HOSTS, moved_reply, regency_sites, unknown_host_reply
from mirror.living import Fault, LivingSource
from mirror.markup import Reply, text_reply
from mirror.render import respond


@dataclass(frozen=True)
class AccessRecord:
    """One request as the mirror saw it; times are `time.time()` seconds."""

    started: float
    finished: float
    host: str
    method: str
    path: str  # path and query as requested
    status: int


class AccessLog:
    """A thread-safe list of AccessRecords, also appended to `path` as JSON lines if given."""

    def __init__(self, path: Path | None = None) -> None:
        self._records: list[AccessRecord] = []
        self._lock = threading.Lock()
        self._path = path

    def add(self, record: AccessRecord) -> None:
        with self._lock:
            self._records.append(record)
            if self._path is not None:
                with self._path.open("a", encoding="utf-8") as log:
                    log.write(json.dumps(asdict(record)) + "\n")

    def records(self) -> list[AccessRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()


class _MirrorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # listen backlog: a broad crawl opens hundreds of connections at once
    latency = 0.0  # seconds each reply is held back, as a slow server would

    def __init__(
        self,
        address: tuple[str, int],
        sites: Mapping[str, MirrorSite],
        verbose: bool,
        living: LivingSource | None = None,
    ) -> None:
        super().__init__(address, _Handler)
        self.static_sites = sites
        self.verbose = verbose
        self.living = living
        self.access_log = AccessLog(living.access_log_path if living else None)

    @property
    def sites(self) -> Mapping[str, MirrorSite]:
        return self.living.world().sites if self.living else self.static_sites

    def handle_error(self, request: Any, client_address: tuple[str, int]) -> None:
        """A client that hangs up (a crawler's timeout or size limit) is no server error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _MirrorHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "Apache"
    sys_version = ""

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        started = time.time()
        if self.server.latency:
            time.sleep(self.server.latency)
        host, path, query = self._target()
        reply = self._reply(host, path, query)
        status, body = self._start_response(reply)
        # Logged before the response is flushed, so a client that has its answer finds it logged.
        self.server.access_log.add(
            AccessRecord(started, time.time(), host, self.command, self.path, status)
        )
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _reply(self, host: str, path: str, query: dict[str, list[str]]) -> Reply:
        site = self.server.sites.get(host) or self.server.sites.get(ALIAS_HOSTS.get(host, ""))
        if site is None:
            return _other_host(host, path, query, self.server.sites)
        living = self.server.living
        fault = living.fault(host, path, urlsplit(self.path).query) if living else None
        if fault is not None:
            return _fault_reply(fault)
        try:
            return respond(site, path, query)
        except Exception:  # a rendering bug must answer 500, not drop the connection
            traceback.print_exc()
            return text_reply(500, "Internal error in the mirror\n")

    def _target(self) -> tuple[str, str, dict[str, list[str]]]:
        """Host, path and query, from an absolute-form target (proxy use) or the Host header."""
        target = urlsplit(self.path)
        host = target.hostname or urlsplit(f"//{self.headers.get('Host', '')}").hostname or ""
        # Decoded, as Drupal and WordPress route: a path with spaces or non-ASCII letters.
        return host.lower(), unquote(target.path) or "/", parse_qs(target.query)

    def _start_response(self, reply: Reply) -> tuple[int, bytes]:
        """Status line and headers (buffered, not yet sent); the status and body to send."""
        etag = f'"{hashlib.sha1(reply.body).hexdigest()[:16]}"'
        status = 304 if reply.status == 200 and self._not_modified(etag, reply) else reply.status
        self.send_response(status)
        self.send_header("Content-Type", reply.content_type)
        if reply.location:
            self.send_header("Location", reply.location)
        if reply.retry_after:
            self.send_header("Retry-After", str(reply.retry_after))
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.status == 200:
            self.send_header("ETag", etag)
        if reply.last_modified is not None:
            self.send_header(
                "Last-Modified", format_datetime(reply.last_modified.astimezone(UTC), usegmt=True)
            )
        body = reply.body if status != 304 else b""
        self.send_header("Content-Length", str(len(body)))
        return status, body

    def _not_modified(self, etag: str, reply: Reply) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag in (tag.strip() for tag in if_none_match.split(","))
        since = self.headers.get("If-Modified-Since")
        if since is None or reply.last_modified is None:
            return False
        try:
            return reply.last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            sys.stderr.write(f"{self.headers.get('Host', '-')} {format % args}\n")


def _other_host(
    host: str, path: str, query: dict[str, list[str]], sites: Mapping[str, MirrorSite]
) -> Reply:
    """A host beyond the full sites (`mirror/hosts.py`): a small regency site, the site with
    a ten-year backlog (`mirror/backlog.py`), a moved host's 301, the hostile site
    (`mirror/hostile.py`), or the marked 404 that stands for "no such host"."""
    regency = regency_sites().get(host)
    if regency is not None:
        return respond(regency, path, query)
    if host == BACKLOG_HOST:
        return backlog_site().respond(path, query)
    answer = moved_reply(host, path, query) or hostile_reply(host, path, query)
    known = [*sites, *regency_sites(), BACKLOG_HOST, HOSTILE_HOST]
    return answer or unknown_host_reply(host, known)


def _fault_reply(fault: Fault) -> Reply:
    reply = text_reply(fault.status, f"Planned fault: HTTP {fault.status}\n")
    return Reply(reply.status, reply.body, reply.content_type, retry_after=fault.retry_after)


class MirrorServer:
    """The mirror on 127.0.0.1, started in a background thread; usable as a context manager.

    `port=0` picks a free port; `.url` then tells which. `sites` replaces the generated
    content (tests, benchmarks); `state_dir` plays the living mirror kept there; otherwise
    the content is `build_sites(seed, today)`. `latency` holds every reply back that long.
    """

    def __init__(
        self,
        port: int = 0,
        seed: int = 0,
        today: date | None = None,
        *,
        bind: str = "127.0.0.1",
        sites: Mapping[str, MirrorSite] | None = None,
        verbose: bool = False,
        state_dir: Path | None = None,
        latency: float = 0.0,
    ) -> None:
        living = LivingSource(state_dir) if state_dir is not None else None
        if sites is None and living is None:
            sites = build_sites(seed, today)
        self._httpd = _MirrorHTTPServer((bind, port), sites or {}, verbose, living)
        self._httpd.latency = latency
        self._thread: threading.Thread | None = None

    @property
    def sites(self) -> Mapping[str, MirrorSite]:
        """The sites served now (on a living mirror, those of the state's current day)."""
        return self._httpd.sites

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def access_log(self) -> AccessLog:
        return self._httpd.access_log

    def start(self) -> MirrorServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> MirrorServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def run_mirror(
    port: int = 8000, seed: int = 0, today: date | None = None, state_dir: Path | None = None
) -> None:
    """Serve in the foreground until interrupted: what `bawaslu-archive mirror` runs."""
    server = MirrorServer(port=port, seed=seed, today=today, verbose=True, state_dir=state_dir)
    counts = ", ".join(f"{host} ({len(site.articles)})" for host, site in server.sites.items())
    print(f"Mirror on {server.url} serving {counts}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
