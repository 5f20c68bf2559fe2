"""Score extraction against the hand-checked gold set, side by side with trafilatura.

Each `tests/gold/NAME.html` is a page as fetched (bytes, any encoding) and `NAME.json` the
fields a reader sees on it. Field accuracy is the share of article pages whose field equals
the expected value exactly; the body is also scored by word-token precision, recall and F1
(macro average over pages). trafilatura is scored on the fields it has an equivalent for:
title, lead (its description), body (its text), tags, credits (its author, by names only),
and whether a page that is not an article is recognised as such.

The known layouts (tests/gold, pages in the mirror's markup) and the unseen themes
(tests/unseen, pages in ten themes written apart from the readers, listings included as pages
that are not articles) are scored separately, side by side. On the unseen set the URL is the
canonical one and the date is the calendar day a careful reader finds on the page.

Usage: python bench/evaluate.py [GOLD_DIR [UNSEEN_DIR]]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from trafilatura import bare_extraction

from scrapers.article import Article, ExtractionError, NotAnArticle
from scrapers.dates import resolve_article_date
from scrapers.extract import decode_html, parse_article
from scrapers.text import clean_line, clean_lines

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"
UNSEEN_DIR = GOLD_DIR.parent / "unseen"
FIELDS = ("layout", "url", "title", "lead", "body", "tags", "credits", "credits_raw", "images",
          "attachments")  # fmt: skip
TRAFILATURA_FIELDS = ("title", "lead", "body", "tags", "credits")
UNSEEN_FIELDS = ("url", "title", "lead", "body", "tags", "credits", "images", "attachments",
                 "date")  # fmt: skip
TRAFILATURA_UNSEEN_FIELDS = (*TRAFILATURA_FIELDS, "date")
REFERENCE_DAY = date(2025, 6, 2)  # the crawl day that years left unwritten are read against
ZONE = "Asia/Jakarta"  # every unseen page's site is in WIB


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


def load_gold(directory: Path = GOLD_DIR, pattern: str = "*.json") -> list[GoldPage]:
    pages = []
    for expected_path in sorted(directory.glob(pattern)):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        html = expected_path.with_suffix(".html").read_bytes()
        pages.append(GoldPage(expected_path.stem, html, expected))
    return pages


def load_unseen(directory: Path = UNSEEN_DIR) -> list[GoldPage]:
    """The unseen themes' pages, and their listing pages as pages that are not articles."""
    listings = [
        GoldPage(page.name, page.html, {**page.expected, "kind": "listing"})
        for page in load_gold(directory, "listings/*.json")
    ]
    return load_gold(directory) + listings


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
        "date": read_date(article),
    }


def read_date(article: Article) -> str | None:
    """The calendar day the crawl would store, from the page's own clues (no listing line)."""
    resolved = resolve_article_date(article.date_clues, reference=REFERENCE_DAY, tz=ZONE)
    return resolved.published_date if resolved else None


def trafilatura_fields(page: GoldPage) -> dict | None:
    """trafilatura's equivalents on the decoded text; credits compare by credited names."""
    text = decode_html(page.html, page.expected.get("http_charset"))  # as the project decodes
    document = bare_extraction(text, url=page.url, with_metadata=True)
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
        "date": found.get("date"),
    }


def names_only(expected: dict) -> dict:
    """The gold fields as trafilatura can express them: credits as a sorted set of names."""
    return {**expected, "credits": sorted({name for _, name in expected.get("credits", [])})}


@dataclass(frozen=True, slots=True)
class Extractor:
    extract: Callable[[GoldPage], dict | None]
    fields: tuple[str, ...]
    expected_view: Callable[[dict], dict] = dict


def unseen_view(expected: dict) -> dict:
    """An unseen page's fields as scored: the canonical URL, the date as its calendar day."""
    return {
        **expected,
        "url": expected["canonical_url"],
        "date": expected["date"]["published_date"],
    }


PROJECT = Extractor(project_fields, FIELDS)
TRAFILATURA = Extractor(trafilatura_fields, TRAFILATURA_FIELDS, names_only)
PROJECT_UNSEEN = Extractor(project_fields, UNSEEN_FIELDS, unseen_view)
TRAFILATURA_UNSEEN = Extractor(
    trafilatura_fields,
    TRAFILATURA_UNSEEN_FIELDS,
    lambda expected: names_only(unseen_view(expected)),
)


def evaluate(pages: list[GoldPage], extractor: Extractor) -> Score:
    score = Score()
    for page in pages:
        found = extractor.extract(page)
        if not page.is_article:
            score.rejected += found is None
            if found is not None:
                score.failures.append(f"{page.name}: not rejected")
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


@dataclass(frozen=True, slots=True)
class ScoredSet:
    """One page set scored by both extractors."""

    label: str
    pages: list[GoldPage]
    ours: Score
    theirs: Score
    fields: tuple[str, ...]
    trafilatura_fields: tuple[str, ...]

    @property
    def articles(self) -> int:
        return sum(page.is_article for page in self.pages)

    def cell(self, score: Score, name: str, scored: tuple[str, ...]) -> str:
        if name not in scored:
            return "n/a"
        return (
            f"{score.exact[name] / (self.articles or 1):.1%} ({score.exact[name]}/{self.articles})"
        )

    def cells(self, name: str) -> tuple[str, str]:
        if name == "non-articles rejected":
            others = len(self.pages) - self.articles
            return f"{self.ours.rejected}/{others}", f"{self.theirs.rejected}/{others}"
        if name.startswith("body token"):
            index = ("precision", "recall", "F1").index(name.rsplit(" ", 1)[1])
            return f"{self.ours.body_prf()[index]:.4f}", f"{self.theirs.body_prf()[index]:.4f}"
        return (
            self.cell(self.ours, name, self.fields),
            self.cell(self.theirs, name, self.trafilatura_fields),
        )


def score_set(label: str, pages: list[GoldPage], ours: Extractor, theirs: Extractor) -> ScoredSet:
    return ScoredSet(
        label, pages, evaluate(pages, ours), evaluate(pages, theirs), ours.fields, theirs.fields
    )


def describe(scored: ScoredSet) -> str:
    groups = Counter(
        page.expected.get("layout") or page.expected.get("theme") or "?"
        for page in scored.pages
        if page.is_article
    )
    kinds = ", ".join(f"{name} {count}" for name, count in sorted(groups.items()))
    others = len(scored.pages) - scored.articles
    others = f"{others} pages that are not articles"
    return f"{scored.label}: {scored.articles} articles ({kinds}), {others}"


def report(gold: list[GoldPage], unseen: list[GoldPage]) -> list[ScoredSet]:
    """Print both sets side by side, each with bawaslu-archive beside trafilatura."""
    sets = [
        score_set(f"known layouts (tests/{GOLD_DIR.name})", gold, PROJECT, TRAFILATURA),
        score_set(
            f"unseen themes (tests/{UNSEEN_DIR.name})", unseen, PROJECT_UNSEEN, TRAFILATURA_UNSEEN
        ),
    ]
    for scored in sets:
        print(describe(scored))
    width = 36
    print(f"\n{'':<24}" + "".join(f"{scored.label:^{width}}" for scored in sets))
    print(f"{'field':<24}" + f"{'bawaslu-archive':>18}{'trafilatura':>18}" * len(sets))
    rows = [*dict.fromkeys((*FIELDS, *UNSEEN_FIELDS))]
    rows += ["body token precision", "body token recall", "body token F1", "non-articles rejected"]
    for name in rows:
        print(
            f"{name:<24}" + "".join(f"{cell:>18}" for scored in sets for cell in scored.cells(name))
        )
    print("\n" + by_theme(sets[1]))
    for scored in sets:
        if scored.ours.failures:
            print(f"\nbawaslu-archive mismatches, {scored.label}:")
            print(mismatches(scored.ours.failures, scored.fields))
    return sets


def by_theme(scored: ScoredSet) -> str:
    """Exact titles and mean body F1 per theme, ours / trafilatura's."""
    rows = {}
    articles = [page for page in scored.pages if page.is_article]
    for score in (scored.ours, scored.theirs):
        wrong = {
            failure.partition(": ")[0] for failure in score.failures if failure.endswith("title")
        }
        for page, (_, _, f1) in zip(articles, score.body_scores, strict=True):
            row = rows.setdefault(page.expected["theme"], {}).setdefault(id(score), [0, 0, 0.0])
            row[0] += page.name not in wrong
            row[1] += 1
            row[2] += f1
    header = f"{'theme':<16}{'title, ours':>14}{'trafilatura':>14}"
    lines = [f"{header}{'body F1, ours':>16}{'trafilatura':>14}"]
    for theme, (ours, theirs) in ((name, list(row.values())) for name, row in sorted(rows.items())):
        lines.append(
            f"{theme:<16}{f'{ours[0]}/{ours[1]}':>14}{f'{theirs[0]}/{theirs[1]}':>14}"
            f"{ours[2] / ours[1]:>16.4f}{theirs[2] / theirs[1]:>14.4f}"
        )
    return "\n".join(lines)


def mismatches(failures: list[str], fields: tuple[str, ...]) -> str:
    """One line per page: the fields it got wrong, or "all" when it got none right."""
    by_page: dict[str, list[str]] = {}
    for failure in failures:
        page, _, name = failure.partition(": ")
        by_page.setdefault(page, []).append(name)
    lines = (
        f"  {page}: {'all' if len(names) == len(fields) else ', '.join(names)}"
        for page, names in by_page.items()
    )
    return "\n".join(lines)


if __name__ == "__main__":
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD_DIR
    unseen_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else UNSEEN_DIR
    report(load_gold(gold_dir), load_unseen(unseen_dir))
