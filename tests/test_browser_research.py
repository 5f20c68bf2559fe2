"""Search as people type it, the home page and the researchers' pages, in real headless
Chromium (Playwright driving Debian's chromium, as tests/test_browser.py does)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3

import pytest
from conftest import run_cli
from test_browser import CHROMIUM, browser, page, served  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed: run tests/system-deps.sh as root"
    ),
]
PHONE_WIDTHS = (360, 375, 390, 414)
PAGES = (
    "/",
    "/search?q=pengawasan+kampanye",
    "/search?q=netralitas+ASN&province=35&order=newest",
    "/search?q=pengawsan+%22tidak+ada%22&date_from=2024-13-45",
    "/search?q=" + "pengawasan+pemilu+" * 15,
    "/cite",
    "/bawaslu",  # Datasette's own pages: tables, a canned query, the raw metadata
    "/bawaslu/articles?_search=pengawasan",
    "/bawaslu/articles_per_month_per_province",
    "/-/metadata",
)


def result_titles(tab) -> list[str]:
    return tab.locator(".results h2 a").all_inner_texts()


def test_the_home_page_takes_what_people_type(page) -> None:  # noqa: F811
    page.goto("/")
    assert page.get_attribute("html", "lang") == "id"
    assert page.locator(".coverage").is_visible()
    assert "-kata" in page.inner_text(".search-help")
    page.fill("#q", "politik -uang")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=politik*")
    titles = result_titles(page)
    assert titles
    marked = {text.lower() for text in page.locator(".results mark").all_inner_texts()}
    assert "uang" not in marked and any("politik" in word for word in marked)
    follow = page.locator("a.follow")
    assert follow.is_visible() and "Ikuti pencarian ini" in follow.inner_text()
    feed = page.request.get(follow.get_attribute("href"))
    assert feed.ok and b"<feed" in feed.body()


def test_glossary_note_and_did_you_mean_lead_somewhere(page) -> None:  # noqa: F811
    page.goto("/search?q=netralitas+ASN")
    assert "aparatur sipil negara" in page.inner_text(".expanded")
    marked = {text.lower() for text in page.locator(".results mark").all_inner_texts()}
    assert {"aparatur", "sipil", "negara"} <= marked
    page.fill("#q", "pengawsan")
    page.press("#q", "Enter")
    page.wait_for_url("**q=pengawsan*")
    assert result_titles(page) == []
    suggestion = page.locator(".did-you-mean a")
    assert suggestion.inner_text() == "pengawasan"
    suggestion.click()
    page.wait_for_url("**q=pengawasan*")
    assert len(result_titles(page)) == 20


def test_invalid_filters_are_shown(page) -> None:  # noqa: F811
    page.goto("/search?q=pemilu&date_from=2024-13-45&page=0")
    problems = page.locator(".problem")
    assert problems.count() == 2 and problems.first.is_visible()
    assert "2024-13-45" in problems.first.inner_text()
    assert result_titles(page)


def test_tags_any_case_and_the_writer_filter(page, served) -> None:  # noqa: F811
    with sqlite3.connect(served.db) as conn:
        tags, credits = zip(*conn.execute("SELECT tags, credits FROM articles"), strict=True)
    tag, name = next(
        (t, c["name"])
        for tag_row, credit_row in zip(tags, credits, strict=True)
        for t in json.loads(tag_row)
        for c in json.loads(credit_row)
        if t != t.lower()
    )
    page.goto("/search")
    page.fill("input[name=tag]", tag.lower())
    page.fill("input[name=credit]", name)
    page.click("button[type=submit]")
    page.wait_for_url("**credit=*")
    expected = sum(
        1
        for tag_row, credit_row in zip(tags, credits, strict=True)
        if tag in json.loads(tag_row) and any(name in c["name"] for c in json.loads(credit_row))
    )
    assert expected and len(result_titles(page)) == min(expected, 20)


def test_guessed_dates_look_guessed(page, served) -> None:  # noqa: F811
    with sqlite3.connect(served.db) as conn:
        host, title = conn.execute(
            "SELECT host, title FROM articles WHERE date_flags LIKE '%year_inferred%' LIMIT 1"
        ).fetchone()
    page.goto(f"/search?host={host}&q=" + re.sub(r"\W+", "+", f'"{title}"'))
    item = page.locator(".results li", has_text=title).first
    assert "perkiraan" in item.locator(".meta").inner_text()
    assert item.locator("time.guessed").inner_text().startswith("±")


def test_a_whole_result_downloads_as_csv(page) -> None:  # noqa: F811
    page.goto("/search?q=pemilu")
    with page.expect_download() as download:
        page.click("a.export:text('CSV')")
    text = download.value.path().read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) > 20 and all(row["url"].startswith("https://") for row in rows)


def test_the_archive_downloads_from_cite_and_matches_its_checksum(page, served) -> None:  # noqa: F811
    run_cli("snapshot", "--db", str(served.db))
    page.goto("/cite")
    checksum = page.inner_text(".checksum")
    assert checksum in page.inner_text(".dataset-version")
    with page.expect_download() as download:
        page.click("a.snapshot")
    data = download.value.path().read_bytes()
    assert hashlib.sha256(data).hexdigest() == checksum


def test_skip_link_moves_focus_to_the_content(page) -> None:  # noqa: F811
    page.goto("/cite")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Lompat ke isi utama"
    box = page.locator("a.skip-link").bounding_box()
    assert box and box["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "isi"


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_no_page_is_wider_than_a_phone(browser, served, width) -> None:  # noqa: F811
    context = browser.new_context(base_url=served.base, viewport={"width": width, "height": 800})
    tab = context.new_page()
    try:
        for path in PAGES:
            tab.goto(path)
            scroll = tab.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, (path, scroll)
    finally:
        context.close()
