"""Find the archived article a pasted URL means, in whatever form the reader has it.

People paste what their browser, a message or a citation shows: `http://` or no scheme, an
upper-case host, `/index.php/`, the bare `bawaslu.go.id`, a WordPress URL without its
trailing slash, a query or fragment, letters percent-encoded or not. The crawler's own
canonical form (`scrapers.urls.canonical_url`) absorbs most of these; the trailing slash and
a doubly decoded path are tried as well.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from datasette.database import Database

from scrapers.urls import canonical_url

_LOOKS_LIKE_URL = re.compile(
    r"^(?:https?:/+)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#]|$)", re.IGNORECASE
)
_SCHEME = re.compile(r"^https?:/+", re.IGNORECASE)


def url_candidates(text: str) -> list[str]:
    """The canonical URLs `text` may stand for, most likely first; [] when it is no URL."""
    text = text.strip()
    if not _LOOKS_LIKE_URL.match(text):
        return []
    absolute = "https://" + _SCHEME.sub("", text)
    forms = dict.fromkeys((canonical_url(absolute), canonical_url(unquote(absolute))))
    candidates = []
    for form in forms:
        other = form.rstrip("/") if form.endswith("/") else form + "/"
        candidates += [form, other]
    return [url for url in dict.fromkeys(candidates) if url.count("/") >= 3]


async def article_for_url(db: Database, text: str) -> str | None:
    """The archived URL of the article `text` names, or None (also when it is no URL)."""
    candidates = url_candidates(text)
    if not candidates:
        return None
    slots = ", ".join(f":c{index}" for index in range(len(candidates)))
    rows = await db.execute(
        f"SELECT url FROM articles WHERE url IN ({slots})",
        {f"c{index}": candidate for index, candidate in enumerate(candidates)},
    )
    found = {row["url"] for row in rows.rows}
    return next((candidate for candidate in candidates if candidate in found), None)
