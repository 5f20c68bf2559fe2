"""Pages of a WordPress-era regency site (Jombang), per LAYOUTS.md section 2.

Listings are `/category/berita/` and `/category/berita/page/N/` (1-based); articles carry their
date in the URL; paths without the trailing slash are redirected to it, as WordPress does.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from mirror.calendar_id import MONTHS
from mirror.content import MirrorArticle, MirrorSite
from mirror.markup import Reply, body_html, esc, html_reply, profile_paragraphs, redirect, teaser

LISTING = "/category/berita/"
LISTING_PAGE = re.compile(r"^/category/berita/page/(\d+)/$")


def route(site: MirrorSite, path: str, query: dict[str, list[str]]) -> Reply:
    if path == "/berita":
        return redirect(LISTING)
    if path in ("/", LISTING):
        return html_reply(200, listing_page(site, 1))
    match = LISTING_PAGE.match(path)
    if match:
        return _numbered_listing(site, int(match.group(1)))
    if path == "/profil/sejarah/":
        return html_reply(200, profile_page(site))
    article = site.article_at(path)
    if article is not None:
        return html_reply(200, article_page(site, article), last_modified=article.updated_at)
    if not path.endswith("/") and _exists(site, path + "/"):
        return redirect(path + "/")
    return html_reply(404, not_found_page(site))


def _numbered_listing(site: MirrorSite, number: int) -> Reply:
    if number == 1:
        return redirect(LISTING)
    if 1 <= number <= site.page_count:
        return html_reply(200, listing_page(site, number))
    return html_reply(404, not_found_page(site))


def _exists(site: MirrorSite, path: str) -> bool:
    return (
        path == "/profil/sejarah/"
        or LISTING_PAGE.match(path) is not None
        or site.article_at(path) is not None
    )


def _listing_url(number: int) -> str:
    return LISTING if number == 1 else f"{LISTING}page/{number}/"


def _shell(site: MirrorSite, title: str, body_class: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>{esc(title)} – {esc(site.spec.name)}</title>{head}
<link rel="stylesheet" href="/wp-content/themes/bawaslu/style.css"></head>
<body class="{body_class}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">{esc(site.spec.name)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">Beranda</a></li><li><a href="{LISTING}">Berita</a></li>
<li><a href="/profil/sejarah/">Profil</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
{main}
</main></div>
<footer id="colophon" class="site-footer"><div class="site-info">© {esc(site.spec.name)}</div>
<a href="#" class="scroll-top">Scroll Top</a></footer>
</body></html>
"""


def _date_label(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _posted_on(article: MirrorArticle) -> str:
    updated = article.updated_at
    return f"""<span class="posted-on"><a href="{esc(article.path)}" rel="bookmark">
    <time class="entry-date published"
     datetime="{article.published_at.isoformat()}">{_date_label(article.published_at)}</time>
    <time class="updated"
     datetime="{updated.isoformat()}">{_date_label(updated)}</time></a></span>"""


def listing_page(site: MirrorSite, number: int) -> str:
    posts = "\n".join(_listing_post(article) for article in site.listing_page(number - 1))
    head = (
        f'\n<link rel="next" href="{_listing_url(number + 1)}">' if number < site.page_count else ""
    )
    main = f"""<header class="page-header"><h1 class="page-title">Kategori: Berita</h1></header>
{posts}
{_pagination(number, site.page_count)}"""
    return _shell(site, "Berita", "archive category category-berita", main, head)


def _listing_post(article: MirrorArticle) -> str:
    return f""" <article id="post-{article.node_id}" class="post-{article.node_id} post type-post
  status-publish format-standard hentry category-berita">
  <header class="entry-header"><h2 class="entry-title"><a href="{esc(article.path)}"
   rel="bookmark">{esc(article.title)}</a></h2>
   <div class="entry-meta">{_posted_on(article)}</div></header>
  <div class="entry-summary"><p>{esc(teaser(article))}</p></div>
 </article>"""


def _pagination(number: int, page_count: int) -> str:
    links = []
    if number > 1:
        links.append(
            f'<a class="prev page-numbers" href="{_listing_url(number - 1)}">« Sebelumnya</a>'
        )
    for other in range(1, page_count + 1):
        if other == number:
            links.append(f'<span aria-current="page" class="page-numbers current">{other}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{_listing_url(other)}">{other}</a>')
    if number < page_count:
        links.append(
            f'<a class="next page-numbers" rel="next" href="{_listing_url(number + 1)}">'
            "Berikutnya »</a>"
        )
    return f"""<nav class="navigation pagination" aria-label="Pos">
 <h2 class="screen-reader-text">Navigasi pos</h2>
 <div class="nav-links">{"".join(links)}</div>
</nav>"""


def article_page(site: MirrorSite, article: MirrorArticle) -> str:
    published_utc = article.published_at.astimezone(UTC).isoformat()
    head = f"""
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published_utc}">"""
    tag_classes = " ".join(f"tag-{esc(tag.lower().replace(' ', '-'))}" for tag in article.tags)
    thumbnail = (
        f'  <div class="post-thumbnail"><img src="{esc(article.image)}" '
        f'alt="{esc(article.title)}"></div>\n'
        if article.image
        else ""
    )
    caption = f"   <p><em>{esc(article.caption)}</em></p>\n" if article.caption else ""
    tags = ", ".join(
        f'<a href="/tag/{esc(tag.lower())}/" rel="tag">{esc(tag)}</a>' for tag in article.tags
    )
    main = f""" <article id="post-{article.node_id}" class="post-{article.node_id} post type-post
  status-publish format-standard hentry category-berita {tag_classes}">
  <header class="entry-header"><h1 class="entry-title">{esc(article.title)}</h1>
   <div class="entry-meta">{_posted_on(article)}
    <span class="byline"> oleh <span class="author vcard"><a class="url fn n"
     href="/author/{esc(article.author)}/">{esc(article.author)}</a></span></span></div>
  </header>
{thumbnail}  <div class="entry-content">
{caption}{body_html(article)}
   <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3>
    <ul><li><a class="share-facebook" href="#">Facebook</a></li>
     <li><a class="share-twitter" href="#">Twitter</a></li>
     <li><a class="share-jetpack-whatsapp" href="#">WhatsApp</a></li></ul></div>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="{LISTING}"
   rel="category tag">Berita</a></span>
   <span class="tags-links">Tagged {tags}</span>
   <span class="comments-link"><a href="{esc(article.path)}#respond">Leave a
   comment</a></span></footer>
 </article>
{_post_navigation(site, article)}"""
    body_class = (
        f"post-template-default single single-post postid-{article.node_id} single-format-standard"
    )
    return _shell(site, article.title, body_class, main, head)


def _post_navigation(site: MirrorSite, article: MirrorArticle) -> str:
    """Links to the older and the newer post, as WordPress themes print under an article."""
    index = site.articles.index(article)
    older = site.articles[index + 1] if index + 1 < len(site.articles) else None
    newer = site.articles[index - 1] if index > 0 else None
    links = ""
    if older is not None:
        links += (
            f'<div class="nav-previous"><a href="{esc(older.path)}" rel="prev">'
            f"{esc(older.title)}</a></div>"
        )
    if newer is not None:
        links += (
            f'<div class="nav-next"><a href="{esc(newer.path)}" rel="next">'
            f"{esc(newer.title)}</a></div>"
        )
    return f"""<nav class="navigation post-navigation" aria-label="Pos">
 <h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links">{links}</div>
</nav>"""


def profile_page(site: MirrorSite) -> str:
    paragraphs = "\n".join(f"   <p>{esc(text)}</p>" for text in profile_paragraphs(site))
    main = f""" <article id="post-2" class="post-2 page type-page status-publish hentry">
  <header class="entry-header"><h1 class="entry-title">Sejarah</h1></header>
  <div class="entry-content">
{paragraphs}
  </div>
 </article>"""
    return _shell(site, "Sejarah", "page-template-default page page-id-2", main)


def not_found_page(site: MirrorSite) -> str:
    main = """ <section class="error-404 not-found">
  <header class="page-header"><h1 class="page-title">Halaman tidak ditemukan</h1></header>
  <div class="page-content"><p>Maaf, halaman yang Anda cari tidak tersedia.</p></div>
 </section>"""
    return _shell(site, "Halaman tidak ditemukan", "error404", main)
