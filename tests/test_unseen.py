"""parse_article reads pages in themes it has never seen (issue 12, "done when").

Per page of tests/unseen: the title exactly, the body at token F1 >= 0.98, the tags and the
credits as a careful reader wrote them down; every page that is not an article (listings
included) is rejected with NotAnArticle, never archived.
"""

from __future__ import annotations

import pytest
from test_gold import evaluate

from scrapers.article import NotAnArticle
from scrapers.extract import parse_article

PAGES = evaluate.load_unseen()
ARTICLES = [page for page in PAGES if page.is_article]
OTHERS = [page for page in PAGES if not page.is_article]


@pytest.mark.parametrize("page", ARTICLES, ids=[page.name for page in ARTICLES])
def test_reads_the_article_in_an_unseen_theme(page) -> None:
    article = parse_article(page.html, page.url)
    expected = page.expected
    assert article.title == expected["title"]
    assert evaluate.token_prf(expected["body"], article.body)[2] >= 0.98, article.body
    assert list(article.tags) == expected["tags"]
    assert [[credit.role, credit.name] for credit in article.credits] == expected["credits"]
    assert article.url == expected["canonical_url"]


@pytest.mark.parametrize("page", OTHERS, ids=[page.name for page in OTHERS])
def test_rejects_a_page_that_is_not_an_article(page) -> None:
    with pytest.raises(NotAnArticle):
        parse_article(page.html, page.url)
