"""Bounds on what one query can cost the server: time, value size, result size, SQLite memory.

Datasette's time limit is a progress handler, which SQLite calls only between virtual-machine
instructions: a single instruction that runs long (`replace()` over a 100 MB string, an FTS5
`NEAR` expanded inside the virtual table) never hears of it. So every query Datasette runs
also gets a watchdog that interrupts the connection at the deadline, which SQLite honours
inside FTS5 and long functions alike. Each connection caps the length of any string or blob
(and so of `zeroblob`, `replace`, `group_concat`), the bytes a query may return, and the
process caps SQLite's heap, so that a few abusive queries at once cannot take the memory the
search pages need.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import datasette.database
from datasette import hookimpl
from datasette.app import Datasette

MAX_VALUE_BYTES = 5_000_000
"""Longest string or blob a query may make: five times the largest page the crawl reads."""
MAX_RESULT_BYTES = 32_000_000
"""Most text and blob bytes one query may return: a page of 1,000 long articles fits."""
MAX_SQL_BYTES = 100_000
SQLITE_HEAP_BYTES = 256_000_000
WATCH_INTERVAL_SECONDS = 0.05


class QueryWatchdog:
    """Interrupts a connection whose query is still running at its deadline."""

    def __init__(self) -> None:
        self._deadlines: dict[int, tuple[sqlite3.Connection, float]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def deadline(self, conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
        """Watch `conn` for the duration of the block."""
        with self._lock:
            self._deadlines[id(conn)] = (conn, time.monotonic() + seconds)
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="query-watchdog")
                self._thread.daemon = True
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._deadlines.pop(id(conn), None)

    def _watch(self) -> None:
        while True:
            time.sleep(WATCH_INTERVAL_SECONDS)
            now = time.monotonic()
            with self._lock:  # interrupting under the lock: the query cannot end meanwhile
                for key, (conn, deadline) in list(self._deadlines.items()):
                    if now >= deadline:
                        del self._deadlines[key]
                        with suppress(sqlite3.ProgrammingError):  # closed meanwhile
                            conn.interrupt()


class ResultBudget:
    """Counts the bytes of the rows a connection's current query returned, refusing more."""

    def __init__(self) -> None:
        self.spent = 0

    def row(self, cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> sqlite3.Row:
        self.spent += sum(len(value) for value in values if isinstance(value, str | bytes))
        if self.spent > MAX_RESULT_BYTES:
            raise sqlite3.OperationalError(
                f"result too large (over {MAX_RESULT_BYTES // 1_000_000} MB):"
                " ask for fewer rows or columns"
            )
        return sqlite3.Row(cursor, values)


WATCHDOG = QueryWatchdog()
_BUDGETS: dict[int, ResultBudget] = {}
_datasette_timelimit = datasette.database.sqlite_timelimit


@contextmanager
def bounded_query(conn: sqlite3.Connection, ms: int) -> Iterator[None]:
    """Datasette's time limit, enforced by the watchdog too, with a fresh result budget."""
    budget = _BUDGETS.get(id(conn))
    if budget is not None:
        budget.spent = 0
    with _datasette_timelimit(conn, ms), WATCHDOG.deadline(conn, ms / 1000):
        yield


datasette.database.sqlite_timelimit = bounded_query  # every Database.execute goes through it
_datasette_execute_fn = datasette.database.Database.execute_fn


async def execute_fn_leaving_no_cursor(self: datasette.database.Database, fn: Any) -> Any:
    """Datasette's `execute_fn`, with the locals of a failed query freed in its own thread.

    A failed query's exception keeps its frame alive, and with it the cursor, in a reference
    cycle that the garbage collector breaks later, in whatever thread it runs: often the event
    loop's. Finalizing that cursor resets its statement, which waits for the connection's
    mutex; if the connection's thread is by then running another long query, the whole server
    stops answering until that query ends (seen as 3 s stalls of /search under abuse). So the
    frames are cleared here, where the connection is idle and the cursor goes at once.
    """

    def run(conn: sqlite3.Connection) -> Any:
        try:
            return fn(conn)
        except BaseException as error:
            _free_frames(error)
            raise

    return await _datasette_execute_fn(self, run)


def _free_frames(error: BaseException) -> None:
    """Clear the finished frames of an exception and of those it was raised while handling
    (`QueryInterrupted` wraps SQLite's error, whose frames hold the cursor too)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__context__


datasette.database.Database.execute_fn = execute_fn_leaving_no_cursor


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Datasette) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)
    conn.execute(f"PRAGMA hard_heap_limit={SQLITE_HEAP_BYTES}")
    budget = _BUDGETS.setdefault(id(conn), ResultBudget())
    conn.row_factory = budget.row
