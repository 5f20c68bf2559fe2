"""The fleet's one writer: drains the items crawl workers push to Redis into the archive.

Workers (`scrapers.distributed`) push every item, encoded by `scrapers.codec`, to one Redis
list; `bawaslu-archive load` reads it here and records each fleet run through the same
`RunRecorder` as a single-machine crawl. No Scrapy in here: the loader is a plain process
beside the store it feeds.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import redis

from archive.recorder import FailureLimits, RunOutcome, RunRecorder
from archive.store import Archive
from scrapers.article import FailedPage
from scrapers.codec import Envelope, decode
from scrapers.registry import Site, load_sites

KEY_PREFIX = "bawaslu"
ITEMS_KEY = f"{KEY_PREFIX}:items"
ALIVE_PATTERN = f"{KEY_PREFIX}:*:alive:*"


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
