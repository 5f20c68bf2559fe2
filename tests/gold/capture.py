"""Capture gold pages from the mirror and draft their expected fields.

Run once: `python tests/gold/capture.py`. It starts the mirror in-process on a free port,
fetches a spread of pages over real HTTP (every layout, every credit variant, captions,
attachments, "Baca juga" links, the seed, the XSS and the windows-1252 articles, and pages
that are not articles) and writes NAME.html (the bytes as served) and NAME.json.

The expected fields come from the mirror's content model, i.e. from what each page was built
to show, never from this project's extractor; each draft was then read against its page by
hand. Hand-made variant pages (names starting with `variant_`) are not touched.
"""

from __future__ import annotations

import json
import urllib.request
from datetime import date
from pathlib import Path

from mirror.content import MirrorArticle, MirrorSite
from mirror.server import MirrorServer

GOLD = Path(__file__).resolve().parent
TODAY = date(2025, 6, 2)
SPECIAL_TOPICS = ("seed", "xss")
PER_SITE = {"drupal": 6, "wordpress": 7, "drupal7": 7}
ROLES = {
    "Penulis dan Editor": ("writer", "editor"),
    "Penulis": ("writer",),
    "Editor": ("editor",),
    "Foto": ("photo",),
    "Desain": ("design",),
}
NOT_ARTICLES = (
    ("listing_drupal_lampung", "lampung.bawaslu.go.id", "/berita?page=1"),
    ("listing_wordpress_jombang", "jombang.bawaslu.go.id", "/category/berita/page/2/"),
    ("listing_drupal7_www", "www.bawaslu.go.id", "/id/berita?page=1"),
    ("profile_drupal_blora", "blora.bawaslu.go.id", "/profil/sejarah"),
    ("profile_wordpress_jombang", "jombang.bawaslu.go.id", "/profil/sejarah/"),
)


def fetch(server: MirrorServer, host: str, path: str) -> tuple[bytes, str | None]:
    """The page body and the charset of its Content-Type header (None when absent)."""
    request = urllib.request.Request(server.url + path, headers={"Host": host})
    with urllib.request.urlopen(request) as response:
        return response.read(), response.headers.get_content_charset()


def features(site: MirrorSite, article: MirrorArticle) -> set[str]:
    kinds = {block.kind for block in article.blocks}
    found = {f"block:{kind}" for kind in kinds} | {f"topic:{article.topic}"}
    found |= {"caption"} if article.caption else set()
    found |= {"image"} if article.image else set()
    found |= {"tags"} if article.tags else {"no-tags"}
    found |= {f"credit:{line.split(' :')[0].split()[0]}" for line in article.credits}
    found |= {f"inline:{article.credits_inline}"} if len(article.credits) > 1 else set()
    return {f"{site.host}:{name}" for name in found}


def choose(site: MirrorSite, count: int) -> list[MirrorArticle]:
    """The special articles (seed, XSS, windows-1252), then those adding the most variants."""
    chosen = [a for a in site.articles if a.topic in SPECIAL_TOPICS or a.encoding != "utf-8"]
    seen = {name for article in chosen for name in features(site, article)}
    candidates = [article for article in site.articles if article not in chosen]
    while candidates and len(chosen) < count:
        best = max(candidates, key=lambda article: len(features(site, article) - seen))
        candidates.remove(best)
        chosen.append(best)
        seen |= features(site, best)
    return chosen


def credits_of(lines: tuple[str, ...]) -> list[list[str]]:
    credits = []
    for line in lines:
        label, _, name = line.partition(" : ")
        if name:
            credits.extend([role, name] for role in ROLES[label])
        else:
            credits.append(["author", line.removeprefix("//")])
    return credits


def expected_fields(site: MirrorSite, article: MirrorArticle, http_charset: str | None) -> dict:
    """What the page shows, from the content the mirror rendered it from."""
    base = f"https://{site.host}"
    shows_caption = site.layout == "wordpress" or (site.layout == "drupal" and article.image)
    lead = article.caption if shows_caption else ""
    images = []
    if article.image:
        images.append(
            [base + article.image, article.title, lead if site.layout == "drupal" else ""]
        )
    if article.topic == "xss":
        images.append([base + "/berita/x", "", ""])
    body = [block.text for block in article.blocks if block.kind in ("text", "raw")]
    return {
        "url": site.url_of(article),
        "http_charset": http_charset,
        "layout": site.layout,
        "title": article.title,
        "lead": lead,
        "body": "\n\n".join(body),
        "tags": list(article.tags),
        "credits": credits_of(article.credits),
        "credits_raw": "\n".join(article.credits),
        "images": images,
        "attachments": [base + href for href in article.attachments],
    }


def write(name: str, html: bytes, expected: dict) -> None:
    (GOLD / f"{name}.html").write_bytes(html)
    text = json.dumps(expected, ensure_ascii=False, indent=1)
    (GOLD / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def main() -> None:
    with MirrorServer(today=TODAY) as server:
        for site in server.sites.values():
            for number, article in enumerate(choose(site, PER_SITE[site.layout])):
                html, charset = fetch(server, site.host, article.path)
                name = f"{site.layout}_{site.host.split('.')[0]}_{number:02d}"
                write(name, html, expected_fields(site, article, charset))
            if site.dead_link is not None:
                html, charset = fetch(server, site.host, site.dead_link.path)
                url = f"https://{site.host}{site.dead_link.path}"
                write("error_page_" + site.host.split(".")[0], html, _not_article(url, charset))
        for name, host, path in NOT_ARTICLES:
            html, charset = fetch(server, host, path)
            write(name, html, _not_article(f"https://{host}{path}", charset))


def _not_article(url: str, http_charset: str | None) -> dict:
    return {"url": url, "http_charset": http_charset, "kind": "not_article"}


if __name__ == "__main__":
    main()
