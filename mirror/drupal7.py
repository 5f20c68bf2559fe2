"""Pages of the old national Drupal 7 site (www.bawaslu.go.id, 2019), per LAYOUTS.md section 3.

Listings live at `/id/berita?page=N` (`/berita` redirects there) and show a date and a view
count per row; articles carry a "Ditulis oleh X pada <date> - HH:MM WIB" byline. One article
is served in windows-1252 under a `charset=utf-8` meta, as an old server may.
"""

from __future__ import annotations

from urllib.parse import urlencode

from mirror.calendar_id import long_date
from mirror.content import MirrorArticle, MirrorSite
from mirror.markup import (
    Reply,
    body_html,
    esc,
    html_reply,
    page_number,
    profile_paragraphs,
    redirect,
)

LISTING = "/id/berita"


def route(site: MirrorSite, path: str, query: dict[str, list[str]]) -> Reply:
    if path == "/berita":
        suffix = f"?{urlencode(query, doseq=True)}" if query else ""
        return redirect(LISTING + suffix)
    if path in ("/", LISTING):
        return html_reply(200, listing_page(site, page_number(query)))
    if path == "/profil/sejarah":
        return html_reply(200, profile_page(site))
    article = site.article_at(path)
    if article is not None:
        page = article_page(site, article)
        return html_reply(200, page, article.encoding, last_modified=article.updated_at)
    return html_reply(404, not_found_page(site))


def byline_date(article: MirrorArticle) -> str:
    """ "Rabu, 11 Desember 2019 - 14:12 WIB", as listings and bylines print it."""
    return f"{long_date(article.published_date)} - {article.published_at:%H:%M} WIB"


def _shell(site: MirrorSite, title: str, body_class: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="id" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<title>{esc(title)} | {esc(site.spec.name)}</title></head>
<body class="html not-front {body_class} i18n-id">
<div id="skip-link"><a href="#main-content"
 class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page"><div id="header"><a href="/id" title="Beranda" rel="home" id="logo"><img
 src="/sites/default/files/logo.png" alt="Beranda"></a></div>
<div id="main"><a id="main-content"></a>
{main}
</div>
<div id="footer"><p>Badan Pengawas Pemilihan Umum Republik Indonesia</p></div></div></body></html>
"""


def listing_page(site: MirrorSite, page: int) -> str:
    rows = "\n".join(
        f'<div class="views-row"><span class="views-field-title">'
        f'<a href="{esc(site.listing_href(article.path))}">{esc(article.title)}</a></span>\n'
        f'<span class="date">{byline_date(article)}</span>\n'
        f'<span class="views-field-totalcount">Dilihat {article.views} kali</span></div>'
        for article in site.listing_page(page)
    )
    main = f""" <h1 class="title" id="page-title">Berita</h1>
 <div class="view view-berita view-id-berita"><div class="view-content">
{rows or '<div class="view-empty">Tidak ada berita.</div>'}
 </div>
{pager(page, site.page_count)}
 </div>"""
    return _shell(site, "Berita", "page-berita", main)


def pager(page: int, page_count: int) -> str:
    """Drupal 7's pager: first/previous, numbers, next/last, with `pager-*` classes."""
    items = []
    if page > 0:
        items.append(f'<li class="pager-first first"><a href="{_page_href(0)}">« pertama</a></li>')
        items.append(
            f'<li class="pager-previous"><a href="{_page_href(page - 1)}">‹ sebelumnya</a></li>'
        )
    for number in range(page_count):
        if number == page:
            items.append(f'<li class="pager-current">{number + 1}</li>')
        else:
            items.append(
                f'<li class="pager-item"><a href="{_page_href(number)}">{number + 1}</a></li>'
            )
    if page < page_count - 1:
        items.append(
            f'<li class="pager-next"><a href="{_page_href(page + 1)}">berikutnya ›</a></li>'
        )
        items.append(
            f'<li class="pager-last last"><a href="{_page_href(page_count - 1)}">'
            "terakhir »</a></li>"
        )
    return (
        '<h2 class="element-invisible">Halaman</h2><div class="item-list"><ul class="pager">'
        + "".join(items)
        + "</ul></div>"
    )


def _page_href(page: int) -> str:
    return LISTING if page == 0 else f"{LISTING}?page={page}"


def article_page(site: MirrorSite, article: MirrorArticle) -> str:
    image = (
        f'  <div class="field field-name-field-image"><img src="{esc(article.image)}" '
        f'alt="{esc(article.title)}"></div>\n'
        if article.image
        else ""
    )
    tags = "".join(
        f'<div class="field-item"><a href="/id/tags/{esc(tag.lower().replace(" ", "-"))}">'
        f"{esc(tag)}</a></div>"
        for tag in article.tags
    )
    main = f""" <h1 class="title" id="page-title">{esc(article.title)}</h1>
 <div id="node-{article.node_id}" class="node node-berita node-full clearfix">
  <div class="submitted">Ditulis oleh <span class="username">{esc(article.author)}</span>
   pada {byline_date(article)}</div>
{image}  <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div
   class="field-items"><div class="field-item even" property="content:encoded">
{body_html(article)}
  </div></div></div>
  <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">
   <div class="field-label">Tags:&nbsp;</div><div class="field-items">{tags}</div></div>
  <div class="statistics">Dilihat {article.views} kali</div>
 </div>"""
    return _shell(
        site, article.title, f"page-node page-node-{article.node_id} node-type-berita", main
    )


def profile_page(site: MirrorSite) -> str:
    paragraphs = "\n".join(f"<p>{esc(text)}</p>" for text in profile_paragraphs(site))
    main = f"""<h1 class="title" id="page-title">Sejarah</h1>
<div class="profil">
{paragraphs}
</div>"""
    return _shell(site, "Sejarah", "page-profil", main)


def not_found_page(site: MirrorSite) -> str:
    main = """<h1 class="title" id="page-title">Halaman tidak ditemukan</h1>
<p>Halaman yang diminta tidak dapat ditemukan.</p>"""
    return _shell(site, "Halaman tidak ditemukan", "page-error", main)
