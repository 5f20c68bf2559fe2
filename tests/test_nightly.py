"""Nightly crawls over the living mirror: a real mirror moved day by day, a real Scrapy crawl
per night in a subprocess, a real SQLite archive.

The expected figures come from the mirror's model (`mirror.living.build_world`): what each day
published, edited, deleted and made fail, and the revisit schedule of the crawl's settings.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.living import MirrorState, World, build_world
from mirror.server import AccessRecord, MirrorServer
from scrapers import settings

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

BASE_DATE = date(2026, 3, 2)
NIGHTS = 9  # day 0 twice, then days 1..9: every revisit day up to 7 comes round
FAST_RETRIES = ("--set", "RETRY_BACKOFF_BASE=0.05", "--set", "RETRY_BACKOFF_MAX=0.2")
REVISIT_DAYS = tuple(settings.REVISIT_AFTER_DAYS)


@dataclass
class Night:
    day: int
    exit_status: int
    stderr: str
    requests: list[AccessRecord]

    def on(self, host: str) -> list[AccessRecord]:
        return [r for r in self.requests if r.host == host and r.path != "/robots.txt"]

    def robots(self, host: str) -> int:
        return sum(r.host == host and r.path == "/robots.txt" for r in self.requests)


@dataclass
class Nights:
    world: World
    db: Path
    warc_dir: Path
    first: Night
    same_day: Night
    later: list[Night]  # days 1..NIGHTS


def crawl(server: MirrorServer, db: Path, day: int, *extra: str) -> Night:
    server.access_log.clear()
    today = (BASE_DATE + timedelta(days=day)).isoformat()
    sites = [arg for host in server.sites for arg in ("--site", host)]
    args = ["crawl", "--mirror", server.url, "--db", str(db), "--delay", "0", "--today", today]
    result = run_cli(*args, *sites, *FAST_RETRIES, *extra, check=False)
    return Night(day, result.returncode, result.stderr, server.access_log.records())


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> Nights:
    root = tmp_path_factory.mktemp("nightly")
    state_dir, db = root / "mirror", root / "data" / "bawaslu.db"
    MirrorState(seed=0, base_date=BASE_DATE).save(state_dir)
    with MirrorServer(port=0, state_dir=state_dir) as server:
        first = crawl(server, db, 0)
        same_day = crawl(server, db, 0)
        later = []
        for day in range(1, NIGHTS + 1):
            run_cli("mirror-advance", "--state", str(state_dir))
            later.append(crawl(server, db, day))
    world = build_world(MirrorState.load(state_dir))
    return Nights(world, db, db.parent / "warc", first, same_day, later)


def rows(db: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


# --- the model's predictions ----------------------------------------------------------


class Model:
    """What the mirror's world implies for one site's nightly crawls."""

    def __init__(self, world: World, host: str) -> None:
        self.world, self.host = world, host
        self.site = world.sites[host]
        base = build_world(MirrorState(world.state.seed, world.state.base_date)).sites[host]
        gone = {path: deletion.article for path, deletion in world.deleted[host].items()}
        self.articles = gone | {article.path: article for article in self.site.articles}
        self.listed = {article.path: 0 for article in base.articles}  # night first listed
        for day in range(1, world.state.day + 1):
            self.listed |= {article.path: day for article in world.day(day)[host].new}
        self.archived = dict(self.listed)  # night first archived: a lasting fault delays it
        for day in range(1, world.state.day + 1):
            for fault in world.day(day)[host].faults:
                if fault.failures is None:
                    self.archived[fault.path] = day + 1
        self.revisits = {path: self._revisit_nights(path) for path in self.articles}

    def _revisit_nights(self, path: str) -> set[int]:
        """Nights after it was archived on which the crawl must ask for the article again:
        REVISIT_DAYS after its publication date, or after the night it was first listed when
        the site shows no date."""
        known = self.site.knowable_date(self.articles[path])
        reference = known or BASE_DATE + timedelta(days=self.listed[path])
        nights = {(reference + timedelta(days=n) - BASE_DATE).days for n in REVISIT_DAYS}
        return {night for night in nights if night > self.archived[path]}

    def due_on(self, night: int) -> int:
        return sum(night in nights for nights in self.revisits.values())

    def first_fetches_on(self, night: int) -> int:
        """k: the articles a night must fetch for the first time (new, or hidden last night)."""
        return sum(first == night for first in self.archived.values())


@pytest.fixture(scope="module")
def models(nights: Nights) -> dict[str, Model]:
    return {host: Model(nights.world, host) for host in nights.world.sites}


# --- requests per night -----------------------------------------------------------------


def test_first_night_archives_every_article(nights: Nights) -> None:
    base = build_world(MirrorState(0, BASE_DATE)).sites
    assert nights.first.exit_status == 0, nights.first.stderr
    assert {r["host"]: r["n"] for r in rows(nights.db, FIRST_RUN_NEW)} == {
        host: len(site.articles) for host, site in base.items()
    }


FIRST_RUN_NEW = "SELECT host, new AS n FROM crawl_site_stats WHERE run_id = 1"


def test_a_second_run_the_same_day_costs_two_requests_per_site_and_robots(nights: Nights):
    night = nights.same_day
    assert night.exit_status == 0, night.stderr
    for host in nights.world.sites:
        assert night.robots(host) == 1, host
        assert len(night.on(host)) <= 2, (host, [r.path for r in night.on(host)])


def test_each_night_costs_at_most_new_plus_two_plus_revisits_due(
    nights: Nights, models: dict[str, Model]
) -> None:
    """Requests answered normally; planned fault answers are checked by the next test."""
    for night in nights.later:
        for host, model in models.items():
            faults = {f.path: f for f in nights.world.day(night.day)[host].faults}
            answered = [r for r in night.on(host) if not _planned_fault(r, faults)]
            bound = model.first_fetches_on(night.day) + 2 + model.due_on(night.day)
            assert len(answered) <= bound, (night.day, host, [r.path for r in answered])
            assert night.robots(host) == 1


def test_planned_faults_are_retried_as_planned(nights: Nights) -> None:
    """A 503/429 that clears is asked again once; a lasting 500, 1 + RETRY_TIMES times."""
    for night in nights.later:
        for host in nights.world.sites:
            for fault in nights.world.day(night.day)[host].faults:
                answers = Counter(r.status for r in night.on(host) if r.path == fault.path)
                if fault.failures is None:
                    assert answers == {fault.status: 1 + settings.RETRY_TIMES}, fault
                else:
                    assert answers[fault.status] == fault.failures, fault
                    assert answers.total() == fault.failures + 1, fault  # then 200 or 304


def _planned_fault(record: AccessRecord, faults: dict) -> bool:
    fault = faults.get(record.path)
    return fault is not None and record.status == fault.status


# --- what the archive holds -------------------------------------------------------------


def test_every_article_served_is_archived_once(nights: Nights, models: dict[str, Model]):
    archived = Counter(r["url"] for r in rows(nights.db, "SELECT url FROM articles"))
    for host, model in models.items():
        expected = {  # a lasting fault on the last night hides an article until tomorrow
            model.site.url_of(article)
            for path, article in model.articles.items()
            if model.archived[path] <= NIGHTS
        }
        assert {url for url in archived if url.startswith(f"https://{host}/")} == expected, host
    assert set(archived.values()) == {1}


def test_edits_caught_by_a_revisit_are_kept_as_versions(
    nights: Nights, models: dict[str, Model]
) -> None:
    """Each edit is caught by the first revisit after it; each catch is one new version."""
    revised = 0
    for host, model in models.items():
        for article in model.site.articles:
            edits = [
                d for d in range(1, NIGHTS + 1) if article.path in nights.world.day(d)[host].edited
            ]
            revisits = sorted(model.revisits[article.path])
            catches = {next((n for n in revisits if e <= n <= NIGHTS), None) for e in edits} - {
                None
            }
            (row,) = rows(nights.db, ARTICLE, model.site.url_of(article))
            assert row["version"] == 1 + len(catches), article.path
            if not catches:
                continue
            notes_seen = sum(e <= max(catches) for e in edits)
            original = len(article.paragraphs) - len(edits)
            assert row["body"].endswith(article.paragraphs[original + notes_seen - 1])
            older = rows(nights.db, ARTICLE_VERSIONS, row["url"])
            assert [v["version"] for v in older] == list(range(1, row["version"]))
            assert older[0]["body"].endswith(article.paragraphs[original - 1])
            revised += 1
    assert revised >= 5


ARTICLE = "SELECT * FROM articles WHERE url = ?"
ARTICLE_VERSIONS = "SELECT * FROM article_versions WHERE url = ? ORDER BY version"
REMOVALS = "SELECT * FROM article_removals WHERE url = ?"


def test_deletions_are_marked_and_returns_cleared(nights: Nights, models: dict[str, Model]) -> None:
    marked = 0
    for host, model in models.items():
        for day in range(1, NIGHTS + 1):
            for path in nights.world.day(day)[host].deleted:
                revisits = model.revisits[path]
                back = next(
                    (
                        d
                        for d in range(day, NIGHTS + 1)
                        if path in nights.world.day(d)[host].restored
                    ),
                    NIGHTS + 1,
                )
                if not any(day <= n < back for n in revisits):
                    continue
                marked += 1
                (row,) = rows(nights.db, ARTICLE, model.site.url_of(model.articles[path]))
                (removal,) = rows(nights.db, REMOVALS, row["url"])
                seen_back = any(back <= n <= NIGHTS for n in revisits)
                assert (row["removed_at"] is None) == seen_back, path
                assert (removal["restored_at"] is not None) == seen_back, path
                assert row["body"], "the content of a removed article stays"
    assert marked >= 3


# --- run log, exit status, raw captures -------------------------------------------------


def test_run_log_counts_match_the_archive(nights: Nights) -> None:
    runs = rows(nights.db, "SELECT * FROM crawl_runs ORDER BY id")
    assert [run["status"] for run in runs] == ["ok"] * (NIGHTS + 2)
    assert all(n.exit_status == 0 for n in nights.later), [n.stderr for n in nights.later]
    totals = rows(
        nights.db, "SELECT sum(new) AS new, sum(removed) AS removed FROM crawl_site_stats"
    )
    assert totals[0]["new"] == len(rows(nights.db, "SELECT url FROM articles"))
    assert totals[0]["removed"] == len(rows(nights.db, "SELECT * FROM article_removals"))
    lasting = [
        f
        for d in range(1, NIGHTS + 1)
        for c in nights.world.day(d).values()
        for f in c.faults
        if f.failures is None
    ]
    errors = rows(nights.db, "SELECT * FROM crawl_errors WHERE kind = 'http'")
    assert sorted(e["message"] for e in errors) == ["HTTP 500"] * len(lasting)
    for night, run in zip([nights.first, nights.same_day, *nights.later], runs, strict=True):
        requests = sum(r["requests"] for r in rows(nights.db, SITE_STATS, run["id"]))
        assert requests == len(night.requests)
        assert json.loads(run["options"])["crawl_today"] == str(BASE_DATE + timedelta(night.day))
        assert Path(run["warc_file"]).exists()


SITE_STATS = "SELECT * FROM crawl_site_stats WHERE run_id = ?"


def test_reextract_from_the_warcs_equals_the_crawl(nights: Nights, tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.db"
    run_cli("reextract", "--warc-dir", str(nights.warc_dir), "--db", str(rebuilt))
    columns = "url, version, content_hash, title, body, published_date, removed_at IS NULL"
    assert rows(rebuilt, f"SELECT {columns} FROM articles ORDER BY url") == rows(
        nights.db, f"SELECT {columns} FROM articles ORDER BY url"
    )
    versions = "SELECT url, version, content_hash FROM article_versions ORDER BY url, version"
    assert rows(rebuilt, versions) == rows(nights.db, versions)
