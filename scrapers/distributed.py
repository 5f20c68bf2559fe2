"""Scale-out on scrapy-redis: crawl workers on any number of machines, one Redis, one loader.

scrapy-redis shares the request queue (a sorted set) and the seen-URL filter (a set of
fingerprints) between workers; its item pipeline pushes every item, encoded by
`scrapers.codec`, to one Redis list that a single `bawaslu-archive load` drains into SQLite,
logging each fleet run as a single-machine crawl does (`archive.fleet`).
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
from typing import Any, Self

import redis
import redis.asyncio
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from archive.fleet import ITEMS_KEY, KEY_PREFIX
from scrapers.scrapy_internals import (
    decode_queued_request,
    download_slot,
    encode_queued_request,
    requests_in_engine,
)

LEASE_KEY = f"{KEY_PREFIX}:lease:%s"
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

SEE_AND_QUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
"""Mark a request seen (KEYS[1], unless ARGV[1] is empty) and queue it (KEYS[2]), in one
step: a worker killed between the two would leave it seen by the fleet but never crawled."""

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
        self._see_and_queue = self.server.register_script(SEE_AND_QUEUE)
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

    def enqueue_request(self, request: Request) -> bool:
        """scrapy-redis's enqueue (seen filter, then queue), as one Redis step."""
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        member = encode_queued_request(self.queue, request)
        keys = [self.df.key, self.queue.key]
        if not self._see_and_queue(keys=keys, args=[fingerprint, -request.priority, member]):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def next_request(self) -> Request | None:
        self._settle()
        member = self._pop(keys=[self.queue.key, self.in_flight_key])
        if member is None:
            self._recover_dead_workers()
            return None
        request = decode_queued_request(self.queue, member)
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
        busy = requests_in_engine(self.crawler)
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
        slot = download_slot(self.crawler, host)
        return max(self.delay, slot.delay) if slot is not None else self.delay
