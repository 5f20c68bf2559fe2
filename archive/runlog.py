"""The crawl's own records, in the archive file beside the articles.

Two concerns, both written only through `archive.recorder.RunRecorder` (for the crawl's
pipeline and for the fleet's loader):

- the run log, for people: `crawl_runs` (one row per run, its options and outcome),
  `crawl_site_stats` (what each run did to each site) and `crawl_errors` (each page a run
  could not archive);
- the crawler's memory, for the next night: `crawl_pages` (per URL: what the page was, its
  ETag and Last-Modified, the listing's date line, when it was first and last answered) and
  `crawl_sites` (per host: where the listing starts after redirects, how far the last walks
  went). `load_memory` turns them into what the spider needs to ask only for new and due pages.

Days (`first_seen_on`, `checked_on`) are crawl dates, the site's local calendar date or the
`CRAWL_TODAY` setting, because the revisit schedule counts days after publication.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from archive.drift import PastReading

RUN_RUNNING = "running"
RUN_OK = "ok"
RUN_PROBLEMS = "problems"
RUN_INTERRUPTED = "interrupted"
RUN_FAILED = "failed"  # the crawl could not go on (a full disk): the next run resumes it
RUN_KILLED = "killed"
FINISHED_STATUSES = (RUN_OK, RUN_PROBLEMS)

SITE_COUNTS = (
    "requests",
    "new",
    "updated",
    "unchanged",
    "removed",
    "http_errors",
    "network_errors",
    "extraction_failures",
)
SITE_BREAKDOWNS = ("readers", "failure_reasons")
"""JSON columns of crawl_site_stats: article pages read per reader (`Article.layout`), and
extraction failures per reason."""
KNOWN_KINDS = ("article", "not_article", "gone")
"""crawl_pages kinds a listing walk need not ask for again ("failed" pages are retried)."""


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a page's version, sent back in a conditional request."""

    etag: str = ""
    last_modified: str = ""


@dataclass
class SiteMemory:
    """What the crawl knows of one site before a run starts."""

    host: str
    listing_url: str = ""  # the first listing page after redirects; "" before any walk
    needs_full_walk: bool = True  # never walked to the end, or the last walk was cut short
    known: frozenset[str] = frozenset()  # URLs a listing walk need not ask for
    validators: dict[str, Validators] = field(default_factory=dict)
    listing_dates: dict[str, str] = field(default_factory=dict)  # article URL -> date line
    due: tuple[str, ...] = ()  # archived articles whose revisit fell due
    pending: tuple[str, ...] = ()  # pages that failed last time and are not archived


@dataclass(frozen=True, slots=True)
class Sweep:
    """Late changes: besides the revisits after publication, every archived article is asked
    again (conditionally) at least once every `period` days, so an edit or a deletion made at
    any time is seen within `period` days.

    Each night a site's articles not checked for `rest` days are asked for, those checked
    longest ago first, up to a share of the site's articles that clears them all within the
    `period - rest` nights left, and never more than `budget` requests. The guarantee holds
    while the crawl runs every night and a site has at most budget x (period - rest) articles.
    """

    period: int = 30
    rest: int = 15
    budget: int = 500

    def quota(self, articles: int) -> int:
        return min(self.budget, math.ceil(articles / max(1, self.period - self.rest)))


class RunLog:
    """The crawl tables of one archive database (created by `archive.schema`'s migrations)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- runs -------------------------------------------------------------------------

    def start_run(self, options: dict[str, Any], warc_file: str, at: datetime) -> int:
        """A new `running` row; runs still `running` from before were killed."""
        with self.db.conn:
            self.db.execute(
                "UPDATE crawl_runs SET status = ? WHERE status = ?", [RUN_KILLED, RUN_RUNNING]
            )
            cursor = self.db.execute(
                "INSERT INTO crawl_runs (started_at, status, options, warc_file) "
                "VALUES (?, ?, ?, ?)",
                [_utc(at), RUN_RUNNING, json.dumps(options, sort_keys=True), warc_file],
            )
        return int(cursor.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        at: datetime,
        site_counts: dict[str, dict[str, int]],
        problems: Sequence[str],
        interrupted: bool,
        options: dict[str, Any] | None = None,
        failed: bool = False,
        breakdowns: Mapping[str, Mapping[str, Mapping[str, int]]] | None = None,
    ) -> str:
        """Write the per-site counts and `breakdowns` (host -> SITE_BREAKDOWNS column -> counts),
        the outcome and, when given, the options again (a fleet run learns its sites as it
        goes); the status written."""
        status = (
            RUN_FAILED
            if failed
            else RUN_INTERRUPTED
            if interrupted
            else RUN_PROBLEMS
            if problems
            else RUN_OK
        )
        breakdowns = breakdowns or {}
        rows = [
            [
                run_id,
                host,
                *(counts.get(name, 0) for name in SITE_COUNTS),
                *(_counts_json(breakdowns.get(host, {}).get(name, {})) for name in SITE_BREAKDOWNS),
            ]
            for host, counts in sorted(site_counts.items())
        ]
        columns = ", ".join(("run_id", "host", *SITE_COUNTS, *SITE_BREAKDOWNS))
        slots = ", ".join("?" for _ in range(len(SITE_COUNTS) + len(SITE_BREAKDOWNS) + 2))
        with self.db.conn:
            self.db.conn.executemany(
                f"INSERT OR REPLACE INTO crawl_site_stats ({columns}) VALUES ({slots})", rows
            )
            self.db.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ?, problems = ?, "
                "options = coalesce(?, options) WHERE id = ?",
                [
                    _utc(at),
                    status,
                    "\n".join(problems),
                    None if options is None else json.dumps(options, sort_keys=True),
                    run_id,
                ],
            )
        return status

    def add_error(self, run_id: int, url: str, host: str, kind: str, message: str) -> None:
        with self.db.conn:
            self.db.execute(
                "INSERT INTO crawl_errors (run_id, url, host, kind, message, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [run_id, url, host, kind, message, _utc(datetime.now(UTC))],
            )

    def past_reading(self, host: str, before_run_id: int) -> PastReading | None:
        """The latest run before `before_run_id` whose reader counts for `host` are not empty."""
        row = self.db.execute(
            """SELECT r.started_at, s.readers FROM crawl_site_stats s
               JOIN crawl_runs r ON r.id = s.run_id
               WHERE s.host = ? AND s.run_id < ? AND coalesce(s.readers, '{}') != '{}'
               ORDER BY s.run_id DESC LIMIT 1""",
            [host, before_run_id],
        ).fetchone()
        return PastReading(row[0][:10], json.loads(row[1])) if row else None

    def run(self, run_id: int) -> dict[str, Any]:
        return Table(self.db, "crawl_runs").get(run_id)

    def first_crawl_today(self) -> date | None:
        """The date the archive's first run took as today, if it was given one (`--today`)."""
        row = self.db.execute(
            "SELECT json_extract(options, '$.crawl_today') FROM crawl_runs ORDER BY id LIMIT 1"
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    # --- memory -----------------------------------------------------------------------

    def note_page(
        self,
        url: str,
        host: str,
        kind: str,
        on: date,
        validators: Validators = Validators(),
        listing_date: str = "",
    ) -> None:
        """A page answered: remember what it was, its validators and the day it was checked."""
        with self.db.conn:
            self.db.execute(
                """INSERT INTO crawl_pages (url, host, kind, etag, last_modified, listing_date,
                                            first_seen_on, checked_on)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET
                     kind = excluded.kind,
                     etag = excluded.etag,
                     last_modified = excluded.last_modified,
                     listing_date = coalesce(nullif(excluded.listing_date, ''), listing_date),
                     checked_on = excluded.checked_on""",
                [
                    url,
                    host,
                    kind,
                    validators.etag,
                    validators.last_modified,
                    listing_date,
                    on.isoformat(),
                    on.isoformat(),
                ],
            )

    def note_checked(self, url: str, on: date) -> None:
        """A conditional request answered 304: the page is as it was, checked today."""
        with self.db.conn:
            self.db.execute(
                "UPDATE crawl_pages SET checked_on = ? WHERE url = ?", [on.isoformat(), url]
            )

    def note_failed(self, url: str, host: str, on: date) -> None:
        """A page with no usable answer: retried next run unless it is already known."""
        with self.db.conn:
            self.db.execute(
                "INSERT INTO crawl_pages (url, host, kind, first_seen_on) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO NOTHING",
                [url, host, "failed", on.isoformat()],
            )

    def note_listing_walked(
        self, host: str, listing_url: str, run_id: int, reached_end: bool, at: datetime
    ) -> None:
        """This run finished walking the site's listing (to the end, or to a known page)."""
        with self.db.conn:
            self.db.execute(
                """INSERT INTO crawl_sites (host, listing_url, walked_run_id, full_walk_at)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT(host) DO UPDATE SET
                     listing_url = excluded.listing_url,
                     walked_run_id = excluded.walked_run_id,
                     full_walk_at = coalesce(excluded.full_walk_at, full_walk_at)""",
                [host, listing_url, run_id, _utc(at) if reached_end else None],
            )

    def begin_walks(self, hosts: Iterable[str], run_id: int) -> None:
        """This run starts walking these sites' listings."""
        with self.db.conn:
            self.db.conn.executemany(
                "INSERT INTO crawl_sites (host, walk_run_id) VALUES (?, ?) "
                "ON CONFLICT(host) DO UPDATE SET walk_run_id = excluded.walk_run_id",
                [(host, run_id) for host in hosts],
            )

    def load_memory(
        self,
        host: str,
        today: date,
        revisit_days: Sequence[int],
        full: bool,
        sweep: Sweep = Sweep(),
    ) -> SiteMemory:
        """What to ask `host` for today: see SiteMemory. `full` makes every article due;
        otherwise the revisits that fell due and tonight's share of the `sweep`."""
        pages = list(self.db.query("SELECT * FROM crawl_pages WHERE host = ?", [host]))
        archived = list(
            self.db.query(
                """SELECT a.url, coalesce(a.published_date, p.first_seen_on,
                                          substr(a.first_seen_at, 1, 10)) AS reference,
                          coalesce(p.checked_on, substr(a.fetched_at, 1, 10)) AS checked_on
                   FROM articles a LEFT JOIN crawl_pages p ON p.url = a.url
                   WHERE a.host = ?""",
                [host],
            )
        )
        archived_urls = {row["url"] for row in archived}
        known = archived_urls | {p["url"] for p in pages if p["kind"] in KNOWN_KINDS}
        due = [
            row["url"]
            for row in archived
            if full or _revisit_due(row["reference"], row["checked_on"], today, revisit_days)
        ]
        due += _swept(archived, set(due), today, sweep)
        site = Table(self.db, "crawl_sites").get(host) if self._has_site(host) else None
        return SiteMemory(
            host=host,
            listing_url=(site or {}).get("listing_url") or "",
            needs_full_walk=full or self._walk_unfinished(site),
            known=frozenset(known),
            validators={
                p["url"]: Validators(p["etag"] or "", p["last_modified"] or "")
                for p in pages
                if p["etag"] or p["last_modified"]
            },
            listing_dates={p["url"]: p["listing_date"] for p in pages if p["listing_date"]},
            due=tuple(sorted(due)),
            pending=tuple(
                sorted(
                    p["url"]
                    for p in pages
                    if p["kind"] == "failed" and p["url"] not in archived_urls
                )
            ),
        )

    def _has_site(self, host: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM crawl_sites WHERE host = ?", [host]).fetchone())

    def _walk_unfinished(self, site: dict[str, Any] | None) -> bool:
        """True when the listing was never walked to its end, or the last run that walked it
        did not finish its walk or was cut short before its article requests were done."""
        if site is None or not site["full_walk_at"] or site["walked_run_id"] is None:
            return True
        if site["walk_run_id"] != site["walked_run_id"]:
            return True
        run = self.db.execute(
            "SELECT status FROM crawl_runs WHERE id = ?", [site["walked_run_id"]]
        ).fetchone()
        return run is None or run[0] not in FINISHED_STATUSES

    def create_schema(self) -> None:
        Table(self.db, "crawl_runs").create(
            {
                "id": int,
                "started_at": str,
                "finished_at": str,
                "status": str,
                "options": str,
                "warc_file": str,
                "problems": str,
            },
            pk="id",
            not_null=["started_at", "status"],
            if_not_exists=True,
        )
        Table(self.db, "crawl_site_stats").create(
            {"run_id": int, "host": str, **dict.fromkeys(SITE_COUNTS, int)},
            pk=("run_id", "host"),
            foreign_keys=[("run_id", "crawl_runs", "id")],
            if_not_exists=True,
        )
        Table(self.db, "crawl_errors").create(
            {
                "id": int,
                "run_id": int,
                "url": str,
                "host": str,
                "kind": str,
                "message": str,
                "at": str,
            },
            pk="id",
            foreign_keys=[("run_id", "crawl_runs", "id")],
            if_not_exists=True,
        )
        Table(self.db, "crawl_pages").create(
            {
                "url": str,
                "host": str,
                "kind": str,
                "etag": str,
                "last_modified": str,
                "listing_date": str,
                "first_seen_on": str,
                "checked_on": str,
            },
            pk="url",
            not_null=["host", "kind"],
            if_not_exists=True,
        )
        Table(self.db, "crawl_sites").create(
            {
                "host": str,
                "listing_url": str,
                "walk_run_id": int,
                "walked_run_id": int,
                "full_walk_at": str,
            },
            pk="host",
            if_not_exists=True,
        )
        Table(self.db, "crawl_pages").create_index(["host"], if_not_exists=True)
        Table(self.db, "crawl_errors").create_index(["run_id"], if_not_exists=True)


def _swept(archived: list[dict[str, Any]], due: set[str], today: date, sweep: Sweep) -> list[str]:
    """Tonight's share of the sweep: articles unchecked for `sweep.rest` days, oldest first."""
    rested = (today - timedelta(days=sweep.rest)).isoformat()
    waiting = sorted(
        (row["checked_on"] or "", row["url"])
        for row in archived
        if row["url"] not in due and (row["checked_on"] or "") <= rested
    )
    return [url for _, url in waiting[: sweep.quota(len(archived))]]


def _revisit_due(
    reference: str | None, checked_on: str | None, today: date, revisit_days: Sequence[int]
) -> bool:
    """Due when a revisit day (publication + N days) has come and no check happened since."""
    if not reference:
        return False
    published = date.fromisoformat(reference[:10])
    checked = date.fromisoformat(checked_on[:10]) if checked_on else date.min
    return any(checked < published + timedelta(days=n) <= today for n in revisit_days)


def _counts_json(counts: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(counts.items())), ensure_ascii=False)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")
