"""What every layout's renderer shares: the reply record, escaping, body paragraphs, robots.txt.

Renderers build pages as strings; all page text goes through `esc` except the raw blocks of
the deliberate XSS article, which must reach the crawler exactly as a hostile editor typed it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from mirror.content import Block, MirrorArticle, MirrorSite

HTML_UTF8 = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    """An HTTP response before it is written: status, body, and the headers that matter."""

    status: int
    body: bytes = b""
    content_type: str = HTML_UTF8
    location: str = ""  # for redirects
    last_modified: datetime | None = None
    retry_after: int = 0  # seconds, sent as Retry-After when set (429, 503)
    headers: tuple[tuple[str, str], ...] = ()  # any other headers, sent as given


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def html_reply(
    status: int, page: str, encoding: str = "utf-8", last_modified: datetime | None = None
) -> Reply:
    """A page encoded as `encoding`; a non-UTF-8 page gets no charset in its Content-Type,
    the way a misconfigured server sends it."""
    content_type = HTML_UTF8 if encoding == "utf-8" else "text/html"
    return Reply(status, page.encode(encoding), content_type, last_modified=last_modified)


def redirect(location: str) -> Reply:
    return Reply(301, b"", HTML_UTF8, location=location)


def text_reply(status: int, text: str) -> Reply:
    return Reply(status, text.encode("utf-8"), "text/plain; charset=utf-8")


def pdf_reply(title: str) -> Reply:
    """A minimal PDF-looking attachment; its bytes only need to be stable, not printable."""
    body = f"%PDF-1.4\n% {title}\n%%EOF\n".encode()
    return Reply(200, body, "application/pdf")


def page_number(query: dict[str, list[str]]) -> int:
    """The 0-based `page` query parameter; anything unusable means the first page, as Drupal."""
    raw = query.get("page", ["0"])[0]
    return int(raw) if raw.isdigit() else 0


def body_html(article: MirrorArticle) -> str:
    """The body field's paragraphs, then the credits as editors type them at the end."""
    paragraphs = [_block_html(block) for block in article.blocks]
    if article.credits and article.credits_inline:
        paragraphs.append("<p>" + "<br>".join(esc(line) for line in article.credits) + "</p>")
    else:
        paragraphs.extend(f"<p>{esc(line)}</p>" for line in article.credits)
    return "\n".join(paragraphs)


def _block_html(block: Block) -> str:
    if block.kind == "raw":
        return block.html
    if block.kind == "read_also":
        link = f'<a href="{esc(block.href)}">{esc(block.text)}</a>'
        return f"<p><strong>Baca juga:</strong> {link}</p>"
    if block.kind == "attachment":
        return f'<p>Unduh: <a href="{esc(block.href)}">{esc(block.text)}</a></p>'
    return f"<p>{esc(block.text)}</p>"


def teaser(article: MirrorArticle, limit: int = 180) -> str:
    """The first paragraph cut at a word boundary, as a trimmed Drupal summary."""
    first = next(iter(article.paragraphs), "")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


def robots_txt(site: MirrorSite) -> str:
    """The stock robots.txt of the site's platform: admin paths closed, news open."""
    disallowed: tuple[str, ...]
    if site.layout == "wordpress":
        disallowed = ("/wp-admin/", "/wp-login.php", "/?s=", "/search/", "/feed/")
        allowed = ("/wp-admin/admin-ajax.php", "/berita", "/category/")
    else:
        disallowed = (
            "/admin/",
            "/user/",
            "/search/",
            "/node/add/",
            "/comment/reply/",
            "/filter/tips",
            "/core/",
            "/profiles/",
            "/index.php/admin/",
            "/index.php/user/",
            "/index.php/search/",
        )
        allowed = ("/berita", "/id/berita", "/index.php/berita")
    lines = ["User-agent: *", *(f"Allow: {path}" for path in allowed)]
    lines += [f"Disallow: {path}" for path in disallowed]
    return "\n".join(lines) + "\n"


def profile_paragraphs(site: MirrorSite) -> tuple[str, ...]:
    """The text of /profil/sejarah: a page that looks like content but is not news."""
    office = site.spec.cast.office
    return (
        f"{office} merupakan lembaga pengawas pemilu yang dibentuk berdasarkan undang-undang "
        "tentang pemilihan umum dan bersifat tetap.",
        "Sebelumnya, pengawasan pemilu di daerah dilaksanakan oleh panitia pengawas yang "
        "dibentuk sementara menjelang setiap pemilihan.",
        f"Kini {office} menjalankan tugas pencegahan, pengawasan, serta penindakan pelanggaran "
        f"dan sengketa proses pemilu di wilayah {site.spec.cast.region}.",
    )
