"""Late changes: an article deleted long after its last revisit is still seen within 30 days.

The living mirror deletes, now and then, an article published more than a month earlier
(`mirror.living.LATE_AFTER_DAYS`), which no revisit after publication would ask for again.
Real crawls of the mirror's site, night after night from the day of such a deletion (day 40
or later), into a real archive.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import run_cli

from archive.runlog import Sweep
from archive.store import Archive
from mirror.living import MirrorState, build_world
from mirror.server import AccessRecord, MirrorServer
from scrapers import settings
from scrapers.article import Article

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

BASE_DATE = date(2026, 3, 2)
FIRST_DAY = 40
PERIOD = settings.SWEEP_PERIOD_DAYS
HOST = "lampung.bawaslu.go.id"


def late_deletion() -> tuple[str, str, int]:
    """(host, path, day) of the mirror's first late deletion from FIRST_DAY on of an article
    archived on day 0."""
    base = build_world(MirrorState(0, BASE_DATE)).sites
    world = build_world(MirrorState(0, BASE_DATE, FIRST_DAY + PERIOD))
    found = [
        (gone.day, host, path)
        for host, deleted in world.deleted.items()
        for path, gone in deleted.items()
        if gone.late
        and gone.day >= FIRST_DAY
        and base[host].article_at(path) is not None
        and world.sites[host].article_at(path) is None  # not a new article's path since
    ]
    day, host, path = min(found)
    return host, path, day


def crawl(state_dir: Path, db: Path, host: str, day: int) -> list[AccessRecord]:
    with MirrorServer(port=0, state_dir=state_dir) as server:
        today = (BASE_DATE + timedelta(days=day)).isoformat()
        args = ["crawl", "--mirror", server.url, "--db", str(db), "--delay", "0"]
        run_cli(*args, "--today", today, "--site", host, "--set", "RETRY_BACKOFF_BASE=0.05")
        return server.access_log.records()


def removal(db: Path, url: str) -> str | None:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT removed_at FROM articles WHERE url = ?", [url]).fetchone()[0]


def test_a_late_deletion_is_recorded_within_the_sweep_period(tmp_path: Path) -> None:
    host, path, deleted_on = late_deletion()
    url = f"https://{host}{path}"
    state_dir, db = tmp_path / "mirror", tmp_path / "bawaslu.db"
    MirrorState(seed=0, base_date=BASE_DATE).save(state_dir)
    crawl(state_dir, db, host, 0)
    assert removal(db, url) is None
    run_cli("mirror-advance", "--state", str(state_dir), "--days", str(deleted_on))
    for day in range(deleted_on, deleted_on + PERIOD + 1):
        if day > deleted_on:
            run_cli("mirror-advance", "--state", str(state_dir))
        requests = crawl(state_dir, db, host, day)
        if removal(db, url) is not None:
            break
    assert removal(db, url) is not None, f"deleted on day {deleted_on}, not seen by day {day}"
    assert any(r.path == path and r.status == 404 for r in requests)


def test_each_night_sweeps_a_share_oldest_first_within_the_budget(tmp_path: Path) -> None:
    """300 articles last checked 40 to 69 days ago, 10 checked yesterday: a night sweeps
    ceil(310 / (period - rest)) of the first, the longest unchecked first; a budget caps it."""
    today = BASE_DATE + timedelta(days=100)
    with Archive(tmp_path / "bawaslu.db") as archive:
        for number in range(310):
            article = Article(f"https://{HOST}/berita/{number}", HOST, "drupal", "T", "B")
            archive.save_article(article, fetched_at=datetime.now(UTC))
            checked = today - timedelta(days=1 if number >= 300 else 40 + number % 30)
            archive.runlog.note_page(article.url, HOST, "article", checked)
        sweep = Sweep(period=30, rest=15, budget=500)
        due = archive.runlog.load_memory(HOST, today, (), False, sweep).due
        capped = archive.runlog.load_memory(HOST, today, (), False, Sweep(30, 15, 5)).due
    assert len(due) == math.ceil(310 / 15) == 21
    oldest = {f"https://{HOST}/berita/{n}" for n in range(300) if n % 30 >= 29 - 1}
    assert oldest <= set(due) and not {u for u in due if int(u.rsplit("/", 1)[1]) >= 300}
    assert len(capped) == 5 and set(capped) <= set(due)
