"""Issue 17, operator mistakes: each is refused in one line naming its cause, with no
traceback, before anything is touched (no archive created, another database left as it was).

Every case runs the real `bawaslu-archive crawl` in a fresh process, as cron would.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import crawl_mirror, run_cli

from archive.preflight import InputError, check_today
from archive.store import Archive
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

SITE = ("--site", "lampung.bawaslu.go.id")
LOOPBACK_MIRROR = ("--mirror", "http://127.0.0.1:9")  # never reached: refused first


def refused(*args: str) -> str:
    """The one error line of a crawl that must not start."""
    result = run_cli("crawl", *args, check=False, timeout=120)
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr and "Crawler.stats" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.mark.parametrize(
    ("args", "cause"),
    [
        (("--site", "nosuch.bawaslu.go.id"), "not in the registry"),
        (("--province", "99"), "no site to crawl matches --province 99"),
        ((*SITE, "--mirror", "127.0.0.1:18093"), "--mirror"),
        ((*SITE, "--mirror", "ftp://127.0.0.1:18093"), "--mirror"),
        ((*SITE, "--today", "2062-11-30"), "--today"),
        ((*SITE, "--today", "9999-12-31"), "--today"),
        ((*SITE, "--today", "30/11/2026"), "--today"),
        ((*SITE, "--delay", "-5"), "--delay"),
        ((*SITE, "--delay", "0"), "--delay"),
        ((*SITE, *LOOPBACK_MIRROR, "--delay", "nan"), "--delay"),
        ((*SITE, "--set", "DOWNLOAD_DELAY=-5"), "--delay"),
        ((*SITE, "--set", "RETRY_TIMES=many"), "RETRY_TIMES"),
        ((*SITE, "--set", "ROBOTSTXT_OBEY=perhaps"), "ROBOTSTXT_OBEY"),
        ((*SITE, "--set", "retry_times=1"), "upper case"),
        ((*SITE, "--set", "RETRY_TIMES"), "NAME=VALUE"),
    ],
)
def test_a_mistaken_option_is_refused_before_anything_is_touched(
    tmp_path: Path, args: tuple[str, ...], cause: str
) -> None:
    db = tmp_path / "bawaslu.db"
    line = refused(*args, "--db", str(db))
    assert cause in line
    assert list(tmp_path.iterdir()) == []


def test_a_date_far_from_today_needs_replay() -> None:
    today = date(2026, 11, 30)
    assert check_today("2026-12-01", replay=False, real_today=today) == date(2026, 12, 1)
    far = (today + timedelta(days=2)).isoformat()
    with pytest.raises(InputError, match="--replay"):
        check_today(far, replay=False, real_today=today)
    assert check_today("2062-11-30", replay=True, real_today=today) == date(2062, 11, 30)


def _other_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.close()


def _truncated_archive(path: Path) -> None:
    full = path.with_name("full.db")
    with Archive(full):
        pass
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    full.unlink()


@pytest.mark.parametrize(
    ("make", "cause"),
    [
        (_other_database, "not a bawaslu archive"),
        (lambda path: path.write_text("host,title\nx,y\n"), "not an SQLite database"),
        (_truncated_archive, "truncated"),
    ],
)
def test_a_database_that_is_not_an_archive_is_left_untouched(tmp_path: Path, make, cause) -> None:
    db = tmp_path / "bawaslu.db"
    make(db)
    before = db.read_bytes()
    assert cause in refused(*SITE, *LOOPBACK_MIRROR, "--delay", "0", "--db", str(db))
    assert db.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bawaslu.db"]  # no WAL


def _killed_mid_checkpoint(path: Path) -> int:
    """An archive as a crawl killed mid-checkpoint leaves it: its write-ahead log holds the
    last transactions, and page 1, the first page a checkpoint copies back, already states
    the new page count while the pages after it are not written yet. Returns its row count."""
    with Archive(path):
        pass
    live = sqlite3.connect(path)
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("CREATE TABLE filler (data BLOB)")
    live.executemany("INSERT INTO filler VALUES (zeroblob(4000))", [()] * 50)
    live.commit()
    pages = live.execute("PRAGMA page_count").fetchone()[0]
    copy = path.with_name("copy.db")
    copy.write_bytes(path.read_bytes())
    Path(f"{copy}-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    live.close()
    with copy.open("r+b") as file:
        file.seek(28)
        file.write(pages.to_bytes(4, "big"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
        if Path(f"{copy}{suffix}").exists():
            Path(f"{copy}{suffix}").rename(Path(f"{path}{suffix}"))
    return 50


def test_an_archive_killed_mid_checkpoint_is_not_taken_for_a_truncated_one(
    tmp_path: Path,
) -> None:
    db = tmp_path / "bawaslu.db"
    rows = _killed_mid_checkpoint(db)
    header_pages = int.from_bytes(db.read_bytes()[28:32], "big")
    assert db.stat().st_size < header_pages * 4096  # shorter than its header says
    with MirrorServer(port=0) as server:
        result = crawl_mirror(server.url, db, ["lampung.bawaslu.go.id"], check=False)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM filler").fetchone() == (rows,)
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] > 0


def test_a_path_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    line = refused(*SITE, *LOOPBACK_MIRROR, "--delay", "0", "--db", str(blocker / "bawaslu.db"))
    assert "cannot be written" in line
    assert blocker.read_text() == "not a directory"


@pytest.mark.parametrize("command", ["probe", "discover"])
def test_one_off_fetches_refuse_a_mirror_without_a_scheme(command: str) -> None:
    result = run_cli("sites", command, "--mirror", "127.0.0.1:18093", check=False, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "http(s) URL" in result.stderr
