"""The page-object contract and the extraction steps every layout shares.

A layout is described mostly by selectors (where the title, body, caption and tags live); the
steps that turn those nodes into an Article (paragraphs, credits, images, attachments, date
clues) are the same for every generation of the sites, so they live here once. Layouts override
a hook only where their markup really differs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scrapers.article import Article, DateClue, ExtractionError, Image
from scrapers.pages.boxes import caption_after
from scrapers.pages.credits import split_credits
from scrapers.pages.nodes import (
    BLOCK_TAGS,
    absolute_url,
    first,
    first_text,
    node_ids,
    one_line_text,
    select,
    select_first,
    tagged,
    text_blocks,
)
from scrapers.text import clean_line, clean_lines
from scrapers.urls import canonical_url, host_of
from scrapers.year_evidence import NODE_ID_ELEMENTS, page_node_id

ATTACHMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods")

BODY_NOISE = (
    "script",
    "style",
    "figure",
    "nav",
    "form",
    ".sharedaddy",
    ".sd-sharing-enabled",
    ".jp-relatedposts",
    ".addtoany_share_save_container",
    "[class*=share]",
    ".field--name-field-tags",
    ".field-name-field-tags",
)
"""Never body text: widgets and figures (their captions are read as images and lead)."""

_DOCUMENT_PATH = re.compile(
    "(?:" + "|".join(map(re.escape, ATTACHMENT_SUFFIXES)) + r")(?=\s*(?:[?#]|$))",
    re.IGNORECASE,
)
"""An href whose path ends like a document, checked before the costlier URL join."""
DOWNLOAD_LABEL = re.compile(r"((unduh|download|lampiran|file)\s*:?)?", re.IGNORECASE)
READ_ALSO = re.compile(r"(baca|simak|lihat)\s+(juga|pula)\b", re.IGNORECASE)

BOILERPLATE_LINES = frozenset(
    line.casefold()
    for line in (
        "Lompat ke isi utama",
        "Skip to content",
        "Skip to main content",
        "Scroll Top",
        "Leave a comment",
        "Bagikan ini:",
        "Share this:",
        "Suka ini:",
        "Like this:",
        "Media Sosial",
        "Lokasi Bawaslu Provinsi",
        "Konsultasi",
        "Hukum Kepemiluan",
        "Tanyakan",
        "Tanyakan right-circle",
        "right-circle",
        "toast",
        "tanya",
        "news",
    )
)
"""Lines the sites print around every article; a paragraph that is only these is dropped."""
LONGEST_BOILERPLATE = max(map(len, BOILERPLATE_LINES))
"""A longer line is none of them (casefold never shortens a text): no need to fold it."""

SHARE_LINE = re.compile(
    r"(share|bagikan|sebarkan).{0,20}?(facebook|twitter|whatsapp|telegram|email|\bx\b)"
    r"|^(facebook|twitter|whatsapp|telegram|linkedin|email|copy link)"
    r"(\s*[,|·]?\s*(facebook|twitter|whatsapp|telegram|linkedin|email|copy link|x))*$",
    re.IGNORECASE,
)
"""Share buttons as text: "Bagikan: Facebook Twitter WhatsApp" (`_names_a_network` is its
quick test)."""
SHARE_LABELS = frozenset({"bagikan", "share", "bagikan ke", "share this", "sebarkan"})
CAPTION_SHORTCODE = re.compile(r"\[caption\b[^\]]*\](.*?)\[/caption\]", re.IGNORECASE | re.DOTALL)
SHORTCODE = re.compile(r"\[/?[a-z][a-z0-9_-]*(?:\s[^\]\n]*)?\]")
"""A WordPress shortcode tag left in migrated text: `[embed]`, `[/vc_column]`, `[gallery ...]`."""

UNSURE_SCORE = 5
"""The most a layout scores without its generator tag (markers and URL shape): a higher score
names the generator, which no other layout shares, so no other layout can beat it."""

STRONG_POINTS, WEAK_POINTS = 3, 1
MARKER_POINTS = STRONG_POINTS + WEAK_POINTS
"""The most a layout's markers score, beside its signature's points."""

URL_DATE = re.compile(r"/(19|20)\d\d/[01]\d/[0-3]\d/")
"""A WordPress permalink's /YYYY/MM/DD/."""


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed page and the URL it was fetched from."""

    tree: LexborHTMLParser
    url: str
    node_id: int | None = field(init=False)  # the Drupal node id the page declares
    generator: str = field(init=False)  # the `<meta name="generator">` content, read once
    metas: tuple[dict[str, str | None], ...] = field(
        init=False, repr=False, compare=False
    )  # the attributes of every `<meta>`, in page order: one query serves every key
    headings: tuple[LexborNode, ...] = field(init=False, repr=False, compare=False)
    # every `<title>`, `<h1>` and `<h2>`, in page order
    canonical_link: LexborNode | None = field(init=False, repr=False, compare=False)
    json_ld: tuple[LexborNode, ...] = field(init=False, repr=False, compare=False)
    # the `<script type="application/ld+json">` elements
    times: tuple[LexborNode, ...] = field(init=False, repr=False, compare=False)
    # the `<time datetime>` elements
    common_meta: dict[str, str] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )  # COMMON_META_KEYS, read on first use
    layout_nodes: dict[str, tuple[LexborNode, LexborNode | None]] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )  # each layout's article element and body, by layout name (see Layout.scope_and_body)

    def __post_init__(self) -> None:
        found: dict[str, list[LexborNode]] = {"meta": [], "script": [], "time": []}
        headings: list[LexborNode] = []
        declarations: list[LexborNode] = []  # links, articles, elements with a node id
        for node in select(self.root, READ_ON_EVERY_PAGE):
            tag = node.tag or ""
            found.get(tag, headings if tag in HEADING_TAGS else declarations).append(node)
        metas = tuple(node.attributes for node in found["meta"])
        named = (a for a in metas if (a.get("name") or "").lower() == "generator")
        for name, value in (
            ("metas", metas),
            ("generator", next(named, {}).get("content") or ""),
            ("headings", tuple(headings)),
            ("canonical_link", next(filter(_is_canonical_link, declarations), None)),
            ("json_ld", tuple(found["script"])),
            ("times", tuple(found["time"])),
            ("node_id", page_node_id(declarations, self.tree.body, self.url)),
        ):
            object.__setattr__(self, name, value)

    @property
    def root(self) -> LexborNode:
        root = self.tree.root or self.tree.css_first("html")
        assert root is not None  # Lexbor builds <html> for any input
        return root

    def meta(self, key: str) -> str:
        """Content of `<meta property=key>` or `<meta name=key>`, cleaned, or ""."""
        if key in COMMON_META_KEYS:
            if not self.common_meta:
                self.common_meta.update(self._read_meta(COMMON_META_KEYS))
            return self.common_meta[key]
        return self._read_meta((key,))[key]

    def _read_meta(self, keys: tuple[str, ...]) -> dict[str, str]:
        """The content of the first `<meta>` naming each key (as property, name or itemprop)."""
        found = dict.fromkeys(keys, "")
        unread = set(keys)
        for attributes in self.metas:
            names = _meta_names(attributes)
            for key in [key for key in unread if key in names]:
                unread.discard(key)
                found[key] = clean_line(attributes.get("content") or "")
            if not unread:
                break
        return found

    def metas_named(self, keys: frozenset[str]) -> list[str]:
        """The content of every `<meta>` whose name, lower-cased, is one of `keys`."""
        return [
            clean_line(attributes.get("content") or "")
            for attributes in self.metas
            if any(name and name.lower() in keys for name in _meta_names(attributes))
        ]


def _is_canonical_link(node: LexborNode) -> bool:
    """`<link rel="canonical">`, the rel compared case-blind as CSS compares it in HTML."""
    return node.tag == "link" and (node.attributes.get("rel") or "").lower() == "canonical"


def _meta_names(attributes: dict[str, str | None]) -> tuple[str | None, ...]:
    """What a `<meta>` is called: its property, name or itemprop."""
    return attributes.get("property"), attributes.get("name"), attributes.get("itemprop")


HEADING_TAGS = frozenset(["title", "h1", "h2"])
READ_ON_EVERY_PAGE = (
    'meta, title, h1, h2, script[type="application/ld+json"], time[datetime], ' + NODE_ID_ELEMENTS
)
"""What every page is asked for (metadata, headings to spot an error page, canonical URL and
node id, JSON-LD and `<time>` dates), in one query: Lexbor spends most of a query's time on
what every query costs, however many selectors it lists. The elements read for a node id are
told apart by tag: no theme puts a node's id on a meta or a heading."""
COMMON_META_KEYS = ("og:title", "article:published_time", "datePublished")
"""The `<meta>` keys read on every article page, read together on first use."""


@dataclass(frozen=True, slots=True)
class ListingEntry:
    """One row of a news listing: where the article is and what the row shows."""

    url: str  # canonical article URL
    title: str
    date_text: str = ""  # the row's date line as printed, when the site shows one


@dataclass(frozen=True, slots=True)
class Listing:
    entries: tuple[ListingEntry, ...]
    next_url: str | None  # absolute URL of the next listing page, None on the last page


class Layout:
    """One generation of the sites: how to recognise its pages and read them."""

    name: ClassVar[str]
    scope_selectors: ClassVar[tuple[str, ...]]  # the article element
    title_selectors: ClassVar[tuple[str, ...]]
    body_selectors: ClassVar[tuple[str, ...]]  # each one a strong marker, or inside one
    lead_selectors: ClassVar[tuple[str, ...]] = ()
    tag_selectors: ClassVar[tuple[str, ...]] = ()
    image_selectors: ClassVar[tuple[str, ...]] = ()  # images outside the body, e.g. a hero photo
    byline_selectors: ClassVar[tuple[str, ...]] = ()
    listing_row_selectors: ClassVar[tuple[str, ...]] = ()
    listing_link_selectors: ClassVar[tuple[str, ...]] = ()
    listing_date_selectors: ClassVar[tuple[str, ...]] = ()
    next_page_selectors: ClassVar[tuple[str, ...]] = ()
    generator_pattern: ClassVar[re.Pattern[str]]  # the `<meta name="generator">` naming it
    strong_markers: ClassVar[str]  # a selector list: elements only this layout prints
    weak_markers: ClassVar[str]  # elements it prints that others may print too

    def score(self, doc: Document) -> int:
        """How strongly the page shows this layout's markers; 0 means not this layout.

        3 points for the strong markers and 1 for the weak ones, beside the signature's
        points; a score over UNSURE_SCORE is sure, so the weak markers are not looked for.
        """
        points = self.signature_points(doc)
        points += STRONG_POINTS if select_first(doc.root, self.strong_markers) is not None else 0
        if points > UNSURE_SCORE:
            return points
        weak = select_first(doc.root, self.weak_markers) is not None
        return points + (WEAK_POINTS if weak else 0)

    def signature_points(self, doc: Document) -> int:
        """Points for what names this layout outside the markup: 3 for the generator tag."""
        return 3 if self.names_generator(doc) else 0

    def names_generator(self, doc: Document) -> bool:
        return self.generator_pattern.search(doc.generator) is not None

    def is_listing(self, doc: Document) -> bool:
        """True when the page lists articles instead of showing one."""
        has_body = self.scope_and_body(doc)[1] is not None
        return not has_body and any(select_first(doc.root, s) for s in self.listing_row_selectors)

    # -- article -------------------------------------------------------------------------------

    def scope(self, doc: Document) -> LexborNode:
        return first(doc.root, self.scope_selectors) or doc.root

    def scope_and_body(self, doc: Document) -> tuple[LexborNode, LexborNode | None]:
        """The article element and the body in it, looked up once for is_listing and article."""
        found = doc.layout_nodes.get(self.name)
        if found is None:
            scope = self.scope(doc)
            found = doc.layout_nodes[self.name] = (scope, first(scope, self.body_selectors))
        return found

    def article(self, doc: Document) -> Article:
        """Every field of the article; ExtractionError when its title or body is missing."""
        scope, body_node = self.scope_and_body(doc)  # first: a page in another theme fails fast
        if body_node is None:
            raise ExtractionError("no body element", doc.url)
        title = first_text(doc.root, self.title_selectors) or doc.meta("og:title")
        if not title:
            raise ExtractionError("no title", doc.url)
        lead, lead_node = self.lead(scope, body_node)
        elements = BodyElements.of(body_node)
        documents = documents_among(elements.links, doc.url)
        skip = node_ids(body_node, BODY_NOISE) | download_paragraphs(body_node, documents)
        if lead_node is not None:
            skip |= {lead_node.mem_id}
        captions = _caption_cells(elements.images)
        skip |= captions.keys() | _navigation_cells(elements.cells)
        blocks = text_blocks(body_node, skip)
        if not lead and captions:
            lead = next(iter(captions.values()))
        if not lead and blocks:
            lead = shortcode_caption(blocks[0])
        offers = {clean_line(link.text()) for _, link in documents}
        paragraphs = [
            strip_shortcodes(p)
            for p in blocks
            if not is_noise_paragraph(p) and not (offers and _offers_a_document(p, offers))
        ]
        paragraphs, credit_paragraphs, credits = split_credits(paragraphs)
        body = "\n\n".join(p for p in paragraphs if p)  # cleaned already: join_paragraphs' work
        if not body:
            raise ExtractionError("no body text", doc.url)
        url = self.canonical(doc)
        return Article(
            url=url,
            host=host_of(url),
            layout=self.name,
            title=title,
            body=body,
            lead=lead,
            tags=self.tags(scope),
            credits=credits,
            credits_raw="\n".join(credit_paragraphs),
            images=self.images(scope, elements.images, doc.url),
            attachments=tuple(dict.fromkeys(url for url, _ in documents)),
            date_clues=self.date_clues(doc, scope, body),
            node_id=doc.node_id,
        )

    def lead(self, scope: LexborNode, body: LexborNode) -> tuple[str, LexborNode | None]:
        """The caption or standfirst, and the body node it came from (to leave out of the body).

        A caption field comes first; otherwise a figure caption or a wholly italic short
        paragraph that opens the body is the lead.
        """
        caption = first_text_if_any(scope, self.lead_selectors)
        if caption:
            return caption, None
        opening = _first_content_child(body)
        if opening is None:
            return "", None
        if opening.tag == "figure":
            return _figcaption(opening), None
        if opening.tag == "p" and is_wholly_italic(opening):
            return clean_line(opening.text()), opening
        return "", None

    def tags(self, scope: LexborNode) -> tuple[str, ...]:
        for selector in self.tag_selectors:
            names = [clean_line(node.text()) for node in select(scope, selector)]
            if any(names):
                return tuple(dict.fromkeys(name for name in names if name))
        return ()

    def images(
        self, scope: LexborNode, body_images: list[LexborNode], base: str
    ) -> tuple[Image, ...]:
        """The images the layout shows beside the body (a hero photo), then the body's."""
        nodes = [node for selector in self.image_selectors for node in select(scope, selector)]
        nodes.extend(body_images)
        found: dict[str, Image] = {}
        for node in nodes:
            attributes = node.attributes
            url = absolute_url(base, attributes.get("src") or attributes.get("data-src"))
            if url and url not in found:
                found[url] = Image(
                    url, clean_line(attributes.get("alt") or ""), photo_caption(node)
                )
        return tuple(found.values())

    def date_clues(self, doc: Document, scope: LexborNode, body: str) -> tuple[DateClue, ...]:
        byline = first_text_if_any(scope, self.byline_selectors)
        return date_clues_of(doc, scope, [byline] if byline else [], body)

    def canonical(self, doc: Document) -> str:
        return canonical_of(doc)

    # -- listing -------------------------------------------------------------------------------

    def listing(self, doc: Document) -> Listing:
        """The article links of a listing page in page order, and the next page's URL."""
        entries: list[ListingEntry] = []
        seen: set[str] = set()
        for row in (n for s in self.listing_row_selectors for n in select(doc.root, s)):
            entry = self.listing_entry(row, doc.url)
            if entry and entry.url not in seen:
                seen.add(entry.url)
                entries.append(entry)
        next_link = first(doc.root, self.next_page_selectors)
        next_url = absolute_url(doc.url, next_link.attributes.get("href") if next_link else None)
        return Listing(tuple(entries), next_url)

    def listing_entry(self, row: LexborNode, base: str) -> ListingEntry | None:
        link = first(row, self.listing_link_selectors)
        url = absolute_url(base, link.attributes.get("href") if link else None)
        title = clean_line(link.text()) if link else ""
        if not url or not title:
            return None
        return ListingEntry(canonical_url(url), title, first_text(row, self.listing_date_selectors))


def date_clues_of(
    doc: Document, scope: LexborNode, bylines: list[str], body: str
) -> tuple[DateClue, ...]:
    """Every date clue, most trustworthy first: metadata, bylines, the URL's date, the body."""
    clues = [DateClue("meta", text) for text in metadata_dates(doc, scope)]
    clues.extend(DateClue("byline", byline) for byline in bylines)
    if URL_DATE.search(doc.url):  # only then is the path worth splitting out
        path = urlsplit(doc.url).path
        if URL_DATE.search(path):
            clues.append(DateClue("url", path))
    clues.append(DateClue("body", body))
    return tuple(clues)


def canonical_of(doc: Document) -> str:
    """`<link rel=canonical>` when it names the same host, else the fetched URL."""
    link = doc.canonical_link
    href = absolute_url(doc.url, link.attributes.get("href") if link else None)
    chosen = href if href and host_of(href) == host_of(doc.url) else doc.url
    try:
        return canonical_url(chosen)
    except ValueError as error:
        raise ExtractionError("unusable URL", doc.url) from error


def first_text_if_any(root: LexborNode, selectors: tuple[str, ...]) -> str:
    """`first_text`, after one query for all the selectors together: most pages show none of
    the optional fields (lead, byline), and one query costs less than one per selector."""
    if len(selectors) > 1 and select_first(root, ", ".join(selectors)) is None:
        return ""
    return first_text(root, selectors)


def is_noise_paragraph(paragraph: str) -> bool:
    """A "Baca juga" link line, share buttons, or a paragraph made only of site boilerplate."""
    if READ_ALSO.match(paragraph) or is_share_line(paragraph):
        return True
    lines = paragraph.splitlines()
    if lines and len(lines[0]) > LONGEST_BOILERPLATE:
        return False  # prose: its first line is longer than any boilerplate
    return all(
        len(line) <= LONGEST_BOILERPLATE and line.casefold() in BOILERPLATE_LINES for line in lines
    )


def is_share_line(text: str) -> bool:
    """ "Bagikan ke:", "Facebook Twitter WhatsApp", "Share: Facebook X"."""
    if len(text) >= 120:
        return False
    folded = text.casefold()
    if folded.rstrip(" :") in SHARE_LABELS:
        return True
    return _names_a_network(folded) and SHARE_LINE.search(text) is not None


def _names_a_network(folded: str) -> bool:
    """The quick test before SHARE_LINE: a network's name in the casefolded text (six `in`
    tests cost less than one search for any of them)."""
    return (
        "facebook" in folded
        or "twitter" in folded
        or "whatsapp" in folded
        or "telegram" in folded
        or "linkedin" in folded
        or "copy link" in folded
    )


@dataclass(frozen=True, slots=True)
class BodyElements:
    """The elements of a body that the steps after its text read, in page order: found by one
    query and told apart by tag: a query for the three costs little more than one for any."""

    links: list[LexborNode]  # `a[href]`
    images: list[LexborNode]
    cells: list[LexborNode]  # `td`, `th`

    @classmethod
    def of(cls, body: LexborNode) -> BodyElements:
        elements = cls([], [], [])
        by_tag = {"a": elements.links, "img": elements.images}
        for node in select(body, "a[href], img, td, th"):
            by_tag.get(node.tag or "", elements.cells).append(node)
        return elements


def image_caption_cells(root: LexborNode) -> dict[int, str]:
    """Table cells that caption a photo, by `mem_id`, with their text: the Blogger/old-CMS way,
    a small table whose one row holds only the image and another row a short line of text."""
    return _caption_cells(select(root, "table img"))


def _caption_cells(images: list[LexborNode]) -> dict[int, str]:
    """`image_caption_cells` from the images of the root, in or out of a table."""
    found: dict[int, str] = {}
    for image in images:
        table = _ancestor(image, ("table",))
        cell = _ancestor(image, ("td", "th")) if table is not None else None
        if cell is None or table is None or clean_line(cell.text()):
            continue
        rows = select(table, "tr")
        if len(rows) > 3:
            continue
        for other in select(table, "td, th"):
            text = clean_line(other.text())
            is_caption = other.mem_id != cell.mem_id and select_first(other, "img") is None
            if is_caption and 0 < len(text) < 250:
                found[other.mem_id] = text
    return found


def _navigation_cells(cells: list[LexborNode]) -> frozenset[int]:
    """`mem_id`s of the short, mostly-link table cells among `cells`: the menu cell of a
    layout table."""
    found = []
    for cell in cells:
        text = clean_line(cell.text())
        if not text or len(text) >= 80:
            continue
        links = sum(len(clean_line(link.text())) for link in select(cell, "a"))
        if links >= 0.4 * len(text):
            found.append(cell.mem_id)
    return frozenset(found)


def _ancestor(node: LexborNode, tags: tuple[str, ...]) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag not in tags:
        parent = parent.parent
    return parent


def strip_shortcodes(text: str) -> str:
    """The text without WordPress shortcodes; a [caption] takes its caption text with it."""
    if "[" not in text:
        return text
    return clean_lines(SHORTCODE.sub("", CAPTION_SHORTCODE.sub("", text)))


def shortcode_caption(text: str) -> str:
    """The caption of the first [caption]...[/caption] shortcode in the text, or ""."""
    found = CAPTION_SHORTCODE.search(text) if "[" in text else None
    return clean_line(SHORTCODE.sub("", found.group(1))) if found else ""


def document_links(body: LexborNode, base: str) -> list[tuple[str, LexborNode]]:
    """(absolute URL, link node) of each document (PDF, Word, Excel...) linked from the body."""
    return documents_among(select(body, "a[href]"), base)


def documents_among(anchors: list[LexborNode], base: str) -> list[tuple[str, LexborNode]]:
    """`document_links` from the body's `a[href]` elements."""
    links = []
    for link in anchors:
        href = link.attributes.get("href") or ""
        if not _DOCUMENT_PATH.search(href):  # most links are not documents: skip the join
            continue
        url = absolute_url(base, href)
        if url and urlsplit(url).path.lower().endswith(ATTACHMENT_SUFFIXES):
            links.append((url, link))
    return links


def _offers_a_document(paragraph: str, link_texts: set[str]) -> bool:
    """ "Unduh: Surat Edaran" typed between `<br>`s, with no block of its own to skip."""
    return any(
        text and DOWNLOAD_LABEL.fullmatch(paragraph.replace(text, "", 1).strip())
        for text in link_texts
        if text in paragraph
    )


def download_paragraphs(body: LexborNode, links: list[tuple[str, LexborNode]]) -> set[int]:
    """`mem_id`s of paragraphs that only offer a document ("Unduh: <a>Surat Edaran</a>").

    They are links, not prose: the document is kept as an attachment instead.
    """
    found = set()
    for _, link in links:
        block = link.parent
        while block is not None and block.tag not in BLOCK_TAGS:
            block = block.parent
        if block is None or block.mem_id == body.mem_id:
            continue
        rest = clean_line(block.text()).replace(clean_line(link.text()), "", 1)
        if DOWNLOAD_LABEL.fullmatch(rest.strip()):
            found.add(block.mem_id)
    return found


PUBLICATION_META_KEYS = frozenset(
    {
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.issued",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "og:published_time",
        "parsely-pub-date",
        "sailthru.date",
    }
)
"""Older and rarer `<meta>` names of the publication date (`<meta name="date">`, Dublin Core,
news plugins), read case-blind, when Open Graph and JSON-LD give none."""


def metadata_dates(doc: Document, scope: LexborNode) -> list[str]:
    """Publication dates from structured metadata: Open Graph/Yoast, JSON-LD, other `<meta>`
    names of the publication date, `<time>`."""
    candidates = [doc.meta("article:published_time"), doc.meta("datePublished")]
    candidates.extend(_json_ld_dates(doc.json_ld))
    if not any(candidates):
        candidates.extend(doc.metas_named(PUBLICATION_META_KEYS))
    times = [node for node in doc.times if _is_within(node, scope)]
    published = [node for node in times if "published" in (node.attributes.get("class") or "")]
    time = published[0] if published else times[0] if times else None
    if time is not None:
        candidates.append(clean_line(time.attributes.get("datetime") or ""))
    return list(dict.fromkeys(text for text in candidates if text))


def _is_within(node: LexborNode, root: LexborNode) -> bool:
    """`node` is `root` or inside it (as `root.css` finds it)."""
    root_id = root.mem_id
    ancestor: LexborNode | None = node
    while ancestor is not None and ancestor.mem_id != root_id:
        ancestor = ancestor.parent
    return ancestor is not None


def _json_ld_dates(scripts: tuple[LexborNode, ...]) -> list[str]:
    dates: list[str] = []
    for script in scripts:
        try:
            data = json.loads(script.text())
        except ValueError:
            continue
        pending = [data]
        while pending:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(reversed(item))
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and value.strip():
                    dates.append(clean_line(value))
                pending.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))
    return dates


def _first_content_child(body: LexborNode) -> LexborNode | None:
    """The first element of the body that has text or is a figure, inside any wrappers."""
    node: LexborNode | None = body
    while node is not None:
        child = next((c for c in node.iter() if c.tag == "figure" or clean_line(c.text())), None)
        if child is None or child.tag not in _WRAPPERS:
            return child
        node = child
    return None


_WRAPPERS = frozenset(["div", "section", "article", "table", "tbody", "tr", "td", "font", "center"])
"""Elements a theme may wrap the body's paragraphs in; the opening paragraph is inside."""


def is_wholly_italic(paragraph: LexborNode) -> bool:
    """A short paragraph all in `<em>`/`<i>`: a photo caption typed as the first paragraph."""
    if next(paragraph.iter(), None) is None:
        return False  # text alone: no element to be italic, and no text to read
    text = clean_line(paragraph.text())
    if not text or len(text) >= 400:
        return False  # empty or long: no walk needed
    italic = "".join(node.text() for node in tagged(paragraph, ("em", "i")))
    return clean_line(italic) == text


def caption_of(image: LexborNode) -> str:
    """The caption of the figure an image sits in, or ""."""
    figure = _frame(image)[0]
    return _figure_caption(figure) if figure is not None else ""


def _frame(image: LexborNode) -> tuple[LexborNode | None, LexborNode | None]:
    """The figure an image sits in, and the innermost table below it, found in one climb
    that stops at the figure or at `<body>`."""
    node, table = image.parent, None
    while node is not None and node.tag != "body":
        if node.tag == "figure":
            return node, table
        if node.tag == "table" and table is None:
            table = node
        node = node.parent
    return None, table


def _figure_caption(figure: LexborNode) -> str:
    """A figure's `<figcaption>`, else its WordPress `.wp-caption-text`, or ""."""
    return _figcaption(figure) or first_text(figure, (".wp-caption-text",))


def _figcaption(figure: LexborNode) -> str:
    """The text of the figure's first `<figcaption>` that has some, found by a walk (see
    `tagged`), or ""."""
    captions = (clean_line(one_line_text(node)) for node in tagged(figure, ("figcaption",)))
    return next(filter(None, captions), "")


def photo_caption(image: LexborNode) -> str:
    """A photo's caption however the sites print it: its figure's caption, the line right
    after it (`caption_after`), the [caption] shortcode it sits in, or the caption cell of
    its table (`image_caption_cells`). The generic reader reads the same from its walk."""
    figure, table = _frame(image)
    caption = _figure_caption(figure) if figure is not None else ""
    if caption:
        return caption
    line = caption_after(image)
    if line is not None:
        return clean_line(line.text())
    caption = image_shortcode_caption(image)
    cells = image_caption_cells(table) if table is not None and not caption else {}
    return caption or next(iter(cells.values()), "")


def image_shortcode_caption(image: LexborNode) -> str:
    """The caption of the [caption] shortcode an image sits in (`[caption ...]<img> text
    [/caption]`), read only when the text right before the image opens one: an image's
    element may be the whole body, too long to read for nothing."""
    before, parent = image.prev, image.parent
    if before is None or before.tag != "-text" or parent is None or "[" not in before.text():
        return ""
    return shortcode_caption(parent.text())
