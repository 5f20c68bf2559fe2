"""One entry point from (site, path, query) to a reply, whatever the site's platform."""

from __future__ import annotations

from collections.abc import Callable

from mirror import cards, drupal, drupal7, wordpress
from mirror.content import MirrorSite
from mirror.markup import Reply, pdf_reply, robots_txt, text_reply

Router = Callable[[MirrorSite, str, dict[str, list[str]]], Reply]
ROUTERS: dict[str, Router] = {
    "drupal": drupal.route,
    "wordpress": wordpress.route,
    "drupal7": drupal7.route,
    **dict.fromkeys(cards.LAYOUTS, cards.route),  # unseen themes, served on request only
}


def respond(site: MirrorSite, path: str, query: dict[str, list[str]]) -> Reply:
    """robots.txt and attachments are served alike on every platform; pages by its router."""
    if path == "/robots.txt":
        return text_reply(200, robots_txt(site))
    label = attachment_label(site, path)
    if label:
        return pdf_reply(label)
    return ROUTERS[site.layout](site, path, query)


def attachment_label(site: MirrorSite, path: str) -> str:
    """The label of the PDF linked at `path` from some article body, or "" if none is."""
    for article in site.articles:
        for block in article.blocks:
            if block.kind == "attachment" and block.href == path:
                return block.text
    return ""
