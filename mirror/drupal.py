"""Pages of the current Drupal multisite (provinces and regencies), per LAYOUTS.md section 1."""

from __future__ import annotations

from mirror.calendar_id import long_date
from mirror.content import DeadLink, MirrorArticle, MirrorSite
from mirror.hosts import regency_block
from mirror.markup import (
    Reply,
    body_html,
    esc,
    html_reply,
    page_number,
    profile_paragraphs,
    teaser,
)

NOT_FOUND_TITLE = "Halaman tidak ditemukan"
TAG_TERM_IDS = {"Berita": 3, "publikasi": 9, "Agenda": 12, "Sekretariat": 15, "Pengawasan": 21}


def route(site: MirrorSite, path: str, query: dict[str, list[str]]) -> Reply:
    """Answer a request; `/index.php/...` is the same route as `/...`, as on Drupal."""
    if path == "/index.php" or path.startswith("/index.php/"):
        path = path[len("/index.php") :] or "/"
    if path in ("/", "/berita"):
        return html_reply(200, listing_page(site, page_number(query), front=path == "/"))
    if path == "/profil/sejarah":
        return html_reply(200, profile_page(site))
    article = site.article_at(path)
    if article is not None:
        return html_reply(200, article_page(site, article), last_modified=article.updated_at)
    if site.dead_link is not None and path == site.dead_link.path:
        return html_reply(200, not_found_page(site))
    return html_reply(404, not_found_page(site))


def _shell(site: MirrorSite, title: str, body_class: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="id" dir="ltr">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(site.spec.name)}</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">{head}</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Lompat ke isi utama</a>
<div class="dialog-off-canvas-main-canvas">
 <header class="site-header"><a href="/" rel="home"><img
   src="/sites/{site.spec.files_dir}/files/logo.png" alt=""></a></header>
 <main role="main"><a id="main-content" tabindex="-1"></a>
{main}
 </main>
{_footer(site)}
</div></body></html>
"""


def _footer(site: MirrorSite) -> str:
    location = (
        ' <div class="block block-lokasi"><h2>Lokasi Bawaslu Provinsi</h2></div>\n'
        if site.quirks.footer == "provinsi"
        else ""
    )
    consultation = """ <div class="block block-konsultasi">
  <div class="tanya">tanya</div>
  <h3>Konsultasi<br>Hukum Kepemiluan</h3>
  <a href="/konsultasi" class="btn">Tanyakan <span class="anticon">right-circle</span></a>
 </div>
"""
    return f"""<footer class="site-footer">
 <div class="toast" role="alert"><div class="toast-body">toast</div></div>
 <div class="block block-social"><h2>Media Sosial</h2>
  <a href="https://www.instagram.com/{site.spec.instagram}/"><span class="icon">
 </span></a></div>
 <div class="block block-news"><h2>news</h2></div>
{location}{consultation}{consultation}</footer>"""


def listing_page(site: MirrorSite, page: int, front: bool = False) -> str:
    """A page of the news view; the front page (`/`) adds a provincial site's regency links."""
    rows = [_listing_row(site, article) for article in site.listing_page(page)]
    if site.dead_link is not None and page == site.dead_link.listing_page:
        rows.append(_dead_link_row(site, site.dead_link))
    content = "\n".join(rows) if rows else '<div class="view-empty">Belum ada berita.</div>'
    main = f"""  <h1 class="page-title">Berita</h1>
  <div class="view view-berita view-id-berita view-display-id-page_1">
   <div class="view-content">
{content}
   </div>
{pager(page, site.page_count)}
  </div>"""
    if front:
        main += "\n" + regency_block(site.host)
    return _shell(site, "Berita", "path-berita", main)


def _listing_row(site: MirrorSite, article: MirrorArticle) -> str:
    image = (
        f'<div class="views-field views-field-field-image"><img src="{esc(article.image)}" '
        'alt=""></div>\n'
        if article.image
        else ""
    )
    created = (
        '<div class="views-field views-field-created"><span class="field-content">'
        f"{long_date(article.published_date)}</span></div>\n"
        if site.quirks.listing_dates
        else ""
    )
    return f"""    <div class="views-row">
{image}<div class="views-field views-field-title"><span class="field-content"><a
 href="{esc(site.listing_href(article.path))}" hreflang="id">{esc(article.title)}</a></span></div>
{created}<div class="views-field views-field-body"><div
 class="field-content">{esc(teaser(article))}</div></div>
    </div>"""


def _dead_link_row(site: MirrorSite, dead_link: DeadLink) -> str:
    href = site.listing_href(dead_link.path)
    return f"""    <div class="views-row">
<div class="views-field views-field-title"><span class="field-content"><a
 href="{esc(href)}" hreflang="id">{esc(dead_link.title)}</a></span></div>
    </div>"""


def pager(page: int, page_count: int) -> str:
    """Drupal's full pager: first/previous, a window of page numbers, next/last."""
    items = []
    if page > 0:
        items.append(_pager_item("first", 0, "«", 'title="Ke halaman pertama"'))
        items.append(_pager_item("previous", page - 1, "‹", 'rel="prev"'))
    for number in range(max(0, page - 4), min(page_count, page + 5)):
        if number == page:
            items.append(
                f'     <li class="pager__item is-active"><a href="?page={number}" '
                f'title="Halaman saat ini">{number + 1}</a></li>'
            )
        else:
            items.append(
                f'     <li class="pager__item"><a href="?page={number}" '
                f'title="Ke halaman {number + 1}">{number + 1}</a></li>'
            )
    if page < page_count - 1:
        items.append(
            _pager_item("next", page + 1, "›", 'rel="next" title="Ke halaman selanjutnya"')
        )
        items.append(_pager_item("last", page_count - 1, "»", 'title="Ke halaman terakhir"'))
    lines = "\n".join(items)
    return f"""   <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
    <ul class="pager__items js-pager__items">
{lines}
    </ul>
   </nav>"""


def _pager_item(kind: str, target: int, label: str, attributes: str) -> str:
    return (
        f'     <li class="pager__item pager__item--{kind}"><a href="?page={target}" '
        f"{attributes}>{label}</a></li>"
    )


def article_page(site: MirrorSite, article: MirrorArticle) -> str:
    title = esc(article.title)
    head = f'\n<link rel="canonical" href="{esc(site.url_of(article))}">'
    if site.quirks.meta_published_time:
        published = article.published_at.isoformat()
        head += f'\n<meta property="article:published_time" content="{published}">'
    page_title = (
        '  <div class="block-page-title-block"><h1 class="page-title">'
        f'<span class="field field--name-title">{title}</span></h1></div>\n'
        if site.quirks.doubled_title
        else ""
    )
    main = f"""  <div class="section-label"><h2 class="block-title">Berita</h2></div>
{page_title}  <article class="node node--type-berita node--view-mode-full">
   <h2 class="node__title">{title}</h2>
   <div class="node__content">
{_figure(article)}    <div class="clearfix text-formatted field field--name-body
     field--type-text-with-summary field--label-hidden field__item">
{body_html(article)}
    </div>
{_tag_block(article)}   </div>
  </article>"""
    return _shell(site, article.title, "path-node page-node-type-berita", main, head)


def _figure(article: MirrorArticle) -> str:
    if not article.image:
        return ""
    caption = (
        f'\n      <figcaption class="image-caption">{esc(article.caption)}</figcaption>'
        if article.caption
        else ""
    )
    return f"""    <div class="field field--name-field-image">
     <figure><img src="{esc(article.image)}" alt="{esc(article.title)}">{caption}</figure>
    </div>
"""


def _tag_block(article: MirrorArticle) -> str:
    if not article.tags:
        return ""
    items = "\n".join(
        f'      <div class="field__item"><a href="/taxonomy/term/{TAG_TERM_IDS.get(tag, 30)}" '
        f'hreflang="id">{esc(tag)}</a></div>'
        for tag in article.tags
    )
    return f"""    <div class="field field--name-field-tags field--type-entity-reference
     field--label-above">
     <div class="field__label">Tag</div>
     <div class="field__items">
{items}
     </div>
    </div>
"""


def profile_page(site: MirrorSite) -> str:
    paragraphs = "\n".join(f"   <p>{esc(text)}</p>" for text in profile_paragraphs(site))
    main = f"""  <div class="block-page-title-block"><h1 class="page-title">Sejarah</h1></div>
  <div class="profil-content">
{paragraphs}
  </div>"""
    return _shell(site, "Sejarah", "path-profil page-node-type-page", main)


def not_found_page(site: MirrorSite) -> str:
    """The themed error page; real 404s and the dead listing link (status 200) share it."""
    main = f"""  <div class="block-page-title-block"><h1
   class="page-title">{NOT_FOUND_TITLE}</h1></div>
  <div class="error-content"><p>Halaman yang Anda cari tidak ditemukan atau telah dipindahkan.</p>
  <p><a href="/berita">Kembali ke daftar berita</a></p></div>"""
    return _shell(site, NOT_FOUND_TITLE, "path-system page-error", main)
