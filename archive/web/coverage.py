"""What the archive holds, for its home page: sites, articles, dates, guesses, last crawl.

Each figure is read from an index (no scan of the articles' text), and all of them are
computed once per archive file: the served file is immutable, so they only change with it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from datasette.database import Database, QueryInterrupted

GUESSED_FLAGS = frozenset({"year_inferred", "approx", "relative"})
"""Date flags that mean the date was worked out rather than read as printed."""

TOTALS = """
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(DISTINCT host) FROM articles) AS sites,
       (SELECT count(*) FROM sites WHERE enabled) AS registry_sites,
       (SELECT min(published_date) FROM articles) AS earliest,
       (SELECT max(published_date) FROM articles) AS latest,
       (SELECT count(*) FROM articles WHERE published_date IS NULL) AS undated
"""
DATE_FLAG_COUNTS = "SELECT date_flags, count(*) AS articles FROM articles GROUP BY date_flags"
LAST_RUN = """
SELECT r.id, r.started_at, r.finished_at, r.status,
       (SELECT count(*) FROM crawl_site_stats WHERE run_id = r.id) AS sites
FROM crawl_runs r ORDER BY r.id DESC LIMIT 1
"""
LAST_RUN_SITES = """
SELECT st.host, s.region_name, st.new, st.updated, st.removed,
       st.http_errors + st.network_errors + st.extraction_failures AS errors
FROM crawl_site_stats st LEFT JOIN sites s ON s.host = st.host
WHERE st.run_id = :run ORDER BY errors DESC, st.new DESC, st.host LIMIT :limit
"""
SITES_SHOWN = 10

_cache: dict[tuple[str, int], dict[str, Any]] = {}


async def coverage(db: Database) -> dict[str, Any]:
    """The home page's figures, computed on first use for each archive file."""
    key = (str(db.path), Path(db.path).stat().st_mtime_ns)
    if key not in _cache:
        _cache[key] = await _measure(db)
    return _cache[key]


async def _measure(db: Database) -> dict[str, Any]:
    totals = dict((await db.execute(TOTALS)).first())
    guessed: int | None = 0
    try:
        for row in (await db.execute(DATE_FLAG_COUNTS)).rows:
            if GUESSED_FLAGS & set(json.loads(row["date_flags"] or "[]")):
                guessed = (guessed or 0) + row["articles"]
    except QueryInterrupted:
        guessed = None
    run = (await db.execute(LAST_RUN)).first()
    sites = []
    if run is not None:
        params = {"run": run["id"], "limit": SITES_SHOWN}
        sites = [dict(row) for row in (await db.execute(LAST_RUN_SITES, params)).rows]
    return {
        **totals,
        "guessed": guessed,
        "last_run": dict(run) if run else None,
        "run_sites": sites,
    }


def is_guessed(date_flags: str | None) -> bool:
    """True when an article's date was inferred (year, approximate or relative wording)."""
    return bool(GUESSED_FLAGS & set(json.loads(date_flags or "[]")))
