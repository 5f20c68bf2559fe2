"""Score extraction against the hand-checked gold set, side by side with trafilatura.

Each `tests/gold/NAME.html` is a page as fetched (bytes, any encoding) and `NAME.json` the
fields a reader sees on it. Field accuracy is the share of article pages whose field equals
the expected value exactly; the body is also scored by word-token precision, recall and F1
(macro average over pages). trafilatura is scored on the fields it has an equivalent for:
title, lead (its description), body (its text), tags, credits (its author, by names only),
and whether a page that is not an article is recognised as such.

Usage: python bench/evaluate.py [GOLD_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from trafilatura import bare_extraction

from scrapers.article import ExtractionError, NotAnArticle
from scrapers.extract import parse_article
from scrapers.text import clean_line, clean_lines

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"
FIELDS = ("layout", "url", "title", "lead", "body", "tags", "credits", "credits_raw", "images",
          "attachments")  # fmt: skip
TRAFILATURA_FIELDS = ("title", "lead", "body", "tags", "credits")


@dataclass(frozen=True, slots=True)
class GoldPage:
    name: str
    html: bytes
    expected: dict

    @property
    def url(self) -> str:
        return self.expected["url"]

    @property
    def is_article(self) -> bool:
        return self.expected.get("kind", "article") == "article"


@dataclass(slots=True)
class Score:
    """Exact-match counts per field, body token scores and non-article recognition."""

    exact: Counter = field(default_factory=Counter)
    body_scores: list[tuple[float, float, float]] = field(default_factory=list)
    rejected: int = 0
    failures: list[str] = field(default_factory=list)

    def body_prf(self) -> tuple[float, float, float]:
        count = len(self.body_scores) or 1
        return tuple(sum(scores[i] for scores in self.body_scores) / count for i in range(3))


def load_gold(directory: Path = GOLD_DIR) -> list[GoldPage]:
    pages = []
    for expected_path in sorted(directory.glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        html = expected_path.with_suffix(".html").read_bytes()
        pages.append(GoldPage(expected_path.stem, html, expected))
    return pages


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.casefold()))


def token_prf(expected: str, found: str) -> tuple[float, float, float]:
    """Word-token precision, recall and F1 of `found` against `expected` (multisets)."""
    want, got = tokens(expected), tokens(found)
    overlap = sum((want & got).values())
    precision = overlap / sum(got.values()) if got else float(not want)
    recall = overlap / sum(want.values()) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def project_fields(page: GoldPage) -> dict | None:
    """parse_article's fields in the gold JSON's shape, None when it rejected the page."""
    try:
        article = parse_article(page.html, page.url, http_charset=page.expected.get("http_charset"))
    except NotAnArticle:
        return None
    except ExtractionError as error:
        return {"error": error.reason}
    return {
        "layout": article.layout,
        "url": article.url,
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "tags": list(article.tags),
        "credits": [[credit.role, credit.name] for credit in article.credits],
        "credits_raw": article.credits_raw,
        "images": [[image.url, image.alt, image.caption] for image in article.images],
        "attachments": list(article.attachments),
    }


def trafilatura_fields(page: GoldPage) -> dict | None:
    """trafilatura's equivalents; credits compare by the set of credited names."""
    document = bare_extraction(page.html, url=page.url, with_metadata=True)
    if document is None:
        return None
    found = document.as_dict()
    authors = re.split(r"[;,]", found.get("author") or "")
    return {
        "title": clean_line(found.get("title") or ""),
        "lead": clean_line(found.get("description") or ""),
        "body": clean_lines(found.get("text") or ""),
        "tags": [clean_line(tag) for tag in found.get("tags") or []],
        "credits": sorted({clean_line(name) for name in authors if clean_line(name)}),
    }


def names_only(expected: dict) -> dict:
    """The gold fields as trafilatura can express them: credits as a sorted set of names."""
    return {**expected, "credits": sorted({name for _, name in expected.get("credits", [])})}


@dataclass(frozen=True, slots=True)
class Extractor:
    extract: Callable[[GoldPage], dict | None]
    fields: tuple[str, ...]
    expected_view: Callable[[dict], dict] = dict


PROJECT = Extractor(project_fields, FIELDS)
TRAFILATURA = Extractor(trafilatura_fields, TRAFILATURA_FIELDS, names_only)


def evaluate(pages: list[GoldPage], extractor: Extractor) -> Score:
    score = Score()
    for page in pages:
        found = extractor.extract(page)
        if not page.is_article:
            score.rejected += found is None
            continue
        expected = extractor.expected_view(page.expected)
        found = found or {}
        for name in extractor.fields:
            if found.get(name) == expected[name]:
                score.exact[name] += 1
            else:
                score.failures.append(f"{page.name}: {name}")
        score.body_scores.append(token_prf(expected["body"], found.get("body", "")))
    return score


def report(pages: list[GoldPage]) -> tuple[Score, Score]:
    articles = [page for page in pages if page.is_article]
    others = len(pages) - len(articles)
    layouts = Counter(page.expected["layout"] for page in articles)
    ours, theirs = evaluate(pages, PROJECT), evaluate(pages, TRAFILATURA)
    print(f"Gold set: {len(pages)} pages in {GOLD_DIR.name}/: {len(articles)} articles (", end="")
    print(", ".join(f"{name} {count}" for name, count in sorted(layouts.items())), end="")
    print(f"), {others} pages that are not articles")
    print(f"\n{'field':<22}{'bawaslu-archive':>18}{'trafilatura':>18}")

    def cell(score: Score, name: str, scored: tuple[str, ...]) -> str:
        if name not in scored:
            return "n/a"
        return f"{score.exact[name] / len(articles):.1%} ({score.exact[name]}/{len(articles)})"

    for name in FIELDS:
        print(
            f"{name:<22}{cell(ours, name, FIELDS):>18}{cell(theirs, name, TRAFILATURA_FIELDS):>18}"
        )
    for label, index in (
        ("body token precision", 0),
        ("body token recall", 1),
        ("body token F1", 2),
    ):
        print(f"{label:<22}{ours.body_prf()[index]:>18.4f}{theirs.body_prf()[index]:>18.4f}")
    rejected = (f"{score.rejected}/{others}" for score in (ours, theirs))
    print(f"{'non-articles rejected':<22}{next(rejected):>18}{next(rejected):>18}")
    if ours.failures:
        print("\nbawaslu-archive mismatches: " + ", ".join(ours.failures))
    return ours, theirs


if __name__ == "__main__":
    report(load_gold(Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD_DIR))
