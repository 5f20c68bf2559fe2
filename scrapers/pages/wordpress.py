"""The WordPress era (about 2018-2022): date in the URL, `entry-*` markup, uploads folder.

Tags are the `rel="tag"` links of the entry footer (categories are not tags); a wholly italic
first paragraph is the photo caption, read as the lead.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from scrapers.article import DateClue
from scrapers.pages.base import URL_DATE, Document, Layout, date_clues_of
from scrapers.pages.nodes import select
from scrapers.text import clean_line

BLOGGER = re.compile("blogger", re.IGNORECASE)
"""The `<meta name="generator">` of a Blogger page."""


class WordPressPage(Layout):
    name: ClassVar[str] = "wordpress"
    scope_selectors = ("article.post", "article.hentry", "article", "main", "body")
    title_selectors = ("article .entry-title", "h1.entry-title", ".entry-title")
    body_selectors = (".entry-content",)
    lead_selectors = (".entry-summary", ".post-thumbnail figcaption")
    tag_selectors = (".tags-links a", "a[rel='tag']")
    image_selectors = (".post-thumbnail img",)
    listing_row_selectors = ("article",)
    listing_link_selectors = (".entry-title a[href]", "a[rel='bookmark'][href]", "h2 a[href]")
    listing_date_selectors = ("time.published", "time", ".posted-on")
    next_page_selectors = (".pagination a.next[href]", ".nav-links a.next[href]", "a[rel='next']")

    generator_pattern = re.compile("WordPress")
    strong_markers = ".entry-content, .hentry, body.single-post, .entry-title"
    weak_markers = "[src*='/wp-content/'], [href*='/wp-content/'], #colophon"

    def signature_points(self, doc: Document) -> int:
        points = super().signature_points(doc)
        if URL_DATE.search(doc.url) and URL_DATE.search(urlsplit(doc.url).path):
            points += 1  # the URL is searched first: splitting its path out costs more
        return points

    def date_clues(self, doc: Document, scope: LexborNode, body: str) -> tuple[DateClue, ...]:
        """Blogger (whose `hentry` posts this layout reads too) dates a post only by the date
        heading above the day's posts, an `<h2 class="date-header">` among the headings the
        Document holds (no query); other pages print no byline this layout reads."""
        if BLOGGER.search(doc.generator) is None:
            return super().date_clues(doc, scope, body)
        headers = (
            clean_line(node.text())
            for node in doc.headings
            if node.tag == "h2" and "date-header" in (node.attributes.get("class") or "")
        )
        header = next(headers, "")
        return date_clues_of(doc, scope, [header] if header else [], body)

    def is_listing(self, doc: Document) -> bool:
        """Archive pages (category, tag, blog index) list several entries, not one post.

        Entries are `<article>`s or `.hentry`s (Blogger has the latter only); a theme with
        neither is not judged here: the generic reader is.
        """
        body = doc.tree.body
        classes = (body.attributes.get("class") or "").split() if body is not None else []
        return "single" not in classes and len(select(doc.root, "article, .hentry")) > 1
