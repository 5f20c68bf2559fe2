"""What the search box makes of what people type, checked against hand-written expectations."""

from __future__ import annotations

import csv

from archive.web.glossary import GLOSSARY_PATH, glossary
from archive.web.search import MAX_QUERY_CHARS, SearchQuery, Terms
from archive.web.suggest import edit_distance, looser_searches, one_edit_away


def test_minus_and_not_exclude_and_or_joins() -> None:
    assert Terms.parse("politik -uang").stem_expression() == '("politik") NOT "uang"'
    assert Terms.parse("politik NOT uang") == Terms.parse("politik -uang")
    assert Terms.parse("hoaks OR baliho sengketa").stem_expression() == (
        '("hoaks" OR "baliho") AND "sengketa"'
    )
    only_excluded = Terms.parse("-uang")
    assert only_excluded.stem_expression() == "" and only_excluded.excluded_stems() == '"uang"'
    lowercase = Terms.parse("politik or not")
    assert [group[0].text for group in lowercase.groups] == ["politik", "or", "not"]


def test_quotes_are_exact_and_excluded_phrases_stay_exact() -> None:
    terms = Terms.parse('"politik uang" -"serangan fajar" baliho')
    assert terms.phrase_expression() == '("politik uang") NOT "serangan fajar"'
    assert terms.stem_expression() == '"baliho"'
    unclosed = Terms.parse('"politik uang')
    assert unclosed.phrases == ("politik uang",)


def test_fields_in_the_box_become_filters() -> None:
    query = SearchQuery.from_args({"q": 'site:jatim tag:"Pemilu 2024" penulis:Dimas baliho'})
    assert query.effective_filters == {
        "host": "jatim.bawaslu.go.id",
        "tag": "Pemilu 2024",
        "credit": "Dimas",
    }
    assert SearchQuery.from_args({"q": "site:https://Bawaslu.go.id/x"}).effective_filters == {
        "host": "www.bawaslu.go.id"
    }
    assert query.terms.stem_expression() == '"baliho"'


def test_glossary_forms_are_searched_both_ways_and_reported() -> None:
    short = Terms.parse("netralitas ASN")
    long = Terms.parse("netralitas aparatur sipil negara")
    assert short.expanded == ("aparatur sipil negara",) and long.expanded == ("asn",)
    assert (
        {t.text for t in short.groups[1]}
        == {t.text for t in long.groups[1]}
        == {
            "asn",
            "aparatur sipil negara",
        }
    )
    assert Terms.parse('"ASN"').expanded == ()  # quoted: exactly as typed
    assert {t.text for t in Terms.parse("Jatim").groups[0]} == {"jatim", "jawa timur"}


def test_every_glossary_row_is_read_both_ways() -> None:
    with GLOSSARY_PATH.open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert len(rows) > 60
    entries = glossary()
    for row in rows:
        assert row["short"] and row["long"] and row["kind"], row
        short = tuple(row["short"].replace("-", " ").split())
        long = tuple(row["long"].split())
        assert long in entries[short] and short in entries[long], row


def test_a_long_query_is_cut_at_a_whole_word() -> None:
    text = "pengawasan pemilu " * 15
    query = SearchQuery.from_args({"q": text})
    assert len(query.text) <= MAX_QUERY_CHARS
    assert text.startswith(query.text) and query.text.split()[-1] in ("pengawasan", "pemilu")
    assert query.problems and "dipotong" in query.problems[0]


def test_invalid_filters_and_pages_are_reported_and_left_out() -> None:
    query = SearchQuery.from_args({"date_from": "2024-13-45", "date_to": "2024-02-29", "page": "x"})
    assert query.filters == {"date_to": "2024-02-29"}
    assert query.page == 1 and len(query.problems) == 2
    assert SearchQuery.from_args({"page": "999"}).page == 50


def test_edit_distance_and_neighbours() -> None:
    assert edit_distance("pengawsan", "pengawasan") == 1
    assert edit_distance("pengwasan", "pengawasan") == 1
    assert edit_distance("pegnawasan", "pengawasan") == 1  # two letters swapped
    assert edit_distance("kampanye", "kampenya") == 2
    assert edit_distance("baliho", "pengawasan") == 3  # past the limit
    neighbours = one_edit_away("tps")
    assert {"tp", "tpss", "tsp", "tos"} <= neighbours and "tps" not in neighbours


def test_looser_searches_drop_one_thing_each() -> None:
    query = SearchQuery.from_args({"q": '"politik uang" -hoaks baliho', "province": "35"})
    tips = {tip.label: tip.href for tip in looser_searches(query)}
    assert tips["tanpa saringan provinsi"] == "/search?q=%22politik+uang%22+-hoaks+baliho"
    assert tips["tanpa tanda kutip"].startswith("/search?q=politik+uang+-hoaks+baliho")
    assert tips["tanpa pengecualian"].startswith("/search?q=%22politik+uang%22+baliho")
    assert tips["salah satu kata saja"].startswith("/search?q=%22politik+uang%22+OR+baliho")
