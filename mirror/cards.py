"""A theme the page objects do not know: Bootstrap cards, as a site that left the Drupal
multisite's stock theme might print its news (`layout = "cards"`).

Nothing here carries the markers `scrapers/pages/` look for (no `views-row`, no `field--name-*`,
no `entry-*`, no generator tag): its listings are read by the generic walker, its articles by
whatever reader can. Two variants:

- `cards`: listing `/berita?page=N` (0-based), a numbered pager whose next link says
  "Selanjutnya »" (no `rel`), and a "Berita Terbaru" sidebar repeated on every page;
- `cards_endless`: listing `/berita/page/N/` (1-based) whose pager never ends: past the last
  page it serves the last page again, with a `rel="next"` link to the page after, forever.

These sites are not in `build_sites`, so what the other hosts serve is unchanged: tests serve
them through `MirrorServer(sites=...)` (`unseen_theme_sites`, or `rethemed` to switch a known
site's theme between two crawls).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from mirror.calendar_id import long_date
from mirror.content import MirrorArticle, MirrorSite, Quirks, SiteSpec, build_site, jakarta_today
from mirror.markup import Reply, body_html, esc, html_reply, page_number, teaser
from mirror.prose import Cast

LAYOUTS = ("cards", "cards_endless")
SIDEBAR_ITEMS = 5
_PAGE_PATH = re.compile(r"/berita/page/(\d+)/?")


def route(site: MirrorSite, path: str, query: dict[str, list[str]]) -> Reply:
    """Answer a request of a `cards` or `cards_endless` site."""
    endless = site.layout == "cards_endless"
    if path in ("/", "/berita"):
        return html_reply(200, listing_page(site, 0 if endless else page_number(query)))
    numbered = _PAGE_PATH.fullmatch(path)
    if endless and numbered and int(numbered.group(1)) >= 1:
        return html_reply(200, listing_page(site, int(numbered.group(1)) - 1))
    article = site.article_at(path)
    if article is not None:
        return html_reply(200, article_page(site, article), last_modified=article.updated_at)
    return html_reply(404, _shell(site, "Halaman tidak ditemukan", "<p>Tidak ditemukan.</p>"))


def listing_page(site: MirrorSite, page: int) -> str:
    """Page `page` (0-based) of the news; an endless site repeats its last page past the end."""
    endless = site.layout == "cards_endless"
    shown = min(page, site.page_count - 1) if endless else page
    cards = "\n".join(_card(site, article) for article in site.listing_page(shown))
    main = f"""  <h2 class="mb-4">Berita</h2>
{cards or '<p class="text-muted">Belum ada berita.</p>'}
{_pager(site, page)}"""
    return _shell(site, "Berita", main)


def article_page(site: MirrorSite, article: MirrorArticle) -> str:
    image = (
        f'<img class="img-fluid rounded mb-3" src="{esc(article.image)}" alt="">'
        f'<p class="small text-muted">{esc(article.caption)}</p>'
        if article.image
        else ""
    )
    main = f"""  <div class="card"><div class="card-body">
   <h1 class="judul-berita h3">{esc(article.title)}</h1>
   <p class="small text-muted">{long_date(article.published_date)}</p>
   {image}
   <div class="isi-berita">
{body_html(article)}
   </div>
  </div></div>"""
    return _shell(site, article.title, main)


def _card(site: MirrorSite, article: MirrorArticle) -> str:
    href = esc(article.path)
    image = (
        f'<a href="{href}"><img class="card-img-top" src="{esc(article.image)}" alt=""></a>'
        if article.image
        else ""
    )
    return f"""  <div class="card mb-3">{image}<div class="card-body">
   <h5 class="card-title"><a href="{href}">{esc(article.title)}</a></h5>
   <p class="card-text"><small class="text-muted">{long_date(article.published_date)}</small></p>
   <p class="card-text">{esc(teaser(article))}</p>
   <a href="{href}" class="btn btn-sm btn-outline-primary">Baca selengkapnya</a>
  </div></div>"""


def _pager(site: MirrorSite, page: int) -> str:
    if site.layout == "cards_endless":
        numbers = "".join(
            f'<li class="page-item"><a class="page-link" href="/berita/page/{n + 1}/">{n + 1}</a>'
            "</li>"
            for n in range(site.page_count)
        )
        after = f"/berita/page/{page + 2}/"
        return f"""  <ul class="pagination">{numbers}
   <li class="page-item"><a class="page-link" rel="next" href="{after}">›</a></li></ul>"""
    numbers = "".join(
        f'<li class="page-item"><a class="page-link" href="/berita?page={n}">{n + 1}</a></li>'
        for n in range(site.page_count)
    )
    after = (
        f'<li class="page-item"><a class="page-link" href="/berita?page={page + 1}">'
        "Selanjutnya &raquo;</a></li>"
        if page < site.page_count - 1
        else ""
    )
    return f'  <ul class="pagination">{numbers}{after}</ul>'


def _shell(site: MirrorSite, title: str, main: str) -> str:
    latest = "\n".join(
        f'    <div class="d-flex py-1"><a href="{esc(a.path)}">{esc(a.title)}</a></div>'
        for a in site.articles[:SIDEBAR_ITEMS]
    )
    name = esc(site.spec.name)
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - {name}</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>
<body>
<div class="navbar navbar-expand-lg bg-danger"><a class="navbar-brand" href="/">{name}</a>
 <a class="nav-link" href="/berita">Berita</a> <a class="nav-link" href="/profil/sejarah">Profil</a>
</div>
<div class="container my-4"><div class="row">
 <div class="col-lg-8">
{main}
 </div>
 <div class="col-lg-4"><div class="p-3 bg-light"><h4>Berita Terbaru</h4>
{latest}
 </div></div>
</div></div>
<div class="bg-dark text-white p-4">{name} · Media Sosial</div>
</body></html>
"""


UNSEEN_SPECS: tuple[SiteSpec, ...] = (
    SiteSpec(
        host="sumbar.bawaslu.go.id",
        name="Bawaslu Provinsi Sumatera Barat",
        level="provinsi",
        layout="cards",
        files_dir="sumbar",
        instagram="bawaslusumbar",
        cast=Cast(
            office="Bawaslu Sumbar",
            region="Sumatera Barat",
            places=("Padang", "Bukittinggi", "Payakumbuh", "Solok", "Pariaman"),
            people=("Rahmi Yanti", "Syafrizal Putra", "Nofri Hendra"),
            partners=("KPU Sumatera Barat", "Polda Sumatera Barat", "Universitas Andalas"),
        ),
        quirks=Quirks(doubled_title=False),
        date_styles=("weekday_day_month", "weekday_long"),
        article_count=(23, 28),
    ),
    SiteSpec(
        host="sulsel.bawaslu.go.id",
        name="Bawaslu Provinsi Sulawesi Selatan",
        level="provinsi",
        layout="cards_endless",
        files_dir="sulsel",
        instagram="bawaslusulsel",
        cast=Cast(
            office="Bawaslu Sulsel",
            region="Sulawesi Selatan",
            places=("Makassar", "Gowa", "Maros", "Bone", "Parepare"),
            people=("Andi Rahmat", "Nurhayati Said", "Ilham Syahrir"),
            partners=("KPU Sulawesi Selatan", "Polda Sulawesi Selatan", "Universitas Hasanuddin"),
        ),
        quirks=Quirks(doubled_title=False),
        date_styles=("weekday_day_month", "weekday_numeric_full"),
        article_count=(23, 28),
    ),
)
"""Sites in the unseen theme: one with a plain pager, one whose pager never ends."""


def unseen_theme_sites(seed: int = 0, today: date | None = None) -> dict[str, MirrorSite]:
    """The sites of UNSEEN_SPECS by host, generated like the others."""
    today = today or jakarta_today()
    return {spec.host: build_site(spec, seed, today) for spec in UNSEEN_SPECS}


def rethemed(site: MirrorSite, layout: str = "cards") -> MirrorSite:
    """The same site, same articles at the same URLs, printed in another theme: a site that
    changed its theme overnight."""
    return replace(site, spec=replace(site.spec, layout=layout))
