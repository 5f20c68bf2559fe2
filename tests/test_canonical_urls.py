"""One archive row and one request per article, whatever form its URL takes.

Canonical forms are checked on their own, then by real crawls of the mirror: an article whose
URL has a space and non-ASCII letters is not fetched again the next night, and a site that
links its pages through another of its host names keeps one row per article.
"""

from __future__ import annotations

import dataclasses
import random
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest
from conftest import crawl_mirror
from hypothesis import given, settings
from hypothesis import strategies as st
from w3lib.url import safe_url_string

from mirror.content import WIB, MirrorSite, build_sites, later_articles
from mirror.server import MirrorServer
from scrapers.registry import ALIASES_PATH, canonical_host, host_aliases, load_sites
from scrapers.urls import canonical_url, host_of

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

ODD_PATH = "/berita/apel siaga pengawas – kecamatan cepu é"
"""A Drupal alias as some sites print it in their listings: spaces and non-ASCII letters."""


@pytest.mark.parametrize(
    ("link", "canonical"),
    [
        (
            "http://Blora.Bawaslu.go.id/index.php/berita/rapat?page=2#top",
            "https://blora.bawaslu.go.id/berita/rapat",
        ),
        (
            "https://blora.bawaslu.go.id/berita/apel siaga – cepu é",
            "https://blora.bawaslu.go.id/berita/apel%20siaga%20%E2%80%93%20cepu%20%C3%A9",
        ),
        (
            "https://blora.bawaslu.go.id/berita/apel%20siaga%20%e2%80%93%20cepu%20%c3%a9",
            "https://blora.bawaslu.go.id/berita/apel%20siaga%20%E2%80%93%20cepu%20%C3%A9",
        ),
        ("https://bawaslu.go.id/id/berita/x", "https://www.bawaslu.go.id/id/berita/x"),
        ("https://lamteng.bawaslu.go.id/berita/x", "https://lampungtengah.bawaslu.go.id/berita/x"),
        ("https://blitar.bawaslu.go.id/berita/x", "https://blitarkab.bawaslu.go.id/berita/x"),
        ("https://blitarkota.bawaslu.go.id/berita/x", "https://blitarkota.bawaslu.go.id/berita/x"),
    ],
)
def test_every_form_of_a_link_has_one_canonical_url(link: str, canonical: str) -> None:
    assert canonical_url(link) == canonical
    assert canonical_url(canonical) == canonical


URLS = st.tuples(
    st.sampled_from(["https://", "http://", "HTTPS://", "//", ""]),
    st.sampled_from(
        ["blora.bawaslu.go.id", "Blora.Bawaslu.go.id", "bawaslu.go.id", "lamteng.bawaslu.go.id",
         "1.2.3.4", "0x1f", "a--b.c", "-a.b", "a..b", "xn--80ak6aa92e.com", "user@x.go.id",
         "x.go.id:8080", "x.go.id:443", "é.go.id", ""]
    ),
    st.lists(
        st.sampled_from(["berita", "index.php", ".", "..", "a b", "é", "%e2%80", "a_b~c", ""]),
        max_size=4,
    ).map(lambda segments: "".join("/" + segment for segment in segments)),
    st.sampled_from(["", "/", "?page=2", "#top", " ", "\t"]),
).map("".join)  # fmt: skip
"""Links as pages print them: plain ones, and ones with everything w3lib must mend."""


def w3lib_canonical_url(url: str) -> str:
    """The canonical form computed the long way, through w3lib, for every URL."""
    parts = urlsplit(safe_url_string(url.strip()))
    path = parts.path or "/"
    if path == "/index.php" or path.startswith("/index.php/"):
        path = path[len("/index.php") :] or "/"
    path = re.sub(r"%[0-9a-fA-F]{2}", lambda escape: escape.group(0).upper(), path)
    return urlunsplit(("https", canonical_host(parts.hostname or ""), path, "", ""))


@settings(max_examples=500, deadline=None)
@given(URLS)
def test_plain_urls_take_a_shortcut_to_the_same_answers(url: str) -> None:
    def outcome(function, url: str) -> str:
        try:
            return function(url)
        except ValueError as error:
            return type(error).__name__

    assert outcome(canonical_url, url) == outcome(w3lib_canonical_url, url)
    assert outcome(host_of, url) == outcome(lambda u: (urlsplit(u).hostname or "").lower(), url)


def test_each_alias_names_a_registry_host_and_follows_a_rename(tmp_path: Path) -> None:
    sites = load_sites()
    registry = {site.host for site in sites}
    aliases = host_aliases(sites)
    assert aliases and set(aliases.values()) <= registry and not set(aliases) & registry
    # Probing renames Lampung Tengah to the host it was seen at: the pair turns around.
    renamed = [
        dataclasses.replace(site, host="lamteng.bawaslu.go.id")
        if site.host == "lampungtengah.bawaslu.go.id"
        else site
        for site in sites
    ]
    turned = host_aliases(renamed, ALIASES_PATH)
    assert turned["lampungtengah.bawaslu.go.id"] == "lamteng.bawaslu.go.id"


def _with_odd_path(site: MirrorSite) -> MirrorSite:
    """The site with its newest article moved to ODD_PATH."""
    newest, *rest = site.articles
    return dataclasses.replace(site, articles=(dataclasses.replace(newest, path=ODD_PATH), *rest))


def _archived(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT url, host FROM articles").fetchall())


def test_a_url_with_spaces_and_accents_is_fetched_once(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    blora = _with_odd_path(build_sites()["blora.bawaslu.go.id"])
    with MirrorServer(port=0, sites={blora.host: blora}) as server:
        crawl_mirror(server.url, db, [blora.host])
        first_night = _archived(db)
        expected = f"https://{blora.host}" + quote(ODD_PATH)
        assert expected in first_night and len(first_night) == len(blora.articles)

    # The next night one new article tops the listing, so page 1 is read and compared.
    moment = datetime.now(WIB).replace(microsecond=0) - timedelta(hours=1)
    newer = later_articles(blora, random.Random(1), [moment])
    grown = dataclasses.replace(blora, articles=(*newer, *blora.articles))
    with MirrorServer(port=0, sites={grown.host: grown}) as server:
        crawl_mirror(server.url, db, [grown.host])
        asked = [record.path for record in server.access_log.records()]
    second_night = _archived(db)
    assert len(second_night) == len(first_night) + 1
    assert [path for path in asked if path.startswith("/berita/")] == [newer[0].path]
    assert quote(ODD_PATH) not in asked


def test_an_article_served_under_an_alias_host_is_stored_once(tmp_path: Path) -> None:
    db = tmp_path / "bawaslu.db"
    national = build_sites()["www.bawaslu.go.id"]
    quirks = dataclasses.replace(national.quirks, alias_links="bawaslu.go.id")
    via_alias = dataclasses.replace(
        national, spec=dataclasses.replace(national.spec, quirks=quirks)
    )
    with MirrorServer(port=0, sites={national.host: via_alias}) as server:
        crawl_mirror(server.url, db, [national.host])
    archived = _archived(db)
    assert set(archived.values()) == {"www.bawaslu.go.id"}
    assert set(archived) == {national.url_of(article) for article in national.articles}

    # Linked by its own host the next night: every article is known, none is asked again.
    with MirrorServer(port=0, sites={national.host: national}) as server:
        crawl_mirror(server.url, db, [national.host])
        asked = {record.path for record in server.access_log.records()}
    assert _archived(db) == archived
    assert not asked & {article.path for article in national.articles}
