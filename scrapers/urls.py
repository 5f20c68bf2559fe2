"""Canonical article URLs: one URL per article, whatever link led to it.

The Drupal sites answer the same node at `/berita/<slug>` and `/index.php/berita/<slug>`,
and links may carry queries, fragments, `http://`, upper-case hosts, another name of the same
site (`scrapers/host_aliases.csv`), or spaces and non-ASCII letters that the request itself
sends percent-encoded. The archive keys articles by the canonical form, and the crawl's memory
compares that form, so a second crawl or another listing never duplicates a row or a request.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import safe_url_string

from scrapers.registry import canonical_host

_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_PLAIN_URL = re.compile(
    r"https?://((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)((?:/[\w~-][\w.~-]*)*/?)", re.ASCII
)
"""A URL that `safe_url_string` returns unchanged: a lower-case host that is no IP address,
no port, query, fragment, escape or dot segment, a path of letters, digits and `_.~-`."""
_PLAIN_HOST = re.compile(r"https?://([a-z0-9.-]+)(?=[/?#]|$)", re.ASCII)
"""An http(s) URL whose host is plain lower-case ASCII, with no user or port before it."""


def canonical_url(url: str) -> str:
    """`https://<registry host>/<percent-encoded path>`, with no `/index.php`, query, fragment
    or default port: the form Scrapy requests (w3lib's `safe_url_string`), escapes upper-case."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain:  # most links: nothing to escape or resolve, and w3lib costs more than the rest
        host, path = canonical_host(plain.group(1)), plain.group(2) or "/"
    else:
        parts = urlsplit(safe_url_string(url.strip()))
        host, path = canonical_host(parts.hostname or ""), parts.path or "/"
    if path == "/index.php" or path.startswith("/index.php/"):
        path = path[len("/index.php") :] or "/"
    if "%" in path:
        path = _ESCAPE.sub(lambda escape: escape.group(0).upper(), path)
    if host and path.startswith("/"):
        return f"https://{host}{path}"  # what urlunsplit writes then, at a fraction of the cost
    return urlunsplit(("https", host, path, "", ""))


def host_of(url: str) -> str:
    """The lower-case host name of a URL, without port."""
    plain = _PLAIN_HOST.match(url)
    if plain:  # most URLs: what urlsplit would answer, at a fraction of the cost
        return plain.group(1)
    return (urlsplit(url).hostname or "").lower()
