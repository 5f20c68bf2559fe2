"""One crawl run's records, however the run was crawled.

The single-machine crawl (`scrapers.pipelines.ArchivePipeline`) and the fleet's loader
(`scrapers.distributed.load_items`) hand every item to a `RunRecorder`, so both leave the
same archive behind: articles saved, page answers remembered for the next night's incremental
run, removals marked, failures logged, and at the end the per-site counts, the problems that
need a person and the run's status (`archive.runlog`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from archive.disk import disk_full_problem, is_disk_full
from archive.drift import theme_change
from archive.runlog import RUN_RUNNING, Validators
from archive.store import Archive
from scrapers.article import Article, FailedPage
from scrapers.visits import ListingWalked, PageVisit

Item = Article | FailedPage | PageVisit | ListingWalked
ERROR_COUNTS = {
    "http": "http_errors",
    "network": "network_errors",
    "extraction": "extraction_failures",
}


@dataclass(frozen=True, slots=True)
class FailureLimits:
    """When unreadable article pages are a problem (a layout change): more than `share` of a
    site's article pages, once at least `least` of them failed."""

    share: float
    least: int


@dataclass(frozen=True, slots=True)
class RunOutcome:
    run_id: int
    status: str  # archive.runlog RUN_OK, RUN_PROBLEMS or RUN_INTERRUPTED
    problems: tuple[str, ...]


class RunRecorder:
    """Write one run's items and outcome to `archive`.

    `hosts` are the run's sites; a host first seen in an item joins the run, which is how a
    fleet run, whose selection only the workers know, gets its sites. `options` (JSON-ready)
    are written with the sites at the start and again at the end.
    """

    def __init__(
        self,
        archive: Archive,
        hosts: Iterable[str],
        options: dict[str, Any],
        limits: FailureLimits,
    ) -> None:
        self.archive = archive
        self.runlog = archive.runlog
        self.hosts = list(dict.fromkeys(hosts))
        self.options = options
        self.limits = limits
        self.run_id = 0
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.readers: dict[str, Counter[str]] = defaultdict(Counter)  # host -> Article.layout
        self.failure_reasons: dict[str, Counter[str]] = defaultdict(Counter)  # extraction
        self.messages: dict[str, str] = {}  # URL -> why it failed, for the run's problems
        self.listing_failures: dict[str, str] = {}  # host -> URL of its failed first listing

    def start(
        self, at: datetime, warc_file: str = "", skipped: Iterable[tuple[str, str]] = ()
    ) -> int:
        """Open the run; `skipped` are (host, reason) for the sites the selection passed over."""
        self.run_id = self.runlog.start_run(self._all_options(), warc_file, at)
        self.runlog.begin_walks(self.hosts, self.run_id)
        for host, reason in skipped:
            self.runlog.add_error(self.run_id, f"https://{host}/", host, "skipped", reason)
        return self.run_id

    def record(self, item: Item, at: datetime) -> str:
        """Write what `item` (captured at `at`) means for the archive; the name of what it did,
        e.g. `articles/new`, for the caller's counts."""
        if item.host not in self.hosts:
            self.hosts.append(item.host)
            self.runlog.begin_walks([item.host], self.run_id)
        if isinstance(item, Article):
            return self._save(item, at)
        if isinstance(item, PageVisit):
            return self._remember(item, at)
        if isinstance(item, FailedPage):
            return self._log_failure(item)
        self.runlog.note_listing_walked(
            item.host, item.listing_url, self.run_id, item.reached_end, at
        )
        return "sites/walked"

    def visits(self) -> dict[str, int]:
        """Page visits per host: the requests count when the crawler's own is not at hand."""
        return {host: self.counts[host]["visits"] for host in self.hosts}

    def finish(
        self,
        at: datetime,
        requests: Mapping[str, int],
        interrupted: bool,
        failure: str = "",
    ) -> RunOutcome:
        """Write the per-site counts (`requests` per host) and the run's status; a `failure`
        (a full disk) fails the run and is listed before the sites' problems."""
        problems = [failure] if failure else []
        problems += self.problems()
        site_counts = {
            host: {**self.counts[host], "requests": requests.get(host, 0)} for host in self.hosts
        }
        breakdowns = {
            host: {"readers": self.readers[host], "failure_reasons": self.failure_reasons[host]}
            for host in self.hosts
        }
        status = self.runlog.finish_run(
            self.run_id,
            at,
            site_counts,
            problems,
            interrupted,
            self._all_options(),
            bool(failure),
            breakdowns=breakdowns,
        )
        return RunOutcome(self.run_id, status, tuple(problems))

    def finish_on_full_disk(self, at: datetime, db_path: str) -> RunOutcome:
        """Close the run as failed by a full disk when the archive itself is full: the
        write-ahead log is folded back first, which may free the room the last write needs.
        If even that fails, the run stays `running`, and the next run records it as killed."""
        problem = disk_full_problem(db_path)
        try:
            self.archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            status = self.runlog.finish_run(self.run_id, at, {}, [problem], True, failed=True)
        except sqlite3.Error as error:
            if not is_disk_full(error):
                raise
            status = RUN_RUNNING
        return RunOutcome(self.run_id, status, (problem,))

    def problems(self) -> list[str]:
        """One line per site that needs a person: unreachable, too many unreadable pages, or
        changed its theme (`archive.drift`)."""
        share, least = self.limits.share, self.limits.least
        problems = []
        for host in self.hosts:
            counts = self.counts[host]
            failed_listing = self.listing_failures.get(host)
            if failed_listing is not None:
                state = "unreachable" if not counts["answered"] else "listing unavailable"
                why = self.messages.get(failed_listing, "no answer")
                problems.append(f"{host}: {state} ({why})")
            read = counts["new"] + counts["updated"] + counts["unchanged_fetched"]
            failures = counts["extraction_failures"]
            if failures >= least and failures > share * (read + failures):
                problems.append(
                    f"{host}: {failures} of {read + failures} article pages unreadable "
                    f"(limit {share:.0%}): has the layout changed?"
                )
            change = theme_change(
                host,
                self.runlog.past_reading(host, self.run_id),
                self.readers[host],
                self.failure_reasons[host],
                least,
            )
            if change:
                problems.append(change)
        return problems

    def _all_options(self) -> dict[str, Any]:
        return {**self.options, "sites": list(self.hosts)}

    def _save(self, article: Article, at: datetime) -> str:
        outcome = self.archive.save_article(article, fetched_at=at)
        self.counts[article.host][outcome] += 1
        self.readers[article.host][article.layout] += 1
        if outcome == "unchanged":
            self.counts[article.host]["unchanged_fetched"] += 1
        return f"articles/{outcome}"

    def _remember(self, visit: PageVisit, at: datetime) -> str:
        counts = self.counts[visit.host]
        counts["visits"] += 1
        if visit.outcome != "failed":
            counts["answered"] += 1
        if visit.outcome == "not_modified":
            self.runlog.note_checked(visit.url, visit.on)
            if visit.role == "article":
                counts["unchanged"] += 1
                self.archive.mark_present(visit.url, at)
        elif visit.outcome == "failed":
            self._remember_failure(visit)
        else:
            self.runlog.note_page(
                visit.url,
                visit.host,
                _page_kind(visit),
                visit.on,
                Validators(visit.etag, visit.last_modified),
                visit.listing_date,
            )
            if visit.outcome == "gone" and self.archive.mark_removed(visit.url, at):
                counts["removed"] += 1
                return "articles/removed"
        return f"visits/{visit.outcome}"

    def _remember_failure(self, visit: PageVisit) -> None:
        if visit.role == "first_listing":
            # The reason is looked up at the end: a fleet may deliver it after the visit.
            self.listing_failures[visit.host] = visit.url
        elif visit.role == "article":
            self.runlog.note_failed(visit.url, visit.host, visit.on)

    def _log_failure(self, failure: FailedPage) -> str:
        self.counts[failure.host][ERROR_COUNTS[failure.kind]] += 1
        if failure.kind == "extraction":
            self.failure_reasons[failure.host][failure.message] += 1
        self.messages[failure.url] = failure.message
        self.runlog.add_error(self.run_id, failure.url, failure.host, failure.kind, failure.message)
        return f"failures/{failure.kind}"


def _page_kind(visit: PageVisit) -> str:
    """What crawl_pages remembers the URL as."""
    if visit.role != "article":
        return "listing"
    return {"fetched": "article", "gone": "gone", "not_article": "not_article"}[visit.outcome]
