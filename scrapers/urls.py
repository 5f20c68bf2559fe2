"""Canonical article URLs: one URL per article, whatever link led to it.

The Drupal sites answer the same node at `/berita/<slug>` and `/index.php/berita/<slug>`,
and links may carry queries, fragments, `http://` or upper-case hosts. The archive keys
articles by the canonical form, so a second crawl or another listing never duplicates a row.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def canonical_url(url: str) -> str:
    """`https://<host>/<path>` with no `/index.php`, query, fragment or default port."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    if path == "/index.php" or path.startswith("/index.php/"):
        path = path[len("/index.php") :] or "/"
    return urlunsplit(("https", host, path, "", ""))


def host_of(url: str) -> str:
    """The lower-case host name of a URL, without port."""
    return (urlsplit(url).hostname or "").lower()
