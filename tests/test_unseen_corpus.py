"""The unseen corpus is what it claims (issue 12): enough pages and themes, and every expected
field is really printed on its page, so a reader that misses one is wrong, not the corpus.

These checks read the pages with the standard library only (tests/markup_tree.py), never with
the project's readers.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from markup_tree import parse, visible_text
from retheme import Retheme, retheme

UNSEEN = Path(__file__).resolve().parent / "unseen"
GOLD = UNSEEN.parent / "gold"
ARTICLE_FIELDS = {"url", "canonical_url", "title", "lead", "body", "tags", "credits",
                  "credits_raw", "images", "attachments", "date"}  # fmt: skip
ROLES = {"editor", "writer", "photo", "design", "author"}
BOILERPLATE = re.compile(
    r"Baca juga|\[/?caption|//redd|Lompat ke isi utama|Skip to content|Scroll Top|Leave a comment|"
    r"Recent Comments|right-circle|^Media Sosial$|^Bagikan|Berita Terbaru|^\|$",
    re.IGNORECASE | re.MULTILINE,
)


def load(folder: Path) -> list[tuple[str, dict, str]]:
    return [
        (
            path.stem,
            json.loads(path.read_text(encoding="utf-8")),
            path.with_suffix(".html").read_text(encoding="utf-8"),
        )
        for path in sorted(folder.glob("*.json"))
    ]


PAGES = load(UNSEEN)
ARTICLES = [page for page in PAGES if page[1]["kind"] == "article"]
LISTINGS = load(UNSEEN / "listings")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def canonical(url: str) -> str:
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{parts.netloc}{parts.path.replace('/index.php/', '/', 1)}{query}"


def test_corpus_meets_the_counts_of_issue_12() -> None:
    themes = Counter(expected["theme"] for _, expected, _ in ARTICLES)
    others = [expected for _, expected, _ in PAGES if expected["kind"] != "article"]
    assert len(ARTICLES) >= 30 and len(others) >= 8
    assert len(themes) >= 8 and min(themes.values()) >= 3
    assert len({expected["theme"] for expected in others}) >= 8
    assert {"home", "search", "error", "profile", "tag", "announcements"} <= {
        expected["kind"] for expected in others
    }
    assert len({expected["theme"] for _, expected, _ in LISTINGS}) >= 6
    roles = {role for _, expected, _ in ARTICLES for role, _ in expected["credits"]}
    assert roles == ROLES


@pytest.mark.parametrize("name, expected, html", ARTICLES, ids=[page[0] for page in ARTICLES])
def test_every_expected_field_is_printed_on_its_page(name: str, expected: dict, html: str) -> None:
    assert set(expected) >= ARTICLE_FIELDS
    text = visible_text(parse(html))
    assert flat(expected["title"]) in text
    assert not expected["lead"] or flat(expected["lead"]) in text
    paragraphs = expected["body"].split("\n\n")
    assert all(paragraph == paragraph.strip() and paragraph for paragraph in paragraphs)
    assert all(flat(paragraph) in text for paragraph in paragraphs), name
    assert not BOILERPLATE.search(expected["body"]), name
    assert all(tag in text for tag in expected["tags"])
    assert all(flat(line) in text for line in expected["credits_raw"].splitlines())
    assert all(
        role in ROLES and name_ in expected["credits_raw"] for role, name_ in expected["credits"]
    )
    for url, alt, caption in expected["images"]:
        assert urlsplit(url).path in html and f'alt="{alt}"' in html
        assert not caption or flat(caption) in text
    assert all(urlsplit(url).path in html for url in expected["attachments"])
    date = expected["date"]
    assert date["source"] in ("meta", "byline", "url", "body")
    assert date["raw"] in (expected["url"] if date["source"] == "url" else html)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date["published_date"])


@pytest.mark.parametrize("name, expected, html", LISTINGS, ids=[page[0] for page in LISTINGS])
def test_listing_links_and_next_page_are_on_the_page(name: str, expected: dict, html: str) -> None:
    links = [
        canonical(urljoin(expected["url"], element.get("href") or ""))
        for element in parse(html).walk()
        if element.tag == "a"
    ]
    assert expected["article_links"] and set(expected["article_links"]) <= set(links)
    assert len(set(expected["article_links"])) == len(expected["article_links"])
    assert expected["next_page"] is None or expected["next_page"] in links


def is_utf8(path: Path) -> bool:
    """Pages of other encodings (the variant_ ones, a mixed-encoding 2019 copy) are left out."""
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not path.name.startswith("variant_")


KNOWN_PAGES = [path for path in sorted(GOLD.glob("*.html")) if is_utf8(path)]


@pytest.mark.parametrize(
    "path", KNOWN_PAGES + sorted(UNSEEN.glob("*.html")), ids=lambda path: path.stem
)
def test_retheming_keeps_every_word_of_the_page(path: Path) -> None:
    """Re-theming (tests/retheme.py) loses no text: a property test failure is the reader's."""
    html = path.read_text(encoding="utf-8")
    how = Retheme("rename", "x", 2, "section", br_paragraphs=True, layout_table=True)
    before, after = visible_text(parse(html)), visible_text(parse(retheme(html, how)))
    assert after.replace("Tautan: Beranda", "").split() == before.split()
