"""Indonesian date phrases as Bawaslu editors write them in article bodies and listings.

The mirror writes body dates in the spellings the field guide found on real pages (weekday plus
day/month with no year, old spellings such as Nopember, "Jum'at", abbreviations), so the
scraper's date parser is exercised on the same variety it will meet live.
"""

from __future__ import annotations

import random
from datetime import date, datetime

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
OLD_MONTH_SPELLINGS = {2: "Pebruari", 11: "Nopember"}
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Ags",
    "Sep",
    "Okt",
    "Nov",
    "Des",
)

DATE_STYLES = (
    "weekday_day_month",  # Kamis (28/12)
    "weekday_day_month_padded",  # Senin (27/05)
    "weekday_numeric_full",  # Selasa (27/9/2022)
    "weekday_numeric_short_year",  # Rabu (17/11/21)
    "weekday_numeric_stray_space",  # Minggu (11/08/ 2024)
    "weekday_long",  # Rabu, 22 Mei 2025
    "weekday_long_old_spelling",  # Selasa, 14 Nopember 2023
    "weekday_long_with_time",  # Sabtu, 8 oktober 2022 pukul 17.00 Wib
    "weekday_abbreviated",  # Senin, 4 Des 2023
)


def weekday_name(day: date, apostrophe: bool = False) -> str:
    """The Indonesian weekday; Friday optionally as "Jum'at", a common spelling on the sites."""
    name = WEEKDAYS[day.weekday()]
    return "Jum'at" if apostrophe and name == "Jumat" else name


def long_date(day: date) -> str:
    """ "Kamis, 28 Desember 2023": the form Drupal listings and bylines print."""
    return f"{weekday_name(day)}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def body_date_phrase(moment: datetime, style: str, rng: random.Random) -> str:
    """The date of `moment` written in one of DATE_STYLES, as it would appear in a body."""
    day = moment.date()
    weekday = weekday_name(day, apostrophe=rng.random() < 0.5)
    month = MONTHS[day.month - 1]
    phrases = {
        "weekday_day_month": f"{weekday} ({day.day}/{day.month})",
        "weekday_day_month_padded": f"{weekday} ({day.day:02d}/{day.month:02d})",
        "weekday_numeric_full": f"{weekday} ({day.day}/{day.month}/{day.year})",
        "weekday_numeric_short_year": f"{weekday} ({day.day}/{day.month}/{day.year % 100:02d})",
        "weekday_numeric_stray_space": f"{weekday} ({day.day:02d}/{day.month:02d}/ {day.year})",
        "weekday_long": f"{weekday}, {day.day} {month} {day.year}",
        "weekday_long_old_spelling": (
            f"{weekday}, {day.day} {OLD_MONTH_SPELLINGS.get(day.month, month)} {day.year}"
        ),
        "weekday_long_with_time": (
            f"{weekday}, {day.day} {month.lower()} {day.year} "
            f"pukul {moment.hour:02d}.{moment.minute:02d} Wib"
        ),
        "weekday_abbreviated": (
            f"{weekday}, {day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
        ),
    }
    return phrases[style]
