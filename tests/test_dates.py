"""Dates as the Bawaslu sites write them: a table of cases, body scanning, article dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scrapers.article import DateClue
from scrapers.dates import (
    find_dates,
    listing_days,
    local_today,
    parse_date,
    resolve_article_date,
)

JAKARTA = "Asia/Jakarta"
REF = date(2026, 11, 26)  # a Thursday


def case(
    text: str,
    expected: str | None,
    precision: str = "day",
    flags: tuple[str, ...] = (),
    at: str | None = None,
    reference: date | datetime = REF,
    tz: str = JAKARTA,
):
    return pytest.param(text, reference, tz, expected, precision, flags, at, id=text or "<empty>")


YI = ("year_inferred",)
RANGE = ("range",)

CASES = [
    # weekday + day/month, no year: the year comes from the weekday
    case("Kamis (28/12)", "2023-12-28", flags=YI),
    case("Senin (27/05)", "2024-05-27", flags=YI),
    case("Minggu (26/3)", "2023-03-26", flags=YI),
    case("Jum'at (5/5)", "2023-05-05", flags=YI),
    case("Jum’at (5/5)", "2023-05-05", flags=YI),
    case("Ahad (7/5)", "2023-05-07", flags=YI),
    case("kamis (28/12)", "2023-12-28", flags=YI),
    case("Kamis (28/12)", "2023-12-28", flags=YI, reference=date(2024, 1, 5)),
    case("Kamis (28/12)", "2023-12-28", flags=YI, reference=date(2023, 12, 28)),
    case("Kamis, 28 Desember", "2023-12-28", flags=YI),
    case("Senin (29/2)", "2024-02-29", flags=("weekday_mismatch", *YI)),
    case(
        "Kamis (28/12) pukul 10.00 WIB", "2023-12-28", "datetime", YI, "2023-12-28T10:00:00+07:00"
    ),
    case("Rabu (31/2)", None),
    case("Senin (12/13)", None),
    # a bare day/month clue: nearest date not after the reference
    case("28/12", "2025-12-28", flags=YI),
    case("Diterbitkan: 28/12", "2025-12-28", flags=YI),
    case("26/11", "2026-11-26", flags=YI),
    case("28 Desember", "2025-12-28", flags=YI),
    # numeric dates with a year
    case("Selasa (27/9/2022)", "2022-09-27"),
    case("(17/11/21)", "2021-11-17"),
    case("17/11/99", "1999-11-17"),
    case("Minggu (11/08/ 2024)", "2024-08-11"),
    case("Senin, 27/05/2024", "2024-05-27"),
    case("Jumat (28/12/2023)", "2023-12-28", flags=("weekday_mismatch",)),
    case("28-12-2023", "2023-12-28"),
    case("07.01.2019", "2019-01-07"),
    case(
        "Kamis (28/12/2023) pukul 10.00 WIB",
        "2023-12-28",
        "datetime",
        (),
        "2023-12-28T10:00:00+07:00",
    ),
    case("7/1/2019 08:12", "2019-01-07", "datetime", (), "2019-01-07T08:12:00+07:00"),
    case("31/02/2023", None),
    case("13/13/2023", None),
    # day, month name, year
    case("Rabu, 22 Mei 2025", "2025-05-22", flags=("weekday_mismatch",)),
    case("Kamis, 22 Mei 2025", "2025-05-22"),
    case("5 Nopember 2020", "2020-11-05"),
    case("3 Pebruari 2021", "2021-02-03"),
    case("10 Des 2022", "2022-12-10"),
    case("1 Okt 2021", "2021-10-01"),
    case("17 Ags 2023", "2023-08-17"),
    case("17 Agt. 2023", "2023-08-17"),
    case("2 Sept 2019", "2019-09-02"),
    case("7 mei 2023", "2023-05-07"),
    case("JUMAT, 5 MEI 2023", "2023-05-05"),
    case("Jum'at, 5 Mei 2023", "2023-05-05"),
    case("Jum’at, 5 Mei 2023", "2023-05-05"),
    case("Ahad, 7 Mei 2023", "2023-05-07"),
    case("29 Februari 2024", "2024-02-29"),
    case("29 Februari 2023", None),
    case("Diterbitkan: Rabu, 11 Desember 2019", "2019-12-11"),
    case("Tanggal: 11 Desember 2019", "2019-12-11"),
    # with a time, and the zone written or the site's
    case(
        "Sabtu, 8 oktober 2022 pukul 17.00 Wib",
        "2022-10-08",
        "datetime",
        at="2022-10-08T17:00:00+07:00",
    ),
    case(
        "Ditulis oleh Admin pada Rabu, 11 Desember 2019 - 14:12 WIB",
        "2019-12-11",
        "datetime",
        at="2019-12-11T14:12:00+07:00",
    ),
    case(
        "Kamis, 28 Desember 2023 pukul 10.00 WITA",
        "2023-12-28",
        "datetime",
        at="2023-12-28T10:00:00+08:00",
    ),
    case(
        "Senin, 3 Juli 2023 pukul 09.30 WIT",
        "2023-07-03",
        "datetime",
        at="2023-07-03T09:30:00+09:00",
    ),
    case("22 Mei 2025 jam 14.30", "2025-05-22", "datetime", at="2025-05-22T14:30:00+07:00"),
    case("Senin, 1 Januari 2024 / 10:00", "2024-01-01", "datetime", at="2024-01-01T10:00:00+07:00"),
    case("1 Januari 2024 • 10.00 WIB", "2024-01-01", "datetime", at="2024-01-01T10:00:00+07:00"),
    case(
        "22 Mei 2025 jam 14.30",
        "2025-05-22",
        "datetime",
        at="2025-05-22T14:30:00+08:00",
        tz="Asia/Makassar",
    ),
    case(
        "22 Mei 2025 pukul 14.30 WIB",
        "2025-05-22",
        "datetime",
        at="2025-05-22T14:30:00+07:00",
        tz="Asia/Jayapura",
    ),
    case(
        "Kamis, 22 Mei 2025 pukul 09.00 - 12.00 WIB",
        "2025-05-22",
        "datetime",
        at="2025-05-22T09:00:00+07:00",
    ),
    case("22 Mei 2025, 10.50", "2025-05-22"),
    case("22 Mei 2025 pukul 25.00 WIB", "2025-05-22"),
    # ranges: the first day, flagged
    case("12-14 Februari 2023", "2023-02-12", flags=RANGE),
    case("12 - 14 Februari 2023", "2023-02-12", flags=RANGE),
    case("12 s.d. 14 Februari 2023", "2023-02-12", flags=RANGE),
    case("28 Februari - 2 Maret 2023", "2023-02-28", flags=RANGE),
    case("30 Desember 2023 sampai 2 Januari 2024", "2023-12-30", flags=RANGE),
    case("30 Desember - 2 Januari 2024", "2023-12-30", flags=RANGE),
    case("14-12 Februari 2023", None),
    # ISO 8601, as in meta tags and <time datetime>
    case("2024-05-22T10:15:00+07:00", "2024-05-22", "datetime", at="2024-05-22T10:15:00+07:00"),
    case("2019-01-07T08:12:00+00:00", "2019-01-07", "datetime", at="2019-01-07T08:12:00+00:00"),
    case("2019-01-07T20:00:00+00:00", "2019-01-08", "datetime", at="2019-01-07T20:00:00+00:00"),
    case("2019-01-07T20:00:00Z", "2019-01-08", "datetime", at="2019-01-07T20:00:00+00:00"),
    case("2024-05-22T10:15:00.123+0700", "2024-05-22", "datetime", at="2024-05-22T10:15:00+07:00"),
    case("2024-05-22 10:15:00", "2024-05-22", "datetime", at="2024-05-22T10:15:00+07:00"),
    case("2024-05-22", "2024-05-22"),
    case("2024-02-30", None),
    # WordPress URLs
    case("https://jateng.bawaslu.go.id/2019/01/07/rapat-koordinasi/", "2019-01-07"),
    case("/2019/01/07/rapat-koordinasi/", "2019-01-07"),
    case("https://jateng.bawaslu.go.id/wp-content/uploads/2019/01/foto.jpg", "2019-01-01", "month"),
    case("https://lampung.bawaslu.go.id/berita/serahkan-laporan-akhir", None),
    # English
    case("January 7, 2019", "2019-01-07"),
    case("7 January 2019", "2019-01-07"),
    case("Jan 7th, 2019", "2019-01-07"),
    case("Posted on July 4, 2020", "2020-07-04"),
    case(
        "Monday, January 7, 2019 at 8:12 pm",
        "2019-01-07",
        "datetime",
        at="2019-01-07T20:12:00+07:00",
    ),
    case(
        "Mon, 07 Jan 2019 08:12:00 +0000", "2019-01-07", "datetime", at="2019-01-07T08:12:00+00:00"
    ),
    case("Tue Jan 07 2019", "2019-01-07", flags=("weekday_mismatch",)),  # dateparser's share
    # relative, from the reference
    case("2 jam yang lalu", "2026-11-26", flags=("relative",)),
    case("2 jam yang lalu", "2026-11-25", flags=("relative",), reference=datetime(2026, 11, 26, 1)),
    case(
        "2 jam yang lalu",
        "2026-11-25",
        flags=("relative",),
        reference=datetime(2026, 11, 25, 18, 30, tzinfo=UTC),
    ),
    case("kemarin", "2026-11-25", flags=("relative",)),
    case("kemarin lusa", "2026-11-24", flags=("relative",)),
    case("hari ini", "2026-11-26", flags=("relative",)),
    case("3 hari lalu", "2026-11-23", flags=("relative",)),
    case("seminggu yang lalu", "2026-11-19", flags=("relative",)),
    case("2 minggu lalu", "2026-11-12", flags=("relative",)),
    case("3 bulan yang lalu", "2026-08-01", "month", ("relative",)),
    case("setahun yang lalu", "2025-01-01", "year", ("relative",)),
    case("5 days ago", "2026-11-21", flags=("relative",)),
    case("yesterday", "2026-11-25", flags=("relative",)),
    # month only, and listing neighbour intervals
    case("Mei 2025", "2025-05-01", "month"),
    case("Nopember 2020", "2020-11-01", "month"),
    case("Juni, 2023", "2023-06-01", "month"),
    case("2023-12-28/2023-12-28", "2023-12-28"),
    case("2023-12-20/2023-12-28", "2023-12-01", "month", ("approx",)),
    case("2023-11-28/2023-12-28", "2023-01-01", "year", ("approx",)),
    case("2022-12-28/2023-01-05", None),
    case("2023-12-28/2023-12-20", None),
    # the future
    case("1 Januari 2027", "2027-01-01", flags=("future",)),
    case("27 November 2026", "2026-11-27"),
    # garbage, lone weekdays, things that only look like dates
    case("", None),
    case("garbage", None),
    case("Minggu", None),
    case("Jumat", None),
    case("Ahad", None),
    case("minggu depan", None),
    case("Minggu lalu", None),
    case("beberapa hari lalu", None),
    case("Nomor 7 Tahun 2022", None),
    case("24 jam", None),
    case("Pemilu 2024", None),
    case("09.00 WIB", None),
    case("1/2 hari", None),
    case("Pasal 280 ayat (1)", None),
    case("PKPU 15/2023", None),
    case("0812-3456-7890", None),
]


@pytest.mark.parametrize(("text", "reference", "tz", "expected", "precision", "flags", "at"), CASES)
def test_parse_date(text, reference, tz, expected, precision, flags, at):
    parsed = parse_date(text, reference=reference, tz=tz)
    if expected is None:
        assert parsed is None
        return
    assert parsed is not None
    assert (parsed.date.isoformat(), parsed.precision, parsed.flags) == (expected, precision, flags)
    assert (parsed.datetime.isoformat() if parsed.datetime else None) == at
    assert parsed.raw and parsed.raw in text


def test_table_is_large_enough():
    assert len(CASES) >= 80


def test_raw_is_the_matched_text_only():
    parsed = parse_date(
        "Ditulis oleh Admin pada Rabu, 11 Desember 2019 - 14:12 WIB", reference=REF, tz=JAKARTA
    )
    assert parsed is not None
    assert parsed.raw == "Rabu, 11 Desember 2019 - 14:12 WIB"


def test_future_window_is_a_keyword():
    """2026-11-30 is a Monday four days after the reference: too far for three days' grace."""
    short = parse_date("Senin (30/11)", reference=REF, tz=JAKARTA, future_days=3)
    wide = parse_date("Senin (30/11)", reference=REF, tz=JAKARTA, future_days=5)
    assert short is not None and wide is not None
    assert short.date == date(2020, 11, 30)
    assert (wide.date, wide.flags) == (date(2026, 11, 30), ("future", "year_inferred"))


SEED_PARAGRAPH = (
    "Menurut Koordinator Divisi Humas dan Datin Bawaslu Lampung Ahmad Qohar, Laporan Akhir "
    "Kehumasan Untuk Mengukur Sejauh Mana Kerja Humas Bawaslu Provinsi dan Bawaslu "
    "Kabupaten/Kota Se-Lampung dalam rangka melaksanakan kerja kerja kehumasan selama tahun "
    "2023. Hal itu ia ungkapakn saat menyerahkan Laporan akhir kehumasan yang di terima "
    "langsung TA Bawaslu RI Ahmad Thohir dan Sub Koordinator Humas Bawaslu RI Ali Imron, "
    "Kamis (28/12).\n\nSelain itu, Bawaslu Lampung berhasil meraih tiga Penghargaan pada "
    "Penganugerahan Kehumasan Bawaslu Tahun 2023."
)


def test_find_dates_reads_the_seed_article():
    found = find_dates(SEED_PARAGRAPH, reference=REF, tz=JAKARTA)
    assert [(d.date, d.flags, d.raw) for d in found] == [(date(2023, 12, 28), YI, "Kamis (28/12)")]


def test_find_dates_keeps_text_order():
    text = (
        "Rapat digelar Senin (27/05) di aula. Pleno berlangsung Rabu, 22 Mei 2024 pukul "
        "10.00 WIB, setelah bimtek 12-14 Februari 2023 dan rakor (17/11/21)."
    )
    found = find_dates(text, reference=REF, tz=JAKARTA)
    assert [d.date.isoformat() for d in found] == [
        "2024-05-27",
        "2024-05-22",
        "2023-02-12",
        "2021-11-17",
    ]
    assert [d.precision for d in found] == ["day", "datetime", "day", "day"]


@pytest.mark.parametrize(
    "text",
    [
        "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
        "Nomor 7 Tahun 2022",
        "layanan 24 jam",
        "Pemilu 2024 dan Pilkada 2024",
        "dimulai pukul 09.00 WIB",
        "pukul 08.00-selesai",
        "Pasal 280 ayat (1) huruf c",
        "PKPU 15/2023",
        "Perbawaslu 1/2024",
        "hubungi 0812-3456-7890 atau (0721) 701234",
        "1/2 hari kerja",
        "layanan 24/7",
        "skor akhir 2-1",
        "anggaran Rp 1.500.000",
        "partisipasi naik 10.50 persen",
        "surat Nomor 12/11/2023",
        "surat No. 05/12/2023",
        "Keputusan 123/HK.01/11/2023",
        "tahun anggaran 2023-2024",
        "minggu depan dan Minggu lalu",
        "kegiatan Sabtu dan Minggu",
        "2 jam yang lalu",
        "kemarin sore",
        "lihat https://jateng.bawaslu.go.id/2019/01/07/slug/",
        "Rabu (31/2)",
    ],
)
def test_find_dates_ignores_what_is_not_a_date(text):
    assert find_dates(text, reference=REF, tz=JAKARTA) == []


def test_find_dates_allows_a_short_future_window():
    """An article may announce an event two days after the crawl; not two weeks after."""
    near = find_dates("akan digelar Sabtu (28/11)", reference=REF, tz=JAKARTA)
    assert [(d.date, d.flags) for d in near] == [(date(2026, 11, 28), ("future", *YI))]
    far = find_dates("akan digelar Kamis (10/12)", reference=REF, tz=JAKARTA)
    assert [d.date for d in far] == [date(2020, 12, 10)]


ALL_CLUES = (
    DateClue("body", SEED_PARAGRAPH),
    DateClue("listing", "2023-12-27/2023-12-29"),
    DateClue("url", "https://jateng.bawaslu.go.id/2019/01/07/slug/"),
    DateClue("byline", "Ditulis oleh Admin pada Rabu, 11 Desember 2019 - 14:12 WIB"),
    DateClue("meta", "2024-05-22T10:15:00+07:00"),
)


@pytest.mark.parametrize(
    ("sources", "expected_source", "expected_date"),
    [
        (("meta", "byline", "url", "listing", "body"), "meta", "2024-05-22"),
        (("byline", "url", "listing", "body"), "byline", "2019-12-11"),
        (("url", "listing", "body"), "url", "2019-01-07"),
        (("listing", "body"), "listing", "2023-12-01"),
        (("body",), "body", "2023-12-28"),
    ],
)
def test_resolve_article_date_prefers_sources_in_order(sources, expected_source, expected_date):
    clues = [clue for clue in ALL_CLUES if clue.source in sources]
    resolved = resolve_article_date(clues, reference=REF, tz=JAKARTA)
    assert resolved is not None
    assert (resolved.source, resolved.published_date) == (expected_source, expected_date)


def test_resolve_article_date_fills_every_field():
    resolved = resolve_article_date(ALL_CLUES[3:4], reference=REF, tz=JAKARTA)
    assert resolved is not None
    assert resolved.published_at == "2019-12-11T14:12:00+07:00"
    assert resolved.precision == "datetime"
    assert resolved.raw == "Rabu, 11 Desember 2019 - 14:12 WIB"
    assert resolved.flags == ()


def test_resolve_article_date_for_the_seed_comes_from_the_body():
    clues = [DateClue("url", "https://lampung.bawaslu.go.id/berita/serahkan-laporan"), ALL_CLUES[0]]
    resolved = resolve_article_date(clues, reference=REF, tz=JAKARTA)
    assert resolved is not None
    assert (resolved.published_date, resolved.source, resolved.flags) == ("2023-12-28", "body", YI)
    assert resolved.published_at is None


def test_resolve_article_date_skips_unusable_clues():
    clues = [
        DateClue("meta", "1970-01-01T00:00:00+00:00"),  # a CMS default, not a date
        DateClue("byline", "Penulis: Humas"),
        DateClue(
            "body",
            "Bimtek Mei 2025 berlanjut Senin, 30 November 2026; HUT RI Jumat, 17 Agustus 1945.",
        ),
        DateClue("body", "Rapat digelar Rabu (25/11)."),
    ]
    resolved = resolve_article_date(clues, reference=REF, tz=JAKARTA)
    assert resolved is not None
    assert (resolved.published_date, resolved.source, resolved.raw) == (
        "2026-11-25",
        "body",
        "Rabu (25/11)",
    )


def test_resolve_article_date_without_any_date():
    clues = [DateClue("body", "Pemilu 2024 berlangsung 24 jam."), DateClue("meta", "")]
    assert resolve_article_date(clues, reference=REF, tz=JAKARTA) is None


@pytest.mark.parametrize(
    ("now", "tz", "expected"),
    [
        (datetime(2026, 11, 25, 18, 0, tzinfo=UTC), JAKARTA, date(2026, 11, 26)),
        (datetime(2026, 11, 25, 16, 30), JAKARTA, date(2026, 11, 25)),
        (datetime(2026, 11, 25, 15, 30), "Asia/Jayapura", date(2026, 11, 26)),
    ],
)
def test_local_today_uses_the_sites_zone(now, tz, expected):
    assert local_today(tz, now) == expected


def test_local_today_defaults_to_now():
    assert abs((local_today(JAKARTA) - datetime.now(UTC).date()).days) <= 1


def test_listing_rows_with_a_written_year_are_fixed_points() -> None:
    rows = [
        "Kamis, 28 Desember 2023",
        "",
        "Kamis, 28 Desember",  # no year: no fixed point
        "2 hari yang lalu",  # counted from the crawl, not written
        "Desember 2023",  # not a day
        "Rabu, 20 Desember 2023 - 14:12 WIB",
    ]
    days = listing_days(rows, reference=date(2024, 1, 5), tz="Asia/Jakarta")
    assert days == [date(2023, 12, 28), None, None, None, None, date(2023, 12, 20)]
