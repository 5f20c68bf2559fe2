"""`bawaslu-archive demo`: built again on a later day, the demo archive finds the same pages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

FIRST_DAY = "2026-03-02"


def _counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        versions = conn.execute("SELECT count(*) FROM article_versions").fetchone()[0]
        runs = conn.execute("SELECT count(*) FROM crawl_runs WHERE status = 'ok'").fetchone()[0]
    return articles, versions, runs


def test_a_demo_built_again_keeps_its_first_day_and_finds_no_false_edits(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    run_cli("demo", "--no-serve", "--db", str(db), "--today", FIRST_DAY)
    articles, versions, _ = _counts(db)
    assert articles > 200 and versions == 0

    run_cli("demo", "--no-serve", "--db", str(db))  # today, long after FIRST_DAY

    assert _counts(db) == (articles, 0, 2)
    with sqlite3.connect(db) as conn:
        query = "SELECT json_extract(options, '$.crawl_today') FROM crawl_runs"
        days = {day for (day,) in conn.execute(query)}
    assert days == {FIRST_DAY}
