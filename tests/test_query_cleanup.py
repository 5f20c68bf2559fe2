"""A failed query must not leave its cursor for the event loop's garbage collector.

The collector runs in whatever thread allocates when a generation fills up, most often the
event loop's. Finalizing a cursor resets its statement, which takes its connection's mutex; if
that connection's thread is running another long query by then, the event loop waits for it
and every page of the server stops answering (3 s stalls of /search under abusive queries).
"""

from __future__ import annotations

import asyncio
import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from datasette.app import Datasette

from archive.cli import PLUGINS
from archive.store import Archive
from scrapers.registry import load_sites

pytestmark = pytest.mark.slow  # a real Datasette with the project's plugins

FAILING_QUERIES = [
    "select replace(hex(zeroblob(1e8)), '00', 'abc')",  # past the value cap
    "select * from no_such_table",
    "with recursive c(x) as (select 1 union all select x + 1 from c) select max(x) from c",
]


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "bawaslu.db"
    with Archive(path) as archive:
        archive.load_sites(load_sites())
    return path


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The automatic collector would free a cursor's cycle at a moment of its choosing and
    hide it from the count; the test counts what is left for it."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def live_cursors() -> int:
    return sum(1 for thing in gc.get_objects() if isinstance(thing, sqlite3.Cursor))


@pytest.mark.parametrize("sql", FAILING_QUERIES)
def test_a_failed_query_frees_its_cursor_in_its_own_thread(
    archive_path: Path, collector_off: None, sql: str
) -> None:
    async def ask() -> tuple[int, int, int]:
        datasette = Datasette([str(archive_path)], plugins_dir=str(PLUGINS))
        await datasette.invoke_startup()
        await datasette.client.get("/bawaslu.json?sql=select+1")  # connections opened
        before = live_cursors()
        response = await datasette.client.get(
            "/bawaslu.json", params={"sql": sql, "_timelimit": "200"}
        )
        return response.status_code, before, live_cursors()

    status, before, after = asyncio.run(ask())
    assert status == 400
    assert after == before
