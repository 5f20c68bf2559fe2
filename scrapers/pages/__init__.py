"""Page objects, one per generation of the Bawaslu sites, and the registry that picks one.

Each layout scores how strongly a page shows its markers (generator tag, field classes, URL
shape); the highest score wins. Nothing depends on host names, so a regency that still runs
WordPress, or moves off it, is read correctly without a list to maintain.
"""

from __future__ import annotations

from scrapers.pages.base import (
    MARKER_POINTS,
    UNSURE_SCORE,
    Document,
    Layout,
    Listing,
    ListingEntry,
)
from scrapers.pages.drupal import DrupalPage
from scrapers.pages.drupal7 import Drupal7Page
from scrapers.pages.nodes import select_first
from scrapers.pages.wordpress import WordPressPage

LAYOUTS: tuple[Layout, ...] = (DrupalPage(), WordPressPage(), Drupal7Page())


def choose_layout(doc: Document) -> Layout | None:
    """The layout whose markers the page shows most strongly, or None when none match; the
    first of LAYOUTS among equals.

    The layout the page's generator tag names is asked first: with its strong markers it
    scores over UNSURE_SCORE, which no other layout can, and the others are not asked. Its
    body, when found, is one of its strong markers: the body it will read is looked up
    instead of the markers. Otherwise layouts are asked in order of their signature's
    points, so that one that could not win even with all its markers is not asked.
    (`parse_article` asks only when some layout is sure of the page: `no_layout_reads`.)
    """
    scores: dict[str, int] = {}
    for layout in LAYOUTS:
        if layout.names_generator(doc) and (
            layout.scope_and_body(doc)[1] is not None or _score(layout, doc, scores) > UNSURE_SCORE
        ):
            return layout
    signatures = [(layout.signature_points(doc), -index) for index, layout in enumerate(LAYOUTS)]
    best, best_rank = None, (0, 0)  # (score, -index): a higher score wins, then an earlier one
    for points, rank in sorted(signatures, reverse=True):
        if (points + MARKER_POINTS, rank) <= best_rank:
            continue
        layout = LAYOUTS[-rank]
        score = _score(layout, doc, scores)
        if score > 0 and (score, rank) > best_rank:
            best, best_rank = layout, (score, rank)
    return best


def _score(layout: Layout, doc: Document, scores: dict[str, int]) -> int:
    """`layout.score(doc)`, asked once per page."""
    if layout.name not in scores:
        scores[layout.name] = layout.score(doc)
    return scores[layout.name]


def no_layout_reads(doc: Document) -> bool:
    """True when no layout is sure of the page: it shows none of their strong markers. Each
    layout's body is one of them, or sits inside one (so the body found by the layout the
    generator tag names settles it first, at no cost: it is read next anyway). The layout its
    generator tag, weak markers or URL would choose then finds no body, and the elements it
    would take for listing rows are too common (WordPress's `<article>`) to call the page a
    listing: the generic reader decides. One query, where choosing a layout costs up to seven.
    """
    named = (layout for layout in LAYOUTS if layout.names_generator(doc))
    if any(layout.scope_and_body(doc)[1] is not None for layout in named):
        return False
    return select_first(doc.root, STRONG_MARKERS) is None


STRONG_MARKERS = ", ".join(layout.strong_markers for layout in LAYOUTS)
"""Every layout's strong markers, as one selector list."""


__all__ = [
    "LAYOUTS",
    "Document",
    "Layout",
    "Listing",
    "ListingEntry",
    "choose_layout",
    "no_layout_reads",
]
