"""Dates parsed per second: `parse_date` against plain `dateparser.parse(s, languages=['id'])`.

The mix imitates what the crawler hands over: meta timestamps, bylines, listing lines,
WordPress URLs, body mentions with and without a year, ranges, relative phrases, and some
strings that are not dates at all. Run: `python bench/bench_dates.py`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta

import dateparser

from scrapers.dates import parse_date

REFERENCE = date(2026, 11, 26)
TZ = "Asia/Jakarta"
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Sabtu", "Minggu"]
SHAPES = 12
NOT_DATES = ["Nomor 7 Tahun 2022", "24 jam", "Pemilu 2024", "09.00 WIB", "Minggu", "Penulis: Humas"]


def render(day: date, shape: int) -> str:
    month, weekday = MONTHS.split()[day.month - 1], WEEKDAYS[day.weekday()]
    shapes = [
        f"{day.isoformat()}T{day.day % 24:02}:15:00+07:00",
        f"Ditulis oleh Admin pada {weekday}, {day.day} {month} {day.year} - 14:12 WIB",
        f"{weekday}, {day.day} {month} {day.year}",
        f"{weekday} ({day.day}/{day.month})",
        f"{weekday} ({day.day}/{day.month}/{day.year})",
        f"({day.day:02}/{day.month:02}/{day.year % 100:02})",
        f"{weekday}, {day.day} {month.lower()} {day.year} pukul 17.00 Wib",
        f"{day.day}-{day.day + 2} {month} {day.year}"
        if day.day < 27
        else f"{day.day} {month} {day.year}",
        f"https://jateng.bawaslu.go.id/{day:%Y/%m/%d}/rapat-pleno/",
        f"{day.day % 20 + 1} hari yang lalu",
        f"Diterbitkan: {day.day} {month[:3]} {day.year}",
        NOT_DATES[day.toordinal() % len(NOT_DATES)],
    ]
    return shapes[shape % SHAPES]


def realistic_mix(size: int) -> list[str]:
    rng = random.Random(4)
    first = date(2018, 1, 1)
    span = (REFERENCE - first).days
    return [render(first + timedelta(days=rng.randrange(span)), i) for i in range(size)]


def rate(parse: Callable[[str], object], texts: list[str], min_seconds: float) -> tuple[float, int]:
    """Dates per second over whole passes of the mix, and how many texts gave a date."""
    parsed = sum(parse(text) is not None for text in texts)
    done, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < min_seconds:
        for text in texts:
            parse(text)
        done += len(texts)
    return done / elapsed, parsed


def main() -> None:
    texts = realistic_mix(600)
    ours, ours_found = rate(lambda s: parse_date(s, reference=REFERENCE, tz=TZ), texts, 1.0)
    theirs, theirs_found = rate(lambda s: dateparser.parse(s, languages=["id"]), texts, 2.0)
    print(f"mix: {len(texts)} strings in {SHAPES} shapes, one shape not a date")
    print(f"parse_date:       {ours:10,.0f} dates/s  ({ours_found}/{len(texts)} gave a date)")
    print(f"dateparser.parse: {theirs:10,.0f} dates/s  ({theirs_found}/{len(texts)} gave a date)")
    print(f"ratio: {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
