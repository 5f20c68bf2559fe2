"""What a crawl is asked to do, checked before anything is touched.

An operator's slip (a mirror URL without its scheme, a mistyped date, a negative delay, a
selection that matches nothing, the wrong file as `--db`) must cost one clear line, not a
crawl of the live sites, a poisoned run log or an unrelated database switched to WAL. Each
check raises InputError naming the cause; nothing here writes.
"""

from __future__ import annotations

import math
import re
import sqlite3
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from archive.schema import SchemaError, check_schema

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
TODAY_SLACK_DAYS = 1


class InputError(ValueError):
    """An option the crawl cannot run with; the message names the option and why."""


def check_mirror_url(url: str) -> None:
    """A mirror is an http(s) URL: anything else would quietly reach the live sites."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"--mirror must be an http(s) URL such as http://127.0.0.1:8080, got {url!r}"
        )


def check_today(text: str, *, replay: bool, real_today: date | None = None) -> date:
    """The crawl date: a day within a day of the real one, unless the run is a replay."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--today must be a date YYYY-MM-DD, got {text!r}") from None
    real_today = real_today or datetime.now(UTC).date()
    if not replay and abs((day - real_today).days) > TODAY_SLACK_DAYS:
        raise InputError(
            f"--today {day} is not today ({real_today}): pages would be stamped with that date;"
            " add --replay if that is intended"
        )
    return day


def check_delay(delay: float, *, mirror: bool) -> None:
    """Politeness stays on: a positive delay, or zero for a mirror on loopback."""
    if math.isnan(delay) or math.isinf(delay) or delay < 0 or (delay == 0 and not mirror):
        allowed = "positive (0 only with --mirror)"
        raise InputError(f"--delay must be {allowed}, got {delay}")


def check_archive_path(path: Path) -> None:
    """The archive file is new in a directory we can write, or an archive we can write."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"--db {path} is a directory, not an archive file")
    directory = _existing_parent(path)
    try:  # a trial rather than os.access, which a superuser or a read-only mount fools
        with tempfile.TemporaryFile(dir=directory):
            pass
        if path.exists():
            with path.open("r+b"):
                pass
    except OSError as error:
        raise InputError(f"--db {path} cannot be written: {error.strerror}") from None
    if path.exists():
        _check_is_archive(path)


def _existing_parent(path: Path) -> Path:
    """The directory the file is in, or the nearest that exists (the crawl creates the rest)."""
    parent = path.absolute().parent
    while not parent.exists():
        parent = parent.parent
    return parent


def _check_is_archive(path: Path) -> None:
    """An SQLite file, whole, holding the archive's tables (or none yet): read-only check."""
    with path.open("rb") as file:
        header = file.read(HEADER_BYTES)
    if not header:
        return  # an empty file: SQLite makes it a new database
    if not header.startswith(SQLITE_HEADER) or len(header) < HEADER_BYTES:
        raise InputError(f"--db {path} is not an SQLite database")
    # A checkpoint writes page 1 (and the new page count) before the pages after it, so a
    # crawl killed mid-checkpoint leaves a file shorter than its header says, whole again with
    # its write-ahead log, as SQLite reads it: the length is judged only without a log.
    wal = Path(f"{path}-wal")
    logged = wal.exists() and wal.stat().st_size > 0
    expected = _size_in_header(header)
    if not logged and path.stat().st_size < expected:
        raise InputError(f"--db {path} is truncated ({path.stat().st_size} of {expected} bytes)")
    # Without a write-ahead log beside it, the file is opened immutable, so that not even a
    # -wal or -shm file is created; with one, a crawl may be writing it: read it as usual.
    mode = "ro" if wal.exists() else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
        try:
            check_schema(Database(connection))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise InputError(f"--db {path} is damaged ({error})") from None
    except SchemaError as error:
        raise InputError(f"--db {path}: {error}") from None


def _size_in_header(header: bytes) -> int:
    """The file's length as its header states it, or 0 where SQLite would not trust it."""
    if header[92:96] != header[24:28]:  # the count predates the last change: SQLite ignores it
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    return int.from_bytes(header[28:32], "big") * (65536 if page_size == 1 else page_size)


SETTING_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
BOOLEAN_WORDS = ("0", "1", "true", "false")


def check_setting(name: str, value: str, current: object) -> None:
    """A `--set NAME=VALUE` Scrapy can use: an upper-case name, and a value of the type the
    setting has (a number for a number, true/false for a flag)."""
    if not SETTING_NAME.fullmatch(name):
        raise InputError(f"--set {name}={value}: a setting name is upper case, like RETRY_TIMES")
    if isinstance(current, bool):
        if value.strip().lower() not in BOOLEAN_WORDS:
            raise InputError(f"--set {name}={value}: expected true or false")
    elif isinstance(current, int | float):
        try:
            number = float(value)
        except ValueError:
            raise InputError(f"--set {name}={value}: expected a number") from None
        if not math.isfinite(number):
            raise InputError(f"--set {name}={value}: expected a finite number")
