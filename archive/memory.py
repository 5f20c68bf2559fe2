"""The crawl's memory, read through a read-only connection.

A crawl (or a fleet worker) reads what it knows of each site before it starts: known URLs,
validators, revisits due. Reading must never change the archive, so this opens the file with
SQLite's `mode=ro`; a file that does not exist yet, or holds no crawl tables, means a first
crawl, and nothing is created.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from archive.runlog import RunLog


@contextmanager
def read_crawl_log(path: Path | str) -> Iterator[RunLog | None]:
    """The archive's run log opened read-only, or None when it has no crawl tables yet."""
    path = Path(path)
    if not path.exists():
        yield None
        return
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    try:
        db = Database(connection)
        yield RunLog(db) if db["crawl_pages"].exists() and db["articles"].exists() else None
    finally:
        connection.close()
