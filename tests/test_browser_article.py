"""The article page and its companions in real headless Chromium, as a journalist uses them,
on a phone-sized window: photos, attachments, the page as captured, a revision's diff, the
lists of edited and removed articles, a feed opened in the browser, and pasted URLs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

import pytest
from test_article_pages import page_of, revise_one_article, sample_urls, url_forms
from test_browser import CATCH_SCRIPTS, CHROMIUM, CHROMIUM_ARGS
from test_web import ServedArchive, served_archive

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed: run tests/system-deps.sh as root"
)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")

PHONE_WIDTHS = (360, 375, 414)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedArchive]:
    with served_archive(tmp_path_factory.mktemp("browser-article"), revise_one_article) as archive:
        yield archive


@pytest.fixture(scope="module")
def rows(served: ServedArchive) -> dict[str, dict]:
    with sqlite3.connect(served.db) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}


@pytest.fixture(scope="module")
def revised(served: ServedArchive) -> str:
    return (served.db.parent / "revised.txt").read_text()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, served: ServedArchive):
    """A phone-sized page that records any dialog and any call to alert()."""
    context = browser.new_context(base_url=served.base, viewport={"width": 375, "height": 740})
    context.add_init_script(CATCH_SCRIPTS)
    tab = context.new_page()
    tab.set_default_timeout(5000)
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_photos_with_captions_and_attachments_are_shown(page, rows) -> None:
    row = next(
        row
        for row in rows.values()
        if any(image["caption"] for image in json.loads(row["images"]))
        and json.loads(row["attachments"])
    )
    page.goto(page_of(row["url"]))
    image = json.loads(row["images"])[0]
    photo = page.locator("figure.photo img").first
    assert photo.get_attribute("src") == image["url"] and photo.is_visible()
    assert page.inner_text("figure.photo figcaption") == image["caption"]
    links = page.locator(".attachments a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == json.loads(
        row["attachments"]
    )
    assert page.locator(".attachments .file-kind").first.inner_text() == "PDF"
    assert fits(page)


def test_the_captured_page_shows_and_nothing_in_it_runs(page, rows) -> None:
    xss = next(url for url, row in rows.items() if "<script>" in row["title"])
    page.goto(page_of(xss))
    page.click("a[href^='/tangkapan/']")
    page.wait_for_url("**/tangkapan/**")
    assert "diambil arsip pada" in page.inner_text(".arsip-banner")
    assert rows[xss]["body"].split("\n\n")[0] in page.inner_text(".captured")
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("window.__xss") is False and page.dialogs == []
    assert fits(page)


def test_a_revision_diff_marks_words_added_and_removed(page, revised) -> None:
    page.goto(page_of(revised))
    page.click("a[href^='/revisi/']")
    page.wait_for_url("**/revisi/**")
    assert page.locator(".diff ins").count() >= 2 and page.locator(".diff del").count() >= 1
    assert "(ralat)" in page.locator(".diff ins").first.inner_text()
    page.select_option("select[name=dari]", value="2")
    page.select_option("select[name=ke]", value="1")
    page.click(".versions-form button")
    page.wait_for_url("**ke=1*")
    assert "(ralat)" in page.locator(".diff del").first.inner_text()
    assert fits(page)


def test_edited_and_removed_lists_link_their_articles(page, served, revised) -> None:
    page.goto("/feeds")
    page.click("a[href='/perubahan']")
    page.wait_for_url("**/perubahan")
    page.locator(".changes h2 a").first.click()
    page.wait_for_url("**" + page_of(revised))
    page.goto("/dihapus")
    page.locator(".changes h2 a").first.click()
    page.wait_for_url("**" + page_of(served.removed_url))
    assert "Dihapus di sumber" in page.inner_text("article")


def test_a_feed_opened_in_the_browser_is_a_readable_page(page, rows, revised) -> None:
    page.goto("/feeds/perubahan.atom")
    assert page.inner_text("h1") == "Arsip Berita Bawaslu: Berita yang diubah di sumber"
    assert rows[revised]["title"] in page.inner_text("ul.entries")
    page.click("ul.entries a")
    page.wait_for_url("**/revisi/**")
    page.goto("/feeds/site/blora.bawaslu.go.id.atom")
    assert page.locator("ul.entries li").count() == sum(
        1 for row in rows.values() if row["host"] == "blora.bawaslu.go.id"
    )
    assert fits(page)


def test_any_form_of_an_article_url_opens_it_from_search_or_the_address_bar(page, rows) -> None:
    # A WordPress URL (trailing slash), the national site (bare host) and a Drupal regency
    # (`/index.php/`); every host is tried over HTTP in test_article_pages.
    chosen = [u for u in sample_urls(rows) if u.endswith("/") or "www." in u or "nganjuk" in u]
    for url in chosen:
        for form in url_forms(url):
            page.goto("/search")
            page.fill("#q", form)
            page.press("#q", "Enter")
            page.wait_for_url("**" + page_of(url))
            assert page.inner_text("h1") == rows[url]["title"]
        page.goto("/article/" + url_forms(url)[3])  # upper-case host, scheme
        assert page.url.endswith(page_of(url))


def test_no_page_is_wider_than_a_phone(page, rows, revised, served) -> None:
    longest = max(rows, key=len)
    paths = [
        page_of(longest),
        page_of(longest, "/tangkapan/"),
        page_of(revised),
        page_of(revised, "/revisi/"),
        page_of(served.removed_url),
        "/perubahan",
        "/dihapus",
        "/feeds",
        "/cite",
        "/feeds/perubahan.atom",
        "/feeds/archive.atom",
    ]
    for width in PHONE_WIDTHS:
        page.set_viewport_size({"width": width, "height": 740})
        wide = [path for path in paths if page.goto(path) and not fits(page)]
        assert wide == [], width
