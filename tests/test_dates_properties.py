"""Random dates rendered the ways the sites write them must parse back to themselves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.dates import find_dates, parse_date

JAKARTA = "Asia/Jakarta"
# Written out here rather than imported, so the parser's own tables are under test too.
MONTHS_ID = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
]  # fmt: skip
OLD_SPELLINGS = {2: "Pebruari", 11: "Nopember"}
SHORT_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
FRIDAY_SPELLINGS = ["Jumat", "Jum'at", "Jum’at", "JUMAT", "jumat"]

dates = st.dates(min_value=date(2008, 1, 1), max_value=date(2030, 12, 31))
days_later = st.integers(min_value=0, max_value=2000)


def weekday_id(day: date, friday: str = "Jumat") -> str:
    return friday if day.weekday() == 4 else WEEKDAYS_ID[day.weekday()]


FULL_FORMATS: dict[str, Callable[[date], str]] = {
    "weekday, d month yyyy": lambda d: (
        f"{weekday_id(d)}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    ),
    "d month yyyy lower": lambda d: f"{d.day} {MONTHS_ID[d.month - 1].lower()} {d.year}",
    "old spelling": lambda d: (
        f"{d.day} {OLD_SPELLINGS.get(d.month, MONTHS_ID[d.month - 1])} {d.year}"
    ),
    "abbreviation": lambda d: f"{d.day} {SHORT_ID[d.month - 1]} {d.year}",
    "weekday (d/m/yyyy)": lambda d: f"{weekday_id(d)} ({d.day}/{d.month}/{d.year})",
    "(dd/mm/yy)": lambda d: f"({d.day:02}/{d.month:02}/{d.year % 100:02})",
    "stray space": lambda d: f"{weekday_id(d)} ({d.day:02}/{d.month:02}/ {d.year})",
    "dd-mm-yyyy": lambda d: f"{d.day:02}-{d.month:02}-{d.year}",
    "iso": lambda d: d.isoformat(),
    "wordpress url": lambda d: f"https://jateng.bawaslu.go.id/{d:%Y/%m/%d}/rapat-pleno/",
    "english": lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    "labelled": lambda d: f"Diterbitkan: {d.day} {MONTHS_ID[d.month - 1]} {d.year}",
}


@given(day=dates, later=days_later, fmt=st.sampled_from(sorted(FULL_FORMATS)))
def test_full_dates_parse_back(day, later, fmt):
    text = FULL_FORMATS[fmt](day)
    parsed = parse_date(text, reference=day + timedelta(days=later), tz=JAKARTA)
    assert parsed is not None, text
    assert (parsed.date, parsed.precision, parsed.flags) == (day, "day", ())


@given(day=dates, later=days_later, friday=st.sampled_from(FRIDAY_SPELLINGS))
def test_written_weekday_that_contradicts_is_flagged(day, later, friday):
    wrong = day + timedelta(days=1)
    text = f"{weekday_id(wrong, friday)}, {day.day} {MONTHS_ID[day.month - 1]} {day.year}"
    parsed = parse_date(text, reference=day + timedelta(days=later), tz=JAKARTA)
    assert parsed is not None
    assert (parsed.date, parsed.flags) == (day, ("weekday_mismatch",))


@given(
    day=dates,
    within_a_year=st.integers(min_value=0, max_value=364),
    friday=st.sampled_from(FRIDAY_SPELLINGS),
    numeric=st.booleans(),
)
def test_yearless_weekday_date_within_a_year_is_that_date(day, within_a_year, friday, numeric):
    shown = f"({day.day}/{day.month})" if numeric else f"{day.day} {MONTHS_ID[day.month - 1]}"
    text = f"{weekday_id(day, friday)} {shown}"
    parsed = parse_date(text, reference=day + timedelta(days=within_a_year), tz=JAKARTA)
    assert parsed is not None, text
    assert (parsed.date, parsed.flags) == (day, ("year_inferred",))


def fitting_dates(day: int, month: int, weekday: int, first: date, last: date) -> list[date]:
    """Every date on day/month with that weekday between first and last, by brute force."""
    found = []
    for year in range(first.year, last.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if first <= candidate <= last and candidate.weekday() == weekday:
            found.append(candidate)
    return found


@given(day=dates, later=st.integers(min_value=0, max_value=7 * 365))
def test_year_inference_picks_the_latest_fitting_date(day, later):
    reference = day + timedelta(days=later)
    parsed = parse_date(
        f"{weekday_id(day)} ({day.day}/{day.month})", reference=reference, tz=JAKARTA
    )
    assert parsed is not None
    fitting = fitting_dates(day.day, day.month, day.weekday(), day, reference)
    assert parsed.date == fitting[-1]
    assert parsed.flags == ("year_inferred",)


@given(
    day=dates,
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    zone=st.sampled_from([("WIB", 7), ("WITA", 8), ("WIT", 9)]),
    site=st.sampled_from([JAKARTA, "Asia/Makassar", "Asia/Jayapura"]),
)
def test_written_time_keeps_its_zone(day, hour, minute, zone, site):
    written = f"{weekday_id(day)}, {day.day} {MONTHS_ID[day.month - 1]} {day.year}"
    text = f"{written} pukul {hour:02}.{minute:02} {zone[0]}"
    parsed = parse_date(text, reference=day, tz=site)
    assert parsed is not None
    offset = timezone(timedelta(hours=zone[1]))
    assert parsed.datetime == datetime.combine(day, time(hour, minute), offset)
    assert parsed.datetime.utcoffset() == timedelta(hours=zone[1])
    assert (parsed.date, parsed.precision) == (day, "datetime")


@given(
    moment=st.datetimes(min_value=datetime(2008, 1, 1), max_value=datetime(2030, 12, 31)),
    offset_hours=st.integers(-12, 14),
    site=st.sampled_from([JAKARTA, "Asia/Makassar", "Asia/Jayapura"]),
)
def test_iso_timestamps_are_instants_dated_in_the_sites_zone(moment, offset_hours, site):
    stamp = moment.replace(microsecond=0, tzinfo=timezone(timedelta(hours=offset_hours)))
    parsed = parse_date(stamp.isoformat(), reference=date(2031, 1, 1), tz=site)
    assert parsed is not None
    assert parsed.datetime == stamp
    assert parsed.datetime.utcoffset() == stamp.utcoffset()
    assert parsed.date == stamp.astimezone(ZoneInfo(site)).date()


@given(
    day=dates,
    length=st.integers(1, 20),
    dash=st.sampled_from(["-", " - ", "–", " s.d. ", " s/d ", " sampai dengan ", " hingga "]),
)
def test_ranges_give_their_first_day(day, length, dash):
    end = day + timedelta(days=length)
    start_text = (
        f"{day.day}"
        if (day.year, day.month) == (end.year, end.month)
        else (f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}")
    )
    text = f"{start_text}{dash}{end.day} {MONTHS_ID[end.month - 1]} {end.year}"
    parsed = parse_date(text, reference=end, tz=JAKARTA)
    assert parsed is not None, text
    assert (parsed.date, parsed.end, parsed.flags) == (day, end, ("range",))


@given(reference=dates, count=st.integers(1, 300), unit=st.sampled_from(["hari", "days"]))
def test_relative_days_count_back_from_the_reference(reference, count, unit):
    phrase = f"{count} hari yang lalu" if unit == "hari" else f"{count} days ago"
    parsed = parse_date(phrase, reference=reference, tz=JAKARTA)
    assert parsed is not None
    assert (parsed.date, parsed.flags) == (reference - timedelta(days=count), ("relative",))


NOISE = [
    "Nomor 7 Tahun 2022",
    "layanan 24 jam",
    "Pemilu 2024",
    "pukul 09.00 WIB",
    "Pasal 280 ayat (1)",
    "PKPU 15/2023",
    "telepon 0812-3456-7890",
    "1/2 hari",
]


@given(
    day=dates,
    later=days_later,
    fmt=st.sampled_from([f for f in sorted(FULL_FORMATS) if f != "wordpress url"]),
    before=st.lists(st.sampled_from(NOISE), max_size=3),
    after=st.lists(st.sampled_from(NOISE), max_size=3),
)
def test_find_dates_finds_exactly_the_rendered_date_among_noise(day, later, fmt, before, after):
    text = " ".join([*before, "Rapat digelar", FULL_FORMATS[fmt](day) + ".", *after])
    found = find_dates(text, reference=day + timedelta(days=later), tz=JAKARTA)
    assert [d.date for d in found] == [day]


@settings(max_examples=300)
@given(
    text=st.text(max_size=60) | st.from_regex(r"[A-Za-z ]{0,8}\d{1,4}[ /.:-]\d{1,4}[ /.:-]?\d{0,4}")
)
def test_anything_parses_to_a_real_date_or_none(text):
    parsed = parse_date(text, reference=date(2026, 11, 26), tz=JAKARTA)
    assert parsed is None or parsed.raw
    found = find_dates(text, reference=date(2026, 11, 26), tz=JAKARTA)
    assert all(d.raw in text for d in found)
