"""More of an article than its text: the page as captured, its revisions, and the archive's
lists and feeds of edited and removed articles; a pasted URL in any form opens its article.

Routes only; the work is in `archive.web.captures` (WARC replay), `archive.web.article_view` (diff)
and `archive.web.lookup` (URL forms). The feeds' browser stylesheet is served here too.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database
from datasette.utils.asgi import NotFound, Request, Response
from markupsafe import Markup

from archive.web.article_view import changed, word_diff
from archive.web.captures import CAPTURE_POLICY, find_capture, inert_html, warc_paths
from archive.web.feed_view import feed_response
from archive.web.lookup import article_for_url
from archive.web.plugins.archive_pages import (
    ARCHIVE_NAME,
    FEED_SIZE,
    _render,
    article_path,
    atom_feed,
    content_html,
    date_words,
    office_name,
    paragraphs,
)

XSL_PATH = Path(__file__).resolve().parent.parent / "templates" / "atom.xsl"
LIST_SIZE = FEED_SIZE
ARTICLE_ROUTE = r"(?P<host>[a-z0-9.-]+)/(?P<path>.+)"
ARTICLE = "SELECT url, title, version, fetched_at FROM articles WHERE url = :url"
VERSIONS = """
SELECT version, title, lead, body, published_date, date_precision, captured_at AS since,
       replaced_at AS until
FROM article_versions WHERE url = :url
UNION ALL
SELECT version, title, lead, body, published_date, date_precision,
       coalesce(updated_at, first_seen_at), NULL
FROM articles WHERE url = :url
ORDER BY version
"""
RUNS_BEFORE = """
SELECT warc_file FROM crawl_runs WHERE warc_file != '' AND started_at <= :fetched
ORDER BY started_at DESC
"""
LISTS = {
    "perubahan": {
        "title": "Berita yang diubah di sumber",
        "english": "Articles edited at the source",
        # Only revised articles have versions: this reads the small table, not every article.
        "changes": "SELECT url, max(replaced_at) AS changed_at FROM article_versions GROUP BY url",
    },
    "dihapus": {
        "title": "Berita yang dihapus di sumber",
        "english": "Articles removed at the source",
        "changes": "SELECT url, removed_at AS changed_at FROM articles WHERE removed_at NOTNULL",
    },
}
LIST_ROWS = """
SELECT a.url, a.title, a.lead, a.body, a.host, a.version, a.published_date, a.date_precision,
       a.published_at, c.changed_at, s.region_name, s.level
FROM ({changes}) c JOIN articles a ON a.url = c.url LEFT JOIN sites s ON s.host = a.host
ORDER BY c.changed_at DESC, a.url LIMIT {limit}
"""


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        # Only what the article route cannot match: a scheme, an upper-case host, a bare host.
        (r"^/article/(?P<text>(?![a-z0-9.-]+/).+)$", article_by_url),
        (rf"^/tangkapan/{ARTICLE_ROUTE}$", captured_page),
        (rf"^/revisi/{ARTICLE_ROUTE}$", revisions_page),
        (r"^/(?P<name>perubahan|dihapus)$", changes_page),
        (r"^/feeds/(?P<name>perubahan|dihapus)\.atom$", changes_feed),
        (r"^/feeds/atom\.xsl$", feed_stylesheet),
    ]


async def article_by_url(datasette: Datasette, request: Request) -> Response:
    """`/article/https://…`, `/article/BAWASLU.go.id/…`: the article's own page, if archived."""
    text = request.url_vars["text"]
    if request.query_string:
        text += "?" + request.query_string
    url = await article_for_url(datasette.get_database(), text)
    if url is None:
        raise NotFound("Artikel tidak ada di arsip · no such article in the archive")
    return Response.redirect(datasette.urls.path(article_path(url)))


async def _article(db: Database, request: Request) -> Any:
    url = await article_for_url(db, f"{request.url_vars['host']}/{request.url_vars['path']}")
    row = (await db.execute(ARTICLE, {"url": url})).first() if url else None
    if row is None:
        raise NotFound("Artikel tidak ada di arsip · no such article in the archive")
    return row


async def captured_page(datasette: Datasette, request: Request) -> Response:
    """The article page as the crawl fetched it, replayed from the WARC with nothing active."""
    db = datasette.get_database()
    row = await _article(db, request)
    runs = await db.execute(RUNS_BEFORE, {"fetched": row["fetched_at"]})
    files = [path for run in runs.rows for path in warc_paths(run["warc_file"], Path(db.path))]
    capture = await asyncio.to_thread(find_capture, row["url"], files)
    context = {
        "article": dict(row),
        "article_href": datasette.absolute_url(request, article_path(row["url"])),
        "captured_at": _utc_words(capture.captured_at) if capture else None,
        "page": Markup(await asyncio.to_thread(inert_html, capture)) if capture else None,
    }
    html = await datasette.render_template("captured.html", context, request=request)
    return Response.html(html, headers={"Content-Security-Policy": CAPTURE_POLICY})


def _utc_words(moment: datetime) -> str:
    return f"{date_words(moment.date().isoformat(), 'day')}, {moment:%H.%M} UTC"


async def revisions_page(datasette: Datasette, request: Request) -> Response:
    """Two versions of an article side by side, word by word (default: the last change)."""
    db = datasette.get_database()
    row = await _article(db, request)
    versions = [dict(version) for version in (await db.execute(VERSIONS, {"url": row["url"]}))]
    numbers = [version["version"] for version in versions]
    newer = _version_arg(request, "ke", numbers, numbers[-1])
    older = _version_arg(request, "dari", numbers, numbers[max(numbers.index(newer) - 1, 0)])
    old, new = versions[numbers.index(older)], versions[numbers.index(newer)]
    fields = (("title", "Judul", "Title"), ("lead", "Teras", "Lead"), ("body", "Isi", "Body"))
    context = {
        "article": dict(row),
        "article_href": article_path(row["url"]),
        "versions": [{**version, "label": _version_label(version)} for version in versions],
        "older": older,
        "newer": newer,
        "old_date": date_words(old["published_date"], old["date_precision"]),
        "new_date": date_words(new["published_date"], new["date_precision"]),
        "diffs": [
            (label, english, word_diff(old[name], new[name]), changed(old[name], new[name]))
            for name, label, english in fields
        ],
    }
    return await _render(datasette, request, "revisions.html", context)


def _version_arg(request: Request, name: str, numbers: list[int], default: int) -> int:
    value = request.args.get(name) or ""
    return int(value) if value.isdigit() and int(value) in numbers else default


def _version_label(version: dict[str, Any]) -> str:
    since = version["since"] or ""
    return f"versi {version['version']} · {date_words(since[:10], 'day')}" if since else ""


async def changes_page(datasette: Datasette, request: Request) -> Response:
    name = request.url_vars["name"]
    rows = await _changes(datasette.get_database(), name)
    context = {
        "name": name,
        "title": LISTS[name]["title"],
        "english": LISTS[name]["english"],
        "rows": [
            {
                "href": article_path(row["url"]),
                "revisions": article_path(row["url"]).replace("/article/", "/revisi/", 1),
                "title": row["title"],
                "site": row["region_name"] or row["host"],
                "date": date_words(row["published_date"], row["date_precision"]),
                "changed": date_words(row["changed_at"][:10], "day"),
                "version": row["version"],
            }
            for row in rows
        ],
        "size": LIST_SIZE,
    }
    return await _render(datasette, request, "changes.html", context)


async def _changes(db: Database, name: str) -> list[Any]:
    sql = LIST_ROWS.format(changes=LISTS[name]["changes"], limit=LIST_SIZE)
    return list((await db.execute(sql)).rows)


async def changes_feed(datasette: Datasette, request: Request) -> Response:
    """Atom: each edit or removal is an entry of its own, so a reader sees every change."""
    name = request.url_vars["name"]
    rows = await _changes(datasette.get_database(), name)
    feed = atom_feed(
        title=f"{ARCHIVE_NAME}: {LISTS[name]['title']}",
        self_url=datasette.absolute_url(request, request.path),
        home_url=datasette.absolute_url(request, f"/{name}"),
        entries=[_change_entry(datasette, request, name, row) for row in rows],
    )
    return await feed_response(datasette, request, feed)


def _change_entry(
    datasette: Datasette, request: Request, name: str, row: Any
) -> dict[str, str | None]:
    edited = name == "perubahan"
    page = article_path(row["url"])
    if edited:
        page = page.replace("/article/", "/revisi/", 1)
    when = date_words(row["changed_at"][:10], "day")
    news = f"Diubah di sumber {when} (versi {row['version']})" if edited else ""
    summary = news or f"Dihapus di sumber {when}; arsip menyimpan salinan terakhir."
    return {
        "id": f"{row['url']}#{name}-{row['changed_at']}",
        "title": row["title"],
        "updated": row["changed_at"],
        "published": row["published_at"],
        "author": office_name(row["level"], row["region_name"], row["host"]),
        "link": datasette.absolute_url(request, page),
        "original": row["url"],
        "summary": summary,
        "content": content_html([summary, *paragraphs(row["body"])]),
    }


async def feed_stylesheet(request: Request) -> Response:
    """The XSLT that turns any of the archive's Atom feeds into a readable page."""
    return Response(XSL_PATH.read_bytes(), content_type="text/xsl; charset=utf-8")
