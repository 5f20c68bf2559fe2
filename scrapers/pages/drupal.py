"""The current platform: the Drupal 8+ multisite of the provincial and regency sites.

Recognised by Drupal's BEM field classes (`field--name-body`), the generator tag, the `path-*`
body class and the `/sites/<site>/files/` paths. The title may be printed twice (page title
block and node title) and is read once, from the node.
"""

from __future__ import annotations

import re
from typing import ClassVar

from scrapers.pages.base import Layout


class DrupalPage(Layout):
    name: ClassVar[str] = "drupal"
    scope_selectors = ("article.node", "article", "main", "body")
    title_selectors = (
        "article.node .node__title",
        "h1.page-title .field--name-title",
        "h1.page-title",
        "article.node h1",
        "article.node h2",
    )
    body_selectors = (".field--name-body",)
    lead_selectors = (
        ".field--name-field-image figcaption",
        ".field--name-field-caption",
        ".field--name-field-image .image-caption",
    )
    tag_selectors = (".field--name-field-tags .field__item", "a[href*='/taxonomy/term/']")
    image_selectors = (".field--name-field-image img",)
    byline_selectors = (".node__submitted", ".submitted")
    listing_row_selectors = (".view-content .views-row",)
    listing_link_selectors = (".views-field-title a[href]", "h2 a[href]", "h3 a[href]", "a[href]")
    listing_date_selectors = (".views-field-created", ".views-field-field-date", "time")
    next_page_selectors = (".pager__item--next a[href]", "a[rel='next'][href]")

    generator_pattern = re.compile(r"Drupal (?:[89]|1\d)\b")
    strong_markers = ".field--name-body, .pager__item, [class*='field--name-']"
    weak_markers = "article.node, .node--view-mode-full, body[class*='path-'], [src*='/sites/']"
