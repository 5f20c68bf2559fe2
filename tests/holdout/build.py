# ruff: noqa: E501  (HTML templates are kept on one line as served)
"""Writes the hold-out pages: hand-written stories in themes the reader was not built on.

Run `python tests/holdout/build.py` to rewrite the .html/.json pairs. The themes imitate what
an Indonesian government CMS really serves (Joomla 3 and 4, an old table portal, a Ghost-like
blog, a Wix-like site builder, a Laravel/Alpine.js CMS, a WordPress theme with sections, a
block theme, Elementor, Next.js, a CodeIgniter portal, and a print version); the expected
fields are the hand-written values of stories.py.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import nonarticles
from stories import (
    BINTAN_ASN,
    BINTAN_EVALUASI,
    BLORA_APK,
    BLORA_BIMTEK,
    BOYOLALI_DEBAT,
    BOYOLALI_KAMPUS,
    JATIM_EVALUASI,
    JATIM_PELATIHAN,
    KEBUMEN_EVALUASI,
    KEBUMEN_LOGISTIK,
    KEBUMEN_RAKOR,
    KEBUMEN_SOSIALISASI,
    LAMSEL_DISABILITAS,
    LAMSEL_IMBAUAN,
    PAMEKASAN_KUNJUNGAN,
    PAMEKASAN_POSKO,
    PAMEKASAN_TPS_RAWAN,
    PEKALONGAN_COKLIT,
    PEKALONGAN_KADES,
    SEMARANG_ORMAS,
    SEMARANG_PATROLI,
    SINJAI_NETRALITAS,
    SINJAI_PELANTIKAN,
    SINJAI_TOKOH_AGAMA,
    SUMUT_GAKKUMDU,
    SUMUT_MEDIA,
    WAYKANAN_APEL,
    WAYKANAN_REKAPITULASI,
    WAYKANAN_REKRUTMEN,
    Story,
)

HERE = Path(__file__).parent
BACA_JUGA_LABEL = '<span class="font-semibold">Baca juga:</span> '

CONSULT = (
    '<div class="widget-konsultasi"><span>tanya</span><h4>Konsultasi</h4>'
    '<p>Hukum Kepemiluan</p><a href="/konsultasi">Tanyakan <i>right-circle</i></a></div>'
)


def paragraph(story: Story, index: int) -> str:
    """One paragraph as escaped HTML, with the attachment link and a glued sign-off."""
    text = escape(story.paragraphs[index], quote=False)
    href, label = story.attachment
    if href and label in story.paragraphs[index]:
        text = text.replace(escape(label, quote=False), f'<a href="{href}">{escape(label)}</a>')
    if index == len(story.paragraphs) - 1 and story.glued_signoff:
        text += story.glued_signoff
    return text


def read_also(story: Story, prefix: str = "") -> str:
    slug = story.read_also.lower().replace(" ", "-").replace("/", "-")
    return f'{prefix}<a href="/berita/{slug}">{escape(story.read_also)}</a>'


def joomla3(story: Story, caption_shortcode: bool = False) -> str:
    """Joomla 3 Protostar-like: item-page, itemprop=articleBody, dl.article-info, ul.tags."""
    url = f"https://{story.host}/index.php/berita/{story.slug}"
    parts = []
    if caption_shortcode:
        parts.append(
            f'<p>[caption id="attachment_812" align="aligncenter" width="700"]<img src='
            f'"{story.image}" alt="{escape(story.image_alt)}" width="700" height="466" /> '
            f"{escape(story.lead)}[/caption]</p>"
        )
    for index in range(len(story.paragraphs)):
        if index in story.subheads:
            parts.append(f"<p><strong>{escape(story.subheads[index])}</strong></p>")
        parts.append(f"<p>{paragraph(story, index)}</p>")
        if index == 1 and story.read_also:
            parts.append(f"<p><strong>{read_also(story, 'Baca juga: ')}</strong></p>")
    parts.append("<p>" + "<br />".join(escape(line) for line in story.credit_lines) + "</p>")
    image = ""
    if story.image and not caption_shortcode:
        image = (
            f'<div class="pull-none item-image"><img src="{story.image}" '
            f'alt="{escape(story.image_alt)}" itemprop="image"/>'
            f'<p class="img_caption">{escape(story.lead)}</p></div>'
        )
    tags = "".join(
        f'<li class="tag-{n} tag-list{n}" itemprop="keywords"><a href="/index.php/component/'
        f'tags/tag/{t.lower().replace(" ", "-")}" class="label label-info">{escape(t)}</a></li>'
        for n, t in enumerate(story.tags)
    )
    return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{url}" />
<meta name="keywords" content="bawaslu, kebumen, pengawasan pemilu" />
<meta name="author" content="Super User" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{escape(story.title)} - Bawaslu Kabupaten Kebumen</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?1a2b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?1a2b"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/logo-bawaslu-kebumen.png" alt="Bawaslu Kabupaten Kebumen" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/berita" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Cari...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Cari..." /></form></div></div>
</div>
</header>
<nav class="navigation" role="navigation">
<ul class="nav menu nav-pills mod-list">
<li class="item-101"><a href="/">Beranda</a></li><li class="item-112 current active"><a href="/index.php/berita">Berita</a></li><li class="item-113"><a href="/index.php/pengumuman">Pengumuman</a></li><li class="item-114"><a href="/index.php/profil">Profil</a></li><li class="item-115"><a href="/index.php/ppid">PPID</a></li>
</ul>
<div class="moduletable">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>Anda di sini: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Beranda</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/berita" class="pathway"><span itemprop="name">Berita</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{escape(story.title)}</span><meta itemprop="position" content="3"></li>
</ul>
</div>
</nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="id-ID" />
<div class="page-header">
<h2 itemprop="headline">{escape(story.title)}</h2>
</div>
<div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog"></span><span class="caret"></span></button>
<ul class="dropdown-menu"><li class="print-icon"><a href="{url}?tmpl=component&amp;print=1" rel="nofollow"><span class="icon-print"></span> Cetak</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" rel="nofollow"><span class="icon-envelope"></span> Email</a></li></ul></div>
<dl class="article-info muted">
<dt class="article-info-term">Rincian</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Ditulis oleh <span itemprop="name">Super User</span></dd>
<dd class="category-name">Kategori: <a href="/index.php/berita" itemprop="genre">Berita</a></dd>
<dd class="published"><span class="icon-calendar"></span><time itemprop="datePublished">Diterbitkan: {story.date_line}</time></dd>
<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:312" />Dilihat: 312</dd>
</dl>
{image}
<div itemprop="articleBody">
{chr(10).join(parts)}
</div>
<div class="tags-block"><span class="tags-label">Tags:</span>
<ul class="tags inline">{tags}</ul></div>
<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="Bawaslu Kebumen Ikuti Apel Siaga" href="/index.php/berita/410-bawaslu-kebumen-ikuti-apel-siaga" rel="prev"><span class="icon-chevron-left"></span> Sebelumnya</a></li>
<li class="next"><a class="hasTooltip" title="Panwascam Karanganyar Gelar Patroli" href="/index.php/berita/414-panwascam-karanganyar-gelar-patroli" rel="next">Selanjutnya <span class="icon-chevron-right"></span></a></li>
</ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Berita Terbaru</h3>
<ul class="latestnews mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/berita/{KEBUMEN_LOGISTIK.slug}" itemprop="url"><span itemprop="name">{KEBUMEN_LOGISTIK.title}</span></a></li>
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/berita/{KEBUMEN_SOSIALISASI.slug}" itemprop="url"><span itemprop="name">{KEBUMEN_SOSIALISASI.title}</span></a></li>
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/berita/{KEBUMEN_RAKOR.slug}" itemprop="url"><span itemprop="name">{KEBUMEN_RAKOR.title}</span></a></li>
</ul></div>
<div class="well "><h3 class="page-header">Terpopuler</h3>
<ul class="mostread mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/berita/398-pengumuman-hasil-seleksi-pps" itemprop="url"><span itemprop="name">Pengumuman Hasil Seleksi Panwaslu Kelurahan/Desa</span></a></li>
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/berita/377-jadwal-tahapan-pilkada-2024" itemprop="url"><span itemprop="name">Jadwal Tahapan Pilkada Kebumen 2024</span></a></li>
</ul></div>
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="container">
<hr />
<div class="moduletable"><h3>Media Sosial</h3><p><a href="https://www.instagram.com/bawaslukebumen">Instagram</a> | <a href="https://www.facebook.com/bawaslukebumen">Facebook</a> | <a href="https://x.com/bawaslukebumen">X</a></p></div>
<div class="moduletable"><h3>Lokasi Bawaslu Kabupaten Kebumen</h3><p>Jl. Pahlawan No. 171, Kebumen, Jawa Tengah 54311</p></div>
<p class="pull-right"><a href="#top" id="back-top">Kembali ke atas</a></p>
<p>&copy; 2024 Bawaslu Kabupaten Kebumen</p>
</div>
</footer>
</body>
</html>
"""


def cassiopeia(story: Story) -> str:
    """Joomla 4 Cassiopeia: com-content-article, figure.item-image, ul.tags list-inline."""
    url = f"https://{story.host}/berita/{story.slug}"
    parts = []
    for index in range(len(story.paragraphs)):
        parts.append(f"<p>{paragraph(story, index)}</p>")
        if index == 1 and story.read_also:
            parts.append(f"<p><em>{read_also(story, 'Baca juga : ')}</em></p>")
    parts.append("<p>&nbsp;</p>")
    for line in story.credit_lines:
        parts.append(f"<p><strong>{escape(line)}</strong></p>")
    figcaption = (
        f'<figcaption class="caption">{escape(story.lead)}</figcaption>' if story.lead else ""
    )
    tags = "".join(
        f'<li class="list-inline-item tag-{n + 2} tag-list{n}"><a href="/component/tags/tag/'
        f'{t.lower().replace(" ", "-")}" class="btn btn-sm btn-info">{escape(t)}</a></li>'
        for n, t in enumerate(story.tags)
    )
    return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Situs resmi Badan Pengawas Pemilihan Umum Kabupaten Blora">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(story.title)} – Bawaslu Blora</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">
<link href="/media/system/css/joomla-fontawesome.min.css?4.4.2" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Galat"}},"system.paths":{{"root":"","base":""}}}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.2" defer></script>
<link rel="canonical" href="{url}">
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-104 has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child">
<div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-blora.png" alt="Bawaslu Kabupaten Blora" width="320" height="64"></a></div>
</div>
<div class="grid-child container-nav">
<ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/">Beranda</a></li><li class="nav-item item-104 current active"><a href="/berita" aria-current="location">Berita</a></li><li class="nav-item item-105"><a href="/pengumuman">Pengumuman</a></li><li class="nav-item item-106"><a href="/profil">Profil</a></li><li class="nav-item item-107"><a href="/kontak">Kontak</a></li>
</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/cari" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Cari</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Cari ..."></form></div>
</div>
</header>
<div class="site-grid">
<div class="grid-child container-top-a">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__divider float-start"><span class="divider icon-location icon-fw" aria-hidden="true"></span></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Beranda</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/berita" class="pathway"><span itemprop="name">Berita</span></a><meta itemprop="position" content="2"></li>
<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{escape(story.title)}</span><meta itemprop="position" content="3"></li>
</ol>
</nav>
</div>
<div class="grid-child container-component">
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="id-ID">
<div class="page-header">
<h1 itemprop="headline">{escape(story.title)}</h1>
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">Detail</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Ditulis oleh: <span itemprop="name">Admin Humas</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Kategori: <a href="/berita" itemprop="genre">Berita</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2024-11-{story.date_line[:2]}T09:12:44+07:00" itemprop="datePublished">Diterbitkan: {story.date_line}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:188">Dilihat: 188</dd>
</dl>
<figure class="left item-image">
<img src="{story.image}" alt="{escape(story.image_alt)}" itemprop="image" width="1200" height="800" loading="lazy">
{figcaption}
</figure>
<div itemprop="articleBody" class="com-content-article__body">
{chr(10).join(parts)}
</div>
<ul class="tags list-inline">{tags}</ul>
<nav class="pagenavigation" aria-label="Navigasi Halaman">
<span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/berita/bawaslu-blora-gelar-patroli-pengawasan" rel="prev"><span class="visually-hidden">Artikel Sebelumnya: Bawaslu Blora Gelar Patroli Pengawasan</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Sebelumnya</span></a>
<a class="btn btn-sm btn-secondary next" href="/berita/panwascam-cepu-awasi-kampanye-terbatas" rel="next"><span class="visually-hidden">Artikel Selanjutnya: Panwascam Cepu Awasi Kampanye Terbatas</span><span aria-hidden="true">Selanjutnya</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>
</span>
</nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">Berita Terbaru</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="/berita/{BLORA_APK.slug}" itemprop="url"><span itemprop="name">{BLORA_APK.title}</span></a></li>
<li itemscope itemtype="https://schema.org/Article"><a href="/berita/{BLORA_BIMTEK.slug}" itemprop="url"><span itemprop="name">{BLORA_BIMTEK.title}</span></a></li>
<li itemscope itemtype="https://schema.org/Article"><a href="/berita/panwascam-cepu-awasi-kampanye-terbatas" itemprop="url"><span itemprop="name">Panwascam Cepu Awasi Kampanye Terbatas</span></a></li>
</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Tag Populer</h3><div class="card-body"><ul class="mod-tagspopular tagspopular"><li><a href="/component/tags/tag/pilkada-2024">Pilkada 2024</a><span class="tag-count badge bg-info">42</span></li><li><a href="/component/tags/tag/pengawas-tps">Pengawas TPS</a><span class="tag-count badge bg-info">17</span></li></ul></div></div>
</div>
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<div class="mod-custom custom"><p><strong>Media Sosial</strong></p><p>Instagram @bawaslublora · Facebook Bawaslu Blora · YouTube Bawaslu Blora</p></div>
<div class="mod-custom custom"><p><strong>Lokasi Bawaslu Kabupaten Blora</strong></p><p>Jl. Pemuda No. 12, Blora, Jawa Tengah</p></div>
</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Kembali ke atas"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""


def old_portal(story: Story, charset: str = "utf-8") -> str:
    """A 2000s PHP portal: <center>, <font>, three levels of layout tables, <br><br> paragraphs."""
    body = "<br><br>\n".join(paragraph(story, index) for index in range(len(story.paragraphs)))
    credits = ""
    if not story.glued_signoff:
        credits = (
            "<br><br>\n<b>" + "<br>".join(escape(line) for line in story.credit_lines) + "</b>"
        )
    keywords = ", ".join(
        f'<a href="/berita/tag/{t.lower().replace(" ", "-")}">{escape(t)}</a>' for t in story.tags
    )
    image = ""
    if story.image:
        image = f'<img src="{story.image}" width="460" border="0" align="left" hspace="8" vspace="4" alt="">'
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>Bawaslu Kabupaten Sinjai :: {escape(story.title)}</title>
<link rel="stylesheet" href="css/style.css" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body bgcolor="#e8e8e8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<center>
<table width="980" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header_bawaslu_sinjai.jpg" width="980" height="150" alt="Bawaslu Kabupaten Sinjai"></td></tr>
<tr><td colspan="3" bgcolor="#8B0000" height="28">
<font face="Verdana" size="2" color="#FFFFFF">&nbsp;&nbsp;<a href="index.php"><font color="#FFFFFF">HOME</font></a> | <a href="berita"><font color="#FFFFFF">BERITA</font></a> | <a href="pengumuman"><font color="#FFFFFF">PENGUMUMAN</font></a> | <a href="profil"><font color="#FFFFFF">PROFIL</font></a> | <a href="galeri"><font color="#FFFFFF">GALERI</font></a> | <a href="kontak"><font color="#FFFFFF">KONTAK</font></a></font>
</td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>MENU UTAMA</b></font></td></tr>
<tr><td><font face="Verdana" size="1">&raquo; <a href="profil">Profil Bawaslu</a><br>&raquo; <a href="struktur">Struktur Organisasi</a><br>&raquo; <a href="regulasi">Regulasi</a><br>&raquo; <a href="ppid">PPID</a><br>&raquo; <a href="lapor">Lapor Pelanggaran</a></font></td></tr>
<tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>BERITA TERPOPULER</b></font></td></tr>
<tr><td><font face="Verdana" size="1">&raquo; <a href="/berita/{SINJAI_NETRALITAS.slug}">{SINJAI_NETRALITAS.title}</a> (231)<br>&raquo; <a href="/berita/{SINJAI_TOKOH_AGAMA.slug}">{SINJAI_TOKOH_AGAMA.title}</a> (187)<br>&raquo; <a href="/berita/pendaftaran-pengawas-tps">Pendaftaran Pengawas TPS Pilkada Sinjai Dibuka</a> (164)</font></td></tr>
</table>
</td>
<td width="580" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#DDDDDD"><font face="Verdana" size="1">&nbsp;<a href="index.php">Home</a> &raquo; <a href="berita">Berita</a> &raquo; {escape(story.title)}</font></td></tr>
<tr><td height="10"></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td><font face="Arial" size="4" color="#8B0000"><b>{escape(story.title)}</b></font></td></tr>
<tr><td><font face="Verdana" size="1" color="#777777">{story.date_line} | Dibaca 87 kali | <a href="cetak.php?id=215">Cetak</a></font></td></tr>
<tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td align="justify"><font face="Verdana" size="2">
{image}{body}{credits}
</font></td></tr>
<tr><td><br><font face="Verdana" size="1"><b>Kata kunci :</b> {keywords}</font></td></tr>
<tr><td><br><font face="Verdana" size="1">Bagikan : <a href="https://www.facebook.com/sharer.php?u={story.url}">Facebook</a> | <a href="https://twitter.com/share?url={story.url}">Twitter</a> | <a href="https://wa.me/?text={story.url}">WhatsApp</a></font></td></tr>
</table>
</td></tr>
</table>
</td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>BERITA TERBARU</b></font></td></tr>
<tr><td><font face="Verdana" size="1">&raquo; <a href="/berita/{SINJAI_TOKOH_AGAMA.slug}">{SINJAI_TOKOH_AGAMA.title}</a><br>&raquo; <a href="/berita/{SINJAI_NETRALITAS.slug}">{SINJAI_NETRALITAS.title}</a><br>&raquo; <a href="/berita/bawaslu-sinjai-gelar-rakor-sentra-gakkumdu">Bawaslu Sinjai Gelar Rakor Sentra Gakkumdu</a></font></td></tr>
<tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>PENGUNJUNG</b></font></td></tr>
<tr><td><font face="Verdana" size="1">Hari ini: 112<br>Kemarin: 240<br>Total: 58.771</font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#333333" align="center"><font face="Verdana" size="1" color="#FFFFFF">Lokasi Bawaslu Kabupaten Sinjai: Jl. Persatuan Raya No. 5, Sinjai<br>Copyright &copy; 2024 Bawaslu Kabupaten Sinjai. All rights reserved.</font></td></tr>
</table>
</center>
</body>
</html>
"""


def ghost(story: Story) -> str:
    """A Ghost/Medium-like minimal theme: <article>, full-width hero image, gh-content."""
    parts = [f"<p>{paragraph(story, index)}</p>" for index in range(len(story.paragraphs))]
    credits = "".join(f"<p>{escape(line)}</p>" for line in story.credit_lines)
    tags = ", ".join(
        f'<a href="/tag/{t.lower().replace(" ", "-")}/">{escape(t)}</a>' for t in story.tags
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(story.title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3">
<link rel="canonical" href="{story.url}/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Bawaslu Pamekasan">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:url" content="{story.url}/">
<meta property="og:image" content="https://{story.host}{story.image}">
<meta property="article:published_time" content="{story.date_line}T10:15:00.000Z">
<meta property="article:tag" content="{escape(story.tags[0])}">
<meta name="generator" content="Ghost 5.82">
</head>
<body class="post-template tag-{story.tags[0].lower().replace(" ", "-")} is-head-left-logo has-serif-body">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="/"><img src="/content/images/logo-bawaslu-pamekasan.png" alt="Bawaslu Pamekasan"></a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-beranda"><a href="/">Beranda</a></li><li class="nav-berita nav-current"><a href="/berita/">Berita</a></li><li class="nav-pengumuman"><a href="/pengumuman/">Pengumuman</a></li><li class="nav-profil"><a href="/profil/">Profil</a></li></ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20" viewBox="0 0 24 24"><path d="M10 2a8 8 0 1 0 0 16"/></svg></button><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Berlangganan</a></div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{story.tags[0].lower().replace(" ", "-")} image-full">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{story.tags[0].lower().replace(" ", "-")}/">{escape(story.tags[0])}</a></span></div>
<h1 class="article-title">{escape(story.title)}</h1>
<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list"><li class="author-list-item"><a href="/author/humas/" class="author-avatar"><img class="author-profile-image" src="/content/images/humas.png" alt="Humas"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/humas/">Humas</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{story.date_line}">{story.date_line}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 menit baca</span></div></div>
</section>
</div>
<figure class="article-image">
<img srcset="{story.image.replace("/images/", "/images/size/w600/")} 600w, {story.image.replace("/images/", "/images/size/w1200/")} 1200w, {story.image} 2000w" sizes="(min-width: 1400px) 1400px, 92vw" src="{story.image}" alt="{escape(story.image_alt)}">
<figcaption>{escape(story.lead)}</figcaption>
</figure>
</header>
<section class="gh-content gh-canvas">
{chr(10).join(parts)}
<hr>
{credits}
</section>
<section class="article-tags gh-canvas"><p>Tags: {tags}</p></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Ikuti kabar pengawasan dari Bawaslu Pamekasan</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Masukkan email Anda</div><span>Berlangganan</span></a></div></section>
</article>
</main>
<aside class="read-more-wrap outer">
<div class="read-more inner">
<h3 class="read-more-title">Baca lainnya</h3>
<article class="post-card post"><a class="post-card-image-link" href="/berita/{PAMEKASAN_POSKO.slug}/"><img class="post-card-image" src="{PAMEKASAN_POSKO.image}" alt="{PAMEKASAN_POSKO.image_alt}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/berita/{PAMEKASAN_POSKO.slug}/"><header class="post-card-header"><h2 class="post-card-title">{PAMEKASAN_POSKO.title}</h2></header><div class="post-card-excerpt">Bawaslu Kabupaten Pamekasan membuka posko aduan masyarakat selama masa kampanye Pilkada 2024.</div></a></div></article>
<article class="post-card post"><a class="post-card-image-link" href="/berita/{PAMEKASAN_TPS_RAWAN.slug}/"><img class="post-card-image" src="{PAMEKASAN_TPS_RAWAN.image}" alt="{PAMEKASAN_TPS_RAWAN.image_alt}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/berita/{PAMEKASAN_TPS_RAWAN.slug}/"><header class="post-card-header"><h2 class="post-card-title">{PAMEKASAN_TPS_RAWAN.title}</h2></header><div class="post-card-excerpt">Bawaslu Kabupaten Pamekasan memetakan 187 TPS yang tergolong rawan menjelang pemungutan suara.</div></a></div></article>
</div>
</aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Bawaslu Pamekasan</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/kontak/">Kontak</a></li><li><a href="/ppid/">PPID</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=a1b2c3"></script>
</body>
</html>
"""


def wix(story: Story) -> str:
    """A Wix/Squarespace-like builder page: absolutely positioned divs, text in spans."""
    top = 540
    blocks = []
    for index in range(len(story.paragraphs)):
        blocks.append(
            f'<div id="comp-lx{index}a" class="wixui-rich-text" data-testid="richTextElement" '
            f'style="position:absolute;left:120px;top:{top}px;width:740px;">'
            f'<p class="font_8 wixui-rich-text__text" style="line-height:1.7em;font-size:17px;">'
            f'<span style="font-family:lato,sans-serif;" class="wixui-rich-text__text">'
            f'<span style="color:#2F2E2E;" class="wixui-rich-text__text">{paragraph(story, index)}'
            f"</span></span></p></div>"
        )
        top += 150
    for line in story.credit_lines:
        blocks.append(
            f'<div class="wixui-rich-text" style="position:absolute;left:120px;top:{top}px;'
            f'width:740px;"><p class="font_9"><span style="font-weight:bold;">'
            f'<span class="wixui-rich-text__text">{escape(line)}</span></span></p></div>'
        )
        top += 40
    tags = "".join(
        f'<li><a href="/label/{t.lower().replace(" ", "-")}" class="blog-tag"><span>{escape(t)}'
        f"</span></a></li>"
        for t in story.tags
    )
    image = ""
    if story.image:
        image = (
            f'<div id="comp-img" data-testid="imageX" style="position:absolute;left:120px;'
            f'top:250px;width:740px;height:270px;"><wow-image><img src="{story.image}" alt="{escape(story.image_alt)}"'
            f' style="width:740px;height:270px;object-fit:cover"></wow-image></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{escape(story.title)} | Bawaslu Bintan</title>
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Bawaslu Bintan">
<link rel="canonical" href="{story.url}">
<style>#SITE_CONTAINER{{position:relative}}.wixui-rich-text p{{margin:0}}</style>
<script>window.viewerModel = {{"siteFeatures":["dataWixCodeSdk"],"language":"id"}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" style="position:absolute;top:0;left:0;width:100%;height:110px;background:#7B1113;">
<div style="position:absolute;left:40px;top:20px;"><a href="/"><img src="https://static.wixstatic.com/media/logo-bawaslu-bintan.png" alt="Bawaslu Kabupaten Bintan" width="220"></a></div>
<nav style="position:absolute;left:520px;top:40px;"><ul style="display:flex;gap:24px"><li><a href="/"><span>Beranda</span></a></li><li><a href="/berita"><span>Berita</span></a></li><li><a href="/profil"><span>Profil</span></a></li><li><a href="/kontak"><span>Kontak</span></a></li></ul></nav>
</header>
<main id="PAGES_CONTAINER" style="position:relative;min-height:{top + 400}px;">
<div id="comp-back" style="position:absolute;left:120px;top:140px;"><a href="/berita"><span style="font-size:14px">&larr; Semua Berita</span></a></div>
<div id="comp-meta" style="position:absolute;left:120px;top:170px;"><span style="font-size:13px;color:#777">Admin</span> <span>&middot;</span> <span style="font-size:13px;color:#777">{story.date_line}</span> <span>&middot;</span> <span style="font-size:13px;color:#777">2 menit baca</span></div>
<div id="comp-title" style="position:absolute;left:120px;top:195px;width:740px;"><h1 class="blog-post-title-font" style="font-size:32px"><span class="post-title">{escape(story.title)}</span></h1></div>
{image}
{chr(10).join(blocks)}
<div id="comp-tags" style="position:absolute;left:120px;top:{top + 20}px;width:740px;"><span style="font-weight:bold">Label:</span><ul class="blog-tags" style="display:flex;gap:8px;list-style:none">{tags}</ul></div>
<div id="comp-share" style="position:absolute;left:120px;top:{top + 80}px;"><span>Bagikan:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={story.url}"><span>Facebook</span></a> <a href="https://wa.me/?text={story.url}"><span>WhatsApp</span></a></div>
<div id="comp-recent" style="position:absolute;left:120px;top:{top + 140}px;width:740px;"><h2><span>Postingan Terbaru</span></h2>
<div style="display:flex;gap:20px"><a href="/berita/{BINTAN_ASN.slug}"><span>{BINTAN_ASN.title}</span></a><a href="/berita/{BINTAN_EVALUASI.slug}"><span>{BINTAN_EVALUASI.title}</span></a><a href="/berita/bawaslu-bintan-gelar-patroli-masa-tenang"><span>Bawaslu Bintan Gelar Patroli Masa Tenang</span></a></div></div>
</main>
<footer id="SITE_FOOTER" style="position:relative;background:#222;color:#fff;padding:30px 40px;">
<div><span style="font-weight:bold">Media Sosial</span></div>
<div><span>Lokasi Bawaslu Kabupaten Bintan: Jl. Raya Tanjung Uban Km. 42, Bintan</span></div>
<div><span>&copy; 2024 oleh Bawaslu Kabupaten Bintan. Dibuat dengan Wix.com</span></div>
</footer>
</div></div></div>
</body>
</html>
"""


def alpine(story: Story) -> str:
    """A Laravel CMS with Tailwind classes and Alpine.js attributes, plus a cookie banner."""
    parts = []
    for index in range(len(story.paragraphs)):
        parts.append(f'<p class="mb-4">{paragraph(story, index)}</p>')
        if index == 1 and story.read_also:
            parts.append(
                f'<div class="my-4 border-l-4 border-red-700 bg-gray-50 px-4 py-2 text-sm">'
                f"{read_also(story, BACA_JUGA_LABEL)}</div>"
            )
    credits = "".join(
        f'<p class="text-sm text-gray-600">{escape(line)}</p>' for line in story.credit_lines
    )
    tags = "".join(
        f'<a href="/tag/{t.lower().replace(" ", "-")}" class="rounded-full bg-red-50 px-3 py-1 '
        f'text-xs text-red-800 hover:bg-red-100">#{escape(t)}</a>'
        for t in story.tags
    )
    figure = ""
    if story.image:
        caption = (
            f'<figcaption class="mt-2 text-sm italic text-gray-500">{escape(story.lead)}</figcaption>'
            if story.lead
            else ""
        )
        figure = f'<figure class="my-6"><img src="{story.image}" alt="{escape(story.image_alt)}" class="w-full rounded-xl" loading="lazy">{caption}</figure>'
    return f"""<!DOCTYPE html>
<html lang="id" class="scroll-smooth">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Xb2kP9Qw3mT8vL1cR7sN0aYfH4jU6eZ5iO2gD8wE">
<title>{escape(story.title)} - Bawaslu Kabupaten Way Kanan</title>
<meta name="description" content="{escape(story.paragraphs[0][:150])}">
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:image" content="https://{story.host}{story.image}">
<link rel="preload" as="style" href="https://{story.host}/build/assets/app-4f1c2d.css"><link rel="stylesheet" href="https://{story.host}/build/assets/app-4f1c2d.css">
<script type="module" src="https://{story.host}/build/assets/app-9a8b7c.js"></script>
<script defer src="https://{story.host}/vendor/alpinejs/cdn.min.js"></script>
</head>
<body class="bg-gray-100 font-sans text-gray-800 antialiased" x-data="{{ mobileMenu: false, searchOpen: false }}">
<a href="#konten" class="sr-only focus:not-sr-only">Lompat ke isi utama</a>
<header class="sticky top-0 z-40 bg-red-800 text-white shadow">
<div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-3"><img src="/images/logo.png" class="h-10" alt="Logo Bawaslu"><div><div class="text-lg font-bold leading-tight">BAWASLU</div><div class="text-xs">Kabupaten Way Kanan</div></div></a>
<nav class="hidden gap-6 md:flex"><a href="/" class="hover:underline">Beranda</a><a href="/berita" class="font-semibold underline">Berita</a><a href="/pengumuman" class="hover:underline">Pengumuman</a><a href="/profil" class="hover:underline">Profil</a><a href="/ppid" class="hover:underline">PPID</a></nav>
<button @click="mobileMenu = !mobileMenu" class="md:hidden" aria-label="Menu"><svg class="h-6 w-6" fill="none" stroke="currentColor" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"/></svg></button>
</div>
<div x-show="mobileMenu" x-transition class="md:hidden" style="display:none"><a href="/" class="block px-4 py-2">Beranda</a><a href="/berita" class="block px-4 py-2">Berita</a><a href="/profil" class="block px-4 py-2">Profil</a></div>
</header>
<main id="konten" class="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-8 lg:grid-cols-3">
<div class="lg:col-span-2">
<nav class="mb-4 text-sm text-gray-500" aria-label="breadcrumb"><a href="/" class="hover:underline">Beranda</a> / <a href="/berita" class="hover:underline">Berita</a> / <span class="text-gray-700">{escape(story.title)}</span></nav>
<div class="rounded-2xl bg-white p-6 shadow-sm" x-data="{{ fontSize: 18 }}">
<span class="mb-2 inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-semibold uppercase text-white">Berita</span>
<h1 class="text-2xl font-extrabold leading-snug md:text-3xl">{escape(story.title)}</h1>
<div class="mt-3 flex flex-wrap items-center gap-4 text-sm text-gray-500"><span><svg class="mr-1 inline h-4 w-4" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg>{story.date_line}</span><span>Admin Bawaslu Way Kanan</span><span x-text="'Ukuran huruf: ' + fontSize"></span>
<button @click="fontSize = Math.min(fontSize + 2, 24)" class="rounded border px-2" aria-label="Perbesar huruf">A+</button><button @click="fontSize = Math.max(fontSize - 2, 14)" class="rounded border px-2" aria-label="Perkecil huruf">A-</button></div>
{figure}
<div class="prose max-w-none" :style="'font-size:' + fontSize + 'px'">
{chr(10).join(parts)}
</div>
<div class="mt-6 border-t pt-4">{credits}</div>
<div class="mt-4 flex flex-wrap items-center gap-2"><span class="text-sm font-semibold">Tags</span>{tags}</div>
<div class="mt-6 flex items-center gap-3 text-sm" x-data="{{ copied: false }}"><span>Bagikan:</span><a href="https://www.facebook.com/sharer/sharer.php?u={story.url}" class="text-blue-700">Facebook</a><a href="https://wa.me/?text={story.url}" class="text-green-700">WhatsApp</a><button @click="navigator.clipboard.writeText(location.href); copied = true" class="text-gray-700"><span x-show="!copied">Salin tautan</span><span x-show="copied" style="display:none">Tersalin!</span></button></div>
</div>
</div>
<aside class="space-y-6">
<div class="rounded-2xl bg-white p-5 shadow-sm" x-data="{{ tab: 'terbaru' }}">
<div class="mb-3 flex gap-4 border-b text-sm font-semibold"><button @click="tab = 'terbaru'" :class="tab === 'terbaru' ? 'border-b-2 border-red-700' : ''">Berita Terbaru</button><button @click="tab = 'populer'" :class="tab === 'populer' ? 'border-b-2 border-red-700' : ''">Terpopuler</button></div>
<ul x-show="tab === 'terbaru'" class="space-y-3 text-sm"><li><a href="/berita/{WAYKANAN_REKAPITULASI.slug}" class="hover:underline">{WAYKANAN_REKAPITULASI.title}</a><div class="text-xs text-gray-500">3 Desember 2024</div></li><li><a href="/berita/{WAYKANAN_REKRUTMEN.slug}" class="hover:underline">{WAYKANAN_REKRUTMEN.title}</a><div class="text-xs text-gray-500">25 Oktober 2024</div></li><li><a href="/berita/bawaslu-way-kanan-gelar-apel-siaga" class="hover:underline">Bawaslu Way Kanan Gelar Apel Siaga Pengawasan Masa Tenang</a><div class="text-xs text-gray-500">24 November 2024</div></li></ul>
<ul x-show="tab === 'populer'" class="space-y-3 text-sm" style="display:none"><li><a href="/berita/pendaftaran-pengawas-tps-pilkada-2024" class="hover:underline">Pendaftaran Pengawas TPS Pilkada 2024 Dibuka</a></li><li><a href="/berita/jadwal-kampanye-pilkada-way-kanan" class="hover:underline">Jadwal Kampanye Pilkada Way Kanan 2024</a></li></ul>
</div>
<div class="rounded-2xl bg-white p-5 shadow-sm"><h3 class="mb-2 font-semibold">Lapor Pelanggaran</h3><p class="text-sm">Temukan dugaan pelanggaran pemilihan? Laporkan ke Bawaslu Way Kanan melalui posko pengaduan atau aplikasi Sigaplapor.</p><a href="/lapor" class="mt-3 inline-block rounded bg-red-700 px-4 py-2 text-sm text-white">Lapor Sekarang</a></div>
</aside>
</main>
<footer class="bg-gray-900 py-10 text-gray-300">
<div class="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 md:grid-cols-3">
<div><h4 class="mb-2 font-semibold text-white">Lokasi Bawaslu Kabupaten Way Kanan</h4><p class="text-sm">Jl. Jenderal Sudirman, Blambangan Umpu, Way Kanan, Lampung</p></div>
<div><h4 class="mb-2 font-semibold text-white">Media Sosial</h4><p class="text-sm">Instagram · Facebook · YouTube · TikTok</p></div>
<div>{CONSULT}</div>
</div>
<p class="mt-8 text-center text-xs">&copy; 2024 Bawaslu Kabupaten Way Kanan</p>
</footer>
<div x-data="{{ show: !localStorage.getItem('cookie_ok') }}" x-show="show" class="fixed inset-x-0 bottom-0 z-50 bg-gray-800 p-4 text-sm text-white">
<div class="mx-auto flex max-w-5xl items-center justify-between gap-4"><p>Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan penelusuran, Anda menyetujui penggunaan cookie sesuai kebijakan privasi kami.</p><button @click="localStorage.setItem('cookie_ok', 1); show = false" class="rounded bg-red-700 px-4 py-2">Saya Setuju</button></div>
</div>
</body>
</html>
"""


def sections(story: Story) -> str:
    """A WordPress theme whose content is cut into <section>s with <h3> subheads, plus comments."""
    blocks: list[str] = []
    current: list[str] = []
    for index in range(len(story.paragraphs)):
        if index in story.subheads:
            blocks.append('<section class="wp-block-group">' + "\n".join(current) + "</section>")
            current = [f'<h3 class="wp-block-heading">{escape(story.subheads[index])}</h3>']
        current.append(f"<p>{paragraph(story, index)}</p>")
        if index == 1 and story.read_also:
            current.append(f'<p class="baca-juga">{read_also(story, "Baca juga: ")}</p>')
    blocks.append('<section class="wp-block-group">' + "\n".join(current) + "</section>")
    credits = "<br>\n".join(escape(line) for line in story.credit_lines)
    tags = "".join(
        f'<a href="https://{story.host}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{escape(t)}</a>'
        for t in story.tags
    )
    url = story.url + "/"
    return f"""<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(story.title)} &#8211; Bawaslu Provinsi Jawa Timur</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Bawaslu Provinsi Jawa Timur &raquo; Feed" href="https://{story.host}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://{story.host}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<link rel="canonical" href="{url}" />
<meta property="article:published_time" content="2024-12-05T14:02:11+07:00" />
</head>
<body class="post-template-default single single-post postid-21457 single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Lompat ke konten</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://{story.host}/" rel="home">Bawaslu Provinsi Jawa Timur</a></p><p class="site-description">Bersama Rakyat Awasi Pemilu, Bersama Bawaslu Tegakkan Keadilan Pemilu</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-utama-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item current-menu-parent"><a href="/berita/">Berita</a></li><li class="menu-item"><a href="/pengumuman/">Pengumuman</a></li><li class="menu-item"><a href="/profil/">Profil</a></li><li class="menu-item"><a href="/ppid/">PPID</a></li></ul></div></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-21457" class="post-21457 post type-post status-publish format-standard has-post-thumbnail hentry category-berita">
<header class="entry-header">
<span class="cat-links"><a href="https://{story.host}/category/berita/" rel="category tag">Berita</a></span>
<h1 class="entry-title">{escape(story.title)}</h1>
<div class="entry-meta"><span class="posted-on">Diposting pada <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2024-12-05T14:02:11+07:00">{story.date_line}</time></a></span><span class="byline"> oleh <span class="author vcard"><a class="url fn n" href="https://{story.host}/author/humas/">humas</a></span></span></div>
</header>
<div class="post-thumbnail"><img width="1024" height="576" src="https://{story.host}{story.image}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{escape(story.image_alt)}" decoding="async" /><p class="wp-caption-text">{escape(story.lead)}</p></div>
<div class="entry-content">
{chr(10).join(blocks)}
<p>{credits}</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3><ul><li><a href="https://{story.host}/?share=facebook" class="share-facebook"><span>Facebook</span></a></li><li><a href="https://{story.host}/?share=twitter" class="share-twitter"><span>X</span></a></li><li><a href="https://{story.host}/?share=jetpack-whatsapp" class="share-jetpack-whatsapp"><span>WhatsApp</span></a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tag: {tags}</span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links"><div class="nav-previous"><a href="https://{story.host}/berita/bawaslu-jatim-awasi-distribusi-logistik/" rel="prev"><span class="nav-subtitle">Sebelumnya:</span> <span class="nav-title">Bawaslu Jatim Awasi Distribusi Logistik</span></a></div><div class="nav-next"><a href="https://{story.host}/berita/bawaslu-jatim-luncurkan-kampung-pengawasan/" rel="next"><span class="nav-subtitle">Berikutnya:</span> <span class="nav-title">Bawaslu Jatim Luncurkan Kampung Pengawasan</span></a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 tanggapan untuk &ldquo;{escape(story.title)}&rdquo;</h2>
<ol class="comment-list">
<li id="comment-311" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Agus Widodo</b> <span class="says">berkata:</span></div><div class="comment-metadata"><a href="#comment-311"><time datetime="2024-12-05T16:20:00+07:00">5 Desember 2024 pukul 16:20</time></a></div></footer><div class="comment-content"><p>Semoga pengawasan di desa kami juga diperketat, masih banyak yang belum paham aturan kampanye. Terima kasih Bawaslu atas kerja kerasnya selama ini.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Balas</a></div></article></li>
<li id="comment-312" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Siti Rohmah</b> <span class="says">berkata:</span></div><div class="comment-metadata"><a href="#comment-312"><time datetime="2024-12-06T08:05:00+07:00">6 Desember 2024 pukul 08:05</time></a></div></footer><div class="comment-content"><p>Mohon informasi apakah laporan akhir pengawasan nanti bisa diakses oleh masyarakat umum melalui laman PPID?</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Balas</a></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="https://{story.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> Ruas yang wajib ditandai <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label> <input id="author" name="author" type="text" size="30" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://{story.host}/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" name="s" /></label><input type="submit" class="search-submit" value="Cari" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="https://{story.host}/berita/{JATIM_EVALUASI.slug}/">{JATIM_EVALUASI.title}</a></li><li><a href="https://{story.host}/berita/{JATIM_PELATIHAN.slug}/">{JATIM_PELATIHAN.title}</a></li><li><a href="https://{story.host}/berita/bawaslu-jatim-luncurkan-kampung-pengawasan/">Bawaslu Jatim Luncurkan Kampung Pengawasan</a></li></ul></section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Agus Widodo</span> pada <a href="#comment-311">{JATIM_EVALUASI.title}</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Lokasi Bawaslu Provinsi Jawa Timur: Jl. Tanggulangin No. 3, Surabaya <span class="sep"> | </span> &copy; 2024 Bawaslu Provinsi Jawa Timur</div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true" style="display:block"><span>Kami menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik di situs kami.<a role="button" data-cli_action="accept" id="cookie_action_close_header" class="cli-plugin-button">Terima</a> <a href="https://{story.host}/kebijakan-privasi/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">Kebijakan Privasi</a></span></div>
</body>
</html>
"""


def print_version(story: Story) -> str:
    """The "versi cetak" of a Drupal article: a bare page made for the printer."""
    parts = "\n".join(f"<p>{paragraph(story, index)}</p>" for index in range(len(story.paragraphs)))
    credits = "\n".join(f"<p>{escape(line)}</p>" for line in story.credit_lines)
    tags = ""
    if story.tags:
        tags = (
            '<div class="print-taxonomy"><strong>Tag:</strong> '
            + ", ".join(escape(t) for t in story.tags)
            + "</div>"
        )
    return f"""<!DOCTYPE html>
<html lang="id" dir="ltr">
<head>
<meta charset="utf-8" />
<title>{escape(story.title)} | Bawaslu Kabupaten Boyolali</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{story.url}" />
<link type="text/css" rel="stylesheet" href="/modules/print/css/print.css" media="all" />
<style>body{{font-family:Georgia,serif;max-width:760px;margin:20px auto}}.print-no{{display:none}}@media screen{{.print-no{{display:block}}}}</style>
</head>
<body>
<div class="print-logo"><img src="/sites/boyolali/files/logo-bawaslu-boyolali.png" alt="Bawaslu Kabupaten Boyolali" /></div>
<div class="print-site_name">Diterbitkan di Bawaslu Kabupaten Boyolali (https://{story.host})</div>
<p class="print-no"><a href="javascript:window.print()">Cetak halaman ini</a> | <a href="{story.url}">Kembali ke versi normal</a></p>
<hr class="print-hr" />
<div class="print-breadcrumb">Versi cetak</div>
<h1 class="print-title">{escape(story.title)}</h1>
<div class="print-submitted">Dipublikasikan {story.date_line} oleh humas</div>
<div class="print-content">
<div class="field field--name-body field--type-text-with-summary">
{parts}
{credits}
</div>
{tags}
</div>
<div class="print-footer">&copy; 2024 Bawaslu Kabupaten Boyolali. Lokasi Bawaslu Kabupaten Boyolali: Jl. Merapi No. 5, Boyolali.</div>
<hr class="print-hr" />
<div class="print-source_url"><strong>URL sumber:</strong> <a href="{story.url}">{story.url}</a></div>
<div class="print-links"><p><strong>Tautan:</strong><br />[1] https://{story.host}/berita<br />[2] https://{story.host}/tag/pilkada-2024</p></div>
</body>
</html>
"""


def nextjs(story: Story) -> str:
    """A React/Next.js front end: hashed CSS-module classes and the post again in __NEXT_DATA__."""
    parts = "".join(f"<p>{paragraph(story, index)}</p>" for index in range(len(story.paragraphs)))
    credits = "".join(f"<p>{escape(line)}</p>" for line in story.credit_lines)
    chips = "".join(
        f'<a class="Chip_chip__Hq3mB" href="/tag/{t.lower().replace(" ", "-")}">{escape(t)}</a>'
        for t in story.tags
    )
    caption = f'<p class="Article_caption__D3f1x">{escape(story.lead)}</p>' if story.lead else ""
    data = {
        "props": {
            "pageProps": {
                "post": {
                    "id": 2291,
                    "slug": story.slug,
                    "title": story.title,
                    "content": "".join(f"<p>{p}</p>" for p in story.paragraphs),
                    "credits": "\n".join(story.credit_lines),
                    "tags": list(story.tags),
                    "image": story.image,
                    "publishedAt": "2024-11-26T01:10:00.000Z",
                },
                "related": [
                    {"slug": SEMARANG_ORMAS.slug, "title": SEMARANG_ORMAS.title},
                    {"slug": SEMARANG_PATROLI.slug, "title": SEMARANG_PATROLI.title},
                ],
            },
            "__N_SSP": True,
        },
        "page": "/berita/[slug]",
        "query": {"slug": story.slug},
        "buildId": "x9Yq2LmT7vKpR3sW",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    next_data = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    others = [s for s in (SEMARANG_PATROLI, SEMARANG_ORMAS) if s is not story]
    related = "".join(
        f'<a class="Card_card__P0o2x" href="/berita/{s.slug}"><img class="Card_thumb__a1B2c" src="{s.image}" alt=""/><div class="Card_body__W8e1r"><h3 class="Card_title__f9Gh2">{s.title}</h3><p class="Card_excerpt__Lm4Zx">{escape(s.paragraphs[0])}</p></div></a>'
        for s in others
    )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{escape(story.title)} | Bawaslu Kabupaten Semarang</title><meta name="description" content="{escape(story.paragraphs[0][:155])}"/><meta property="og:title" content="{escape(story.title)}"/><meta property="og:type" content="article"/><meta property="og:image" content="https://{story.host}{story.image}"/><link rel="canonical" href="{story.url}"/><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/media/c9a5bc6a7c948fb0-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/8b1e2c0a4d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b1e2c0a4d.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-38cee4c0e358b1a3.js" defer=""></script><script src="/_next/static/chunks/main-a5b1f2c4d7e8f901.js" defer=""></script><script src="/_next/static/chunks/pages/berita/%5Bslug%5D-1f2e3d4c5b6a7980.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__x8K2a"><header class="Header_header__3JkLs"><div class="Header_inner__Tz81c"><a class="Header_brand__Vb4nQ" href="/"><img src="/logo-bawaslu.svg" alt="Bawaslu Kabupaten Semarang" width="180" height="48"/></a><nav class="Header_nav__p0QwE"><a href="/">Beranda</a><a class="Header_active__Xy7Rt" href="/berita">Berita</a><a href="/pengumuman">Pengumuman</a><a href="/profil">Profil</a><a href="/ppid">PPID</a></nav><button class="Header_burger__k2Lm9" aria-label="Buka menu"><span></span><span></span><span></span></button></div></header><main class="Layout_main__Qw91z"><div class="Article_container__Zp2xe"><nav class="Breadcrumb_nav__9fKq1" aria-label="breadcrumb"><a href="/">Beranda</a><span>›</span><a href="/berita">Berita</a><span>›</span><span>{escape(story.title)}</span></nav><h1 class="Article_title__u7Hn3">{escape(story.title)}</h1><div class="Article_meta__kq2Pz"><span class="Article_date__bN5vC">{story.date_line}</span><span class="Article_views__cD4eF">Dibaca 143 kali</span></div><div class="Article_hero__L0wQe"><img alt="{escape(story.image_alt)}" src="{story.image}" width="1200" height="675" decoding="async" loading="eager" style="color:transparent;width:100%;height:auto"/>{caption}</div><div class="Article_content__R2d9v">{parts}</div><div class="Article_credits__Yt6Ua">{credits}</div><div class="Article_topics__7yH2c"><span class="Article_topicsLabel__m3Nn8">Topik:</span>{chips}</div><div class="Share_share__Ab12C"><span>Bagikan</span><a href="https://www.facebook.com/sharer/sharer.php?u={story.url}" aria-label="Facebook">f</a><a href="https://wa.me/?text={story.url}" aria-label="WhatsApp">w</a></div><section class="Related_related__Hj8Kl"><h2 class="Related_heading__Zx2Cv">Berita Terkait</h2><div class="Related_grid__Qp5Rs">{related}</div></section></div></main><footer class="Footer_footer__Gt7Yh"><div class="Footer_cols__Mn3Bv"><div><h4>Lokasi Bawaslu Kabupaten Semarang</h4><p>Jl. Gatot Subroto No. 88, Ungaran, Kabupaten Semarang</p></div><div><h4>Media Sosial</h4><p>Instagram · Facebook · YouTube</p></div></div><p class="Footer_copy__Lk9Op">© 2024 Bawaslu Kabupaten Semarang</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{next_data}</script></body></html>
"""


def elementor(story: Story, br_paragraphs: bool = False) -> str:
    """WordPress with the Elementor builder: widgets nested five deep, related-post excerpts."""
    if br_paragraphs:
        content = (
            "<p>"
            + "<br><br>\n".join(paragraph(story, i) for i in range(len(story.paragraphs)))
            + "</p>"
        )
    else:
        blocks = []
        for index in range(len(story.paragraphs)):
            blocks.append(f"<p>{paragraph(story, index)}</p>")
            if index == 1 and story.read_also:
                blocks.append(f"<p><strong>{read_also(story, 'Baca Juga : ')}</strong></p>")
        content = "\n".join(blocks)
    credits = "<br>".join(escape(line) for line in story.credit_lines)
    tags = ", ".join(
        f'<a href="https://{story.host}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{escape(t)}</a>'
        for t in story.tags
    )
    others = [s for s in (SUMUT_GAKKUMDU, SUMUT_MEDIA) if s is not story]
    related = "".join(
        f'<article class="elementor-post elementor-grid-item post type-post"><a class="elementor-post__thumbnail__link" href="https://{story.host}/berita/{s.slug}/"><div class="elementor-post__thumbnail"><img src="https://{story.host}{s.image}" alt=""></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="https://{story.host}/berita/{s.slug}/">{s.title}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{s.date_line}</span></div><div class="elementor-post__excerpt"><p>{escape(s.paragraphs[0])}</p></div><a class="elementor-post__read-more" href="https://{story.host}/berita/{s.slug}/">Selengkapnya »</a></div></article>'
        for s in others
    )
    figure = ""
    if story.lead:
        figure = f'<figcaption class="widget-image-caption wp-caption-text">{escape(story.lead)}</figcaption>'

    def widget(kind: str, inner: str, extra: str = "") -> str:
        return (
            f'<div class="elementor-element elementor-widget elementor-widget-{kind}{extra}" '
            f'data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}'
            f"</div></div>"
        )

    def column(inner: str, size: int) -> str:
        return (
            f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element">'
            f'<div class="elementor-widget-wrap elementor-element-populated">{inner}</div></div>'
        )

    main_column = column(
        widget(
            "theme-post-title",
            f'<h1 class="elementor-heading-title elementor-size-default">{escape(story.title)}</h1>',
        )
        + widget(
            "post-info",
            f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{story.date_line}</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-author">Admin Humas</span></li></ul>',
        )
        + widget(
            "theme-post-featured-image",
            f'<figure class="wp-caption"><img width="1024" height="683" src="https://{story.host}{story.image}" class="attachment-large size-large" alt="{escape(story.image_alt)}" />{figure}</figure>',
            " elementor-widget-image",
        )
        + widget("theme-post-content", content)
        + widget("text-editor", f"<p>{credits}</p>")
        + widget(
            "post-info",
            f'<ul class="elementor-post-info"><li><span class="elementor-post-info__terms-list">Tags: {tags}</span></li></ul>',
            " tags-info",
        )
        + widget(
            "share-buttons",
            '<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button"><span class="elementor-share-btn__title">Share</span></div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button"><span class="elementor-share-btn__title">Share</span></div></div></div>',
        )
        + widget("heading", '<h2 class="elementor-heading-title">Berita Terkait</h2>')
        + widget(
            "posts",
            f'<div class="elementor-posts-container elementor-posts elementor-grid">{related}</div>',
        )
        + widget(
            "post-comments",
            f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="https://{story.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><p class="comment-form-comment"><label for="comment">Komentar *</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div>',
        ),
        66,
    )
    side_column = column(
        widget("heading", '<h3 class="elementor-heading-title">Berita Terbaru</h3>')
        + widget(
            "posts",
            f'<div class="elementor-posts-container elementor-posts">{"".join(f"<article class=elementor-post><h3 class=elementor-post__title><a href=https://{story.host}/berita/{s.slug}/>{s.title}</a></h3></article>" for s in (SUMUT_GAKKUMDU, SUMUT_MEDIA))}</div>',
        )
        + widget("heading", '<h3 class="elementor-heading-title">Terpopuler</h3>')
        + widget(
            "posts",
            f'<div class="elementor-posts-container elementor-posts"><article class="elementor-post"><h3 class="elementor-post__title"><a href="https://{story.host}/berita/jadwal-tahapan-pilkada-sumut-2024/">Jadwal Tahapan Pilkada Sumut 2024</a></h3></article></div>',
        ),
        33,
    )
    return f"""<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(story.title)} &#8211; Bawaslu Provinsi Sumatera Utara</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="canonical" href="https://{story.host}/berita/{story.slug}/" />
<meta property="og:locale" content="id_ID" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{escape(story.title)} - Bawaslu Provinsi Sumatera Utara" />
<meta property="article:published_time" content="2024-11-19T07:30:00+00:00" />
<link rel='stylesheet' id='elementor-frontend-css' href='https://{story.host}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='https://{story.host}/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
</head>
<body class="post-template-default single single-post postid-30412 single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Lompat ke konten</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
{column(widget("theme-site-logo", f'<a href="https://{story.host}"><img src="https://{story.host}/wp-content/uploads/2023/01/logo-bawaslu-sumut.png" alt="Bawaslu Sumut"></a>'), 33)}
{column(widget("nav-menu", '<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/berita/">Berita</a></li><li class="menu-item"><a href="/pengumuman/">Pengumuman</a></li><li class="menu-item"><a href="/profil/">Profil</a></li><li class="menu-item"><a href="/ppid/">PPID</a></li></ul></nav>'), 66)}
</div></section>
</div>
<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-30412 post type-post status-publish format-standard has-post-thumbnail hentry category-berita">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-wide">
{main_column}
{side_column}
</div></section>
</div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container">
{column(widget("text-editor", "<p><strong>Lokasi Bawaslu Provinsi Sumatera Utara</strong><br>Jl. Adam Malik No. 111, Medan</p>"), 50)}
{column(widget("text-editor", "<p><strong>Media Sosial</strong></p><p>Instagram · Facebook · X · YouTube</p>") + widget("text-editor", CONSULT), 50)}
</div></section>
</div>
</body>
</html>
"""


def gutenberg(story: Story) -> str:
    """A WordPress block theme (Twenty Twenty-Four-like): figures and lists inside the post."""
    blocks: list[str] = []
    items: list[str] = []
    for index in range(len(story.paragraphs)):
        if index in story.list_items:
            items.append(f"<li>{paragraph(story, index)}</li>")
            continue
        if items:
            blocks.append('<ul class="wp-block-list">' + "".join(items) + "</ul>")
            blocks.append(
                f'<figure class="wp-block-image size-large"><img decoding="async" src="https://{story.host}{story.image}" alt="{escape(story.image_alt)}" class="wp-image-9121"/><figcaption class="wp-element-caption">{escape(story.lead)}</figcaption></figure>'
            )
            items = []
        blocks.append(f"<p>{paragraph(story, index)}</p>")
        if index == 1 and not story.list_items:
            blocks.append(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe title="Sosialisasi Pengawasan Disabilitas" width="640" height="360" src="https://www.youtube.com/embed/x1Y2z3A4b5C?feature=oembed" frameborder="0" allowfullscreen></iframe></div><figcaption class="wp-element-caption">Video: sosialisasi pengawasan partisipatif bagi penyandang disabilitas di Kalianda.</figcaption></figure>'
            )
    credits = "<br>".join(escape(line) for line in story.credit_lines)
    blocks.append(f'<p class="has-small-font-size"><em>{credits}</em></p>')
    tags = '<span class="wp-block-post-terms__separator">, </span>'.join(
        f'<a href="https://{story.host}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{escape(t)}</a>'
        for t in story.tags
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{escape(story.title)} &#8211; Bawaslu Lampung Selatan</title>
<link rel="canonical" href="{story.url}/" />
<style id='wp-block-library-inline-css'>.wp-block-post-content{{max-width:720px}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebSite","name":"Bawaslu Lampung Selatan","url":"https://{story.host}/"}}</script>
</head>
<body class="post-template-default single single-post postid-9120 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="https://{story.host}" rel="home">Bawaslu Lampung Selatan</a></p>
<nav class="is-responsive wp-block-navigation" aria-label="Menu utama"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/"><span class="wp-block-navigation-item__label">Beranda</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/berita/"><span class="wp-block-navigation-item__label">Berita</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/galeri/"><span class="wp-block-navigation-item__label">Galeri</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/profil/"><span class="wp-block-navigation-item__label">Profil</span></a></li></ul></nav></div>
</header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group is-layout-constrained">
<h1 class="wp-block-post-title">{escape(story.title)}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2024-09-25T10:00:00+07:00">{story.date_line}</time></div><p>— oleh</p><div class="wp-block-post-author-name"><a href="https://{story.host}/author/humas/" class="wp-block-post-author-name__link">Humas</a></div><p>di</p><div class="taxonomy-category wp-block-post-terms"><a href="https://{story.host}/category/berita/" rel="tag">Berita</a></div></div></div>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained">
{chr(10).join(blocks)}
</div>
<div class="wp-block-group is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tag: </span>{tags}</div></div>
<nav class="wp-block-group is-layout-flex" aria-label="Navigasi pos"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="https://{story.host}/berita/bawaslu-lampung-selatan-rekrut-pengawas-tps/" rel="prev">Bawaslu Lampung Selatan Rekrut Pengawas TPS</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://{story.host}/berita/bawaslu-lampung-selatan-awasi-debat-publik/" rel="next">Bawaslu Lampung Selatan Awasi Debat Publik</a></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-heading">Komentar</h2><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="https://{story.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan.</p><p class="comment-form-comment"><label for="comment">Komentar</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Kirim Komentar" /></p></form></div></div>
<div class="wp-block-group alignwide"><h2 class="wp-block-heading">Berita Terbaru</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://{story.host}/berita/{LAMSEL_DISABILITAS.slug}/">{LAMSEL_DISABILITAS.title}</a><div class="wp-block-latest-posts__post-excerpt">{escape(LAMSEL_DISABILITAS.paragraphs[0][:120])} &hellip;</div></li><li><a class="wp-block-latest-posts__post-title" href="https://{story.host}/berita/{LAMSEL_IMBAUAN.slug}/">{LAMSEL_IMBAUAN.title}</a><div class="wp-block-latest-posts__post-excerpt">{escape(LAMSEL_IMBAUAN.paragraphs[0][:120])} &hellip;</div></li></ul></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group alignwide"><p><strong>Lokasi Bawaslu Kabupaten Lampung Selatan</strong><br>Jl. Lintas Sumatera, Kalianda</p><p><strong>Media Sosial</strong></p><p class="has-small-font-size">Dirancang dengan WordPress</p></div></footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Kami menggunakan cookie untuk memastikan bahwa kami memberi Anda pengalaman terbaik di situs web kami. Jika Anda terus menggunakan situs ini, kami akan menganggap bahwa Anda menyetujuinya.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span></div></div>
</body>
</html>
"""


def ci_portal(story: Story, word_paste: bool = False) -> str:
    """A custom PHP (CodeIgniter) portal: the title in a styled <div>, body pasted from Word."""
    if word_paste:
        body = "\n".join(
            f'<p class="MsoNormal" style="margin-bottom:0cm;text-align:justify;line-height:150%"><span style="font-size:12.0pt;line-height:150%;font-family:&quot;Arial&quot;,sans-serif;mso-fareast-font-family:&quot;Times New Roman&quot;">{paragraph(story, i)}<o:p></o:p></span></p>\n<p class="MsoNormal" style="text-align:justify"><span style="font-size:12.0pt">&nbsp;<o:p></o:p></span></p>'
            for i in range(len(story.paragraphs))
        )
    else:
        body = "\n".join(
            f'<div style="text-align: justify;">{paragraph(story, i)}</div>\n<div style="text-align: justify;">&nbsp;</div>'
            for i in range(len(story.paragraphs))
        )
    rows = "".join(
        f'<tr><td width="80">{escape(line.split(" : ")[0])}</td><td width="10">:</td><td>{escape(line.split(" : ")[1])}</td></tr>'
        for line in story.credit_lines
    )
    labels = " ".join(
        f'<a href="/berita/label/{t.lower().replace(" ", "-")}" class="badge badge-secondary">{escape(t)}</a>'
        for t in story.tags
    )
    others = (PEKALONGAN_COKLIT, PEKALONGAN_KADES)
    latest = "".join(
        f'<div class="media mb-2"><img class="mr-2" src="{s.image}" width="64" alt=""><div class="media-body"><a href="/berita/{s.slug}" class="text-dark small font-weight-bold">{s.title}</a><div class="text-muted small">{s.date_line}</div></div></div>'
        for s in others
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bawaslu Kabupaten Pekalongan | {escape(story.title)}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/assets/css/portal.css?v=2.3">
</head>
<body>
<div class="topbar bg-dark text-white small py-1"><div class="container"><i class="fa fa-phone"></i> (0285) 381123 &nbsp; <i class="fa fa-envelope"></i> bawaslu.kabpekalongan@gmail.com</div></div>
<div class="container py-3"><a href="/"><img src="/assets/img/logo-header.png" alt="Bawaslu Kabupaten Pekalongan" height="70"></a></div>
<div class="navbar navbar-expand-lg navbar-dark" style="background:#800000"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">BERANDA</a></li><li class="nav-item active"><a class="nav-link" href="/berita">BERITA</a></li><li class="nav-item"><a class="nav-link" href="/regulasi">REGULASI</a></li><li class="nav-item"><a class="nav-link" href="/profil">PROFIL</a></li><li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li></ul></div></div>
<div class="container mt-4">
<div class="row">
<div class="col-md-8">
<div class="box-content shadow-sm bg-white p-3">
<div class="small text-muted mb-2"><a href="/">Beranda</a> <i class="fa fa-angle-right"></i> <a href="/berita">Berita</a></div>
<div class="post-heading" style="font-size:24px;font-weight:700;color:#800000;line-height:1.3">{escape(story.title)}</div>
<div class="post-info small text-muted my-2"><i class="fa fa-calendar"></i> {story.date_line} &nbsp; <i class="fa fa-user"></i> admin &nbsp; <i class="fa fa-eye"></i> 96 kali dilihat</div>
<img src="{story.image}" class="img-fluid w-100 mb-3" alt="{escape(story.image_alt)}">
<div class="post-text">
{body}
</div>
<table class="table table-sm table-borderless small mt-3" style="width:auto">{rows}</table>
<div class="mt-2 small"><strong>Label :</strong> {labels}</div>
<div class="share mt-3 small">Bagikan : <a href="https://www.facebook.com/sharer.php?u={story.url}" class="btn btn-sm btn-primary"><i class="fab fa-facebook-f"></i></a> <a href="https://api.whatsapp.com/send?text={story.url}" class="btn btn-sm btn-success"><i class="fab fa-whatsapp"></i></a></div>
</div>
</div>
<div class="col-md-4">
<div class="card mb-3"><div class="card-header text-white" style="background:#800000">Berita Terbaru</div><div class="card-body">{latest}</div></div>
<div class="card mb-3"><div class="card-header text-white" style="background:#800000">Terpopuler</div><div class="card-body small"><ol class="pl-3 mb-0"><li><a href="/berita/pengumuman-hasil-seleksi-panwascam">Pengumuman Hasil Seleksi Panwascam Pilkada 2024</a></li><li><a href="/berita/jadwal-tahapan-pilkada-kabupaten-pekalongan">Jadwal Tahapan Pilkada Kabupaten Pekalongan</a></li></ol></div></div>
<div class="card mb-3"><div class="card-header text-white" style="background:#800000">Jajak Pendapat</div><div class="card-body small"><p>Apakah Anda mengetahui cara melapor dugaan pelanggaran pemilihan?</p><form><div><input type="radio" name="poll" value="1"> Ya</div><div><input type="radio" name="poll" value="2"> Tidak</div><button class="btn btn-sm btn-danger mt-2">Pilih</button></form></div></div>
</div>
</div>
</div>
<footer class="mt-4 py-4 text-white" style="background:#333"><div class="container small"><div class="row"><div class="col-md-6"><strong>Lokasi Bawaslu Kabupaten Pekalongan</strong><br>Jl. Raya Kajen No. 21, Kajen, Kabupaten Pekalongan</div><div class="col-md-6"><strong>Media Sosial</strong><br>Facebook | Instagram | Twitter | YouTube</div></div><div class="text-center mt-3">Copyright &copy; 2024 Bawaslu Kabupaten Pekalongan. Page rendered in 0.0312 seconds.</div></div></footer>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


ARTICLES = [
    ("joomla3_kebumen_00", "joomla3", KEBUMEN_RAKOR, lambda s: joomla3(s), ""),
    ("joomla3_kebumen_01", "joomla3", KEBUMEN_SOSIALISASI, lambda s: joomla3(s), ""),
    ("joomla3_kebumen_02", "joomla3", KEBUMEN_LOGISTIK, lambda s: joomla3(s, True), ""),
    ("cassiopeia_blora_00", "cassiopeia", BLORA_BIMTEK, cassiopeia, ""),
    ("cassiopeia_blora_01", "cassiopeia", BLORA_APK, cassiopeia, ""),
    ("oldportal_sinjai_00", "oldportal", SINJAI_TOKOH_AGAMA, old_portal, ""),
    ("oldportal_sinjai_01", "oldportal", SINJAI_NETRALITAS, old_portal, ""),
    ("ghost_pamekasan_00", "ghost", PAMEKASAN_TPS_RAWAN, ghost, "/"),
    ("ghost_pamekasan_01", "ghost", PAMEKASAN_POSKO, ghost, "/"),
    ("wix_bintan_00", "wix", BINTAN_EVALUASI, wix, ""),
    ("wix_bintan_01", "wix", BINTAN_ASN, wix, ""),
    ("alpine_waykanan_00", "alpine", WAYKANAN_REKRUTMEN, alpine, ""),
    ("alpine_waykanan_01", "alpine", WAYKANAN_REKAPITULASI, alpine, ""),
    ("sections_jatim_00", "sections", JATIM_EVALUASI, sections, "/"),
    ("sections_jatim_01", "sections", JATIM_PELATIHAN, sections, "/"),
    ("print_boyolali_00", "print", BOYOLALI_DEBAT, print_version, "/cetak"),
    ("print_boyolali_01", "print", BOYOLALI_KAMPUS, print_version, "/cetak"),
    ("nextjs_semarangkab_00", "nextjs", SEMARANG_PATROLI, nextjs, ""),
    ("nextjs_semarangkab_01", "nextjs", SEMARANG_ORMAS, nextjs, ""),
    ("elementor_sumut_00", "elementor", SUMUT_GAKKUMDU, elementor, "/"),
    ("elementor_sumut_01", "elementor", SUMUT_MEDIA, lambda s: elementor(s, True), "/"),
    ("gutenberg_lamsel_00", "gutenberg", LAMSEL_IMBAUAN, gutenberg, "/"),
    ("gutenberg_lamsel_01", "gutenberg", LAMSEL_DISABILITAS, gutenberg, "/"),
    ("ciportal_pekalongankab_00", "ciportal", PEKALONGAN_COKLIT, lambda s: ci_portal(s, True), ""),
    ("ciportal_pekalongankab_01", "ciportal", PEKALONGAN_KADES, ci_portal, ""),
    ("joomla3_kebumen_03", "joomla3", KEBUMEN_EVALUASI, joomla3, ""),
    ("ghost_pamekasan_02", "ghost", PAMEKASAN_KUNJUNGAN, ghost, "/"),
    ("alpine_waykanan_02", "alpine", WAYKANAN_APEL, alpine, ""),
    (
        "oldportal_sinjai_02",
        "oldportal",
        SINJAI_PELANTIKAN,
        lambda s: old_portal(s, "windows-1252"),
        "",
    ),
]


def absolute(story: Story, path: str) -> str:
    return path if path.startswith("http") else f"https://{story.host}{path}"


def expected(story: Story, theme: str, url: str) -> dict:
    images = []
    if story.image:
        images.append([absolute(story, story.image), story.image_alt, story.lead])
    href = story.attachment[0]
    return {
        "url": url,
        "canonical_url": story.url,
        "http_charset": "utf-8",
        "kind": "article",
        "theme": theme,
        "title": story.title,
        "lead": story.lead,
        "body": story.body(),
        "tags": list(story.tags),
        "credits": [list(credit) for credit in story.credits],
        "credits_raw": "\n".join(story.credit_lines),
        "images": images,
        "attachments": [absolute(story, href)] if href else [],
    }


def write(name: str, html: str, fields: dict) -> None:
    charset = fields.get("http_charset", "utf-8")
    (HERE / f"{name}.html").write_bytes(html.encode(charset))
    (HERE / f"{name}.json").write_text(
        json.dumps(fields, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    for name, theme, story, render, suffix in ARTICLES:
        url = story.url + suffix
        if theme == "joomla3":
            url = f"https://{story.host}/index.php/berita/{story.slug}"
        html = render(story)
        fields = expected(story, theme, url)
        if 'charset="windows-1252"' in html or "charset=windows-1252" in html:
            fields["http_charset"] = "windows-1252"
        write(name, html, fields)
    for name, theme, url, kind, html in nonarticles.PAGES:
        write(name, html, {"url": url, "http_charset": "utf-8", "kind": kind, "theme": theme})


if __name__ == "__main__":
    main()
