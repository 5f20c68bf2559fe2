"""Blocks around an article's prose that are not part of it: pager links, other boxes' titles
and photo captions printed as plain paragraphs.

A tag block sits between the article and the pager to the previous and next article, and a
sidebar may list the site's popular tags with the same links; neither is the article's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from scrapers.pages.nodes import BLOCK_TAGS, select_first

PAGER_TEXT = re.compile(
    r"[\W_]*(?:(?:artikel|berita|post|posting|tulisan|halaman)\s+)?"
    r"(?:sebelumnya|selanjutnya|berikutnya|terdahulu|previous|prev|next|older|newer)"
    r"(?:\s+(?:post|posts|artikel|berita|page))?(?:\s*:.*)?[\W_]*|[\W_]+",
    re.IGNORECASE | re.DOTALL,
)
"""Words of a link to the previous/next article ("‹ Sebelumnya", "Next post: ..."), or
arrows alone: navigation, never a term."""
OTHER_BOX_WORDS = re.compile(
    r"\b(populer|terpopuler|popular|terkait|related|trending|terbaru|lainnya|cloud|awan)\b"
)
"""Words in the title of a box that lists the site's items, not the article's own."""
MAX_BOX_TITLE_WORDS = 4
MAX_BOX_DEPTH = 6
CONTENT_TAGS = frozenset({"article", "main", "body"})
MAX_CAPTION = 250
CAPTION_TAGS = frozenset({"p", "div", "span", "small", "em", "i"})
MAX_PHOTO_WRAPPERS = 3
"""Elements a photo may stand alone in (link, field item, field) before its caption line."""
CONTROL_HREF = re.compile(r"\s*(javascript:|mailto:|#)|.*/(author|penulis|user|users)/", re.I)
"""Where an image that is a button leads: a script (print), an anchor, the author's page."""


def is_pager_text(text: str) -> bool:
    """ "Sebelumnya", "Selanjutnya »", "Artikel Sebelumnya: ...", "←": a pager link's text."""
    return PAGER_TEXT.fullmatch(text.strip()) is not None


def in_other_box(node: LexborNode) -> bool:
    """Inside a box titled like "Tag Populer" or "Berita Terkait" (its first child says so;
    a sibling of the same kind, like the list's first item, is an item, not a title)."""
    inner, box = node, node.parent
    for _ in range(MAX_BOX_DEPTH):
        if box is None or box.tag in CONTENT_TAGS:
            return False
        first = box.child
        while first is not None and first.tag in ("-text", "-comment"):
            first = first.next
        if first is not None and first.tag != inner.tag and _is_box_title(first.text()):
            return True
        inner, box = box, box.parent
    return False


def _is_box_title(text: str) -> bool:
    words = text.split()
    folded = text.casefold()
    return 0 < len(words) <= MAX_BOX_TITLE_WORDS and OTHER_BOX_WORDS.search(folded) is not None


def caption_after(image: LexborNode) -> LexborNode | None:
    """The short line right after a photo that closes the element holding both
    (`<div><img><p>caption</p></div>`): a caption, where a body's first paragraph would have
    more paragraphs after it, and a teaser card's text would be a link.

    A photo alone in its elements (`<p><img></p>`, a field's item) is captioned by the line
    (`<p>`, `<div>`) right after the outermost of them when what follows that line is longer
    and made of blocks, the body's own element (`<div class="field-caption">` before the body
    field): a first paragraph would be followed by the next paragraph, not by a container.
    """
    following = _next_element(image)
    if following is None:
        return _caption_after_wrapper(image)
    if following.tag not in CAPTION_TAGS or _next_element(following) is not None:
        return None
    return following if _is_caption_line(following) else None


def _caption_after_wrapper(image: LexborNode) -> LexborNode | None:
    wrapper = image
    for _ in range(MAX_PHOTO_WRAPPERS):
        if _previous_element(wrapper) is not None:
            return None  # the photo shares its element with text or another element
        parent = wrapper.parent
        if parent is None or parent.tag in CONTENT_TAGS:
            return None
        wrapper = parent
        following = _next_element(wrapper)
        if following is not None:
            break
    else:
        return None
    if following.tag not in ("p", "div"):
        return None
    after = _next_element(following)  # most often the next paragraph: no block in it
    if after is None or not _holds_blocks(after) or _holds_blocks(following):
        return None
    if not _is_caption_line(following):
        return None
    return following if _is_longer(after, len(following.text(strip=True))) else None


def _is_caption_line(node: LexborNode) -> bool:
    """Short text with no link or image in it."""
    if select_first(node, "a, img") is not None:
        return False
    return 0 < len(node.text(strip=True)) < MAX_CAPTION


def _is_longer(node: LexborNode, size: int) -> bool:
    """`node` holds more than `size` characters of text, read child by child only as far as
    needed (its first paragraph mostly): `node` may be the whole body."""
    child = node.first_child
    while child is not None and size >= 0:
        size -= len(child.text(strip=True))
        child = child.next
    return size < 0


def _holds_blocks(node: LexborNode) -> bool:
    """Some child of `node` is a block element (`<p>`, `<div>`...)."""
    child = node.first_child
    while child is not None:
        if child.tag in BLOCK_TAGS:
            return True
        child = child.next
    return False


def _next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling that is an element (or text), past whitespace and comments."""
    sibling = node.next
    while sibling is not None and _is_blank(sibling):
        sibling = sibling.next
    return sibling


def _previous_element(node: LexborNode) -> LexborNode | None:
    """The previous sibling that is an element (or text), past whitespace and comments."""
    sibling = node.prev
    while sibling is not None and _is_blank(sibling):
        sibling = sibling.prev
    return sibling


def _is_blank(node: LexborNode) -> bool:
    """A comment, or text of whitespace alone (told by Lexbor without decoding it, unless it
    holds other spaces than ASCII's, such as `&nbsp;`)."""
    tag = node.tag
    if tag == "-text":
        return node.is_empty_text_node or not node.text(strip=True)
    return tag == "-comment"


def is_control_image(image: LexborNode) -> bool:
    """An icon or avatar inside a link to a script, an anchor or an author page."""
    node = image.parent
    for _ in range(2):
        if node is None:
            return False
        if node.tag == "a":
            return CONTROL_HREF.match(node.attributes.get("href") or "") is not None
        node = node.parent
    return False
