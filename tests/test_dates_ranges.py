"""Ranges and partial dates as the Bawaslu pages write them: a table written by hand."""

from __future__ import annotations

from datetime import date

import pytest

from scrapers.dates import find_dates, parse_date

JAKARTA = "Asia/Jakarta"
REF = date(2026, 11, 26)
RANGE = ("range",)


def case(text: str, start: str | None, end: str | None = None, flags: tuple[str, ...] = RANGE):
    return pytest.param(text, start, end, flags, id=text)


RANGES = [
    case("12-14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("12 - 14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("12–14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("Selasa 12-14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("Sabtu-Senin, 2-4 Desember 2023", "2023-12-02", "2023-12-04"),
    case("Sabtu - Senin, 2 - 4 Desember 2023", "2023-12-02", "2023-12-04"),
    case("Rabu hingga Kamis (11-12 Desember 2019)", "2019-12-11", "2019-12-12"),
    case("Jum'at-Minggu, 5-7 Mei 2023", "2023-05-05", "2023-05-07"),
    case("Senin s/d Rabu (4-6 Des 2023)", "2023-12-04", "2023-12-06"),
    case("26 September – 5 Desember 2020", "2020-09-26", "2020-12-05"),
    case("28 Februari - 2 Maret 2023", "2023-02-28", "2023-03-02"),
    case("3 Nopember - 5 Nopember 2023", "2023-11-03", "2023-11-05"),
    case("30 Desember 2023 sampai 2 Januari 2024", "2023-12-30", "2024-01-02"),
    case("30 Desember - 2 Januari 2024", "2023-12-30", "2024-01-02"),
    case("12 sampai dengan 14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("12 s.d. 14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("12 s.d 14 Feb 2023", "2023-02-12", "2023-02-14"),
    case("12 s/d 14 Februari 2023", "2023-02-12", "2023-02-14"),
    case("12 hingga 14 Pebruari 2023", "2023-02-12", "2023-02-14"),
    case(
        "Senin-Selasa, 2-3 Desember 2023", "2023-12-02", "2023-12-03", ("range", "weekday_mismatch")
    ),
    # a weekday before each end
    case("Selasa, 31 Oktober s.d. Kamis, 2 November 2023", "2023-10-31", "2023-11-02"),
    case("Senin, 4 Desember sampai Rabu, 6 Desember 2023", "2023-12-04", "2023-12-06"),
    case("Sabtu 30 Desember 2023 - Senin 1 Januari 2024", "2023-12-30", "2024-01-01"),
    case(
        "Selasa, 31 Oktober s.d. Jumat, 2 November 2023",
        "2023-10-31",
        "2023-11-02",
        ("range", "weekday_mismatch"),
    ),
    case("14-12 Februari 2023", None),
    case("30-31 Februari 2023", None),
    # numeric ranges
    case("Rabu s.d Jumat (6-8/12/2023)", "2023-12-06", "2023-12-08"),
    case("6-8/12/2023", "2023-12-06", "2023-12-08"),
    case("6 s/d 8/12/23", "2023-12-06", "2023-12-08"),
    case("Senin-Rabu (4-6/12/2023)", "2023-12-04", "2023-12-06"),
    case("Selasa-Kamis (4-6/12/2023)", "2023-12-04", "2023-12-06", ("range", "weekday_mismatch")),
]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jum'at-Minggu (8-10/12)", "2023-12-08"),  # 8 December 2023 was a Friday
        ("Rabu (8-10/12)", "2021-12-08"),  # and 8 December 2021 a Wednesday
    ],
)
def test_a_yearless_numeric_range_takes_its_year_from_the_first_weekday(text, start):
    parsed = parse_date(text, reference=REF, tz=JAKARTA)
    assert parsed is not None
    assert (parsed.date.isoformat(), parsed.end, parsed.flags) == (
        start,
        None,
        ("range", "year_inferred"),
    )
    assert parsed.weekday is not None


@pytest.mark.parametrize(("text", "start", "end", "flags"), RANGES)
def test_ranges_give_their_first_day_and_keep_the_last(text, start, end, flags):
    parsed = parse_date(text, reference=REF, tz=JAKARTA)
    if start is None:
        assert parsed is None
        return
    assert parsed is not None
    assert (parsed.date.isoformat(), parsed.end.isoformat(), parsed.precision, parsed.flags) == (
        start,
        end,
        "day",
        flags,
    )
    assert parsed.raw.rstrip(")") in text


def test_a_range_in_a_sentence_is_one_mention():
    found = find_dates(
        "Bimtek digelar Sabtu-Senin, 2-4 Desember 2023 di Bandar Lampung; rapat Rabu hingga "
        "Kamis (11-12 Desember 2019) dihadiri KPU.",
        reference=REF,
        tz=JAKARTA,
    )
    assert [(d.date, d.end) for d in found] == [
        (date(2023, 12, 2), date(2023, 12, 4)),
        (date(2019, 12, 11), date(2019, 12, 12)),
    ]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Des 2023", "2023-12-01", "month"),
        ("Desember 2023", "2023-12-01", "month"),
        ("Okt. 2021", "2021-10-01", "month"),
        ("Ags 2020", "2020-08-01", "month"),
        ("Nopember 2020", "2020-11-01", "month"),
        ("Pebruari 2019", "2019-02-01", "month"),
        ("Jum'at, 3 Nopember 2023", "2023-11-03", "day"),
        ("Rabu, 1 Pebruari 2023", "2023-02-01", "day"),
        ("Minggu (11/08/ 2024)", "2024-08-11", "day"),
        ("(11/08/ 2024)", "2024-08-11", "day"),
        ("(17/11/21)", "2021-11-17", "day"),
        ("Kamis, 22 Mei 2025 pukul 10.00 +24:00", "2025-05-22", "day"),
        ("Mei 0000", None, None),
        ("2024-05-22T10:15:00+24:00", None, None),
        ("2024-05-22T10:15:00-24:00", None, None),
    ],
)
def test_partial_and_odd_dates(text, expected, precision):
    parsed = parse_date(text, reference=REF, tz=JAKARTA)
    got = (parsed.date.isoformat(), parsed.precision) if parsed else (None, None)
    assert got == (expected, precision)


def test_impossible_years_and_offsets_in_a_body_are_skipped_not_raised():
    text = "Arsip Mei 0000 dan stempel 2024-05-22T10:15:00+24:00; rapat Kamis, 22 Mei 2025."
    found = find_dates(text, reference=REF, tz=JAKARTA)
    assert [d.date for d in found] == [date(2025, 5, 22)]
