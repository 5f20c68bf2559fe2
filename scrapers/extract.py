"""Extraction entry points: a fetched page in, an Article or a Listing out. No Scrapy here.

`parse_article` decodes the page, recognises pages that are not articles (listings, profile
pages, "page not found" pages served with status 200) and hands the rest to the page object of
the layout the page shows. It raises only ExtractionError, or its subclass NotAnArticle, so a
crawl can count failures by reason instead of storing boilerplate.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4.dammit import EncodingDetector, UnicodeDammit
from selectolax.lexbor import LexborHTMLParser

from scrapers.article import Article, ExtractionError, NotAnArticle
from scrapers.pages import Document, Listing, choose_layout
from scrapers.pages.listing import generic_listing, next_page
from scrapers.text import clean_line

NOT_FOUND = re.compile(r"(halaman tidak ditemukan|page not found|404\b)", re.IGNORECASE)
NOT_ARTICLE_SECTIONS = frozenset({"profil"})
"""First path segments of pages that are never news articles."""

FALLBACK_ENCODINGS = ["utf-8", "windows-1252"]


def parse_article(html: str | bytes, url: str, *, http_charset: str | None = None) -> Article:
    """The article on a page; NotAnArticle for other pages, ExtractionError when unreadable."""
    doc = Document(parse_html(html, http_charset), url)
    if is_error_page(doc):
        raise NotAnArticle("error page", url)
    if _first_segment(url) in NOT_ARTICLE_SECTIONS:
        raise NotAnArticle("profile page", url)
    layout = choose_layout(doc)
    if layout is None:
        raise ExtractionError("unrecognised layout", url)
    if layout.is_listing(doc):
        raise NotAnArticle("listing page", url)
    return layout.article(doc)


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
    """A Lexbor tree of the page, decoded first when given bytes."""
    text = decode_html(html, http_charset) if isinstance(html, bytes) else html
    try:
        return LexborHTMLParser(text)
    except UnicodeEncodeError:  # lone surrogates in a str that was decoded carelessly
        return LexborHTMLParser(text.encode("utf-8", "replace").decode("utf-8"))


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """Unicode text of a page: byte-order mark, HTTP charset, `<meta>` charset, then sniffing.

    Each declared charset is used only when the bytes decode cleanly with it, so a
    windows-1252 page behind a lying `<meta charset="utf-8">` is sniffed instead of garbled.
    """
    data, bom_encoding = EncodingDetector.strip_byte_order_mark(data)
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    for encoding in (bom_encoding, http_charset, declared):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    sniffed = UnicodeDammit(data, FALLBACK_ENCODINGS, is_html=True).unicode_markup
    return sniffed if sniffed is not None else data.decode("windows-1252", errors="replace")


def is_error_page(doc: Document) -> bool:
    """A themed "Halaman tidak ditemukan" / "Page not found" page, whatever its status."""
    title = doc.tree.css_first("title")
    heading = doc.tree.css_first("h1")
    for node in (title, heading):
        if node is not None and NOT_FOUND.match(clean_line(node.text())):
            return True
    return False


def _first_segment(url: str) -> str:
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if segments[:1] == ["index.php"]:
        segments = segments[1:]
    if segments[:1] == ["id"]:  # the national site's language prefix
        segments = segments[1:]
    return segments[0].lower() if segments else ""
