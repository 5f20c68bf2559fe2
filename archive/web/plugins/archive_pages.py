"""The archive's own pages on Datasette: search, article, Atom feeds and how to cite.

Datasette's table views serve researchers as they are; these pages read like a news archive
for journalists. Everything scraped is text and reaches HTML only through Jinja's escaping;
search highlights are escaped first and marked after, and the one HTML that leaves the
archive for other software to render, the feeds' entry content, is also passed through nh3.
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from datetime import date
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from time import monotonic
from typing import Any
from urllib.parse import urlencode

import nh3
from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database, QueryInterrupted
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Request, Response
from markupsafe import Markup, escape

from archive.snapshot import latest_snapshot
from archive.web.article_view import attachments, photos
from archive.web.coverage import coverage, is_guessed
from archive.web.feed_view import FEED_STYLESHEET, feed_response
from archive.web.lookup import article_for_url
from archive.web.search import (
    COUNT_CAP,
    DENSE_MATCHES,
    LAST_PAGE,
    MARK_CLOSE,
    MARK_OPEN,
    PAGE_SIZE,
    SearchQuery,
)
from archive.web.suggest import did_you_mean, looser_searches, search_href
from scrapers.dates import MONTH_WORDS

ARCHIVE_NAME = "Arsip Berita Bawaslu"
FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01T00:00:00+00:00"
NOT_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ZONES = {"+07:00": "WIB", "+08:00": "WITA", "+09:00": "WIT"}
DATE_SOURCES = {
    "meta": ("metadata halaman", "the page metadata"),
    "byline": ("baris penulis", "the byline"),
    "url": ("alamat URL", "the URL"),
    "listing": ("daftar berita situs", "the site's news listing"),
    "body": ("isi berita", "the body text"),
}
DATE_FLAGS = {
    "year_inferred": ("tahun disimpulkan", "year inferred"),
    "weekday_mismatch": ("nama hari tidak cocok", "weekday does not match"),
    "relative": ("tanggal relatif", "relative date"),
    "approx": ("perkiraan", "approximate"),
    "range": ("hari pertama rentang tanggal", "first day of a date range"),
    "future": ("tanggal di masa depan", "date in the future"),
    "year_conflict": ("bukti tahun saling bertentangan", "conflicting evidence for the year"),
}
GUESS_FLAGS = ("year_inferred", "relative", "approx", "weekday_mismatch", "year_conflict")
"""Date flags that make a date a guess, shown as such beside it and in citations."""
YEAR_SOURCES = {
    "listing_neighbours": ("tahun dari tetangga di daftar berita", "year from listing neighbours"),
    "node_id": ("tahun dari ID node", "year from the node id"),
    "upload_path": ("tahun dari jalur unggahan berkas", "year from the file upload path"),
    "body_year": ("tahun dari teks artikel", "year from the article's text"),
    "last_modified": ("tahun dari waktu perubahan halaman", "year from the page's Last-Modified"),
    "first_seen": ("tahun dari hari pertama diarsipkan", "year from the day first archived"),
    "weekday_latest": ("tahun terakhir yang cocok dengan hari", "latest year the weekday fits"),
}  # fmt: skip
"""What decided a yearless date's year (`scrapers.year_evidence`); a written year needs no words."""
CREDIT_ROLES = {
    "editor": "Editor",
    "writer": "Penulis",
    "photo": "Foto",
    "design": "Desain",
    "author": "Sumber",
}

SITES_WITH_ARTICLES = """
SELECT c.host, c.articles, s.region_name, s.province_code, s.province_name
FROM (SELECT host, count(*) AS articles FROM articles GROUP BY host) c
LEFT JOIN sites s ON s.host = c.host
ORDER BY s.province_name, s.region_code
"""
TOP_TAGS = """
SELECT j.value AS tag FROM articles a, json_each(a.tags) j
GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT 200
"""
ARTICLE = """
SELECT a.*, s.region_name, s.level, s.province_code, s.province_name
FROM articles a LEFT JOIN sites s ON s.host = a.host WHERE a.url = :url
"""
SAME_STORY = """
SELECT a.url, a.title, a.host, a.published_date, a.date_precision, s.region_name
FROM story_clusters c JOIN articles a ON a.url = c.url LEFT JOIN sites s ON s.host = a.host
WHERE c.story = (SELECT story FROM story_clusters WHERE url = :url) AND c.url != :url
ORDER BY a.published_date, a.url
"""
FEED_ENTRIES = """
SELECT a.url, a.title, a.lead, a.body, a.host, a.published_at, a.first_seen_at,
       coalesce(a.updated_at, a.first_seen_at) AS updated, s.region_name, s.level
FROM articles a LEFT JOIN sites s ON s.host = a.host
WHERE {where} ORDER BY a.first_seen_at DESC, a.url LIMIT {limit}
"""
FEED_SCOPES = {
    "archive": "1",
    "site": "a.host = :key",
    "province": "a.host IN (SELECT host FROM sites WHERE province_code = :key)",
}

FILTER_LISTS_MAX_AGE = 300.0
"""Seconds the search page's filter lists may lag behind a crawl writing the archive: counting
the tags of 200,000 articles again at every commit would cost each search page seconds."""
_filter_options_cache: dict[str, tuple[float, tuple[int, int], dict[str, Any]]] = {}


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/search$", search_page),
        (r"^/article/(?P<host>[a-z0-9.-]+)/(?P<path>.+)$", article_page),
        (r"^/feeds$", feeds_page),
        (r"^/feeds/archive\.atom$", archive_feed),
        (r"^/feeds/site/(?P<key>[a-z0-9.-]+)\.atom$", site_feed),
        (r"^/feeds/province/(?P<key>\d{2})\.atom$", province_feed),
        (r"^/cite$", cite_page),
    ]


@hookimpl
def asgi_wrapper() -> Any:
    return read_only


def read_only(app: Any) -> Any:
    """Answer 405 to anything but reading: the served archive has no write endpoint at all."""

    async def only_reads(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD"):
            refusal = Response.text(
                "Arsip hanya-baca · read-only archive\n", status=405, headers={"Allow": "GET, HEAD"}
            )
            await refusal.asgi_send(send)
            return
        await app(scope, receive, send)

    return only_reads


@hookimpl
def menu_links(datasette: Datasette) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/search"), "label": "Cari berita · Search"},
        {"href": datasette.urls.path("/feeds"), "label": "Feed Atom"},
        {"href": datasette.urls.path("/cite"), "label": "Cara mengutip · How to cite"},
    ]


async def search_page(datasette: Datasette, request: Request) -> Response:
    query = SearchQuery.from_args(dict(request.args))
    db = datasette.get_database()
    if found := await article_for_url(db, request.args.get("q") or ""):
        return Response.redirect(datasette.urls.path(article_path(found)))
    context: dict[str, Any] = {
        "query": query,
        "options": await _filter_options(db),
        "orders": [("relevance", "Relevansi"), ("newest", "Terbaru"), ("oldest", "Terlama")],
        "database": db.name,
        **_follow_and_export_links(query),
    }
    try:
        context.update(await _search(db, query))
    except QueryInterrupted:
        context["too_slow"] = True
    if not (query.text or query.filters):
        context["coverage"] = await coverage(db)
    elif context.get("total") == 0:
        context["did_you_mean"] = await did_you_mean(db, query)
        context["tips"] = looser_searches(query)
    return await _render(datasette, request, "search.html", context)


def _follow_and_export_links(query: SearchQuery) -> dict[str, Any]:
    """The same search as a feed (keyword alert) and as whole CSV and JSON exports."""
    args = search_href(query).removeprefix("/search")
    return {
        "feed_href": "/search.atom" + args,
        "export_hrefs": {fmt: f"/search.{fmt}{args}" for fmt in ("csv", "json")},
    }


async def _search(db: Database, query: SearchQuery) -> dict[str, Any]:
    dense = query.walks_dates_when_dense and (
        (await db.execute(*query.density())).single_value() >= DENSE_MATCHES
    )
    rows = (await db.execute(*query.results(dense=dense))).rows
    page_rows = rows[:PAGE_SIZE]
    marks = await _marks(db, query, [row["rowid"] for row in page_rows])
    total = (await db.execute(*query.count())).single_value()
    return {
        "results": [_result(row, *marks.get(row["rowid"], (None, None))) for row in page_rows],
        "total": min(total, COUNT_CAP),
        "more_than_total": total > COUNT_CAP,
        "pages": _pages(query, more=len(rows) > PAGE_SIZE),
    }


async def _marks(
    db: Database, query: SearchQuery, rowids: list[int]
) -> dict[int, tuple[Markup, Markup]]:
    """Each row's title and excerpt with the words that matched marked, escaped."""
    terms = query.terms
    if not (terms and rowids):
        return {}
    forms = [row["word"] for row in (await db.execute(*query.forms())).rows] if terms.words else []
    rows = (await db.execute(*query.snippets(rowids, forms))).rows
    return {row["rowid"]: (_marked(row["title"]), _marked(row["snippet"])) for row in rows}


def _marked(text: str) -> Markup:
    escaped = str(escape(text))
    return Markup(escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


def _result(row: Any, title: Markup | None, snippet: Markup | None) -> dict[str, Any]:
    return {
        "href": article_path(row["url"]),
        "title": title or row["title"],
        "snippet": snippet or _opening(row["opening"]),
        "site": row["region_name"] or row["host"],
        "province": row["province_name"],
        "date": date_words(row["published_date"], row["date_precision"]),
        "guessed": is_guessed(row["date_flags"]),
        "removed": bool(row["removed_at"]),
    }


def _opening(text: str) -> str:
    """The first words of an article, cut at a word boundary."""
    if len(text) < 300:
        return text
    return text[: text.rfind(" ")] + " …"


def _pages(query: SearchQuery, *, more: bool) -> dict[str, str | int | None]:
    def link(page: int) -> str:
        return search_href(query, page=page).removeprefix("/search")

    has_next = more and query.page < LAST_PAGE
    return {
        "number": query.page,
        "previous": link(query.page - 1) if query.page > 1 else None,
        "next": link(query.page + 1) if has_next else None,
    }


async def _filter_options(db: Database) -> dict[str, Any]:
    """Provinces, sites and tags to filter by; computed again once a crawl has written (the
    WAL file changes with every commit, the database file at each checkpoint), at most every
    FILTER_LISTS_MAX_AGE seconds."""
    key = str(db.path)
    stamp = (_mtime(Path(key)), _mtime(Path(f"{key}-wal")))
    computed_at, cached_stamp, _ = _filter_options_cache.get(key, (-math.inf, None, None))
    if cached_stamp != stamp and monotonic() - computed_at >= FILTER_LISTS_MAX_AGE:
        sites = [dict(row) for row in (await db.execute(SITES_WITH_ARTICLES)).rows]
        tags = await _top_tags(db)
        provinces = {site["province_code"]: site["province_name"] for site in sites}
        provinces.pop(None, None)
        _filter_options_cache[key] = (
            monotonic(),
            stamp,
            {
                "provinces": sorted(provinces.items(), key=lambda item: item[1]),
                "sites": sites,
                "site_groups": [
                    (province or "Nasional", list(group))
                    for province, group in groupby(sites, key=itemgetter("province_name"))
                ],
                "tags": tags,
            },
        )
    return _filter_options_cache[key][2]


def _mtime(path: Path) -> int:
    return path.stat().st_mtime_ns if path.exists() else 0


async def _top_tags(db: Database) -> list[str]:
    """The commonest tags, or none when counting them exceeds the SQL time limit."""
    try:
        return [row["tag"] for row in (await db.execute(TOP_TAGS)).rows]
    except QueryInterrupted:
        return []


async def article_page(datasette: Datasette, request: Request) -> Response:
    db = datasette.get_database()
    requested = f"https://{request.url_vars['host']}/{request.url_vars['path']}"
    url = await article_for_url(db, requested)
    if url is None:
        raise NotFound("Artikel tidak ada di arsip · no such article in the archive")
    if url != requested:
        return Response.redirect(datasette.urls.path(article_path(url)))
    row = (await db.execute(ARTICLE, {"url": url})).first()
    same_story = (await db.execute(SAME_STORY, {"url": url})).rows
    context = {
        "article": _article(row),
        "same_story": [
            {
                "href": article_path(other["url"]),
                "title": other["title"],
                "site": other["region_name"] or other["host"],
                "date": date_words(other["published_date"], other["date_precision"]),
            }
            for other in same_story
        ],
        "database": db.name,
        "row_url": datasette.urls.row(db.name, "articles", tilde_encode(url)),
        "permalink": datasette.absolute_url(request, request.path),
        "capture_path": article_path(url).replace("/article/", "/tangkapan/", 1),
        "revisions_path": article_path(url).replace("/article/", "/revisi/", 1),
    }
    return await _render(datasette, request, "article.html", context)


def _article(row: Any) -> dict[str, Any]:
    credits = json.loads(row["credits"] or "[]")
    flags = json.loads(row["date_flags"] or "[]")
    return {
        "url": row["url"],
        "title": row["title"],
        "lead": row["lead"],
        "paragraphs": paragraphs(row["body"]),
        "credits": [(CREDIT_ROLES.get(c["role"], c["role"]), c["name"]) for c in credits],
        "tags": json.loads(row["tags"] or "[]"),
        "site": row["region_name"] or row["host"],
        "office": office_name(row["level"], row["region_name"], row["host"]),
        "host": row["host"],
        "province": row["province_name"],
        "date": date_words(row["published_date"], row["date_precision"], row["published_at"]),
        "date_how": date_provenance(
            row["date_source"],
            flags,
            dict(row).get("date_year_source"),  # None in an archive made before the column
        ),
        "date_guess": date_guess(flags) if row["published_date"] else None,
        "photos": photos(row["images"]),
        "attachments": attachments(row["attachments"]),
        "date_raw": row["date_raw"],
        "removed_at": row["removed_at"],
        "first_seen_at": row["first_seen_at"],
        "fetched_at": row["fetched_at"],
        "version": row["version"],
        "updated_at": row["updated_at"],
    }


async def feeds_page(datasette: Datasette, request: Request) -> Response:
    options = await _filter_options(datasette.get_database())
    context = {"options": options, "feed_size": FEED_SIZE}
    return await _render(datasette, request, "feeds.html", context)


async def archive_feed(datasette: Datasette, request: Request) -> Response:
    return await _feed(datasette, request, "archive", None, ARCHIVE_NAME)


async def site_feed(datasette: Datasette, request: Request) -> Response:
    host = request.url_vars["key"]
    name = await _scope_name(datasette, "SELECT region_name FROM sites WHERE host = ?", host)
    return await _feed(datasette, request, "site", host, f"{ARCHIVE_NAME}: {name}")


async def province_feed(datasette: Datasette, request: Request) -> Response:
    code = request.url_vars["key"]
    sql = "SELECT province_name FROM sites WHERE province_code = ? LIMIT 1"
    name = await _scope_name(datasette, sql, code)
    return await _feed(datasette, request, "province", code, f"{ARCHIVE_NAME}: Provinsi {name}")


async def _scope_name(datasette: Datasette, sql: str, key: str) -> str:
    row = (await datasette.get_database().execute(sql, [key])).first()
    if row is None or row[0] is None:
        raise NotFound(f"Tidak dikenal · unknown: {key}")
    return row[0]


async def _feed(
    datasette: Datasette, request: Request, scope: str, key: str | None, title: str
) -> Response:
    sql = FEED_ENTRIES.format(where=FEED_SCOPES[scope], limit=FEED_SIZE)
    rows = (await datasette.get_database().execute(sql, {"key": key})).rows
    feed = atom_feed(
        title=title,
        self_url=datasette.absolute_url(request, request.path),
        home_url=datasette.absolute_url(request, _scope_search(scope, key)),
        entries=[_feed_entry(datasette, request, row) for row in rows],
    )
    return await feed_response(datasette, request, feed)


def _scope_search(scope: str, key: str | None) -> str:
    if scope == "archive":
        return "/search?order=newest"
    filter_name = "host" if scope == "site" else "province"
    return "/search?" + urlencode({filter_name: key, "order": "newest"})


def _feed_entry(datasette: Datasette, request: Request, row: Any) -> dict[str, str | None]:
    body = paragraphs(row["body"])
    return {
        "id": row["url"],
        "title": row["title"],
        "updated": row["updated"],
        "published": row["published_at"],
        "author": office_name(row["level"], row["region_name"], row["host"]),
        "link": datasette.absolute_url(request, article_path(row["url"])),
        "original": row["url"],
        "summary": row["lead"] or (body[0] if body else ""),
        "content": content_html(body),
    }


def atom_feed(
    *, title: str, self_url: str, home_url: str, entries: list[dict[str, str | None]]
) -> bytes:
    """An Atom 1.0 document (RFC 4287); ElementTree escapes every text it writes."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "id"})
    _atom_text(feed, "id", self_url)
    _atom_text(feed, "title", title)
    _atom_text(feed, "updated", max((e["updated"] or EPOCH for e in entries), default=EPOCH))
    _atom_text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", ARCHIVE_NAME)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=home_url)
    _atom_text(feed, "generator", "bawaslu-archive")
    for item in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        for name in ("id", "title", "updated", "published"):
            if item[name]:
                _atom_text(entry, name, item[name])
        _atom_text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", item["author"])
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=item["link"] or "")
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="via", href=item["original"] or "")
        _atom_text(entry, "summary", item["summary"])
        _atom_text(entry, "content", item["content"]).set("type", "html")
    declaration = "<?xml version='1.0' encoding='utf-8'?>\n"
    stylesheet = f'<?xml-stylesheet type="text/xsl" href="{FEED_STYLESHEET}"?>\n'
    return (declaration + stylesheet).encode() + ET.tostring(feed, encoding="utf-8")


def _atom_text(parent: ET.Element, name: str, text: str | None) -> ET.Element:
    """A text element, without the characters XML 1.0 cannot hold (one `&#8;` in an article
    would otherwise make the whole feed unreadable)."""
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = NOT_XML_CHARS.sub("", text or "")
    return element


def content_html(body: list[str]) -> str:
    """Paragraphs as HTML for feed readers: escaped, then sanitised to <p> alone."""
    html = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in body)
    return nh3.clean(html, tags={"p"}, attributes={})


async def cite_page(datasette: Datasette, request: Request) -> Response:
    db = datasette.get_database()
    context = {
        "database": db.name,
        "home": datasette.absolute_url(request, "/"),
        "snapshot": latest_snapshot(db.path),
        "max_rows": datasette.setting("max_returned_rows"),
    }
    return await _render(datasette, request, "cite.html", context)


async def _render(
    datasette: Datasette, request: Request, template: str, context: dict[str, Any]
) -> Response:
    context = {"metadata": datasette.metadata(), **context}
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html)


def article_path(url: str) -> str:
    """The archive page of an article: its canonical URL without the scheme, under /article/."""
    return "/article/" + url.removeprefix("https://")


def office_name(level: str | None, region_name: str | None, host: str) -> str:
    """The publishing office as it signs its news: "Bawaslu Provinsi Lampung", "Bawaslu RI"."""
    if level == "nasional":
        return "Bawaslu RI"
    if level == "provinsi":
        return f"Bawaslu Provinsi {region_name}"
    return f"Bawaslu {region_name}" if region_name else host


def paragraphs(body: str | None) -> list[str]:
    return [part.strip() for part in (body or "").split("\n\n") if part.strip()]


def date_words(iso: str | None, precision: str | None, published_at: str | None = None) -> str:
    """An ISO date as Indonesians write it, to its precision: "28 Desember 2023, 14.30 WIB"."""
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    if precision == "year":
        return str(day.year)
    month_year = f"{MONTH_WORDS[day.month - 1]} {day.year}"
    if precision == "month":
        return month_year
    text = f"{day.day} {month_year}"
    if published_at and len(published_at) >= 16:
        zone = ZONES.get(published_at[-6:], "UTC" + published_at[-6:])
        text += f", {published_at[11:13]}.{published_at[14:16]} {zone}"
    return text


def date_guess(flags: list[str]) -> str | None:
    """Why a date is a guess ("tahun disimpulkan"), "" for a plain estimate, None if firm."""
    guesses = [flag for flag in flags if flag in GUESS_FLAGS]
    if not guesses:
        return None
    return ", ".join(DATE_FLAGS[flag][0] for flag in guesses if flag != "approx")


def date_provenance(
    source: str | None, flags: list[str], year_source: str | None = None
) -> tuple[str, str]:
    """How the date was found, in Indonesian and English: "from the body text, year inferred,
    year from the node id"."""
    if source not in DATE_SOURCES:
        return "tanggal tidak ditemukan", "no date found on the page"
    parts = [DATE_SOURCES[source], *(DATE_FLAGS[flag] for flag in flags if flag in DATE_FLAGS)]
    if year_source in YEAR_SOURCES:
        parts.append(YEAR_SOURCES[year_source])
    indonesian = "dari " + ", ".join(part[0] for part in parts)
    english = "from " + ", ".join(part[1] for part in parts)
    return indonesian, english
