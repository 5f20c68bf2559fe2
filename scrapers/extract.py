"""Extraction entry points: a fetched page in, an Article or a Listing out. No Scrapy here.

`parse_article` decodes the page, recognises pages that are not articles (listings, profile
pages, "page not found" pages served with status 200) and hands the rest to the page object of
the layout the page shows. It raises only ExtractionError, or its subclass NotAnArticle, so a
crawl can count failures by reason instead of storing boilerplate.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from bs4.dammit import EncodingDetector, UnicodeDammit
from selectolax.lexbor import LexborHTMLParser

from scrapers.article import Article, ExtractionError, NotAnArticle
from scrapers.pages import Document, Listing, choose_layout, no_layout_reads
from scrapers.pages.generic import is_error_text, read_generic
from scrapers.pages.listing import generic_listing, next_page
from scrapers.text import clean_line

NOT_ARTICLE_SECTIONS = {
    "profile": "profile page",
    "tentang": "profile page",
    "tentang-kami": "profile page",
    "visi-misi": "profile page",
    "struktur-organisasi": "profile page",
    "sejarah": "profile page",
    "kontak": "profile page",
    "kontak-kami": "profile page",
    "hubungi-kami": "profile page",
    "contact": "profile page",
    "tag": "tag page",
    "tags": "tag page",
    "label": "tag page",
    "taxonomy": "tag page",
    "kategori": "category page",
    "category": "category page",
    "author": "author page",
    "search": "search results",
    "cari": "search results",
    "pencarian": "search results",
}
"""First path segments of pages that are never news articles, and what they are."""
SERVICE_SECTIONS = {
    "ppid": "public information service",
    "informasi-publik": "public information service",
    "galeri": "gallery",
    "gallery": "gallery",
    "galeri-foto": "gallery",
    "foto": "gallery",
    "video": "gallery",
    "galeri-video": "gallery",
    "agenda": "event list",
    "kalender": "event list",
    "regulasi": "document index",
    "peraturan": "document index",
    "produk-hukum": "document index",
    "jdih": "document index",
    "unduhan": "document index",
    "download": "document index",
    "downloads": "document index",
}
"""Sections of a site's own services, never news unless a later segment names news
("/ppid/berita/..."): as a category under /berita ("/berita/agenda/...") they hold news."""
NEWS_SEGMENT = re.compile(r"berita|news|artikel")
SEARCH_PARAMETERS = frozenset({"s", "q", "search", "keyword", "cari", "search_api_fulltext"})
HOME_PATHS = frozenset({"beranda", "home", "index.html", "index.htm", "index.php"})
LISTING_PATHS = frozenset({"berita", "news", "artikel", "pengumuman", "publikasi", "rilis"})
"""One-segment paths (after the language prefix) that list teasers: "/berita", "/id/berita"."""
READERS = ("auto", "generic")

FALLBACK_ENCODINGS = ["utf-8", "windows-1252"]
MAX_NESTING = 500
"""Elements nested deeper than this are flattened: no page needs it, and Lexbor's tree
building slows quadratically with depth (a million nested `<div>`s would take hours)."""
SUSPICIOUS_TAG_COUNT = 20_000
"""Pages with more tags than this are scanned for nesting first. Below it the nesting costs
Lexbor at most milliseconds, and the scan would cost every ordinary page more than that."""
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
VOID_ELEMENTS = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"]
)  # fmt: skip
AUTO_CLOSED = frozenset(
    ["p", "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
     "rt", "rp"]
)  # fmt: skip
"""Elements an unclosed twin closes: they never nest by accident, so they are not counted."""


def parse_article(
    html: str | bytes, url: str, *, http_charset: str | None = None, reader: str = "auto"
) -> Article:
    """The article on a page; NotAnArticle for other pages, ExtractionError when unreadable.

    `reader="auto"` lets the page object of the page's layout read it and falls back to the
    generic reader when the page shows no page object's strong markers (whatever its generator
    tag says) or the one that reads it finds no title or body;
    `reader="generic"` always uses the generic reader, to compare the two or spot drift.
    Any other exception raised while reading is reported as an ExtractionError naming it.
    The page's own Drupal node id, when it declares one, comes with the article.
    """
    if reader not in READERS:
        raise ValueError(f"reader must be one of {READERS}, not {reader!r}")
    try:
        text = decode_html(html, http_charset) if isinstance(html, bytes) else html
        return _read(Document(parse_html(text), url), reader)
    except ExtractionError:
        raise
    except Exception as error:  # the documented contract: ExtractionError only
        raise ExtractionError(f"unexpected {type(error).__name__}: {error}", url) from error


def _read(doc: Document, reader: str) -> Article:
    url = doc.url
    if is_error_page(doc):
        raise NotAnArticle("error page", url)
    kind = non_article_kind(url)
    if kind:
        raise NotAnArticle(kind, url)
    layout = None if reader == "generic" or no_layout_reads(doc) else choose_layout(doc)
    if layout is None:
        return read_generic(doc)
    if layout.is_listing(doc):
        raise NotAnArticle("listing page", url)
    try:
        return layout.article(doc)
    except NotAnArticle:
        raise
    except ExtractionError as failure:
        return _read_after_failure(doc, failure)


def _read_after_failure(doc: Document, failure: ExtractionError) -> Article:
    """The generic reader's article when the page object found no title or body."""
    try:
        return read_generic(doc)
    except NotAnArticle:
        raise
    except ExtractionError as generic_failure:
        reason = f"{failure.reason}; generic reader: {generic_failure.reason}"
        raise ExtractionError(reason, doc.url) from generic_failure


def parse_listing(html: str | bytes, url: str, *, http_charset: str | None = None) -> Listing:
    """The article links of a listing page and its next page; empty for other pages.

    The page object of the page's layout reads it first; when none knows the page or finds no
    article on it, the generic walker (`scrapers.pages.listing`) reads it by its links. The
    walker also finds the next page of a known layout whose theme renamed its pager.
    """
    doc = Document(parse_html(html, http_charset), url)
    layout = choose_layout(doc)
    listing = layout.listing(doc) if layout else None
    if listing is None or not listing.entries:
        return generic_listing(doc)
    return listing if listing.next_url else Listing(listing.entries, next_page(doc))


def parse_html(html: str | bytes, http_charset: str | None = None) -> LexborHTMLParser:
    """A Lexbor tree of the page, decoded first when given bytes, absurd nesting flattened."""
    text = decode_html(html, http_charset) if isinstance(html, bytes) else html
    if text.count("<") > SUSPICIOUS_TAG_COUNT:
        text = flatten_deep_nesting(text)
    try:
        return LexborHTMLParser(text)
    except UnicodeEncodeError:  # lone surrogates in a str that was decoded carelessly
        return LexborHTMLParser(text.encode("utf-8", "replace").decode("utf-8"))


def flatten_deep_nesting(html: str, limit: int = MAX_NESTING) -> str:
    """The page with the tags nested deeper than `limit` dropped (their text kept), in one pass."""
    depth = 0

    def keep_or_drop(tag: re.Match[str]) -> str:
        nonlocal depth
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name in VOID_ELEMENTS or name in AUTO_CLOSED or self_closing:
            return tag.group(0)
        if closing:
            depth = max(depth - 1, 0)
            return tag.group(0) if depth < limit else ""
        depth += 1
        return tag.group(0) if depth <= limit else ""

    return _TAG.sub(keep_or_drop, html)


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """Unicode text of a page: byte-order mark, HTTP charset, `<meta>` charset, then sniffing.

    Each declared charset is used only when the bytes decode cleanly with it, so a
    windows-1252 page behind a lying `<meta charset="utf-8">` is sniffed instead of garbled.
    """
    data, bom_encoding = EncodingDetector.strip_byte_order_mark(data)
    text = _decoded(data, bom_encoding)
    if text is None:
        text = _decoded(data, http_charset)
    if text is None:  # the `<meta>` is looked for only now: most pages are decoded already
        text = _decoded(data, EncodingDetector.find_declared_encoding(data, is_html=True))
    if text is not None:
        return text
    sniffed = UnicodeDammit(data, FALLBACK_ENCODINGS, is_html=True).unicode_markup
    return sniffed if sniffed is not None else data.decode("windows-1252", errors="replace")


def _decoded(data: bytes, encoding: str | None) -> str | None:
    """The bytes decoded with `encoding`; None when there is none or it does not fit them."""
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (LookupError, ValueError):  # unknown name, bad bytes, a NUL in the name
        return None


def is_error_page(doc: Document) -> bool:
    """A themed "Halaman tidak ditemukan" / "Page not found" page, whatever its status."""
    seen = set()
    for node in doc.headings:  # the first of each
        if node.tag in seen:
            continue
        seen.add(node.tag)
        text = clean_line(node.text())
        if text and len(text) < 120 and is_error_text(text):
            return True
    return False


def non_article_kind(url: str) -> str:
    """What a page is by its URL when that is never an article ("" when it may be one).

    Home pages and the bare news section list teasers; profile, tag, category, author and
    search pages are never news, whatever the theme prints on them; nor are the site's
    services (PPID, galleries, agendas, document indexes) outside a news sub-section.
    """
    parts = urlsplit(url)
    segments = _segments(parts.path)
    query = parts.query and parse_qsl(parts.query, keep_blank_values=True)
    if query and not SEARCH_PARAMETERS.isdisjoint(name.lower() for name, _ in query):
        return "search results"
    if not segments or (len(segments) == 1 and segments[0] in HOME_PATHS):
        return "home page"
    if len(segments) == 1 and segments[0] in LISTING_PATHS:
        return "listing page"
    if segments[0] in SERVICE_SECTIONS and not any(map(NEWS_SEGMENT.match, segments[1:])):
        return SERVICE_SECTIONS[segments[0]]
    if len(segments) > 2 and segments[0] in LISTING_PATHS:  # /berita/tag/pemilu
        segments = segments[1:]
    if segments[-2:-1] == ["page"] and segments[-1].isdigit():
        return "listing page"
    if segments[0] in ("page", "halaman", "pages") and len(segments) > 1:
        return "static page"
    if segments[0].startswith("profil"):
        return "profile page"
    return NOT_ARTICLE_SECTIONS.get(segments[0], "")


def _segments(path: str) -> list[str]:
    segments = [segment.lower() for segment in path.split("/") if segment]
    if segments[:1] == ["index.php"]:
        segments = segments[1:]
    if segments[:1] in (["id"], ["en"]):  # the national site's language prefix
        segments = segments[1:]
    return segments
