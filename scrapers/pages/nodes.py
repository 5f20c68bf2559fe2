"""Small helpers over selectolax nodes shared by every page object.

The walk is iterative, not recursive: malformed pages can nest elements thousands deep and
extraction must fail with an ExtractionError, never a RecursionError.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Container, Iterable
from itertools import islice
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborCSSSelector, LexborNode

from scrapers.text import clean_line, clean_lines

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
"""Elements that break the text flow, as a browser's innerText does."""

SILENT_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "button",
        "select",
        "textarea",
        "object",
        "embed",
        "-comment",
        "head",
    ]
)
"""Elements whose text is never shown to a reader as content."""

_SPLITTERS = BLOCK_TAGS | SILENT_TAGS | {"br"}
"""Elements whose text a plain concatenation would glue to its neighbours or wrongly show."""
_END_OF_BLOCK = None
BR = "\uffff"  # a noncharacter: stands for `<br>` in gathered text (see `br_paragraphs`)
_BLANK_LINE = re.compile(f"{BR}\\s*{BR}")
"""Two `<br>` in a row: editors' way of starting a new paragraph without `<p>`."""
_SOURCE_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""Line breaks in the HTML source are mere whitespace; only `<br>` and blocks break lines."""


class _Engines(threading.local):
    """One CSS engine per thread, built on the thread's first query."""

    def __init__(self) -> None:
        self.engine = LexborCSSSelector()


_ENGINES = _Engines()


def select(root: LexborNode, query: str) -> list[LexborNode]:
    """`root.css(query)`, by one CSS engine per thread instead of one per page.

    selectolax builds a CSS engine for each parsed page on its first query, which costs as
    much as several queries; the engine keeps no page's state between queries.
    """
    return _ENGINES.engine.find(query, root)


def select_first(root: LexborNode, query: str) -> LexborNode | None:
    """`root.css_first(query)` by the thread's CSS engine (see `select`)."""
    found = _ENGINES.engine.find_first(query, root)  # type: ignore[attr-defined]  # not in stub
    return found[0] if found else None


def tagged(root: LexborNode, tags: Container[str]) -> list[LexborNode]:
    """`select` for a list of bare tag names ("em, i"), by a walk: in a small subtree (a
    paragraph, a figure) the walk costs less than a query."""
    return [node for node in root.traverse() if node.tag in tags]


def first(root: LexborNode, selectors: Iterable[str]) -> LexborNode | None:
    """The first node matching the first selector that matches anything."""
    for selector in selectors:
        node = select_first(root, selector)
        if node is not None:
            return node
    return None


def first_text(root: LexborNode, selectors: Iterable[str]) -> str:
    """Cleaned text of the first selector whose node has visible text, or "".

    The first node of a selector is asked for alone, as it mostly has the text: the search
    for it stops there, where the search for every node would go through the whole page.
    """
    for selector in selectors:
        node = select_first(root, selector)
        if node is None:
            continue
        text = clean_line(one_line_text(node))
        if text:
            return text
        for node in select(root, selector)[1:]:
            text = clean_line(one_line_text(node))
            if text:
                return text
    return ""


def one_line_text(node: LexborNode) -> str:
    """The node's visible text; Lexbor's own when no block, `<br>` or script can split it."""
    descendants = islice(node.traverse(include_text=False), 1, None)
    if any(child.tag in _SPLITTERS for child in descendants):
        return inner_text(node)
    return node.text()


def inner_text(node: LexborNode) -> str:
    """The node's text with blocks on their own lines and `<br>` as a line break."""
    return "\n".join(text_blocks(node))


def text_blocks(root: LexborNode, skip: frozenset[int] = frozenset()) -> list[str]:
    """The visible text of `root`, one string per block; `<br>` becomes a newline inside it.

    Nodes whose `mem_id` is in `skip` are left out with their subtree (see `node_ids`), so
    boilerplate is dropped without mutating the tree.
    """
    blocks: list[str] = []
    parts: list[str] = []  # the text since the last block boundary
    stack: list[LexborNode | None] = [root]
    push = stack.append
    while stack:
        node = stack.pop()
        if node is _END_OF_BLOCK:
            if parts:
                _flush(parts, blocks)
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
        elif tag == "br":
            parts.append(BR)
        elif tag not in SILENT_TAGS and node.mem_id not in skip:
            if tag in BLOCK_TAGS:
                if parts:
                    _flush(parts, blocks)
                push(_END_OF_BLOCK)
            child = node.last_child  # children pushed last first, to pop in document order
            while child is not None:
                push(child)
                child = child.prev
    if parts:
        _flush(parts, blocks)
    return blocks


def _flush(parts: list[str], blocks: list[str]) -> None:
    """The text gathered between two block boundaries, as blocks (none if only whitespace)."""
    raw = "".join(parts)
    parts.clear()
    for chunk in br_paragraphs(raw):
        text = chunk_text(chunk)
        if text:
            blocks.append(text)


def br_paragraphs(raw: str) -> list[str]:
    """The text gathered between two block boundaries, split where two `<br>` in a row (BR)
    start a paragraph, as editors do without `<p>`; none when it is only whitespace. A lone
    `<br>` stays in its paragraph as BR (see `chunk_text`)."""
    if raw.isspace():  # the whitespace between two blocks
        return []
    if BR not in raw:  # one line: clean_line takes source line breaks for spaces anyway
        return [raw]
    return _BLANK_LINE.split(_SOURCE_LINE_BREAKS.sub(" ", raw))


def chunk_text(chunk: str) -> str:
    """A paragraph of `br_paragraphs`, cleaned, with a line break for each lone `<br>`."""
    return clean_lines(chunk.replace(BR, "\n")) if BR in chunk else clean_line(chunk)


def absolute_url(base: str, href: str | None) -> str | None:
    """`href` resolved against `base`; None for empty, script or data links and bad URLs."""
    href = clean_line(href or "")
    if not href or href.startswith(("#", "javascript:", "data:", "mailto:", "tel:")):
        return None
    if href.startswith(("https://", "http://")):
        return href  # already absolute: urljoin would return it unchanged, only slower
    if _is_plain_root_path(href):
        origin = _origin(base)
        if origin:
            return origin + href  # what urljoin returns for it, at a fraction of the cost
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None


def _is_plain_root_path(href: str) -> bool:
    """`/sites/x/foto.jpg`: a path from the root that urljoin would copy unchanged (no dot
    segment or doubled slash to resolve, no query, fragment or `;params` whose empty form
    it drops)."""
    return (
        href[0] == "/"
        and href[1:2] != "/"
        and "//" not in href
        and "/." not in href
        and "?" not in href
        and "#" not in href
        and ";" not in href
    )


def _origin(base: str) -> str:
    """`https://host[:port]` of an http(s) base URL as urljoin writes it; "" for others."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else ""


def node_ids(root: LexborNode, selectors: Iterable[str]) -> frozenset[int]:
    """The `mem_id`s of every node under `root` matching any selector, for `skip`."""
    return frozenset(node.mem_id for node in select(root, ", ".join(selectors)))
