"""One feed URL for feed readers and for people: what answers depends on who asks.

A browser opening a feed asks for a document (`Sec-Fetch-Dest: document`, sent by every
current browser and by no feed reader): it gets the feed as an archive page, read from the
Atom document itself, so the two never disagree. A browser without Fetch Metadata that asks
for HTML gets the Atom as `application/xml`, which it renders through the XSLT stylesheet the
feed names; everything else gets `application/atom+xml`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from datasette.app import Datasette
from datasette.utils.asgi import Request, Response

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_STYLESHEET = "/feeds/atom.xsl"


async def feed_response(datasette: Datasette, request: Request, feed: bytes) -> Response:
    headers = {"Vary": "Accept, Sec-Fetch-Dest"}
    if request.headers.get("sec-fetch-dest") == "document":
        context = {"metadata": datasette.metadata(), "feed": feed_contents(feed)}
        html = await datasette.render_template("feed_view.html", context, request=request)
        return Response.html(html, headers=headers)
    browser = "text/html" in request.headers.get("accept", "")
    kind = "application/xml" if browser else "application/atom+xml"
    return Response(feed, content_type=f"{kind}; charset=utf-8", headers=headers)


def feed_contents(feed: bytes) -> dict[str, object]:
    """Title, links and entries of an Atom document, as the feed page shows them."""
    root = ET.fromstring(feed)
    return {
        "title": root.findtext(f"{ATOM}title"),
        "self": _link(root, "self"),
        "home": _link(root, "alternate"),
        "entries": [
            {
                "title": entry.findtext(f"{ATOM}title"),
                "link": _link(entry, "alternate"),
                "original": _link(entry, "via"),
                "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
                "updated": (entry.findtext(f"{ATOM}updated") or "")[:10],
                "summary": entry.findtext(f"{ATOM}summary"),
            }
            for entry in root.findall(f"{ATOM}entry")
        ],
    }


def _link(element: ET.Element, rel: str) -> str:
    link = element.find(f"{ATOM}link[@rel='{rel}']")
    return link.get("href", "") if link is not None else ""
