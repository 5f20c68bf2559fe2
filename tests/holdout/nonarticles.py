# ruff: noqa: E501  (HTML templates are kept on one line as served)
"""Hand-written pages of the hold-out set that are NOT articles: the reader must reject each.

(name, theme, url, kind, html). Several carry long paragraphs or article markup on purpose,
as real home, tag, profile and announcement pages do.
"""

from __future__ import annotations

JOOMLA3_LISTING = """<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>Berita - Bawaslu Kabupaten Kebumen</title>
<link href="/index.php/berita?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="/templates/protostar/css/template.css?1a2b" rel="stylesheet" />
</head>
<body class="site com_content view-category layout-blog no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><a class="brand pull-left" href="/"><img src="/images/logo-bawaslu-kebumen.png" alt="Bawaslu Kabupaten Kebumen" /></a></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Beranda</a></li><li class="item-112 current active"><a href="/index.php/berita">Berita</a></li><li class="item-113"><a href="/index.php/pengumuman">Pengumuman</a></li><li class="item-114"><a href="/index.php/profil">Profil</a></li></ul>
<ul class="breadcrumb"><li>Anda di sini: &#160;</li><li><a href="/" class="pathway">Beranda</a><span class="divider"> / </span></li><li class="active"><span>Berita</span></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>Berita</h1></div>
<div class="items-leading clearfix">
<div class="leading-0" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php/berita/bawaslu-kebumen-awasi-pergeseran-logistik-pilkada-ke-26-kecamatan" itemprop="url">Bawaslu Kebumen Awasi Pergeseran Logistik Pilkada ke 26 Kecamatan</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Rincian</dt><dd class="createdby">Ditulis oleh Super User</dd><dd class="published"><time itemprop="datePublished">Diterbitkan: 18 November 2024</time></dd><dd class="hits">Dilihat: 201</dd></dl>
<p>Kebumen – Bawaslu Kabupaten Kebumen mengawasi pergeseran logistik Pemilihan Serentak 2024 dari gudang KPU Kebumen ke 26 Panitia Pemilihan Kecamatan, Senin (18/11/2024). Pengawasan dilakukan sejak pukul 07.00 WIB hingga seluruh armada tiba di kecamatan tujuan.</p>
<p>Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat Bawaslu Kebumen, Eko Purnomo, mengatakan jajarannya memastikan jumlah kotak suara, bilik suara, surat suara, dan formulir sesuai dengan berita acara serah terima.</p>
<p class="readmore"><a class="btn" href="/index.php/berita/bawaslu-kebumen-awasi-pergeseran-logistik-pilkada-ke-26-kecamatan" itemprop="url"><span class="icon-chevron-right"></span> Selengkapnya: Bawaslu Kebumen Awasi Pergeseran Logistik Pilkada ke 26 Kecamatan</a></p>
</div>
</div>
<div class="items-row cols-2 row-0 row-fluid clearfix">
<div class="span6"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php/berita/sosialisasi-pengawasan-partisipatif-bagi-pemilih-pemula-di-sma-negeri-1-gombong" itemprop="url">Sosialisasi Pengawasan Partisipatif bagi Pemilih Pemula di SMA Negeri 1 Gombong</a></h2></div>
<dl class="article-info muted"><dd class="published"><time itemprop="datePublished">Diterbitkan: 17 Oktober 2024</time></dd></dl>
<p>Gombong – Bawaslu Kabupaten Kebumen menyelenggarakan sosialisasi pengawasan partisipatif bagi pemilih pemula di SMA Negeri 1 Gombong, Kamis (17/10/2024). Kegiatan ini diikuti 250 siswa kelas XII.</p>
<p class="readmore"><a class="btn" href="/index.php/berita/sosialisasi-pengawasan-partisipatif-bagi-pemilih-pemula-di-sma-negeri-1-gombong"><span class="icon-chevron-right"></span> Selengkapnya: Sosialisasi Pengawasan Partisipatif bagi Pemilih Pemula di SMA Negeri 1 Gombong</a></p>
</div></div>
<div class="span6"><div class="item column-2" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php/berita/bawaslu-kebumen-gelar-rapat-koordinasi-pengawasan-tahapan-kampanye-pilkada-2024" itemprop="url">Bawaslu Kebumen Gelar Rapat Koordinasi Pengawasan Tahapan Kampanye Pilkada 2024</a></h2></div>
<dl class="article-info muted"><dd class="published"><time itemprop="datePublished">Diterbitkan: 24 September 2024</time></dd></dl>
<p>Kebumen – Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Kebumen menggelar rapat koordinasi pengawasan tahapan kampanye Pemilihan Bupati dan Wakil Bupati Kebumen Tahun 2024 di Aula Hotel Mexolie, Selasa (24/9/2024).</p>
<p class="readmore"><a class="btn" href="/index.php/berita/bawaslu-kebumen-gelar-rapat-koordinasi-pengawasan-tahapan-kampanye-pilkada-2024"><span class="icon-chevron-right"></span> Selengkapnya: Bawaslu Kebumen Gelar Rapat Koordinasi Pengawasan Tahapan Kampanye Pilkada 2024</a></p>
</div></div>
</div>
<div class="items-more"><ol class="nav nav-tabs nav-stacked"><li><a href="/index.php/berita/bawaslu-kebumen-ikuti-apel-siaga">Bawaslu Kebumen Ikuti Apel Siaga</a></li><li><a href="/index.php/berita/panwascam-karanganyar-gelar-patroli">Panwascam Karanganyar Gelar Patroli</a></li></ol></div>
<div class="pagination"><p class="counter pull-right">Halaman 2 dari 38</p>
<ul><li class="pagination-start"><a title="Awal" href="/index.php/berita" class="pagenav">Awal</a></li><li class="pagination-prev"><a title="Sebelumnya" href="/index.php/berita" class="pagenav">Sebelumnya</a></li><li><a href="/index.php/berita" class="pagenav">1</a></li><li><span class="pagenav">2</span></li><li><a href="/index.php/berita?start=10" class="pagenav">3</a></li><li><a href="/index.php/berita?start=15" class="pagenav">4</a></li><li class="pagination-next"><a title="Selanjutnya" href="/index.php/berita?start=10" class="pagenav">Selanjutnya</a></li><li class="pagination-end"><a title="Akhir" href="/index.php/berita?start=185" class="pagenav">Akhir</a></li></ul></div>
</div>
</main></div>
</div></div>
<footer class="footer"><div class="container"><div class="moduletable"><h3>Media Sosial</h3><p>Instagram | Facebook | X</p></div><p>&copy; 2024 Bawaslu Kabupaten Kebumen</p></div></footer>
</body>
</html>
"""

JOOMLA3_PROFILE = """<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>Profil Bawaslu Kabupaten Kebumen - Bawaslu Kabupaten Kebumen</title>
<link href="/templates/protostar/css/template.css?1a2b" rel="stylesheet" />
</head>
<body class="site com_content view-article no-layout no-task itemid-114">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><a class="brand pull-left" href="/"><img src="/images/logo-bawaslu-kebumen.png" alt="Bawaslu Kabupaten Kebumen" /></a></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Beranda</a></li><li class="item-112"><a href="/index.php/berita">Berita</a></li><li class="item-113"><a href="/index.php/pengumuman">Pengumuman</a></li><li class="item-114 current active"><a href="/index.php/profil">Profil</a></li></ul>
<ul class="breadcrumb"><li>Anda di sini: &#160;</li><li><a href="/" class="pathway">Beranda</a><span class="divider"> / </span></li><li class="active"><span>Profil</span></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="id-ID" />
<div class="page-header"><h2 itemprop="headline">Profil Bawaslu Kabupaten Kebumen</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Rincian</dt><dd class="createdby">Ditulis oleh Super User</dd><dd class="category-name">Kategori: <a href="/index.php/profil">Profil</a></dd><dd class="hits">Dilihat: 4211</dd></dl>
<div itemprop="articleBody">
<p><img src="/images/profil/kantor-bawaslu-kebumen.jpg" alt="Kantor Bawaslu Kebumen" width="700" /></p>
<p>Badan Pengawas Pemilihan Umum Kabupaten Kebumen (Bawaslu Kabupaten Kebumen) adalah lembaga penyelenggara pemilu yang bertugas mengawasi penyelenggaraan pemilu dan pemilihan di wilayah Kabupaten Kebumen. Bawaslu Kabupaten Kebumen merupakan kelanjutan dari Panitia Pengawas Pemilu (Panwaslu) Kabupaten Kebumen yang bersifat ad hoc dan menjadi lembaga permanen berdasarkan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum.</p>
<p>Anggota Bawaslu Kabupaten Kebumen dilantik pada 15 Agustus 2018 dan diperpanjang melalui seleksi pada tahun 2023. Saat ini Bawaslu Kabupaten Kebumen beranggotakan lima orang yang dipilih melalui seleksi terbuka oleh tim seleksi yang dibentuk Bawaslu Provinsi Jawa Tengah, dibantu oleh Sekretariat yang dipimpin seorang Koordinator Sekretariat.</p>
<h3>Tugas</h3>
<p>Sesuai Pasal 101 Undang-Undang Nomor 7 Tahun 2017, Bawaslu Kabupaten/Kota bertugas melakukan pencegahan dan penindakan pelanggaran pemilu, mengawasi pelaksanaan tahapan penyelenggaraan pemilu di wilayah kabupaten/kota, mencegah terjadinya praktik politik uang, mengawasi netralitas aparatur sipil negara, anggota TNI dan anggota Polri, serta menyelesaikan sengketa proses pemilu di wilayahnya.</p>
<h3>Wewenang</h3>
<p>Bawaslu Kabupaten Kebumen berwenang menerima dan menindaklanjuti laporan yang berkaitan dengan dugaan pelanggaran terhadap pelaksanaan peraturan perundang-undangan yang mengatur mengenai pemilu, memeriksa dan mengkaji pelanggaran pemilu di wilayah kabupaten serta merekomendasikan hasil pemeriksaan dan pengkajiannya kepada pihak-pihak yang diatur dalam undang-undang, serta menerima, memeriksa, memediasi atau mengajudikasi, dan memutus penyelesaian sengketa proses pemilu.</p>
<h3>Visi</h3>
<p>“Menjadi Lembaga Pengawas Pemilu yang Dipercaya dan Berintegritas dalam Mewujudkan Pemilu yang Demokratis di Kabupaten Kebumen.”</p>
<h3>Alamat Kantor</h3>
<p>Jl. Pahlawan No. 171, Kelurahan Panjer, Kecamatan Kebumen, Kabupaten Kebumen, Jawa Tengah 54311. Telepon (0287) 381234, surel bawaslu.kebumen@gmail.com. Kantor melayani konsultasi dan pengaduan masyarakat setiap Senin sampai Jumat pukul 08.00 hingga 16.00 WIB.</p>
</div>
</div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Berita Terbaru</h3><ul class="latestnews mod-list"><li><a href="/index.php/berita/bawaslu-kebumen-awasi-pergeseran-logistik-pilkada-ke-26-kecamatan">Bawaslu Kebumen Awasi Pergeseran Logistik Pilkada ke 26 Kecamatan</a></li><li><a href="/index.php/berita/sosialisasi-pengawasan-partisipatif-bagi-pemilih-pemula-di-sma-negeri-1-gombong">Sosialisasi Pengawasan Partisipatif bagi Pemilih Pemula di SMA Negeri 1 Gombong</a></li></ul></div></div>
</div></div></div>
<footer class="footer"><div class="container"><div class="moduletable"><h3>Media Sosial</h3><p>Instagram | Facebook | X</p></div><div class="moduletable"><h3>Lokasi Bawaslu Kabupaten Kebumen</h3><p>Jl. Pahlawan No. 171, Kebumen</p></div><p>&copy; 2024 Bawaslu Kabupaten Kebumen</p></div></footer>
</body>
</html>
"""

CASSIOPEIA_TAG = """<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Pilkada 2024 – Bawaslu Blora</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">
</head>
<body class="site com_tags wrapper-static view-tag no-layout no-task itemid-131 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-blora.png" alt="Bawaslu Kabupaten Blora"></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Beranda</a></li><li class="nav-item item-104"><a href="/berita">Berita</a></li><li class="nav-item item-105"><a href="/pengumuman">Pengumuman</a></li><li class="nav-item item-106"><a href="/profil">Profil</a></li></ul></div></header>
<div class="site-grid">
<div class="grid-child container-component"><main>
<div class="com-tags-tag tag-category">
<h1>Pilkada 2024</h1>
<div class="com-tags-tag__description category-desc"><p>Kumpulan berita pengawasan Pemilihan Bupati dan Wakil Bupati Blora Tahun 2024.</p></div>
<div class="com-tags__items">
<form action="/component/tags/tag/pilkada-2024" method="post" name="adminForm" id="adminForm" class="com-tags-tag__items">
<ul class="com-tags-tag__category category list-group">
<li class="list-group-item list-group-item-action"><h3><a href="/berita/bawaslu-blora-tertibkan-1200-alat-peraga-kampanye-di-masa-tenang">Bawaslu Blora Tertibkan 1.200 Alat Peraga Kampanye di Masa Tenang</a></h3>
<figure class="item-image tag-image"><img src="/images/2024/11/penertiban-apk-blora.jpg" alt="Penertiban APK"></figure>
<span class="tag-body">Blora – Memasuki masa tenang Pilkada 2024, Bawaslu Kabupaten Blora bersama Satpol PP dan KPU Blora menertibkan alat peraga kampanye (APK) di 16 kecamatan, Minggu (24/11/2024). Sebanyak 1.200 APK berupa baliho, spanduk, dan umbul-umbul diturunkan dari jalan protokol, fasilitas pendidikan, dan tempat ibadah.</span></li>
<li class="list-group-item list-group-item-action"><h3><a href="/berita/bawaslu-blora-latih-295-pengawas-tps-jelang-pemungutan-suara">Bawaslu Blora Latih 295 Pengawas TPS Jelang Pemungutan Suara</a></h3>
<figure class="item-image tag-image"><img src="/images/2024/11/bimtek-ptps-blora.jpg" alt="Bimtek pengawas TPS Blora"></figure>
<span class="tag-body">Blora – Bawaslu Kabupaten Blora menggelar bimbingan teknis bagi 295 pengawas tempat pemungutan suara (TPS) dari Kecamatan Blora, Jepon, dan Tunjungan di Gedung Sapta Prasetya, Sabtu (9/11/2024). Ketua Bawaslu Blora menekankan pentingnya integritas pengawas TPS.</span></li>
<li class="list-group-item list-group-item-action"><h3><a href="/berita/panwascam-cepu-awasi-kampanye-terbatas">Panwascam Cepu Awasi Kampanye Terbatas</a></h3>
<span class="tag-body">Cepu – Panwaslu Kecamatan Cepu mengawasi kampanye terbatas pasangan calon di Balai Desa Ngelo. Pengawas mencatat jumlah peserta dan memastikan tidak ada pelibatan anak-anak dalam kegiatan kampanye tersebut.</span></li>
</ul>
<div class="com-tags-tag__pagination w-100"><p class="counter float-end pt-3 pe-2">Halaman 1 dari 5</p><nav class="pagination__wrapper" aria-label="Navigasi Halaman"><ul class="pagination ms-0 mb-4"><li class="active page-item"><a aria-current="true" href="#" class="page-link">1</a></li><li class="page-item"><a href="/component/tags/tag/pilkada-2024?start=3" class="page-link">2</a></li><li class="page-item"><a aria-label="Ke halaman berikutnya" href="/component/tags/tag/pilkada-2024?start=3" class="page-link">›</a></li></ul></nav></div>
</form>
</div>
</div>
</main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Berita Terbaru</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li><a href="/berita/bawaslu-blora-tertibkan-1200-alat-peraga-kampanye-di-masa-tenang">Bawaslu Blora Tertibkan 1.200 Alat Peraga Kampanye di Masa Tenang</a></li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p><strong>Media Sosial</strong></p><p>Instagram @bawaslublora</p></div></div></footer>
</body>
</html>
"""

OLD_PORTAL_NOT_FOUND = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Bawaslu Kabupaten Sinjai :: Berita</title>
<link rel="stylesheet" href="css/style.css" type="text/css">
</head>
<body bgcolor="#e8e8e8" leftmargin="0" topmargin="0">
<center>
<table width="980" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header_bawaslu_sinjai.jpg" width="980" height="150" alt="Bawaslu Kabupaten Sinjai"></td></tr>
<tr><td colspan="3" bgcolor="#8B0000" height="28"><font face="Verdana" size="2" color="#FFFFFF">&nbsp;&nbsp;<a href="index.php"><font color="#FFFFFF">HOME</font></a> | <a href="berita"><font color="#FFFFFF">BERITA</font></a> | <a href="pengumuman"><font color="#FFFFFF">PENGUMUMAN</font></a> | <a href="profil"><font color="#FFFFFF">PROFIL</font></a></font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>BERITA TERPOPULER</b></font></td></tr>
<tr><td><font face="Verdana" size="1">&raquo; <a href="/berita/panwascam-sinjai-timur-temukan-dugaan-pelanggaran-netralitas-kepala-desa">Panwascam Sinjai Timur Temukan Dugaan Pelanggaran Netralitas Kepala Desa</a> (231)<br>&raquo; <a href="/berita/bawaslu-sinjai-ajak-tokoh-agama-tolak-politik-uang">Bawaslu Sinjai Ajak Tokoh Agama Tolak Politik Uang</a> (187)</font></td></tr>
</table>
</td>
<td width="580" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#DDDDDD"><font face="Verdana" size="1">&nbsp;<a href="index.php">Home</a> &raquo; <a href="berita">Berita</a> &raquo; </font></td></tr>
<tr><td height="10"></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td><font face="Arial" size="4" color="#8B0000"><b>Halaman Tidak Ditemukan</b></font></td></tr>
<tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td align="justify"><font face="Verdana" size="2">Maaf, berita yang Anda cari tidak ditemukan atau telah dipindahkan. Kemungkinan alamat yang Anda ketik salah, atau berita tersebut sudah dihapus oleh administrator.<br><br>Silakan kembali ke <a href="index.php">halaman utama</a> atau gunakan menu <a href="berita">Berita</a> untuk menelusuri arsip berita Bawaslu Kabupaten Sinjai.</font></td></tr>
</table>
</td></tr>
</table>
</td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#8B0000"><font face="Verdana" size="2" color="#FFFFFF"><b>BERITA TERBARU</b></font></td></tr>
<tr><td><font face="Verdana" size="1">&raquo; <a href="/berita/bawaslu-sinjai-ajak-tokoh-agama-tolak-politik-uang">Bawaslu Sinjai Ajak Tokoh Agama Tolak Politik Uang</a><br>&raquo; <a href="/berita/bawaslu-sinjai-gelar-rakor-sentra-gakkumdu">Bawaslu Sinjai Gelar Rakor Sentra Gakkumdu</a></font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#333333" align="center"><font face="Verdana" size="1" color="#FFFFFF">Lokasi Bawaslu Kabupaten Sinjai: Jl. Persatuan Raya No. 5, Sinjai<br>Copyright &copy; 2024 Bawaslu Kabupaten Sinjai. All rights reserved.</font></td></tr>
</table>
</center>
</body>
</html>
"""

GHOST_HOME = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Bawaslu Pamekasan</title>
<meta name="description" content="Situs resmi Badan Pengawas Pemilihan Umum Kabupaten Pamekasan">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3">
<link rel="canonical" href="https://pamekasan.bawaslu.go.id/">
<meta property="og:site_name" content="Bawaslu Pamekasan">
<meta property="og:type" content="website">
<meta property="og:title" content="Bawaslu Pamekasan">
<meta name="generator" content="Ghost 5.82">
</head>
<body class="home-template is-head-left-logo">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/"><img src="/content/images/logo-bawaslu-pamekasan.png" alt="Bawaslu Pamekasan"></a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-beranda nav-current"><a href="/">Beranda</a></li><li class="nav-berita"><a href="/berita/">Berita</a></li><li class="nav-pengumuman"><a href="/pengumuman/">Pengumuman</a></li><li class="nav-profil"><a href="/profil/">Profil</a></li></ul></nav></div></header>
<div class="site-content">
<div class="site-header-content outer"><div class="site-header-inner inner"><h1 class="site-title">Bawaslu Kabupaten Pamekasan</h1><p class="site-description">Bersama Rakyat Awasi Pemilu, Bersama Bawaslu Tegakkan Keadilan Pemilu</p></div></div>
<main id="site-main" class="site-main outer">
<div class="inner posts">
<div class="post-feed">
<article class="post-card post tag-tps-rawan post-card-large">
<a class="post-card-image-link" href="/berita/jelang-pemungutan-suara-bawaslu-pamekasan-petakan-187-tps-rawan/"><img class="post-card-image" src="/content/images/2024/11/rakor-tps-rawan-pamekasan.jpg" alt="Rakor TPS rawan" loading="lazy"></a>
<div class="post-card-content">
<a class="post-card-content-link" href="/berita/jelang-pemungutan-suara-bawaslu-pamekasan-petakan-187-tps-rawan/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">TPS Rawan</span></div><h2 class="post-card-title">Jelang Pemungutan Suara, Bawaslu Pamekasan Petakan 187 TPS Rawan</h2></header>
<div class="post-card-excerpt"><p>Pamekasan – Bawaslu Kabupaten Pamekasan memetakan 187 tempat pemungutan suara (TPS) yang tergolong rawan menjelang pemungutan suara Pilkada serentak 2024. Hasil pemetaan dipaparkan dalam rapat koordinasi bersama KPU, Polres, dan Kodim 0826 Pamekasan.</p><p>Anggota Bawaslu Pamekasan, Sukma Firdaus, menjelaskan pemetaan dilakukan berdasarkan delapan variabel, antara lain riwayat pemungutan suara ulang dan TPS yang sulit dijangkau.</p></div>
</a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-11-21">21 Nov 2024</time><span class="post-card-meta-length">2 menit baca</span></footer>
</div>
</article>
<article class="post-card post tag-posko-aduan">
<a class="post-card-image-link" href="/berita/bawaslu-pamekasan-buka-posko-aduan-masyarakat-selama-masa-kampanye/"><img class="post-card-image" src="/content/images/2024/09/posko-aduan-pamekasan.jpg" alt="Posko aduan" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/berita/bawaslu-pamekasan-buka-posko-aduan-masyarakat-selama-masa-kampanye/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Posko Aduan</span></div><h2 class="post-card-title">Bawaslu Pamekasan Buka Posko Aduan Masyarakat Selama Masa Kampanye</h2></header>
<div class="post-card-excerpt"><p>Bawaslu Kabupaten Pamekasan membuka posko aduan masyarakat selama masa kampanye Pilkada 2024 di kantor Bawaslu dan di 13 kantor Panwaslu Kecamatan.</p></div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-09-26">26 Sep 2024</time><span class="post-card-meta-length">2 menit baca</span></footer>
</div>
</article>
<article class="post-card post tag-pengumuman">
<div class="post-card-content"><a class="post-card-content-link" href="/pengumuman/pengumuman-hasil-seleksi-pengawas-tps/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Pengumuman</span></div><h2 class="post-card-title">Pengumuman Hasil Seleksi Pengawas TPS Pilkada 2024</h2></header>
<div class="post-card-excerpt"><p>Berdasarkan hasil wawancara, Bawaslu Kabupaten Pamekasan mengumumkan nama-nama pengawas TPS terpilih untuk Pilkada 2024. Daftar lengkap dapat diunduh pada lampiran pengumuman.</p></div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-10-28">28 Okt 2024</time></footer>
</div>
</article>
<article class="post-card post tag-sosialisasi">
<div class="post-card-content"><a class="post-card-content-link" href="/berita/bawaslu-pamekasan-sosialisasi-pengawasan-partisipatif-di-pesantren/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Sosialisasi</span></div><h2 class="post-card-title">Bawaslu Pamekasan Sosialisasi Pengawasan Partisipatif di Pesantren</h2></header>
<div class="post-card-excerpt"><p>Bawaslu Pamekasan menggelar sosialisasi pengawasan partisipatif bagi santri di sejumlah pondok pesantren untuk mencegah politik uang dan hoaks menjelang Pilkada 2024.</p></div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-09-12">12 Sep 2024</time></footer>
</div>
</article>
</div>
<nav class="pagination" role="navigation"><a class="older-posts" href="/page/2/">Berita sebelumnya <span aria-hidden="true">&rarr;</span></a></nav>
</div>
</main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Bawaslu Pamekasan</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
"""

WIX_PROFILE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Profil | Bawaslu Bintan</title>
<meta property="og:title" content="Profil | Bawaslu Bintan">
<meta property="og:type" content="website">
<link rel="canonical" href="https://bintankab.bawaslu.go.id/profil">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" style="position:absolute;top:0;left:0;width:100%;height:110px;background:#7B1113;">
<div style="position:absolute;left:40px;top:20px;"><a href="/"><img src="https://static.wixstatic.com/media/logo-bawaslu-bintan.png" alt="Bawaslu Kabupaten Bintan" width="220"></a></div>
<nav style="position:absolute;left:520px;top:40px;"><ul style="display:flex;gap:24px"><li><a href="/"><span>Beranda</span></a></li><li><a href="/berita"><span>Berita</span></a></li><li><a href="/profil"><span>Profil</span></a></li><li><a href="/kontak"><span>Kontak</span></a></li></ul></nav>
</header>
<main id="PAGES_CONTAINER" style="position:relative;min-height:1800px;">
<div style="position:absolute;left:120px;top:150px;width:740px;"><h1 style="font-size:34px"><span>Profil Bawaslu Kabupaten Bintan</span></h1></div>
<div style="position:absolute;left:120px;top:230px;width:740px;"><p class="font_8"><span style="font-family:lato,sans-serif;"><span>Badan Pengawas Pemilihan Umum Kabupaten Bintan merupakan lembaga pengawas pemilu yang bersifat tetap, dibentuk berdasarkan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum. Sebelumnya, pengawasan pemilu di Kabupaten Bintan dilaksanakan oleh Panitia Pengawas Pemilu yang bersifat sementara dan dibentuk menjelang setiap pemilihan.</span></span></p></div>
<div style="position:absolute;left:120px;top:380px;width:740px;"><p class="font_8"><span style="font-family:lato,sans-serif;"><span>Bawaslu Kabupaten Bintan berkedudukan di Tanjung Uban dan membawahi Panitia Pengawas Pemilu Kecamatan di sepuluh kecamatan, Pengawas Kelurahan/Desa, serta Pengawas Tempat Pemungutan Suara yang dibentuk pada setiap pemilu dan pemilihan kepala daerah.</span></span></p></div>
<div style="position:absolute;left:120px;top:520px;width:740px;"><h2><span>Tugas Pokok</span></h2></div>
<div style="position:absolute;left:120px;top:570px;width:740px;"><p class="font_8"><span style="font-family:lato,sans-serif;"><span>Bawaslu Kabupaten Bintan bertugas melakukan pencegahan dan penindakan terhadap pelanggaran pemilu dan sengketa proses pemilu, mengawasi pelaksanaan tahapan penyelenggaraan pemilu di wilayah kabupaten, mengawasi netralitas aparatur sipil negara, anggota TNI dan Polri, serta mengembangkan pengawasan partisipatif bersama masyarakat, organisasi kemasyarakatan, dan perguruan tinggi.</span></span></p></div>
<div style="position:absolute;left:120px;top:740px;width:740px;"><h2><span>Susunan Anggota</span></h2></div>
<div style="position:absolute;left:120px;top:790px;width:740px;"><p class="font_8"><span>Ketua: Riko Saputra</span></p><p class="font_8"><span>Anggota: Lestari Wulandari</span></p><p class="font_8"><span>Anggota: Hendra Wijaya</span></p><p class="font_8"><span>Koordinator Sekretariat: Dewi Anggraini</span></p></div>
<div style="position:absolute;left:120px;top:960px;width:740px;"><h2><span>Alamat</span></h2></div>
<div style="position:absolute;left:120px;top:1010px;width:740px;"><p class="font_8"><span>Jl. Raya Tanjung Uban Km. 42, Kecamatan Bintan Utara, Kabupaten Bintan, Kepulauan Riau. Kantor melayani konsultasi dan pengaduan pelanggaran pemilu setiap hari kerja pukul 08.00–16.00 WIB.</span></p></div>
</main>
<footer id="SITE_FOOTER" style="position:relative;background:#222;color:#fff;padding:30px 40px;"><div><span style="font-weight:bold">Media Sosial</span></div><div><span>&copy; 2024 oleh Bawaslu Kabupaten Bintan. Dibuat dengan Wix.com</span></div></footer>
</div></div></div>
</body>
</html>
"""

ALPINE_SEARCH = """<!DOCTYPE html>
<html lang="id" class="scroll-smooth">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hasil Pencarian: pengawasan - Bawaslu Kabupaten Way Kanan</title>
<link rel="stylesheet" href="https://waykanan.bawaslu.go.id/build/assets/app-4f1c2d.css">
<script defer src="https://waykanan.bawaslu.go.id/vendor/alpinejs/cdn.min.js"></script>
</head>
<body class="bg-gray-100 font-sans text-gray-800 antialiased" x-data="{ mobileMenu: false }">
<a href="#konten" class="sr-only focus:not-sr-only">Lompat ke isi utama</a>
<header class="sticky top-0 z-40 bg-red-800 text-white shadow"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a href="/" class="flex items-center gap-3"><img src="/images/logo.png" class="h-10" alt="Logo Bawaslu"><div><div class="text-lg font-bold leading-tight">BAWASLU</div><div class="text-xs">Kabupaten Way Kanan</div></div></a>
<nav class="hidden gap-6 md:flex"><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/pengumuman">Pengumuman</a><a href="/profil">Profil</a></nav></div></header>
<main id="konten" class="mx-auto max-w-5xl px-4 py-8">
<form action="/cari" method="get" class="mb-6 flex gap-2" x-data="{ q: 'pengawasan' }"><input type="search" name="q" x-model="q" value="pengawasan" class="w-full rounded border px-3 py-2"><button class="rounded bg-red-700 px-4 py-2 text-white">Cari</button></form>
<h1 class="mb-2 text-2xl font-bold">Hasil pencarian untuk “pengawasan”</h1>
<p class="mb-6 text-sm text-gray-500">Ditemukan 128 hasil</p>
<div class="space-y-4">
<article class="rounded-xl bg-white p-5 shadow-sm"><a href="/berita/bawaslu-way-kanan-awasi-rekapitulasi-suara-tingkat-kabupaten" class="text-lg font-semibold text-red-800 hover:underline">Bawaslu Way Kanan Awasi Rekapitulasi Suara Tingkat Kabupaten</a><div class="text-xs text-gray-500">Berita · 3 Desember 2024</div><p class="mt-2 text-sm">Bawaslu Kabupaten Way Kanan mengawasi rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kabupaten yang digelar KPU Way Kanan. Rapat dihadiri saksi pasangan calon, Panitia Pemilihan Kecamatan, dan jajaran <mark>pengawas</mark>an.</p></article>
<article class="rounded-xl bg-white p-5 shadow-sm"><a href="/berita/bawaslu-way-kanan-rekrut-1046-pengawas-tps-untuk-pilkada-2024" class="text-lg font-semibold text-red-800 hover:underline">Bawaslu Way Kanan Rekrut 1.046 Pengawas TPS untuk Pilkada 2024</a><div class="text-xs text-gray-500">Berita · 25 Oktober 2024</div><p class="mt-2 text-sm">Bawaslu Kabupaten Way Kanan mengumumkan hasil rekrutmen 1.046 pengawas tempat pemungutan suara untuk Pilkada serentak 2024. Seleksi dilakukan melalui penelitian administrasi dan wawancara oleh Panwaslu Kecamatan sebagai bagian dari <mark>pengawasan</mark>.</p></article>
<article class="rounded-xl bg-white p-5 shadow-sm"><a href="/pengumuman/jadwal-bimbingan-teknis-pengawas-tps" class="text-lg font-semibold text-red-800 hover:underline">Jadwal Bimbingan Teknis Pengawas TPS</a><div class="text-xs text-gray-500">Pengumuman · 28 Oktober 2024</div><p class="mt-2 text-sm">Bimbingan teknis <mark>pengawasan</mark> pemungutan dan penghitungan suara bagi pengawas TPS terpilih akan dilaksanakan di setiap kecamatan mulai 4 November 2024.</p></article>
</div>
<nav class="mt-8 flex items-center justify-center gap-2 text-sm" aria-label="Pagination"><span class="rounded bg-red-700 px-3 py-1 text-white">1</span><a href="/cari?q=pengawasan&amp;page=2" class="rounded px-3 py-1 hover:bg-gray-200">2</a><a href="/cari?q=pengawasan&amp;page=3" class="rounded px-3 py-1 hover:bg-gray-200">3</a><a href="/cari?q=pengawasan&amp;page=2" rel="next" class="rounded px-3 py-1 hover:bg-gray-200">Berikutnya &rsaquo;</a></nav>
</main>
<footer class="bg-gray-900 py-10 text-gray-300"><div class="mx-auto max-w-7xl px-4"><h4 class="mb-2 font-semibold text-white">Lokasi Bawaslu Kabupaten Way Kanan</h4><p class="text-sm">Jl. Jenderal Sudirman, Blambangan Umpu</p><p class="mt-8 text-center text-xs">&copy; 2024 Bawaslu Kabupaten Way Kanan</p></div></footer>
<div x-data="{ show: !localStorage.getItem('cookie_ok') }" x-show="show" class="fixed inset-x-0 bottom-0 z-50 bg-gray-800 p-4 text-sm text-white"><p>Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.</p><button @click="localStorage.setItem('cookie_ok', 1); show = false" class="rounded bg-red-700 px-4 py-2">Saya Setuju</button></div>
</body>
</html>
"""

SECTIONS_ANNOUNCEMENTS = """<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pengumuman &#8211; Bawaslu Provinsi Jawa Timur</title>
<link rel="canonical" href="https://jatim.bawaslu.go.id/pengumuman/" />
</head>
<body class="archive category category-pengumuman wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Lompat ke konten</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://jatim.bawaslu.go.id/" rel="home">Bawaslu Provinsi Jawa Timur</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/berita/">Berita</a></li><li class="menu-item current-menu-item"><a href="/pengumuman/">Pengumuman</a></li><li class="menu-item"><a href="/profil/">Profil</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<header class="page-header"><h1 class="page-title">Kategori: <span>Pengumuman</span></h1></header>
<section class="wp-block-group">
<article id="post-21501" class="post-21501 post type-post status-publish hentry category-pengumuman">
<header class="entry-header"><h2 class="entry-title"><a href="https://jatim.bawaslu.go.id/pengumuman/pengumuman-seleksi-calon-anggota-panwaslu-kecamatan/" rel="bookmark">Pengumuman Seleksi Calon Anggota Panwaslu Kecamatan Pemilihan 2024</a></h2><div class="entry-meta"><time class="entry-date published" datetime="2024-05-02T09:00:00+07:00">2 Mei 2024</time></div></header>
<div class="entry-summary"><p>Bawaslu Provinsi Jawa Timur mengumumkan pembukaan pendaftaran calon anggota Panitia Pengawas Pemilihan Kecamatan untuk Pemilihan Gubernur dan Wakil Gubernur serta Bupati/Wali Kota Tahun 2024. Persyaratan dan jadwal lengkap tercantum dalam lampiran pengumuman.</p><p><a href="https://jatim.bawaslu.go.id/wp-content/uploads/2024/05/pengumuman-seleksi-panwascam.pdf">Unduh lampiran (PDF)</a></p></div>
</article>
<article id="post-21488" class="post-21488 post type-post status-publish hentry category-pengumuman">
<header class="entry-header"><h2 class="entry-title"><a href="https://jatim.bawaslu.go.id/pengumuman/pengumuman-hasil-seleksi-administrasi-pengawas-kelurahan-desa/" rel="bookmark">Pengumuman Hasil Seleksi Administrasi Pengawas Kelurahan/Desa</a></h2><div class="entry-meta"><time class="entry-date published" datetime="2024-06-14T15:30:00+07:00">14 Juni 2024</time></div></header>
<div class="entry-summary"><p>Berdasarkan hasil penelitian administrasi, berikut nama-nama calon Pengawas Kelurahan/Desa yang dinyatakan memenuhi syarat dan berhak mengikuti tahapan wawancara sesuai jadwal yang ditetapkan Panwaslu Kecamatan masing-masing.</p></div>
</article>
<article id="post-21470" class="post-21470 post type-post status-publish hentry category-pengumuman">
<header class="entry-header"><h2 class="entry-title"><a href="https://jatim.bawaslu.go.id/pengumuman/pengumuman-pengadaan-barang-dan-jasa-tahun-anggaran-2024/" rel="bookmark">Pengumuman Pengadaan Barang dan Jasa Tahun Anggaran 2024</a></h2><div class="entry-meta"><time class="entry-date published" datetime="2024-03-07T10:00:00+07:00">7 Maret 2024</time></div></header>
<div class="entry-summary"><p>Rencana umum pengadaan barang dan jasa Bawaslu Provinsi Jawa Timur Tahun Anggaran 2024 dapat dilihat melalui Sistem Informasi Rencana Umum Pengadaan dan lampiran berikut.</p></div>
</article>
</section>
<nav class="navigation pagination" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="https://jatim.bawaslu.go.id/pengumuman/page/2/">2</a><a class="page-numbers" href="https://jatim.bawaslu.go.id/pengumuman/page/3/">3</a><a class="next page-numbers" href="https://jatim.bawaslu.go.id/pengumuman/page/2/">Berikutnya</a></div></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="https://jatim.bawaslu.go.id/berita/bawaslu-jatim-evaluasi-pengawasan-pemungutan-suara-di-38-kabupaten-kota/">Bawaslu Jatim Evaluasi Pengawasan Pemungutan Suara di 38 Kabupaten/Kota</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Bawaslu Provinsi Jawa Timur</div></footer>
</div>
</body>
</html>
"""

NEXTJS_LISTING = """<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Berita | Bawaslu Kabupaten Semarang</title><meta name="description" content="Berita terkini pengawasan pemilu dan pemilihan di Kabupaten Semarang"/><meta property="og:title" content="Berita | Bawaslu Kabupaten Semarang"/><link rel="canonical" href="https://semarangkab.bawaslu.go.id/berita?page=2"/><link rel="stylesheet" href="/_next/static/css/8b1e2c0a4d.css" data-n-g=""/><script src="/_next/static/chunks/main-a5b1f2c4d7e8f901.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__x8K2a"><header class="Header_header__3JkLs"><div class="Header_inner__Tz81c"><a class="Header_brand__Vb4nQ" href="/"><img src="/logo-bawaslu.svg" alt="Bawaslu Kabupaten Semarang" width="180" height="48"/></a><nav class="Header_nav__p0QwE"><a href="/">Beranda</a><a class="Header_active__Xy7Rt" href="/berita">Berita</a><a href="/pengumuman">Pengumuman</a><a href="/profil">Profil</a></nav></div></header><main class="Layout_main__Qw91z"><div class="List_container__Rt5Yu"><h1 class="List_title__Ab9Cd">Berita</h1><div class="List_grid__Ef3Gh"><a class="Card_card__P0o2x" href="/berita/bawaslu-kabupaten-semarang-gelar-patroli-pengawasan-masa-tenang"><img class="Card_thumb__a1B2c" src="/uploads/2024/11/patroli-masa-tenang.jpg" alt=""/><div class="Card_body__W8e1r"><span class="Card_date__Jk4Lm">26 November 2024</span><h3 class="Card_title__f9Gh2">Bawaslu Kabupaten Semarang Gelar Patroli Pengawasan Masa Tenang</h3><p class="Card_excerpt__Lm4Zx">Ungaran – Bawaslu Kabupaten Semarang bersama Polres Semarang dan Satpol PP menggelar patroli pengawasan masa tenang Pilkada 2024, Senin (25/11/2024) malam. Patroli menyasar 19 kecamatan yang dinilai rawan praktik politik uang.</p></div></a><a class="Card_card__P0o2x" href="/berita/bawaslu-kabupaten-semarang-libatkan-ormas-dalam-pengawasan-partisipatif"><img class="Card_thumb__a1B2c" src="/uploads/2024/09/forum-ormas.jpg" alt=""/><div class="Card_body__W8e1r"><span class="Card_date__Jk4Lm">12 September 2024</span><h3 class="Card_title__f9Gh2">Bawaslu Kabupaten Semarang Libatkan Ormas dalam Pengawasan Partisipatif</h3><p class="Card_excerpt__Lm4Zx">Ungaran – Bawaslu Kabupaten Semarang menggandeng 24 organisasi kemasyarakatan dalam forum warga pengawasan partisipatif di Ungaran, Kamis (12/9/2024). Forum ini membahas peran ormas dalam mencegah pelanggaran pada Pilkada 2024.</p></div></a><a class="Card_card__P0o2x" href="/berita/panwascam-bawen-awasi-kampanye-dialogis"><div class="Card_body__W8e1r"><span class="Card_date__Jk4Lm">5 September 2024</span><h3 class="Card_title__f9Gh2">Panwascam Bawen Awasi Kampanye Dialogis Pasangan Calon</h3><p class="Card_excerpt__Lm4Zx">Panwaslu Kecamatan Bawen mengawasi kampanye dialogis pasangan calon di balai desa dan memastikan tidak ada pembagian uang maupun barang kepada peserta yang hadir.</p></div></a></div><nav class="Pager_pager__Vb7Nm" aria-label="Halaman"><a href="/berita?page=1" rel="prev">‹ Sebelumnya</a><a href="/berita?page=1">1</a><span aria-current="page">2</span><a href="/berita?page=3">3</a><a href="/berita?page=3" rel="next">Berikutnya ›</a></nav></div></main><footer class="Footer_footer__Gt7Yh"><p class="Footer_copy__Lk9Op">© 2024 Bawaslu Kabupaten Semarang</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":2,"total":57,"posts":[{"slug":"bawaslu-kabupaten-semarang-gelar-patroli-pengawasan-masa-tenang","title":"Bawaslu Kabupaten Semarang Gelar Patroli Pengawasan Masa Tenang"},{"slug":"bawaslu-kabupaten-semarang-libatkan-ormas-dalam-pengawasan-partisipatif","title":"Bawaslu Kabupaten Semarang Libatkan Ormas dalam Pengawasan Partisipatif"}]},"__N_SSP":true},"page":"/berita","query":{"page":"2"},"buildId":"x9Yq2LmT7vKpR3sW","gssp":true}</script></body></html>
"""

ELEMENTOR_PPID = """<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layanan Informasi Publik (PPID) &#8211; Bawaslu Provinsi Sumatera Utara</title>
<link rel="canonical" href="https://sumut.bawaslu.go.id/ppid/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Layanan Informasi Publik (PPID) - Bawaslu Provinsi Sumatera Utara" />
<link rel='stylesheet' id='elementor-frontend-css' href='https://sumut.bawaslu.go.id/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
</head>
<body class="page-template-default page page-id-57 elementor-default elementor-kit-6 elementor-page elementor-page-57">
<a class="skip-link screen-reader-text" href="#content">Lompat ke konten</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"><section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/berita/">Berita</a></li><li class="menu-item"><a href="/pengumuman/">Pengumuman</a></li><li class="menu-item current-menu-item"><a href="/ppid/">PPID</a></li></ul></nav></div></div></div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="57" class="elementor elementor-57">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Layanan Informasi Publik (PPID)</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Bawaslu Provinsi Sumatera Utara dibentuk untuk melaksanakan amanat Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. PPID bertanggung jawab menyimpan, mendokumentasikan, menyediakan, dan memberikan pelayanan informasi publik kepada masyarakat.</p>
<p>Setiap orang dapat mengajukan permohonan informasi publik secara langsung di meja layanan PPID, melalui surat, surel, maupun formulir daring. Permohonan akan dijawab paling lambat sepuluh hari kerja sejak diterima dan dapat diperpanjang tujuh hari kerja dengan pemberitahuan tertulis.</p>
<p>Apabila pemohon tidak puas terhadap tanggapan atas permohonan informasi, pemohon dapat mengajukan keberatan kepada atasan PPID dalam waktu tiga puluh hari kerja. Jika keberatan tidak ditanggapi, pemohon dapat mengajukan sengketa informasi kepada Komisi Informasi Provinsi Sumatera Utara.</p>
<p>Meja layanan PPID buka Senin sampai Jumat pukul 08.00 hingga 16.00 WIB di Kantor Bawaslu Provinsi Sumatera Utara, Jl. Adam Malik No. 111, Medan. Daftar informasi publik dan standar layanan dapat diunduh pada tautan di bawah ini.</p>
<p><a href="https://sumut.bawaslu.go.id/wp-content/uploads/2024/01/daftar-informasi-publik-2024.pdf">Daftar Informasi Publik 2024 (PDF)</a><br><a href="https://sumut.bawaslu.go.id/wp-content/uploads/2024/01/standar-layanan-ppid.pdf">Standar Layanan PPID (PDF)</a></p>
</div></div>
</div></div></div></section>
</div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p><strong>Lokasi Bawaslu Provinsi Sumatera Utara</strong><br>Jl. Adam Malik No. 111, Medan</p><p><strong>Media Sosial</strong></p></div></div></div></div></div></section></div>
</body>
</html>
"""

GUTENBERG_GALLERY = """<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Galeri Kegiatan &#8211; Bawaslu Lampung Selatan</title>
<link rel="canonical" href="https://lamsel.bawaslu.go.id/galeri/" />
</head>
<body class="page-template-default page page-id-211 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="https://lamsel.bawaslu.go.id" rel="home">Bawaslu Lampung Selatan</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/">Beranda</a></li><li class="wp-block-navigation-item"><a href="/berita/">Berita</a></li><li class="wp-block-navigation-item current-menu-item"><a href="/galeri/">Galeri</a></li><li class="wp-block-navigation-item"><a href="/profil/">Profil</a></li></ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<h1 class="wp-block-post-title">Galeri Kegiatan</h1>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>Dokumentasi kegiatan pengawasan Bawaslu Kabupaten Lampung Selatan pada tahapan Pemilihan Bupati dan Wakil Bupati Lampung Selatan Tahun 2024.</p>
<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">
<figure class="wp-block-image size-large"><img src="https://lamsel.bawaslu.go.id/wp-content/uploads/2024/09/rakor-kampanye-lamsel.jpg" alt="Rakor pengawasan kampanye"/><figcaption class="wp-element-caption">Rapat koordinasi pengawasan kampanye di Aula Bawaslu Lampung Selatan, 25 September 2024.</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://lamsel.bawaslu.go.id/wp-content/uploads/2024/10/sosialisasi-disabilitas.jpg" alt="Sosialisasi disabilitas"/><figcaption class="wp-element-caption">Sosialisasi pengawasan partisipatif bagi penyandang disabilitas bersama PPDI Lampung Selatan, 5 Oktober 2024.</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://lamsel.bawaslu.go.id/wp-content/uploads/2024/11/apel-siaga-lamsel.jpg" alt="Apel siaga"/><figcaption class="wp-element-caption">Apel siaga pengawasan masa tenang yang diikuti seluruh Panwaslu Kecamatan se-Kabupaten Lampung Selatan, 24 November 2024.</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://lamsel.bawaslu.go.id/wp-content/uploads/2024/11/patroli-masa-tenang-lamsel.jpg" alt="Patroli masa tenang"/><figcaption class="wp-element-caption">Patroli pengawasan masa tenang bersama Polres Lampung Selatan dan Satpol PP di Kecamatan Natar, 25 November 2024.</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://lamsel.bawaslu.go.id/wp-content/uploads/2024/11/pengawasan-tps-lamsel.jpg" alt="Pengawasan TPS"/><figcaption class="wp-element-caption">Pengawasan pemungutan dan penghitungan suara di TPS 03 Desa Way Urang, Kecamatan Kalianda, 27 November 2024.</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://lamsel.bawaslu.go.id/wp-content/uploads/2024/12/rekapitulasi-lamsel.jpg" alt="Rekapitulasi"/><figcaption class="wp-element-caption">Pengawasan rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kabupaten, 3 Desember 2024.</figcaption></figure>
</figure>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group alignwide"><p><strong>Lokasi Bawaslu Kabupaten Lampung Selatan</strong><br>Jl. Lintas Sumatera, Kalianda</p><p><strong>Media Sosial</strong></p></div></footer>
</div>
</body>
</html>
"""

CI_REGULASI = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bawaslu Kabupaten Pekalongan | Regulasi</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/portal.css?v=2.3">
</head>
<body>
<div class="container py-3"><a href="/"><img src="/assets/img/logo-header.png" alt="Bawaslu Kabupaten Pekalongan" height="70"></a></div>
<div class="navbar navbar-expand-lg navbar-dark" style="background:#800000"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">BERANDA</a></li><li class="nav-item"><a class="nav-link" href="/berita">BERITA</a></li><li class="nav-item active"><a class="nav-link" href="/regulasi">REGULASI</a></li><li class="nav-item"><a class="nav-link" href="/profil">PROFIL</a></li></ul></div></div>
<div class="container mt-4"><div class="row"><div class="col-md-8"><div class="box-content shadow-sm bg-white p-3">
<div class="post-heading" style="font-size:24px;font-weight:700;color:#800000">Regulasi</div>
<p class="small text-muted">Peraturan perundang-undangan yang menjadi dasar pengawasan Pemilihan Serentak 2024.</p>
<table class="table table-striped table-sm small">
<thead><tr><th>No</th><th>Nama Regulasi</th><th>Tahun</th><th>Unduh</th></tr></thead>
<tbody>
<tr><td>1</td><td>Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang</td><td>2016</td><td><a href="/assets/upload/regulasi/uu-10-2016.pdf">PDF</a></td></tr>
<tr><td>2</td><td>Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum</td><td>2017</td><td><a href="/assets/upload/regulasi/uu-7-2017.pdf">PDF</a></td></tr>
<tr><td>3</td><td>Peraturan Bawaslu Nomor 8 Tahun 2020 tentang Penanganan Pelanggaran Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota</td><td>2020</td><td><a href="/assets/upload/regulasi/perbawaslu-8-2020.pdf">PDF</a></td></tr>
<tr><td>4</td><td>Peraturan Bawaslu Nomor 9 Tahun 2024 tentang Pengawasan Pemungutan, Penghitungan, dan Rekapitulasi Hasil Penghitungan Suara dalam Pemilihan</td><td>2024</td><td><a href="/assets/upload/regulasi/perbawaslu-9-2024.pdf">PDF</a></td></tr>
<tr><td>5</td><td>Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota</td><td>2024</td><td><a href="/assets/upload/regulasi/pkpu-13-2024.pdf">PDF</a></td></tr>
</tbody>
</table>
<nav><ul class="pagination pagination-sm"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/regulasi/index/5">2</a></li><li class="page-item"><a class="page-link" href="/regulasi/index/5">Next &rsaquo;</a></li></ul></nav>
</div></div>
<div class="col-md-4"><div class="card mb-3"><div class="card-header text-white" style="background:#800000">Berita Terbaru</div><div class="card-body small"><a href="/berita/bawaslu-kabupaten-pekalongan-awasi-coklit-data-pemilih">Bawaslu Kabupaten Pekalongan Awasi Coklit Data Pemilih</a></div></div></div>
</div></div>
<footer class="mt-4 py-4 text-white" style="background:#333"><div class="container small"><strong>Lokasi Bawaslu Kabupaten Pekalongan</strong><br>Jl. Raya Kajen No. 21, Kajen</div></footer>
</body>
</html>
"""

CASSIOPEIA_CONTACT = """<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Kontak – Bawaslu Blora</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">
</head>
<body class="site com_contact wrapper-static view-contact no-layout no-task itemid-107">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-blora.png" alt="Bawaslu Kabupaten Blora"></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Beranda</a></li><li class="nav-item item-104"><a href="/berita">Berita</a></li><li class="nav-item item-106"><a href="/profil">Profil</a></li><li class="nav-item item-107 current active"><a href="/kontak" aria-current="page">Kontak</a></li></ul></div></header>
<div class="site-grid"><div class="grid-child container-component"><main>
<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1><span class="contact-name" itemprop="name">Sekretariat Bawaslu Kabupaten Blora</span></h1></div>
<h3>Kontak</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Jl. Pemuda No. 12</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">Blora</span></dd><dd><span class="contact-state" itemprop="addressRegion">Jawa Tengah</span></dd><dd><span class="contact-postcode" itemprop="postalCode">58211</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">(0296) 531234</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto"><a href="mailto:bawaslu.blora@gmail.com">bawaslu.blora@gmail.com</a></span></dd>
</dl>
<h3>Informasi Lain</h3>
<div class="com-contact__miscinfo contact-miscinfo"><div class="contact-misc"><p>Layanan konsultasi, permohonan informasi publik, dan penerimaan laporan dugaan pelanggaran pemilihan dibuka setiap Senin sampai Jumat pukul 08.00 hingga 16.00 WIB. Di luar jam kerja, laporan dapat disampaikan melalui surel atau pesan WhatsApp ke nomor layanan pengaduan Bawaslu Kabupaten Blora.</p><p>Untuk permohonan informasi publik, pemohon diminta melampirkan salinan kartu identitas dan menyebutkan tujuan penggunaan informasi sesuai ketentuan keterbukaan informasi publik.</p></div></div>
<h3>Formulir Kontak</h3>
<form id="contact-form" action="/kontak" method="post" class="com-contact__form form-validate form-horizontal well">
<fieldset><legend>Kirim Surel</legend>
<div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Wajib diisi</label></span><span class="after"></span></span></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Nama<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_message">Pesan<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Kirim Surel</button></div></div>
</form>
</div>
</main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p><strong>Media Sosial</strong></p><p>Instagram @bawaslublora</p></div></div></footer>
</body>
</html>
"""

ALPINE_AGENDA = """<!DOCTYPE html>
<html lang="id" class="scroll-smooth">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda Kegiatan - Bawaslu Kabupaten Way Kanan</title>
<link rel="stylesheet" href="https://waykanan.bawaslu.go.id/build/assets/app-4f1c2d.css">
<script defer src="https://waykanan.bawaslu.go.id/vendor/alpinejs/cdn.min.js"></script>
</head>
<body class="bg-gray-100 font-sans text-gray-800 antialiased" x-data="{ mobileMenu: false }">
<a href="#konten" class="sr-only focus:not-sr-only">Lompat ke isi utama</a>
<header class="sticky top-0 z-40 bg-red-800 text-white shadow"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a href="/" class="flex items-center gap-3"><img src="/images/logo.png" class="h-10" alt="Logo Bawaslu"><div><div class="text-lg font-bold leading-tight">BAWASLU</div><div class="text-xs">Kabupaten Way Kanan</div></div></a>
<nav class="hidden gap-6 md:flex"><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/agenda" class="font-semibold underline">Agenda</a><a href="/profil">Profil</a></nav></div></header>
<main id="konten" class="mx-auto max-w-5xl px-4 py-8" x-data="{ bulan: 'november' }">
<h1 class="mb-4 text-2xl font-bold">Agenda Kegiatan</h1>
<div class="mb-4 flex gap-2 text-sm"><button @click="bulan = 'oktober'" :class="bulan === 'oktober' ? 'bg-red-700 text-white' : 'bg-white'" class="rounded px-3 py-1">Oktober 2024</button><button @click="bulan = 'november'" :class="bulan === 'november' ? 'bg-red-700 text-white' : 'bg-white'" class="rounded px-3 py-1">November 2024</button></div>
<div x-show="bulan === 'november'" class="space-y-3">
<div class="rounded-xl bg-white p-4 shadow-sm"><div class="text-sm font-semibold text-red-800">Sabtu, 2 November 2024 · 08.00 WIB</div><h2 class="font-semibold">Pelantikan Pengawas TPS Pilkada 2024</h2><p class="text-sm text-gray-600">Serentak di 15 kantor Panwaslu Kecamatan se-Kabupaten Way Kanan, dilanjutkan bimbingan teknis pengawasan pemungutan dan penghitungan suara.</p></div>
<div class="rounded-xl bg-white p-4 shadow-sm"><div class="text-sm font-semibold text-red-800">Minggu, 24 November 2024 · 07.30 WIB</div><h2 class="font-semibold">Apel Siaga Pengawasan Masa Tenang</h2><p class="text-sm text-gray-600">Halaman kantor Bawaslu Kabupaten Way Kanan, diikuti seluruh jajaran pengawas dan dilanjutkan patroli penertiban alat peraga kampanye.</p></div>
<div class="rounded-xl bg-white p-4 shadow-sm"><div class="text-sm font-semibold text-red-800">Rabu, 27 November 2024 · 07.00 WIB</div><h2 class="font-semibold">Pengawasan Pemungutan dan Penghitungan Suara</h2><p class="text-sm text-gray-600">Di seluruh TPS se-Kabupaten Way Kanan. Masyarakat dapat melaporkan dugaan pelanggaran melalui posko pengaduan di setiap kecamatan.</p></div>
</div>
<div x-show="bulan === 'oktober'" class="space-y-3" style="display:none">
<div class="rounded-xl bg-white p-4 shadow-sm"><div class="text-sm font-semibold text-red-800">Jumat, 25 Oktober 2024 · 09.00 WIB</div><h2 class="font-semibold">Pengumuman Hasil Seleksi Pengawas TPS</h2><p class="text-sm text-gray-600">Papan informasi kantor Panwaslu Kecamatan dan laman resmi Bawaslu Way Kanan.</p></div>
</div>
</main>
<footer class="bg-gray-900 py-10 text-gray-300"><div class="mx-auto max-w-7xl px-4"><h4 class="mb-2 font-semibold text-white">Lokasi Bawaslu Kabupaten Way Kanan</h4><p class="text-sm">Jl. Jenderal Sudirman, Blambangan Umpu</p><p class="mt-8 text-center text-xs">&copy; 2024 Bawaslu Kabupaten Way Kanan</p></div></footer>
</body>
</html>
"""

PAGES = [
    (
        "nonarticle_joomla3_listing",
        "joomla3",
        "https://kebumen.bawaslu.go.id/index.php/berita?start=5",
        "listing",
        JOOMLA3_LISTING,
    ),
    (
        "nonarticle_joomla3_profil",
        "joomla3",
        "https://kebumen.bawaslu.go.id/index.php/profil",
        "profile",
        JOOMLA3_PROFILE,
    ),
    (
        "nonarticle_cassiopeia_tag",
        "cassiopeia",
        "https://blora.bawaslu.go.id/component/tags/tag/pilkada-2024",
        "tag",
        CASSIOPEIA_TAG,
    ),
    (
        "nonarticle_oldportal_not_found",
        "oldportal",
        "https://sinjai.bawaslu.go.id/berita/bawaslu-sinjai-gelar-sosialisasi-pemilih-disabilitas",
        "not_found",
        OLD_PORTAL_NOT_FOUND,
    ),
    ("nonarticle_ghost_home", "ghost", "https://pamekasan.bawaslu.go.id/", "home", GHOST_HOME),
    (
        "nonarticle_wix_profil",
        "wix",
        "https://bintankab.bawaslu.go.id/profil",
        "profile",
        WIX_PROFILE,
    ),
    (
        "nonarticle_alpine_search",
        "alpine",
        "https://waykanan.bawaslu.go.id/cari?q=pengawasan",
        "search",
        ALPINE_SEARCH,
    ),
    (
        "nonarticle_sections_pengumuman",
        "sections",
        "https://jatim.bawaslu.go.id/pengumuman/",
        "announcements",
        SECTIONS_ANNOUNCEMENTS,
    ),
    (
        "nonarticle_nextjs_listing",
        "nextjs",
        "https://semarangkab.bawaslu.go.id/berita?page=2",
        "listing",
        NEXTJS_LISTING,
    ),
    (
        "nonarticle_elementor_ppid",
        "elementor",
        "https://sumut.bawaslu.go.id/ppid/",
        "profile",
        ELEMENTOR_PPID,
    ),
    (
        "nonarticle_gutenberg_galeri",
        "gutenberg",
        "https://lamsel.bawaslu.go.id/galeri/",
        "gallery",
        GUTENBERG_GALLERY,
    ),
    (
        "nonarticle_ciportal_regulasi",
        "ciportal",
        "https://pekalongankab.bawaslu.go.id/regulasi",
        "listing",
        CI_REGULASI,
    ),
    (
        "nonarticle_cassiopeia_kontak",
        "cassiopeia",
        "https://blora.bawaslu.go.id/kontak",
        "contact",
        CASSIOPEIA_CONTACT,
    ),
    (
        "nonarticle_alpine_agenda",
        "alpine",
        "https://waykanan.bawaslu.go.id/agenda",
        "agenda",
        ALPINE_AGENDA,
    ),
]
