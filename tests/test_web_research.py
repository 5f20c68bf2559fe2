"""Search as people type it, the home page, exports, keyword feeds and the archive download,
over real HTTP: `bawaslu-archive serve` on a crawl of the mirror.

Expectations come from the crawled SQLite file read with plain Python and hand-written SQL
(whole-word regexes, LIKE), never from the search code: a stem search finds at least the
articles holding the word as written, and only articles holding it somewhere in the text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from conftest import run_cli
from selectolax.lexbor import LexborHTMLParser
from test_web import ATOM, ServedArchive, fetch, search, served_archive

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedArchive]:
    with served_archive(tmp_path_factory.mktemp("research")) as archive:
        yield archive


@pytest.fixture(scope="module")
def texts(served: ServedArchive) -> dict[str, dict]:
    """Each article's lowercase text, host, tags, credits and date flags, by URL."""
    with sqlite3.connect(served.db) as conn:
        query = "SELECT url, title, lead, body, host, tags, credits, date_flags FROM articles"
        return {
            url: {
                "text": f"{title}\n{lead or ''}\n{body}".lower(),
                "host": host,
                "tags": json.loads(tags),
                "credits": json.loads(credits),
                "date_flags": json.loads(date_flags),
            }
            for url, title, lead, body, host, tags, credits, date_flags in conn.execute(query)
        }


def with_word(texts: dict[str, dict], word: str) -> set[str]:
    return {url for url, row in texts.items() if re.search(rf"\b{word}\b", row["text"])}


def with_part(texts: dict[str, dict], part: str) -> set[str]:
    return {url for url, row in texts.items() if part in row["text"]}


def page(served: ServedArchive, path: str) -> LexborHTMLParser:
    status, html, _ = fetch(served.base, path)
    assert status == 200, (path, html[:500])
    return LexborHTMLParser(html)


def test_minus_leaves_out_the_word(served, texts) -> None:
    found, total, _ = search(served, q="politik -uang")
    assert found and total == len(found)
    assert set(found) <= with_part(texts, "politik")
    assert not set(found) & with_word(texts, "uang")
    assert with_word(texts, "politik") - with_part(texts, "uang") <= set(found)
    not_form, _, _ = search(served, q="politik NOT uang")
    assert set(not_form) == set(found)


def test_or_finds_either_word(served, texts) -> None:
    found, _, _ = search(served, q="baliho OR hoaks")
    either = with_word(texts, "baliho") | with_word(texts, "hoaks")
    assert either <= set(found) <= with_part(texts, "baliho") | with_part(texts, "hoaks")
    assert len(found) > len(with_part(texts, "baliho"))


def test_an_acronym_finds_its_expansion_and_says_so(served, texts) -> None:
    expanded = with_part(texts, "netralitas aparatur sipil negara")
    assert len(expanded) > 10  # the mirror writes it out; nobody writes "netralitas asn"
    found, _, pages = search(served, q="netralitas ASN")
    assert expanded <= set(found)
    assert "aparatur sipil negara" in pages[0].css_first(".expanded").text()


def test_a_region_short_name_and_its_full_name_find_the_same(served, texts) -> None:
    short, _, _ = search(served, q="jatim")
    full, _, pages = search(served, q="Jawa Timur")
    assert set(short) == set(full)
    assert with_word(texts, "jatim") | with_part(texts, "jawa timur") <= set(full)
    assert "jatim" in pages[0].css_first(".expanded").text()


def test_site_tag_and_writer_in_the_box_or_the_form(served, texts) -> None:
    blora, _, _ = search(served, q="site:blora pemilu")
    assert blora and {texts[url]["host"] for url in blora} == {"blora.bawaslu.go.id"}
    assert {u for u in with_word(texts, "pemilu") if texts[u]["host"].startswith("blora.")} <= set(
        blora
    )
    tag = next(tag for row in texts.values() for tag in row["tags"] if tag != tag.lower())
    tagged = {url for url, row in texts.items() if tag in row["tags"]}
    assert set(search(served, tag=tag.lower())[0]) == tagged
    assert set(search(served, q=f'tag:"{tag.upper()}"')[0]) == tagged
    name = next(c["name"] for row in texts.values() for c in row["credits"])
    credited = {url for url, row in texts.items() if any(name in c["name"] for c in row["credits"])}
    assert set(search(served, credit=name.split()[0])[0]) >= credited
    assert set(search(served, q=f'penulis:"{name}"')[0]) == credited


def test_a_typo_gets_a_suggestion_and_an_empty_page_says_what_to_try(served) -> None:
    _, total, pages = search(served, q="pengawsan kampanye", province="35")
    assert total == 0
    suggestion = pages[0].css_first(".did-you-mean a")
    assert suggestion.text() == "pengawasan kampanye"
    assert search(served, **{"q": "pengawasan kampanye", "province": "35"})[1] > 0
    tips = {a.text(): a.attributes["href"] for a in pages[0].css(".try-next li a")}
    assert "tanpa saringan provinsi" in tips and "province" not in tips["tanpa saringan provinsi"]
    _, total, pages = search(served, q='"kampanye pengawasan baliho"')
    tips = {a.text(): a.attributes["href"] for a in pages[0].css(".try-next li a")}
    assert total == 0 and "%22" not in tips["tanpa tanda kutip"]


def test_invalid_filters_are_shown_not_silently_applied(served, texts) -> None:
    found, _, pages = search(served, q="pengawasan", date_from="2024-13-45", page="0")
    problems = " ".join(p.text() for p in pages[0].css(".problem"))
    assert "2024-13-45" in problems and "Halaman “0” tidak ada" in problems
    assert with_word(texts, "pengawasan") <= set(found)  # every date, none left out
    assert pages[0].css_first("input[name=date_from]").attributes.get("value") in (None, "")
    assert fetch(served.base, "/search.csv?date_from=2024-13-45")[0] == 400


def test_a_long_query_is_cut_at_a_word_and_still_finds(served) -> None:
    text = "pengawasan pemilu " * 15
    assert len(text) > 200
    found, _, pages = search(served, q=text)
    assert found
    notice = pages[0].css_first(".problem").text()
    assert "dipotong" in notice and "pemil " not in notice


def test_home_page_is_the_search_page_with_coverage(served) -> None:
    home = page(served, "/")
    assert home.css_first("form[role=search] input[name=q]") is not None
    figures = home.css_first(".coverage").text()
    with sqlite3.connect(served.db) as conn:
        articles, sites, earliest, latest = conn.execute(
            "SELECT count(*), count(DISTINCT host), min(published_date), max(published_date)"
            " FROM articles"
        ).fetchone()
        guessed = conn.execute(
            "SELECT count(*) FROM articles WHERE date_flags LIKE '%year_inferred%'"
            " OR date_flags LIKE '%approx%' OR date_flags LIKE '%relative%'"
        ).fetchone()[0]
        (last_run,) = conn.execute("SELECT max(started_at) FROM crawl_runs").fetchone()
    assert f"{articles} artikel dari {sites} situs" in " ".join(figures.split())
    assert earliest in figures and latest in figures
    assert f"Tanggal perkiraan: {guessed}" in figures
    assert last_run[:10] in figures
    links = {a.attributes["href"] for a in home.css("a")}
    assert "/bawaslu" in links and "/bawaslu/last_crawl_per_site" in links
    assert page(served, "/bawaslu").css_first("h1") is not None  # Datasette's own page


def test_every_page_says_indonesian_and_has_a_skip_link(served, texts) -> None:
    article = "/article/" + next(iter(texts)).removeprefix("https://")
    for path in ("/", "/search?q=pemilu", "/cite", "/feeds", article, "/bawaslu",
                 "/bawaslu/articles", "/bawaslu/most_active_sites"):  # fmt: skip
        html = page(served, path)
        assert html.css_first("html").attributes["lang"] == "id", path
        skip = html.css_first("a.skip-link")
        assert skip.text() == "Lompat ke isi utama", path
        assert html.css_first(skip.attributes["href"]) is not None, path


def test_guessed_dates_are_marked_in_results(served, texts) -> None:
    url = next(u for u, row in texts.items() if "year_inferred" in row["date_flags"])
    _, _, pages = search(served, host=texts[url]["host"], order="newest")
    items = [item for p in pages for item in p.css(".results li")]
    marked = {
        "https://" + item.css_first("h2 a").attributes["href"].removeprefix("/article/")
        for item in items
        if item.css_first(".guess")
    }
    assert url in marked
    assert all(
        set(texts[u]["date_flags"]) & {"year_inferred", "approx", "relative"} for u in marked
    )


def read_csv(served: ServedArchive, path: str) -> list[dict[str, str]]:
    status, body, headers = fetch(served.base, path)
    assert status == 200 and headers["content-type"].startswith("text/csv"), body[:300]
    return list(csv.DictReader(io.StringIO(body)))


def test_a_whole_search_exports_as_csv_and_json(served, texts) -> None:
    found, _, _ = search(served, q="pengawasan", province="35")
    rows = read_csv(served, "/search.csv?" + urlencode({"q": "pengawasan", "province": "35"}))
    assert {row["url"] for row in rows} == set(found)
    status, body, _ = fetch(served.base, "/search.json?q=pengawasan&province=35")
    assert status == 200 and {row["url"] for row in json.loads(body)} == set(found)
    everything = read_csv(served, "/search.csv")
    assert len(everything) == len(texts)  # more than one page, more than any cap of a page


def test_a_canned_query_exports_every_row(served) -> None:
    rows = read_csv(served, "/export/articles_per_month_per_province.csv")
    with sqlite3.connect(served.db) as conn:
        expected = conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT substr(a.published_date, 1, 7),"
            " coalesce(s.province_name, 'Nasional') FROM articles a"
            " LEFT JOIN sites s ON s.host = a.host WHERE a.published_date IS NOT NULL)"
        ).fetchone()[0]
    assert len(rows) == expected
    status, body, _ = fetch(served.base, "/export/articles_per_region.json?province=35")
    regions = json.loads(body)
    assert status == 200 and regions and all(r["region_code"].startswith("35") for r in regions)
    assert fetch(served.base, "/export/no_such_query.csv")[0] == 404
    assert fetch(served.base, "/export/articles_fts.csv")[0] == 404  # hidden: internal
    status, body, _ = fetch(served.base, "/export/article_sites.json")
    with sqlite3.connect(served.db) as conn:
        (articles,) = conn.execute("SELECT count(*) FROM articles").fetchone()
    assert status == 200 and len(json.loads(body)) == articles
    settings = json.loads(fetch(served.base, "/-/settings.json")[1])
    cite = page(served, "/cite").text()
    assert f"{settings['max_returned_rows']:,}".replace(",", ".") in cite


def test_a_search_is_a_feed_with_its_filters(served, texts) -> None:
    found, _, _ = search(served, q="pengawasan", province="35")
    results = page(served, "/search?q=pengawasan&province=35")
    href = results.css_first("a.follow").attributes["href"]
    assert href.startswith("/search.atom?") and "province=35" in href
    status, body, headers = fetch(served.base, href)
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(body.encode())
    ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]
    assert ids and set(ids) <= set(found) and len(ids) == min(50, len(found))
    assert "pengawasan" in feed.findtext(f"{ATOM}title")


def test_the_archive_downloads_with_its_checksum(served, tmp_path) -> None:
    assert "bawaslu-archive snapshot" in page(served, "/cite").text()
    run_cli("snapshot", "--db", str(served.db))
    cite = page(served, "/cite")
    link = cite.css_first("a.snapshot").attributes["href"]
    checksum = cite.css_first(".checksum").text()
    status, _, _ = fetch(served.base, "/download/nothing.db")
    assert status == 404
    with urllib.request.urlopen(served.base + link, timeout=30) as response:
        data = response.read()
    assert hashlib.sha256(data).hexdigest() == checksum
    copy = tmp_path / "copy.db"
    copy.write_bytes(data)
    with sqlite3.connect(copy) as conn, sqlite3.connect(served.db) as original:
        count = "SELECT count(*) FROM articles"
        assert conn.execute(count).fetchone() == original.execute(count).fetchone()
    assert checksum in cite.css_first(".dataset-version").text()


def test_quoted_word_counts_agree_with_datasette_and_cite_says_why_others_differ(served) -> None:
    _, quoted, _ = search(served, q='"pengawasan"')
    status, body, _ = fetch(served.base, "/bawaslu/articles.json?_search=pengawasan&_size=1")
    assert status == 200 and quoted == json.loads(body)["filtered_table_rows_count"]
    _, stemmed, _ = search(served, q="pengawasan")
    assert stemmed > quoted
    assert "Mengapa jumlahnya berbeda" in page(served, "/cite").text()


def test_datasette_table_search_pages_counts_and_facets_every_match(served) -> None:
    """A word in most articles takes the table search's dense plan (archive/web/plugins/
    table_search.py), a rare one the usual plan: both page through, count and facet exactly
    the articles SQLite's own full-text match finds."""
    with sqlite3.connect(served.db) as conn:
        (last_rowid,) = conn.execute("SELECT max(rowid) FROM articles").fetchone()
        for word in ("bawaslu", "baliho"):
            matched = conn.execute(
                "SELECT url, host, date_source, published_year, tags FROM articles WHERE rowid IN"
                " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
                [f'"{word}"'],
            ).fetchall()
            assert (len(matched) * 3 >= last_rowid) == (word == "bawaslu")
            expected = {
                "host": Counter(row[1] for row in matched),
                "date_source": Counter(row[2] for row in matched if row[2] is not None),
                "published_year": Counter(row[3] for row in matched if row[3] is not None),
                "tags": Counter(tag for row in matched for tag in json.loads(row[4] or "[]")),
            }
            first = table_page(served, f"/bawaslu/articles.json?_search={word}&_size=7")
            assert first["filtered_table_rows_count"] == len(matched)
            for name, counts in expected.items():
                listed = first["facet_results"][name]["results"]
                assert listed and {item["value"]: item["count"] for item in listed} == {
                    item["value"]: counts[item["value"]] for item in listed
                }
                assert [item["count"] for item in listed] == sorted(counts.values())[::-1][
                    : len(listed)
                ]
            urls, dates, page_json = [], [], first
            while True:
                urls += [row[0] for row in page_json["rows"]]
                dates += [
                    row[page_json["columns"].index("published_date")] for row in page_json["rows"]
                ]
                if not page_json["next_url"]:
                    break
                page_json = table_page(served, page_json["next_url"].split(served.base, 1)[-1])
            assert sorted(urls) == sorted(row[0] for row in matched)
            assert dates == sorted(dates, key=lambda day: day or "", reverse=True)
            rows = read_csv(served, f"/bawaslu/articles.csv?_search={word}&_size=max&_dl=1")
            assert sorted(row["url"] for row in rows) == sorted(urls)


def table_page(served: ServedArchive, path: str) -> dict:
    status, body, _ = fetch(served.base, path)
    assert status == 200, body[:300]
    return json.loads(body)
