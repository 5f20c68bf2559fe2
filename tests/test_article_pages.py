"""The article page and what hangs off it, over real HTTP on a crawl of the mirror: photos,
attachments, the page as captured (from the crawl's WARC), revisions, the lists and feeds of
edited and removed articles, guessed dates, and URL lookup in every form people paste; then
the same as a journalist uses them in headless Chromium on a phone-sized window.

One archived article is revised the way a crawl would revise it: its capture is read again
from the WARC, edited, and saved through the store. Expectations come from the SQLite rows
and from that edit, never from the code under test.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser
from test_browser import CHROMIUM, chromium, recording_page
from test_web import ATOM, ServedArchive, fetch, parse_feed, served_archive

from archive.reextract import captures
from archive.store import Archive
from scrapers.reading import read_page
from scrapers.registry import load_sites

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

REVISED_HOST = "blora.bawaslu.go.id"
ADDED_PARAGRAPH = "Ralat: rapat diikuti 120 peserta dari seluruh kecamatan."
SWAPPED = ("Bawaslu", "Badan Pengawas Pemilu")
PHONE_WIDTHS = (360, 375, 414)


def warc_files(db: Path) -> list[Path]:
    return sorted((db.parent / "warc").glob("*.warc.gz"))


def revise_one_article(db: Path) -> None:
    """Save an edited copy of a Blora article as a later crawl would: read from its capture."""
    sites = {site.host: site for site in load_sites()}
    capture = next(
        capture
        for capture in (c for path in warc_files(db) for c in captures(path))
        if capture.role == "article"
        and capture.status == 200
        and urlsplit(capture.url).hostname == REVISED_HOST
    )
    article = read_page(
        capture.body,
        capture.url,
        capture.content_type,
        sites[REVISED_HOST],
        capture.listing_date,
        capture.crawl_date,
    ).article
    edited = dataclasses.replace(
        article,
        title=article.title + " (ralat)",
        body=article.body.replace(*SWAPPED, 1) + "\n\n" + ADDED_PARAGRAPH,
    )
    with Archive(db) as archive:
        assert archive.save_article(edited, fetched_at=datetime.now(UTC) + timedelta(minutes=2))
    (db.parent / "revised.txt").write_text(article.url)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedArchive]:
    with served_archive(tmp_path_factory.mktemp("pages"), revise_one_article) as archive:
        yield archive


@pytest.fixture(scope="module")
def rows(served: ServedArchive) -> dict[str, dict]:
    return archived_rows(served.db)


@pytest.fixture(scope="module")
def revised(served: ServedArchive) -> str:
    return revised_url(served.db)


def archived_rows(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}


def revised_url(db: Path) -> str:
    """The article `revise_one_article` revised."""
    return (db.parent / "revised.txt").read_text()


def page_of(url: str, prefix: str = "/article/") -> str:
    return prefix + url.removeprefix("https://")


def get_page(served: ServedArchive, path: str) -> LexborHTMLParser:
    status, html, _ = fetch(served.base, path)
    assert status == 200, (path, html[:300])
    return LexborHTMLParser(html)


def test_photos_are_shown_with_their_captions_from_the_original_site(served, rows) -> None:
    with_photos = [row for row in rows.values() if json.loads(row["images"])]
    captioned = [row for row in with_photos if any(i["caption"] for i in json.loads(row["images"]))]
    assert with_photos and captioned
    for row in [*with_photos[:5], *captioned[:5]]:
        page = get_page(served, page_of(row["url"]))
        figures = page.css("article figure.photo")
        images = json.loads(row["images"])
        assert [f.css_first("img").attributes["src"] for f in figures] == [i["url"] for i in images]
        for figure, image in zip(figures, images, strict=True):
            img = figure.css_first("img").attributes
            assert img["loading"] == "lazy" and img["alt"] == (image["alt"] or image["caption"])
            caption = figure.css_first("figcaption")
            assert (caption.text() if caption else "") == image["caption"]


def test_attachments_are_listed_with_name_type_and_original_link(served, rows) -> None:
    with_files = [row for row in rows.values() if json.loads(row["attachments"])]
    assert with_files
    for row in with_files[:8]:
        page = get_page(served, page_of(row["url"]))
        items = page.css(".attachments li")
        urls = json.loads(row["attachments"])
        assert [item.css_first("a").attributes["href"] for item in items] == urls
        for item, url in zip(items, urls, strict=True):
            name = unquote(PurePosixPath(urlsplit(url).path).name)
            assert item.css_first("a").text() == name
            assert item.css_first(".file-kind").text() == name.rsplit(".", 1)[-1].upper()


def test_the_page_as_captured_is_replayed_inert_with_its_capture_time(served, rows) -> None:
    xss = next(url for url, row in rows.items() if "<script>" in row["title"])
    unrevised = next(url for url, row in rows.items() if row["version"] == 1)
    for url in (xss, unrevised):
        article = get_page(served, page_of(url))
        link = article.css_first(f'a[href="{page_of(url, "/tangkapan/")}"]')
        assert link is not None
        status, html, headers = fetch(served.base, page_of(url, "/tangkapan/"))
        assert status == 200
        policy = {name.lower(): value for name, value in headers.items()}["content-security-policy"]
        assert "default-src 'none'" in policy and "script" not in policy
        page = LexborHTMLParser(html)
        assert not page.css("script, iframe, form, object, embed, [onerror], [onload]")
        assert not re.search(r"<script|\son\w+\s*=|javascript:", html, re.IGNORECASE)
        captured = page.css_first(".captured").text()
        first_paragraph = rows[url]["body"].split("\n\n")[0]
        assert first_paragraph in captured
        banner = page.css_first(".arsip-banner").text()
        assert "diambil arsip pada" in banner and "UTC" in banner
        assert page.css_first("base").attributes["href"] == url


def test_a_revision_shows_its_words_changed_with_dates(served, rows, revised) -> None:
    row = rows[revised]
    assert row["version"] == 2
    article = get_page(served, page_of(revised))
    assert article.css_first(f'a[href="{page_of(revised, "/revisi/")}"]') is not None
    page = get_page(served, page_of(revised, "/revisi/"))
    inserted = " ".join(node.text() for node in page.css(".diff ins"))
    deleted = " ".join(node.text() for node in page.css(".diff del"))
    assert "(ralat)" in inserted and SWAPPED[1] in inserted and ADDED_PARAGRAPH in inserted
    assert deleted == SWAPPED[0]
    options = page.css("select[name=dari] option")
    assert [o.attributes["value"] for o in options] == ["1", "2"]
    first_seen = datetime.fromisoformat(row["first_seen_at"]).day
    assert all(str(first_seen) in option.text() for option in options)
    backwards = get_page(served, page_of(revised, "/revisi/") + "?dari=2&ke=1")
    assert " ".join(node.text() for node in backwards.css(".diff ins")) == SWAPPED[0]


def test_edited_and_removed_articles_are_listed_and_followed(served, rows, revised) -> None:
    edited = get_page(served, "/perubahan")
    assert [a.attributes["href"] for a in edited.css(".changes h2 a")] == [page_of(revised)]
    removed = get_page(served, "/dihapus")
    assert [a.attributes["href"] for a in removed.css(".changes h2 a")] == [
        page_of(served.removed_url)
    ]
    for name, url in (("perubahan", revised), ("dihapus", served.removed_url)):
        feed = parse_feed(served, f"/feeds/{name}.atom")
        entries = feed.findall(f"{ATOM}entry")
        assert [entry.findtext(f"{ATOM}title") for entry in entries] == [rows[url]["title"]]
        via = entries[0].find(f"{ATOM}link[@rel='via']").attrib["href"]
        assert via == url
    feeds = get_page(served, "/feeds")
    links = {a.attributes["href"] for a in feeds.css("a")}
    assert {"/feeds/perubahan.atom", "/feeds/dihapus.atom", "/perubahan", "/dihapus"} <= links


def answer(served: ServedArchive, path: str, **headers: str) -> tuple[str, str]:
    """Content type and body of an answer to a request with these headers."""
    request = urllib.request.Request(served.base + path, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers["content-type"], response.read().decode()


def test_a_feed_is_atom_to_readers_and_a_page_to_people(served) -> None:
    for path in (
        "/feeds/archive.atom",
        "/feeds/perubahan.atom",
        "/feeds/site/blora.bawaslu.go.id.atom",
    ):
        kind, text = answer(served, path, Accept="application/atom+xml, */*")
        assert kind.startswith("application/atom+xml")
        assert '<?xml-stylesheet type="text/xsl" href="/feeds/atom.xsl"?>' in text
        feed = ET.fromstring(text.encode())
        titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
        # A browser opening it: an archive page of the same entries.
        kind, html = answer(served, path, Accept="text/html,*/*", **{"Sec-Fetch-Dest": "document"})
        page = LexborHTMLParser(html)
        assert kind.startswith("text/html")
        assert page.css_first("h1").text() == feed.findtext(f"{ATOM}title")
        assert [a.text() for a in page.css(".feed-entries h2 a")] == titles
        assert page.css_first(".feed-address").text() == served.base + path
        # A browser without Fetch Metadata: the same XML, rendered through the stylesheet.
        kind, xml = answer(served, path, Accept="text/html,*/*")
        assert kind.startswith("application/xml") and xml == text
    status, xsl, headers = fetch(served.base, "/feeds/atom.xsl")
    assert status == 200 and "xsl" in headers["content-type"]
    assert ET.fromstring(xsl.encode()).tag == "{http://www.w3.org/1999/XSL/Transform}stylesheet"


def test_guessed_dates_are_marked_on_the_page_and_in_the_citation(served, rows) -> None:
    guessed = next(
        row for row in rows.values() if "year_inferred" in row["date_flags"] and row["version"] == 1
    )
    firm = next(row for row in rows.values() if row["date_source"] == "meta")
    page = get_page(served, page_of(guessed["url"]))
    meta = page.css(".article-meta")[1].text()
    assert "±" in meta and "(perkiraan: tahun disimpulkan)" in meta
    citation = page.css_first(".citation").text()
    assert "±" in citation and "(perkiraan: tahun disimpulkan)" in citation
    firm_page = get_page(served, page_of(firm["url"]))
    assert "±" not in firm_page.css_first(".citation").text()
    assert "perkiraan" not in firm_page.css(".article-meta")[1].text()


def url_forms(url: str) -> list[str]:
    """What people paste for an archived article's URL."""
    host, path = urlsplit(url).hostname or "", urlsplit(url).path
    forms = [
        url,
        "http://" + host + path,
        host + path,
        "HTTPS://" + host.upper() + path,
        f"https://{host}/index.php{path}",
        f"{url}?utm_source=wa#komentar",
        f"https://{host}" + path.replace("-", "%2D"),
    ]
    if host == "www.bawaslu.go.id":
        forms.append("https://bawaslu.go.id" + path)
    if path.endswith("/"):
        forms.append(f"https://{host}{path.rstrip('/')}")
    return forms


def sample_urls(rows: dict[str, dict]) -> list[str]:
    """One article of each host: Drupal, WordPress (trailing slash) and the national site."""
    by_host: dict[str, str] = {}
    for url, row in sorted(rows.items()):
        by_host.setdefault(row["host"], url)
    return list(by_host.values())


def opened(served: ServedArchive, path: str) -> tuple[int, str]:
    with urllib.request.urlopen(served.base + path, timeout=30) as response:
        return response.status, urlsplit(response.geturl()).path


def test_every_form_of_an_article_url_opens_the_article(served, rows) -> None:
    urls = sample_urls(rows)
    assert any(url.endswith("/") for url in urls) and any("www.bawaslu" in url for url in urls)
    for url in urls:
        expected = page_of(url)
        for form in url_forms(url):
            assert opened(served, "/article/" + quote(form, safe="/:%?=&")) == (200, expected), form
            assert opened(served, "/search?q=" + quote(form, safe="")) == (200, expected), form


def test_a_url_not_in_the_archive_is_answered_plainly(served) -> None:
    missing = "https://www.bawaslu.go.id/id/berita/tidak-pernah-ada"
    assert fetch(served.base, "/article/" + missing)[0] == 404
    status, html, _ = fetch(served.base, "/search?q=" + quote(missing, safe=""))
    assert status == 200 and "<form" in html


def test_a_capture_whose_warc_is_gone_says_so(served, rows) -> None:
    url = next(iter(rows))
    warc_dir = served.db.parent / "warc"
    moved = warc_dir.rename(served.db.parent / "warc-elsewhere")
    try:
        page = get_page(served, page_of(url, "/tangkapan/"))
    finally:
        moved.rename(warc_dir)
    assert "tidak tersedia" in page.css_first(".arsip-banner").text()
    assert page.css_first(".captured") is None


# --- in Chromium ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed: run tests/system-deps.sh as root")
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, served: ServedArchive):
    with recording_page(browser, served.base, viewport={"width": 375, "height": 740}) as tab:
        yield tab


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
    assert rows[revised]["title"] in page.inner_text(".feed-entries")
    page.click(".feed-entries a")
    page.wait_for_url("**/revisi/**")
    page.goto("/feeds/site/blora.bawaslu.go.id.atom")
    assert page.locator(".feed-entries li").count() == sum(
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
