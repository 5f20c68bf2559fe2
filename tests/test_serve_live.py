"""`serve` follows the archive a crawl writes: a real Datasette on the archive file, a real
crawl of the living mirror into the same file, pages polled all along.

New articles and revisions must show within `VISIBLE_WITHIN` seconds of the crawl's end (in
fact on the next page load after their commit), and no page may answer a server error (no
"database disk image is malformed") during or after the crawl.
"""

from __future__ import annotations

import html
import json
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import free_port, run_cli

from mirror.living import MirrorState
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

BASE_DATE = date(2026, 3, 2)
VISIBLE_WITHIN = 2.0  # seconds; README, "Serving while crawling"
MAX_NIGHTS = 6


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def crawl(server: MirrorServer, db: Path, day: int) -> subprocess.CompletedProcess:
    today = (BASE_DATE + timedelta(days=day)).isoformat()
    sites = [arg for host in server.sites for arg in ("--site", host)]
    args = ["crawl", "--mirror", server.url, "--db", str(db), "--delay", "0", "--today", today]
    return run_cli(*args, *sites, check=False)


def versions(db: Path) -> dict[str, tuple[int, str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, version, title, body FROM articles").fetchall()
    return {url: (version, title, body) for url, version, title, body in rows}


def page_of(site: str, url: str) -> str:
    return f"{site}/article/{url.removeprefix('https://')}"


class Poller(threading.Thread):
    """Loads a round of pages again and again; keeps every status seen."""

    def __init__(self, site: str, paths: list[str]) -> None:
        super().__init__(daemon=True)
        self.site, self.paths = site, paths
        self.statuses: list[tuple[str, int]] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            for path in self.paths:
                self.statuses.append((path, get(self.site + path)[0]))

    def stop(self) -> list[tuple[str, int]]:
        self.stopping.set()
        self.join(timeout=60)
        return self.statuses


def wait_until_served(site: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "serve exited"
        try:
            if get(f"{site}/-/versions.json")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("serve did not start")


def visible_after(check, limit: float) -> float:
    """Seconds until `check()` holds, failing after `limit`."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < limit, "not visible in time"
        time.sleep(0.05)
    return time.monotonic() - started


@pytest.fixture
def served_archive(tmp_path: Path):
    state_dir, db = tmp_path / "mirror", tmp_path / "bawaslu.db"
    MirrorState(seed=0, base_date=BASE_DATE).save(state_dir)
    with MirrorServer(port=0, state_dir=state_dir) as mirror:
        assert crawl(mirror, db, 0).returncode == 0
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "archive.cli", "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        site = f"http://127.0.0.1:{port}"
        try:
            wait_until_served(site, server)
            yield mirror, state_dir, db, site
        finally:
            server.terminate()
            _, errors = server.communicate(timeout=30)
    assert "malformed" not in errors


def test_serve_shows_what_a_crawl_writes_with_no_error(served_archive) -> None:
    mirror, state_dir, db, site = served_archive
    before = versions(db)
    known = sorted(before)[:3]
    paths = ["/", "/search?q=pengawasan", "/search?q=Lampung&order=newest", "/feeds"]
    paths += ["/bawaslu/articles.json?_sort_desc=first_seen_at", "/feeds/archive.atom"]
    paths += [page_of("", url) for url in known]
    new: set[str] = set()
    revised: set[str] = set()
    statuses: list[tuple[str, int]] = []
    for day in range(1, MAX_NIGHTS + 1):
        run_cli("mirror-advance", "--state", str(state_dir))
        poller = Poller(site, paths)
        poller.start()
        assert crawl(mirror, db, day).returncode == 0
        crawled = time.monotonic()
        after = versions(db)
        night_new = set(after) - set(before)
        night_revised = {url for url in before if after[url][0] > before[url][0]}
        for url in night_new | night_revised:
            _, title, body = after[url]
            last_paragraph = body.split("\n\n")[-1]
            visible_after(
                lambda url=url, title=title, last=last_paragraph: _shows(site, url, title, last),
                VISIBLE_WITHIN - (time.monotonic() - crawled),
            )
        statuses += poller.stop()
        new |= night_new
        revised |= night_revised
        before = after
        if new and revised:
            break
    assert new and revised, "the mirror gave no new article and no revision to look for"
    errors = [(path, status) for path, status in statuses if status >= 500]
    assert not errors
    assert len(statuses) >= len(paths)
    for path in paths:  # and after the crawl, every page still answers
        assert get(site + path)[0] == 200, path
    status, body = get(f"{site}/bawaslu/articles.json?_shape=array&_size=max&_col=url")
    assert status == 200 and len({row["url"] for row in json.loads(body)}) == len(before)


def _shows(site: str, url: str, title: str, last_paragraph: str) -> bool:
    status, body = get(page_of(site, url))
    text = html.unescape(body)
    return status == 200 and title in text and last_paragraph.strip()[:60] in text
