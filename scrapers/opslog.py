"""A crawl's log, written for the person who runs it every night (and for log shippers).

By default a crawl writes the project's own lines only: one per page that could not be
archived (no traceback), and at the end one line per site (requests, new, updated, removed,
errors, the readers that read its pages), one summary line and one `problem:` line per site
that needs a person. Scrapy's banners, settings, periodic counts, stats dump and the
tracebacks of failed downloads (each failure already has its own line) come back with
`--verbose`. `--log-format json` writes the same records as one JSON object per line, with
the counts as fields.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from archive.recorder import ERROR_COUNTS, RunOutcome, RunRecorder
from archive.store import Archive

LOGGER = logging.getLogger("bawaslu")
FIELDS = "fields"
"""`extra` key of a record's structured fields (a dict), written as JSON fields."""

FRAMEWORK_LOGGERS = ("scrapy", "twisted", "py.warnings", "asyncio")
DOWNLOAD_FAILURE_LOGGERS = (
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.downloadermiddlewares.retry",
)
"""Loggers whose lines repeat a failure the crawl reports itself, with a traceback."""

TEXT_FORMAT = "%(asctime)s %(levelname)s %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def install(level: str, log_format: str = "text", verbose: bool = False) -> logging.Handler:
    """Send log records to stderr as `log_format` ("text" or "json"); quiet unless `verbose`.

    Scrapy must then be told not to install its own handler (LOG_INSTALL_ROOT_HANDLER).
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level.upper())
    handler.setFormatter(JsonFormatter() if log_format == "json" else _text_formatter(verbose))
    if not verbose:
        handler.addFilter(quiet)
    logging.root.addHandler(handler)
    logging.root.setLevel(logging.NOTSET)
    return handler


def quiet(record: logging.LogRecord) -> bool:
    """Drop the framework's chatter below WARNING and its repeats of download failures."""
    name = record.name
    if name.startswith(DOWNLOAD_FAILURE_LOGGERS) and record.levelno < logging.CRITICAL:
        return False
    return not (name.startswith(FRAMEWORK_LOGGERS) and record.levelno < logging.WARNING)


class OneLineFormatter(logging.Formatter):
    """The record's line without its traceback (`--verbose` keeps tracebacks)."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        record.asctime = self.formatTime(record, self.datefmt)
        return self.formatMessage(record)


def _text_formatter(verbose: bool) -> logging.Formatter:
    formatter = logging.Formatter if verbose else OneLineFormatter
    return formatter(TEXT_FORMAT, DATE_FORMAT)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC), level, logger, message and its fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **getattr(record, FIELDS, {}),
        }
        return json.dumps(entry, ensure_ascii=False, default=str)


def emit(event: str, message: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one of the crawl's own lines, `fields` kept as JSON fields."""
    LOGGER.log(level, message, extra={FIELDS: {"event": event, **fields}})


def report_sites(site_counts: Mapping[str, Mapping[str, Any]]) -> None:
    """One line per site: requests, new, updated, removed, errors, readers."""
    for host, counts in sorted(site_counts.items()):
        described = ", ".join(f"{name} {value}" for name, value in counts.items())
        emit("site", f"site {host}: {described}", host=host, **counts)


def report_summary(
    site_counts: Mapping[str, Mapping[str, Any]], status: str, problems: int
) -> None:
    """The run in one line: sites, the counts summed, problems and the run's status."""
    totals = {
        name: sum(counts[name] for counts in site_counts.values())
        for name in ("requests", "new", "updated", "removed", "errors")
    }
    described = ", ".join(f"{value} {name}" for name, value in totals.items())
    emit(
        "summary",
        f"summary: {len(site_counts)} sites, {described}, {problems} problems; status {status}",
        sites=len(site_counts),
        **totals,
        problems=problems,
        status=status,
    )


def report_run(recorder: RunRecorder, requests: Mapping[str, int], outcome: RunOutcome) -> None:
    """The end of a run: a line per site, then the summary line."""
    counts = recorder.counts
    readers = _readers(recorder.archive, recorder.runlog.run(outcome.run_id)["started_at"])
    site_counts = {
        host: {
            "requests": requests.get(host, 0),
            "new": counts[host]["new"],
            "updated": counts[host]["updated"],
            "removed": counts[host]["removed"],
            "errors": sum(counts[host][name] for name in ERROR_COUNTS.values()),
            "readers": readers.get(host, "-"),
        }
        for host in recorder.hosts
    }
    report_sites(site_counts)
    report_summary(site_counts, outcome.status, len(outcome.problems))


def _readers(archive: Archive, since: str) -> dict[str, str]:
    """Per host, the layouts that read the articles fetched since `since` ("drupal 12")."""
    rows = archive.db.execute(
        "SELECT host, layout, count(*) FROM articles WHERE fetched_at >= ? "
        "GROUP BY host, layout ORDER BY host, count(*) DESC",
        [since],
    ).fetchall()
    readers: dict[str, list[str]] = {}
    for host, layout, count in rows:
        readers.setdefault(host, []).append(f"{layout} {count}")
    return {host: " + ".join(parts) for host, parts in readers.items()}
