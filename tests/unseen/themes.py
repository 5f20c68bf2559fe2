# ruff: noqa: E501  (HTML templates and prose are kept on one line as served)
"""Ten site themes the readers never saw, each a function (story, siblings) -> full HTML page.

The chrome around each article (menus, sidebars, footers, widgets, cookie bars, scripts) is
boilerplate a reader must leave out; the hazards a story asks for (see stories.py) are printed
the way such sites print them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from urllib.parse import urlsplit

from stories import Story

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]  # fmt: skip


def e(text: str) -> str:
    return escape(text, quote=False)


def a(value: str) -> str:
    return escape(value, quote=True)


def path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def origin(story: Story) -> str:
    return "https://" + urlsplit(story.url).netloc


def chunks(story: Story, siblings: list[Story], baca_label: str = "Baca juga:") -> list[str]:
    """The body's paragraphs as HTML, with links, the glued sign-off and the "Baca juga" line."""
    out = []
    for number, text in enumerate(story.paragraphs):
        html = e(text)
        for url, label in story.attachments:
            if e(label) in html:
                head, _, tail = html.rpartition(e(label))
                html = f'{head}<a href="{a(path(url))}">{e(label)}</a>{tail}'
        if "glued" in story.quirks and number == len(story.paragraphs) - 1:
            html += e(story.credits_raw[0])
        out.append(html)
        if "baca" in story.quirks and number == 1 and siblings:
            other = siblings[0]
            out.append(
                f'<strong>{e(baca_label)}</strong> <a href="{a(path(other.url))}">{e(other.title)}</a>'
            )
    return out


def paragraphs(items: list[str], style: str) -> str:
    if style == "br":
        return "<p>" + "<br><br>\n".join(items) + "</p>\n"
    if style == "bare":
        return "<br />\n<br />\n".join(items) + "\n"
    if style == "div":
        return "".join(f"<div>{item}</div>\n" for item in items)
    return "".join(f"<p>{item}</p>\n" for item in items)


def image_tag(story: Story, image: tuple[str, str, str], extra: str = "") -> str:
    url, alt, _ = image
    return f'<img src="{a(path(url))}" alt="{a(alt)}"{extra}>'


def standfirst(story: Story) -> str:
    """The lead when it is not an image's caption (a standfirst), else ""."""
    captions = {caption for _, _, caption in story.images}
    return story.lead if story.lead and story.lead not in captions else ""


def body_top(story: Story, figure: Callable[[Story, tuple[str, str, str]], str]) -> str:
    """Images as the story asks: figure, em caption under the image, or a caption shortcode."""
    out = []
    for image in story.images:
        caption = image[2]
        if caption and "caption_em" in story.quirks:
            out.append(f"<p>{image_tag(story, image)}</p>\n<p><em>{e(caption)}</em></p>\n")
        elif caption and "shortcode" in story.quirks:
            img = image_tag(story, image, ' class="size-full" width="800"')
            out.append(
                f'<p>[caption id="attachment_{len(story.url) * 37}" align="aligncenter" '
                f'width="800"]{img}'
                f" {e(caption)}[/caption]</p>\n"
            )
        else:
            out.append(figure(story, image))
    return "".join(out)


def credit_lines(story: Story) -> list[str]:
    return [] if "glued" in story.quirks else [e(line) for line in story.credits_raw]


def share(label: str = "Bagikan:") -> str:
    return (
        f'<div class="share-buttons"><span>{e(label)}</span>'
        '<a href="https://www.facebook.com/sharer/sharer.php" class="share-fb">Facebook</a>'
        '<a href="https://twitter.com/intent/tweet" class="share-tw">Twitter</a>'
        '<a href="https://api.whatsapp.com/send" class="share-wa">WhatsApp</a></div>\n'
    )


def latest(siblings: list[Story], item: str = '<li><a href="{href}">{title}</a></li>') -> str:
    return "".join(item.format(href=a(path(s.url)), title=e(s.title)) for s in siblings)


def long_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def meta_date(story: Story) -> str:
    return story.date[2] if story.date[1] == "meta" else ""


CONSULT = (
    '<div class="konsultasi"><span class="ikon">tanya</span><h4>Konsultasi<br>Hukum Kepemiluan</h4>'
    '<a href="/konsultasi">Tanyakan <i class="anticon">right-circle</i></a></div>\n'
)

FOOTER_WIDGETS = (
    '<div class="widget"><span class="ikon">toast</span></div>\n'
    '<div class="widget"><h4>Media Sosial</h4><a href="https://instagram.com/">Instagram</a> '
    '<a href="https://www.youtube.com/">YouTube</a></div>\n'
    '<div class="widget"><span class="ikon">news</span></div>\n'
    '<div class="widget"><h4>Lokasi Bawaslu Provinsi</h4><iframe title="peta" '
    'src="https://maps.google.com/maps?q=bawaslu&amp;output=embed"></iframe></div>\n'
)


# ---------------------------------------------------------------- bootstrap (Kota Depok)
def bootstrap(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        caption = (
            f'<div class="card-footer small text-muted">{e(image[2])}</div>' if image[2] else ""
        )
        img = image_tag(story, image, ' class="card-img-top img-fluid"')
        return f'<div class="card mb-3">{img}{caption}</div>\n'

    tags = "".join(
        f'<a class="badge badge-pill badge-primary mr-1" href="/tags/{a(t.lower().replace(" ", "-"))}">{e(t)}</a>'
        for t in story.tags
    )
    credits = "".join(
        f'<small class="d-block text-muted">{line}</small>' for line in credit_lines(story)
    )
    first = standfirst(story)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{e(story.title)} - Bawaslu Kota Depok</title>
{f'<meta property="article:published_time" content="{a(meta_date(story))}">' if meta_date(story) else ""}
<meta property="og:type" content="article">
<meta property="og:title" content="{a(story.title)}">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/depok.css?v=3">
</head>
<body>
<a class="sr-only sr-only-focusable" href="#konten">Lompat ke isi utama</a>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger">
 <a class="navbar-brand" href="/"><img src="/assets/img/logo-bawaslu.png" alt="Logo Bawaslu" height="40"> Bawaslu Kota Depok</a>
 <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#menu"><span class="navbar-toggler-icon"></span></button>
 <div class="collapse navbar-collapse" id="menu"><ul class="navbar-nav ml-auto">
  <li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
  <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/profil">Profil</a></li>
  <li class="nav-item active"><a class="nav-link" href="/berita">Berita</a></li>
  <li class="nav-item"><a class="nav-link" href="/pengumuman">Pengumuman</a></li>
  <li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li>
 </ul></div>
</nav>
<div class="container mt-4" id="konten">
 <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Beranda</a></li><li class="breadcrumb-item"><a href="/berita">Berita</a></li><li class="breadcrumb-item active">Detail</li></ol></nav>
 <div class="row">
  <div class="col-md-8">
   <div class="card shadow-sm">
    <div class="card-body">
     <h3 class="card-title font-weight-bold">{e(story.title)}</h3>
     <p class="card-subtitle text-muted mb-3"><i class="fa fa-calendar"></i> {e(story.date[2]) if story.date[1] == "byline" else "Humas"} &nbsp;|&nbsp; <i class="fa fa-eye"></i> 312 kali dibaca</p>
     {body_top(story, figure)}
     {f'<p class="lead">{e(first)}</p>' if first else ""}
     <div class="card-text text-justify">
{paragraphs(chunks(story, siblings), story.paragraph_style)}
     </div>
     <div class="mt-3">{credits}</div>
     <hr>
     <div class="tags"><span class="font-weight-bold">Tag:</span> {tags}</div>
     {share() if "share" in story.quirks else ""}
    </div>
   </div>
  </div>
  <div class="col-md-4">
   <div class="card mb-3"><div class="card-header bg-danger text-white">Berita Terbaru</div>
    <ul class="list-group list-group-flush">{latest(siblings, '<li class="list-group-item"><a href="{href}">{title}</a></li>')}</ul></div>
   <div class="card"><div class="card-header">Pengumuman</div><div class="card-body small">Pengumuman Hasil Seleksi Administrasi Calon Pengawas TPS</div></div>
  </div>
 </div>
</div>
<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container"><div class="row">
 <div class="col-md-4">Jl. Boulevard Grand Depok City, Kota Depok</div>
 <div class="col-md-4">{FOOTER_WIDGETS}</div>
 <div class="col-md-4">&copy; 2024 Bawaslu Kota Depok</div>
</div></div></footer>
<div id="cookie-bar" class="fixed-bottom bg-light p-2 small">Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. <button class="btn btn-sm btn-danger">Setuju</button></div>
<script src="https://code.jquery.com/jquery-3.5.1.slim.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- tailwind (Sleman)
def tailwind(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        caption = (
            f'<figcaption class="mt-2 text-sm text-gray-500 italic">{e(image[2])}</figcaption>'
            if image[2]
            else ""
        )
        img = image_tag(story, image, ' class="w-full rounded-xl" loading="lazy"')
        return f'<figure class="my-6">{img}{caption}</figure>\n'

    iso = story.date[2] if story.date[1] == "meta" else story.date[0]
    tags = "".join(
        f'<li><a href="/tag/{a(t.lower().replace(" ", "-"))}" class="inline-block rounded-full bg-amber-100 px-3 py-1 text-xs font-medium text-amber-800 hover:bg-amber-200">{e(t)}</a></li>'
        for t in story.tags
    )
    credits = "".join(
        f'<p class="text-sm text-gray-600">{line}</p>' for line in credit_lines(story)
    )
    doubled = (
        (
            f'<div class="bg-amber-600 py-10"><div class="mx-auto max-w-5xl px-4"><p class="text-sm uppercase tracking-widest text-amber-100">Berita</p>'
            f'<p class="mt-2 text-2xl font-bold text-white">{e(story.title)}</p></div></div>'
        )
        if "doubled" in story.quirks
        else ""
    )
    first = standfirst(story)
    return f"""<!doctype html>
<html lang="id" class="scroll-smooth">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(story.title)} | Bawaslu Sleman</title>
<meta name="description" content="{a(story.paragraphs[0][:150])}">
<meta property="article:published_time" content="{a(iso)}">
<meta property="og:title" content="{a(story.title)}">
<meta property="og:site_name" content="Bawaslu Kabupaten Sleman">
<link href="/build/app.4f2a1c.css" rel="stylesheet">
<script defer src="/build/alpine.min.js"></script>
</head>
<body class="bg-gray-50 font-sans text-gray-800 antialiased">
<a href="#main" class="sr-only focus:not-sr-only">Lompat ke isi utama</a>
<header class="sticky top-0 z-40 bg-white shadow">
 <div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
  <a href="/" class="flex items-center gap-2"><img src="/img/logo.svg" alt="Bawaslu Sleman" class="h-10 w-auto"><span class="font-bold">BAWASLU SLEMAN</span></a>
  <nav class="hidden gap-6 text-sm font-semibold md:flex"><a href="/">Beranda</a><a href="/profil">Profil</a><a href="/berita" class="text-amber-600">Berita</a><a href="/publikasi">Publikasi</a><a href="/kontak">Kontak</a></nav>
 </div>
</header>
{doubled}
<main id="main" class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-10 lg:grid-cols-3">
 <article class="lg:col-span-2">
  <span class="text-xs font-bold uppercase tracking-wider text-amber-600">Berita</span>
  <h1 class="mt-2 text-3xl font-extrabold leading-tight text-gray-900 md:text-4xl">{e(story.title)}</h1>
  <div class="mt-3 flex items-center gap-3 text-sm text-gray-500"><time datetime="{a(iso)}">{e(long_date(story.date[0]))}</time><span>&middot;</span><span>4 menit baca</span></div>
  {f'<p class="mt-4 text-lg text-gray-600">{e(first)}</p>' if first else ""}
  {body_top(story, figure)}
  <div class="prose prose-lg max-w-none prose-a:text-amber-700">
{paragraphs(chunks(story, siblings), story.paragraph_style)}
  </div>
  <div class="mt-8 border-t pt-4">{credits}</div>
  <ul class="mt-4 flex flex-wrap gap-2">{tags}</ul>
  {share("Bagikan artikel ini") if "share" in story.quirks else ""}
 </article>
 <aside class="space-y-8">
  <section class="rounded-2xl bg-white p-5 shadow"><h2 class="mb-3 text-lg font-bold">Berita Terbaru</h2><ul class="space-y-3 text-sm">{latest(siblings, '<li class="border-b pb-2"><a class="hover:text-amber-600" href="{href}">{title}</a></li>')}</ul></section>
  <section class="rounded-2xl bg-white p-5 shadow"><h2 class="mb-3 text-lg font-bold">Layanan</h2><a href="/pengaduan" class="block rounded bg-amber-600 px-4 py-2 text-center text-white">Laporkan Pelanggaran</a></section>
 </aside>
</main>
<footer class="bg-gray-900 py-10 text-sm text-gray-400"><div class="mx-auto max-w-7xl px-4">
 <p>Jl. Candi Gebang No. 3, Sleman, DI Yogyakarta</p>
 <div class="mt-4 flex gap-4"><a href="https://facebook.com/bawaslusleman">Facebook</a><a href="https://instagram.com/bawaslusleman">Instagram</a><a href="https://x.com/bawaslusleman">X</a></div>
 <p class="mt-4">&copy; 2024 Bawaslu Kabupaten Sleman. Hak cipta dilindungi.</p>
</div></footer>
<div x-data="{{open:true}}" x-show="open" class="fixed bottom-4 left-4 right-4 rounded-lg bg-white p-4 shadow-xl md:left-auto md:w-96"><p class="text-sm">Kami menggunakan cookie agar situs ini berfungsi dengan baik.</p><button @click="open=false" class="mt-2 rounded bg-amber-600 px-3 py-1 text-white">Mengerti</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------- tabel (Batanghari)
def tabel(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        img = image_tag(story, image, ' width="480" border="0" hspace="5"')
        return f'<div align="center">{img}</div><br>\n'

    meta = f'<meta name="date" content="{a(meta_date(story))}">' if meta_date(story) else ""
    credits = "<br>".join(credit_lines(story))
    tags = " | ".join(
        f'<a href="/index.php/label/{a(t.lower().replace(" ", "-"))}"><font color="#990000">{e(t)}</font></a>'
        for t in story.tags
    )
    body = paragraphs(chunks(story, siblings), story.paragraph_style)
    if story.paragraph_style == "br":
        body = body.removeprefix("<p>").removesuffix("</p>\n")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Bawaslu Kabupaten Batanghari :: {e(story.title)}</title>
{meta}
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#e8e8e8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
 <tr><td colspan="3"><img src="/images/header_bawaslu_batanghari.jpg" width="980" height="150" alt="Bawaslu Kabupaten Batanghari"></td></tr>
 <tr><td colspan="3" bgcolor="#8B0000" height="28">
  <font face="Verdana" size="2" color="#FFFFFF"><b>&nbsp;<a href="/index.php" style="color:#fff">HOME</a> | <a href="/index.php/profil" style="color:#fff">PROFIL</a> | <a href="/index.php/berita" style="color:#fff">BERITA</a> | <a href="/index.php/galeri" style="color:#fff">GALERI</a> | <a href="/index.php/kontak" style="color:#fff">KONTAK</a></b></font>
 </td></tr>
 <tr>
  <td width="200" valign="top" bgcolor="#f4f4f4" style="padding:8px">
   <table width="100%" border="0" cellpadding="3" cellspacing="0">
    <tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>Menu Utama</b></font></td></tr>
    <tr><td><font face="Verdana" size="1"><a href="/index.php/berita">&raquo; Berita</a><br><a href="/index.php/pengumuman">&raquo; Pengumuman</a><br><a href="/index.php/regulasi">&raquo; Regulasi</a><br><a href="/index.php/ppid">&raquo; PPID</a></font></td></tr>
   </table>
   <br>
   <table width="100%" border="0" cellpadding="3" cellspacing="0">
    <tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>Statistik</b></font></td></tr>
    <tr><td><font face="Verdana" size="1">Pengunjung hari ini: 127<br>Total: 84.219</font></td></tr>
   </table>
  </td>
  <td width="580" valign="top" style="padding:12px 15px">
   <font face="Verdana" size="1" color="#666666"><a href="/index.php">Home</a> &raquo; <a href="/index.php/berita">Berita</a></font><br><br>
   <font face="Georgia" size="4" color="#8B0000"><b>{e(story.title)}</b></font><br>
   <font face="Verdana" size="1" color="#999999">Diposting oleh: admin &nbsp; Dibaca: 1.024 kali</font>
   <hr size="1" noshade color="#cccccc">
   {body_top(story, figure)}
   <font face="Verdana" size="2" style="line-height:1.6">
{body}
   </font>
   <br><br><font face="Verdana" size="1"><i>{credits}</i></font>
   {f'<br><br><font face="Verdana" size="1"><b>Label :</b> {tags}</font>' if story.tags else ""}
   <br><br><a href="javascript:window.print()"><img src="/images/print.gif" alt="Cetak" border="0"></a>
  </td>
  <td width="200" valign="top" bgcolor="#f4f4f4" style="padding:8px">
   <table width="100%" border="0" cellpadding="3" cellspacing="0">
    <tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>Berita Terbaru</b></font></td></tr>
    <tr><td><font face="Verdana" size="1">{latest(siblings, '<a href="{href}">{title}</a><br><br>')}</font></td></tr>
   </table>
  </td>
 </tr>
 <tr><td colspan="3" bgcolor="#333333" align="center" height="40"><font face="Verdana" size="1" color="#cccccc">Copyright &copy; 2024 Bawaslu Kabupaten Batanghari - Jl. Jend. Sudirman, Muara Bulian</font></td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------- amp (Jawa Barat)
def amp(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        caption = f"<figcaption>{e(image[2])}</figcaption>" if image[2] else ""
        return (
            f'<figure class="hero"><amp-img src="{a(path(image[0]))}" alt="{a(image[1])}" width="1200" height="675" '
            f'layout="responsive"></amp-img>{caption}</figure>\n'
        )

    canonical = story.url.split("?")[0]
    tags = "".join(
        f'<a class="chip" href="/tag/{a(t.lower().replace(" ", "-"))}">{e(t)}</a>'
        for t in story.tags
    )
    credits = "".join(f'<p class="kredit">{line}</p>' for line in credit_lines(story))
    share_block = (
        (
            '<div class="share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share>'
            '<amp-social-share type="twitter" width="40" height="40"></amp-social-share>'
            '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>'
        )
        if "share" in story.quirks
        else ""
    )
    images = ", ".join(f'"{origin(story)}{path(url)}"' for url, _, _ in story.images)
    return f"""<!doctype html>
<html ⚡ lang="id">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{e(story.title)} | Bawaslu Provinsi Jawa Barat</title>
<link rel="canonical" href="{a(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json_str(story.title)},"datePublished":"{story.date[2]}","image":[{images}],"publisher":{{"@type":"GovernmentOrganization","name":"Bawaslu Provinsi Jawa Barat"}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Roboto,sans-serif;margin:0}}.bar{{background:#b71c1c;color:#fff;padding:12px}}.wrap{{padding:16px}}.chip{{display:inline-block;border:1px solid #b71c1c;border-radius:16px;padding:2px 10px;margin:2px}}</style>
</head>
<body>
<header class="bar"><button on="tap:menu.toggle" aria-label="menu">☰</button> <a href="/" style="color:#fff">Bawaslu Jabar</a></header>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li><li><a href="/profil">Profil</a></li><li><a href="/kontak">Kontak</a></li></ul></amp-sidebar>
<main class="wrap">
 <div class="kategori">Berita</div>
 <h1 class="judul">{e(story.title)}</h1>
 <div class="meta">Bawaslu Jabar &middot; {e(long_date(story.date[0]))}</div>
 {body_top(story, figure)}
 <div class="konten">
{paragraphs(chunks(story, siblings), story.paragraph_style)}
 </div>
 {credits}
 <div class="tag-list">{tags}</div>
 {share_block}
 <section class="terkait"><h3>Berita Terbaru</h3><ul>{latest(siblings)}</ul></section>
</main>
<footer class="bar"><small>&copy; Bawaslu Provinsi Jawa Barat. Jl. Turangga No. 25, Bandung.</small> <a href="{a(canonical)}" style="color:#fff">Versi lengkap</a></footer>
</body>
</html>
"""


def json_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


# ---------------------------------------------------------------- judul (Lumajang, custom PHP CMS)
def judul(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        img = image_tag(story, image, ' class="img-berita"')
        return f'<div class="gambar-berita">{img}</div>\n'

    tags = "".join(
        f'<li><a href="/berita/tag/{a(t.lower().replace(" ", "-"))}">#{e(t)}</a></li>'
        for t in story.tags
    )
    credits = "".join(f'<div class="penulis">{line}</div>' for line in credit_lines(story))
    body = paragraphs(chunks(story, siblings), story.paragraph_style)
    if story.paragraph_style == "br":
        body = body.replace("<p>", "").replace("</p>", "")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Bawaslu Kabupaten Lumajang</title>
<meta name="keywords" content="bawaslu, lumajang, pengawasan, pemilu, pilkada">
<link rel="stylesheet" href="/assets/template/lumajang/style.css">
<link rel="stylesheet" href="/assets/fontawesome/css/all.min.css">
<script src="/assets/js/jquery.min.js"></script>
</head>
<body>
<div id="top-bar"><span>Selamat datang di website resmi Bawaslu Kabupaten Lumajang</span><span class="tgl-hari-ini"></span></div>
<div id="header"><div class="logo"><img src="/assets/img/logo.png" alt="logo"></div><div class="nama-instansi">BADAN PENGAWAS PEMILIHAN UMUM<br>KABUPATEN LUMAJANG</div></div>
<div id="menu"><ul class="menu-utama"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a><ul><li><a href="/profil/visi-misi">Visi Misi</a></li><li><a href="/profil/struktur-organisasi">Struktur Organisasi</a></li></ul></li><li class="aktif"><a href="/berita">Berita</a></li><li><a href="/pengumuman">Pengumuman</a></li><li><a href="/galeri">Galeri</a></li></ul></div>
<div id="wrapper">
 <div id="kiri">
  <div class="detail-berita">
   <div class="judul-berita">{e(story.title)}</div>
   <div class="info-berita"><i class="fa fa-user"></i> Admin &nbsp; <i class="fa fa-clock"></i> {e(story.date[2]) if story.date[1] == "byline" else ""} &nbsp; <i class="fa fa-eye"></i> 89</div>
   {body_top(story, figure)}
   <div class="isi-berita">
{body}
   </div>
   {credits}
   <div class="tag-berita"><span>Tags</span><ul>{tags}</ul></div>
   <div class="bagikan">Bagikan : <a href="https://www.facebook.com/sharer.php"><i class="fab fa-facebook"></i></a> <a href="https://wa.me/"><i class="fab fa-whatsapp"></i></a></div>
  </div>
 </div>
 <div id="kanan">
  <div class="box-sidebar"><div class="judul-box">Berita Terbaru</div><ul class="list-terbaru">{latest(siblings)}</ul></div>
  <div class="box-sidebar"><div class="judul-box">Tautan</div><ul><li><a href="https://www.bawaslu.go.id">Bawaslu RI</a></li><li><a href="https://jatim.bawaslu.go.id">Bawaslu Jatim</a></li></ul></div>
 </div>
</div>
<div id="footer">{CONSULT}{CONSULT}<p>Bawaslu Kabupaten Lumajang &copy; 2024</p></div>
<script>$(function(){{$('.tgl-hari-ini').text(new Date().toLocaleDateString('id-ID'));}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- drupal9 (Lampung, renamed theme)
def drupal9(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        caption = (
            f'<div class="field field--name-field-caption">{e(image[2])}</div>' if image[2] else ""
        )
        img = image_tag(
            story, image, ' loading="lazy" width="900" height="600" typeof="foaf:Image"'
        )
        return (
            f'<div class="field field--name-field-image field--type-image"><div class="field__item">'
            f"{img}</div></div>\n{caption}\n"
        )

    host = urlsplit(story.url).netloc.split(".")[0]
    tags = "".join(
        f'<div class="field__item"><a href="/taxonomy/term/{40 + n}" hreflang="id">{e(t)}</a></div>'
        for n, t in enumerate(story.tags)
    )
    credits = "".join(f"<p>{line}</p>" for line in credit_lines(story))
    submitted = (
        f'<div class="node-submitted">Diterbitkan {e(story.date[2])}</div>'
        if story.date[1] == "byline"
        else ""
    )
    doubled = (
        f'<div class="region-page-title"><h2 class="page-header">{e(story.title)}</h2></div>'
        if "doubled" in story.quirks
        else ""
    )
    widgets = FOOTER_WIDGETS + CONSULT + CONSULT
    return f"""<!DOCTYPE html>
<html lang="id" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta property="og:site_name" content="Bawaslu {host.title()}">
<meta property="og:title" content="{a(story.title)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(story.title)} | Bawaslu {host.title()}</title>
<link rel="stylesheet" media="all" href="/sites/{host}/files/css/css_Q2x8.css">
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
</head>
<body class="path-node page-node-type-berita">
<a href="#main-content" class="visually-hidden focusable skip-link">Lompat ke isi utama</a>
<div class="dialog-off-canvas-main-canvas">
<div class="layout-wrapper">
 <header class="region-header"><a href="/" rel="home" class="brand"><img src="/sites/{host}/files/logo.png" alt="Beranda"></a>
  <nav role="navigation" class="region-primary-menu"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li><li><a href="/publikasi">Publikasi</a></li><li><a href="/ppid">PPID</a></li></ul></nav>
 </header>
 <div class="region-highlighted"><div class="section-label">Berita</div></div>
 {doubled}
 <div class="layout-main">
  <main role="main"><a id="main-content" tabindex="-1"></a>
   <div class="region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
    <div class="block-system-main-block">
     <article role="article" class="node-berita node-full">
      <div class="node-title-wrap"><h1 class="node-title"><span>{e(story.title)}</span></h1></div>
      {submitted}
      <div class="node-content">
       {body_top(story, figure)}
       <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{paragraphs(chunks(story, siblings), story.paragraph_style)}{credits}
       </div>
       {f'<div class="field field--name-field-tags"><div class="field__label">Label</div><div class="field__items">{tags}</div></div>' if story.tags else ""}
      </div>
     </article>
    </div>
   </div>
  </main>
  <aside class="region-sidebar" role="complementary"><div class="block-views-blockberita-terbaru"><h2>Berita Terbaru</h2><div class="view-content"><ul>{latest(siblings)}</ul></div></div></aside>
 </div>
 <footer class="region-footer">{widgets}<div class="copyright">&copy; 2024 Bawaslu</div></footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"id"}}}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- astra (Jawa Tengah, WordPress)
def astra(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        img = image_tag(story, image, ' class="attachment-large size-large wp-post-image"')
        return f'<div class="post-thumb-img-content post-thumb">{img}</div>\n'

    tags = ", ".join(
        f'<a href="/tag/{a(t.lower().replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in story.tags
    )
    credits = "".join(f"<p>{line}</p>\n" for line in credit_lines(story))
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(story.title)} &#8211; Bawaslu Provinsi Jawa Tengah</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Bawaslu Jateng &raquo; Feed" href="/feed/">
<meta property="og:locale" content="id_ID">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(story.title)} - Bawaslu Provinsi Jawa Tengah">
{f'<meta property="article:published_time" content="{a(meta_date(story))}">' if meta_date(story) else ""}
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=1.8.1" media="all">
<script src="/wp-includes/js/jquery/jquery.js?ver=1.12.4"></script>
</head>
<body class="post-template-default single single-post postid-4471 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-1.8.1">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
 <div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
  <div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="300" height="80" src="/wp-content/uploads/2018/10/logo-bawaslu-jateng.png" class="custom-logo" alt="Bawaslu Provinsi Jawa Tengah"></a></span></div></div>
  <div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="ast-flex-grow-1 navigation-accessibility" id="site-navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu ast-flex ast-justify-content-flex-end submenu-with-border">
   <li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil/">Profil</a></li><li class="menu-item current-menu-parent"><a href="/category/berita/">Berita</a></li><li class="menu-item"><a href="/category/pengumuman/">Pengumuman</a></li><li class="menu-item"><a href="/kontak/">Kontak</a></li>
  </ul></div></nav></div></div>
 </div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
 <main id="main" class="site-main">
  <article class="post type-post status-publish format-standard has-post-thumbnail hentry ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
   <div class="ast-post-format- ast-no-thumb single-layout-1">
    <header class="entry-header">
     <h1 class="entry-title" itemprop="headline">{e(story.title)}</h1>
     <div class="entry-meta">By <span class="posted-by vcard author"><a class="url fn n" href="/author/humas/" rel="author"><span class="author-name">humas</span></a></span> / {f'<span class="posted-on"><span class="published" itemprop="datePublished">{e(long_date(story.date[0]))}</span></span> / ' if story.date[1] != "url" else ""}<span class="cat-links"><a href="/category/berita/" rel="category tag">Berita</a></span></div>
    </header>
    {"".join(figure(story, image) for image in story.images if not image[2])}
    <div class="entry-content clear" itemprop="text">
{body_top(story, figure) if any(image[2] for image in story.images) else ""}{paragraphs(chunks(story, siblings), story.paragraph_style)}{credits}
    </div>
   </div>
   {f'<footer class="entry-footer"><span class="tags-links">Tags: {tags}</span></footer>' if story.tags else ""}
  </article>
  <nav class="navigation post-navigation" aria-label="Post navigation"><div class="nav-links">{f'<div class="nav-previous"><a href="{a(path(siblings[0].url))}" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>' if siblings else ""}</div></nav>
  <div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><p class="must-log-in">You must be <a href="/wp-login.php">logged in</a> to post a comment.</p></div></div>
 </main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
 <aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></aside>
 <aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{latest(siblings)}</ul></aside>
 <aside id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments"></ul></aside>
 <aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Arsip</h2><ul><li><a href="/2019/04/">April 2019</a></li><li><a href="/2019/03/">Maret 2019</a></li><li><a href="/2019/01/">Januari 2019</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap">
 <div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2019 Bawaslu Provinsi Jawa Tengah</div>
 <div class="ast-small-footer-section ast-small-footer-section-2">|</div>
 <div class="ast-small-footer-section">Powered by Bawaslu Jateng</div>
</div></div></div></div></footer>
</div>
<a id="ast-scroll-top" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both" href="#"><span class="screen-reader-text">Scroll Top</span></a>
<script src="/wp-content/themes/astra/assets/js/minified/style.min.js?ver=1.8.1"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- generatepress (Riau, WordPress)
def generatepress(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        caption = (
            f'<figcaption class="wp-element-caption">{e(image[2])}</figcaption>' if image[2] else ""
        )
        img = image_tag(story, image, ' class="wp-image-8812" decoding="async"')
        return f'<figure class="wp-block-image size-large">{img}{caption}</figure>\n'

    tags = "".join(
        f'<a href="/tag/{a(t.lower().replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in story.tags
    )
    credits = "".join(
        f'<p class="has-small-font-size"><strong>{line}</strong></p>\n'
        for line in credit_lines(story)
    )
    share_block = (
        (
            '<div class="heateor_sss_sharing_container"><div class="heateor_sss_sharing_title">Bagikan ke:</div>'
            '<a href="https://www.facebook.com/sharer/sharer.php" title="Facebook">Facebook</a> '
            '<a href="https://twitter.com/intent/tweet" title="Twitter">Twitter</a> '
            '<a href="https://api.whatsapp.com/send" title="Whatsapp">Whatsapp</a></div>'
        )
        if "share" in story.quirks
        else ""
    )
    year, month, day = story.date[0].split("-")
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<title>{e(story.title)} &#8211; Bawaslu Provinsi Riau</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.0.2" media="all">
<style id="generate-style-inline-css">body{{background-color:#f7f8f9;color:#222222;}}.inside-article{{padding:40px}}</style>
</head>
<body class="post-template-default single single-post right-sidebar nav-float-right separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Langsung ke konten">Langsung ke konten</a>
<header class="site-header" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
 <div class="site-logo"><a href="/" rel="home"><img class="header-image is-logo-image" alt="Bawaslu Riau" src="/wp-content/uploads/2020/01/logo-riau.png"></a></div>
 <nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul class="menu sf-menu"><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li><li class="current-menu-item"><a href="/berita/">Berita</a></li><li><a href="/ppid/">PPID</a></li></ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
 <div class="content-area" id="primary"><main class="site-main" id="main">
  <article id="post-8812" class="post-8812 post type-post status-publish format-standard hentry category-berita" itemtype="https://schema.org/CreativeWork" itemscope>
   <div class="inside-article">
    <header class="entry-header">
     <h1 class="entry-title" itemprop="headline">{e(story.title)}</h1>
     <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{year}-{month}-{day}T10:00:00+07:00" itemprop="datePublished">{e(long_date(story.date[0]))}</time></span> <span class="byline">oleh <span class="author vcard"><a class="url fn n" href="/author/admin/" rel="author"><span class="author-name" itemprop="name">admin</span></a></span></span></div>
    </header>
    <div class="entry-content" itemprop="text">
{body_top(story, figure)}{paragraphs(chunks(story, siblings), story.paragraph_style)}{credits}{share_block}
    </div>
    <footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Kategori </span><a href="/category/berita/" rel="category tag">Berita</a></span> {f'<span class="tags-links"><span class="screen-reader-text">Tag </span>{tags}</span>' if story.tags else ""}
     <nav id="nav-below" class="post-navigation"><div class="nav-previous">{f'<a href="{a(path(siblings[0].url))}" rel="prev">{e(siblings[0].title)}</a>' if siblings else ""}</div></nav>
    </footer>
   </div>
  </article>
 </main></div>
 <div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
  <aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{latest(siblings)}</ul></aside>
  <aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Kategori</h2><ul><li><a href="/category/berita/">Berita</a></li><li><a href="/category/opini/">Opini</a></li></ul></aside>
 </div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2021 Bawaslu Provinsi Riau &bull; Dibangun dengan <a href="https://generatepress.com">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.0.2"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- blogger (Sidoarjo)
def blogger(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        img = image_tag(story, image, ' border="0" width="640"')
        link = f'<a href="{a(path(image[0]))}" style="margin-left: auto; margin-right: auto;">{img}</a>'
        if image[2]:  # Blogger puts a captioned image in a two-row table
            return (
                '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;">{link}</td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{e(image[2])}</td></tr></tbody></table>\n'
            )
        return f'<div class="separator" style="clear: both; text-align: center;">{link}</div>\n'

    labels = ",\n".join(
        f'<a href="/berita/label/{a(t.lower().replace(" ", "-"))}" rel="tag">{e(t)}</a>'
        for t in story.tags
    )
    credits = "".join(f"<div><b>{line}</b></div>" for line in credit_lines(story))
    body = paragraphs(chunks(story, siblings), story.paragraph_style)
    if story.paragraph_style == "br":
        body = body.replace("<p>", '<span style="font-family: arial;">').replace("</p>", "</span>")
    share_block = (
        (
            '<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="#">Kirimkan Ini lewat Email</a>'
            '<a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-twitter" href="#">Berbagi ke Twitter</a>'
            '<a class="share-button sb-facebook" href="#">Berbagi ke Facebook</a></div>'
        )
        if "share" in story.quirks
        else ""
    )
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="id">
<head>
<meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<title>Bawaslu Sidoarjo: {e(story.title)}</title>
<meta content="{a(story.title)}" property="og:title">
<style id="page-skin-1" type="text/css">body{{font:normal normal 13px Arial,Tahoma,Helvetica,FreeSans,sans-serif;color:#333;background:#eee}}.post-title{{font:normal bold 22px Arial}}</style>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar"><iframe title="Blogger Navigation and Search" src="about:blank" height="30"></iframe></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header section" id="header"><div class="widget Header"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">Bawaslu Sidoarjo</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Bersama Rakyat Awasi Pemilu, Bersama Bawaslu Tegakkan Keadilan Pemilu</span></p></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList"><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li class="selected"><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></div></div></div>
<div class="main-outer"><div class="main-inner columns-2">
<div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
 <div class="date-outer"><h2 class="date-header"><span>{e(story.date[2])}</span></h2>
 <div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
  <a name="7301124558812"></a>
  <h3 class="post-title entry-title" itemprop="name">{e(story.title)}</h3>
  <div class="post-header"><div class="post-header-line-1"></div></div>
  <div class="post-body entry-content" id="post-body-7301124558812" itemprop="description articleBody">
{body_top(story, figure)}{body}{credits}
<div style="clear: both;"></div>
  </div>
  <div class="post-footer">
   <div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Diposting oleh <span class="fn">Humas Bawaslu Sidoarjo</span></span> <span class="post-comment-link"><a class="comment-link" href="#comments">Tidak ada komentar:</a></span> {share_block}</div>
   <div class="post-footer-line post-footer-line-2"><span class="post-labels">Label:\n{labels}</span></div>
  </div>
 </div></div></div></div>
</div>
<div class="blog-pager" id="blog-pager">{f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{a(path(siblings[0].url))}" title="Posting Lama">Posting Lama</a></span>' if siblings else ""}<a class="home-link" href="/">Beranda</a></div>
<div class="comments" id="comments"><h4>Tidak ada komentar:</h4><div id="comment-holder"></div><p class="comment-footer"><a href="#">Posting Komentar</a></p></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
 <div class="widget PopularPosts"><h2 class="title">Berita Terbaru</h2><div class="widget-content popular-posts"><ul>{latest(siblings)}</ul></div></div>
 <div class="widget BlogArchive"><h2>Arsip Blog</h2><ul class="hierarchy"><li><a href="/berita?tahun=2023">2023</a></li><li><a href="/berita?tahun=2022">2022</a></li></ul></div>
 <div class="widget Profile"><h2>Mengenai Saya</h2><div class="widget-content">Badan Pengawas Pemilihan Umum Kabupaten Sidoarjo</div></div>
</div></aside></div></div>
</div></div>
<footer><div class="footer-outer"><div class="widget Attribution"><div class="widget-content" style="text-align: center;">Tema Sederhana. Diberdayakan oleh <a href="https://www.blogger.com">Blogger</a>.</div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/widgets.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- portal (national news portal)
def portal(story: Story, siblings: list[Story]) -> str:
    def figure(_: Story, image: tuple[str, str, str]) -> str:
        img = image_tag(story, image, ' class="img-responsive"')
        return f'<div class="news-image">{img}</div>\n'

    caption_first = [image for image in story.images if image[2]]
    captions = "".join(f"<p><em>{e(image[2])}</em></p>\n" for image in caption_first)
    tags = "".join(
        f'<li class="tag-item"><a href="/id/tags/{a(t.lower().replace(" ", "-"))}">{e(t)}</a></li>'
        for t in story.tags
    )
    credits = "<br>\n".join(credit_lines(story))
    images = "".join(figure(story, image) for image in story.images)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="utf-8">
<title>{e(story.title)} | Bawaslu</title>
<meta name="description" content="{a(story.paragraphs[0][:160])}">
<meta property="og:title" content="{a(story.title)}">
<meta property="og:url" content="{a(story.url)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/themes/portal/css/app.min.css?v=202310">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="portal single-news">
<div class="top-strip"><div class="wrap"><span>Badan Pengawas Pemilihan Umum Republik Indonesia</span><span class="lang"><a href="/id">ID</a> | <a href="/en">EN</a></span></div></div>
<header class="masthead"><div class="wrap"><a class="brand" href="/id"><img src="/themes/portal/img/logo-bawaslu.svg" alt="Bawaslu RI"></a>
 <ul class="mainmenu"><li><a href="/id">Beranda</a></li><li><a href="/id/profil">Profil</a></li><li class="is-active"><a href="/id/berita">Berita</a></li><li><a href="/id/publikasi">Publikasi</a></li><li><a href="/id/jdih">JDIH</a></li><li><a href="/id/ppid">PPID</a></li></ul>
 <form class="searchbox" action="/id/cari"><input name="q" placeholder="Cari..."></form></div></header>
<section class="news-detail"><div class="wrap grid">
 <div class="col-main">
  <ul class="crumbs"><li><a href="/id">Beranda</a></li><li><a href="/id/berita">Berita</a></li></ul>
  <div role="heading" aria-level="1" class="news-title">{e(story.title)}</div>
  <div class="news-byline"><span class="by">Humas Bawaslu RI</span> <span class="when">{e(story.date[2])}</span> <span class="views">Dilihat 2.318 kali</span></div>
  {images}
  <div class="news-content">
{captions}{paragraphs(chunks(story, siblings, "Baca Juga :"), story.paragraph_style)}
<p>{credits}</p>
  </div>
  {f'<div class="news-tags"><h5>Tag</h5><ul class="tag-list">{tags}</ul></div>' if story.tags else ""}
  {share("Bagikan") if "share" in story.quirks else ""}
 </div>
 <aside class="col-side"><div class="side-box"><h4>Berita Terbaru</h4><ol class="side-list">{latest(siblings)}</ol></div>
  <div class="side-box"><h4>Infografis</h4><img src="/sites/default/files/infografis/ikp.png" alt="Infografis IKP"></div></aside>
</div></section>
<footer class="site-foot"><div class="wrap"><p>Jl. M.H. Thamrin No. 14, Jakarta Pusat 10350</p><p>Telp. (021) 3905889</p><p>&copy; 2023 Badan Pengawas Pemilihan Umum</p></div></footer>
</body>
</html>
"""


THEMES: dict[str, Callable[[Story, list[Story]], str]] = {
    "bootstrap": bootstrap,
    "tailwind": tailwind,
    "tabel": tabel,
    "amp": amp,
    "judul": judul,
    "drupal9": drupal9,
    "astra": astra,
    "generatepress": generatepress,
    "blogger": blogger,
    "portal": portal,
}
