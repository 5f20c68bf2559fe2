"""RunRecorder and RunLog on a real SQLite archive: what each item does to the archive, the
crawl's memory and the run log, written out by hand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from archive.recorder import FailureLimits, RunRecorder
from archive.runlog import RUN_INTERRUPTED, RUN_KILLED, RUN_OK, RUN_PROBLEMS, Validators
from archive.store import Archive
from scrapers.article import Article, ArticleDate, FailedPage
from scrapers.visits import ListingWalked, PageVisit

HOST = "lampung.bawaslu.go.id"
OTHER = "jatim.bawaslu.go.id"
T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
DAY = date(2026, 11, 2)
LIMITS = FailureLimits(share=0.5, least=2)


def article(slug: str, body: str = "Bawaslu Lampung mengawasi tahapan pemilu.") -> Article:
    return Article(
        url=f"https://{HOST}/berita/{slug}",
        host=HOST,
        layout="drupal",
        title=f"Judul {slug}",
        body=body,
        date=ArticleDate("2026-11-01", "day", "meta", "2026-11-01"),
    )


def visit(slug: str, outcome: str, role: str = "article", **extra: str) -> PageVisit:
    return PageVisit(f"https://{HOST}/berita/{slug}", HOST, role, outcome, DAY, **extra)


@pytest.fixture
def archive(tmp_path: Path):
    with Archive(tmp_path / "bawaslu.db") as opened:
        yield opened


def recorder(archive: Archive, hosts: tuple[str, ...] = (HOST,)) -> RunRecorder:
    run = RunRecorder(archive, hosts, {"full": False}, LIMITS)
    run.start(T0, "crawl.warc.gz")
    return run


def site_stats(archive: Archive, run_id: int) -> dict[str, dict[str, int]]:
    rows = archive.db.query("SELECT * FROM crawl_site_stats WHERE run_id = ?", [run_id])
    return {row.pop("host"): row for row in rows}


def test_articles_are_counted_new_then_unchanged_then_updated(archive: Archive) -> None:
    run = recorder(archive)
    assert run.record(article("a"), T0) == "articles/new"
    assert run.record(article("a"), T0 + timedelta(hours=1)) == "articles/unchanged"
    changed = article("a", body="Bawaslu Lampung mengawasi tahapan pemilu dengan ketat.")
    assert run.record(changed, T0 + timedelta(hours=2)) == "articles/updated"
    outcome = run.finish(T0 + timedelta(hours=3), {HOST: 4}, interrupted=False)
    assert outcome.status == RUN_OK
    assert outcome.problems == ()
    stats = site_stats(archive, run.run_id)[HOST]
    assert (stats["requests"], stats["new"], stats["updated"]) == (4, 1, 1)
    assert archive.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 1


def test_a_first_listing_with_no_answer_makes_the_site_unreachable(archive: Archive) -> None:
    run = recorder(archive)
    listing = PageVisit(f"https://{HOST}/berita", HOST, "first_listing", "failed", DAY)
    run.record(listing, T0)
    run.record(FailedPage(listing.url, HOST, "network", "DNS lookup failed"), T0)
    outcome = run.finish(T0, {HOST: 3}, interrupted=False)
    assert outcome.status == RUN_PROBLEMS
    assert outcome.problems == (f"{HOST}: unreachable (DNS lookup failed)",)
    assert site_stats(archive, run.run_id)[HOST]["network_errors"] == 1
    errors = list(archive.db.query("SELECT url, kind, message FROM crawl_errors"))
    assert errors == [{"url": listing.url, "kind": "network", "message": "DNS lookup failed"}]


def test_unreadable_article_pages_beyond_the_limit_are_a_problem(archive: Archive) -> None:
    run = recorder(archive)
    run.record(article("read"), T0)
    for slug in ("x", "y"):
        run.record(FailedPage(f"https://{HOST}/berita/{slug}", HOST, "extraction", "no title"), T0)
    outcome = run.finish(T0, {}, interrupted=False)
    assert outcome.problems == (
        f"{HOST}: 2 of 3 article pages unreadable (limit 50%): has the layout changed?",
    )


def test_failures_under_the_limit_are_logged_but_not_a_problem(archive: Archive) -> None:
    run = recorder(archive)
    for slug in ("a", "b", "c"):
        run.record(article(slug), T0)
    run.record(FailedPage(f"https://{HOST}/berita/x", HOST, "extraction", "no title"), T0)
    outcome = run.finish(T0, {}, interrupted=False)
    assert (outcome.status, outcome.problems) == (RUN_OK, ())
    assert site_stats(archive, run.run_id)[HOST]["extraction_failures"] == 1


def test_a_gone_article_is_marked_removed_once_and_kept(archive: Archive) -> None:
    run = recorder(archive)
    run.record(article("a"), T0)
    assert run.record(visit("a", "gone"), T0 + timedelta(days=1)) == "articles/removed"
    assert run.record(visit("a", "gone"), T0 + timedelta(days=2)) == "visits/gone"
    row = archive.db.execute(
        "SELECT removed_at, body FROM articles WHERE url = ?", [article("a").url]
    ).fetchone()
    assert row == ("2026-11-03T01:00:00+00:00", article("a").body)
    run.finish(T0, {}, interrupted=False)
    assert site_stats(archive, run.run_id)[HOST]["removed"] == 1


def test_a_not_modified_answer_clears_a_removal_and_counts_unchanged(archive: Archive) -> None:
    run = recorder(archive)
    run.record(article("a"), T0)
    run.record(visit("a", "gone"), T0)
    run.record(visit("a", "not_modified"), T0 + timedelta(days=1))
    assert archive.db.execute("SELECT removed_at FROM articles").fetchone() == (None,)
    run.finish(T0, {}, interrupted=False)
    assert site_stats(archive, run.run_id)[HOST]["unchanged"] == 1


def test_a_host_first_seen_in_an_item_joins_the_run(archive: Archive) -> None:
    run = recorder(archive, hosts=())
    run.record(FailedPage(f"https://{OTHER}/berita/x", OTHER, "http", "HTTP 500"), T0)
    run.finish(T0, {}, interrupted=False)
    options = json.loads(archive.runlog.run(run.run_id)["options"])
    assert options["sites"] == [OTHER]
    assert site_stats(archive, run.run_id)[OTHER]["http_errors"] == 1


def test_an_interrupted_run_says_so(archive: Archive) -> None:
    run = recorder(archive)
    assert run.finish(T0, {}, interrupted=True).status == RUN_INTERRUPTED


def test_a_run_left_running_is_marked_killed_when_the_next_starts(archive: Archive) -> None:
    first = recorder(archive)
    second = recorder(archive)
    assert archive.runlog.run(first.run_id)["status"] == RUN_KILLED
    assert archive.runlog.run(second.run_id)["status"] == "running"


def test_memory_knows_answered_pages_and_their_validators(archive: Archive) -> None:
    run = recorder(archive)
    run.record(article("a"), T0)
    run.record(visit("a", "fetched", etag='"v1"', listing_date="Senin, 2 November 2026"), T0)
    run.record(visit("listing-item", "not_article"), T0)
    run.record(visit("broken", "failed"), T0)
    run.record(ListingWalked(HOST, f"https://{HOST}/berita", reached_end=True), T0)
    run.finish(T0, {}, interrupted=False)
    memory = archive.runlog.load_memory(HOST, DAY, [1, 3, 7, 14], full=False)
    a_url, broken = article("a").url, f"https://{HOST}/berita/broken"
    assert memory.known == {a_url, f"https://{HOST}/berita/listing-item"}
    assert memory.validators == {a_url: Validators(etag='"v1"')}
    assert memory.listing_dates == {a_url: "Senin, 2 November 2026"}
    assert memory.pending == (broken,)
    assert memory.needs_full_walk is False
    assert memory.listing_url == f"https://{HOST}/berita"


@pytest.mark.parametrize(
    ("today", "due"),
    [(date(2026, 11, 2), False), (date(2026, 11, 3), False), (date(2026, 11, 4), True)],
)
def test_an_article_falls_due_on_a_revisit_day_not_yet_checked(
    archive: Archive, today: date, due: bool
) -> None:
    run = recorder(archive)
    run.record(article("a"), T0)  # published 11-01, fetched 11-02: its day-1 check is done
    run.finish(T0, {}, interrupted=False)
    memory = archive.runlog.load_memory(HOST, today, [1, 3, 7, 14], full=False)
    assert (article("a").url in memory.due) is due


def test_a_walk_cut_short_is_walked_in_full_next_time(archive: Archive) -> None:
    run = recorder(archive)
    run.record(article("a"), T0)
    run.finish(T0, {}, interrupted=True)
    assert archive.runlog.load_memory(HOST, DAY, [1], full=False).needs_full_walk is True
