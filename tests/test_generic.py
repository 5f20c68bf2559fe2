"""The generic reader on hand-written pages in themes no page object knows (tests/themes).

Each `tests/themes/NAME.html` was written by hand in a theme of its own (Bootstrap cards, an old
table layout, utility-class CSS, AMP, a renamed Drupal theme, `judul-berita`/`isi-berita`,
inline styles) with real Bawaslu text and boilerplate; `NAME.json` holds the fields a reader
sees on it, typed by hand. Pages with `"kind": "not_article"` must be rejected.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_gold import evaluate

from scrapers.article import Credit, DateClue, ExtractionError, NotAnArticle
from scrapers.extract import decode_html, flatten_deep_nesting, parse_article
from scrapers.pages.credits import parse_credit_line, split_credits

THEMES = Path(__file__).resolve().parent / "themes"
PAGES = {page.name: page for page in evaluate.load_gold(THEMES)}
GOLD = {page.name: page for page in evaluate.load_gold()}


def names(kind: str) -> list[str]:
    return [name for name, page in PAGES.items() if page.expected.get("kind", "article") == kind]


def test_the_theme_set_is_varied() -> None:
    articles, others = names("article"), names("not_article")
    assert len(articles) >= 8 and len(others) >= 8
    roles = {role for name in articles for role, _ in PAGES[name].expected["credits"]}
    assert roles == {"writer", "editor", "photo", "design", "author"}


@pytest.mark.parametrize("name", names("article"))
def test_generic_reader_reads_every_field_of_a_themed_article(name: str) -> None:
    page = PAGES[name]
    found = evaluate.project_fields(page)
    assert found is not None and "error" not in found, found
    for field in evaluate.FIELDS:
        assert found[field] == page.expected[field], field


@pytest.mark.parametrize("name", names("not_article"))
def test_pages_that_are_not_articles_are_rejected_in_any_theme(name: str) -> None:
    page = PAGES[name]
    for url in [page.url, *page.expected.get("also_at", [])]:
        with pytest.raises(NotAnArticle):
            parse_article(page.html, url)
        with pytest.raises(NotAnArticle):
            parse_article(page.html, url, reader="generic")


@pytest.mark.parametrize("name", ["drupal_lampung_00", "wordpress_jombang_02", "drupal7_www_01"])
def test_generic_reader_beside_a_page_object_reads_the_same_article(name: str) -> None:
    page = GOLD[name]
    by_page_object = parse_article(page.html, page.url)
    by_generic = parse_article(page.html, page.url, reader="generic")
    assert by_page_object.layout == page.expected["layout"]
    assert by_generic.layout == "generic"
    for field in ("title", "body", "lead", "tags", "credits", "credits_raw"):
        assert getattr(by_generic, field) == getattr(by_page_object, field), field


def test_unknown_reader_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="reader"):
        parse_article("<p>x</p>", "https://x.bawaslu.go.id/berita/a", reader="trafilatura")


def test_a_page_with_too_little_prose_is_an_unrecognised_layout() -> None:
    page = """<html><head><title>Galeri | Bawaslu Kota Metro</title></head><body>
    <h1>Galeri Foto Apel Siaga</h1><img src="/a.jpg"><img src="/b.jpg">
    <p>Foto: Humas.</p><a href="/galeri">Kembali ke galeri</a></body></html>"""
    with pytest.raises(ExtractionError, match="unrecognised layout") as caught:
        parse_article(page, "https://metro.bawaslu.go.id/berita/galeri-apel")
    assert caught.type is ExtractionError


def test_an_unexpected_exception_inside_extraction_becomes_an_extraction_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_reader(doc: object) -> None:
        raise KeyError("field")

    monkeypatch.setattr("scrapers.extract.read_generic", broken_reader)
    with pytest.raises(ExtractionError, match="unexpected KeyError") as caught:
        parse_article("<p>x</p>", "https://x.bawaslu.go.id/berita/a")
    assert caught.type is ExtractionError


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("PenulisdanEditor : Sari", [("writer", "Sari"), ("editor", "Sari")]),
        ("Penulis dan Foto : Humas Bawaslu LT", [("writer", "Humas Bawaslu LT"),
                                                 ("photo", "Humas Bawaslu LT")]),
        ("Penulis dan Foto: X", [("writer", "X"), ("photo", "X")]),
        ("Editor:1T", [("editor", "1T")]),
        ("Editor / Fotografer : Jaa / Pitra", [("editor", "Jaa"), ("photo", "Pitra")]),
        ("Editor / Fotografer : Jaa", [("editor", "Jaa"), ("photo", "Jaa")]),
        ("Editor : Andi / Fotografer : Budi", [("editor", "Andi"), ("photo", "Budi")]),
        ("Penulis : Joko, Editor : Sri", [("writer", "Joko"), ("editor", "Sri")]),
        ("Humas Bawaslu Kabupaten Pesawaran", [("author", "Humas Bawaslu Kabupaten Pesawaran")]),
        ("//redd", [("author", "redd")]),
        ("Editor senior itu hadir dalam rapat.", None),
    ],
)  # fmt: skip
def test_credit_variants(line: str, credits: list[tuple[str, str]] | None) -> None:
    parsed = parse_credit_line(line)
    assert (None if parsed is None else [(c.role, c.name) for c in parsed]) == credits


def test_a_sign_off_glued_to_the_last_sentence_goes_to_the_credits() -> None:
    body, printed, credits = split_credits(
        ["Isi pertama.", "Kegiatan berjalan lancar, tuturnya.//redd"]
    )
    assert body == ["Isi pertama.", "Kegiatan berjalan lancar, tuturnya."]
    assert printed == ["//redd"]
    assert credits == (Credit("author", "redd"),)
    assert split_credits(["Lihat https://x.go.id//a"])[0] == ["Lihat https://x.go.id//a"]


@pytest.mark.parametrize("depth", [100_000, 1_000_000])
def test_absurdly_deep_nesting_is_flattened_in_linear_time(depth: int) -> None:
    paragraphs = "".join(
        f"<p>Paragraf {i} tentang pengawasan pemilu di kecamatan.</p>" for i in range(4)
    )
    page = (
        "<html><head><title>Judul Berita Pengawasan</title></head><body>"
        "<h1>Judul Berita Pengawasan</h1>" + "<div>" * depth + paragraphs + "</div>" * depth
    )
    started = time.perf_counter()
    article = parse_article(page, "https://x.bawaslu.go.id/berita/judul")
    assert article.title == "Judul Berita Pengawasan"
    assert article.body.count("\n\n") == 3
    assert time.perf_counter() - started < 60  # quadratic tree building would take hours


def test_flattening_keeps_text_and_leaves_normal_pages_alone() -> None:
    page = "<div>" * 600 + "isi" + "</div>" * 600
    flat = flatten_deep_nesting(page, limit=500)
    assert flat.count("<div>") == 500 and flat.count("</div>") == 500 and "isi" in flat
    normal = "<p>a</p>" * 1000
    assert flatten_deep_nesting(normal) == normal


@pytest.mark.parametrize(
    "data",
    [
        b'<meta charset="utf\x00-8"><title>x</title><p>isi</p>',
        b'<meta charset="\x00"><p>isi</p>',
        b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8\x00"><p>isi</p>',
    ],
)
def test_a_nul_byte_in_the_declared_charset_is_no_crash(data: bytes) -> None:
    assert "isi" in decode_html(data)
    with pytest.raises(ExtractionError):
        parse_article(data, "https://x.bawaslu.go.id/berita/a")


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="date" content="2024-02-24">',
        '<meta name="DC.date.issued" content="2024-02-24">',
        '<meta property="og:published_time" content="2024-02-24">',
        '<meta name="pubdate" content="2024-02-24">',
    ],
)
def test_older_meta_names_of_the_publication_date_are_date_clues(meta: str) -> None:
    page = PAGES["judul_isi_article"]  # no Open Graph, JSON-LD or <time> date of its own
    html = page.html.decode("utf-8").replace("</head>", meta + "</head>", 1)
    clues = parse_article(html, page.url).date_clues
    assert clues[0] == DateClue("meta", "2024-02-24")


def test_a_modified_date_is_no_publication_date() -> None:
    page = PAGES["judul_isi_article"]
    html = page.html.decode("utf-8").replace(
        "</head>", '<meta name="dc.date.modified" content="2024-02-24"></head>', 1
    )
    assert all(clue.source != "meta" for clue in parse_article(html, page.url).date_clues)
