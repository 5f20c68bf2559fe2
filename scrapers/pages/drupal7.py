"""The old national site (www.bawaslu.go.id, 2019): Drupal 7.

Recognised by Drupal 7's hyphenated field classes (`field-name-body`), its pager and generator
tag; the byline "Ditulis oleh X pada <date>" is the page's only date line.
"""

from __future__ import annotations

import re
from typing import ClassVar

from scrapers.pages.base import Layout


class Drupal7Page(Layout):
    name: ClassVar[str] = "drupal7"
    scope_selectors = (".node-full", ".node", "#main", "body")
    title_selectors = ("h1#page-title", "h1.title", ".node-full h2", "h1")
    body_selectors = (".field-name-body .field-item", ".field-name-body")
    lead_selectors = (".field-name-field-image figcaption", ".field-name-field-caption")
    tag_selectors = (".field-name-field-tags .field-item", "a[href*='/tags/']")
    image_selectors = (".field-name-field-image img",)
    byline_selectors = (".submitted",)
    listing_row_selectors = (".view-content .views-row", ".views-row")
    listing_link_selectors = (".views-field-title a[href]", "a[href]")
    listing_date_selectors = (".date", ".views-field-created")
    next_page_selectors = (".pager-next a[href]", "a[rel='next'][href]")

    generator_pattern = re.compile("Drupal 7")
    strong_markers = ".field-name-body, .pager-next, .pager-current, [class*='field-name-']"
    weak_markers = "body.node-type-berita, .node-full, #page-title"
