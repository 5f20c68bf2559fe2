"""Page objects, one per generation of the Bawaslu sites, and the registry that picks one.

Each layout scores how strongly a page shows its markers (generator tag, field classes, URL
shape); the highest score wins. Nothing depends on host names, so a regency that still runs
WordPress, or moves off it, is read correctly without a list to maintain.
"""

from __future__ import annotations

from scrapers.pages.base import UNSURE_SCORE, Document, Layout, Listing, ListingEntry
from scrapers.pages.drupal import DrupalPage
from scrapers.pages.drupal7 import Drupal7Page
from scrapers.pages.wordpress import WordPressPage

LAYOUTS: tuple[Layout, ...] = (DrupalPage(), WordPressPage(), Drupal7Page())


def choose_layout(doc: Document) -> Layout | None:
    """The layout whose markers the page shows most strongly, or None when none match.

    The layout the page's generator tag names is asked first: with its strong markers it
    scores over UNSURE_SCORE, which no other layout can, and the others are not asked.
    """
    for layout in LAYOUTS:
        if layout.names_generator(doc) and layout.score(doc) > UNSURE_SCORE:
            return layout
    best, best_score = None, 0
    for layout in LAYOUTS:
        score = layout.score(doc)
        if score > best_score:
            best, best_score = layout, score
    return best


__all__ = ["LAYOUTS", "Document", "Layout", "Listing", "ListingEntry", "choose_layout"]
