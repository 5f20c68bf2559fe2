"""The drift alarm's rule, and the run-log columns it reads, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from archive.drift import PastReading, theme_change
from archive.runlog import RunLog
from archive.schema import MIGRATIONS, migrate

HOST = "lampung.bawaslu.go.id"
DRUPAL_NIGHT = PastReading("2024-05-01", {"drupal": 12, "generic": 1})


def test_a_site_read_now_only_by_the_generic_reader_changed_its_theme() -> None:
    assert theme_change(HOST, DRUPAL_NIGHT, {"generic": 3}, {}, 3) == (
        f"{HOST}: changed its theme: read by drupal on 2024-05-01, now only by generic"
    )


def test_a_site_whose_pages_now_fail_changed_its_theme() -> None:
    failures = {"no title": 2, "unrecognised layout": 5}
    assert theme_change(HOST, DRUPAL_NIGHT, {}, failures, 3) == (
        f"{HOST}: changed its theme: read by drupal on 2024-05-01, now unreadable "
        "(7 article pages: unrecognised layout, no title)"
    )


def test_no_alarm_while_a_page_object_still_reads_or_nothing_was_read() -> None:
    assert theme_change(HOST, DRUPAL_NIGHT, {"drupal": 1, "generic": 9}, {}, 3) is None
    assert theme_change(HOST, DRUPAL_NIGHT, {}, {}, 3) is None  # a quiet night: all 304
    assert theme_change(HOST, DRUPAL_NIGHT, {}, {"no title": 2}, 3) is None  # two odd pages
    assert theme_change(HOST, None, {"generic": 5}, {}, 3) is None  # first run
    generic_before = PastReading("2024-05-01", {"generic": 4})
    assert theme_change(HOST, generic_before, {"generic": 5}, {}, 3) is None  # told once


def test_site_stats_keep_readers_and_failure_reasons_and_find_the_last_reading_run(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "runs.db")
    migrate(db)
    runlog = RunLog(db)
    nights = [
        ({"drupal": 4}, {}),
        ({}, {}),  # nothing new that night
        ({"generic": 2}, {"no title": 1}),
    ]
    for day, (readers, reasons) in enumerate(nights, start=1):
        at = datetime(2024, 5, day, 20, tzinfo=UTC)
        run_id = runlog.start_run({}, "", at)
        breakdowns = {HOST: {"readers": readers, "failure_reasons": reasons}}
        runlog.finish_run(run_id, at, {HOST: {"new": 1}}, [], False, breakdowns=breakdowns)
    assert runlog.past_reading(HOST, 3) == PastReading("2024-05-01", {"drupal": 4})
    assert runlog.past_reading(HOST, 4) == PastReading("2024-05-03", {"generic": 2})
    assert runlog.past_reading(HOST, 1) is None
    with sqlite3.connect(tmp_path / "runs.db") as conn:
        rows = conn.execute("SELECT readers, failure_reasons FROM crawl_site_stats").fetchall()
    assert [tuple(json.loads(text) for text in row) for row in rows] == [
        ({"drupal": 4}, {}),
        ({}, {}),
        ({"generic": 2}, {"no title": 1}),
    ]


def test_an_archive_made_before_the_reader_columns_gets_them(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.db")
    MIGRATIONS[0](db)  # schema 1, as archives were made before the drift alarm
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO crawl_site_stats (run_id, host, new) VALUES (1, ?, 5)", [HOST])
    db.conn.commit()
    assert "readers" not in db["crawl_site_stats"].columns_dict
    assert migrate(db)
    assert {"readers", "failure_reasons"} <= set(db["crawl_site_stats"].columns_dict)
    assert RunLog(db).past_reading(HOST, 9) is None  # the old row tells of no reader
    assert db.execute("SELECT new FROM crawl_site_stats").fetchone() == (5,)
