"""The download limits a dead or runaway server meets: `DOWNLOAD_TIMEOUT` and
`DOWNLOAD_MAXSIZE` fail the site with a clear line, and the archive keeps what it had."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import crawl_mirror, run_cli

from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

SITE = "lampung.bawaslu.go.id"
NO_RETRIES = ("--set", "RETRY_TIMES=0")


@pytest.fixture
def archived(tmp_path: Path) -> Path:
    """An archive of the site, crawled once while its server was well."""
    db = tmp_path / "bawaslu.db"
    with MirrorServer() as server:
        crawl_mirror(server.url, db, [SITE])
    return db


def _articles(db: Path) -> set[tuple[str, str, str | None]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT url, body, removed_at FROM articles"))


def _crawl_again(db: Path, *, latency: float = 0.0, limit: tuple[str, str]) -> tuple[str, str]:
    """A full re-crawl under one limit; its stderr and the run's network error messages."""
    with MirrorServer(latency=latency) as server:
        result = run_cli(
            *("crawl", "--mirror", server.url, "--db", str(db), "--delay", "0", "--full"),
            *("--site", SITE, *NO_RETRIES, "--set", "=".join(limit)),
            check=False,
        )
    assert result.returncode == 1, result.stderr
    with sqlite3.connect(db) as conn:
        errors = [
            message
            for (message,) in conn.execute(
                "SELECT message FROM crawl_errors WHERE kind = 'network' "
                "AND run_id = (SELECT max(id) FROM crawl_runs)"
            )
        ]
    assert errors
    return result.stderr, "\n".join(errors)


def test_a_server_slower_than_the_timeout_fails_the_site_and_loses_nothing(archived: Path):
    before = _articles(archived)
    stderr, errors = _crawl_again(archived, latency=1.0, limit=("DOWNLOAD_TIMEOUT", "0.3"))
    assert f"problem: {SITE}: unreachable" in stderr
    assert "took longer than 0.3 seconds" in errors
    assert _articles(archived) == before


def test_an_answer_over_the_size_limit_is_dropped_and_the_archive_kept(archived: Path):
    before = _articles(archived)
    stderr, errors = _crawl_again(archived, limit=("DOWNLOAD_MAXSIZE", "2000"))
    assert f"problem: {SITE}: listing unavailable" in stderr  # robots.txt fits in 2000 bytes
    assert "larger than download max size (2000)" in errors
    assert _articles(archived) == before
