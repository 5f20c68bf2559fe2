"""Indonesian dates as the Bawaslu sites write them, read honestly.

A wrong date silently misleads everyone who counts articles per month, so every result
says how precise it is and what was guessed (`flags`). Compiled patterns read the common
formats fast; `dateparser` reads what they miss, under strict settings and behind a gate
so that it never invents a date from garbage.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import MINYEAR, UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser

from scrapers.article import DATE_SOURCES, ArticleDate, DateClue
from scrapers.year_evidence import (
    EARLIEST_PUBLICATION,
    YearEvidence,
    choose_year,
)

MAX_YEARS_BACK = 7
"""Without evidence, how far back year inference looks for a day/month whose weekday fits."""

BODY_FUTURE_DAYS = 3
"""Body text may announce an event a few days after the crawl date; clues may not."""

FUTURE_GRACE_DAYS = 1
"""A date later than the reference by more than this is flagged `future` (zones, clock skew)."""

MAX_OFFSET = timedelta(hours=24)
"""UTC offsets are strictly less than a day; "+24:00" is not a zone."""

NUMBER_LABEL_REACH = 16
"""How far before a numeric date "Nomor"/"No." is looked for."""

FALLBACK_MAX_CHARS = 80
"""dateparser is slow and eager; only short clue strings are worth handing to it."""

MONTH_WORDS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
"""The months as Indonesian writes them, January first: for writing dates back."""
MONTH_NAMES = {
    "januari": 1, "january": 1, "februari": 2, "pebruari": 2, "february": 2, "maret": 3,
    "march": 3, "april": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7,
    "agustus": 8, "august": 8, "september": 9, "oktober": 10, "october": 10, "november": 11,
    "nopember": 11, "desember": 12, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "ags": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11,
    "des": 12, "dec": 12,
}  # fmt: skip
MONTHS = MONTH_NAMES | MONTH_ABBREVIATIONS
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
ZONE_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9, "GMT": 0, "UTC": 0, "Z": 0}
APOSTROPHES = "'’`"
_NO_APOSTROPHES = str.maketrans("", "", APOSTROPHES)


def _alternation(words: Sequence[str]) -> str:
    """Any of the words, as a regex trie: the engine follows one branch per letter instead of
    trying each word in turn (the patterns run on every clue), and longer words win, so
    "Desember" is not read as "Des"."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(letter) + _trie_pattern(rest) for letter, rest in node.items() if letter]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{joined})?" if "" in node else joined


MONTH_PATTERN = _alternation(list(MONTHS))
WEEKDAY_PATTERN = _alternation([*WEEKDAYS, *(f"jum{mark}at" for mark in APOSTROPHES)])
"""Any month or weekday name (or abbreviation) the sites write: a regex in a non-capturing
group, to embed as is."""
_WEEKDAY_PREFIX = rf"\b(?:(?P<wd>{WEEKDAY_PATTERN})\b\.?\s*,?\s*\(?\s*)?"
_TIME = (
    r"(?P<time>\s*(?:[,@|/•·]|[-–—])?\s*(?P<kw>pukul|pkl\.?|jam|at)?\s*"
    r"(?P<hh>\d{1,2})(?P<tsep>[:.])(?P<mi>\d{2})(?:(?P=tsep)(?P<ss>\d{2}))?(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?"
    r"(?:\s*(?:-|–|s\.?d\.?|sampai)\s*(?:\d{1,2}[:.]\d{2}|selesai))?"
    r"(?:\s*(?P<zone>WITA|WIB|WIT|GMT|UTC|[+-]\d{2}:?\d{2})\b)?)?"
)
_TO = r"\s*(?:-|–|—|s\.?\s?d\.?|s\s?/\s?d|sampai(?:\s+dengan)?|hingga|to)\s*"
"""What joins the two ends of a range: "12-14", "12 s.d. 14", "12 s/d 14", "12 hingga 14"."""
_LABEL = re.compile(
    r"^\s*(?:(?:di)?terbit(?:kan)?|dipublikasikan|diposting|diunggah|diperbarui|tanggal|tgl\.?"
    r"|posted|published|updated|date)\b(?:\s+(?:pada|on))?\s*:?\s*",
    re.IGNORECASE,
)
_EDGE_PUNCTUATION = " \t\r\n,.;:()[]-–—|"
_FALLBACK_GATE = re.compile(
    rf"\b(?:{MONTH_PATTERN})\b|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}", re.IGNORECASE
)
_WEEKDAY_WORD = re.compile(rf"\b(?P<wd>{WEEKDAY_PATTERN})\b", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"\b(?:no|nomor|nomer|nr)\.?\s*:?\s*$", re.IGNORECASE)


CalendarDay = date
"""`date` by another name, for fields declared after ParsedDate's own field `date`."""


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from text, with what was written and what was guessed."""

    date: date  # the local calendar date
    datetime: datetime | None  # only when a time was written; fixed UTC offset
    precision: str  # datetime | day | month | year
    flags: tuple[str, ...]  # sorted: year_inferred, weekday_mismatch, relative, approx, range,
    # future, year_conflict
    raw: str  # the matched text
    weekday: int | None = None  # the weekday written with a yearless date, to pick its year
    end: CalendarDay | None = None  # the last day of a range ("12-14 Februari 2023")


@dataclass(frozen=True, slots=True)
class _Context:
    """The reference moment in the site's zone (a naive datetime is taken as site-local)."""

    today: date
    now: datetime | None  # None when the reference was a bare date
    zone: ZoneInfo
    future_days: int

    @classmethod
    def of(cls, reference: date | datetime, tz: str, future_days: int) -> _Context:
        zone = ZoneInfo(tz)
        if not isinstance(reference, datetime):
            return cls(reference, None, zone, future_days)
        now = reference.astimezone(zone) if reference.tzinfo else reference.replace(tzinfo=zone)
        return cls(now.date(), now, zone, future_days)


Builder = Callable[[re.Match[str], _Context, bool], "ParsedDate | None"]


@dataclass(frozen=True, slots=True)
class _Format:
    pattern: re.Pattern[str]
    build: Builder
    in_body: bool  # relative words and URL paths mean nothing inside an article's prose
    needs: re.Pattern[str] | None = None  # cheaper: no match without it, so skip the pattern


def _finish(
    ctx: _Context,
    raw: str,
    value: date,
    stamp: datetime | None,
    precision: str,
    flags: set[str],
    weekday: int | None = None,
    end: date | None = None,
) -> ParsedDate:
    if value > ctx.today + timedelta(days=FUTURE_GRACE_DAYS):
        flags.add("future")
    return ParsedDate(value, stamp, precision, tuple(sorted(flags)), _tidy(raw), weekday, end)


def _tidy(raw: str) -> str:
    """The match without the closing bracket it took from "(17/11/21)" but not its opener."""
    raw = raw.strip()
    return raw[:-1].rstrip() if raw.endswith(")") and "(" not in raw else raw


def _full_year(written: str, today: date) -> int:
    """Two-digit years belong to this century unless that puts them past next year."""
    if len(written) == 4:
        return int(written)
    year = 2000 + int(written)
    return year if year <= today.year + 1 else year - 100


def _infer_year(
    day: int, month: int, weekday: int | None, ctx: _Context
) -> tuple[date, set[str]] | None:
    """Latest date on day/month not after the reference (plus the future window).

    With a weekday, the latest whose weekday fits, up to MAX_YEARS_BACK back; if none fits,
    the latest at all, flagged as a mismatch rather than dropped.
    """
    limit = ctx.today + timedelta(days=ctx.future_days)
    candidates = []
    for year in range(limit.year, ctx.today.year - MAX_YEARS_BACK - 1, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            candidates.append(candidate)
    if not candidates:
        return None
    if weekday is None:
        return candidates[0], {"year_inferred"}
    fitting = next((c for c in candidates if c.weekday() == weekday), None)
    if fitting is None:
        return candidates[0], {"year_inferred", "weekday_mismatch"}
    return fitting, {"year_inferred"}


def _month(groups: dict[str, str | None]) -> int:
    """The month from a name ("Des") or from digits ("12"), whichever the pattern captured."""
    name = groups.get("mon")
    return MONTHS[name.lower()] if name else int(groups["m"] or 0)


def _weekday(match: re.Match[str]) -> int | None:
    return _weekday_named(match.group("wd"))


def _weekday_named(written: str | None) -> int | None:
    return None if written is None else WEEKDAYS[written.lower().translate(_NO_APOSTROPHES)]


def _offset(zone: str | None) -> timedelta | None:
    """The UTC offset a written zone means; None when none is written or it is impossible
    ("+24:00"), which the callers then treat as no date or no time."""
    if not zone:
        return None
    if zone.upper() in ZONE_OFFSETS:
        return timedelta(hours=ZONE_OFFSETS[zone.upper()])
    digits = zone[1:].replace(":", "")
    size = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    if size >= MAX_OFFSET:
        return None
    return -size if zone[0] == "-" else size


def _clock(match: re.Match[str]) -> tuple[time, timedelta | None] | None:
    """The written time of day, if it is unmistakably one.

    "10.50" alone may be a number, so a dotted time needs "pukul"/"jam" or a zone after it.
    """
    groups = match.groupdict()
    if groups.get("hh") is None:
        return None
    if groups.get("tsep") == "." and not (groups.get("kw") or groups.get("zone")):
        return None
    hour, minute, second = int(match["hh"]), int(match["mi"]), int(match["ss"] or 0)
    if groups.get("ampm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone = groups.get("zone")
    offset = _offset(zone)
    if zone and offset is None:
        return None
    return time(hour, minute, second), offset


def _stamp(
    value: date, clock: tuple[time, timedelta | None] | None, ctx: _Context
) -> datetime | None:
    if clock is None:
        return None
    naive = datetime.combine(value, clock[0])
    offset = clock[1] if clock[1] is not None else ctx.zone.utcoffset(naive)
    assert offset is not None  # a ZoneInfo always knows its offset
    return naive.replace(tzinfo=timezone(offset))


def _raw_without_rejected_time(match: re.Match[str], clock: object) -> str:
    if clock is None and "time" in match.re.groupindex and match.group("time"):
        return match.string[match.start() : match.start("time")]
    return match.group()


def _calendar(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """Day, month and maybe year, weekday and time: the textual and numeric formats."""
    groups = match.groupdict()
    month = _month(groups)
    if groups.get("sep") and groups["sep"] != "/" and len(groups.get("y") or "") != 4:
        return None  # "2-1" is a score and "09.00" a time; dashes and dots need a full year
    if groups.get("sep") and _after_number_label(match):
        return None  # "Nomor 12/11/2023" is a document number
    day, weekday, written_year = int(groups["d"]), _weekday(match), groups.get("y")
    clock = _clock(match)
    raw = _raw_without_rejected_time(match, clock)
    if written_year is None:
        if weekday is None and not whole:
            return None  # "1/2 hari", "24/7": only a weekday or a bare clue makes it a date
        inferred = _infer_year(day, month, weekday, ctx)
        if inferred is None:
            return None
        value, flags = inferred
    else:
        try:
            value = date(_full_year(written_year, ctx.today), month, day)
        except ValueError:
            return None
        flags = {"weekday_mismatch"} if weekday not in (None, value.weekday()) else set()
    stamp = _stamp(value, clock, ctx)
    precision = "datetime" if stamp else "day"
    return _finish(ctx, raw, value, stamp, precision, flags, weekday if not written_year else None)


def _after_number_label(match: re.Match[str]) -> bool:
    """Is the match preceded by "Nomor"/"No."? Only the few characters before it are read,
    so a page with thousands of dates is scanned in linear time."""
    start = match.start()
    return _NUMBER_LABEL.search(match.string, max(0, start - NUMBER_LABEL_REACH), start) is not None


def _iso(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """ISO 8601; a machine timestamp is an instant, so its local date is in the site's zone."""
    try:
        value = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    zone = match.groupdict().get("zone")
    if zone and _offset(zone) is None:
        return None  # "+24:00" is no zone: the string is not a timestamp
    stamp = _stamp(value, _clock(match), ctx)
    if stamp is not None and zone:
        value = stamp.astimezone(ctx.zone).date()
    return _finish(ctx, match.group(), value, stamp, "datetime" if stamp else "day", set())


def _month_only(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """ "Desember 2023", "Des 2023" and upload folders: a month, never a day. "Mei 0000" is none."""
    month, year = _month(match.groupdict()), int(match["y"])
    if not 1 <= month <= 12 or year < MINYEAR:
        return None
    return _finish(ctx, match.group(), date(year, month, 1), None, "month", set())


def _url_path(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """WordPress permalinks /YYYY/MM/DD/slug/ and upload folders /YYYY/MM/."""
    if match["d"] is None:
        return _month_only(match, ctx, whole)
    return _iso(match, ctx, whole)


def _range(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """The first day of a range like "Sabtu-Senin, 2-4 Desember 2023", flagged `range`, with
    its last day in `end`. A weekday pair must fit the first day; a lone weekday either day
    ("Selasa 12-14 Februari 2023": the 14th was the Tuesday)."""
    end_month, end_year = MONTHS[match["mon2"].lower()], int(match["y2"])
    start_month = MONTHS[match["mon1"].lower()] if match["mon1"] else end_month
    start_year = int(match["y1"]) if match["y1"] else end_year - (start_month > end_month)
    try:
        start = date(start_year, start_month, int(match["d1"]))
        end = date(end_year, end_month, int(match["d2"]))
    except ValueError:
        return None
    if start >= end:
        return None
    flags = {"range"}
    if _range_weekday_mismatch(match, start, end):
        flags.add("weekday_mismatch")
    return _finish(ctx, match.group(), start, None, "day", flags, end=end)


def _range_weekday_mismatch(match: re.Match[str], start: date, end: date) -> bool:
    """A weekday that fits neither day it may name. "Selasa, 31 Oktober s.d. Kamis, 2 November
    2023" names each end's weekday before its day."""
    first, last = _weekday_named(match["wd1"]), _weekday_named(match["wd2"])
    closing = _weekday_named(match.groupdict().get("wd_end"))
    if closing is not None:
        return closing != end.weekday() or first not in (None, start.weekday())
    fitting = (start.weekday(),) if last is not None else (start.weekday(), end.weekday())
    return first is not None and first not in fitting


def _numeric_range(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """ "Rabu s.d Jumat (6-8/12/2023)": the first day, flagged `range`. Without a year
    ("Jum'at-Minggu (8-10/12)") only a weekday makes it a date, taken as the first day's: it
    picks the year, and the last day is not kept."""
    month, first_day, last_day = int(match["m"]), int(match["d1"]), int(match["d2"])
    if not 1 <= month <= 12 or first_day >= last_day:
        return None
    if match["y"] is None:
        weekday = _weekday_named(match["wd1"])
        if weekday is None:
            return None
        inferred = _infer_year(first_day, month, weekday, ctx)
        if inferred is None or last_day > calendar.monthrange(inferred[0].year, month)[1]:
            return None
        start, flags = inferred
        return _finish(ctx, match.group(), start, None, "day", {"range", *flags}, weekday)
    year = _full_year(match["y"], ctx.today)
    try:
        start, end = date(year, month, first_day), date(year, month, last_day)
    except ValueError:
        return None
    flags = (
        {"range", "weekday_mismatch"} if _range_weekday_mismatch(match, start, end) else {"range"}
    )
    return _finish(ctx, match.group(), start, None, "day", flags, end=end)


def _interval(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """An ISO interval older/newer, stated as precisely as both bounds agree, and no more."""
    try:
        older, newer = date.fromisoformat(match["a"]), date.fromisoformat(match["b"])
    except ValueError:
        return None
    if older > newer:
        return None
    if older == newer:
        return _finish(ctx, match.group(), older, None, "day", set())
    if older.year != newer.year:
        return None
    if older.month != newer.month:
        return _finish(ctx, match.group(), date(older.year, 1, 1), None, "year", {"approx"})
    return _finish(ctx, match.group(), older.replace(day=1), None, "month", {"approx"})


_UNITS = {
    "detik": "second", "second": "second", "menit": "minute", "minute": "minute",
    "jam": "hour", "hour": "hour", "hari": "day", "day": "day", "minggu": "week",
    "pekan": "week", "week": "week", "bulan": "month", "month": "month", "tahun": "year",
    "year": "year",
}  # fmt: skip
_UNIT_SPAN = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
_NAMED_DAYS = {
    "hari ini": 0, "baru saja": 0, "today": 0, "just now": 0,
    "kemarin": 1, "yesterday": 1, "kemarin lusa": 2,
}  # fmt: skip


def _relative(match: re.Match[str], ctx: _Context, whole: bool) -> ParsedDate | None:
    """Phrases like "2 jam yang lalu" or "kemarin", counted back from the reference.

    A day at best, never `datetime`: no clock time was written.
    """
    flags = {"relative"}
    if match["named"]:
        value = ctx.today - timedelta(days=_NAMED_DAYS[match["named"].lower()])
        return _finish(ctx, match.group(), value, None, "day", flags)
    count = int(match["n"]) if match["n"] else 1
    unit = _UNITS[match["unit"].lower().removesuffix("s")]
    if unit == "month":
        year, month = divmod(ctx.today.year * 12 + ctx.today.month - 1 - count, 12)
        return _finish(ctx, match.group(), date(year, month + 1, 1), None, "month", flags)
    if unit == "year":
        return _finish(ctx, match.group(), date(ctx.today.year - count, 1, 1), None, "year", flags)
    span = _UNIT_SPAN[unit] * count
    if ctx.now is not None:
        value = (ctx.now - span).date()
    else:  # a bare reference date: "2 jam lalu" is still today
        value = ctx.today - timedelta(days=span // timedelta(days=1))
    return _finish(ctx, match.group(), value, None, "day", flags)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Gates, searched in the lowercased text: case-sensitive patterns skip ahead much faster.
_MONTH_GATE = re.compile(rf"\b(?:{MONTH_PATTERN})")
_NUMERIC_GATE = re.compile(r"\d\s*[/.-]\s*\d")
_RELATIVE_GATE = re.compile(
    _alternation(["lalu", "ago", "kemarin", "hari ini", "baru saja", "yesterday", "today", "just"])
)


_FORMATS = (
    _Format(
        _compile(r"(?<![\w-])(?P<a>\d{4}-\d{2}-\d{2})/(?P<b>\d{4}-\d{2}-\d{2})(?![\w-])"),
        _interval,
        in_body=False,
    ),
    _Format(
        _compile(
            r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[T ](?P<hh>\d{2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:[.,]\d+)?)?"
            r"(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\w)"
        ),
        _iso,
        in_body=True,
    ),
    _Format(
        _compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})(?:/(?P<d>\d{1,2}))?(?=[/?#]|$)"),
        _url_path,
        in_body=False,
    ),
    _Format(
        _compile(
            rf"(?:\b(?P<wd1>{WEEKDAY_PATTERN})\b\.?(?:{_TO}(?P<wd2>{WEEKDAY_PATTERN})\b\.?)?\s*,?\s*\(?\s*)?"
            rf"(?<![\w/.-])(?P<d1>\d{{1,2}})(?:\s+(?P<mon1>{MONTH_PATTERN})\.?(?:\s+(?P<y1>\d{{4}}))?)?"
            rf"{_TO}(?:(?P<wd_end>{WEEKDAY_PATTERN})\b\.?\s*,?\s*)?"
            rf"(?P<d2>\d{{1,2}})\s+(?P<mon2>{MONTH_PATTERN})\b\.?,?\s*(?P<y2>\d{{4}})(?!\d)\)?"
        ),
        _range,
        in_body=True,
        needs=_MONTH_GATE,
    ),
    _Format(
        _compile(
            rf"(?:\b(?P<wd1>{WEEKDAY_PATTERN})\b\.?(?:{_TO}(?P<wd2>{WEEKDAY_PATTERN})\b\.?)?\s*,?\s*\(?\s*)?"
            rf"(?<![\w/.-])(?P<d1>\d{{1,2}}){_TO}(?P<d2>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            r"(?:\s*/\s*(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,-]\d)\)?"
        ),
        _numeric_range,
        in_body=True,
        needs=_NUMERIC_GATE,
    ),
    _Format(
        _compile(
            rf"{_WEEKDAY_PREFIX}(?<![\w/.-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?"
            rf"(?P<mon>{MONTH_PATTERN})\b\.?(?:,?\s*(?P<y>\d{{4}})(?!\d))?\)?{_TIME}"
        ),
        _calendar,
        in_body=True,
        needs=_MONTH_GATE,
    ),
    _Format(
        _compile(
            rf"{_WEEKDAY_PREFIX}\b(?P<mon>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?"
            rf"\s+(?P<y>\d{{4}})(?!\d){_TIME}"
        ),
        _calendar,
        in_body=True,
        needs=_MONTH_GATE,
    ),
    _Format(
        _compile(
            rf"{_WEEKDAY_PREFIX}(?<![\w./-])(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})"
            r"(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,-]\d)\s*\)?" + _TIME
        ),
        _calendar,
        in_body=True,
        needs=_NUMERIC_GATE,
    ),
    _Format(
        _compile(rf"\b(?<![\w-])(?P<mon>{MONTH_PATTERN})\.?,?\s+(?P<y>\d{{4}})(?!\d)"),
        _month_only,
        in_body=True,
        needs=_MONTH_GATE,
    ),
    _Format(
        _compile(
            r"\b(?:(?:(?P<n>\d{1,3})\s*|se|satu\s+|an?\s+)"
            r"(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun"
            r"|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)"
            r"|(?P<named>kemarin lusa|kemarin|hari ini|baru saja|yesterday|today|just now))\b"
        ),
        _relative,
        in_body=False,
        needs=_RELATIVE_GATE,
    ),
)


_CLUE_FORMATS = tuple(enumerate(_FORMATS))
_BODY_FORMATS = tuple((rank, fmt) for rank, fmt in _CLUE_FORMATS if fmt.in_body)


def _is_whole(match: re.Match[str]) -> bool:
    """True when the match is all the text says, bar punctuation: a bare "28/12" clue."""
    text = match.string
    return not (
        text[: match.start()].strip(_EDGE_PUNCTUATION)
        or text[match.end() :].strip(_EDGE_PUNCTUATION)
    )


def _formats_for(text: str, *, body: bool) -> list[tuple[int, _Format]]:
    """The formats (with their rank) that may match: each gate is searched once per text."""
    passed: dict[re.Pattern[str], bool] = {}
    lowered = text.lower()
    chosen = []
    for rank, fmt in _BODY_FORMATS if body else _CLUE_FORMATS:
        needs = fmt.needs
        if needs is not None:
            found = passed.get(needs)
            if found is None:
                found = passed[needs] = needs.search(lowered) is not None
            if not found:
                continue
        chosen.append((rank, fmt))
    return chosen


def _scan(text: str, ctx: _Context, *, body: bool) -> Iterator[ParsedDate]:
    """Date mentions in text order; where matches overlap, the earliest and longest wins.

    A match that fails to build (31/02, a yearless pair without weekday) still claims its
    text, so that "29 Februari 2023" is rejected rather than read as "Februari 2023".
    """
    found = [
        (match.start(), match.start() - match.end(), rank, match, fmt)
        for rank, fmt in _formats_for(text, body=body)
        for match in fmt.pattern.finditer(text)
    ]
    covered_until = 0
    for start, _, _, match, fmt in sorted(found, key=lambda item: item[:3]):
        if start < covered_until:
            continue
        covered_until = match.end()
        parsed = fmt.build(match, ctx, not body and _is_whole(match))
        if parsed is not None:
            yield parsed


def _fallback(text: str, ctx: _Context) -> ParsedDate | None:
    """dateparser for the rare shapes the patterns miss, e.g. "07.01.2019" or "Tue Jan 07 2019".

    Gated on a month name or three number groups, strict (day, month and year all written),
    so a lone "Minggu" or "24 jam" never reaches it.
    """
    if len(text) > FALLBACK_MAX_CHARS or not _FALLBACK_GATE.search(text):
        return None
    now = ctx.now or datetime.combine(ctx.today, time(12), ctx.zone)
    parser = DateDataParser(
        languages=["id", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "STRICT_PARSING": True,
            "RELATIVE_BASE": now.replace(tzinfo=None),
            "TIMEZONE": str(ctx.zone),
            "RETURN_AS_TIMEZONE_AWARE": True,
        },
    )
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    found: datetime = data.date_obj
    flags = set()
    weekday = _WEEKDAY_WORD.search(text)
    if weekday and _weekday(weekday) != found.weekday():
        flags.add("weekday_mismatch")
    if "time" not in data.parts:
        return _finish(ctx, text, found.date(), None, "day", flags)
    stamp = found.astimezone(timezone(found.utcoffset() or timedelta(0)))
    return _finish(ctx, text, found.date(), stamp, "datetime", flags)


def parse_date(
    text: str, *, reference: date | datetime, tz: str, future_days: int = 0
) -> ParsedDate | None:
    """The first date in a clue (meta content, byline, URL, listing line), or None.

    `reference` is the crawl moment (see `local_today`); `tz` the site's IANA zone, which
    WIB/WITA/WIT written in the text override. A clue that is only a day/month ("28/12")
    is read as one; in running text such a pair needs a weekday, as in "Kamis (28/12)".
    """
    ctx = _Context.of(reference, tz, future_days)
    cleaned = _LABEL.sub("", text).strip()
    found = _first_date(cleaned, ctx)
    return found if found is not None else _fallback(cleaned, ctx)


def _first_date(text: str, ctx: _Context) -> ParsedDate | None:
    """What `_scan` finds first, faster: the earliest and longest match is the leftmost match
    of some format, so each pattern is searched once; only if that match is no date does the
    whole text get scanned."""
    firsts = [
        (match.start(), match.start() - match.end(), rank, match, fmt)
        for rank, fmt in _formats_for(text, body=False)
        if (match := fmt.pattern.search(text)) is not None
    ]
    if not firsts:
        return None
    *_, match, fmt = min(firsts, key=lambda item: item[:3])
    parsed = fmt.build(match, ctx, _is_whole(match))
    return parsed if parsed is not None else next(_scan(text, ctx, body=False), None)


def find_dates(
    text: str, *, reference: date | datetime, tz: str, future_days: int = BODY_FUTURE_DAYS
) -> list[ParsedDate]:
    """Date mentions in body text, in order. Relative words are skipped: in prose they count
    from the unknown publication day, not from the crawl."""
    return list(_scan(text, _Context.of(reference, tz, future_days), body=True))


def listing_days(date_texts: Sequence[str], *, reference: date, tz: str) -> list[date | None]:
    """The day each listing row prints with its year written, None for the other rows: the
    fixed points that bound the years of their yearless neighbours (`scrapers.dating`)."""
    return [_listing_day(text, reference, tz) for text in date_texts]


def _listing_day(text: str, reference: date, tz: str) -> date | None:
    parsed = parse_date(text, reference=reference, tz=tz) if text else None
    if parsed is None or parsed.precision not in ("day", "datetime"):
        return None
    return None if {"year_inferred", "relative"} & set(parsed.flags) else parsed.date


def local_today(tz: str, now: datetime | None = None) -> date:
    """The calendar date in the site's zone; a naive `now` is taken as UTC (a crawler's clock)."""
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(tz)).date()


def _publishable(parsed: ParsedDate, source: str) -> bool:
    """Could this be the day the article went online? Body mentions must also be a day and
    not ahead of the crawl, since prose names past events and announces coming ones."""
    if parsed.date < EARLIEST_PUBLICATION:
        return False
    if source != "body":
        return True
    return parsed.precision in ("datetime", "day") and "future" not in parsed.flags


def _read_clue(
    clue: DateClue, reference: date, tz: str, evidence: Sequence[YearEvidence]
) -> tuple[ParsedDate, str] | None:
    """The clue's first publishable date and what decided its year."""
    future_days = BODY_FUTURE_DAYS if clue.source == "body" else 0
    mentions: Sequence[ParsedDate | None]
    if clue.source == "body":
        mentions = find_dates(clue.text, reference=reference, tz=tz)
    else:
        mentions = [parse_date(clue.text, reference=reference, tz=tz)]
    for mention in mentions:
        if mention is None:
            continue
        dated = _year_from_evidence(mention, evidence, reference, future_days)
        if _publishable(dated[0], clue.source):
            return dated
    return None


def _year_from_evidence(
    parsed: ParsedDate, evidence: Sequence[YearEvidence], reference: date, future_days: int
) -> tuple[ParsedDate, str]:
    """A yearless date's year chosen again with the evidence (`choose_year`), and its source."""
    if "year_inferred" not in parsed.flags:
        return parsed, "relative" if "relative" in parsed.flags else "written"
    limit = reference + timedelta(days=future_days)
    choice = choose_year(parsed.date.day, parsed.date.month, parsed.weekday, evidence, limit=limit)
    if not evidence or choice is None:
        return parsed, "weekday_latest"
    flags = (set(parsed.flags) - {"weekday_mismatch", "future"}) | set(choice.flags)
    if choice.date > reference + timedelta(days=FUTURE_GRACE_DAYS):
        flags.add("future")
    stamp = parsed.datetime.replace(year=choice.date.year) if parsed.datetime else None
    chosen = replace(parsed, date=choice.date, datetime=stamp, flags=tuple(sorted(flags)))
    return chosen, choice.source


def resolve_article_date(
    clues: Sequence[DateClue],
    *,
    reference: date,
    tz: str,
    evidence: Sequence[YearEvidence] = (),
) -> ArticleDate | None:
    """The article's date from the most trustworthy source that yields one (DATE_SOURCES).

    A date written without its year takes it from `evidence` (`scrapers.year_evidence`);
    without any, from the latest year its weekday fits.
    """
    for source in DATE_SOURCES:
        for clue in clues:
            found = _read_clue(clue, reference, tz, evidence) if clue.source == source else None
            if found is not None:
                parsed, year_source = found
                return ArticleDate(
                    published_date=parsed.date.isoformat(),
                    precision=parsed.precision,
                    source=source,
                    raw=parsed.raw,
                    published_at=parsed.datetime.isoformat() if parsed.datetime else None,
                    flags=parsed.flags,
                    year_source=year_source,
                )
    return None
