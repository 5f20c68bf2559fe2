"""The generic listing walker: article links and the next page of a listing in any theme.

Page objects read the listings whose markup they know; this reads the others by what every
news listing shares whatever its classes: links into the news section (`/berita/<slug>`,
`/index.php/berita/<slug>`, `/id/berita/<slug>`, WordPress `/YYYY/MM/DD/<slug>/`) on the
site's own host, grouped in rows; a pager that says "next" in one of the ways sites say it.
Sidebar and footer widgets ("Berita Terbaru", "Terpopuler") are left out when the page has a
list of its own, so a walk is driven by the listing, not by the links every page repeats.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborNode

from scrapers.dates import MONTH_PATTERN
from scrapers.pages.base import Document, Listing, ListingEntry
from scrapers.pages.nodes import absolute_url, text_blocks
from scrapers.registry import canonical_host
from scrapers.text import clean_line
from scrapers.urls import canonical_url, host_of

ARTICLE_PATH = re.compile(
    r"/(?:index\.php/)?(?:id/)?berita/(?!page/)[^/]+/?"  # Drupal, national site
    r"|/(?:19|20)\d\d/[01]\d/[0-3]\d/[^/]+/?"  # WordPress permalink
)
"""Paths of article pages; matched against a link's whole path."""

OUTSIDE_TAGS = frozenset({"nav", "aside"})
OUTSIDE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})
PAGE_EDGE_TAGS = frozenset({"header", "footer"})
SECTION_TAGS = frozenset({"article", "section", "main"})
"""Page regions that are never the listing itself: navigation, side blocks, and the page's
header and footer (not an article's or a section's own `<header>`, which holds its title)."""

WIDGET_HEADING = re.compile(
    r"\b(terbaru|terkini|terpopuler|populer|terkait|lainnya|rekomendasi|baca juga|trending"
    r"|latest|popular|recent|related)\b",
    re.IGNORECASE,
)
"""Headings of the side blocks that repeat on every page."""

NEXT_WORDS = re.compile(
    r"(?:ke\s+)?(?:halaman\s+|berita\s+)?(?:berikutnya|selanjutnya|next(?:\s+page)?|lanjut)"
    r"|older\s+(?:posts|entries)|berita\s+lama|lebih\s+lama",
    re.IGNORECASE,
)
"""A pager link's label, once arrows are stripped: "Berikutnya", "Selanjutnya »", "next ›",
WordPress's "← Older posts"."""
NEXT_ARROWS = frozenset({"›", ">", "→", "»", ">>", "››", "»»"})
"""Arrow-only labels: trusted when they lead to the following page number (Drupal's "»" is the
last page)."""
_ARROWS = "›»>→←« "
READ_MORE = re.compile(
    r"(baca\s+)?(selengkapnya|lebih\s+lanjut|lanjutannya)|read\s+more|more|detail", re.IGNORECASE
)
"""The label of a row's "read more" link: not a title."""

DATE_LINE = re.compile(
    rf"\b\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b\d{4}-\d\d-\d\d\b"
    r"|\b\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b",
    re.IGNORECASE,
)
"""A listing row's date line as sites print it; read later by `scrapers.dates`."""
DATE_LINE_MAX_CHARS = 80
HEADING_MAX_CHARS = 60
_WORDPRESS_PAGE = re.compile(r"/page/(\d+)/?$")


_resolve = functools.lru_cache(maxsize=4096)(absolute_url)
"""`absolute_url`, once per (page, href): rows link their article two or three times, and the
pager is read after the rows."""


@dataclass(frozen=True, slots=True)
class _Link:
    node: LexborNode
    url: str  # canonical article URL


def generic_listing(doc: Document) -> Listing:
    """The article links of the page's main list in page order, and its next page."""
    links = article_links(doc)
    in_main = [link for link in links if _in_main(link.node)]
    links = in_main or links
    urls_by_node = _urls_by_ancestor(links)
    rows = [_row(link, urls_by_node) for link in links]
    containers = {row.parent.mem_id: row.parent for row in rows if row.parent is not None}
    titles = _page_titles(doc)
    main = {key for key, node in containers.items() if not _is_widget(node, urls_by_node, titles)}
    chosen = main or set(containers)
    nodes_by_url: dict[str, list[LexborNode]] = defaultdict(list)
    for link in links:
        nodes_by_url[link.url].append(link.node)
    entries: dict[str, ListingEntry] = {}
    for link, row in zip(links, rows, strict=True):
        if link.url in entries or row.parent is None or row.parent.mem_id not in chosen:
            continue
        title = _title(row, nodes_by_url[link.url])
        entries[link.url] = ListingEntry(link.url, title, _date_line(row))
    return Listing(tuple(entries.values()), next_page(doc))


def article_links(doc: Document) -> list[_Link]:
    """Links to article pages of the page's own site, outside navigation, header and footer."""
    site = _site_host(doc.url)
    found = []
    for node in doc.tree.css("a[href]"):
        url = _resolve(doc.url, node.attributes.get("href"))
        if url is None or not ARTICLE_PATH.fullmatch(urlsplit(url).path):
            continue
        if _site_host(url) == site and not _in_outside_region(node):
            found.append(_Link(node, canonical_url(url)))
    return found


def next_page(doc: Document) -> str | None:
    """The next listing page: `rel=next`, a "next" pager link, or the page number plus one."""
    for node in doc.tree.css("link[rel~='next'][href], a[rel~='next'][href]"):
        url = _listing_url(doc, node)
        if url:
            return url
    by_word, by_arrow, by_number = None, None, None
    following = _following_page_numbers(doc.url)
    for node in doc.tree.css("a[href]"):
        url = _listing_url(doc, node)
        if not url:
            continue
        label = clean_line(node.text()) or clean_line(node.attributes.get("aria-label") or "")
        number = _page_number(url)
        if by_word is None and NEXT_WORDS.fullmatch(label.strip(_ARROWS)):
            by_word = url
        elif by_arrow is None and label in NEXT_ARROWS and number in (None, *following):
            by_arrow = url
        elif by_number is None and number in following and _same_listing(doc.url, url):
            by_number = url
    return by_word or by_arrow or by_number


def _row(link: _Link, urls_by_node: dict[int, set[str]]) -> LexborNode:
    """The link's row: the largest element around it that links no other article."""
    row, parent = link.node, link.node.parent
    while parent is not None and parent.tag != "body" and urls_by_node[parent.mem_id] == {link.url}:
        row, parent = parent, parent.parent
    return row


def _urls_by_ancestor(links: list[_Link]) -> dict[int, set[str]]:
    """For each element holding article links, the URLs they point to."""
    urls: dict[int, set[str]] = defaultdict(set)
    for link in links:
        node: LexborNode | None = link.node
        while node is not None:
            urls[node.mem_id].add(link.url)
            node = node.parent
    return urls


def _is_widget(
    container: LexborNode, urls_by_node: dict[int, set[str]], page_titles: set[str]
) -> bool:
    """A side block: its heading (the nearest text printed before it) names one, and is not
    the page's own title (a listing may well be called "Berita Terbaru")."""
    heading = _heading_of(container, urls_by_node)
    return bool(WIDGET_HEADING.search(heading)) and heading.casefold() not in page_titles


def _page_titles(doc: Document) -> set[str]:
    """The page's `<h1>`s and the first part of its `<title>`, case-folded."""
    titles = {clean_line(node.text()).casefold() for node in doc.tree.css("h1")}
    title = doc.tree.css_first("title")
    if title is not None:
        titles.add(re.split(r"\s+[|\-–—]\s+", clean_line(title.text()))[0].casefold())
    return titles


def _heading_of(container: LexborNode, urls_by_node: dict[int, set[str]]) -> str:
    """The short text just before the list, or at its top, in its own block of the page."""
    own = urls_by_node.get(container.mem_id, set())
    for child in container.iter():
        if own.isdisjoint(urls_by_node.get(child.mem_id, ())):
            text = clean_line(child.text())
            if text:
                return text if len(text) <= HEADING_MAX_CHARS else ""
        else:
            break
    node: LexborNode | None = container
    while node is not None and node.tag != "body":
        sibling = node.prev
        while sibling is not None:
            if sibling.mem_id in urls_by_node:
                return ""  # another list comes first: no heading of this one's own
            text = clean_line(sibling.text() or "") if sibling.tag != "-comment" else ""
            if text:
                return text if len(text) <= HEADING_MAX_CHARS else ""
            sibling = sibling.prev
        parent = node.parent
        if parent is None or urls_by_node.get(parent.mem_id, set()) != own:
            return ""
        node = parent
    return ""


def _title(row: LexborNode, links: list[LexborNode]) -> str:
    """The longest text of the links to the article (a shortened title in a widget is
    shorter), else the row's heading, a link's title or an image's alt; "" when none."""
    longest = max((clean_line(node.text()) for node in links), key=len)
    if longest and not READ_MORE.fullmatch(longest.strip(_ARROWS)):
        return longest
    others = [clean_line(node.text()) for node in row.css("h1, h2, h3, h4, h5, h6")]
    others += [clean_line(node.attributes.get("title") or "") for node in links]
    others += [clean_line(image.attributes.get("alt") or "") for image in row.css("img[alt]")]
    return next((text for text in others if text), longest)


def _date_line(row: LexborNode) -> str:
    """The row's date line as printed, or a date printed right next to a bare link."""
    time = row.css_first("time")
    if time is not None:
        text = clean_line(time.text()) or clean_line(time.attributes.get("datetime") or "")
        if text:
            return text
    titles = {clean_line(node.text()) for node in [row, *row.css("a")] if node.tag == "a"}
    for block in text_blocks(row):
        if block not in titles and len(block) <= DATE_LINE_MAX_CHARS and DATE_LINE.search(block):
            return block
    if row.tag == "a":
        return _neighbour_date(row)
    return ""


def _neighbour_date(link: LexborNode) -> str:
    """A short date printed between this bare link and the next one."""
    node = link.next
    while node is not None and node.tag != "a":
        text = clean_line(node.text() or "") if node.tag != "-comment" else ""
        if text:
            found = len(text) <= DATE_LINE_MAX_CHARS and DATE_LINE.search(text)
            return text if found else ""
        node = node.next
    return ""


def _in_outside_region(node: LexborNode) -> bool:
    """Inside navigation, a side block, or the page's header or footer."""
    edge = False
    parent = node.parent
    while parent is not None:
        if parent.tag in OUTSIDE_TAGS or parent.attributes.get("role") in OUTSIDE_ROLES:
            return True
        if parent.tag in PAGE_EDGE_TAGS:
            edge = True
        elif parent.tag in SECTION_TAGS:
            edge = False  # the header or footer below was this section's own
        parent = parent.parent
    return edge


def _in_main(node: LexborNode) -> bool:
    """Inside the page's main content (`<main>` or `role=main`)."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "main" or parent.attributes.get("role") == "main":
            return True
        parent = parent.parent
    return False


def _listing_url(doc: Document, node: LexborNode) -> str | None:
    """The link's URL if it can be another page of this listing (same site, not an article,
    not the page itself)."""
    url = _resolve(doc.url, node.attributes.get("href"))
    if url is None or _site_host(url) != _site_host(doc.url):
        return None
    if ARTICLE_PATH.fullmatch(urlsplit(url).path) or _same_page(url, doc.url):
        return None
    return url


def _following_page_numbers(url: str) -> tuple[int, ...]:
    """The page number(s) that come after this one: `?page=N+1` (Drupal counts from 0) or
    `/page/N+1/` (WordPress counts from 1); from a first page, Drupal's 1 or WordPress's 2."""
    number = _page_number(url)
    return (number + 1,) if number is not None else (1, 2)


def _page_number(url: str) -> int | None:
    """The page number a listing URL names (`/page/N/` or `?page=N`), None when it names none."""
    parts = urlsplit(url)
    wordpress = _WORDPRESS_PAGE.search(parts.path)
    if wordpress:
        return int(wordpress.group(1))
    query = parse_qs(parts.query).get("page", [""])[0]
    return int(query) if query.isdigit() else None


def _same_listing(current: str, candidate: str) -> bool:
    """Both URLs are pages of one listing: the same path once any `/page/N/` is removed."""
    return _listing_path(current) == _listing_path(candidate)


def _listing_path(url: str) -> str:
    path = urlsplit(url).path
    path = _WORDPRESS_PAGE.sub("", path).removeprefix("/index.php")
    return path.rstrip("/") or "/"


def _same_page(first: str, second: str) -> bool:
    one, two = urlsplit(first), urlsplit(second)
    return (one.path.rstrip("/"), one.query) == (two.path.rstrip("/"), two.query)


def _site_host(url: str) -> str:
    """The site a URL belongs to: its host, or the registry host it is an alias of
    (`bawaslu.go.id` and `www.bawaslu.go.id` are one site)."""
    return canonical_host(host_of(url))
