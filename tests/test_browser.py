"""The archive as a journalist uses it, in real headless Chromium driven by Playwright.

Chromium is Debian's package (tests/system-deps.sh installs it); Playwright only drives it,
its own browser downloads are never used.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from test_web import FOOTER_MARKERS, ServedArchive, served_archive

CHROMIUM = shutil.which("chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ATOM = "{http://www.w3.org/2005/Atom}"
CATCH_SCRIPTS = "window.__xss = false; window.alert = () => { window.__xss = true; };"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed: run tests/system-deps.sh as root"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedArchive]:
    with served_archive(tmp_path_factory.mktemp("browser")) as archive:
        yield archive


@contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium, headless, driven by Playwright."""
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@contextmanager
def recording_page(browser, base_url: str, **options: object) -> Iterator[object]:
    """A fresh page that records any dialog and any call to alert() a payload could make."""
    context = browser.new_context(base_url=base_url, **options)
    context.add_init_script(CATCH_SCRIPTS)
    tab = context.new_page()
    tab.set_default_timeout(5000)
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, served: ServedArchive):
    with recording_page(browser, served.base) as tab:
        yield tab


def result_titles(page) -> list[str]:
    return page.locator(".results h2 a").all_inner_texts()


def test_search_filter_open_an_article_and_follow_its_feed(page, served) -> None:
    page.goto("/search")
    page.fill("#q", "mengawasi")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=mengawasi*")
    assert len(result_titles(page)) == 20
    marked = {text.lower() for text in page.locator(".results mark").all_inner_texts()}
    assert "pengawasan" in marked

    page.select_option("select[name=province]", label="Jawa Timur")
    page.select_option("select[name=order]", value="newest")
    page.click("button[type=submit]")
    page.wait_for_url("**province=35*")
    sites = page.locator(".results .meta").all_inner_texts()
    assert sites and all("Jawa Timur" in site for site in sites)

    first_title = result_titles(page)[0]
    page.locator(".results h2 a").first.click()
    page.wait_for_url("**/article/**")
    assert page.inner_text("h1") == first_title
    article_text = page.inner_text("article")
    assert not [marker for marker in FOOTER_MARKERS if marker in article_text]
    original = page.get_attribute(".facts a[rel~=nofollow]", "href")
    assert original and original.startswith("https://") and ".bawaslu.go.id/" in original

    feed_href = page.get_attribute("link[rel=alternate][type='application/atom+xml']", "href")
    response = page.request.get(feed_href)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.body())
    ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]
    assert original in ids
    assert page.evaluate("window.__xss") is False and page.dialogs == []


def test_paging_and_the_feeds_page(page) -> None:
    page.goto("/search?q=pemilu")
    first_page = result_titles(page)
    page.click("a[rel=next]")
    page.wait_for_url("**page=2*")
    assert set(result_titles(page)).isdisjoint(first_page)
    page.goto("/feeds")
    # Follow the link as a feed reader would (a browser opening it gets a page instead).
    href = page.locator(".feed-list a", has_text="Kabupaten Blora").get_attribute("href")
    feed = ET.fromstring(page.request.get(href).body())
    sources = [link.attrib["href"] for link in feed.iter(f"{ATOM}link") if link.get("rel") == "via"]
    assert sources and all(url.startswith("https://blora.bawaslu.go.id/") for url in sources)


def test_hostile_markup_is_shown_as_text_and_never_runs(page) -> None:
    page.goto("/search?q=waspada+berantai")
    titles = result_titles(page)
    assert any('<script>alert("xss")</script>' in title for title in titles)
    page.locator(".results h2 a", has_text="Waspada").first.click()
    page.wait_for_url("**/article/nganjuk.bawaslu.go.id/**")
    assert '<script>alert("xss")</script>' in page.inner_text("h1")
    assert page.locator("article script, article [onerror]").count() == 0
    # The payload's <img> is archived as a photo URL: shown as the archive's own <img>, inert.
    assert page.locator("article img").count() == page.locator("article figure.photo img").count()
    page.goto("/bawaslu/articles?_search=berantai")
    assert page.locator("table.rows-and-columns").count() == 1
    assert page.evaluate("window.__xss") is False and page.dialogs == []
