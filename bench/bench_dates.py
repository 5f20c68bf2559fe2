"""Dates parsed per second: `parse_date` against plain `dateparser.parse(s, languages=['id'])`.

The mix imitates what the crawler hands over: meta timestamps, bylines, listing lines,
WordPress URLs, body mentions with and without a year, ranges, relative phrases, and some
strings that are not dates at all. The two parsers take turns over the mix and each keeps its
fastest pass, so that other work on the machine slows neither more than the other; the target
is a ratio of at least 20x. Then `find_dates` scans pages with more and more date mentions: its
time must grow linearly with the page (8,000 mentions in 300 KB well under a second).
Run: `python bench/bench_dates.py`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

import dateparser

from scrapers.dates import find_dates, parse_date

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


def fastest_pass(parse: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        parse(text)
    return time.perf_counter() - started


def rates(parsers: list[Callable[[str], object]], texts: list[str], rounds: int) -> list[float]:
    """Dates per second of each parser: the best of `rounds` passes, the parsers taking turns."""
    best = [float("inf")] * len(parsers)
    for _ in range(rounds):
        for index, parse in enumerate(parsers):
            best[index] = min(best[index], fastest_pass(parse, texts))
    return [len(texts) / seconds for seconds in best]


def page_with_mentions(count: int) -> str:
    """A body of `count` sentences, each with one weekday date: about 37 bytes a mention."""
    rng = random.Random(count)
    sentences = [
        f"Rapat digelar {WEEKDAYS[rng.randrange(7)]} ({rng.randint(1, 28)}/{rng.randint(1, 12)})"
        " di aula."
        for _ in range(count)
    ]
    return " ".join(sentences)


def scan_seconds(text: str) -> float:
    started = time.perf_counter()
    find_dates(text, reference=REFERENCE, tz=TZ)
    return time.perf_counter() - started


def main() -> None:
    texts = realistic_mix(600)
    ours_parse = partial(parse_date, reference=REFERENCE, tz=TZ)
    theirs_parse = partial(dateparser.parse, languages=["id"])
    ours_found = sum(ours_parse(text) is not None for text in texts)
    theirs_found = sum(theirs_parse(text) is not None for text in texts)
    ours, theirs = rates([ours_parse, theirs_parse], texts, rounds=5)
    print(f"mix: {len(texts)} strings in {SHAPES} shapes, one shape not a date")
    print(f"parse_date:       {ours:10,.0f} dates/s  ({ours_found}/{len(texts)} gave a date)")
    print(f"dateparser.parse: {theirs:10,.0f} dates/s  ({theirs_found}/{len(texts)} gave a date)")
    print(f"ratio: {ours / theirs:.1f}x (target: at least 20x)")
    for count in (2_000, 4_000, 8_000):
        page = page_with_mentions(count)
        size = len(page.encode()) / 1000
        print(f"find_dates: {count:5,} mentions in {size:4.0f} KB: {scan_seconds(page):.2f} s")


if __name__ == "__main__":
    main()
