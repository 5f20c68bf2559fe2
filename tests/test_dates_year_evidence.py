"""The year of a yearless date from evidence: tables written by hand.

Weekdays used below (checked on a calendar): 23 September is a Wednesday in 2015, 2020 and
2026, a Monday in 2019, a Thursday in 2021; 28 December is a Thursday in 2017 and 2023.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.article import Article, DateClue
from scrapers.dates import resolve_article_date
from scrapers.dating import SiteDating
from scrapers.extract import parse_html
from scrapers.pages import Document, ListingEntry
from scrapers.reading import PageReading
from scrapers.year_evidence import (
    Anchor,
    YearEvidence,
    body_year_evidence,
    choose_year,
    last_modified_evidence,
    neighbour_evidence,
    node_id_evidence,
    upload_evidence,
)

WED, THU = 2, 3
LIMIT = date(2026, 11, 26)
JAKARTA = "Asia/Jakarta"


def ev(source: str, earliest: str | None = None, latest: str | None = None, around=None):
    return YearEvidence(
        source,
        date.fromisoformat(earliest) if earliest else date.min,
        date.fromisoformat(latest) if latest else date.max,
        date.fromisoformat(around) if around else None,
    )


CHOICES = [
    # no evidence: the latest year the weekday fits
    ((23, 9, WED), [], "2026-09-23", "weekday_latest", ()),
    ((23, 9, None), [], "2026-09-23", "weekday_latest", ()),
    # hard bounds narrow, then the weekday picks
    ((23, 9, WED), [ev("listing_neighbours", "2020-06-01", "2021-02-01")], "2020-09-23",
     "listing_neighbours", ()),
    ((23, 9, WED), [ev("listing_neighbours", "2014-01-01", "2022-12-31")], "2020-09-23",
     "listing_neighbours", ()),
    ((23, 9, WED), [ev("node_id", "2015-01-10", "2016-03-01")], "2015-09-23", "node_id", ()),
    ((23, 9, WED), [ev("first_seen", None, "2025-01-01")], "2020-09-23", "first_seen", ()),
    ((23, 9, WED), [ev("last_modified", None, "2021-01-05")], "2020-09-23", "last_modified", ()),
    # the tighter bound decides; a bound that changes nothing decides nothing
    ((23, 9, WED), [ev("listing_neighbours", "2019-01-01", "2024-12-31"),
                    ev("node_id", "2020-08-01", "2020-10-01")], "2020-09-23", "node_id", ()),
    ((23, 9, WED), [ev("listing_neighbours", "2020-09-01", "2020-09-30"),
                    ev("node_id", "2020-01-01", "2021-12-31")], "2020-09-23",
     "listing_neighbours", ()),
    # evidence and weekday disagree: the evidence wins, the article says so
    ((23, 9, THU), [ev("listing_neighbours", "2020-09-01", "2020-09-30")], "2020-09-23",
     "listing_neighbours", ("weekday_mismatch",)),
    # two hard bounds contradict: the more trusted one stands
    ((23, 9, WED), [ev("listing_neighbours", "2020-09-01", "2020-09-30"),
                    ev("node_id", "2023-01-01", "2023-12-31")], "2020-09-23",
     "listing_neighbours", ("year_conflict",)),
    # soft evidence chooses among the years the weekday leaves
    ((23, 9, WED), [ev("upload_path", "2020-08-01", "2021-03-01", "2020-09-15")], "2020-09-23",
     "upload_path", ()),
    ((23, 9, WED), [ev("body_year", "2016-01-01", "2021-12-31", "2020-01-01")], "2020-09-23",
     "body_year", ()),
    ((23, 9, WED), [ev("body_year", "2014-01-01", "2021-12-31", "2016-01-01")], "2015-09-23",
     "body_year", ()),
    # soft evidence that fits no allowed year is ignored; hard evidence is not overruled by it
    ((23, 9, WED), [ev("body_year", "2022-01-01", "2023-12-31", "2023-01-01")], "2026-09-23",
     "weekday_latest", ()),
    ((23, 9, WED), [ev("node_id", "2020-01-01", "2020-12-31"),
                    ev("upload_path", "2026-08-01", "2027-01-31")], "2020-09-23", "node_id", ()),
    # a leap day exists only in leap years
    ((29, 2, None), [ev("listing_neighbours", "2019-06-01", "2021-06-01")], "2020-02-29",
     "listing_neighbours", ()),
    ((28, 12, THU), [ev("listing_neighbours", "2017-01-01", "2018-01-01")], "2017-12-28",
     "listing_neighbours", ()),
]  # fmt: skip


@pytest.mark.parametrize(("written", "evidence", "expected", "source", "flags"), CHOICES)
def test_choose_year(written, evidence, expected, source, flags):
    day, month, weekday = written
    choice = choose_year(day, month, weekday, evidence, limit=LIMIT)
    assert choice is not None
    assert (choice.date.isoformat(), choice.source, choice.flags) == (expected, source, flags)


def test_choose_year_of_a_day_that_never_was():
    assert choose_year(31, 2, None, [], limit=LIMIT) is None


def declared_node_id(html: str, url: str = "") -> int | None:
    """The node id parse_article reports for a page: read from the page's parsed tree."""
    return Document(parse_html(html), url).node_id


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        ('<link rel="shortlink" href="https://x.bawaslu.go.id/node/1234">', "", 1234),
        ("<link href='/node/77' rel='shortlink' />", "", 77),
        ('<link rel="canonical" href="/node/88">', "", 88),
        ('<article data-history-node-id="456" role="article">', "", 456),
        ('<article about="/node/457" class="node">', "", 457),
        ('<body class="path-node page-node-458 page-node-type-berita">', "", 458),
        ('<article id="node-459" class="node">', "", 459),
        ("", "https://x.bawaslu.go.id/node/460", 460),
        ('<body class="path-node page-node-type-berita"><a href="/node/9">baca</a>', "", None),
        ('<link rel="canonical" href="/berita/slug">', "https://x.bawaslu.go.id/berita/s", None),
        ('<!-- <link rel="shortlink" href="/node/5"> --><article id="node-6">', "", 6),
        ("<script>var a = '<article about=\"/node/7\">';</script>", "", None),
        ('<div about="/node/8"><span class="node-9">x</span></div>', "", None),
    ],
)
def test_page_node_id(html, url, expected):
    assert declared_node_id(html, url) == expected


NODE_IDS = st.integers(1, 99_999)
RELS = {"{}": True, "{} alternate": True, "alternate {}": True, "{}-old": False, "{upper}": True}
"""How a rel may spell a link's kind, and whether it names the kind (a list of words, any case)."""
LINKS = st.tuples(
    st.sampled_from(["shortlink", "canonical"]),
    st.sampled_from(list(RELS)),
    st.sampled_from(["/node/{}", "https://x.bawaslu.go.id/node/{}", "/berita/slug-{}"]),
    NODE_IDS,
)
"""A `<link>`: its kind, how its rel spells the kind, its href and the id the href may hold."""
ELEMENTS = st.tuples(
    st.sampled_from(["history", "about", "id", "body", "decoy"]),
    st.sampled_from(["article", "div", "section"]),
    NODE_IDS,
)
"""An element declaring an id (or looking as if: a decoy), the tag it is on, the id."""
DECOYS = (
    '<a href="/node/{}">baca</a>',
    "<!-- <link rel=shortlink href=/node/{0}> <article id=node-{0}> -->",
    "<script>var page = '<article about=\"/node/{}\">';</script>",
    '<p class="node-{0}" about="/node/{0}">teks</p>',
)


def declaring_page(links, elements) -> str:
    """A page with the links in its head and the elements in its body, in the order given."""
    head = "".join(
        f'<link rel="{rel.format(kind, upper=kind.upper())}" href="{href.format(node)}">'
        for kind, rel, href, node in links
    )
    body_class = " ".join(f"page-node-{node}" for kind, _, node in elements if kind == "body")
    body = []
    for index, (kind, tag, node) in enumerate(elements):
        if kind == "history":
            body.append(f'<{tag} data-history-node-id="{node}">a</{tag}>')
        elif kind in ("about", "id"):
            attribute = f'about="/node/{node}"' if kind == "about" else f'id="node-{node}"'
            body.append(f"<article {attribute}>b</article>")
        elif kind == "decoy":
            body.append(DECOYS[index % len(DECOYS)].format(node))
    return (
        f"<html><head><title>t</title>{head}</head>"
        f'<body class="path-node {body_class}">{"".join(body)}</body></html>'
    )


def expected_node_id(links, elements, url: str) -> int | None:
    """What the page declares, in the trust order of page_node_id's docstring: the first link
    of a kind decides for it; of the other kinds, the first element that declares one."""
    first: dict[str, int | None] = {}
    for kind, rel, href, node in links:
        if RELS[rel] and kind not in first:
            first[kind] = node if "/node/" in href else None
    for kind, _, node in elements:
        if kind != "decoy" and first.get(kind) is None:
            first[kind] = node
    for kind in ("shortlink", "canonical", "history", "about", "body", "id"):
        if first.get(kind) is not None:
            return first[kind]
    return int(url.rsplit("/", 1)[1]) if "/node/" in url else None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(LINKS, max_size=4),
    st.lists(ELEMENTS, max_size=6),
    st.sampled_from(["https://x.bawaslu.go.id/node/31", "https://x.bawaslu.go.id/berita/y"]),
)
def test_page_node_id_is_the_most_trusted_declaration(links, elements, url) -> None:
    page = declaring_page(links, elements)
    assert declared_node_id(page, url) == expected_node_id(links, elements, url)


def test_node_id_interpolates_between_dated_articles():
    anchors = [
        Anchor(date(2019, 1, 5), 100),
        Anchor(date(2019, 3, 1), 120),
        Anchor(date(2020, 9, 1), 200),
        Anchor(date(2020, 10, 2), 230),
        Anchor(date(2021, 1, 4), 260),
    ]
    assert node_id_evidence(210, anchors) == ev("node_id", "2019-03-01", "2021-01-04")
    assert node_id_evidence(90, anchors) == ev("node_id", None, "2019-03-01")
    assert node_id_evidence(300, anchors) == ev("node_id", "2020-10-02", None)
    assert node_id_evidence(5, []) is None


def test_listing_neighbours_survive_one_row_out_of_order():
    days = [date(2019, 1, 1), date(2021, 5, 1), None, date(2020, 7, 1), date(2020, 6, 1)]
    # the sticky 2019 post at the top does not cap the undated row at 2019
    assert neighbour_evidence(days, 2) == ev("listing_neighbours", "2020-06-01", "2021-05-01")
    assert neighbour_evidence([None, None], 0) is None


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["/sites/sukoharjo/files/2020-09/foto.jpg"],
         ev("upload_path", "2020-08-01", "2021-03-03", "2020-09-15")),
        (["https://x/sites/x/files/2019/03/a.jpg", "https://x/sites/x/files/2017/01/b.jpg"],
         ev("upload_path", "2019-01-29", "2019-08-31", "2019-03-15")),
        (["/sites/x/files/styles/thumb/public/2021-06/a.jpg"],
         ev("upload_path", "2021-05-01", "2021-12-01", "2021-06-15")),
        (["/wp-content/uploads/2018/11/a.png"],
         ev("upload_path", "2018-10-01", "2019-05-03", "2018-11-15")),
        (["/sites/x/files/logo.png", "/sites/x/files/1999/01/old.jpg"], None),
    ],
)  # fmt: skip
def test_upload_paths(urls, expected):
    assert upload_evidence(urls) == expected


def test_body_years_skip_law_numbers():
    text = (
        "Sesuai Undang-Undang Nomor 7 Tahun 2017, Bawaslu menyiapkan Pilkada 2020 dan "
        "mengevaluasi Pemilu 2019."
    )
    assert body_year_evidence(text, []) == [
        ev("body_year", "2016-01-01", "2021-12-31", "2020-01-01")
    ]
    assert body_year_evidence("UU No. 10 Tahun 2016 tentang Pilkada", []) == []
    written = [date(2020, 12, 9), date(2020, 9, 26)]
    assert body_year_evidence("", written) == [
        ev("body_year", "2018-12-10", "2021-12-10", "2020-12-09")
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Wed, 23 Sep 2020 18:00:00 GMT", ev("last_modified", None, "2020-09-24")),
        ("Thu, 01 Jan 1970 00:00:00 GMT", None),
        ("kemarin", None),
        ("", None),
    ],
)
def test_last_modified(header, expected):
    assert last_modified_evidence(header, JAKARTA) == expected


def test_resolve_takes_the_year_from_evidence_and_says_which():
    clues = [DateClue("body", "Rapat pleno digelar Rabu (23/9) di aula.")]
    bare = resolve_article_date(clues, reference=LIMIT, tz=JAKARTA)
    known = resolve_article_date(
        clues,
        reference=LIMIT,
        tz=JAKARTA,
        evidence=[ev("listing_neighbours", "2020-09-01", "2020-10-31")],
    )
    assert bare is not None and known is not None
    assert (bare.published_date, bare.year_source) == ("2026-09-23", "weekday_latest")
    assert (known.published_date, known.year_source, known.flags) == (
        "2020-09-23",
        "listing_neighbours",
        ("year_inferred",),
    )


def reading(url: str, body: str, node_id: int | None = None) -> PageReading:
    article = Article(
        url=url,
        host="x.bawaslu.go.id",
        layout="drupal",
        title="Judul",
        body=body,
        date_clues=(DateClue("body", body),),
        node_id=node_id,
    )
    found = resolve_article_date(article.date_clues, reference=LIMIT, tz=JAKARTA)
    return PageReading(replace(article, date=found), (), LIMIT, JAKARTA)


def test_a_site_settles_its_yearless_articles_from_walk_and_node_ids():
    dating: SiteDating[str] = SiteDating()
    host = "x.bawaslu.go.id"
    rows = [
        ListingEntry("https://x/berita/a", "A", "Senin, 5 Oktober 2020"),
        ListingEntry("https://x/berita/b", "B"),
        ListingEntry("https://x/berita/c", "C"),
        ListingEntry("https://x/berita/d", "D"),
    ]
    dating.walked(host, rows, reference=LIMIT, tz=JAKARTA)
    assert dating.read(host, reading("https://x/berita/b", "Rabu (23/9) rapat."), "b") == []
    dated = reading("https://x/berita/c", "Senin (21/9/2020) rapat.", node_id=40)
    assert [payload for _, payload in dating.read(host, dated, "c")] == ["c"]
    undated_row = reading("https://x/berita/z", "Rabu (23/9) rapat.", node_id=39)
    dating.read(host, undated_row, "z")
    settled = {payload: article.date for article, payload in dating.settle(host)}
    assert settled["b"] is not None and settled["z"] is not None
    assert (settled["b"].published_date, settled["b"].year_source) == (
        "2020-09-23",
        "listing_neighbours",
    )
    # z is on no listing page: its node id, just below c's, bounds it by c's date
    assert (settled["z"].published_date, settled["z"].year_source) == ("2015-09-23", "node_id")
    assert dating.settle(host) == []


def test_an_undated_article_stays_undated():
    dating: SiteDating[str] = SiteDating()
    host = "x.bawaslu.go.id"
    rows = [
        ListingEntry("https://x/berita/a", "A", "Senin, 28 September 2020"),
        ListingEntry("https://x/berita/b", "B"),
        ListingEntry("https://x/berita/c", "C", "Senin, 21 September 2020"),
    ]
    dating.walked(host, rows, reference=LIMIT, tz=JAKARTA)
    assert dating.read(host, reading("https://x/berita/b", "Rapat tanpa tanggal."), "b") == []
    [(article, _)] = dating.settle(host)
    assert article.date is None


def test_without_waiting_a_page_is_dated_by_its_own_evidence():
    dating: SiteDating[str] = SiteDating(wait=False)
    host = "x.bawaslu.go.id"
    dating.walked(host, [ListingEntry("https://x/berita/b", "B")], reference=LIMIT, tz=JAKARTA)
    [(article, payload)] = dating.read(host, reading("https://x/berita/b", "Rabu (23/9)."), "b")
    assert article.date is not None and payload == "b"
    assert (article.date.published_date, article.date.year_source) == (
        "2026-09-23",
        "weekday_latest",
    )
    assert dating.waiting_hosts() == []
