"""Unit tests of extraction on small pages written after mirror/LAYOUTS.md."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.article import Credit, DateClue, ExtractionError, Image, NotAnArticle
from scrapers.extract import decode_html, parse_article, parse_html, parse_listing
from scrapers.pages import LAYOUTS, Document, choose_layout
from scrapers.pages.credits import parse_credit_line
from scrapers.text import clean_line, join_paragraphs

SEED = Path(__file__).resolve().parent.parent / "mirror/data/seed_lampung.txt"  # a real page's text
LAMPUNG = "https://lampung.bawaslu.go.id"

FOOTER = """<footer class="site-footer">
 <div class="toast" role="alert"><div class="toast-body">toast</div></div>
 <div class="block block-social"><h2>Media Sosial</h2></div>
 <div class="block block-news"><h2>news</h2></div>
 <div class="block block-lokasi"><h2>Lokasi Bawaslu Provinsi</h2></div>
 <div class="block block-konsultasi"><div class="tanya">tanya</div>
  <h3>Konsultasi<br>Hukum Kepemiluan</h3>
  <a href="/konsultasi" class="btn">Tanyakan <span class="anticon">right-circle</span></a></div>
</footer>"""


def drupal_page(
    title: str,
    body_html: str,
    *,
    doubled: bool = True,
    figure: str = "",
    tags: tuple[str, ...] = (),
    head: str = "",
    footer: str = FOOTER,
) -> str:
    """A current-platform article page as the mirror serves it."""
    page_title = (
        f'<div class="block-page-title-block"><h1 class="page-title">'
        f'<span class="field field--name-title">{escape(title)}</span></h1></div>'
        if doubled
        else ""
    )
    tag_block = ""
    if tags:
        items = "".join(
            f'<div class="field__item"><a href="/taxonomy/term/{i}">{escape(t)}</a></div>'
            for i, t in enumerate(tags)
        )
        tag_block = (
            '<div class="field field--name-field-tags"><div class="field__label">Tag</div>'
            f'<div class="field__items">{items}</div></div>'
        )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)} | Bawaslu Provinsi Lampung</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">{head}</head>
<body class="path-node page-node-type-berita">
<a href="#main-content" class="visually-hidden focusable skip-link">Lompat ke isi utama</a>
<div class="dialog-off-canvas-main-canvas"><main role="main"><a id="main-content"></a>
<div class="section-label"><h2 class="block-title">Berita</h2></div>{page_title}
<article class="node node--type-berita node--view-mode-full">
<h2 class="node__title">{escape(title)}</h2><div class="node__content">{figure}
<div class="clearfix text-formatted field field--name-body field__item">{body_html}</div>
{tag_block}</div></article></main>{footer}</div></body></html>"""


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def seed_title_and_paragraphs() -> tuple[str, list[str]]:
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    title = blocks[2]
    end = blocks.index("toast")
    return title, blocks[4:end]


def test_seed_page_gives_the_seed_title_and_its_six_paragraphs() -> None:
    title, paragraphs = seed_title_and_paragraphs()
    html = drupal_page(title, paragraphs_html(paragraphs))
    article = parse_article(html, f"{LAMPUNG}/index.php/berita/serahkan-laporan?x=1#top")
    assert len(paragraphs) == 6
    assert article.title == title
    assert article.body.split("\n\n") == paragraphs
    assert article.layout == "drupal"
    assert article.url == f"{LAMPUNG}/berita/serahkan-laporan"
    assert article.host == "lampung.bawaslu.go.id"
    assert article.credits == () and article.tags == () and article.lead == ""


@pytest.mark.parametrize(
    "marker",
    [
        "Lompat ke isi utama",
        "Media Sosial",
        "Lokasi Bawaslu Provinsi",
        "Konsultasi",
        "Hukum Kepemiluan",
        "Tanyakan",
        "right-circle",
        "toast",
        "tanya",
    ],
)
def test_no_footer_marker_reaches_title_or_body(marker: str) -> None:
    title, paragraphs = seed_title_and_paragraphs()
    article = parse_article(drupal_page(title, paragraphs_html(paragraphs)), f"{LAMPUNG}/berita/a")
    assert marker not in article.title
    assert marker not in article.body


def test_single_title_caption_tags_images_and_attachments() -> None:
    figure = (
        '<div class="field field--name-field-image"><figure>'
        '<img src="/sites/prov_jatim/files/2024-05/rapat.jpg" alt="Rapat pleno">'
        '<figcaption class="image-caption">Suasana rapat pleno, Rabu (22/5).</figcaption>'
        "</figure></div>"
    )
    body = (
        "<p>Bawaslu Jatim menggelar rapat.</p>"
        '<p><strong>Baca juga:</strong> <a href="/berita/lain">Berita lain</a></p>'
        '<p>Unduh: <a href="/sites/prov_jatim/files/2024-05/se.pdf">Surat Edaran</a></p>'
        "<p>Penulis : Rina<br>Desain : Humas Bawaslu Jatim</p>"
    )
    html = drupal_page(
        "[[Konferensi Pers]] Rapat Pleno",
        body,
        doubled=False,
        figure=figure,
        tags=("Berita", "publikasi"),
        head='<meta property="article:published_time" content="2024-05-22T10:15:00+07:00">',
    )
    article = parse_article(html, "https://jatim.bawaslu.go.id/berita/rapat-pleno")
    assert article.title == "[[Konferensi Pers]] Rapat Pleno"
    assert article.lead == "Suasana rapat pleno, Rabu (22/5)."
    assert article.body == "Bawaslu Jatim menggelar rapat."
    assert article.tags == ("Berita", "publikasi")
    assert article.credits == (Credit("writer", "Rina"), Credit("design", "Humas Bawaslu Jatim"))
    assert article.credits_raw == "Penulis : Rina\nDesain : Humas Bawaslu Jatim"
    assert article.images == (
        Image(
            "https://jatim.bawaslu.go.id/sites/prov_jatim/files/2024-05/rapat.jpg",
            "Rapat pleno",
            "Suasana rapat pleno, Rabu (22/5).",
        ),
    )
    assert article.attachments == (
        "https://jatim.bawaslu.go.id/sites/prov_jatim/files/2024-05/se.pdf",
    )
    assert article.date_clues[0] == DateClue("meta", "2024-05-22T10:15:00+07:00")
    assert article.date_clues[-1] == DateClue("body", article.body)
    assert article.date is None


@pytest.mark.parametrize(
    ("credit_html", "credits"),
    [
        (
            "<p>Editor : Ahmad<br>Foto : Budi</p>",
            (Credit("editor", "Ahmad"), Credit("photo", "Budi")),
        ),
        (
            "<p>Editor : Ahmad</p><p>Foto : Budi</p>",
            (Credit("editor", "Ahmad"), Credit("photo", "Budi")),
        ),
        ("<p>Penulis dan Editor : Sari</p>", (Credit("writer", "Sari"), Credit("editor", "Sari"))),
        ("<p>Penulis : Sari</p>", (Credit("writer", "Sari"),)),
        ("<p>Humas Bawaslu Nganjuk</p>", (Credit("author", "Humas Bawaslu Nganjuk"),)),
        ("<p>//redd</p>", (Credit("author", "redd"),)),
    ],
)
def test_every_credit_variant_is_parsed_and_kept_out_of_the_body(
    credit_html: str, credits: tuple[Credit, ...]
) -> None:
    html = drupal_page("Judul", "<p>Isi berita.</p>" + credit_html)
    article = parse_article(html, "https://nganjuk.bawaslu.go.id/berita/judul")
    assert article.body == "Isi berita."
    assert article.credits == credits
    assert article.credits_raw.splitlines() == re.findall(r"(?<=>)[^<>]+(?=<)", credit_html)


def test_a_sentence_about_an_editor_stays_in_the_body() -> None:
    assert parse_credit_line("Editor senior itu hadir dalam rapat.") is None
    html = drupal_page("Judul", "<p>Isi.</p><p>Humas Bawaslu Blora menyampaikan hasil rapat.</p>")
    article = parse_article(html, "https://blora.bawaslu.go.id/berita/judul")
    assert article.credits == ()
    assert article.body.endswith("menyampaikan hasil rapat.")


def test_whitespace_is_normalised_and_quotes_kept() -> None:
    body = (
        "<p>\u00a0Kata\u200b\tketua:  \u201cSiap!\u201d\n  ujarnya.</p><p> </p><p>Cafe\u0301.</p>"
    )
    article = parse_article(drupal_page("  Judul\u00a0 ganda ", body), f"{LAMPUNG}/berita/j")
    assert article.title == "Judul ganda"
    assert article.body == "Kata ketua: \u201cSiap!\u201d ujarnya.\n\nCaf\u00e9."


def test_text_helpers() -> None:
    assert clean_line(" a\u00a0\u202fb\u200d ") == "a b"
    assert join_paragraphs(["a", " ", "b\n\n c"]) == "a\n\nb\nc"


WORDPRESS = """<html lang="id-ID"><head><meta charset="UTF-8">
<title>Pengawasan Kampanye – Bawaslu</title>
<meta property="article:published_time" content="2019-01-07T08:12:00+00:00">
<link rel="stylesheet" href="/wp-content/themes/x/style.css"></head>
<body class="post-template-default single single-post postid-123">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="content"><main id="main"><article id="post-123" class="post-123 post hentry">
<header class="entry-header"><h1 class="entry-title">Pengawasan Kampanye</h1>
<div class="entry-meta"><span class="posted-on"><a href="/2019/01/07/pengawasan/" rel="bookmark">
<time class="entry-date published" datetime="2019-01-07T15:12:00+07:00">7 Januari 2019</time>
</a></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2019/01/foto.jpg" alt="Kampanye"></div>
<div class="entry-content"><p><em>Petugas mengawasi kampanye.</em></p>
<p>Bawaslu mengawasi kampanye.</p>
<div class="sharedaddy sd-sharing-enabled">Bagikan ini: Facebook Twitter WhatsApp</div></div>
<footer class="entry-footer">
<span class="cat-links">Posted in <a rel="category tag">Berita</a></span>
<span class="tags-links">Tagged <a rel="tag">Pengawasan</a>, <a rel="tag">Pemilu 2019</a></span>
<span class="comments-link"><a href="#respond">Leave a comment</a></span></footer></article>
</main></div>
<footer id="colophon"><a href="#" class="scroll-top">Scroll Top</a></footer></body></html>"""


def test_wordpress_article() -> None:
    article = parse_article(WORDPRESS, "https://jombang.bawaslu.go.id/2019/01/07/pengawasan/")
    assert article.layout == "wordpress"
    assert article.title == "Pengawasan Kampanye"
    assert article.lead == "Petugas mengawasi kampanye."
    assert article.body == "Bawaslu mengawasi kampanye."
    assert article.tags == ("Pengawasan", "Pemilu 2019")
    assert [c.source for c in article.date_clues] == ["meta", "meta", "url", "body"]
    assert article.date_clues[2].text == "/2019/01/07/pengawasan/"


RENAMED_WORDPRESS = """<html lang="id-ID"><head><meta charset="UTF-8">
<title>Bawaslu Awasi Distribusi Logistik – Bawaslu Kabupaten Jombang</title></head>
<body class="berita-tunggal"><header class="kepala"><nav><a href="/">Beranda</a>
<a href="/berita/">Berita</a></nav></header>
<main class="utama"><article class="kartu-berita">
<h1 class="judul">Bawaslu Awasi Distribusi Logistik</h1>
<div class="tanggal">Senin, 12 Februari 2024</div>
<img src="/wp-content/uploads/2024/02/logistik.jpg" alt="Distribusi logistik">
<div class="isi"><p>Bawaslu Kabupaten Jombang mengawasi distribusi logistik pemungutan suara dari
gudang KPU ke seluruh kecamatan sejak Senin pagi.</p>
<p>Pengawas kecamatan memastikan jumlah kotak suara, surat suara dan formulir sesuai dengan
daftar kebutuhan setiap tempat pemungutan suara.</p>
<p>Ketua Bawaslu Jombang meminta jajarannya mencatat setiap kekurangan dan segera melaporkannya
agar dapat dipenuhi sebelum hari pemungutan suara.</p></div>
</article>
<section class="terkait"><h2>Berita Terkait</h2>
<article class="kartu-kecil"><h3><a href="/berita/apel-siaga-pengawasan/">Apel Siaga Pengawasan
Pemungutan Suara</a></h3></article>
<article class="kartu-kecil"><h3><a href="/berita/patroli-masa-tenang/">Patroli Pengawasan Masa
Tenang di Jombang</a></h3></article></section>
</main><footer class="kaki">Bawaslu Kabupaten Jombang</footer></body></html>"""


@pytest.mark.parametrize("generator", ["", '<meta name="generator" content="WordPress 6.4.2">'])
def test_a_layouts_weak_markers_alone_do_not_make_an_article_a_listing(generator: str) -> None:
    """A WordPress site whose theme renamed every class still shows /wp-content/ images and
    `<article>`s (the post, and related posts beside it), and may still print its generator
    tag: the WordPress page object, unsure of the page (none of its strong markers), must not
    take it for a listing of `<article>`s; the generic reader reads it."""
    url = "https://jombang.bawaslu.go.id/berita/bawaslu-awasi-distribusi-logistik/"
    page = RENAMED_WORDPRESS.replace('<meta charset="UTF-8">', f'<meta charset="UTF-8">{generator}')
    assert generator in page
    article = parse_article(page, url)
    assert article.layout == "generic"
    assert article.title == "Bawaslu Awasi Distribusi Logistik"
    assert article.body.startswith("Bawaslu Kabupaten Jombang mengawasi distribusi logistik")
    assert article.body.endswith("sebelum hari pemungutan suara.")
    assert article.body.count("\n\n") == 2


DRUPAL7 = """<html lang="id"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<title>Rapat Koordinasi | Bawaslu</title></head>
<body class="html not-front page-node node-type-berita"><div id="page"><div id="main">
<h1 class="title" id="page-title">Rapat Koordinasi</h1>
<div id="node-4321" class="node node-berita node-full clearfix">
<div class="submitted">Ditulis oleh <span class="username">Humas Bawaslu RI</span>
 pada Rabu, 11 Desember 2019 - 14:12 WIB</div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">
<p>Bawaslu menggelar rapat \u2013 caf\u00e9 \u201cbersama\u201d.</p></div></div></div>
<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div>
<div class="field-items"><div class="field-item even"><a href="/id/tags/pemilu">Pemilu</a>
</div></div></div>
<div class="statistics">Dilihat 1234 kali</div></div></div></div></body></html>"""


def test_drupal7_article_and_byline() -> None:
    article = parse_article(DRUPAL7, "https://www.bawaslu.go.id/id/berita/rapat-koordinasi")
    assert article.layout == "drupal7"
    assert article.body == "Bawaslu menggelar rapat \u2013 caf\u00e9 \u201cbersama\u201d."
    assert article.tags == ("Pemilu",)
    assert DateClue(
        "byline", "Ditulis oleh Humas Bawaslu RI pada Rabu, 11 Desember 2019 - 14:12 WIB"
    ) in (article.date_clues)


def test_windows_1252_behind_a_lying_meta_charset() -> None:
    page = DRUPAL7.replace('content="text/html; charset=utf-8"', 'charset="utf-8"')
    data = page.encode("windows-1252")
    article = parse_article(data, "https://www.bawaslu.go.id/id/berita/rapat-koordinasi")
    assert article.body == "Bawaslu menggelar rapat \u2013 caf\u00e9 \u201cbersama\u201d."
    assert decode_html("caf\u00e9".encode(), http_charset="utf-8") == "caf\u00e9"
    assert decode_html("caf\u00e9".encode("latin-1"), http_charset="latin-1") == "caf\u00e9"


def test_pages_that_are_not_articles() -> None:
    listing = LISTING.format(
        next='<li class="pager__item pager__item--next"><a href="?page=2">›</a></li>'
    )
    with pytest.raises(NotAnArticle, match="listing"):
        parse_article(listing, f"{LAMPUNG}/berita?page=1")
    with pytest.raises(NotAnArticle, match="profile"):
        parse_article(
            drupal_page("Sejarah", "<p>Bawaslu dibentuk.</p>"), f"{LAMPUNG}/profil/sejarah"
        )
    missing = drupal_page("Halaman tidak ditemukan", "<p>Halaman yang Anda cari tidak ada.</p>")
    with pytest.raises(NotAnArticle, match="error page"):
        parse_article(missing, f"{LAMPUNG}/berita/hilang")


def test_article_without_title_or_body_is_an_extraction_failure() -> None:
    no_body = drupal_page("Judul", "<p>Isi.</p>").replace("field--name-body", "field--name-other")
    with pytest.raises(ExtractionError, match="no body") as caught:
        parse_article(no_body, f"{LAMPUNG}/berita/x")
    assert caught.type is ExtractionError and caught.value.url == f"{LAMPUNG}/berita/x"
    empty_body = drupal_page("Judul", "<p>Editor : X</p>")
    with pytest.raises(ExtractionError, match="no body text"):
        parse_article(empty_body, f"{LAMPUNG}/berita/x")
    no_title = drupal_page("", "<p>Isi berita.</p>")
    with pytest.raises(ExtractionError, match="no title"):
        parse_article(no_title, f"{LAMPUNG}/berita/x")
    with pytest.raises(ExtractionError, match="unrecognised"):
        parse_article("<p>hello</p>", f"{LAMPUNG}/berita/x")


LISTING = """<!DOCTYPE html><html><head><meta name="Generator" content="Drupal 10"></head>
<body class="path-berita"><main><h1 class="page-title">Berita</h1>
<div class="view view-berita"><div class="view-content">
<div class="views-row"><div class="views-field views-field-title"><span class="field-content">
<a href="/index.php/berita/satu?utm=x">Satu</a></span></div>
<div class="views-field views-field-created">
<span class="field-content">Kamis, 28 Desember 2023</span></div></div>
<div class="views-row"><div class="views-field views-field-title"><span class="field-content">
<a href="/berita/dua">Dua</a></span></div></div></div>
<nav class="pager"><ul class="pager__items">{next}</ul></nav></div></main></body></html>"""


def test_drupal_listing_entries_in_order_and_next_page() -> None:
    next_item = '<li class="pager__item pager__item--next"><a href="?page=2" rel="next">›</a></li>'
    listing = parse_listing(LISTING.format(next=next_item), f"{LAMPUNG}/berita?page=1")
    assert [(e.url, e.title, e.date_text) for e in listing.entries] == [
        (f"{LAMPUNG}/berita/satu", "Satu", "Kamis, 28 Desember 2023"),
        (f"{LAMPUNG}/berita/dua", "Dua", ""),
    ]
    assert listing.next_url == f"{LAMPUNG}/berita?page=2"
    assert parse_listing(LISTING.format(next=""), f"{LAMPUNG}/berita?page=3").next_url is None


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_a_found_body_shows_the_layouts_strong_markers(layout):
    """choose_layout takes a body found on a page naming the layout's generator for its strong
    markers: each body selector is one of them, or has one for ancestor."""
    markers = {marker.strip() for marker in layout.strong_markers.split(",")}
    for selector in layout.body_selectors:
        assert markers & set(selector.split()), selector


PAGE_SETS = Path(__file__).resolve().parent
SAVED_PAGES = sorted(
    path
    for folder in ("gold", "themes", "unseen", "holdout")
    for path in (PAGE_SETS / folder).rglob("*.html")
)


def layout_by_scores(doc: Document) -> str | None:
    """The layout choose_layout's docstring promises: the first one whose score is the highest,
    none when every score is 0 (every layout scored, nothing skipped)."""
    scores = [layout.score(doc) for layout in LAYOUTS]
    best = max(scores)
    return LAYOUTS[scores.index(best)].name if best > 0 else None


@pytest.mark.parametrize("path", SAVED_PAGES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_choose_layout_picks_the_best_score(path):
    """The generator's shortcut, the one query for all markers and the layouts left unasked
    change what is asked, never the answer."""
    meta = path.with_suffix(".json")
    url = json.loads(meta.read_text())["url"] if meta.exists() else "https://x.bawaslu.go.id/a"
    doc = Document(parse_html(path.read_bytes()), url)
    chosen = choose_layout(doc)
    expected = layout_by_scores(Document(parse_html(path.read_bytes()), url))
    assert (chosen.name if chosen else None) == expected


MARKER_ELEMENTS = (
    '<div class="field--name-body"><p>x</p></div>',  # Drupal, strong
    '<article class="node">x</article>',  # Drupal, weak
    '<div class="entry-content"><p>x</p></div>',  # WordPress, strong
    '<div id="colophon">x</div>',  # WordPress, weak
    '<div class="field-name-body"><div class="field-item">x</div></div>',  # Drupal 7, strong
    '<div class="node-full">x</div>',  # Drupal 7, weak
)
GENERATORS = ("", "Drupal 10 (https://www.drupal.org)", "WordPress 6.4", "Drupal 7")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(MARKER_ELEMENTS), max_size=4),
    st.sampled_from(GENERATORS),
    st.sampled_from(["https://x.bawaslu.go.id/berita/a", "https://x.bawaslu.go.id/2020/01/02/a/"]),
)
def test_choose_layout_picks_the_best_score_of_any_markers(markers, generator, url):
    meta = f'<meta name="generator" content="{generator}">' if generator else ""
    page = f"<html><head>{meta}</head><body>{''.join(markers)}</body></html>"
    chosen = choose_layout(Document(parse_html(page), url))
    assert (chosen.name if chosen else None) == layout_by_scores(Document(parse_html(page), url))
