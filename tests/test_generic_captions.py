"""Photo captions, standfirsts and blog date headers as the generic reader finds them.

Each page is one neutral article (no theme's class names) with the block under test written
the ways real Bawaslu sites write it: a WordPress [caption] shortcode left in a paragraph, a
Blogger caption table, a caption field after the photo's field, an italic line under the
photo, a summary between the title and the body, a date header above a blog post's title.
"""

from __future__ import annotations

import pytest
from test_reader_boundaries import PARAGRAPHS, TITLE, URL

from scrapers.article import Article, DateClue, Image
from scrapers.extract import parse_article

BODY = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
BODY_TEXT = "\n\n".join(PARAGRAPHS)
CAPTION = "Pengawas kecamatan mencocokkan salinan hasil penghitungan suara di aula kantor bupati."
PHOTO = "<img src='/foto/pleno.jpg' alt='Rapat pleno'>"
PHOTO_URL = "https://contoh.bawaslu.go.id/foto/pleno.jpg"
SUMMARY = "Seluruh pengawas kecamatan hadir mencocokkan salinan hasil penghitungan suara."


def page(article: str) -> str:
    return (
        f"<html><head><title>{TITLE} | Bawaslu Kabupaten Contoh</title></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav>"
        f"<main><div class='row'><div class='col'>{article}</div></div></main>"
        "<footer>Jl. Contoh No. 1</footer></body></html>"
    )


def read(article: str) -> Article:
    return parse_article(page(article), URL, reader="generic")


CAPTIONED = {
    "wordpress-shortcode": (
        "<div class='isi'><p>[caption id='attachment_1' align='aligncenter' width='800']"
        f"{PHOTO} {CAPTION}[/caption]</p>{BODY}</div>"
    ),
    "blogger-caption-table": (
        "<div class='isi'><table class='a'><tbody><tr><td><a href='/foto/pleno.jpg'>"
        f"{PHOTO}</a></td></tr><tr><td class='b'>{CAPTION}</td></tr></tbody></table>"
        f"{BODY}</div>"
    ),
    "caption-field-after-the-photo-field": (
        f"<div class='f1'><div class='item'>{PHOTO}</div></div><div class='f2'>{CAPTION}</div>"
        f"<div class='isi'>{BODY}</div>"
    ),
    "italic-line-under-a-photo-paragraph": (
        f"<p>{PHOTO}</p><p><em>{CAPTION}</em></p><div class='isi'>{BODY}</div>"
    ),
    "italic-line-under-a-photo-inside-the-body": (
        f"<div class='isi'><p>{PHOTO}</p><p><em>{CAPTION}</em></p>{BODY}</div>"
    ),
    "italic-line-opening-the-body-under-the-photo": (
        f"<div class='foto'>{PHOTO}</div><div class='isi'><p><em>{CAPTION}</em></p>{BODY}</div>"
    ),
}


@pytest.mark.parametrize("markup", CAPTIONED.values(), ids=CAPTIONED.keys())
def test_a_photo_takes_its_caption_which_is_the_lead_and_not_body(markup: str) -> None:
    article = read(f"<h1>{TITLE}</h1>{markup}")
    assert article.images == (Image(PHOTO_URL, "Rapat pleno", CAPTION),)
    assert article.lead == CAPTION
    assert article.body == BODY_TEXT


def test_an_italic_lead_away_from_the_photo_captions_no_photo() -> None:
    closing = "<p>Hasil rekapitulasi akan diumumkan KPU setelah seluruh kecamatan selesai.</p>"
    article = read(
        f"<h1>{TITLE}</h1><div class='isi'><p><em>{CAPTION}</em></p>{BODY}<p>{PHOTO}</p>"
        f"{closing}</div>"
    )
    assert article.lead == CAPTION
    assert article.images == (Image(PHOTO_URL, "Rapat pleno", ""),)


def test_of_two_photos_in_a_row_only_the_one_above_the_italic_line_takes_it() -> None:
    other = "<img src='/foto/pembukaan.jpg' alt='Pembukaan'>"
    article = read(
        f"<h1>{TITLE}</h1><div class='isi'><p>{other}</p><p>{PHOTO}</p>"
        f"<p><em>{CAPTION}</em></p>{BODY}</div>"
    )
    assert [image.caption for image in article.images] == ["", CAPTION]


def test_a_date_line_after_the_photo_is_a_byline_not_its_caption() -> None:
    date_line = "Kamis, 5 Desember 2024 | 21:30 WIB"
    article = read(
        f"<h1>{TITLE}</h1><div class='foto'>{PHOTO}</div><div class='tgl'>{date_line}</div>"
        f"<div class='isi'>{BODY}</div>"
    )
    assert article.images == (Image(PHOTO_URL, "Rapat pleno", ""),)
    assert article.lead == ""
    assert DateClue("byline", date_line) in article.date_clues


def test_a_short_first_paragraph_after_the_photo_stays_body() -> None:
    first = "Rapat pleno dibuka oleh Ketua KPU Kabupaten Contoh pada pukul 09.00 pagi."
    article = read(
        f"<h1>{TITLE}</h1><div class='isi'><div class='foto'>{PHOTO}</div><p>{first}</p>"
        f"{BODY}</div>"
    )
    assert article.images == (Image(PHOTO_URL, "Rapat pleno", ""),)
    assert article.body == f"{first}\n\n{BODY_TEXT}"
    assert article.lead == ""


def test_a_summary_between_the_title_and_the_body_is_the_lead() -> None:
    article = read(
        f"<span>Berita</span><h1>{TITLE}</h1><div>5 Desember 2024 · 4 menit baca</div>"
        f"<p>{SUMMARY}</p><figure>{PHOTO}</figure><div class='isi'>{BODY}</div>"
    )
    assert article.lead == SUMMARY
    assert article.body == BODY_TEXT


LONG_OPENING = (
    "Bawaslu Kabupaten Contoh menurunkan seluruh jajaran pengawas kecamatan untuk mengawasi "
    "rapat pleno rekapitulasi hasil penghitungan suara tingkat kabupaten yang digelar KPU di "
    "aula kantor bupati sejak Kamis pagi hingga menjelang tengah malam, dengan pengamanan "
    "dari kepolisian resor dan disaksikan oleh saksi seluruh pasangan calon yang hadir."
)
NOT_A_SUMMARY = {
    "section-label": "<span>Berita</span>",
    "breadcrumb-links": "<div><a href='/'>Beranda</a> › <a href='/berita'>Berita</a></div>",
    "breadcrumb-text": "<div>Beranda / Berita / Pengawasan Rekapitulasi Suara Kabupaten</div>",
    "date-line": "<div>Kamis, 5 Desember 2024 | 21:30 WIB</div>",
    "share-line": "<div>Bagikan: Facebook Twitter WhatsApp</div>",
    "credit-line": "<p>Penulis dan Foto : Humas Bawaslu Kabupaten Contoh.</p>",
    "no-full-stop": "<p>Pengawas kecamatan hadir mencocokkan salinan hasil penghitungan</p>",
    "with-a-link": f"<p>{SUMMARY[:40]} <a href='/berita/lain'>{SUMMARY[40:]}</a></p>",
    "two-sentences-apart": f"<p>{SUMMARY}</p><p>{SUMMARY}</p>",
    "a-paragraph-of-news": f"<p>{LONG_OPENING}</p>",
}


@pytest.mark.parametrize("between", NOT_A_SUMMARY.values(), ids=NOT_A_SUMMARY.keys())
def test_what_else_stands_between_the_title_and_the_body_is_no_lead(between: str) -> None:
    article = read(
        f"<h1>{TITLE}</h1>{between}<figure>{PHOTO}</figure><div class='isi'>{BODY}</div>"
    )
    assert article.lead == ""
    assert article.body.endswith(BODY_TEXT)


def blog_post(above_title: str) -> str:
    return (
        f"<div class='day'>{above_title}<div class='posts'><div class='post'><a name='1'></a>"
        f"<h3>{TITLE}</h3><div class='isi'>{BODY}</div></div></div></div>"
    )


@pytest.mark.parametrize(
    "header", ["Senin, 06 Februari 2023", "Monday, February 6, 2023", "06/02/2023"]
)
def test_a_date_header_right_above_the_title_is_a_byline(header: str) -> None:
    article = read(blog_post(f"<h2>{header}</h2>"))
    assert article.title == TITLE
    assert DateClue("byline", header) in article.date_clues


@pytest.mark.parametrize(
    "above_title",
    [
        "<h2>Senin, 06 Februari 2023</h2><div>Arsip Berita Kecamatan Tanggulangin</div>",
        "<h2>Agenda Senin, 06 Februari 2023</h2>",
        "<h2><a href='/2023/02/06/'>Senin, 06 Februari 2023</a></h2>",
    ],
    ids=["not-right-above-the-title", "not-a-date-alone", "a-link"],
)
def test_other_lines_above_the_title_are_no_byline(above_title: str) -> None:
    article = read(blog_post(above_title))
    assert article.title == TITLE
    assert [clue.source for clue in article.date_clues] == ["body"]
