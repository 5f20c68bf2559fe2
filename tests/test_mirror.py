"""The mirror over real HTTP: virtual hosts, listings, aliases, redirects, robots.txt, errors,
and the seed article page read as a browser would show it."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from mirror.calendar_id import MONTH_ABBREVIATIONS, MONTHS, OLD_MONTH_SPELLINGS, WEEKDAYS
from mirror.content import MirrorSite, build_sites
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

TODAY = date(2026, 11, 26)
SEED_FILE = Path(__file__).resolve().parent.parent / "mirror/data/seed_lampung.txt"
ARTICLE_LINK = {
    "drupal": re.compile(r"^(/index\.php)?/berita/[^/?#]+$"),
    "wordpress": re.compile(r"^/\d{4}/\d{2}/\d{2}/[^/]+/$"),
    "drupal7": re.compile(r"^/id/berita/[^/?#]+$"),
}


@dataclass(frozen=True)
class Fetched:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer(port=0, seed=0, today=TODAY) as server:
        yield server


def fetch(server: MirrorServer, host: str, target: str, **headers: str) -> Fetched:
    """One GET with `Host: host`, redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.request("GET", target, headers={"Host": host, **headers})
        response = connection.getresponse()
        return Fetched(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


class LinkCollector(HTMLParser):
    """Every <a href> with its rel and the classes of the elements around it."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []  # href, rel, enclosing classes
        self._classes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(
                (attributes["href"] or "", attributes.get("rel") or "", " ".join(self._classes))
            )
        if tag not in VOID_TAGS:
            self._classes.append(attributes.get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS and self._classes:
            self._classes.pop()


VOID_TAGS = {"img", "br", "meta", "link", "input", "hr"}
BLOCK_TAGS = {
    "html", "body", "div", "p", "main", "header", "footer", "article", "section", "nav",
    "aside", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "table", "tr", "blockquote", "pre", "form",
}  # fmt: skip
HIDDEN_TAGS = {"head", "title", "script", "style", "template", "noscript"}


class InnerText(HTMLParser):
    """Text as a browser's innerText shows it: block elements and <br> break lines, inline
    elements do not, runs of white space collapse to one space."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        elif tag in BLOCK_TAGS or tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def non_blank_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def inner_text_lines(page: str) -> list[str]:
    parser = InnerText()
    parser.feed(page)
    parser.close()
    return non_blank_lines("".join(parser.parts))


def walk_listing(server: MirrorServer, site: MirrorSite) -> tuple[list[str], int]:
    """Follow redirects and "next" links from /berita; article links in order, page count."""
    target, articles, pages = "/berita", [], 0
    while target:
        response = fetch(server, site.host, target)
        if response.status == 301:
            target = urljoin(target, response.headers["Location"])
            continue
        assert response.status == 200, target
        pages += 1
        collector = LinkCollector()
        collector.feed(response.text)
        hrefs = [urlsplit(urljoin(target, href)).path for href, _, _ in collector.links]
        on_page = list(dict.fromkeys(h for h in hrefs if ARTICLE_LINK[site.layout].match(h)))
        assert len(on_page) <= site.per_page + 1  # the dead link may add one row
        articles += on_page
        following = [
            urljoin(target, href)
            for href, rel, classes in collector.links
            if "next" in rel.split() or "pager-next" in classes.split()
        ]
        target = following[0] if following else ""
    return articles, pages


def test_each_site_answers_by_host_header(mirror: MirrorServer) -> None:
    assert len(mirror.sites) >= 6
    for host, site in mirror.sites.items():
        article = site.articles[0]
        response = fetch(mirror, host, article.path)
        assert response.status == 200
        assert f"| {site.spec.name}</title>" in response.text or site.layout == "wordpress"
        assert article.title.split()[0] in response.text
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"


def test_port_in_host_header_and_proxy_form_reach_the_same_site(mirror: MirrorServer) -> None:
    site = mirror.sites["jatim.bawaslu.go.id"]
    plain = fetch(mirror, site.host, "/berita")
    with_port = fetch(mirror, f"{site.host}:{mirror.port}", "/berita")
    proxy_form = fetch(mirror, "127.0.0.1", f"http://{site.host}/berita")
    assert plain.body == with_port.body == proxy_form.body


def test_listings_cover_every_article_newest_first(mirror: MirrorServer) -> None:
    for site in mirror.sites.values():
        links, pages = walk_listing(mirror, site)
        canonical = [link.removeprefix("/index.php") for link in links]
        expected = [article.path for article in site.articles]
        if site.dead_link is not None:
            expected.insert((site.dead_link.listing_page + 1) * site.per_page, site.dead_link.path)
        assert canonical == expected, site.host
        assert len(site.articles) >= 30 and pages >= 3 and pages == site.page_count
        dates = [article.published_at for article in site.articles]
        assert dates == sorted(dates, reverse=True)


def test_index_php_alias_is_the_same_page(mirror: MirrorServer) -> None:
    nganjuk = mirror.sites["nganjuk.bawaslu.go.id"]
    assert (
        f'href="/index.php{nganjuk.articles[0].path}"'
        in fetch(mirror, nganjuk.host, "/berita").text
    )
    for site in mirror.sites.values():
        if site.layout != "drupal":
            continue
        for article in site.articles[::7]:
            direct = fetch(mirror, site.host, article.path)
            alias = fetch(mirror, site.host, "/index.php" + article.path)
            assert direct.status == alias.status == 200
            assert direct.body == alias.body


def test_redirects_of_the_older_platforms(mirror: MirrorServer) -> None:
    jombang, www = "jombang.bawaslu.go.id", "www.bawaslu.go.id"
    assert fetch(mirror, jombang, "/berita").headers["Location"] == "/category/berita/"
    first_page = fetch(mirror, jombang, "/category/berita/page/1/")
    assert (first_page.status, first_page.headers["Location"]) == (301, "/category/berita/")
    post = mirror.sites[jombang].articles[3].path
    assert fetch(mirror, jombang, post.rstrip("/")).headers["Location"] == post
    listing = fetch(mirror, www, "/berita")
    assert (listing.status, listing.headers["Location"]) == (301, "/id/berita")
    assert fetch(mirror, www, "/berita?page=2").headers["Location"] == "/id/berita?page=2"


def test_robots_txt_closes_admin_paths_and_opens_the_news(mirror: MirrorServer) -> None:
    for site in mirror.sites.values():
        response = fetch(mirror, site.host, "/robots.txt")
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        robots = RobotFileParser()
        robots.parse(response.text.splitlines())
        base = f"https://{site.host}"
        for open_path in (
            "/berita",
            site.articles[0].path,
            site.listing_href(site.articles[0].path),
        ):
            assert robots.can_fetch("bawaslu-archive", base + open_path), open_path
        closed = "/wp-admin/" if site.layout == "wordpress" else "/user/login"
        assert not robots.can_fetch("bawaslu-archive", base + closed)


def test_unknown_paths_and_hosts_are_real_404s(mirror: MirrorServer) -> None:
    for site in mirror.sites.values():
        missing = fetch(mirror, site.host, "/berita/tidak-ada-artikel-seperti-ini")
        assert missing.status == 404
        assert "Halaman tidak ditemukan" in missing.text
    stranger = fetch(mirror, "example.org", "/berita")
    assert stranger.status == 404
    assert "example.org" in stranger.text and "lampung.bawaslu.go.id" in stranger.text
    past_end = mirror.sites["jombang.bawaslu.go.id"].page_count + 1
    beyond = fetch(mirror, "jombang.bawaslu.go.id", f"/category/berita/page/{past_end}/")
    assert beyond.status == 404


def test_dead_listing_link_and_profile_page_answer_200(mirror: MirrorServer) -> None:
    sites_with_dead_link = [site for site in mirror.sites.values() if site.dead_link]
    assert sites_with_dead_link
    for site in sites_with_dead_link:
        assert site.dead_link is not None
        page = fetch(mirror, site.host, site.dead_link.path)
        assert page.status == 200 and "Halaman tidak ditemukan" in page.text
    for site in mirror.sites.values():
        target = "/profil/sejarah/" if site.layout == "wordpress" else "/profil/sejarah"
        profile = fetch(mirror, site.host, target)
        assert profile.status == 200 and "Sejarah" in profile.text
        assert "<article" not in profile.text or site.layout == "wordpress"


def test_seed_page_reads_line_for_line_like_the_seed(mirror: MirrorServer) -> None:
    lampung = mirror.sites["lampung.bawaslu.go.id"]
    seed = lampung.articles[-1]  # the oldest Lampung article
    assert seed.published_date == date(2023, 12, 28)
    page = fetch(mirror, lampung.host, seed.path)
    assert page.status == 200
    expected = non_blank_lines(SEED_FILE.read_text(encoding="utf-8"))
    assert inner_text_lines(page.text) == expected


def test_xss_article_title_is_escaped_and_body_payload_raw(mirror: MirrorServer) -> None:
    nganjuk = mirror.sites["nganjuk.bawaslu.go.id"]
    [hostile] = [article for article in nganjuk.articles if "<script>" in article.title]
    page = fetch(mirror, nganjuk.host, hostile.path).text
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page
    body = page[page.index("field--name-body") :]
    assert '<script>alert("xss")</script>' in body
    assert "<img src=x onerror=alert(1)>" in body
    assert page.count("<script>") == 1  # only the deliberate one; the title is text


def test_one_drupal7_page_is_windows_1252_under_a_utf8_meta(mirror: MirrorServer) -> None:
    www = mirror.sites["www.bawaslu.go.id"]
    [odd] = [article for article in www.articles if article.encoding == "windows-1252"]
    response = fetch(mirror, www.host, odd.path)
    assert response.headers["Content-Type"] == "text/html"
    assert b"charset=utf-8" in response.body
    with pytest.raises(UnicodeDecodeError):
        response.body.decode("utf-8")
    decoded = response.body.decode("windows-1252")
    assert odd.title in decoded and "André" in decoded and "“" in decoded


def test_date_metadata_follows_each_sites_quirks(mirror: MirrorServer) -> None:
    jatim = mirror.sites["jatim.bawaslu.go.id"]
    article = jatim.articles[0]
    meta = f'<meta property="article:published_time" content="{article.published_at.isoformat()}">'
    assert meta in fetch(mirror, jatim.host, article.path).text
    lampung = mirror.sites["lampung.bawaslu.go.id"]
    assert "published_time" not in fetch(mirror, lampung.host, lampung.articles[0].path).text
    blora = mirror.sites["blora.bawaslu.go.id"]
    listing = fetch(mirror, blora.host, "/berita").text
    first = blora.articles[0].published_date
    assert f"{first.day} {MONTHS[first.month - 1]} {first.year}</span>" in listing


def test_conditional_get_answers_304(mirror: MirrorServer) -> None:
    site = mirror.sites["blora.bawaslu.go.id"]
    first = fetch(mirror, site.host, site.articles[0].path)
    again = fetch(
        mirror, site.host, site.articles[0].path, **{"If-None-Match": first.headers["ETag"]}
    )
    assert again.status == 304 and again.body == b""
    since = fetch(
        mirror,
        site.host,
        site.articles[0].path,
        **{"If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert since.status == 304


def test_access_log_records_each_request(mirror: MirrorServer) -> None:
    mirror.access_log.clear()
    fetch(mirror, "nganjuk.bawaslu.go.id", "/robots.txt")
    fetch(mirror, "nganjuk.bawaslu.go.id", "/tidak-ada")
    records = mirror.access_log.records()
    assert [(r.host, r.method, r.path, r.status) for r in records] == [
        ("nganjuk.bawaslu.go.id", "GET", "/robots.txt", 200),
        ("nganjuk.bawaslu.go.id", "GET", "/tidak-ada", 404),
    ]
    assert all(r.started <= r.finished for r in records)


def test_content_is_a_pure_function_of_seed_and_today() -> None:
    assert build_sites(0, TODAY) == build_sites(0, TODAY)
    other = build_sites(1, TODAY)["jatim.bawaslu.go.id"]
    assert other.articles != build_sites(0, TODAY)["jatim.bawaslu.go.id"].articles
    for site in build_sites(3, TODAY).values():
        if site.layout == "drupal":
            recent = [a for a in site.articles if a.topic != "seed"]
            assert all(TODAY - timedelta(days=120) <= a.published_date < TODAY for a in recent)


def test_body_dates_agree_with_the_publication_date() -> None:
    sites = build_sites(0, TODAY)
    undated = 0
    for site in sites.values():
        for article in site.articles:
            undated += not article.body_dates
            for phrase in article.body_dates:
                day = article.published_date
                weekday = WEEKDAYS[day.weekday()]
                friday_spelling = weekday == "Jumat" and phrase.startswith("Jum'at")
                assert phrase.startswith(weekday) or friday_spelling, phrase
                numbers = [int(n) for n in re.findall(r"\d+", phrase)]
                assert numbers[:2] == [day.day, day.month] or _names_month(phrase, day), phrase
                assert any(phrase in paragraph for paragraph in article.paragraphs)
    assert undated > 0  # some articles carry no date in the body
    nganjuk, lampung = sites["nganjuk.bawaslu.go.id"], sites["lampung.bawaslu.go.id"]
    assert any(site.knowable_date(a) is None for site in (nganjuk, lampung) for a in site.articles)


def _names_month(phrase: str, day: date) -> bool:
    """Whether `phrase` names the day and the month of `day` in words (any spelling)."""
    index = day.month - 1
    spellings = {MONTHS[index], OLD_MONTH_SPELLINGS.get(index + 1, ""), MONTH_ABBREVIATIONS[index]}
    words = phrase.lower().replace(",", " ").split()
    return str(day.day) in words and any(s.lower() in words for s in spellings if s)
