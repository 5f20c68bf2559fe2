"""Where the generic reader's article ends: tags, credits in cells, and pages that are not news.

Each page is built here from one neutral article (no theme's class names) plus the block under
test, so each rule is checked on its own markup, apart from any fixture set.
"""

from __future__ import annotations

import pytest

from scrapers.article import ExtractionError, NotAnArticle
from scrapers.extract import non_article_kind, parse_article

URL = "https://contoh.bawaslu.go.id/berita/bawaslu-contoh-awasi-rapat-pleno"
TITLE = "Bawaslu Contoh Awasi Rapat Pleno Rekapitulasi"
PARAGRAPHS = [
    "Bawaslu Kabupaten Contoh mengawasi rapat pleno rekapitulasi hasil penghitungan suara "
    "tingkat kabupaten yang digelar KPU di aula kantor bupati, Kamis (5/12/2024).",
    "Ketua Bawaslu Kabupaten Contoh mengatakan seluruh jajaran pengawas kecamatan hadir untuk "
    "mencocokkan salinan hasil penghitungan suara dengan dokumen yang dibacakan.",
    "Rapat pleno berjalan lancar dan selesai sebelum tengah malam. Tidak ada keberatan saksi "
    "pasangan calon yang tidak dapat diselesaikan di tempat oleh para pengawas.",
]


def page(after_body: str = "", sidebar: str = "", body: str = "") -> str:
    prose = body or "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f"<html><head><title>{TITLE} | Bawaslu Kabupaten Contoh</title></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav>"
        f"<main><div class='row'><div class='col'><h1>{TITLE}</h1>"
        f"<div class='isi'>{prose}</div>{after_body}</div>{sidebar}</div></main>"
        "<footer>Jl. Contoh No. 1</footer></body></html>"
    )


def tag_list(*names: str) -> str:
    return "".join(f"<li><a href='/tag/{n.lower()}'>{n}</a></li>" for n in names)


def test_pager_links_after_a_tag_list_are_not_tags() -> None:
    tags = f"<div><span>Tags:</span><ul>{tag_list('Pleno', 'Rekapitulasi')}</ul></div>"
    pager = (
        "<ul><li><a href='/berita/a' rel='prev'>‹ Sebelumnya</a></li>"
        "<li><a href='/berita/b' rel='next'>Selanjutnya ›</a></li></ul>"
    )
    assert parse_article(page(tags + pager), URL).tags == ("Pleno", "Rekapitulasi")


def test_a_popular_tags_box_beside_the_article_is_not_its_tags() -> None:
    tags = f"<ul>{tag_list('Pleno')}</ul>"
    sidebar = (
        f"<div class='side'><h3>Tag Populer</h3><div><ul>{tag_list('Pilkada')}</ul></div></div>"
    )
    assert parse_article(page(tags, sidebar), URL).tags == ("Pleno",)


def test_the_hash_of_a_tag_chip_is_decoration() -> None:
    chips = "<div><a href='/tag/pleno'>#Pleno</a><a href='/tag/tps'>#Pengawas TPS</a></div>"
    assert parse_article(page(chips), URL).tags == ("Pleno", "Pengawas TPS")


@pytest.mark.parametrize(
    "credits",
    [
        "<table><tr><td>Penulis</td><td>:</td><td>Nur Azizah</td></tr>"
        "<tr><td>Editor</td><td>:</td><td>Slamet Riyadi</td></tr></table>",
        "<table><tr><th>Penulis</th><td>Nur Azizah</td></tr>"
        "<tr><th>Editor</th><td>Slamet Riyadi</td></tr></table>",
        "<dl><dt>Penulis</dt><dd>Nur Azizah</dd><dt>Editor:</dt><dd>Slamet Riyadi</dd></dl>",
    ],
    ids=["three-cells", "two-cells", "dt-dd"],
)
def test_credit_lines_split_over_cells(credits: str) -> None:
    article = parse_article(page(credits), URL)
    found = [(credit.role, credit.name) for credit in article.credits]
    assert found == [("writer", "Nur Azizah"), ("editor", "Slamet Riyadi")]


def test_a_list_of_dated_events_is_not_an_article() -> None:
    events = "".join(
        f"<div><div>Senin, {day} November 2024 · 09.00 WIB</div><h2>Rapat Koordinasi {day}</h2>"
        f"<p>{PARAGRAPHS[0]}</p></div>"
        for day in (4, 11, 18)
    )
    with pytest.raises(NotAnArticle, match="event list"):
        parse_article(page(body=events), "https://contoh.bawaslu.go.id/kegiatan-kami")


def test_photos_around_one_sentence_are_a_gallery() -> None:
    photos = "".join(
        f"<figure><img src='/foto/{n}.jpg' alt='Kegiatan {n}'><figcaption>Kegiatan {n}"
        "</figcaption></figure>"
        for n in range(6)
    )
    body = f"<p>{PARAGRAPHS[0]}</p>{photos}"
    with pytest.raises(NotAnArticle, match="gallery"):
        parse_article(page(body=body), "https://contoh.bawaslu.go.id/dokumentasi-kegiatan")


def test_a_news_story_with_photos_stays_an_article() -> None:
    photos = "".join(f"<figure><img src='/foto/{n}.jpg' alt=''></figure>" for n in range(6))
    article = parse_article(page(photos), URL)
    assert len(article.images) == 6 and article.title == TITLE


def test_a_table_of_documents_is_not_an_article_rather_than_unreadable() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>Peraturan Nomor {n}</td><td><a href='/unduh/p{n}.pdf'>PDF</a></td>"
        "</tr>"
        for n in range(1, 6)
    )
    body = f"<p>Daftar peraturan.</p><table>{rows}</table>"
    with pytest.raises(NotAnArticle, match="document index"):
        parse_article(page(body=body), "https://contoh.bawaslu.go.id/daftar-dokumen")
    with pytest.raises(ExtractionError, match="unrecognised layout"):
        parse_article(page(body="<p>Daftar peraturan.</p>"), URL)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/ppid/", "public information service"),
        ("/galeri/kegiatan-2024", "gallery"),
        ("/agenda", "event list"),
        ("/index.php/regulasi", "document index"),
        ("/produk-hukum/perbawaslu", "document index"),
        ("/ppid/berita/bawaslu-contoh-awasi-rapat-pleno", ""),
        ("/berita/agenda/bawaslu-contoh-awasi-rapat-pleno", ""),
    ],
)
def test_service_sections_are_known_by_their_url(path: str, kind: str) -> None:
    assert non_article_kind("https://contoh.bawaslu.go.id" + path) == kind


def test_a_paragraph_closing_a_photo_block_is_its_caption() -> None:
    photo = "<div><img src='/foto/pleno.jpg' alt=''><p>Suasana rapat pleno di aula.</p></div>"
    prose = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    article = parse_article(page(body=photo + prose), URL)
    assert article.lead == "Suasana rapat pleno di aula."
    assert article.images[0].caption == "Suasana rapat pleno di aula."
    assert "Suasana" not in article.body


def test_a_photo_before_the_first_paragraph_leaves_the_body_whole() -> None:
    prose = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    article = parse_article(page(body=f"<img src='/foto/pleno.jpg' alt=''>{prose}"), URL)
    assert article.lead == "" and article.body.startswith(PARAGRAPHS[0][:40])


def test_icons_and_avatars_that_are_buttons_are_not_photos() -> None:
    avatar = "<a href='/author/humas/'><img src='/humas.png' alt='Humas'></a>"
    photo = "<figure><img src='/foto/pleno.jpg' alt='Pleno'></figure>"
    prose = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    printer = "<a href='javascript:window.print()'><img src='/print.gif' alt='Cetak'></a>"
    article = parse_article(page(body=avatar + photo + prose + printer), URL)
    assert [image.url for image in article.images] == [
        "https://contoh.bawaslu.go.id/foto/pleno.jpg"
    ]
