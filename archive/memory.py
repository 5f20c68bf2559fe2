"""The crawl's memory, read through a read-only connection.

A crawl (or a fleet worker) reads what it knows of each site before it starts: known URLs,
validators, revisits due. Reading must never change the archive, so this opens the file with
SQLite's `mode=ro`; a file that does not exist yet, holds no crawl tables or has not been
migrated to this version's schema (`bawaslu-archive crawl` migrates it before reading) means a
crawl with no memory, and nothing is created.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from archive.runlog import RunLog
from archive.schema import MIGRATIONS, schema_version


@contextmanager
def read_crawl_log(path: Path | str) -> Iterator[RunLog | None]:
    """The archive's run log opened read-only, or None when it has no memory to give."""
    path = Path(path)
    if not path.exists():
        yield None
        return
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    try:
        db = Database(connection)
        yield RunLog(db) if schema_version(db) == len(MIGRATIONS) else None
    finally:
        connection.close()
