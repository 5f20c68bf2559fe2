"""Politeness at broad-crawl scale: each host's delay clock, and which host goes next.

Scrapy spaces the moments it *starts* two downloads from one host by `DOWNLOAD_DELAY`. When
the event loop is busy (a broad crawl parsing and storing hundreds of pages a second), the
first request may leave late and the second on time, so the server sees them closer than the
delay. Restarting the host's delay clock when its answer arrives makes the server-side gap at
least the delay plus the response time, whatever the loop does; the price is that response
time once per request. `HostLeaseMiddleware` does the same across a fleet.

No crawl can end before its largest site has been walked one request per delay, so the
largest sites must never wait behind the long tail. `PolitenessFrontier` hands the downloader
a host's request only once the host may be asked again, the longest backlog first, and while
`LoopLag` shows the event loop falling behind (a crawler parsing and storing as fast as it
can is late with every timer, the largest site's too) it serves only the largest sites.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from time import monotonic
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue
from scrapy.utils.asyncio import call_later

from scrapers.scrapy_internals import (
    download_slots,
    frontier_slot_key,
    holds_requests,
    host_queues,
    next_send_time,
    restart_delay,
    slot_of,
)


class DelayAfterAnswer:
    """Enabled by the `DELAY_AFTER_ANSWER` setting."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.answered, signal=signals.response_downloaded)
        crawler.signals.connect(self.answered, signal=signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DELAY_AFTER_ANSWER"):
            raise NotConfigured
        return cls(crawler)

    def answered(self, request: Request, **_: Any) -> None:
        """Sent before the downloader picks the host's next request (on success)."""
        slot = slot_of(self.crawler, request)
        if slot is not None:
            restart_delay(slot)


class PolitenessFrontier(DownloaderAwarePriorityQueue):
    """Scrapy's per-host queues, handing a host's next request to the downloader only when
    the host may be asked again, the longest backlog first.

    A request handed out early waits out its host's delay inside the downloader, where it
    holds a place under `CONCURRENT_REQUESTS` and where no order among hosts applies: when
    the crawler cannot serve every host, the largest site, which decides when the crawl ends,
    would queue behind the long tail. So an idle host is served once its delay has passed,
    and only the `FRONTIER_EARLY_HOSTS` hosts with the longest backlogs are handed out ahead
    of time, to wait in the downloader, which sends them on the dot. A host just handed out
    keeps its turn for one delay, until the downloader shows it busy.
    """

    def __init__(self, crawler: Crawler, *args: Any, **kwargs: Any) -> None:
        super().__init__(crawler, *args, **kwargs)
        self._slots = download_slots(crawler)
        self._delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        # At least one: a request waiting in the downloader is what wakes the engine when no
        # host is ready yet; without one the crawl would idle until its 5 s heartbeat.
        self._early = max(1, crawler.settings.getint("FRONTIER_EARLY_HOSTS"))
        self._backlog = Counter({slot: len(queue) for slot, queue in host_queues(self).items()})
        self._turn_ends: dict[str, float] = {}
        self._lag = LoopLag()
        self._lag_limit = crawler.settings.getfloat("FRONTIER_LOOP_LAG_LIMIT")

    def close(self) -> dict[str, list[int]]:
        self._lag.stop()
        return super().close()

    def push(self, request: Request) -> None:
        super().push(request)
        self._backlog[frontier_slot_key(self, request)] += 1

    def peek(self) -> Request | None:
        choice = self._next_host(monotonic(), self._keeping_up())
        return host_queues(self)[choice[0]].peek() if choice else None

    def pop(self) -> Request | None:
        now = monotonic()
        choice = self._next_host(now, self._keeping_up())
        if choice is None:
            return None
        host, ready_at = choice
        self._turn_ends[host] = max(now, ready_at) + self._delay
        queues = host_queues(self)
        queue = queues[host]
        request = queue.pop()
        self._backlog[host] -= 1
        if not self._backlog[host]:
            del self._backlog[host], queues[host]
            queue.close()
        return request

    def _keeping_up(self) -> bool:
        return self._lag.seconds <= self._lag_limit

    def _next_host(self, now: float, keeping_up: bool) -> tuple[str, float] | None:
        """The ready host with the longest backlog, from all hosts while the event loop keeps
        up, else from the critical ones (the longest backlogs); failing that, the critical
        host ready soonest; with its ready time."""
        if keeping_up and (ready := self._longest_ready(self._backlog.items(), now)):
            return ready, now
        critical = heapq.nlargest(self._early, self._backlog.items(), key=itemgetter(1))
        if not keeping_up and (ready := self._longest_ready(critical, now)):
            return ready, now
        soonest = min(((self._ready_at(host), host) for host, _ in critical), default=None)
        if soonest is None or soonest[0] == math.inf:
            return None
        return soonest[1], soonest[0]

    def _longest_ready(self, hosts: Iterable[tuple[str, int]], now: float) -> str | None:
        """Of (host, backlog) pairs, the ready host with the longest backlog."""
        ready, ready_backlog = None, 0
        for host, backlog in hosts:
            if backlog > ready_backlog and self._ready_at(host) <= now:
                ready, ready_backlog = host, backlog
        return ready

    def _ready_at(self, host: str) -> float:
        """When the host may be handed a request: never while the downloader holds one."""
        slot = self._slots.get(host)
        turn_ends = self._turn_ends.get(host, 0.0)
        if slot is None:
            return turn_ends
        if holds_requests(slot):
            return math.inf
        return max(next_send_time(slot), turn_ends)


class LoopLag:
    """How late the event loop runs a timer. A crawler that parses and stores faster than it
    fetches keeps this near zero; a saturated one is late with every host's next request."""

    def __init__(self, interval: float = 0.005) -> None:
        self.seconds = 0.0
        self._interval = interval
        self._call = call_later(interval, self._tick, monotonic() + interval)

    def _tick(self, due: float) -> None:
        now = monotonic()
        self.seconds = max(0.0, now - due)
        self._call = call_later(self._interval, self._tick, now + self._interval)

    def stop(self) -> None:
        self._call.cancel()
