"""Property tests: whatever bytes or markup arrive, extraction fails only with ExtractionError."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from hypothesis import given, settings
from hypothesis import strategies as st
from test_extract import DRUPAL7, WORDPRESS, drupal_page

from scrapers.article import Article, ExtractionError
from scrapers.extract import parse_article, parse_listing
from scrapers.pages.generic import _has_word
from scrapers.pages.nodes import absolute_url
from scrapers.text import clean_line

URL = "https://lampung.bawaslu.go.id/berita/contoh"
PAGES = [
    drupal_page("Judul", "<p>Isi berita.</p><p>Editor : A<br>Foto : B</p>", tags=("Berita",)),
    WORDPRESS,
    DRUPAL7,
]
TAGS = ["p", "div", "article", "main", "h1", "h2", "br", "figure", "em", "a", "script", "time"]
CLASSES = ["field--name-body", "node__title", "entry-content", "field-name-body", "views-row"]


def extract_or_fail(html: str | bytes, url: str = URL) -> Article | None:
    """parse_article's result, or None when it raised the documented error."""
    try:
        return parse_article(html, url)
    except ExtractionError:
        return None


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """Unbalanced, misnested tags with page-object class names and odd text."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.builds(
                    "<{} class='{}'>".format, st.sampled_from(TAGS), st.sampled_from(CLASSES)
                ),
                st.builds("</{}>".format, st.sampled_from(TAGS)),
                st.text(max_size=20),
                st.sampled_from(["<!--", "-->", "<![CDATA[", "&nbsp;", "&#0;", "\x00", "<meta "]),
            ),
            max_size=40,
        )
    )
    return "".join(pieces)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    extract_or_fail(data)
    parse_listing(data, URL)


@settings(max_examples=150, deadline=None)
@given(tag_soup(), st.sampled_from([URL, "https://x.bawaslu.go.id/2019/01/02/a/", "not a url"]))
def test_tag_soup(html: str, url: str) -> None:
    extract_or_fail(html, url)
    parse_listing(html, url)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(PAGES), st.data())
def test_truncated_and_corrupted_pages(page: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(page)))
    extract_or_fail(page[:cut])
    start = data.draw(st.integers(0, len(page)))
    junk = data.draw(st.text(max_size=30))
    corrupted = page[:start] + junk + page[start + data.draw(st.integers(0, 50)) :]
    extract_or_fail(corrupted.encode("utf-8"))


def test_deeply_nested_markup() -> None:
    page = drupal_page("Judul", "<div>" * 5000 + "<p>Isi.</p>" + "</div>" * 5000)
    article = extract_or_fail(page)
    assert article is not None and article.body == "Isi."


WORD_CHARACTERS = "ab_1éßİ٣"  # what `\w` matches: letters, digits (any script), `_`
AROUND = st.text(alphabet=WORD_CHARACTERS + " -.,\n\u00a0\u0301", max_size=20)  # U+0301: no \w


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=WORD_CHARACTERS, min_size=4, max_size=6), AROUND, AROUND, st.booleans())
def test_title_words_are_found_in_the_body_as_the_word_pattern_splits_it(
    word: str, before: str, after: str, planted: bool
) -> None:
    """The confidence's title echo looks words up with str.find; it must agree with `\\w{4,}`."""
    assert re.fullmatch(r"\w{4,}", word)  # what a title word is
    body = before + word + after if planted else before + after
    assert _has_word(body, word) == (word in re.findall(r"\w{4,}", body))


BASES = [
    "https://lampung.bawaslu.go.id/berita/contoh",
    "HTTPS://Lampung.Bawaslu.go.id:8443/a/b/",
    "http://user:pw@bawaslu.go.id",
    "https://bawaslu.go.id/a;p?q#f",
    "ftp://bawaslu.go.id/a",
    "https://[::1/a",
]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(BASES), st.text(alphabet="/a.;%:é ?#~[]@", max_size=12))
def test_a_root_path_is_resolved_as_urljoin_resolves_it(base: str, path: str) -> None:
    """absolute_url copies plain root paths onto the origin itself; it must agree with urljoin."""
    href = "/" + path
    try:
        joined: str | None = urljoin(base, clean_line(href))
    except ValueError:
        joined = None
    expected = joined if joined and joined.startswith(("http://", "https://")) else None
    assert absolute_url(base, href) == expected
