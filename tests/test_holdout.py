"""The reader against a third, held-out set of themes (tests/holdout), written apart from it.

tests/unseen and tests/themes guided the reader's development, so they no longer measure how it
generalises. tests/holdout was written without reading the page objects or the generic reader:
twelve themes neither set has (Joomla 3 and 4, an old table portal also served as
windows-1252, a Ghost-like blog, a Wix-like builder, a Laravel/Alpine.js CMS, WordPress with
<section>s and <h3> subheads, a WordPress block theme, Elementor, a Next.js front end, a
CodeIgniter portal, a print version), each with hand-written expected fields beside the
page. Per article page: the title exactly, the body at token F1 >= 0.98 (and on average), the
tags and the credits; every page that is not an article must raise NotAnArticle.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from scrapers.article import Article, ExtractionError, NotAnArticle
from scrapers.extract import parse_article

HOLDOUT = Path(__file__).parent / "holdout"
MIN_BODY_F1 = 0.98
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    html: bytes
    expected: dict

    @property
    def is_article(self) -> bool:
        return self.expected["kind"] == "article"


def load_pages() -> list[Page]:
    pages = []
    for path in sorted(HOLDOUT.glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_bytes()
        pages.append(Page(path.stem, expected["url"], html, expected))
    return pages


def words(text: str) -> Counter[str]:
    """The body's words, lowercased, as a multiset: markup and punctuation do not count."""
    return Counter(WORD.findall(text.lower()))


def token_f1(expected: str, actual: str) -> float:
    want, got = words(expected), words(actual)
    overlap = sum((want & got).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


PAGES = load_pages()
ARTICLES = [page for page in PAGES if page.is_article]
OTHERS = [page for page in PAGES if not page.is_article]
BY_NAME = {page.name: page for page in PAGES}


@cache
def read(name: str) -> Article | ExtractionError:
    """The reader's answer for one page, read once for all the checks on it."""
    page = BY_NAME[name]
    try:
        return parse_article(page.html, page.url)
    except ExtractionError as error:
        return error


def article_of(page: Page) -> Article:
    answer = read(page.name)
    if isinstance(answer, ExtractionError):
        pytest.fail(f"{page.name} not read as an article: {type(answer).__name__}: {answer}")
    return answer


def test_the_set_is_big_enough() -> None:
    themes = {page.expected["theme"] for page in PAGES}
    assert len(ARTICLES) >= 16 and len(OTHERS) >= 6 and len(themes) >= 6


@pytest.mark.parametrize("page", ARTICLES, ids=[page.name for page in ARTICLES])
def test_title_is_exact(page: Page) -> None:
    assert article_of(page).title == page.expected["title"]


@pytest.mark.parametrize("page", ARTICLES, ids=[page.name for page in ARTICLES])
def test_body_matches(page: Page) -> None:
    body = article_of(page).body
    assert token_f1(page.expected["body"], body) >= MIN_BODY_F1, body


@pytest.mark.parametrize("page", ARTICLES, ids=[page.name for page in ARTICLES])
def test_tags_are_right(page: Page) -> None:
    assert sorted(article_of(page).tags) == sorted(page.expected["tags"])


@pytest.mark.parametrize("page", ARTICLES, ids=[page.name for page in ARTICLES])
def test_credits_are_right(page: Page) -> None:
    credits = sorted([credit.role, credit.name] for credit in article_of(page).credits)
    assert credits == sorted(page.expected["credits"])


def test_mean_body_f1() -> None:
    scores = []
    for page in ARTICLES:
        answer = read(page.name)
        body = "" if isinstance(answer, ExtractionError) else answer.body
        scores.append(token_f1(page.expected["body"], body))
    assert sum(scores) / len(scores) >= MIN_BODY_F1, scores


@pytest.mark.parametrize("page", OTHERS, ids=[page.name for page in OTHERS])
def test_rejects_a_page_that_is_not_an_article(page: Page) -> None:
    answer = read(page.name)
    assert isinstance(answer, NotAnArticle), answer


def test_token_f1_counts_words_not_markup() -> None:
    assert token_f1("Bawaslu “awasi” TPS.", "bawaslu awasi tps") == 1.0
    assert token_f1("satu dua", "tiga") == 0.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)
