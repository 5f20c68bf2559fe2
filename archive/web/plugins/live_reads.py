"""Reading the live archive while a crawl writes it (`bawaslu-archive serve`).

SQLite drops a connection's page cache whenever another connection has committed since its
last read, and a crawl commits several times a second: without help, each search page would
read its full-text index pages again through read() calls. Memory-mapping the database file
makes those reads cheap (pages come straight from the OS cache); pages still in the WAL are
read from there as always, so readers keep seeing only committed states.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

MMAP_BYTES = 1 << 31
"""Address space, not memory; SQLite caps it at its build's limit (2 GiB by default)."""


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
