# ruff: noqa: E501  (HTML templates and prose are kept on one line as served)
"""Pages that are not articles, in the same ten themes, and the listing pages a walker reads.

Each is written out as served. A reader must reject every page in NON_ARTICLES (home pages,
listings, tag/category/label pages, a profile page, search results, an error page served with
status 200, an announcement index). LISTINGS carry, typed by hand, the article links in the
main content and the next page's address (None on the last page).
"""

from __future__ import annotations

from dataclasses import dataclass

from stories import BATANGHARI, DEPOK, JABAR, JATENG, LAMPUNG, LUMAJANG, RIAU, SIDOARJO, SLEMAN, WWW


@dataclass(frozen=True)
class Page:
    key: str
    theme: str
    kind: str  # home | listing | tag | profile | search | error | announcements
    url: str
    html: str


@dataclass(frozen=True)
class Listing:
    key: str
    theme: str
    url: str
    html: str
    article_links: tuple[str, ...]
    next_page: str | None


def teaser_cards(items: list[tuple[str, str, str]]) -> str:
    """Bootstrap cards: (slug, title, date)."""
    return "".join(
        f'<div class="col-md-6 mb-4"><div class="card h-100"><img class="card-img-top" src="/sites/kotadepok/files/thumb/{slug}.jpg" alt="{title}">'
        f'<div class="card-body"><h5 class="card-title"><a href="/berita/{slug}">{title}</a></h5><p class="card-text small text-muted">{date}</p>'
        f'<a href="/berita/{slug}" class="btn btn-sm btn-outline-danger">Selengkapnya</a></div></div></div>\n'
        for slug, title, date in items
    )


DEPOK_ITEMS = [
    (
        "bawaslu-depok-ingatkan-asn-jaga-netralitas-jelang-pilkada-2024",
        "Bawaslu Depok Ingatkan ASN Jaga Netralitas Jelang Pilkada 2024",
        "21 Mei 2024",
    ),
    (
        "bawaslu-kota-depok-gelar-rakor-pengawasan-pemutakhiran-data-pemilih",
        "Bawaslu Kota Depok Gelar Rakor Pengawasan Pemutakhiran Data Pemilih",
        "13 Februari 2024",
    ),
    (
        "panwascam-se-kota-depok-ikuti-bimtek-penanganan-pelanggaran",
        "Panwascam se-Kota Depok Ikuti Bimtek Penanganan Pelanggaran",
        "19 Januari 2024",
    ),
    (
        "bawaslu-depok-awasi-pergeseran-logistik-ke-kelurahan",
        "Bawaslu Depok Awasi Pergeseran Logistik ke Kelurahan",
        "10 Februari 2024",
    ),
]


def bootstrap_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{title}</title>
<meta property="og:type" content="website">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
</head>
<body>
<a class="sr-only sr-only-focusable" href="#konten">Lompat ke isi utama</a>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><a class="navbar-brand" href="/">Bawaslu Kota Depok</a>
 <ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li><li class="nav-item"><a class="nav-link" href="/profil">Profil</a></li><li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li><li class="nav-item"><a class="nav-link" href="/pengumuman">Pengumuman</a></li></ul></nav>
<div class="container mt-4" id="konten">
{main}
</div>
<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container">Jl. Boulevard Grand Depok City, Kota Depok &middot; &copy; 2024 Bawaslu Kota Depok</div></footer>
<script src="https://code.jquery.com/jquery-3.5.1.slim.min.js"></script>
</body>
</html>
"""


DEPOK_HOME = bootstrap_page(
    "Bawaslu Kota Depok",
    f"""<div id="slider" class="carousel slide mb-4" data-ride="carousel"><div class="carousel-inner"><div class="carousel-item active"><img class="d-block w-100" src="/sites/kotadepok/files/slider/tolak-politik-uang.jpg" alt="Tolak Politik Uang"><div class="carousel-caption"><h2>Bersama Rakyat Awasi Pemilu</h2><p>Bersama Bawaslu Tegakkan Keadilan Pemilu</p></div></div></div></div>
<div class="row">
 <div class="col-md-8">
  <h4 class="border-bottom pb-2">Berita Terkini</h4>
  <div class="row">
{teaser_cards(DEPOK_ITEMS)}
  </div>
  <a href="/berita" class="btn btn-danger">Indeks Berita</a>
 </div>
 <div class="col-md-4">
  <div class="card mb-3"><div class="card-header">Sambutan Ketua</div><div class="card-body"><p>Selamat datang di laman resmi Bawaslu Kota Depok. Melalui laman ini kami menyampaikan informasi pengawasan pemilu dan pemilihan kepada masyarakat secara terbuka.</p><p>Kami mengajak seluruh warga Kota Depok untuk turut mengawasi setiap tahapan dan melaporkan dugaan pelanggaran yang ditemukan.</p></div></div>
  <div class="card"><div class="card-header">Pengumuman</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/pengumuman/hasil-seleksi-ptps">Hasil Seleksi Administrasi Calon PTPS</a></li></ul></div>
 </div>
</div>""",
)

DEPOK_LISTING = bootstrap_page(
    "Berita - Bawaslu Kota Depok",
    f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Beranda</a></li><li class="breadcrumb-item active">Berita</li></ol></nav>
<div class="row"><div class="col-md-8"><h2>Berita</h2><div class="row">
{teaser_cards(DEPOK_ITEMS)}
</div>
<nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/berita?page=1">2</a></li><li class="page-item"><a class="page-link" href="/berita?page=2">3</a></li><li class="page-item"><a class="page-link" href="/berita?page=1" aria-label="Next">&rsaquo;</a></li><li class="page-item"><a class="page-link" href="/berita?page=41">Terakhir &raquo;</a></li></ul></nav>
</div><div class="col-md-4"><div class="card"><div class="card-header">Pengumuman</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/pengumuman/hasil-seleksi-ptps">Hasil Seleksi Administrasi Calon PTPS</a></li></ul></div></div></div>""",
)


def tailwind_page(title: str, main: str) -> str:
    return f"""<!doctype html>
<html lang="id">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{title}</title><link href="/build/app.4f2a1c.css" rel="stylesheet"></head>
<body class="bg-gray-50 font-sans text-gray-800">
<a href="#main" class="sr-only focus:not-sr-only">Lompat ke isi utama</a>
<header class="sticky top-0 bg-white shadow"><div class="mx-auto flex max-w-7xl justify-between px-4 py-3"><a href="/" class="font-bold">BAWASLU SLEMAN</a><nav class="flex gap-6 text-sm"><a href="/">Beranda</a><a href="/profil">Profil</a><a href="/berita">Berita</a><a href="/publikasi">Publikasi</a></nav></div></header>
<main id="main" class="mx-auto max-w-5xl px-4 py-10">
{main}
</main>
<footer class="bg-gray-900 py-10 text-sm text-gray-400"><div class="mx-auto max-w-7xl px-4">&copy; 2024 Bawaslu Kabupaten Sleman</div></footer>
</body>
</html>
"""


SLEMAN_RESULTS = [
    (
        "sleman-petakan-tps-rawan-jelang-pemungutan-suara",
        "Sleman Petakan TPS Rawan Jelang Pemungutan Suara",
        "Bawaslu Kabupaten Sleman merampungkan pemetaan tempat pemungutan suara (TPS) rawan menjelang hari pemungutan suara. Pemetaan dilakukan oleh pengawas kelurahan/desa di 86 kelurahan…",
    ),
    (
        "bawaslu-sleman-terima-12-laporan-dugaan-pelanggaran-selama-masa-kampanye",
        "Bawaslu Sleman Terima 12 Laporan Dugaan Pelanggaran Selama Masa Kampanye",
        "Selama 75 hari masa kampanye, Bawaslu Kabupaten Sleman menerima 12 laporan dugaan pelanggaran dari masyarakat. Tujuh laporan di antaranya diregistrasi, sedangkan lima lainnya…",
    ),
    (
        "sekolah-kader-pengawas-partisipatif-angkatan-ii-resmi-dibuka",
        "Sekolah Kader Pengawas Partisipatif Angkatan II Resmi Dibuka",
        "Bawaslu Kabupaten Sleman resmi membuka Sekolah Kader Pengawas Partisipatif (SKPP) angkatan II di Wisma Kagama. Sebanyak 60 peserta dari unsur mahasiswa, pemuda, dan komunitas disabilitas…",
    ),
]


def sleman_items(items: list[tuple[str, str, str]]) -> str:
    return "".join(
        f'<li class="rounded-xl bg-white p-5 shadow"><a href="/berita/{slug}" class="text-lg font-bold text-amber-700 hover:underline">{title}</a>'
        f'<p class="mt-2 text-sm text-gray-600">{snippet}</p><p class="mt-1 text-xs text-gray-400">Berita &middot; oleh admin</p></li>\n'
        for slug, title, snippet in items
    )


SLEMAN_SEARCH = tailwind_page(
    "Hasil pencarian: pengawasan | Bawaslu Sleman",
    f"""<h1 class="text-3xl font-extrabold">Hasil Pencarian</h1>
<form action="/search" class="mt-4 flex gap-2"><input name="keys" value="pengawasan" class="flex-1 rounded border px-3 py-2"><button class="rounded bg-amber-600 px-4 text-white">Cari</button></form>
<p class="mt-4 text-sm text-gray-500">Ditemukan 3 hasil untuk <strong>pengawasan</strong></p>
<ol class="mt-6 space-y-4">
{sleman_items(SLEMAN_RESULTS)}
</ol>""",
)

SLEMAN_LISTING = tailwind_page(
    "Berita | Bawaslu Sleman",
    f"""<h1 class="text-3xl font-extrabold">Berita</h1>
<ul class="mt-6 grid gap-4 md:grid-cols-2">
{sleman_items(SLEMAN_RESULTS)}
</ul>
<nav class="mt-8 flex justify-center gap-2 text-sm" aria-label="Pagination"><a href="/berita?page=0" rel="prev" class="rounded border px-3 py-1">&lsaquo; Sebelumnya</a><a href="/berita?page=0" class="rounded border px-3 py-1">1</a><span class="rounded bg-amber-600 px-3 py-1 text-white">2</span><a href="/berita?page=2" class="rounded border px-3 py-1">3</a><a href="/berita?page=2" rel="next" class="rounded border px-3 py-1">Berikutnya &rsaquo;</a></nav>""",
)


def tabel_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title><link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#e8e8e8" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
 <tr><td colspan="2"><img src="/images/header_bawaslu_batanghari.jpg" width="980" height="150" alt="Bawaslu Kabupaten Batanghari"></td></tr>
 <tr><td colspan="2" bgcolor="#8B0000" height="28"><font face="Verdana" size="2" color="#FFFFFF"><b>&nbsp;<a href="/index.php" style="color:#fff">HOME</a> | <a href="/index.php/profil" style="color:#fff">PROFIL</a> | <a href="/index.php/berita" style="color:#fff">BERITA</a> | <a href="/index.php/kontak" style="color:#fff">KONTAK</a></b></font></td></tr>
 <tr><td width="200" valign="top" bgcolor="#f4f4f4" style="padding:8px"><font face="Verdana" size="1"><a href="/index.php/berita">&raquo; Berita</a><br><a href="/index.php/pengumuman">&raquo; Pengumuman</a><br><a href="/index.php/regulasi">&raquo; Regulasi</a></font></td>
 <td width="780" valign="top" style="padding:12px 15px">
{main}
 </td></tr>
 <tr><td colspan="2" bgcolor="#333333" align="center" height="40"><font face="Verdana" size="1" color="#cccccc">Copyright &copy; 2024 Bawaslu Kabupaten Batanghari</font></td></tr>
</table>
</body>
</html>
"""


BATANGHARI_404 = tabel_page(
    "Bawaslu Kabupaten Batanghari :: Halaman tidak ditemukan",
    """<font face="Georgia" size="4" color="#8B0000"><b>Halaman tidak ditemukan</b></font><br><br>
<font face="Verdana" size="2">Maaf, halaman yang Anda cari tidak ditemukan atau telah dipindahkan. Silakan kembali ke <a href="/index.php">halaman utama</a> atau gunakan menu di samping untuk menemukan informasi yang Anda butuhkan.<br><br>Jika Anda mengikuti tautan dari situs lain, mohon beri tahu kami melalui halaman <a href="/index.php/kontak">kontak</a>.</font>""",
)

BATANGHARI_LISTING_ITEMS = [
    (
        "rapat-pleno-rekapitulasi-di-kecamatan-muara-bulian-diawasi-ketat",
        "Rapat Pleno Rekapitulasi di Kecamatan Muara Bulian Diawasi Ketat",
    ),
    (
        "bawaslu-batanghari-lakukan-patroli-pengawasan-masa-tenang",
        "Bawaslu Batanghari Lakukan Patroli Pengawasan Masa Tenang",
    ),
    (
        "bawaslu-batanghari-sosialisasikan-perbawaslu-nomor-9-tahun-2024",
        "Bawaslu Batanghari Sosialisasikan Perbawaslu Nomor 9 Tahun 2024",
    ),
]

BATANGHARI_LISTING = tabel_page(
    "Bawaslu Kabupaten Batanghari :: Berita",
    '<font face="Georgia" size="4" color="#8B0000"><b>Arsip Berita</b></font><br><br>\n<table width="100%" cellpadding="4" cellspacing="0" border="0">\n'
    + "".join(
        f'<tr><td width="90"><img src="/images/berita/thumb_{slug[:20]}.jpg" width="80" alt=""></td><td><font face="Verdana" size="2"><b><a href="/index.php/berita/{slug}">{title}</a></b></font><br><font face="Verdana" size="1" color="#999999">Diposting oleh: admin</font><br><font face="Verdana" size="1"><a href="/index.php/berita/{slug}">Selengkapnya &raquo;</a></font></td></tr>\n'
        for slug, title in BATANGHARI_LISTING_ITEMS
    )
    + '</table>\n<br><font face="Verdana" size="1">Halaman: <a href="/index.php/berita?page=0">1</a> <a href="/index.php/berita?page=1">2</a> <b>3</b></font>',
)


def amp_page(title: str, canonical: str, main: str) -> str:
    return f"""<!doctype html>
<html ⚡ lang="id">
<head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script><title>{title}</title><link rel="canonical" href="{canonical}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Roboto,sans-serif;margin:0}}.bar{{background:#b71c1c;color:#fff;padding:12px}}.wrap{{padding:16px}}</style></head>
<body>
<header class="bar"><a href="/" style="color:#fff">Bawaslu Jabar</a></header>
<main class="wrap">
{main}
</main>
<footer class="bar"><small>&copy; Bawaslu Provinsi Jawa Barat</small></footer>
</body>
</html>
"""


JABAR_TAG = amp_page(
    "Pengawasan Partisipatif | Bawaslu Provinsi Jawa Barat",
    f"{JABAR}/tag/pengawasan-partisipatif",
    """<div class="kategori">Tag</div>
<h1 class="judul">Pengawasan Partisipatif</h1>
<article class="teaser"><amp-img src="/sites/prov_jabar/files/2022-10/diskusi-perempuan-mengawasi.jpg" width="320" height="180" layout="responsive" alt="Diskusi publik"></amp-img><h2><a href="/berita/bawaslu-jabar-dorong-perempuan-terlibat-aktif-awasi-pemilu?amp">Bawaslu Jabar Dorong Perempuan Terlibat Aktif Awasi Pemilu</a></h2><p>Bawaslu Provinsi Jawa Barat mengajak organisasi perempuan terlibat aktif dalam pengawasan partisipatif. Ajakan itu disampaikan dalam diskusi publik di Cirebon.</p></article>
<article class="teaser"><h2><a href="/berita/ratusan-pemuda-ikuti-skpp-daring-jawa-barat?amp">Ratusan Pemuda Ikuti SKPP Daring Jawa Barat</a></h2><p>Sekolah Kader Pengawas Partisipatif daring diikuti 420 pemuda dari 27 kabupaten/kota di Jawa Barat.</p></article>
<article class="teaser"><h2><a href="/berita/bawaslu-jabar-bentuk-desa-anti-politik-uang?amp">Bawaslu Jabar Bentuk Desa Anti Politik Uang</a></h2><p>Sebanyak 54 desa dideklarasikan sebagai desa anti politik uang dalam program pengawasan partisipatif tahun ini.</p></article>
<a href="/tag/pengawasan-partisipatif?page=1&amp;amp" class="more">Berikutnya</a>""",
)


def judul_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{title}</title><link rel="stylesheet" href="/assets/template/lumajang/style.css"></head>
<body>
<div id="top-bar"><span>Selamat datang di website resmi Bawaslu Kabupaten Lumajang</span></div>
<div id="header"><div class="logo"><img src="/assets/img/logo.png" alt="logo"></div><div class="nama-instansi">BADAN PENGAWAS PEMILIHAN UMUM<br>KABUPATEN LUMAJANG</div></div>
<div id="menu"><ul class="menu-utama"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li><li><a href="/pengumuman">Pengumuman</a></li></ul></div>
<div id="wrapper"><div id="kiri">
{main}
</div><div id="kanan"><div class="box-sidebar"><div class="judul-box">Tautan</div><ul><li><a href="https://www.bawaslu.go.id">Bawaslu RI</a></li></ul></div></div></div>
<div id="footer"><p>Bawaslu Kabupaten Lumajang &copy; 2024</p></div>
</body>
</html>
"""


LUMAJANG_PENGUMUMAN = judul_page(
    "Pengumuman - Bawaslu Kabupaten Lumajang",
    """<div class="judul-halaman">Pengumuman</div>
<div class="list-pengumuman">
<div class="item-pengumuman"><div class="judul-pengumuman"><a href="/pengumuman/hasil-seleksi-administrasi-calon-ptps-pilkada-2024">Hasil Seleksi Administrasi Calon PTPS Pilkada 2024</a></div><div class="tgl">10 Oktober 2024</div><div class="ringkas">Berdasarkan hasil penelitian administrasi, berikut nama-nama calon pengawas TPS yang dinyatakan memenuhi syarat.</div><a class="unduh" href="/upload/dokumen/hasil-seleksi-administrasi-ptps.pdf">Unduh</a></div>
<div class="item-pengumuman"><div class="judul-pengumuman"><a href="/pengumuman/pendaftaran-calon-ptps-pilkada-2024">Pendaftaran Calon PTPS Pilkada 2024</a></div><div class="tgl">28 September 2024</div><div class="ringkas">Bawaslu Kabupaten Lumajang membuka pendaftaran calon pengawas TPS untuk Pemilihan Serentak 2024.</div><a class="unduh" href="/upload/dokumen/pengumuman-rekrutmen-ptps-2024.pdf">Unduh</a></div>
<div class="item-pengumuman"><div class="judul-pengumuman"><a href="/pengumuman/jadwal-libur-pelayanan-ppid">Jadwal Libur Pelayanan PPID</a></div><div class="tgl">5 April 2024</div><div class="ringkas">Pelayanan informasi publik ditiadakan selama cuti bersama Idulfitri dan dibuka kembali pada 16 April 2024.</div></div>
</div>
<div class="paging"><span class="aktif">1</span> <a href="/pengumuman?page=1">2</a> <a href="/pengumuman?page=1">Selanjutnya</a></div>""",
)

LUMAJANG_LISTING = judul_page(
    "Berita - Bawaslu Kabupaten Lumajang",
    """<div class="judul-halaman">Berita</div>
<div class="list-berita">
<div class="item-berita"><img src="/upload/berita/2024/11/thumb-ngopi.jpg" alt=""><div class="judul-item"><a href="/berita/ngopi-bareng-media-bawaslu-lumajang-paparkan-hasil-pengawasan-kampanye">Ngopi Bareng Media, Bawaslu Lumajang Paparkan Hasil Pengawasan Kampanye</a></div><div class="tgl">15 November 2024</div></div>
<div class="item-berita"><img src="/upload/berita/2024/09/thumb-ptps.jpg" alt=""><div class="judul-item"><a href="/berita/bawaslu-lumajang-rekrut-2556-pengawas-tps">Bawaslu Lumajang Rekrut 2.556 Pengawas TPS</a></div><div class="tgl">28 September 2024</div></div>
<div class="item-berita"><img src="/upload/berita/2024/05/thumb-verfak.jpg" alt=""><div class="judul-item"><a href="/berita/bawaslu-lumajang-awasi-verifikasi-faktual-dukungan-calon-perseorangan">Bawaslu Lumajang Awasi Verifikasi Faktual Dukungan Calon Perseorangan</a></div><div class="tgl">29 Mei 2024</div></div>
</div>
<div class="paging"><a href="/berita?page=0">1</a> <span class="aktif">2</span> <a href="/berita?page=2">3</a> <a href="/berita?page=2">Selanjutnya</a> <a href="/berita?page=57">Terakhir</a></div>""",
)


LAMPUNG_PROFIL = """<!DOCTYPE html>
<html lang="id" dir="ltr">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta property="og:title" content="Struktur Organisasi"><title>Struktur Organisasi | Bawaslu Lampung</title></head>
<body class="path-profil">
<a href="#main-content" class="visually-hidden focusable skip-link">Lompat ke isi utama</a>
<div class="layout-wrapper">
 <header class="region-header"><a href="/" rel="home" class="brand"><img src="/sites/prov_lampung/files/logo.png" alt="Beranda"></a><nav class="region-primary-menu"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li></ul></nav></header>
 <div class="region-highlighted"><div class="section-label">Profil</div></div>
 <main role="main"><a id="main-content" tabindex="-1"></a><div class="region-content">
  <article class="node-page node-full">
   <h1 class="node-title"><span>Struktur Organisasi</span></h1>
   <div class="clearfix text-formatted field field--name-body">
    <p><img src="/sites/prov_lampung/files/2023-06/bagan-struktur-organisasi.png" alt="Bagan struktur organisasi Bawaslu Provinsi Lampung"></p>
    <p>Struktur organisasi Bawaslu Provinsi Lampung terdiri atas Ketua dan Anggota Bawaslu Provinsi serta Sekretariat yang dipimpin oleh Kepala Sekretariat. Sekretariat membawahkan Bagian Pengawasan dan Humas, Bagian Penanganan Pelanggaran dan Hukum, serta Bagian Administrasi.</p>
    <p>Ketua Bawaslu Provinsi Lampung: Iskardo P. Panggar<br>Anggota: Ahmad Qohar, Tamri Suhaimi, Hamid Badrul Munir, Gistiawan</p>
    <p>Kepala Sekretariat: Rahmat Hidayat</p>
   </div>
  </article>
 </div></main>
 <aside class="region-sidebar"><h2>Profil</h2><ul><li><a href="/profil/sejarah">Sejarah</a></li><li><a href="/profil/visi-misi">Visi dan Misi</a></li><li><a href="/profil/struktur-organisasi">Struktur Organisasi</a></li><li><a href="/profil/tugas-dan-wewenang">Tugas dan Wewenang</a></li></ul></aside>
 <footer class="region-footer"><div class="widget"><span class="ikon">toast</span></div><div class="widget"><h4>Media Sosial</h4></div><div class="copyright">&copy; 2024 Bawaslu</div></footer>
</div>
</body>
</html>
"""

LAMPUNG_LISTING = """<!DOCTYPE html>
<html lang="id" dir="ltr">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><title>Berita | Bawaslu Lampung</title><link rel="next" href="/berita?page=1"></head>
<body class="path-berita">
<a href="#main-content" class="visually-hidden focusable skip-link">Lompat ke isi utama</a>
<div class="layout-wrapper">
 <header class="region-header"><nav class="region-primary-menu"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li></ul></nav></header>
 <main role="main"><a id="main-content" tabindex="-1"></a><div class="region-content">
  <h1 class="page-title">Berita</h1>
  <div class="views-view-berita"><div class="view-content">
   <div class="views-row"><div class="views-field-field-image"><img src="/sites/prov_lampung/files/styles/thumbnail/public/2023-12/laporan-kehumasan.jpg" alt=""></div><div class="views-field-title"><span class="field-content"><a href="/berita/serahkan-laporan-akhir-kehumasan-bawaslu-lampung-berkomitmen-akan-terus-memberikan-informasi" hreflang="id">Serahkan Laporan Akhir Kehumasan, Bawaslu Lampung Berkomitmen Akan Terus Memberikan Informasi Tebaik Terkait Kepemiluan</a></span></div><div class="views-field-created">Jum, 29/12/2023 - 08:10</div></div>
   <div class="views-row"><div class="views-field-title"><span class="field-content"><a href="/berita/bawaslu-lampung-gelar-rakor-evaluasi-kinerja-humas-2023" hreflang="id">Bawaslu Lampung Gelar Rakor Evaluasi Kinerja Humas 2023</a></span></div><div class="views-field-created">Rab, 27/12/2023 - 15:45</div></div>
   <div class="views-row"><div class="views-field-title"><span class="field-content"><a href="/index.php/berita/bawaslu-lampung-tandatangani-nota-kesepahaman-dengan-tujuh-perguruan-tinggi" hreflang="id">Bawaslu Lampung Tandatangani Nota Kesepahaman dengan Tujuh Perguruan Tinggi</a></span></div><div class="views-field-created">Sel, 27/09/2022 - 14:02</div></div>
  </div>
  <nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0" aria-current="page">1</a></li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next"><span aria-hidden="true">››</span></a></li></ul></nav>
  </div>
 </div></main>
 <aside class="region-sidebar"><h2>Pengumuman</h2><ul><li><a href="/pengumuman/seleksi-panwaslu-kecamatan">Seleksi Panwaslu Kecamatan</a></li></ul></aside>
 <footer class="region-footer"><div class="widget"><h4>Media Sosial</h4></div></footer>
</div>
</body>
</html>
"""


def wordpress_archive(
    site: str, title: str, heading: str, items: list[tuple[str, str, str]], pager: str
) -> str:
    posts = "".join(
        f'<article class="post type-post status-publish format-standard hentry ast-article-post"><div class="ast-post-format- blog-layout-1"><div class="post-content ast-col-md-12">'
        f'<h2 class="entry-title" itemprop="headline"><a href="{url}" rel="bookmark">{name}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><span class="published">{date}</span></span></div>'
        f'<div class="ast-excerpt-container ast-blog-single-element"><p>Bawaslu {site} &hellip;</p></div>'
        f'<p class="read-more"><a class="" href="{url}">Read More &raquo;</a></p></div></div></article>\n'
        for url, name, date in items
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=1.8.1" media="all"></head>
<body class="archive category ast-desktop ast-separate-container ast-right-sidebar">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="ast-container"><div class="site-branding"><a href="/" rel="home">Bawaslu {site}</a></div><nav id="site-navigation"><ul id="primary-menu" class="main-header-menu"><li><a href="/">Beranda</a></li><li><a href="/category/berita/">Berita</a></li><li><a href="/profil/">Profil</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><section class="ast-archive-description"><h1 class="page-title ast-archive-title">{heading}</h1></section>
<main id="main" class="site-main"><div class="ast-row">
{posts}</div>
<nav class="ast-pagination"><div class="nav-links">{pager}</div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><aside class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments"></ul></aside></div>
</div></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright &copy; 2019 Bawaslu {site} | Powered by Bawaslu</div></footer>
</div>
<a id="ast-scroll-top" class="ast-scroll-top-icon" href="#"><span class="screen-reader-text">Scroll Top</span></a>
</body>
</html>
"""


JATENG_ITEMS = [
    (
        f"{JATENG}/2019/04/15/bawaslu-jateng-patroli-anti-politik-uang-di-masa-tenang/",
        "Bawaslu Jateng Patroli Anti Politik Uang di Masa Tenang",
        "15 April 2019",
    ),
    (
        f"{JATENG}/2019/03/12/bawaslu-jateng-latih-pengawas-tps-se-jawa-tengah/",
        "Bawaslu Jateng Latih Pengawas TPS se-Jawa Tengah",
        "12 Maret 2019",
    ),
    (
        f"{JATENG}/2019/01/07/bawaslu-jateng-tertibkan-alat-peraga-kampanye-yang-melanggar/",
        "Bawaslu Jateng Tertibkan Alat Peraga Kampanye yang Melanggar",
        "7 Januari 2019",
    ),
]

JATENG_CATEGORY = wordpress_archive(
    "Jateng",
    "Berita &#8211; Bawaslu Provinsi Jawa Tengah",
    "Kategori: Berita",
    JATENG_ITEMS,
    f'<span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="{JATENG}/category/berita/page/2/">2</a><a class="next page-numbers" href="{JATENG}/category/berita/page/2/">Next Page &raquo;</a>',
)

JATENG_LISTING = wordpress_archive(
    "Jateng",
    "Berita &#8211; Halaman 2 &#8211; Bawaslu Provinsi Jawa Tengah",
    "Kategori: Berita",
    JATENG_ITEMS,
    f'<a class="prev page-numbers" href="{JATENG}/category/berita/">&laquo; Previous Page</a><a class="page-numbers" href="{JATENG}/category/berita/">1</a><span aria-current="page" class="page-numbers current">2</span><a class="page-numbers" href="{JATENG}/category/berita/page/3/">3</a><a class="next page-numbers" href="{JATENG}/category/berita/page/3/">Next Page &raquo;</a>',
)

RIAU_HOME = f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="UTF-8"><title>Bawaslu Provinsi Riau &#8211; Bersama Rakyat Awasi Pemilu</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.0.2" media="all"></head>
<body class="home blog right-sidebar separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Langsung ke konten">Langsung ke konten</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-logo"><a href="/" rel="home"><img alt="Bawaslu Riau" src="/wp-content/uploads/2020/01/logo-riau.png"></a></div><nav class="main-navigation" id="site-navigation"><ul class="menu"><li class="current-menu-item"><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li><li><a href="/berita/">Berita</a></li></ul></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article class="post type-post status-publish hentry"><div class="inside-article"><header class="entry-header"><h2 class="entry-title"><a href="{RIAU}/2021/02/18/bawaslu-riau-evaluasi-penanganan-pelanggaran-pilkada-2020/" rel="bookmark">Bawaslu Riau Evaluasi Penanganan Pelanggaran Pilkada 2020</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2021-02-18T10:00:00+07:00">18 Februari 2021</time></span></div></header>
<div class="entry-summary"><p>Bawaslu Provinsi Riau menggelar rapat evaluasi penanganan pelanggaran Pilkada 2020 bersama Bawaslu dari sembilan kabupaten/kota penyelenggara pilkada, Kamis (18/2/2021). Sepanjang Pilkada 2020 di Riau, jajaran pengawas menangani 187 dugaan pelanggaran yang berasal dari temuan dan laporan. <a class="read-more" href="{RIAU}/2021/02/18/bawaslu-riau-evaluasi-penanganan-pelanggaran-pilkada-2020/">Baca Selengkapnya</a></p></div></div></article>
<article class="post type-post status-publish hentry"><div class="inside-article"><header class="entry-header"><h2 class="entry-title"><a href="{RIAU}/2020/12/09/pemungutan-suara-di-lapas-pekanbaru-diawasi-bawaslu-riau/" rel="bookmark">Pemungutan Suara di Lapas Pekanbaru Diawasi Bawaslu Riau</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2020-12-09T10:00:00+07:00">9 Desember 2020</time></span></div></header>
<div class="entry-summary"><p>Ketua Bawaslu Riau, Rusidi Rusdan, meninjau pemungutan suara di TPS khusus Lembaga Pemasyarakatan Kelas IIA Pekanbaru. Sebanyak 812 warga binaan terdaftar sebagai pemilih di lapas tersebut. <a class="read-more" href="{RIAU}/2020/12/09/pemungutan-suara-di-lapas-pekanbaru-diawasi-bawaslu-riau/">Baca Selengkapnya</a></p></div></div></article>
<article class="post type-post status-publish hentry"><div class="inside-article"><header class="entry-header"><h2 class="entry-title"><a href="{RIAU}/2020/11/30/bawaslu-riau-awasi-distribusi-logistik-pilkada-ke-pulau-terluar/" rel="bookmark">Bawaslu Riau Awasi Distribusi Logistik Pilkada ke Pulau Terluar</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2020-11-30T10:00:00+07:00">30 November 2020</time></span></div></header>
<div class="entry-summary"><p>Bawaslu Provinsi Riau mengawasi distribusi logistik Pilkada 2020 ke wilayah kepulauan di Kabupaten Kepulauan Meranti dan Bengkalis. Distribusi menggunakan kapal motor karena sebagian desa hanya bisa dijangkau lewat laut. <a class="read-more" href="{RIAU}/2020/11/30/bawaslu-riau-awasi-distribusi-logistik-pilkada-ke-pulau-terluar/">Baca Selengkapnya</a></p></div></div></article>
<div class="paging-navigation"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="{RIAU}/page/2/">2</a><a class="next page-numbers" href="{RIAU}/page/2/">Selanjutnya &rarr;</a></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget widget_text"><h2 class="widget-title">Sambutan Ketua</h2><div class="textwidget"><p>Assalamualaikum warahmatullahi wabarakatuh. Selamat datang di laman resmi Bawaslu Provinsi Riau, sarana informasi pengawasan pemilu dan pemilihan bagi masyarakat Riau.</p></div></aside></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container">&copy; 2021 Bawaslu Provinsi Riau</div></footer></div>
</body>
</html>
"""


def blogger_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="id">
<head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator"><title>{title}</title></head>
<body class="loading variant-simplysimple">
<div class="content"><div class="content-outer">
<header><div class="header section" id="header"><div class="widget Header"><h1 class="title"><a href="/">Bawaslu Sidoarjo</a></h1><p class="description">Bersama Rakyat Awasi Pemilu, Bersama Bawaslu Tegakkan Keadilan Pemilu</p></div></div></header>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
{main}
</div></div></div>
<footer><div class="widget Attribution">Tema Sederhana. Diberdayakan oleh <a href="https://www.blogger.com">Blogger</a>.</div></footer>
</div></div>
</body>
</html>
"""


SIDOARJO_POSTS = [
    (
        "bawaslu-sidoarjo-ajak-pelajar-jadi-pemilih-cerdas",
        "Bawaslu Sidoarjo Ajak Pelajar Jadi Pemilih Cerdas",
        "Kamis, 09 Maret 2023",
        "Bawaslu Kabupaten Sidoarjo menggelar sosialisasi pengawasan partisipatif di SMA Negeri 1 Sidoarjo. Ratusan pelajar kelas XII yang akan menjadi pemilih pemula mengikuti kegiatan ini.",
    ),
    (
        "bawaslu-sidoarjo-gelar-uji-petik-coklit-di-perumahan-padat-penduduk",
        "Bawaslu Sidoarjo Gelar Uji Petik Coklit di Perumahan Padat Penduduk",
        "Senin, 27 Februari 2023",
        "Bawaslu Kabupaten Sidoarjo melakukan uji petik hasil pencocokan dan penelitian (coklit) data pemilih di sejumlah perumahan padat penduduk.",
    ),
    (
        "panwascam-tanggulangin-awasi-pembentukan-pantarlih",
        "Panwascam Tanggulangin Awasi Pembentukan Pantarlih",
        "Senin, 06 Februari 2023",
        "Panwaslu Kecamatan Tanggulangin mengawasi pembentukan petugas pemutakhiran data pemilih (pantarlih) oleh PPS di 19 desa.",
    ),
]


def blogger_posts(label_note: str, pager: str) -> str:
    posts = "".join(
        f'<div class="date-outer"><h2 class="date-header"><span>{date}</span></h2><div class="post-outer"><div class="post hentry">'
        f'<h3 class="post-title entry-title"><a href="/berita/{slug}">{title}</a></h3>'
        f'<div class="post-body entry-content">{summary}<div class="jump-link"><a href="/berita/{slug}#more">Baca selengkapnya &raquo;</a></div></div>'
        f'<div class="post-footer">Diposting oleh Humas Bawaslu Sidoarjo</div></div></div></div>\n'
        for slug, title, date, summary in SIDOARJO_POSTS
    )
    return f'<div class="status-msg-wrap"><div class="status-msg-body">{label_note}</div></div>\n<div class="blog-posts hfeed">\n{posts}</div>\n<div class="blog-pager" id="blog-pager">{pager}</div>'


SIDOARJO_LABEL = blogger_page(
    "Bawaslu Sidoarjo: Pengawasan",
    blogger_posts(
        'Menampilkan postingan dengan label <b>Pengawasan</b>. <a href="/berita">Tampilkan semua postingan</a>',
        '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/berita/label/pengawasan?updated-max=2023-02-06T09:00:00%2B07:00&amp;max-results=20">Posting Lama</a></span><a class="home-link" href="/">Beranda</a>',
    ),
)

SIDOARJO_LISTING = blogger_page(
    "Bawaslu Sidoarjo: Berita",
    blogger_posts(
        "Berita",
        '<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/berita?page=0" title="Posting Lebih Baru">Posting Lebih Baru</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/berita?page=2" title="Posting Lama">Posting Lama</a></span><a class="home-link" href="/">Beranda</a>',
    ),
)


def portal_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{title}</title><meta property="og:title" content="{title}"><link rel="stylesheet" href="/themes/portal/css/app.min.css?v=201912"></head>
<body class="portal">
<div class="top-strip"><div class="wrap"><span>Badan Pengawas Pemilihan Umum Republik Indonesia</span></div></div>
<header class="masthead"><div class="wrap"><a class="brand" href="/id"><img src="/themes/portal/img/logo-bawaslu.svg" alt="Bawaslu RI"></a><ul class="mainmenu"><li><a href="/id">Beranda</a></li><li><a href="/id/profil">Profil</a></li><li><a href="/id/berita">Berita</a></li><li><a href="/id/publikasi">Publikasi</a></li></ul></div></header>
{main}
<footer class="site-foot"><div class="wrap"><p>Jl. M.H. Thamrin No. 14, Jakarta Pusat 10350</p><p>&copy; 2019 Badan Pengawas Pemilihan Umum</p></div></footer>
</body>
</html>
"""


WWW_HOME = portal_page(
    "Badan Pengawas Pemilihan Umum Republik Indonesia",
    """<section class="news-detail home-highlight"><div class="wrap grid"><div class="col-main">
 <div role="heading" aria-level="1" class="news-title">Pengumuman Seleksi Calon Anggota Bawaslu Kabupaten/Kota Periode 2023-2028</div>
 <div class="news-byline"><span class="by">Ditulis oleh Humas Bawaslu RI pada Rabu, 11 Desember 2019 - 14:12 WIB</span> <span class="views">Dilihat 10.533 kali</span></div>
 <div class="news-content">
<p>Tim Seleksi Calon Anggota Bawaslu Kabupaten/Kota mengumumkan pendaftaran seleksi calon anggota Bawaslu Kabupaten/Kota periode 2023-2028. Pendaftaran dibuka untuk warga negara Indonesia yang memenuhi persyaratan sebagaimana diatur dalam undang-undang.</p>
<p>Berkas pendaftaran diterima di sekretariat tim seleksi masing-masing provinsi pada hari dan jam kerja. <a href="/id/pengumuman/seleksi-calon-anggota-bawaslu-kabupaten-kota">Selengkapnya</a></p>
 </div>
</div>
<aside class="col-side"><div class="side-box"><h4>Berita Terbaru</h4><ol class="side-list"><li><a href="/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu-2024">Bawaslu Luncurkan Indeks Kerawanan Pemilu 2024</a></li><li><a href="/id/berita/bawaslu-dan-kominfo-sepakat-tangkal-hoaks-pemilu">Bawaslu dan Kominfo Sepakat Tangkal Hoaks Pemilu</a></li><li><a href="/id/berita/bawaslu-terima-kunjungan-komisi-pemilihan-umum-filipina">Bawaslu Terima Kunjungan Komisi Pemilihan Umum Filipina</a></li></ol></div></aside>
</div></section>
<section class="home-news"><div class="wrap"><h3>Berita</h3><div class="cards">
 <div class="card"><a href="/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu-2024">Bawaslu Luncurkan Indeks Kerawanan Pemilu 2024</a><span>Jumat, 16 Desember 2022 - 15:30 WIB</span></div>
 <div class="card"><a href="/id/berita/bawaslu-dan-kominfo-sepakat-tangkal-hoaks-pemilu">Bawaslu dan Kominfo Sepakat Tangkal Hoaks Pemilu</a><span>Kamis, 12 Oktober 2023 - 19:05 WIB</span></div>
</div></div></section>""",
)

WWW_LISTING = portal_page(
    "Berita | Bawaslu",
    """<section class="news-list"><div class="wrap"><ul class="crumbs"><li><a href="/id">Beranda</a></li><li>Berita</li></ul><h1>Berita</h1>
<div class="list-item"><a class="thumb" href="/id/berita/bawaslu-dan-kominfo-sepakat-tangkal-hoaks-pemilu"><img src="/sites/default/files/styles/thumb/hoaks.jpg" alt=""></a><h3><a href="/id/berita/bawaslu-dan-kominfo-sepakat-tangkal-hoaks-pemilu">Bawaslu dan Kominfo Sepakat Tangkal Hoaks Pemilu</a></h3><span>Kamis, 12 Oktober 2023 - 19:05 WIB</span> <span>Dilihat 1.204 kali</span></div>
<div class="list-item"><h3><a href="/id/berita/bawaslu-terima-kunjungan-komisi-pemilihan-umum-filipina">Bawaslu Terima Kunjungan Komisi Pemilihan Umum Filipina</a></h3><span>Selasa, 5 September 2023 - 16:40 WIB</span> <span>Dilihat 988 kali</span></div>
<div class="list-item"><h3><a href="/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu-2024">Bawaslu Luncurkan Indeks Kerawanan Pemilu 2024</a></h3><span>Jumat, 16 Desember 2022 - 15:30 WIB</span> <span>Dilihat 3.311 kali</span></div>
<ul class="pager"><li><a href="/id/berita?page=0">&laquo; pertama</a></li><li><a href="/id/berita?page=0">&lsaquo; sebelumnya</a></li><li class="current">2</li><li><a href="/id/berita?page=2">3</a></li><li class="next"><a href="/id/berita?page=2">berikutnya &rsaquo;</a></li></ul>
</div></section>""",
)


NON_ARTICLES: tuple[Page, ...] = (
    Page("nonarticle_bootstrap_home", "bootstrap", "home", f"{DEPOK}/", DEPOK_HOME),
    Page(
        "nonarticle_tailwind_search",
        "tailwind",
        "search",
        f"{SLEMAN}/search?keys=pengawasan",
        SLEMAN_SEARCH,
    ),
    Page(
        "nonarticle_tabel_not_found",
        "tabel",
        "error",
        f"{BATANGHARI}/index.php/berita/pelantikan-panwascam-batanghari-2019",
        BATANGHARI_404,
    ),
    Page("nonarticle_amp_tag", "amp", "tag", f"{JABAR}/tag/pengawasan-partisipatif?amp", JABAR_TAG),
    Page(
        "nonarticle_judul_pengumuman",
        "judul",
        "announcements",
        f"{LUMAJANG}/pengumuman",
        LUMAJANG_PENGUMUMAN,
    ),
    Page(
        "nonarticle_drupal9_profil",
        "drupal9",
        "profile",
        f"{LAMPUNG}/profil/struktur-organisasi",
        LAMPUNG_PROFIL,
    ),
    Page(
        "nonarticle_astra_category",
        "astra",
        "category",
        f"{JATENG}/category/berita/",
        JATENG_CATEGORY,
    ),
    Page("nonarticle_generatepress_home", "generatepress", "home", f"{RIAU}/", RIAU_HOME),
    Page(
        "nonarticle_blogger_label",
        "blogger",
        "tag",
        f"{SIDOARJO}/berita/label/pengawasan",
        SIDOARJO_LABEL,
    ),
    Page("nonarticle_portal_home", "portal", "home", f"{WWW}/id", WWW_HOME),
)

LISTINGS: tuple[Listing, ...] = (
    Listing(
        "bootstrap_depok_berita",
        "bootstrap",
        f"{DEPOK}/berita",
        DEPOK_LISTING,
        tuple(f"{DEPOK}/berita/{slug}" for slug, _, _ in DEPOK_ITEMS),
        f"{DEPOK}/berita?page=1",
    ),
    Listing(
        "tailwind_sleman_page1",
        "tailwind",
        f"{SLEMAN}/berita?page=1",
        SLEMAN_LISTING,
        tuple(f"{SLEMAN}/berita/{slug}" for slug, _, _ in SLEMAN_RESULTS),
        f"{SLEMAN}/berita?page=2",
    ),
    Listing(
        "tabel_batanghari_last",
        "tabel",
        f"{BATANGHARI}/index.php/berita?page=2",
        BATANGHARI_LISTING,
        tuple(f"{BATANGHARI}/berita/{slug}" for slug, _ in BATANGHARI_LISTING_ITEMS),
        None,
    ),
    Listing(
        "judul_lumajang_page1",
        "judul",
        f"{LUMAJANG}/berita?page=1",
        LUMAJANG_LISTING,
        (
            f"{LUMAJANG}/berita/ngopi-bareng-media-bawaslu-lumajang-paparkan-hasil-pengawasan-kampanye",
            f"{LUMAJANG}/berita/bawaslu-lumajang-rekrut-2556-pengawas-tps",
            f"{LUMAJANG}/berita/bawaslu-lumajang-awasi-verifikasi-faktual-dukungan-calon-perseorangan",
        ),
        f"{LUMAJANG}/berita?page=2",
    ),
    Listing(
        "drupal9_lampung_berita",
        "drupal9",
        f"{LAMPUNG}/berita",
        LAMPUNG_LISTING,
        (
            f"{LAMPUNG}/berita/serahkan-laporan-akhir-kehumasan-bawaslu-lampung-berkomitmen-akan-terus-memberikan-informasi",
            f"{LAMPUNG}/berita/bawaslu-lampung-gelar-rakor-evaluasi-kinerja-humas-2023",
            f"{LAMPUNG}/berita/bawaslu-lampung-tandatangani-nota-kesepahaman-dengan-tujuh-perguruan-tinggi",
        ),
        f"{LAMPUNG}/berita?page=1",
    ),
    Listing(
        "astra_jateng_page2",
        "astra",
        f"{JATENG}/category/berita/page/2/",
        JATENG_LISTING,
        tuple(url for url, _, _ in JATENG_ITEMS),
        f"{JATENG}/category/berita/page/3/",
    ),
    Listing(
        "blogger_sidoarjo_page1",
        "blogger",
        f"{SIDOARJO}/berita?page=1",
        SIDOARJO_LISTING,
        tuple(f"{SIDOARJO}/berita/{slug}" for slug, _, _, _ in SIDOARJO_POSTS),
        f"{SIDOARJO}/berita?page=2",
    ),
    Listing(
        "portal_www_page1",
        "portal",
        f"{WWW}/id/berita?page=1",
        WWW_LISTING,
        (
            f"{WWW}/id/berita/bawaslu-dan-kominfo-sepakat-tangkal-hoaks-pemilu",
            f"{WWW}/id/berita/bawaslu-terima-kunjungan-komisi-pemilihan-umum-filipina",
            f"{WWW}/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu-2024",
        ),
        f"{WWW}/id/berita?page=2",
    ),
)
