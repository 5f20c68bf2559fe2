"""Write the unseen corpus: each story of stories.py dressed in a theme the readers never saw.

Run `python tests/unseen/build.py` after editing a story or a theme; it rewrites NAME.html and
NAME.json beside it (and the non-article pages from pages.py). The themes were written apart
from the project's page objects and generic reader, after the markup of real government CMS
themes (Bootstrap cards, utility-class CSS, old layout tables, AMP, a renamed Drupal theme,
WordPress Astra and GeneratePress, a Blogger template, a custom PHP CMS, a news portal). The
expected JSON copies the hand-typed values of the story; this script imports nothing from the
project.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pages import LISTINGS, NON_ARTICLES  # noqa: E402
from stories import STORIES, Story  # noqa: E402
from themes import THEMES  # noqa: E402


def canonical(url: str) -> str:
    parts = urlsplit(url)
    return f"https://{parts.netloc}{parts.path.replace('/index.php/', '/', 1)}"


def expected(story: Story) -> dict:
    return {
        "url": story.url,
        "canonical_url": canonical(story.url),
        "http_charset": "utf-8",
        "kind": "article",
        "theme": story.theme,
        "title": story.title,
        "lead": story.lead,
        "body": "\n\n".join(story.paragraphs),
        "tags": list(story.tags),
        "credits": [list(credit) for credit in story.credits],
        "credits_raw": "\n".join(story.credits_raw),
        "images": [list(image) for image in story.images],
        "attachments": [url for url, _ in story.attachments],
        "date": dict(zip(("published_date", "source", "raw"), story.date, strict=True)),
    }


def write(name: str, html: str, fields: dict, folder: Path = HERE) -> None:
    (folder / f"{name}.html").write_text(html, encoding="utf-8")
    text = json.dumps(fields, ensure_ascii=False, indent=1) + "\n"
    (folder / f"{name}.json").write_text(text, encoding="utf-8")


def main() -> None:
    for story in STORIES:
        siblings = [other for other in STORIES if other.theme == story.theme and other != story]
        write(story.key, THEMES[story.theme](story, siblings), expected(story))
    for page in NON_ARTICLES:
        fields = {"url": page.url, "http_charset": "utf-8", "kind": page.kind,
                  "theme": page.theme}  # fmt: skip
        write(page.key, page.html, fields)
    (HERE / "listings").mkdir(exist_ok=True)
    for listing in LISTINGS:
        links = list(listing.article_links)
        fields = {"url": listing.url, "theme": listing.theme, "article_links": links,
                  "next_page": listing.next_page}  # fmt: skip
        write(listing.key, listing.html, fields, HERE / "listings")
    print(f"{len(STORIES)} articles, {len(NON_ARTICLES)} other pages, {len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
