"""Scale-out on scrapy-redis: crawl workers on any number of machines, one Redis, one loader.

scrapy-redis shares the request queue (a sorted set) and the seen-URL filter (a set of
fingerprints) between workers; its item pipeline pushes every item, encoded by
`scrapers.codec`, to one Redis list that a single `bawaslu-archive load` drains into SQLite,
logging each fleet run as a single-machine crawl does (`FleetLoader`).
This module adds what a polite, crash-safe fleet needs on top, as settings-selected classes:

- `FleetScheduler` (a scrapy-redis `Scheduler`): a popped request moves atomically into the
  worker's in-flight hash and leaves it only once Scrapy is done with it (downloaded, its
  callback's requests queued and its items pushed). Each worker keeps a short-lived "alive"
  key fresh; the in-flight hash of a worker whose key expired (SIGKILL, power loss) goes back
  to the queue, so another worker or the next run crawls it. A worker stays open while any
  worker still has requests in flight, since those may yield more work.
- `HostLeaseMiddleware`: politeness across the fleet. Before a request goes out, its worker
  takes the host's lease in Redis (SET NX with a time limit); when the answer is in, the lease
  is kept for the host's delay more. No two workers ever ask one host at once, nor sooner
  than the delay, whatever the number of workers.

Re-crawling a request that had in fact finished is harmless: the seen filter drops the
requests it yields again and the archive keeps one row per URL.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit, urlunsplit

import redis
import redis.asyncio
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from archive.recorder import FailureLimits, RunOutcome, RunRecorder
from archive.store import Archive
from scrapers.article import FailedPage
from scrapers.codec import Envelope, decode
from scrapers.registry import Site, load_sites

KEY_PREFIX = "bawaslu"
ITEMS_KEY = f"{KEY_PREFIX}:items"
LEASE_KEY = f"{KEY_PREFIX}:lease:%s"
ALIVE_PATTERN = f"{KEY_PREFIX}:*:alive:*"
LEASE_POLL_MS = 20
LEASE_CONNECTIONS = 32

POP_INTO_FLIGHT = """
local head = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #head == 0 then return false end
redis.call('ZREM', KEYS[1], head[1])
redis.call('HSET', KEYS[2], head[1], head[2])
return head[1]
"""
"""Pop the best request (KEYS[1], a scrapy-redis priority queue) into KEYS[2], in one step."""

REQUEUE_IF_DEAD = """
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
local flight = redis.call('HGETALL', KEYS[2])
for i = 1, #flight, 2 do redis.call('ZADD', KEYS[1], flight[i + 1], flight[i]) end
redis.call('DEL', KEYS[2])
return #flight / 2
"""
"""Put a worker's in-flight requests (KEYS[2]) back in the queue unless it is alive (KEYS[3])."""

RELEASE_LEASE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if tonumber(ARGV[2]) > 0 then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('DEL', KEYS[1])
"""
"""Keep the host's lease (KEYS[1]) ARGV[2] ms more if it is still ours (ARGV[1]), else nothing."""


def fleet_settings(base: BaseSettings, redis_url: str, job: str) -> dict[str, Any]:
    """The settings that turn `bawaslu-archive crawl` into a fleet worker of crawl `job`:
    scrapy-redis's queue, filter and item pipeline, and the host lease after `base`'s
    downloader middlewares."""
    prefix = f"{KEY_PREFIX}:{job}"
    middlewares = base.getdict("DOWNLOADER_MIDDLEWARES")
    return {
        "REDIS_URL": redis_url,
        "FLEET_KEY_PREFIX": prefix,
        "SCHEDULER": "scrapers.distributed.FleetScheduler",
        # The shared queue knows no hosts' delays, so requests wait them out (and the lease)
        # in the downloader, holding places under the cap: it must cover about (requests per
        # second) x delay, as before the frontier (bench_crawl at d = 1 s: 32 1.65, 256 1.17).
        "CONCURRENT_REQUESTS": 256,
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:seen",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # the queue and filter belong to the fleet, not to one worker
        "ITEM_PIPELINES": {"scrapy_redis.pipelines.RedisPipeline": 300},
        "REDIS_ITEMS_KEY": ITEMS_KEY,
        "REDIS_ITEMS_SERIALIZER": "scrapers.codec.encode_item",
        "DOWNLOADER_MIDDLEWARES": middlewares | {"scrapers.distributed.HostLeaseMiddleware": 990},
        # No worker sees a whole site, and a worker may die holding what waits: none waits.
        "DATES_WAIT_FOR_SITE": False,
    }


def worker_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class FleetScheduler(Scheduler):
    """scrapy-redis's scheduler, with in-flight requests kept in Redis until they are done."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.crawler: Crawler | None = None
        self.prefix = KEY_PREFIX
        self.worker = worker_name()
        self.alive_seconds = 5.0
        self.handed_out: dict[bytes, Request] = {}
        self._heartbeat = LoopingCall(self._beat)
        self._last_recovery = 0.0
        self._pop = self.server.register_script(POP_INTO_FLIGHT)
        self._requeue = self.server.register_script(REQUEUE_IF_DEAD)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.prefix = crawler.settings.get("FLEET_KEY_PREFIX", KEY_PREFIX)
        scheduler.alive_seconds = crawler.settings.getfloat("FLEET_ALIVE_SECONDS", 5.0)
        return scheduler

    @property
    def in_flight_key(self) -> str:
        return self._in_flight_key(self.worker)

    def _in_flight_key(self, worker: str) -> str:
        return f"{self.prefix}:inflight:{worker}"

    def _alive_key(self, worker: str) -> str:
        return f"{self.prefix}:alive:{worker}"

    def open(self, spider: Any) -> None:
        super().open(spider)
        self._beat()
        self._heartbeat.start(self.alive_seconds / 4, now=False)
        self._recover_dead_workers(force=True)

    def close(self, reason: str) -> None:
        """Hand back what this worker did not finish (nothing, when the crawl finished)."""
        if self._heartbeat.running:
            self._heartbeat.stop()
        self._settle()
        self.server.delete(self._alive_key(self.worker))
        self._requeue(keys=[self.queue.key, self.in_flight_key, self._alive_key(self.worker)])
        super().close(reason)

    def next_request(self) -> Request | None:
        self._settle()
        member = self._pop(keys=[self.queue.key, self.in_flight_key])
        if member is None:
            self._recover_dead_workers()
            return None
        request = self.queue._decode_request(member)
        self.handed_out[member] = request
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        """Work left for the fleet: queued requests, or requests in flight on any worker."""
        self._settle()
        if len(self.queue) or self.handed_out:
            return True
        self._recover_dead_workers()
        return len(self.queue) > 0 or any(self.server.scan_iter(self._in_flight_key("*")))

    def _settle(self) -> None:
        """Forget, here and in Redis, the requests Scrapy is done with.

        A request is done once it has left both the downloader and the scraper: by then its
        callback's requests are queued and its items pushed (the engine keeps it in one of
        them until then).
        """
        if not self.handed_out or self.crawler is None or self.crawler.engine is None:
            return
        engine = self.crawler.engine
        busy = set(engine.downloader.active)
        if engine.scraper.slot is not None:
            busy |= engine.scraper.slot.active
        done = [member for member, request in self.handed_out.items() if request not in busy]
        if done:
            self.server.hdel(self.in_flight_key, *done)
            for member in done:
                del self.handed_out[member]

    def _beat(self) -> None:
        self.server.set(self._alive_key(self.worker), "1", px=int(self.alive_seconds * 1000))

    def _recover_dead_workers(self, force: bool = False) -> None:
        """Requeue the in-flight requests of workers whose alive key expired (at most 1/s)."""
        now = time.monotonic()
        if not force and now - self._last_recovery < 1.0:
            return
        self._last_recovery = now
        for key in self.server.scan_iter(self._in_flight_key("*")):
            worker = key.decode().rsplit(":", 1)[1]
            keys = [self.queue.key, self._in_flight_key(worker), self._alive_key(worker)]
            if recovered := self._requeue(keys=keys):
                self.spider.logger.warning("requeued %d requests of worker %s", recovered, worker)


class HostLeaseMiddleware:
    """One request at a time per host across every worker, and the host's delay between two.

    Last in the downloader middleware chain, so only requests that really go out take the
    lease. It is held while the request waits in its worker's download slot and is in flight
    (at most `DOWNLOAD_TIMEOUT` plus the delay, should the worker die), then for the host's
    delay after the answer: counted from the answer, not from the request, because the
    moment a request leaves a worker's slot is not known here.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        # Hundreds of requests may wait for leases at once: they queue for a connection.
        pool = redis.asyncio.BlockingConnectionPool.from_url(
            settings["REDIS_URL"], max_connections=LEASE_CONNECTIONS, timeout=None
        )
        self.redis = redis.asyncio.Redis(connection_pool=pool)
        self.delay = settings.getfloat("DOWNLOAD_DELAY")
        self.hold_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT") + self.delay) * 1000)
        self.worker = worker_name()
        self._release = self.redis.register_script(RELEASE_LEASE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        token = f"{self.worker}-{uuid.uuid4().hex[:8]}"
        key = LEASE_KEY % host
        while not await self.redis.set(key, token, nx=True, px=self.hold_ms):
            # In flight, the lease lasts as long as a download may: look again soon. Once let
            # go, it lasts exactly the rest of the delay.
            wait_ms = await self.redis.pttl(key)
            await asyncio.sleep(min(max(wait_ms, 1), LEASE_POLL_MS) / 1000)
        request.meta["host_lease"] = (key, token, host)

    async def process_response(self, request: Request, response: Response) -> Response:
        await self._let_go(request)
        return response

    async def process_exception(self, request: Request, exception: Exception) -> None:
        await self._let_go(request)

    async def _let_go(self, request: Request) -> None:
        lease = request.meta.pop("host_lease", None)
        if lease is None:
            return
        key, token, host = lease
        await self._release(keys=[key], args=[token, int(self._host_delay(host) * 1000)])

    def _host_delay(self, host: str) -> float:
        """The host's current delay: AutoThrottle may have raised it above DOWNLOAD_DELAY."""
        engine = self.crawler.engine
        slot = engine.downloader.slots.get(host) if engine is not None else None
        return max(self.delay, slot.delay) if slot is not None else self.delay


@dataclass
class LoadResult:
    """What a loader did: its item counts and the runs it finished, in order."""

    counts: Counter[str] = field(default_factory=Counter)
    runs: list[RunOutcome] = field(default_factory=list)


def load_items(
    redis_url: str,
    db: Path | str,
    *,
    limits: FailureLimits,
    registry: Sequence[Site] | None = None,
    follow: bool = False,
    batch: int = 200,
    poll_seconds: float = 0.5,
    report: Callable[[str], None] = print,
    finished: Callable[[RunOutcome], None] = lambda run: None,
) -> LoadResult:
    """Drain the fleet's item queue into the SQLite archive: the one writer.

    Entries are read from the head and trimmed only once stored, so a loader killed midway
    stores them again on its next start (an unchanged article is a no-op). Items are recorded
    as a single-machine crawl records them, in a run that opens with the first item and
    finishes when the queue is empty and no worker is alive; `finished` hears of each run.
    Without `follow` the loader then stops; with it, the next item opens the next run. A
    KeyboardInterrupt (Ctrl-C, or SIGTERM as the CLI maps it) finishes the open run as
    interrupted and ends the load; any other error does the same, then propagates.
    """
    server = redis.Redis.from_url(redis_url)
    sites = load_sites() if registry is None else registry
    with Archive(db) as archive:
        archive.load_sites(sites)
        options = _fleet_options(redis_url)
        loader = FleetLoader(server, archive, sites, options, limits, report, finished)
        try:
            loader.drain(follow, batch, poll_seconds)
        except KeyboardInterrupt:
            pass
        finally:
            loader.finish_run(interrupted=True)  # a run still open was cut short
    return loader.result


class FleetLoader:
    """Records the queue's items into `archive`, one `RunRecorder` per fleet run."""

    def __init__(
        self,
        server: redis.Redis,
        archive: Archive,
        registry: Sequence[Site],
        options: dict[str, Any],
        limits: FailureLimits,
        report: Callable[[str], None],
        finished: Callable[[RunOutcome], None],
    ) -> None:
        self.server = server
        self.archive = archive
        self.known_hosts = {site.host for site in registry}
        self.options = options
        self.limits = limits
        self.report = report
        self.finished = finished
        self.result = LoadResult()
        self.recorder: RunRecorder | None = None
        self.jobs: set[str] = set()  # the jobs of the workers seen alive during the run

    def drain(self, follow: bool, batch: int, poll_seconds: float) -> None:
        while True:
            entries = self.server.lrange(ITEMS_KEY, 0, batch - 1)
            if entries:
                for entry in entries:
                    self._store(decode(entry))
                self.server.ltrim(ITEMS_KEY, len(entries), -1)
                continue
            if self._settled():
                self.finish_run(interrupted=False)
                if not follow:
                    return
            time.sleep(poll_seconds)

    def finish_run(self, interrupted: bool) -> None:
        """Finish the open run, if any."""
        if self.recorder is None:
            return
        self.recorder.options["jobs"] = sorted(self.jobs)
        outcome = self.recorder.finish(datetime.now(UTC), self.recorder.visits(), interrupted)
        self.recorder, self.jobs = None, set()
        self.result.runs.append(outcome)
        self.finished(outcome)

    def _settled(self) -> bool:
        """Nothing more to come: no worker alive, and then nothing queued (a worker pushes its
        items before its alive key goes)."""
        return not self._workers_alive() and not self.server.llen(ITEMS_KEY)

    def _workers_alive(self) -> bool:
        """Whether any worker is alive; their jobs go in the run's options."""
        alive = [key.decode() for key in self.server.scan_iter(ALIVE_PATTERN)]
        self.jobs |= {key.removeprefix(f"{KEY_PREFIX}:").split(":alive:")[0] for key in alive}
        return bool(alive)

    def _store(self, envelope: Envelope) -> None:
        record = envelope.record
        if self.recorder is None:
            self.recorder = RunRecorder(self.archive, (), dict(self.options), self.limits)
            self.recorder.start(datetime.now(UTC))
            self._workers_alive()
        if record.host not in self.recorder.hosts and record.host not in self.known_hosts:
            self.report(f"{record.host}: not in the registry; its items are stored all the same")
        self.result.counts[self.recorder.record(record, envelope.captured_at)] += 1
        if isinstance(record, FailedPage):
            self.report(f"{record.kind} failure on {record.url}: {record.message}")


def _fleet_options(redis_url: str) -> dict[str, Any]:
    """A fleet run's options: the Redis it was loaded from (without its password)."""
    url = urlsplit(redis_url)
    if url.password:
        url = url._replace(netloc=url.netloc.rpartition("@")[2])
    return {"fleet": True, "redis": urlunsplit(url)}
