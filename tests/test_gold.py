"""The gold set meets the project's targets (issue 3): body F1, exact title, tags, credits."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

# bench/ is a folder of scripts, not a package: load the evaluation script by its path
EVALUATE = Path(__file__).resolve().parent.parent / "bench" / "evaluate.py"
spec = importlib.util.spec_from_file_location("evaluate", EVALUATE)
assert spec is not None and spec.loader is not None
evaluate = importlib.util.module_from_spec(spec)
sys.modules["evaluate"] = evaluate  # dataclasses look their module up while being defined
spec.loader.exec_module(evaluate)


def test_gold_set_covers_every_layout_and_credit_variant() -> None:
    pages = evaluate.load_gold()
    articles = [page for page in pages if page.is_article]
    assert len(pages) >= 40
    assert {page.expected["layout"] for page in articles} == {"drupal", "wordpress", "drupal7"}
    roles = {role for page in articles for role, _ in page.expected["credits"]}
    assert roles == {"writer", "editor", "photo", "design", "author"}
    assert all(set(evaluate.FIELDS) <= set(page.expected) for page in articles)


def test_project_meets_its_targets_on_the_gold_set() -> None:
    pages = evaluate.load_gold()
    articles = sum(page.is_article for page in pages)
    score = evaluate.evaluate(pages, evaluate.PROJECT)
    assert score.body_prf()[2] >= 0.99
    for field in ("title", "tags", "credits"):
        assert score.exact[field] / articles >= 0.98, (field, score.failures)
    assert score.rejected == len(pages) - articles
