"""A hostile regency site: ordinary news, except for pages built to break an extractor.

Its first article is 5 MB of `<div>` nested a million deep; others hide what once raised
out of extraction: a date "Mei 0000" in the body, a NUL inside `<meta charset>`, a UTC
offset of "+24:00"; another holds `&#8;`, a character XML cannot carry. A crawl over it must
archive or count every page, and finish every other site as if it were not there. The host
is one of the registry's, in a province no other part of the mirror plays, so that probes
and discovery see what they saw before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from mirror.content import MirrorSite, build_site, jakarta_today
from mirror.hosts import _regency_spec
from mirror.markup import Reply
from mirror.render import respond

HOSTILE_HOST = "biaknumfor.bawaslu.go.id"
DEEP_LEVELS = 1_000_000


@functools.cache
def hostile_site(seed: int = 0, today: date | None = None) -> MirrorSite:
    spec = _regency_spec(
        HOSTILE_HOST, "Biak Numfor", "Biak Kota, Samofa, Yendidori", "Yohanes Rumbewas"
    )
    return build_site(spec, seed, today or jakarta_today())


def _deep_page(_: bytes) -> bytes:
    head = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Berita</title></head><body>'
    return head + b"<div>" * DEEP_LEVELS + b"</body></html>"


def _year_zero(page: bytes) -> bytes:
    return page.replace(b"</p>", b" Biak, 12 Mei 0000.</p>", 1)


def _nul_charset(page: bytes) -> bytes:
    return page.replace(b'<meta charset="utf-8">', b'<meta charset="utf\x00-8">', 1)


def _offset_24(page: bytes) -> bytes:
    meta = b'<meta property="article:published_time" content="2024-01-02T10:00:00+24:00">'
    return page.replace(b"</head>", meta + b"</head>", 1)


def _control_character(page: bytes) -> bytes:
    return page.replace(b"</p>", b" Backspace:&#8;.</p>", 1)


HOSTILE_PAGES: tuple[Callable[[bytes], bytes], ...] = (
    _deep_page,
    _year_zero,
    _nul_charset,
    _offset_24,
    _control_character,
)
"""What becomes of the site's first articles, in order; the others are served as they are."""


def hostile_urls() -> list[str]:
    """The article URLs served hostile, in the order of HOSTILE_PAGES."""
    site = hostile_site()
    return [site.url_of(article) for article in site.articles[: len(HOSTILE_PAGES)]]


def hostile_reply(host: str, path: str, query: dict[str, list[str]]) -> Reply | None:
    """The hostile site's answer, or None for another host."""
    if host != HOSTILE_HOST:
        return None
    reply = respond(hostile_site(), path, query)
    for url, spoil in zip(hostile_urls(), HOSTILE_PAGES, strict=True):
        if urlsplit(url).path == path and reply.status == 200:
            return replace(reply, body=spoil(reply.body))
    return reply
