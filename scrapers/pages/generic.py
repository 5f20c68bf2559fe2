"""The generic reader: an article in any theme, read by structure, never by class names.

The page is walked once into text runs (a run is the text of one block, or of one `<br><br>`
paragraph inside a block), each with its link share and heading level; the page chrome (`nav`,
`aside`, and a `header`/`footer` outside `<article>`/`<main>`) is left unread behind one
separator. Each run weighs its length less a fixed cost, links weigh against, and the body is the
contiguous stretch of runs with the largest total (a maximum subarray), kept to the element
that holds most of it. The title is the heading before the body that the page's `og:title` or
`<title>` names, else the nearest main heading. Credits, tags, images, attachments and date
clues come from around that body with the steps every layout shares.

The reader scores how sure it is (`confidence`); below CONFIDENCE_THRESHOLD it raises
ExtractionError("unrecognised layout ...") rather than archive a guess. Pages that list
articles (teasers with excerpts, a numbered pager) raise NotAnArticle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from scrapers.article import Article, Credit, DateClue, ExtractionError, Image, NotAnArticle
from scrapers.dates import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS
from scrapers.pages.base import (
    BOILERPLATE_LINES,
    READ_ALSO,
    Document,
    canonical_of,
    caption_of,
    date_clues_of,
    document_links,
    image_caption_cells,
    image_shortcode_caption,
    is_noise_paragraph,
    is_share_line,
    is_wholly_italic,
    shortcode_caption,
    strip_shortcodes,
)
from scrapers.pages.boxes import (
    caption_after,
    in_other_box,
    is_control_image,
    is_pager_text,
)
from scrapers.pages.credits import parse_credit_block, split_credits
from scrapers.pages.nodes import (
    BLOCK_TAGS,
    BR,
    SILENT_TAGS,
    absolute_url,
    br_paragraphs,
    chunk_text,
    select,
)
from scrapers.text import clean_line
from scrapers.urls import host_of

NAME = "generic"
CONFIDENCE_THRESHOLD = 0.6
"""Below this the page is an unrecognised layout: a title and ~2 real paragraphs clear it."""

RUN_COST = 45
"""Characters a run must exceed to count for the body: captions, dates, labels do not."""
LINK_SHARE = 0.6
"""A run whose links make up more than this share of its text is navigation, not prose."""
MAX_CELLS = 4
"""Cells of a table row read as one credit line: label, colon, name and a spare."""
MIN_ENTRIES = 3
"""Dated headings that make a page an agenda (an article has one: its own title)."""
MIN_GALLERY_IMAGES = 4
MAX_GALLERY_TEXT = 300
"""A page with this many photos and less text than this is a gallery."""
MIN_INDEX_DOCUMENTS = 3
"""Document links that make an unreadable page a document index."""

CHROME_TAGS = frozenset({"nav", "aside"})
PAGE_CHROME_TAGS = frozenset({"header", "footer"})  # chrome only outside <article>/<main>
CONTENT_TAGS = frozenset({"article", "main"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
IMAGE_TAGS = frozenset({"img", "amp-img"})

EXTRA_BOILERPLATE = frozenset(
    line.casefold()
    for line in (
        "Recent Comments",
        "Komentar Terbaru",
        "|",
        "Share",
        "Share:",
        "Bagikan",
        "Bagikan:",
        "Berita",
        "Berita Terkait",
        "Berita Lainnya",
        "Berita Terbaru",
        "Tinggalkan Balasan",
        "Leave a Reply",
        "Print",
        "Cetak",
    )
)
TAG_LINKS = ", ".join(
    f'a[href*="{path}"]' for path in ("/tag/", "/tags/", "/label/", "/taxonomy/term/")
)
"""Links to a tag page, the tags of a theme that prints no "Tag" label."""
TAG_LABEL = re.compile(
    r"(?<!\w)(tags?|label|labels|kata kunci|tagged)(\s*[:：]|(?=\s|$))\s*", re.IGNORECASE
)
SITE_NAME = re.compile(
    r"(?i:bawaslu|badan pengawas pemilihan umum)"
    r"(\s+(?i:ri|republik indonesia)"
    r"|\s+(?i:provinsi|prov\.?|kabupaten|kab\.?|kota)(\s+[A-Z][\w.'-]*){1,4})?"
)
"""A site's name on its own: "Bawaslu", "Bawaslu RI", "Bawaslu Kabupaten Nganjuk"."""
SITE_AFFIX = re.compile(r"(?i:bawaslu|badan pengawas pemilihan umum)\b(\s+\S+){0,5}")
"""The part of a <title> before or after its separator that names the site, more loosely."""
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")
ERROR_TEXT = re.compile(
    r"halaman (yang anda cari |yang diminta )?(tidak|tak) (dapat |bisa )?(ditemukan|ada|tersedia)"
    r"|page not found|page can.t be found|nothing was found|^\s*404\b|\berror 404\b"
    r"|\b404 not found",
    re.IGNORECASE,
)
NEXT_TEXT = re.compile(r"[›»>]+|(next|berikutnya|selanjutnya|lanjut)( [›»>]+)?")
PAGE_HREF = re.compile(r"(page|hal|halaman|start|offset|paged)=\d|/page/\d", re.IGNORECASE)

POSTED_BY_WORDS = ("ditulis oleh", "diposting oleh", "posted by", "diunggah oleh")
BYLINE_WORDS = ("ditulis", "diposting", "posted", "diunggah", "dipublikasikan", "wib", "wita")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A short line with these, and no closing full stop, dates the page: a byline."""
TAG_WORDS = ("tag", "label", "kata kunci")
ERROR_WORDS = ("halaman", "found", "404")
"""Words looked for in case-folded text (see `_has_any`) that let most lines skip the slower
patterns above. Every match of ERROR_TEXT holds one of ERROR_WORDS, folded: "halaman", "found"
and "404" have no i, k or s, the letters that match a character of another fold under
IGNORECASE."""
DOWNLOAD_LINE = re.compile(r"(unduh|download|lampiran|file)\s*:.{0,200}", re.IGNORECASE)
ASIDE_LINE = re.compile(f"(?:{READ_ALSO.pattern})|(?:{DOWNLOAD_LINE.pattern})\\Z", re.IGNORECASE)
"""A "Baca juga" line or a whole download line, in one `match`."""
ASIDE_INITIALS = frozenset("bBdDfFlLsSuU\u017f")  # U+017F, long s, is an s to IGNORECASE
"""Every character an ASIDE_LINE can open with: most lines are tested by one set lookup, not a
call to `match`."""

_Shift = tuple[int, int, int, int]
"""What entering a block adds to the walk's counts: (content, heading, caption, table)."""
_SHIFTS: dict[str, _Shift] = {
    tag: (int(tag in CONTENT_TAGS), HEADINGS.get(tag, 0), int(tag in ("figure", "figcaption")), 0)
    for tag in (*CONTENT_TAGS, *HEADINGS, "figure", "figcaption")
}
_BLOCK_SHIFTS: dict[str, _Shift | None] = {
    tag: _SHIFTS.get(tag) for tag in BLOCK_TAGS | PAGE_CHROME_TAGS
} | {"table": (0, 0, 0, 1)}
"""Per block tag, its shift (None for most blocks: nothing to count), undone when it closes."""
_INLINE, _LINK, _BLOCK = 1, 2, 3
"""What the walk must undo when an element it entered closes: nothing, a link, a block."""
_LINK_OPEN, _LINK_CLOSE = "\ue000", "\ue001"
_LINK_TEXT = re.compile(f"{_LINK_OPEN}([^{_LINK_CLOSE}]*){_LINK_CLOSE}")
_WORD = re.compile(r"\w{4,}")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
"""A word of three letters or more, no digits: "Senin", "WIB", "Admin", not "12" or "by"."""
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
DATE_ALONE = re.compile(
    rf"(?:{WEEKDAY_PATTERN}\.?,?\s*)?"
    rf"(?:\d{{1,2}}\s+{MONTH_PATTERN}\.?,?\s+\d{{4}}"
    rf"|{MONTH_PATTERN}\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)
"""A date and nothing else: "Senin, 06 Februari 2023", "Monday, February 6, 2023", "06/02/2023"."""
MAX_DATE_HEADER = 40
MAX_STANDFIRST = 300
"""A standfirst is a sentence or two; a paragraph of news printed apart is longer."""
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Run:
    """The text of one block (or one `<br><br>` paragraph of it) in document order."""

    text: str
    link_chars: int
    owner: LexborNode  # the nearest block element around the text
    heading: int  # 1-6 inside h1-h6, else 0
    chrome: bool  # stands for a nav, aside, or the page's own header/footer (left unread)
    caption: bool  # inside a figure or figcaption: a photo caption, never body
    title_links: int = 0  # links of four words or more: teaser titles on a listing
    opens_with_title_link: bool = False  # a teaser row: its title link, then an excerpt
    weight: float = 0.0  # see `weigh`
    ancestors: frozenset[int] = frozenset()  # `mem_id`s of the block elements around it

    @property
    def link_share(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Walk:
    """Everything the reader needs from one pass over the page."""

    runs: list[Run] = field(default_factory=list)
    images: list[tuple[int, LexborNode, bool]] = field(default_factory=list)
    # (run index, <img>, inside a figure or figcaption)
    contents: dict[int, LexborNode] = field(default_factory=dict)  # <article>/<main> read, in order
    captions: dict[int, str] = field(default_factory=dict)
    # the photo captions' blocks by `mem_id`, with their text: lines after a photo (see
    # `caption_after`) and table cells (see `image_caption_cells`)
    photo_captions: dict[int, str] = field(default_factory=dict)  # `caption_after`, by <img>


@dataclass(frozen=True, slots=True)
class Body:
    """The body: its runs [start, end) (start is its first paragraph's), paragraphs, credits."""

    start: int
    end: int
    paragraphs: list[str]
    credit_paragraphs: list[str]
    credits: tuple[Credit, ...]  # read from `credit_paragraphs`


def read_generic(doc: Document) -> Article:
    """The article on any page; NotAnArticle for listings, ExtractionError when unsure."""
    walk = walk_page(doc)
    reference = reference_title(doc)
    if is_error_message(walk.runs):
        raise NotAnArticle("error page", doc.url)
    start, end = main_stretch(walk.runs)
    if is_listing(doc, walk, start, end):
        raise NotAnArticle("listing page", doc.url)
    if is_event_list(walk.runs):
        raise NotAnArticle("event list", doc.url)
    if end <= start:
        reject_document_index(doc)
        raise ExtractionError("unrecognised layout (no run of paragraphs)", doc.url)
    title, title_index = choose_title(walk.runs, start, reference)
    block = _common_block(walk.runs[start:end])
    body = read_body(walk.runs, start, end, title, block)
    lead, body_paragraphs, italic = split_lead(walk.runs, body)
    lead = lead or standfirst(walk.runs, title_index, body.start, title)
    paragraphs, credit_paragraphs, credits = split_credits(body_paragraphs)
    credit_paragraphs += body.credit_paragraphs
    credits += body.credits
    text = "\n\n".join(filter(None, paragraphs))  # run texts are clean: no second cleaning
    sure = confidence(title, text, paragraphs, walk.runs[start:end])
    if sure < CONFIDENCE_THRESHOLD:
        reject_document_index(doc)
        missing = "no title" if not title else f"confidence {sure:.2f} < {CONFIDENCE_THRESHOLD}"
        raise ExtractionError(f"unrecognised layout ({missing})", doc.url)
    first = title_index if title_index >= 0 else start
    images = find_images(walk, first, body.end, doc.url, (italic, lead))
    if is_gallery(images, text):
        raise NotAnArticle("gallery", doc.url)
    documents = document_links(block or doc.root, doc.url)
    url = canonical_of(doc)
    return Article(
        url=url,
        host=host_of(url),
        layout=NAME,
        title=title,
        body=text,
        lead=lead,
        tags=find_tags(doc, walk, start),
        credits=credits,
        credits_raw="\n".join(credit_paragraphs),
        images=images,
        attachments=tuple(dict.fromkeys(url for url, _ in documents)),
        date_clues=date_clues(doc, walk.runs, title_index, start, text),
        node_id=doc.node_id,
    )


# -- the walk -----------------------------------------------------------------------------------


def walk_page(doc: Document) -> Walk:
    """Text runs and images of the page's <body>, in one iterative pass."""
    root = doc.tree.body or doc.root
    walker = _Walker()
    if root is not None:
        walker.walk(root)
    return walker.result


class _Walker:
    """The state of one walk: the text being gathered and the elements it sits in."""

    def __init__(self) -> None:
        self.result = Walk()
        self.parts: list[str] = []
        self.owners: list[LexborNode] = []
        self.owner_ids: list[int] = []
        self.open_ids: frozenset[int] | None = None  # `owner_ids` as a set, until it changes
        self.content = self.heading = self.caption = self.tables = 0  # open blocks' shifts

    def walk(self, root: LexborNode) -> None:
        """Visit the tree in document order by first child and next sibling, each element
        closed once its last child is done: no stack of every node, no markers to pop.

        The tests go from the most frequent node (text) to the rarest, and a block's opening
        and closing are inline: this loop runs for every node of the page."""
        self.owners.append(root)
        self.owner_ids.append(root.mem_id)
        parts, owners, owner_ids = self.parts, self.owners, self.owner_ids
        images, runs, captions = self.result.images, self.result.runs, self.result.captions
        opened: list[tuple[LexborNode, int, _Shift | None]] = []  # with what closing undoes
        links = 0  # how many <a> the walk is inside
        node = root
        while True:
            tag = node.tag
            if tag == "-text":
                if links:
                    parts.append(f"{_LINK_OPEN}{node.text_content or ''}{_LINK_CLOSE}")
                elif parts:
                    parts.append(node.text_content or "")
                elif not node.is_empty_text_node:  # leading blank text would end in no run
                    text = node.text_content or ""
                    if not text.isspace():
                        parts.append(text)
            else:
                kind, shift = 0, None  # 0: a node the walk does not enter
                if tag in _BLOCK_SHIFTS:
                    if tag in CHROME_TAGS or (tag in PAGE_CHROME_TAGS and not self.content):
                        self.skip_chrome(node)
                    else:
                        if parts:
                            self.flush()
                        node_id = node.mem_id
                        owners.append(node)
                        owner_ids.append(node_id)
                        self.open_ids = None
                        kind, shift = _BLOCK, _BLOCK_SHIFTS[tag]
                        if node_id in captions:
                            shift = (*shift[:2], shift[2] + 1, shift[3]) if shift else (0, 0, 1, 0)
                        if shift is not None:
                            self.shift(node, shift)
                elif tag == "a":
                    links += 1
                    kind = _LINK
                elif tag == "br":
                    parts.append(BR)
                elif tag in IMAGE_TAGS:
                    images.append((len(runs), node, self.caption > 0))
                    caption = caption_after(node) if tag == "img" else None  # it follows the photo
                    if caption is not None:
                        self.add_caption(node, caption)
                elif tag not in SILENT_TAGS:
                    kind = _INLINE
                if kind:
                    child = node.first_child
                    if child is not None:
                        opened.append((node, kind, shift))
                        node = child
                        continue
                    if kind == _LINK:
                        links -= 1
                    elif kind == _BLOCK:
                        self.close(shift)
            while opened:  # the next sibling, else close the parent and try its next
                following = node.next
                if following is not None:
                    node = following
                    break
                node, kind, shift = opened.pop()
                if kind == _LINK:
                    links -= 1
                elif kind == _BLOCK:
                    self.close(shift)
            else:
                break
        self.flush()

    def shift(self, node: LexborNode, shift: _Shift) -> None:
        """Count a block that is content, a heading, a caption or a table; keep each
        `<article>`/`<main>`, and the photo captions of the outermost tables, read before
        their cells (see `image_caption_cells`): a page with no table needs no query."""
        content, heading, caption, table = shift
        if content:
            self.content += content
            self.result.contents[node.mem_id] = node
        if table and not self.tables:
            self.result.captions.update(image_caption_cells(node))
        self.heading += heading
        self.caption += caption
        self.tables += table

    def add_caption(self, image: LexborNode, caption: LexborNode) -> None:
        """Keep the line after a photo as its caption, unless it dates the page instead."""
        text = clean_line(caption.text())
        if not is_meta_line(text) and not _is_chrome_line(text):
            self.result.captions[caption.mem_id] = text
            self.result.photo_captions[image.mem_id] = text

    def close(self, shift: _Shift | None) -> None:
        """Close a block: its text flushed, then its shift undone."""
        if self.parts:
            self.flush()
        self.owners.pop()
        self.owner_ids.pop()
        self.open_ids = None
        if shift is not None:
            content, heading, caption, table = shift
            self.content -= content
            self.heading -= heading
            self.caption -= caption
            self.tables -= table

    def skip_chrome(self, node: LexborNode) -> None:
        """Leave navigation, sidebars and the page's header/footer unread: one separator run
        stands for them, so no body is ever read across them."""
        self.flush()
        separator = Run("", 0, node, heading=0, chrome=True, caption=False, weight=-1000.0)
        separator.ancestors = frozenset([*self.owner_ids, node.mem_id])
        self.result.runs.append(separator)

    def flush(self) -> None:
        """Close the text gathered so far into runs, one per `<br><br>` paragraph."""
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts.clear()
        for chunk in br_paragraphs(raw):
            self._add_run(chunk)

    def _add_run(self, chunk: str) -> None:
        link_chars = title_links = 0
        opens = False
        if _LINK_OPEN in chunk:
            links = _LINK_TEXT.findall(chunk.replace(_LINK_CLOSE + _LINK_OPEN, ""))
            for link in links:
                link_chars += len(clean_line(link))
                title_links += len(link) >= 20 and len(link.split()) >= 4
            opens = title_links > 0 and chunk.lstrip().startswith(_LINK_OPEN)
            opens = opens and len(links[0].split()) >= 4
            chunk = chunk.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")
        text = chunk_text(chunk)
        if not text:
            return
        heading, caption = self.heading, self.caption > 0
        link_chars = min(link_chars, len(text))
        if self.open_ids is None:  # one set for all the runs between two tags
            self.open_ids = frozenset(self.owner_ids)
        weight = weigh(text, link_chars, heading, caption)
        owner, ancestors = self.owners[-1], self.open_ids
        run = Run(
            text, link_chars, owner, heading, False, caption, title_links, opens, weight, ancestors
        )
        self.result.runs.append(run)


# -- the body -----------------------------------------------------------------------------------


def weigh(text: str, link_chars: int, heading: int, caption: bool) -> float:
    """How much a run speaks for being body text: prose for, links, chrome and labels against."""
    size = len(text)
    if text[:1] in ASIDE_INITIALS and ASIDE_LINE.match(text):
        return -10.0  # an aside inside the body: it must not cut the body in two
    if link_chars and link_chars / size > LINK_SHARE:
        return -2.0 * size - 60  # a teaser's title link outweighs its excerpt
    if heading or caption:
        return -40.0
    if size > 150 and "\n" not in text:  # prose: `_is_chrome_line` would only retest
        return size - RUN_COST  # READ_ALSO, and no byline is this long
    if _is_chrome_line(text):
        return -40.0
    if size < 150 and is_byline(text):
        return -30.0
    return size - RUN_COST


def main_stretch(runs: list[Run]) -> tuple[int, int]:
    """[start, end) of the runs with the largest total weight, kept to one element."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for index, run in enumerate(runs):
        if total <= 0:
            total, start = 0.0, index
        total += run.weight
        if total > best:
            best, best_start, best_end = total, start, index + 1
    return _within_one_element(runs, best_start, best_end)


def _within_one_element(runs: list[Run], start: int, end: int) -> tuple[int, int]:
    """The stretch trimmed to the runs under the element that holds most of its weight.

    A stretch can run on past the article into a block of teasers with long excerpts; the
    article's own element holds its heaviest paragraph and nearly all of its weight.
    """
    if end - start < 2:
        return start, end
    weights = [max(run.weight, 0.0) for run in runs[start:end]]
    heaviest = start + weights.index(max(weights))
    chains = [run.ancestors for run in runs[start:end]]
    needed = 0.8 * sum(weights)
    node: LexborNode | None = runs[heaviest].owner
    while node is not None:
        node_id = node.mem_id
        held = sum(w for w, chain in zip(weights, chains, strict=True) if node_id in chain)
        if held >= needed:
            inside = [i for i, chain in enumerate(chains) if node_id in chain]
            return start + inside[0], start + inside[-1] + 1
        node = node.parent
    return start, end


def read_body(runs: list[Run], start: int, end: int, title: str, block: LexborNode | None) -> Body:
    """The stretch's paragraphs without boilerplate, and the credit runs that follow it.

    Short runs after the stretch but inside the element that holds it (`block`, see
    `_common_block`: a closing list, a last short sentence) are body too, up to the credits
    or the tag block.
    """
    known: dict[int, tuple[Credit, ...] | None] = {}  # each run's credits, read once

    def credits_of(index: int) -> tuple[Credit, ...] | None:
        if index not in known:
            known[index] = parse_credit_block(runs[index].text)
        return known[index]

    block_id = block.mem_id if block is not None else None
    if block is not None and all(run.owner.mem_id == block_id for run in runs[start:end]):
        block = block.parent  # one element of `<br>` paragraphs: its siblings may follow it
    while end < len(runs) and block is not None and _is_inside(runs[end], block):
        run = runs[end]
        if run.heading or run.chrome or TAG_LABEL.fullmatch(run.text):
            break
        if len(run.text) < 150 and _has_any(run.text.casefold(), POSTED_BY_WORDS):
            break  # a post's footer ("Diposting oleh X"), after the last paragraph
        if run.owner.tag in ("td", "th") and run.owner.mem_id not in runs[end - 1].ancestors:
            break  # the next cell of a layout table: a sidebar, not the body
        if credits_of(end) is not None:
            break
        end += 1
    folded_title = title.casefold()
    paragraphs = []
    first = end
    for index in range(start, end):
        run = runs[index]
        if run.chrome or run.caption or run.link_share > LINK_SHARE:
            continue
        if _folds_to(run.text, folded_title) or _is_chrome_line(run.text):
            continue
        text = strip_shortcodes(run.text)
        if text:
            paragraphs.append(text)
            first = min(first, index)
    credit_paragraphs: list[str] = []
    credits_found: list[Credit] = []
    index = end
    while index < len(runs) and index < end + 8:
        run = runs[index]
        line, following = run.text, index + 1
        credits = credits_of(index)
        if not credits and run.owner.tag in ("td", "th", "dt"):  # "Editor:" | "Name"
            line, following = _cells_line(runs, index)
            credits = parse_credit_block(line)
        if credits is not None and not run.chrome:
            credit_paragraphs.append(line)
            credits_found.extend(credits)
            index = following
            continue
        if run.heading or run.weight > 0:  # the next section, or prose: no credits follow
            break
        index += 1
    last = index if credit_paragraphs else end
    return Body(first, last, paragraphs, credit_paragraphs, tuple(credits_found))


def _folds_to(text: str, folded: str) -> bool:
    """`text.casefold() == folded`, without folding a text too long to match (casefold never
    shortens a text)."""
    return len(text) <= len(folded) and text.casefold() == folded


def _cells_line(runs: list[Run], index: int) -> tuple[str, int]:
    """The line a table row or a `<dt>`/`<dd>` pair prints ("Penulis | : | Nur Azizah" reads
    "Penulis: Nur Azizah"), else the run's own text; and the index of the run after it."""
    owner = runs[index].owner
    following = index + 1
    if owner.tag in ("td", "th") and owner.parent is not None and owner.parent.tag == "tr":
        row = owner.parent.mem_id
        while following < len(runs) and following < index + MAX_CELLS:
            cell = runs[following].owner
            if cell.tag not in ("td", "th") or cell.parent is None or cell.parent.mem_id != row:
                break
            if cell.mem_id == runs[following - 1].owner.mem_id:
                return runs[index].text, index + 1  # a cell of paragraphs: a layout table
            following += 1
    elif owner.tag == "dt" and following < len(runs) and runs[following].owner.tag == "dd":
        following += 1
    if following == index + 1:
        return runs[index].text, following
    label = runs[index].text.rstrip(" :：")
    values = [run.text for run in runs[index + 1 : following] if run.text.strip(" :：")]
    return f"{label}: {' '.join(values)}", following


def _is_inside(run: Run, block: LexborNode) -> bool:
    return block.mem_id in run.ancestors


def split_lead(runs: list[Run], body: Body) -> tuple[str, list[str], int]:
    """The photo caption or standfirst, the body paragraphs without it, and the index of the
    run it came from when it is a wholly italic paragraph (a caption typed under the photo
    it may caption, see `find_images`), else -1.

    The caption of a figure just before (or opening) the body, a [caption] shortcode just
    before or opening it, or a wholly italic first paragraph (judged by its owner element).
    """
    window = runs[max(body.start - 3, 0) : body.start + 1]
    for run in window:
        if run.caption and not run.chrome:
            return run.text, body.paragraphs, -1
    for run in window:  # a paragraph that is only a [caption] reads as no body paragraph
        caption = "" if run.chrome else shortcode_caption(run.text)
        if caption:
            return caption, body.paragraphs, -1
    owner = runs[body.start].owner if body.start < len(runs) else None
    if body.paragraphs and owner is not None and _is_paragraph_in_italics(owner):
        return body.paragraphs[0], body.paragraphs[1:], body.start
    before = runs[body.start - 1] if body.start > 0 else None
    if before is not None and not before.chrome and _is_paragraph_in_italics(before.owner):
        return before.text, body.paragraphs, body.start - 1
    return "", body.paragraphs, -1


def standfirst(runs: list[Run], title_index: int, start: int, title: str) -> str:
    """The summary a theme prints between the title and the body's element, or "".

    It must be the one run of prose there (the bylines, labels, share lines, links and
    captions beside it weigh nothing, see `weigh`), a sentence that ends with a full stop,
    shorter than a paragraph of news, with no link, and neither the title again nor a credit
    line. Such a run is never body: the body's element begins after it.
    """
    if title_index < 0:
        return ""
    found: Run | None = None
    for run in runs[title_index + 1 : start]:
        if run.weight <= 0:
            continue
        if found is not None:
            return ""  # two runs of prose: the start of something else, not a summary
        found = run
    if found is None or found.link_chars or len(found.text) > MAX_STANDFIRST:
        return ""
    text = found.text
    if "\n" in text or not text.endswith((".", "!", "?")) or _folds_to(text, title.casefold()):
        return ""
    return text if parse_credit_block(text) is None else ""


def _is_paragraph_in_italics(node: LexborNode) -> bool:
    return node.tag == "p" and is_wholly_italic(node)


def _is_chrome_line(text: str) -> bool:
    if len(text) > 150 and "\n" not in text:  # prose: only a "Baca juga" line can be chrome
        return READ_ALSO.match(text) is not None
    folded = text.casefold()
    if folded in EXTRA_BOILERPLATE or is_noise_paragraph(text):
        return True
    if len(text) < 40 and TAG_LABEL.fullmatch(text):
        return True
    return len(text) < 30 and BOILERPLATE_LINES.issuperset(folded.split())


def is_byline(text: str) -> bool:
    """A short line that dates the page ("Ditulis oleh X pada Kamis, 12 Desember 2019")."""
    if text.endswith((".", '"', "”")):
        return False
    folded = text.casefold()
    return _has_any(folded, BYLINE_WORDS) or _has_year(text)


def is_meta_line(text: str) -> bool:
    """A date or byline line ("Senin, 12 Januari 2024 | 10:00 WIB", "Diposting oleh Admin"):
    it dates the page or names who posted it, with at most two words besides the date's, so
    it is no photo's caption (a caption dated "Senin (12/2/2024)" says what the photo shows).
    """
    if not is_byline(text):
        return False
    if _has_any(text.casefold(), POSTED_BY_WORDS):
        return True
    own = [word for word in _LETTERS.findall(text) if word.casefold() not in DATE_WORDS]
    return len(own) < 3


def _has_year(text: str) -> bool:
    """YEAR is in `text`; most lines have neither "19" nor "20", which every year has."""
    return _has_any(text, ("19", "20")) and YEAR.search(text) is not None


def is_error_text(text: str) -> bool:
    """ "Halaman tidak ditemukan", "Page not found", "404" as a page says it."""
    folded = text.casefold()
    return _has_any(folded, ERROR_WORDS) and ERROR_TEXT.search(text) is not None


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """One of `words` is in `text`: plain substring searches, faster than one pattern (and
    this loop is twice as fast as `any()` over a generator)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def _common_block(runs: list[Run]) -> LexborNode | None:
    """The nearest element holding every run of the body."""
    if not runs:
        return None
    shared = runs[0].ancestors
    for run in runs[1:]:
        shared &= run.ancestors
    node: LexborNode | None = runs[0].owner
    while node is not None and node.mem_id not in shared:
        node = node.parent
    return node


# -- title, listing, confidence -----------------------------------------------------------------


def reference_title(doc: Document) -> str:
    """What the page's metadata calls it: og:title, else <title> without the site's name."""
    og = doc.meta("og:title")
    if og and not SITE_NAME.fullmatch(og):
        return strip_site_name(og)
    node = next((node for node in doc.headings if node.tag == "title"), None)  # page order
    return strip_site_name(clean_line(node.text())) if node is not None else ""


def strip_site_name(title: str) -> str:
    """ "Judul | Bawaslu Provinsi Lampung" or "Bawaslu Kab. Blora - Judul" without the site."""
    for separator in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and SITE_AFFIX.fullmatch(tail.strip()):
            return strip_site_name(head.strip())
        head, found, tail = title.partition(separator)
        if found and SITE_AFFIX.fullmatch(head.strip()):
            return tail.strip()
    return "" if SITE_NAME.fullmatch(title) else title


def choose_title(runs: list[Run], start: int, reference: str) -> tuple[str, int]:
    """The title and the index of its run (-1 when it came from metadata only).

    The heading before the body that the metadata names (a doubled title is read once);
    else any short line before the body that equals it; else the nearest main heading; else
    the metadata's title; else a headline-like line just before the body.
    """
    before = [
        (index, run)
        for index, run in enumerate(runs[:start])
        if not run.chrome and not run.caption and len(run.text) < 300
    ]
    folded = reference.casefold()
    if folded:
        for index, run in reversed(before):
            if _folds_to(_one_line(run.text), folded):
                return _one_line(run.text), index
        for index, run in reversed(before):  # a title and its date line split by one <br>
            for line in run.text.splitlines():
                if _folds_to(line, folded):
                    return line, index
    headings = [(i, run) for i, run in before if run.heading and _could_be_title(run.text)]
    for level in (1, 2, 3):
        for index, run in reversed(headings):
            if run.heading == level:
                return _one_line(run.text), index
    if reference:
        return reference, -1
    return _title_line_before(runs, start)


def _one_line(text: str) -> str:
    """A run's text on one line, as `" ".join(text.split())` would put it: its lines are
    clean (one space between words, none at the ends), so only the line breaks change."""
    return text.replace("\n", " ")


def _title_line_before(runs: list[Run], start: int) -> tuple[str, int]:
    """A title printed as a plain line (`<div class="judul">`): the nearest line just before
    the body that reads like a headline, past its date line and photo."""
    for index in range(start - 1, max(start - 5, -1), -1):
        run = runs[index]
        if run.chrome or run.weight <= -100:
            break
        text = _one_line(run.text)
        if run.caption or is_byline(text) or run.link_share > LINK_SHARE:
            continue
        if 3 <= len(text.split()) <= 30 and not text.endswith(".") and _could_be_title(text):
            return text, index
    return "", -1


def _could_be_title(text: str) -> bool:
    folded = text.casefold()
    return (
        folded not in EXTRA_BOILERPLATE
        and folded not in BOILERPLATE_LINES
        and not SITE_NAME.fullmatch(text)
        and len(text.split()) >= 2
    )


def is_listing(doc: Document, walk: Walk, start: int, end: int) -> bool:
    """Many title links (a numbered pager, or little prose besides), or teasers with excerpts
    around a body no longer than a few of them.

    An article's related-news block has title links and teasers too, but its body dwarfs them.
    """
    runs = walk.runs
    body_size = sum(len(run.text) for run in runs[start:end] if run.weight > 0)
    title_links, excerpts = 0, []
    for index, run in enumerate(runs):
        if run.chrome or not run.title_links:
            continue
        title_links += run.title_links
        own_text = len(run.text) - run.link_chars
        if own_text >= 80:
            excerpts.append(own_text)
        elif run.link_share >= 0.8:
            following = next((r for r in runs[index + 1 : index + 4] if r.weight > 0), None)
            if following is not None:
                excerpts.append(len(following.text))
    if title_links >= 4 and (body_size < 200 or pager_links(doc) >= 2):
        return True
    rows = [run for run in runs[start:end] if run.opens_with_title_link]
    if len(rows) >= 3 and not READ_ALSO.match(rows[0].text):
        return True
    if len(excerpts) < 3:
        return False
    return body_size < 4 * sorted(excerpts)[len(excerpts) // 2]


def is_event_list(runs: list[Run]) -> bool:
    """Several headings, not links, each with a date line next to it: an agenda's entries.

    An article has one such pair (its title and date line); a listing's teaser titles are
    links, which `is_listing` weighs.
    """
    entries = 0
    for index, run in enumerate(runs):
        if not run.heading or run.chrome or run.link_share >= 0.5:
            continue
        neighbours = runs[max(index - 1, 0) : index] + runs[index + 1 : index + 2]
        entries += any(_is_date_line(neighbour) for neighbour in neighbours)
    return entries >= MIN_ENTRIES


def _is_date_line(run: Run) -> bool:
    text = run.text
    return not run.heading and not run.chrome and len(text) < 80 and _has_year(text)


def is_gallery(images: tuple[Image, ...], text: str) -> bool:
    """Many photos around a sentence or two: a gallery page, not a news story."""
    return len(images) >= MIN_GALLERY_IMAGES and len(text) < MAX_GALLERY_TEXT


def reject_document_index(doc: Document) -> None:
    """NotAnArticle when a page the reader cannot read as prose links several documents
    outside its chrome: a table of regulations or downloads, not a broken article."""
    root = doc.tree.body or doc.root
    links = document_links(root, doc.url) if root is not None else []
    if sum(not _in_page_chrome(link) for _, link in links) >= MIN_INDEX_DOCUMENTS:
        raise NotAnArticle("document index", doc.url)


def pager_links(doc: Document) -> int:
    """Links to a numbered listing page, or labelled "next", anywhere on the page."""
    count = 0
    for link in select(doc.root, "a[href]"):
        text = link.text().strip().lower()
        if not text or len(text) > 15:
            continue
        attributes = link.attributes
        numbered = text.isdigit() and PAGE_HREF.search(attributes.get("href") or "")
        if numbered or NEXT_TEXT.fullmatch(clean_line(text)) or attributes.get("rel") == "next":
            count += 1
    return count


def is_error_message(runs: list[Run]) -> bool:
    """A page whose little text says "halaman tidak ditemukan" / "page not found"."""
    size, short = 0, []
    for run in runs:  # one pass, left as soon as the page has too much text
        if run.chrome:
            continue
        size += len(run.text)
        if size > 1500:
            return False
        if len(run.text) < 200:
            short.append(run.text)
    if not _has_any("\n".join(short).casefold(), ERROR_WORDS):  # one quick test for all
        return False
    return any(is_error_text(text) for text in short)


def confidence(title: str, text: str, paragraphs: list[str], stretch: list[Run]) -> float:
    """0..1: a title, enough prose in several paragraphs, few links, a title the body echoes."""
    if not title or not text:
        return 0.0
    size = link_chars = 0
    for run in stretch:
        size += len(run.text)
        link_chars += run.link_chars
    links = link_chars / (size or 1)
    title_words = set(_WORD.findall(title.casefold()))
    body = text.casefold()
    echoed = sum(_has_word(body, word) for word in title_words)
    echo = echoed / len(title_words) if title_words else 0.0
    return (
        0.3
        + 0.3 * min(1.0, len(text) / 600)
        + 0.2 * min(1.0, len(paragraphs) / 3)
        + 0.1 * (1.0 - min(1.0, links * 2))
        + 0.1 * min(1.0, echo * 2)
    )


def _has_word(text: str, word: str) -> bool:
    """`word` stands whole in `text`, as `_WORD.findall(text)` would list it: found by
    `str.find` rather than by splitting a long body into words for a title's few."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not _is_word_character(before) and not _is_word_character(after):
            return True
        start = text.find(word, start + 1)
    return False


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # exactly what `\w` matches


# -- other fields -------------------------------------------------------------------------------


def find_tags(doc: Document, walk: Walk, start: int) -> tuple[str, ...]:
    """Terms of the "Tag"/"Tags"/"Label" block after the body start, whatever its markup.

    The label may stand alone with the terms in the blocks after it ("Tag" / "Berita" /
    "Agenda"), lead a line of links ("Tagged <a>Pemilu</a>, <a>Humas</a>"), or lead a plain
    list ("Tags: Pemilu, Humas"). With no label, the links to tag pages outside the page
    chrome are the tags. Only the article's own element (its `<main>` or `<article>`) is read,
    and pager links ("Sebelumnya", "Next") are never terms.
    """
    runs = walk.runs
    scope = _content_scope(walk, start)
    scope_id = scope.mem_id if scope is not None else None
    for index in range(start, len(runs)):
        run = runs[index]
        if run.chrome or len(run.text) > 300:
            continue
        if scope_id is not None and scope_id not in run.ancestors:
            continue
        folded = run.text.casefold()
        label = TAG_LABEL.search(run.text) if _has_any(folded, TAG_WORDS) else None
        if label is None:
            continue
        rest = run.text[label.end() :].strip()
        if not rest:
            names = _terms_after(run, runs[index + 1 : index + 30])
        elif run.link_share >= 0.3:
            names = [name for name in _link_texts(run.owner) if name in rest]
            names = [name for name in names if name.casefold() not in BOILERPLATE_LINES]
        elif label.start() == 0 and ":" in label.group(0) and len(rest) < 200:
            names = re.split(r"\s*[,\n|·#]\s*", rest)
        else:
            continue
        names = [name.lstrip("#").strip() for name in names]  # "#Pemilu": the tag is "Pemilu"
        names = [name for name in names if name and not is_pager_text(name)]
        if names:
            return tuple(dict.fromkeys(names))
    return _tag_links(scope or doc.root)


def _content_scope(walk: Walk, start: int) -> LexborNode | None:
    """The outermost `<main>`/`<article>` around the body's first run, if any: the first one
    the walk entered (they nest) among the run's blocks."""
    if start >= len(walk.runs):
        return None
    around = walk.runs[start].ancestors
    return next((node for key, node in walk.contents.items() if key in around), None)


def _tag_links(scope: LexborNode | None) -> tuple[str, ...]:
    """Links to tag pages in the article's element, outside chrome and other boxes."""
    names = []
    for link in select(scope, TAG_LINKS) if scope is not None else ():
        name = clean_line(link.text()).lstrip("#").strip()  # "#Pemilu": the tag is "Pemilu"
        if not name or len(name) > 40 or is_pager_text(name):
            continue
        if not _in_page_chrome(link) and not in_other_box(link):
            names.append(name)
    return tuple(dict.fromkeys(names))


def _in_page_chrome(node: LexborNode) -> bool:
    """Inside a nav or aside, or a header/footer that is not the article's own."""
    in_header_or_footer = False
    parent = node.parent
    while parent is not None:
        tag = parent.tag
        if tag in CHROME_TAGS:
            return True
        if tag in PAGE_CHROME_TAGS:
            in_header_or_footer = True
        elif tag in CONTENT_TAGS:
            return False
        parent = parent.parent
    return in_header_or_footer


def _terms_after(label: Run, runs: list[Run]) -> list[str]:
    """The short link runs that follow a standalone tag label, in the block around both."""
    block = _block_around(label.owner, runs[0]) if runs else None
    names = []
    for run in runs:
        if run.chrome or run.heading or len(run.text) > 60 or run.link_share < 0.5:
            break
        if is_share_line(run.text) or is_pager_text(run.text):
            break
        if block is not None and not _is_inside(run, block):
            break
        names.extend(re.split(r"\s*[,\n|·]\s*", run.text))
    return names


def _block_around(node: LexborNode | None, run: Run) -> LexborNode | None:
    """The nearest element holding both `node` and `run`."""
    while node is not None and not _is_inside(run, node):
        node = node.parent
    return node


def _link_texts(block: LexborNode) -> list[str]:
    return [clean_line(link.text()) for link in select(block, "a")]


def find_images(
    walk: Walk, title_index: int, end: int, base: str, italic: tuple[int, str]
) -> tuple[Image, ...]:
    """Images between the title and the end of the body, absolute, with alt and caption;
    not the icons and avatars that are buttons (see `is_control_image`). `italic` is the
    lead's run and text when the lead is a wholly italic paragraph (see `split_lead`)."""
    found: dict[str, Image] = {}
    images = walk.images
    for number, (position, node, in_figure) in enumerate(images):
        if position < max(title_index, 0) or position > end or is_control_image(node):
            continue
        attributes = node.attributes
        url = absolute_url(base, attributes.get("src") or attributes.get("data-src"))
        if url and url not in found:
            last = number + 1 == len(images) or images[number + 1][0] != position
            caption = _caption_of(walk, node, in_figure, position if last else -1, italic)
            found[url] = Image(url, clean_line(attributes.get("alt") or ""), caption)
    return tuple(found.values())


def _caption_of(
    walk: Walk, image: LexborNode, in_figure: bool, position: int, italic: tuple[int, str]
) -> str:
    """The figure's caption, the line the walk found after the photo, or the text of the
    [caption] shortcode the image sits in. The last photo before the run at `position` (-1
    for the others) also takes that run when it is its table's caption cell, or the italic
    lead: a caption typed as the paragraph under the photo, with no text between.

    Only a photo the walk met inside a figure (or figcaption) looks for its figure: no other
    climbs to the page's `<body>` for one."""
    caption = caption_of(image) if in_figure else ""
    if caption or image.parent is None:
        return caption
    caption = walk.photo_captions.get(image.mem_id) or image_shortcode_caption(image)
    if caption or not 0 <= position < len(walk.runs):
        return caption
    if position == italic[0]:
        return italic[1]
    return _caption_cell(walk, image, walk.runs[position])


def _caption_cell(walk: Walk, image: LexborNode, run: Run) -> str:
    """The run's text when it is a caption cell (see `image_caption_cells`) of the photo's
    own table, else ""."""
    if not run.caption:
        return ""
    table = image.parent
    while table is not None and table.tag != "table":
        table = table.parent
    if table is None or table.mem_id not in run.ancestors:
        return ""
    return next((walk.captions[key] for key in run.ancestors if key in walk.captions), "")


def date_clues(
    doc: Document, runs: list[Run], title_index: int, start: int, body: str
) -> tuple[DateClue, ...]:
    """Metadata dates, the byline lines between title and body, a date header right above
    the title, the URL's date, the body."""
    bylines: list[str] = []
    for run in runs[max(title_index, 0) : start]:
        is_title_run = title_index >= 0 and run is runs[title_index]
        lines = run.text.splitlines()[1:] if is_title_run else [run.text]
        bylines.extend(line for line in lines if len(line) < 200 and _DIGIT.search(line))
    if title_index > 0 and _is_date_header(runs[title_index - 1]):
        bylines.append(runs[title_index - 1].text)
    return date_clues_of(doc, doc.root, bylines, body)


def _is_date_header(run: Run) -> bool:
    """A date alone on its line or heading, right above the title: a blog prints one for the
    day's posts ("Senin, 06 Februari 2023"), and it dates the post under it."""
    text = run.text
    return (
        not run.chrome
        and not run.link_chars
        and len(text) <= MAX_DATE_HEADER
        and _has_year(text)  # two substring tests spare most lines the pattern
        and DATE_ALONE.fullmatch(text) is not None
    )
