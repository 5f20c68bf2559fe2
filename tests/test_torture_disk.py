"""Issue 17, a full disk: reported as a full disk, the run closed rather than left running,
nothing counted against the sites, and the next run resumes.

The disk fills for real, for the crawl's process alone: RLIMIT_FSIZE caps the size of any
file it writes and SIGXFSZ is ignored, so every write past the cap fails with EFBIG, as a
write to a full disk fails with ENOSPC.
"""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

ROOT = Path(__file__).resolve().parent.parent
ROOM_FOR_THE_SCHEMA = 1_500_000
"""Bytes a file may grow to: enough for a new archive, not for a crawl of the mirror."""
ROOM_FOR_NOTHING = 50_000


def _capped(size: int) -> Callable[[], None]:
    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return cap


def _crawl(server: MirrorServer, db: Path, cap: int | None) -> subprocess.CompletedProcess:
    hosts = [arg for host in server.sites for arg in ("--site", host)]
    command = [sys.executable, "-m", "archive.cli", "crawl", "--mirror", server.url]
    command += ["--db", str(db), "--delay", "0", *hosts]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        preexec_fn=_capped(cap) if cap else None,  # the cap is the child's alone
    )


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(sql).fetchall()
    connection.close()
    return rows


def test_a_disk_filling_mid_crawl_stops_the_run_and_the_next_run_resumes(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    with MirrorServer(port=0) as server:
        full = _crawl(server, db, ROOM_FOR_THE_SCHEMA)
        assert full.returncode == 2, full.stderr
        assert f"problem: disk full writing {db}" in full.stderr
        assert "Traceback" not in full.stderr
        assert _rows(db, "SELECT status, problems FROM crawl_runs") == [
            ("failed", f"disk full writing {db}")
        ]
        assert _rows(db, "SELECT sum(network_errors), sum(http_errors) FROM crawl_site_stats") in (
            [(0, 0)],
            [(None, None)],
        )
        resumed = _crawl(server, db, None)
        assert resumed.returncode == 0, resumed.stderr
        expected = {site.url_of(a) for site in server.sites.values() for a in site.articles}
    assert {url for (url,) in _rows(db, "SELECT url FROM articles")} == expected
    assert [status for (status,) in _rows(db, "SELECT status FROM crawl_runs ORDER BY id")] == [
        "failed",
        "ok",
    ]


def test_a_disk_too_full_for_a_new_archive_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    with MirrorServer(port=0) as server:
        result = _crawl(server, db, ROOM_FOR_NOTHING)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: disk full writing {db}"
