"""The generic listing walker on listings in themes no page object knows.

Each page is written by hand the way another theme might print a Bawaslu news listing; the
expected links, titles, date lines and next pages are written by hand too. The listings of the
unseen corpus (tests/unseen/listings, written apart from the walker) are read last.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapers.extract import parse_listing

SUMBAR = "https://sumbar.bawaslu.go.id"
KOTABATU = "https://kotabatu.bawaslu.go.id"
NATIONAL = "https://www.bawaslu.go.id"

BOOTSTRAP_CARDS = """<!doctype html><html><head><title>Berita - Bawaslu Sumatera Barat</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css"></head><body>
<div class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Bawaslu Sumbar</a>
 <a class="nav-link" href="/profil/sejarah">Sejarah</a></div>
<div class="container"><div class="row">
 <div class="col-lg-8">
  <h2 class="mb-4">Berita</h2>
  <div class="card mb-3">
   <a href="/berita/rakor-pengawasan-tahapan-kampanye"><img class="card-img-top"
     src="/uploads/rakor.jpg" alt="Rakor"></a>
   <div class="card-body">
    <span class="badge bg-danger"><a href="/kategori/pengawasan">Pengawasan</a></span>
    <h5 class="card-title"><a href="/berita/rakor-pengawasan-tahapan-kampanye?ref=list">Rakor
     Pengawasan Tahapan Kampanye</a></h5>
    <p class="card-text"><small class="text-muted"><i class="bi bi-calendar"></i>
     Senin, 4 Maret 2024</small></p>
    <p class="card-text">Bawaslu Sumatera Barat menggelar rapat koordinasi pengawasan tahapan
     kampanye bersama jajaran kabupaten dan kota se-Sumatera Barat di Padang.</p>
    <a href="/berita/rakor-pengawasan-tahapan-kampanye" class="btn btn-sm">Selanjutnya</a>
   </div>
  </div>
  <div class="card mb-3"><div class="card-body">
   <h5 class="card-title"><a href="/index.php/berita/sosialisasi-pengawasan-partisipatif">
    Sosialisasi Pengawasan Partisipatif 12 Februari 2024</a></h5>
   <p class="card-text"><small class="text-muted">29 Februari 2024</small></p>
  </div></div>
  <div class="card mb-3"><div class="card-body">
   <h5 class="card-title"><a href="https://SUMBAR.bawaslu.go.id/berita/apel-siaga#top">Apel
    Siaga Pengawasan Masa Tenang</a></h5>
  </div></div>
  <ul class="pagination">
   <li class="page-item active"><a class="page-link" href="/berita?page=0">1</a></li>
   <li class="page-item"><a class="page-link" href="/berita?page=1">2</a></li>
   <li class="page-item"><a class="page-link" href="/berita?page=2">3</a></li>
   <li class="page-item"><a class="page-link" href="/berita?page=1">Selanjutnya &raquo;</a></li>
  </ul>
 </div>
 <div class="col-lg-4">
  <div class="p-3 bg-light"><h4>Berita Terbaru</h4>
   <div class="d-flex"><a href="/berita/pelantikan-panwaslu-kecamatan">Pelantikan Panwaslu
    Kecamatan</a></div>
   <div class="d-flex"><a href="/berita/rakor-pengawasan-tahapan-kampanye">Rakor Pengawasan
    Tahapan Kampanye</a></div>
  </div>
 </div>
</div></div>
<div class="bg-dark text-white"><a href="https://www.instagram.com/bawaslusumbar">Instagram</a>
 <a href="https://kpu.go.id/berita/berita-kpu">KPU</a></div>
</body></html>"""


def test_bootstrap_cards_main_list_without_the_sidebar_widget() -> None:
    listing = parse_listing(BOOTSTRAP_CARDS, f"{SUMBAR}/berita")
    assert [(e.url, e.title, e.date_text) for e in listing.entries] == [
        (
            f"{SUMBAR}/berita/rakor-pengawasan-tahapan-kampanye",
            "Rakor Pengawasan Tahapan Kampanye",
            "Senin, 4 Maret 2024",
        ),
        (
            f"{SUMBAR}/berita/sosialisasi-pengawasan-partisipatif",
            "Sosialisasi Pengawasan Partisipatif 12 Februari 2024",
            "29 Februari 2024",
        ),
        (f"{SUMBAR}/berita/apel-siaga", "Apel Siaga Pengawasan Masa Tenang", ""),
    ]
    assert listing.next_url == f"{SUMBAR}/berita?page=1"


UTILITY_CLASSES = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="generator" content="WordPress 6.4.2"><title>Berita &#8211; Bawaslu Kota Batu</title>
</head><body class="bg-gray-50 text-slate-800">
<header class="sticky top-0 flex"><a href="/" class="font-bold">Bawaslu Kota Batu</a>
 <a href="/2024/01/02/profil-pimpinan/">Profil</a></header>
<div class="mx-auto max-w-6xl grid grid-cols-3 gap-6">
 <div class="col-span-2 space-y-6">
  <div class="flex gap-4 border-b pb-4">
   <img class="w-32 h-24 object-cover" src="/media/foto-1.jpg" alt="">
   <div><a class="text-xl font-semibold hover:underline"
     href="https://kotabatu.bawaslu.go.id/2024/03/05/patroli-pengawasan-masa-tenang/">Patroli
     Pengawasan Masa Tenang di Kecamatan Bumiaji</a>
    <div class="text-sm text-gray-500"><time datetime="2024-03-05T08:00:00+07:00">5 Maret
     2024</time> &middot; Humas</div></div>
  </div>
  <div class="flex gap-4 border-b pb-4">
   <div><a class="text-xl font-semibold" href="/2024/03/01/bimtek-pengawas-tps/">Bimtek
     Pengawas TPS se-Kota Batu</a>
    <div class="text-sm text-gray-500">1 Maret 2024 &middot; Humas</div></div>
  </div>
  <div class="flex gap-2 text-sm">
   <span class="px-2 py-1 bg-blue-600 text-white">1</span>
   <a class="px-2 py-1" href="/berita/page/2/">2</a>
   <a class="px-2 py-1" href="/berita/page/3/">3</a>
   <a class="px-2 py-1" href="/berita/page/9/">&raquo;</a>
  </div>
 </div>
 <aside class="space-y-3"><h3 class="font-bold">Terpopuler</h3>
  <a class="block" href="/2023/11/20/deklarasi-kampanye-damai/">Deklarasi Kampanye Damai</a>
 </aside>
</div>
<footer class="mt-10 text-center"><a href="/2024/01/02/kontak/">Kontak</a></footer>
</body></html>"""


def test_utility_class_theme_with_wordpress_permalinks_and_a_numbered_pager() -> None:
    listing = parse_listing(UTILITY_CLASSES, f"{KOTABATU}/berita/")
    assert [(e.url, e.title, e.date_text) for e in listing.entries] == [
        (
            f"{KOTABATU}/2024/03/05/patroli-pengawasan-masa-tenang/",
            "Patroli Pengawasan Masa Tenang di Kecamatan Bumiaji",
            "5 Maret 2024",
        ),
        (
            f"{KOTABATU}/2024/03/01/bimtek-pengawas-tps/",
            "Bimtek Pengawas TPS se-Kota Batu",
            "1 Maret 2024 · Humas",
        ),
    ]
    # "»" leads to the last page (9), not the next: the page number plus one is the next page.
    assert listing.next_url == f"{KOTABATU}/berita/page/2/"
    page_two = UTILITY_CLASSES.replace(
        '<a class="px-2 py-1" href="/berita/page/2/">2</a>', '<a href="/berita/">1</a>'
    )
    assert parse_listing(page_two, f"{KOTABATU}/berita/page/2/").next_url == (
        f"{KOTABATU}/berita/page/3/"
    )


OLD_TABLES = """<html><head><title>Bawaslu RI - Berita</title>
<link rel="next" href="/id/berita?page=4"></head>
<body bgcolor="#ffffff"><table width="100%" border="0">
<tr><td colspan="2"><img src="/images/banner.gif"><br>
 <font size="1"><a href="/id/profil/struktur-organisasi">Struktur</a></font></td></tr>
<tr><td width="70%" valign="top">
 <table cellpadding="4">
  <tr><td><b><a href="https://bawaslu.go.id/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu">
   Bawaslu Luncurkan Indeks Kerawanan Pemilu</a></b></td>
   <td><font color="gray">25/09/2019</font></td></tr>
  <tr><td><b><a href="berita/rapat-evaluasi-pengawasan-pemungutan-suara">Rapat Evaluasi
   Pengawasan Pemungutan Suara</a></b></td><td><font color="gray">24/09/2019</font></td></tr>
 </table>
 <p align="center"><a href="/id/berita?page=2">&lsaquo; sebelumnya</a> |
  <a href="/id/berita?page=4">berikutnya &rsaquo;</a></p>
</td>
<td width="30%" valign="top"><b>Berita Lainnya</b><br>
 <a href="/id/berita/pengawasan-distribusi-logistik">Pengawasan Distribusi Logistik</a><br>
 <a href="/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu">Bawaslu Luncurkan IKP</a>
</td></tr></table></body></html>"""


def test_old_table_layout_on_the_national_site_and_its_alias_host() -> None:
    listing = parse_listing(OLD_TABLES, f"{NATIONAL}/id/berita?page=3")
    assert [(e.url, e.title, e.date_text) for e in listing.entries] == [
        (
            f"{NATIONAL}/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu",
            "Bawaslu Luncurkan Indeks Kerawanan Pemilu",
            "25/09/2019",
        ),
        (
            f"{NATIONAL}/id/berita/rapat-evaluasi-pengawasan-pemungutan-suara",
            "Rapat Evaluasi Pengawasan Pemungutan Suara",
            "24/09/2019",
        ),
    ]
    assert listing.next_url == f"{NATIONAL}/id/berita?page=4"


BARE_LINKS = """<html><head><title>Kabar Pengawasan</title></head><body>
<div id="wrap"><div id="content">
<div class="judul">Kabar Pengawasan</div>
<a href="/berita/pengawas-tps-dilantik">Pengawas TPS Dilantik Serentak</a><br>
<span style="font-size:11px">Rabu, 7 Februari 2024</span><br><br>
<a href="/berita/patroli-anti-politik-uang">Patroli Anti Politik Uang</a><br>
<span style="font-size:11px">Selasa, 6 Februari 2024</span><br><br>
<a href="/berita/rapat-pleno-tertutup">Rapat Pleno Tertutup</a><br><br>
<div style="text-align:right"><a href="/berita?page=5">Next &rsaquo;</a></div>
</div></div></body></html>"""


def test_bare_links_keep_the_date_printed_next_to_them() -> None:
    listing = parse_listing(BARE_LINKS, f"{SUMBAR}/berita?page=4")
    assert [(e.url, e.title, e.date_text) for e in listing.entries] == [
        (
            f"{SUMBAR}/berita/pengawas-tps-dilantik",
            "Pengawas TPS Dilantik Serentak",
            "Rabu, 7 Februari 2024",
        ),
        (
            f"{SUMBAR}/berita/patroli-anti-politik-uang",
            "Patroli Anti Politik Uang",
            "Selasa, 6 Februari 2024",
        ),
        (f"{SUMBAR}/berita/rapat-pleno-tertutup", "Rapat Pleno Tertutup", ""),
    ]
    assert listing.next_url == f"{SUMBAR}/berita?page=5"


def test_the_last_page_has_no_next_page() -> None:
    last = BOOTSTRAP_CARDS.replace(
        '<a class="page-link" href="/berita?page=1">Selanjutnya &raquo;</a>', ""
    )
    assert parse_listing(last, f"{SUMBAR}/berita?page=2").next_url is None
    nofollow = BARE_LINKS.replace(
        'href="/berita?page=5">Next', 'rel="next nofollow" href="?page=5">x'
    )
    assert parse_listing(nofollow, f"{SUMBAR}/berita?page=4").next_url == f"{SUMBAR}/berita?page=5"


def test_a_page_of_widgets_only_still_gives_their_links() -> None:
    """A home page whose only news is a "Berita Terbaru" block: its links are the listing."""
    page = """<html><body><div class="hero"><h1>Selamat datang</h1></div>
    <div class="box"><h3>Berita Terbaru</h3>
     <div><a href="/berita/satu">Berita Satu</a></div>
     <div><a href="/berita/dua">Berita Dua</a></div></div></body></html>"""
    listing = parse_listing(page, f"{SUMBAR}/")
    assert [e.url for e in listing.entries] == [f"{SUMBAR}/berita/satu", f"{SUMBAR}/berita/dua"]
    assert listing.next_url is None


def test_a_row_titled_outside_its_links_and_an_older_posts_pager() -> None:
    page = """<html><body><div class="list">
     <div class="item"><a href="/berita/sidak-gudang"><img src="/a.jpg"></a>
      <h3 class="t">Sidak Gudang Logistik</h3><a href="/berita/sidak-gudang">Selengkapnya</a></div>
     <div class="item"><a href="/berita/tanpa-judul"><img src="/b.jpg"></a></div>
    </div><div class="nav-previous"><a href="/berita/page/3/">&larr; Older posts</a></div>
    </body></html>"""
    listing = parse_listing(page, f"{KOTABATU}/berita/page/2/")
    assert [(e.url, e.title) for e in listing.entries] == [
        (f"{KOTABATU}/berita/sidak-gudang", "Sidak Gudang Logistik"),
        (f"{KOTABATU}/berita/tanpa-judul", ""),  # no title to show, but still an article
    ]
    assert listing.next_url == f"{KOTABATU}/berita/page/3/"


def test_a_known_layout_whose_pager_was_renamed_still_has_a_next_page() -> None:
    page = """<html><head><meta name="Generator" content="Drupal 10"></head><body>
     <div class="view-content"><div class="views-row"><div class="views-field-title">
      <a href="/berita/rapat-pleno">Rapat Pleno</a></div></div></div>
     <ul class="paginasi"><li><a href="/berita?page=1">Berikutnya</a></li></ul></body></html>"""
    listing = parse_listing(page, f"{SUMBAR}/berita")
    assert [e.url for e in listing.entries] == [f"{SUMBAR}/berita/rapat-pleno"]
    assert listing.next_url == f"{SUMBAR}/berita?page=1"


def test_links_to_other_sites_and_sections_are_not_articles() -> None:
    page = """<html><body><main>
     <p><a href="https://jatim.bawaslu.go.id/berita/lain">Provinsi lain</a></p>
     <p><a href="/berita/page/2/">2</a> <a href="/profil/sejarah">Sejarah</a>
     <a href="/berita/kategori/pengawasan/arsip">Arsip</a> <a href="/berita">Berita</a></p>
    </main></body></html>"""
    assert parse_listing(page, f"{SUMBAR}/berita").entries == ()


HTML5_SECTIONS = """<!DOCTYPE html><html><head><title>Berita Terbaru | Bawaslu Kota Batu</title>
</head><body>
<header class="masthead"><div class="ticker"><a href="/berita/ticker-pemilu">Ticker Pemilu
 Hari Ini</a></div></header>
<div class="layout">
<main id="isi">
 <h1>Berita Terbaru</h1>
 <section class="daftar">
  <article class="kotak"><header><h2><a href="/berita/pleno-rekapitulasi-kecamatan">Pleno
   Rekapitulasi Tingkat Kecamatan Diawasi Ketat</a></h2></header>
   <p>Jajaran pengawas mengawasi pleno rekapitulasi di lima kecamatan.</p>
   <footer>Diunggah 14 Februari 2024 oleh Admin</footer></article>
  <article class="kotak"><header><h2><a href="/berita/posko-pengaduan">Posko Pengaduan
   Dibuka</a></h2></header><footer>13 Februari 2024</footer></article>
 </section>
 <div class="halaman"><a href="/berita?page=3" aria-label="Halaman berikutnya"><svg></svg></a>
 </div>
</main>
<aside><h3>Berita Terbaru</h3><a href="/berita/posko-pengaduan">Posko Pengaduan</a>
 <a href="/berita/sidang-ajudikasi">Sidang Ajudikasi</a></aside>
</div>
<footer><a href="/berita/kontak-kami">Kontak</a></footer>
</body></html>"""


def test_html5_sections_keep_articles_own_headers_and_the_page_title_is_no_widget() -> None:
    listing = parse_listing(HTML5_SECTIONS, f"{KOTABATU}/berita?page=2")
    assert [(e.url, e.title, e.date_text) for e in listing.entries] == [
        (
            f"{KOTABATU}/berita/pleno-rekapitulasi-kecamatan",
            "Pleno Rekapitulasi Tingkat Kecamatan Diawasi Ketat",
            "Diunggah 14 Februari 2024 oleh Admin",
        ),
        (f"{KOTABATU}/berita/posko-pengaduan", "Posko Pengaduan Dibuka", "13 Februari 2024"),
    ]
    assert listing.next_url == f"{KOTABATU}/berita?page=3"


UNSEEN_LISTINGS = sorted((Path(__file__).resolve().parent / "unseen" / "listings").glob("*.json"))


@pytest.mark.parametrize("expected_path", UNSEEN_LISTINGS, ids=lambda path: path.stem)
def test_unseen_corpus_listings(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html = expected_path.with_suffix(".html").read_text(encoding="utf-8")
    listing = parse_listing(html, expected["url"])
    assert [entry.url for entry in listing.entries] == expected["article_links"]
    assert listing.next_url == expected["next_page"]
