"""The archive for researchers and for people who follow a topic: the home page, whole
exports of a search or a canned query, a search as an Atom feed, the archive download.

The home page at `/` is the search page (Datasette's own index stays one click away, at
/bawaslu and in the menu). Exports stream every row (archive/export.py) where Datasette's
pages stop at max_returned_rows; invalid filters refuse the export rather than export more
than was asked for.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database, QueryInterrupted
from datasette.facets import ArrayFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import AsgiFileDownload, NotFound, Request, Response

from archive.snapshot import latest_snapshot
from archive.web.export import stream_rows
from archive.web.plugins.archive_pages import (
    ARCHIVE_NAME,
    FEED_ENTRIES,
    FEED_SIZE,
    _feed_entry,
    atom_feed,
    search_page,
)
from archive.web.search import SearchQuery
from archive.web.suggest import search_href

EXPORT_COLUMNS = """a.url, a.title, a.host, s.region_name, s.province_name,
       a.published_date, a.published_at, a.date_precision, a.date_source, a.date_flags,
       a.tags, a.credits, a.lead, a.body, a.first_seen_at, a.updated_at, a.version,
       a.removed_at"""
SEARCH_EXPORT = """
SELECT {columns} FROM articles a LEFT JOIN sites s ON s.host = a.host
WHERE a.rowid IN ({matching}) ORDER BY a.published_date DESC, a.rowid DESC
"""
TAG_FACET = """
SELECT j.value AS value, sum(i.articles) AS count
FROM (SELECT {column}, count(*) AS articles FROM ({sql}) GROUP BY {column}) i,
     json_each(i.{column}) j
GROUP BY j.value ORDER BY count DESC, value LIMIT {limit}
"""
MMAP_BYTES = 4 << 30
_PARAMETER = re.compile(r"(?<!:):([A-Za-z_]\w*)")


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/$", search_page),
        (r"^/search\.(?P<format>csv|json)$", search_export),
        (r"^/search\.atom$", search_feed),
        (r"^/export/(?P<query>\w+)\.(?P<format>csv|json)$", query_export),
        (r"^/download/(?P<name>[\w.-]+\.db)$", download),
    ]


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Read the archive through a memory map: a table search or facet over 150,000 matches
    reads as many rows, and mapped pages cost no system call each."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


@hookimpl
def register_facet_classes() -> list[type]:
    return [TagsFacet]


class TagsFacet(ArrayFacet):
    """Datasette's array facet in one pass over the array column (`- tags: tags` in
    metadata.yml). The array facet dedupes `DISTINCT value, inner.*`, whole rows with their
    text: over a second on 200,000 articles, where this reads the tags index alone and expands
    each distinct tag list once, with the number of articles that carry it. A value
    printed twice on one article counts twice (the extractor keeps tags as printed)."""

    type = "tags"

    async def suggest(self) -> list:
        return []

    async def facet_results(self) -> tuple[list, list]:
        results, timed_out = [], []
        size = self.get_facet_size()
        for config in self.get_configs():
            column = config["config"]["simple"]
            sql = TAG_FACET.format(sql=self.sql, column=escape_sqlite(column), limit=size + 1)
            try:
                rows = (
                    await self.ds.execute(
                        self.database,
                        sql,
                        self.params,
                        truncate=False,
                        custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                    )
                ).rows
            except QueryInterrupted:
                timed_out.append(column)
                continue
            results.append(self._result(column, config["source"], rows, size))
        return results, timed_out

    def _result(self, column: str, source: str, rows: list, size: int) -> dict[str, Any]:
        """The facet as Datasette's templates expect it, each value toggling its filter."""
        selected_pairs = self.get_querystring_pairs()
        values = []
        for row in rows[:size]:
            value = str(row["value"])
            pair = {f"{column}__arraycontains": value}
            selected = (f"{column}__arraycontains", value) in selected_pairs
            toggle = (path_with_removed_args if selected else path_with_added_args)(
                self.request, pair
            )
            values.append(
                {
                    "value": value,
                    "label": value,
                    "count": row["count"],
                    "toggle_url": self.ds.absolute_url(self.request, toggle),
                    "selected": selected,
                }
            )
        return {
            "name": column,
            "type": self.type,
            "results": values,
            "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(
                path_with_removed_args(self.request, {f"_facet_{self.type}": column})
            ),
            "truncated": len(rows) > size,
        }


@hookimpl
def menu_links(datasette: Datasette) -> list[dict[str, str]]:
    database = datasette.get_database().name
    return [{"href": datasette.urls.database(database), "label": "Data (Datasette)"}]


async def search_export(datasette: Datasette, request: Request) -> Any:
    """Every article the search matches (not one page), newest first, as CSV or JSON."""
    query = SearchQuery.from_args(dict(request.args))
    if query.problems:
        return _refusal(query.problems)
    matching, params = query.matching_rowids()
    sql = SEARCH_EXPORT.format(columns=EXPORT_COLUMNS, matching=matching)
    db = datasette.get_database()
    return stream_rows(db, sql, params, request.url_vars["format"], "pencarian")


async def search_feed(datasette: Datasette, request: Request) -> Response:
    """A saved search as an Atom feed: the articles most recently archived that match it."""
    query = SearchQuery.from_args(dict(request.args))
    if query.problems:
        return _refusal(query.problems)
    matching, params = query.matching_rowids()
    sql = FEED_ENTRIES.format(where=f"a.rowid IN ({matching})", limit=FEED_SIZE)
    rows = (await datasette.get_database().execute(sql, params)).rows
    described = [f"“{query.text}”"] if query.text else []
    described += [f"{name}: {value}" for name, value in query.filters.items()]
    feed = atom_feed(
        title=f"{ARCHIVE_NAME}: {', '.join(described) or 'semua artikel'}",
        self_url=datasette.absolute_url(request, request.full_path),
        home_url=datasette.absolute_url(request, search_href(query, order="newest")),
        entries=[_feed_entry(datasette, request, row) for row in rows],
    )
    return Response(feed, content_type="application/atom+xml; charset=utf-8")


async def query_export(datasette: Datasette, request: Request) -> Any:
    """A canned query's every row, past max_returned_rows, its parameters from the URL; or a
    whole table or view (Datasette streams tables as CSV only)."""
    db = datasette.get_database()
    name = request.url_vars["query"]
    canned = await datasette.get_canned_query(db.name, name, request.actor)
    if canned is not None:
        sql = canned["sql"]
        params = {key: request.args.get(key, "") for key in _PARAMETER.findall(sql)}
    elif name in await _public_tables(db):
        sql, params = f"SELECT * FROM {escape_sqlite(name)}", {}
    else:
        raise NotFound(f"Kueri atau tabel tidak dikenal · no such query or table: {name}")
    return stream_rows(db, sql, params, request.url_vars["format"], name)


async def _public_tables(db: Database) -> set[str]:
    hidden = set(await db.hidden_table_names())
    return (set(await db.table_names()) - hidden) | set(await db.view_names())


async def download(datasette: Datasette, request: Request) -> Any:
    """The newest snapshot of the archive (a consistent copy, see archive/snapshot.py)."""
    snapshot = latest_snapshot(datasette.get_database().path)
    if snapshot is None or snapshot.name != request.url_vars["name"]:
        raise NotFound("Salinan tidak ada · no such snapshot; see /cite")
    headers = {"x-content-sha256": snapshot.sha256}
    return AsgiFileDownload(snapshot.path, filename=snapshot.name, headers=headers)


def _refusal(problems: tuple[str, ...]) -> Response:
    return Response.text("\n".join(problems) + "\n", status=400)
