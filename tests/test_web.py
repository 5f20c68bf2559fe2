"""The archive's web pages over real HTTP: `bawaslu-archive serve` on a crawl of the mirror.

Every expectation is computed from the crawled SQLite file with plain Python (stems, phrases,
filters, tag counts), never taken from the code under test.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from conftest import crawl_mirror, free_port
from selectolax.lexbor import LexborHTMLParser

from archive.store import Archive
from mirror.content import REPOSTS, MirrorSite
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

ATOM = "{http://www.w3.org/2005/Atom}"
XSS_TITLE_RAW = '<script>alert("xss")'
XSS_TITLE_ESCAPED = "&lt;script&gt;alert("
FOOTER_MARKERS = ("Lompat ke isi utama", "Media Sosial", "Konsultasi", "right-circle", "toast")


@dataclass(frozen=True)
class ServedArchive:
    base: str
    db: Path
    repost_url: str
    original_url: str
    removed_url: str


@contextmanager
def served_archive(
    root: Path, prepare: Callable[[Path], None] | None = None
) -> Iterator[ServedArchive]:
    """Crawl the mirror, mark one article removed at the source, let `prepare` write more to
    the archive, then serve the file read-only."""
    db = root / "bawaslu.db"
    with MirrorServer(port=0) as server:
        crawl_mirror(server.url, db, list(server.sites))
        original_url, repost_url = _repost(server.sites)
    removed_url = _mark_a_removal(db)
    if prepare is not None:
        prepare(db)
    port = free_port()
    command = [sys.executable, "-m", "archive.cli", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(base, process)
        yield ServedArchive(base, db, repost_url, original_url, removed_url)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _repost(sites: Mapping[str, MirrorSite]) -> tuple[str, str]:
    """The mirror's provincial release and its regency re-post (same title, prefixed body)."""
    for regency, (province, prefix) in REPOSTS.items():
        if prefix:
            release = next(
                a
                for a in sites[regency].articles
                if a.paragraphs[:1] and a.paragraphs[0].startswith(prefix)
            )
            original = next(a for a in sites[province].articles if a.title == release.title)
            return sites[province].url_of(original), sites[regency].url_of(release)
    raise AssertionError("the mirror has no re-post")


def _mark_a_removal(db: Path) -> str:
    """An article gone at the source: the longest national one."""
    with Archive(db) as archive:
        (removed_url,) = archive.db.execute(
            "SELECT url FROM articles WHERE host = 'www.bawaslu.go.id'"
            " ORDER BY length(body) DESC LIMIT 1"
        ).fetchone()
        archive.mark_removed(removed_url, datetime.now(UTC) + timedelta(minutes=1))
    return removed_url


def _wait_until_serving(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode() if process.stderr else "exited")
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("datasette did not start")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedArchive]:
    with served_archive(tmp_path_factory.mktemp("web")) as archive:
        yield archive


@pytest.fixture(scope="module")
def rows(served: ServedArchive) -> dict[str, dict]:
    with sqlite3.connect(served.db) as conn:
        conn.row_factory = sqlite3.Row
        query = "SELECT a.*, s.province_code FROM articles a LEFT JOIN sites s USING (host)"
        return {row["url"]: dict(row) for row in conn.execute(query)}


def fetch(base: str, path: str, method: str = "GET") -> tuple[int, str, dict[str, str]]:
    request = urllib.request.Request(base + path, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def search(served: ServedArchive, **args: str) -> tuple[list[str], int, list[LexborHTMLParser]]:
    """Every result URL of a search across all its pages, the total shown, and the pages."""
    path = "/search?" + urlencode(args)
    urls: list[str] = []
    pages = []
    while path:
        status, html, _ = fetch(served.base, path)
        assert status == 200, html
        page = LexborHTMLParser(html)
        pages.append(page)
        urls += [
            "https://" + link.attributes["href"].removeprefix("/article/")
            for link in page.css(".results h2 a")
        ]
        following = page.css_first('a[rel="next"]')
        path = "/search" + following.attributes["href"] if following else ""
    summary = pages[0].css_first(".summary").text().strip()
    total = int(match.group(0).replace(".", "")) if (match := re.match(r"[\d.]+", summary)) else 0
    return urls, total, pages


AWAS_FORMS = re.compile(r"awas|awasi|mengawasi|diawasi|pengawas|pengawasan|pengawasannya")
"""The forms of the stem "awas" ("mengawasi", "pengawasan") the search must treat as one,
listed by hand as an Indonesian reader knows them: the oracle, independent of the stemmer."""


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def has_awas(row: dict) -> bool:
    text = f"{row['title']} {row['lead']} {row['body']}"
    return any(AWAS_FORMS.fullmatch(token) for token in words(text))


def has_phrase(row: dict, phrase: str) -> bool:
    wanted = words(phrase)
    for column in ("title", "lead", "body"):
        tokens = words(row[column] or "")
        if any(tokens[i : i + len(wanted)] == wanted for i in range(len(tokens) - len(wanted) + 1)):
            return True
    return False


def test_a_word_finds_every_form_of_its_stem_and_marks_them(served, rows) -> None:
    urls, total, pages = search(served, q="mengawasi")
    expected = {url for url, row in rows.items() if has_awas(row)}
    assert set(urls) == expected
    assert len(urls) == total == len(expected)
    literal = {url for url, row in rows.items() if "mengawasi" in words(row["body"])}
    assert len(expected) > 2 * len(literal)
    marked = {mark.text().lower() for page in pages for mark in page.css(".results mark")}
    assert {"pengawasan", "pengawas"} <= marked
    assert all(AWAS_FORMS.fullmatch(word) for word in marked)


def test_quoted_words_match_exactly_and_together(served, rows) -> None:
    urls, total, _ = search(served, q='"apel siaga" pengawasan')
    expected = {url for url, row in rows.items() if has_phrase(row, "apel siaga") and has_awas(row)}
    assert expected and set(urls) == expected and total == len(expected)
    phrase_only, _, _ = search(served, q='"apel siaga"')
    assert set(phrase_only) == {url for url, row in rows.items() if has_phrase(row, "apel siaga")}


def test_filters_narrow_to_what_the_archive_holds(served, rows) -> None:
    pengawasan = {url: row for url, row in rows.items() if has_awas(row)}
    east_java, _, _ = search(served, q="pengawasan", province="35")
    assert set(east_java) == {
        url for url, row in pengawasan.items() if row["province_code"] == "35"
    }
    blora, _, _ = search(served, host="blora.bawaslu.go.id", date_from="2019-01-01")
    assert set(blora) == {
        url
        for url, row in rows.items()
        if row["host"] == "blora.bawaslu.go.id" and (row["published_date"] or "") >= "2019-01-01"
    }
    tag, count = Counter(
        tag for row in rows.values() for tag in json.loads(row["tags"])
    ).most_common(1)[0]
    tagged, total, _ = search(served, tag=tag, date_to="2100-01-01")
    dated = [u for u, r in rows.items() if tag in json.loads(r["tags"]) and r["published_date"]]
    assert set(tagged) == set(dated) and total == len(dated) <= count


def test_newest_and_oldest_orders_follow_the_dates(served, rows) -> None:
    for order, expected_direction in (("newest", -1), ("oldest", 1)):
        urls, _, _ = search(served, q="pemilu", order=order)
        dates = [rows[url]["published_date"] for url in urls if rows[url]["published_date"]]
        assert dates == sorted(dates, reverse=expected_direction < 0)
        assert len(urls) == len(set(urls)) > 20  # more than one page, no overlap


def test_article_page_reads_like_an_article(served, rows) -> None:
    url, row = next(
        (url, row)
        for url, row in rows.items()
        if row["date_source"] == "body" and "year_inferred" in row["date_flags"] and row["tags"]
    )
    status, html, _ = fetch(served.base, "/article/" + url.removeprefix("https://"))
    page = LexborHTMLParser(html)
    assert status == 200
    assert page.css_first("h1").text() == row["title"]
    body = [p.text() for p in page.css(".article-body p")]
    assert body == [part for part in row["body"].split("\n\n") if part]
    assert "dari isi berita, tahun disimpulkan" in page.css_first(".date-how").text()
    assert "from the body text, year inferred" in page.css_first(".date-how").text()
    assert page.css_first(f'a[href="{url}"]') is not None
    assert [a.text() for a in page.css(".tags a")] == json.loads(row["tags"])
    article_text = page.css_first("article").text()
    assert not [marker for marker in FOOTER_MARKERS if marker in article_text]
    assert "Dihapus di sumber" not in html


def test_removed_article_says_so_and_reposts_point_at_each_other(served) -> None:
    _, removed, _ = fetch(served.base, "/article/" + served.removed_url.removeprefix("https://"))
    assert "Dihapus di sumber" in removed and "removed at the source" in removed.lower()
    _, repost, _ = fetch(served.base, "/article/" + served.repost_url.removeprefix("https://"))
    same = LexborHTMLParser(repost).css(".same-story a")
    assert ["https://" + a.attributes["href"].removeprefix("/article/") for a in same] == [
        served.original_url
    ]


def test_scraped_markup_stays_inert_on_every_page(served, rows) -> None:
    xss_url = next(url for url, row in rows.items() if XSS_TITLE_RAW in row["title"])
    encoded = xss_url.replace("https://", "").replace("/", "~2F").replace(".", "~2E")
    pages = [
        "/search?q=pesan+berantai",
        "/search?q=waspada&host=nganjuk.bawaslu.go.id&order=newest",
        "/article/" + xss_url.removeprefix("https://"),
        "/feeds/site/nganjuk.bawaslu.go.id.atom",
        "/bawaslu/articles?_search=berantai",
        "/bawaslu/article_sites?_search=berantai",
        f"/bawaslu/articles/https:~2F~2F{encoded}",
    ]
    for path in pages:
        status, html, _ = fetch(served.base, path)
        assert status == 200, path
        assert XSS_TITLE_RAW not in html, path
        assert "onerror=" not in html, path
        assert XSS_TITLE_ESCAPED in html or "&amp;lt;script" in html, path


def parse_feed(served: ServedArchive, path: str) -> ET.Element:
    status, text, headers = fetch(served.base, path)
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(text.encode())
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1, name
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    assert feed.find(f"{ATOM}link[@rel='self']").attrib["href"] == served.base + path
    datetime.fromisoformat(feed.findtext(f"{ATOM}updated"))
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert entry.find(f"{ATOM}link[@rel='alternate']").attrib["href"].startswith(served.base)
        content = entry.find(f"{ATOM}content")
        assert content.attrib["type"] == "html"
        assert set(re.findall(r"</?(\w+)", content.text or "")) <= {"p"}
    return feed


def test_feeds_are_atom_and_hold_the_newest_articles_of_their_scope(served, rows) -> None:
    whole = parse_feed(served, "/feeds/archive.atom")
    ids = [entry.findtext(f"{ATOM}id") for entry in whole.findall(f"{ATOM}entry")]
    assert len(ids) == min(50, len(rows)) and set(ids) <= set(rows)
    oldest_listed = min(rows[url]["first_seen_at"] for url in ids)
    assert all(row["first_seen_at"] <= oldest_listed for url, row in rows.items() if url not in ids)

    site = parse_feed(served, "/feeds/site/blora.bawaslu.go.id.atom")
    blora = {url for url, row in rows.items() if row["host"] == "blora.bawaslu.go.id"}
    assert {entry.findtext(f"{ATOM}id") for entry in site.findall(f"{ATOM}entry")} == blora
    province = parse_feed(served, "/feeds/province/35.atom")
    east_java = {url for url, row in rows.items() if row["province_code"] == "35"}
    listed = {entry.findtext(f"{ATOM}id") for entry in province.findall(f"{ATOM}entry")}
    assert listed <= east_java and len(listed) == min(50, len(east_java))
    assert parse_feed(served, "/feeds/province/11.atom").findall(f"{ATOM}entry") == []
    assert fetch(served.base, "/feeds/site/nowhere.example.atom")[0] == 404


def test_feeds_page_links_every_site_with_articles(served, rows) -> None:
    status, html, _ = fetch(served.base, "/feeds")
    links = {a.attributes["href"] for a in LexborHTMLParser(html).css("a[type]")}
    assert status == 200
    assert {f"/feeds/site/{row['host']}.atom" for row in rows.values()} <= links


def test_the_archive_cannot_be_written_and_queries_are_time_limited(served) -> None:
    before = hashlib.sha256(served.db.read_bytes()).hexdigest()
    assert fetch(served.base, "/bawaslu/articles", method="POST")[0] == 405
    assert fetch(served.base, "/bawaslu/revised_articles", method="POST")[0] == 405
    status, body, _ = fetch(served.base, "/bawaslu.json?sql=DELETE+FROM+articles")
    assert status == 400 and "must be a SELECT" in body
    assert hashlib.sha256(served.db.read_bytes()).hexdigest() == before
    databases = json.loads(fetch(served.base, "/-/databases.json")[1])
    # served live (it follows the crawl), through read-only connections: still unwritable
    assert [database["is_mutable"] for database in databases] == [True]
    settings = json.loads(fetch(served.base, "/-/settings.json")[1])
    assert settings["sql_time_limit_ms"] == 3000
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    started = time.monotonic()
    status, body, _ = fetch(served.base, "/bawaslu.json?" + urlencode({"sql": endless}))
    assert status == 400 and "interrupted" in body.lower()
    assert time.monotonic() - started < 10


def canned(served: ServedArchive, name: str) -> list[dict]:
    status, body, _ = fetch(served.base, f"/bawaslu/{name}.json?_shape=array&_size=max")
    assert status == 200, body
    return json.loads(body)


def test_researchers_canned_queries_add_up(served, rows) -> None:
    tags = Counter(tag for row in rows.values() for tag in json.loads(row["tags"]))
    assert {row["tag"]: row["articles"] for row in canned(served, "tag_counts")} == tags
    sites = Counter(row["host"] for row in rows.values())
    assert {row["host"]: row["articles"] for row in canned(served, "most_active_sites")} == sites
    quality = canned(served, "date_source_quality")
    assert sum(row["articles"] for row in quality) == len(rows)
    assert sum(row["percent"] for row in quality) == pytest.approx(100, abs=0.5)
    months = canned(served, "articles_per_month_per_province")
    assert sum(row["articles"] for row in months) == sum(
        1 for row in rows.values() if row["published_date"]
    )
    # A story is named by the article archived first; the crawl fetches the two sites
    # concurrently, so either the release or its re-post may have come first.
    pair = {served.original_url, served.repost_url}
    (repost,) = [row for row in canned(served, "same_story_clusters") if row["story"] in pair]
    assert (repost["articles"], repost["sites"]) == (2, 2)


def test_pages_are_reachable_from_datasette_and_the_citation_page(served) -> None:
    _, index, _ = fetch(served.base, "/")
    assert 'href="/search"' in index and 'href="/cite"' in index
    status, cite, _ = fetch(served.base, "/cite")
    links = {a.attributes["href"] for a in LexborHTMLParser(cite).css("a")}
    assert status == 200
    for query in ("tag_counts", "most_active_sites", "date_source_quality"):
        assert f"/bawaslu/{query}" in links
        assert fetch(served.base, f"/bawaslu/{query}")[0] == 200
