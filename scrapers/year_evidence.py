"""The year of a date written without one ("Rabu (23/9)"), from everything else that is known.

A first crawl reads a site's whole backlog. Taking the latest year in which the weekday fits
dates a 2020 post that says "Rabu (23/9)" to 2026, so the year is decided by evidence first
and by the weekday among the years the evidence allows:

- hard evidence bounds the date and is trusted in this order: the day the archive first saw
  the article, its dated neighbours in the site's listing walk, the dated articles around its
  Drupal node id (ids grow with time), the HTTP `Last-Modified` header;
- soft evidence says where the date probably lies and only chooses among the years that are
  left: the upload folders of the article's own images and files, the years its text writes.

`choose_year` is pure: evidence records in, a date and the source that decided its year out,
flagged `weekday_mismatch` when no allowed year fits the weekday and `year_conflict` when two
hard bounds contradict each other (the weaker one is then ignored).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborNode

EARLIEST_PUBLICATION = date(2008, 1, 1)
"""Bawaslu's websites did not exist earlier: older dates are history or CMS defaults (1970)."""

HARD_SOURCES = ("first_seen", "listing_neighbours", "node_id", "last_modified")
SOFT_SOURCES = ("upload_path", "body_year")
YEAR_SOURCES = ("written", "relative", *HARD_SOURCES, *SOFT_SOURCES, "weekday_latest")
"""What decided an article's year (`date_year_source`): written in the date itself, counted
back from the crawl (relative), one kind of evidence, or the latest year the weekday fits."""

NEIGHBOURS = 2
"""Dated neighbours read on each side: one out-of-order row (a sticky post) cannot mislead."""

UPLOAD_BEFORE = timedelta(days=31)
UPLOAD_AFTER = timedelta(days=183)
"""An article is published around its files' upload month: a draft may be started a month
before, an old photo reused some months later."""

BODY_DATE_BEFORE = timedelta(days=730)
BODY_DATE_AFTER = timedelta(days=366)
"""Dates an article writes lie up to two years after it (coming elections) or one before."""

BODY_YEAR_BEFORE = 4
BODY_YEAR_AFTER = 1
"""An election year is written up to four years ahead ("Pemilu 2029" in 2025), one behind."""

_UPLOAD = re.compile(
    r"/(?:sites/[^/]+/files|wp-content/uploads)/(?:styles/[^/]+/[^/]+/)?"
    r"(?P<y>(?:19|20)\d\d)[/-](?P<m>0[1-9]|1[0-2])/"
)
_ELECTION_YEAR = re.compile(
    r"\b(?:pemilu|pemilihan(?:\s+umum)?(?:\s+serentak)?|pilkada(?:\s+serentak)?|pilpres|pileg"
    r"|pilgub|pilbup|pilwalkot|tahun(?:\s+anggaran)?)\s+(?P<y>20\d\d)\b",
    re.IGNORECASE,
)
_LAW_NUMBER = re.compile(r"\b(?:nomor|no\.?)\s*\d+\s*$", re.IGNORECASE)
"""What precedes "Tahun 2017" in "Undang-Undang Nomor 7 Tahun 2017": a law, not the news year."""
_LAW_REACH = 16

NODE_ID_ELEMENTS = "link, article, [data-history-node-id]:not(script, time)"
"""The elements where a page may declare its node id, besides `<body>`: a selector list for the
query the caller makes anyway (see `page_node_id`). Scripts and times are no node's element:
left out, a query for them beside this one (`time[datetime]`) gets only its own."""
_LINK_KINDS = ("shortlink", "canonical")
_TRUST_ORDER = (*_LINK_KINDS, "history", "about", "body", "id")
_BODY_NODE_CLASS = re.compile(r"page-node-(\d+)", re.IGNORECASE)
_ARTICLE_NODE_ID = re.compile(r"node-(\d+)\b", re.IGNORECASE)
_DIGITS = re.compile(r"(\d+)")
_NODE_PATH = re.compile(r"/node/(\d+)(?![\w/])")


@dataclass(frozen=True, slots=True)
class YearEvidence:
    """What one clue says about an article's publication day: not before `earliest`, not
    after `latest`; `around` is where a soft clue puts it, to choose between two fits."""

    source: str  # one of HARD_SOURCES or SOFT_SOURCES
    earliest: date = date.min
    latest: date = date.max
    around: date | None = None

    def allows(self, day: date) -> bool:
        return self.earliest <= day <= self.latest


@dataclass(frozen=True, slots=True)
class YearChoice:
    date: date
    source: str  # one of YEAR_SOURCES
    flags: tuple[str, ...]  # sorted: weekday_mismatch, year_conflict


@dataclass(frozen=True, slots=True)
class Anchor:
    """An article of the same site whose date has its year written: a fixed point in time."""

    day: date
    node_id: int | None = None


def choose_year(
    day: int, month: int, weekday: int | None, evidence: Iterable[YearEvidence], *, limit: date
) -> YearChoice | None:
    """The date on day/month that the evidence allows and the weekday fits, not after `limit`.

    Hard evidence narrows the years in trust order; the weekday then picks among what is left
    (or, if none fits, the evidence wins and the date is flagged `weekday_mismatch`); soft
    evidence chooses if several remain, and the latest year if still several do. The source
    is the last evidence that narrowed the years, `weekday_latest` when none did. None when
    day/month exists in no year.
    """
    pool = _candidates(day, month, limit)
    if not pool:
        return None
    hard, soft = _by_trust(evidence, HARD_SOURCES), _by_trust(evidence, SOFT_SOURCES)
    flags: set[str] = set()
    source = "weekday_latest"
    for clue in hard:
        kept = [candidate for candidate in pool if clue.allows(candidate)]
        if not kept:
            flags.add("year_conflict")
        elif len(kept) < len(pool):
            pool, source = kept, clue.source
    fitting = [candidate for candidate in pool if weekday in (None, candidate.weekday())]
    if not fitting:
        flags.add("weekday_mismatch")
        fitting = pool
    for clue in soft:
        kept = [candidate for candidate in fitting if clue.allows(candidate)]
        if kept and len(kept) < len(fitting):
            fitting, source = _nearest(kept, clue.around), clue.source
    return YearChoice(max(fitting), source, tuple(sorted(flags)))


def _candidates(day: int, month: int, limit: date) -> list[date]:
    found = []
    for year in range(EARLIEST_PUBLICATION.year, limit.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            found.append(candidate)
    return found


def _by_trust(evidence: Iterable[YearEvidence], order: Sequence[str]) -> list[YearEvidence]:
    chosen = [clue for clue in evidence if clue.source in order]
    return sorted(chosen, key=lambda clue: order.index(clue.source))


def _nearest(candidates: list[date], around: date | None) -> list[date]:
    if around is None or len(candidates) < 2:
        return candidates
    return [
        min(candidates, key=lambda candidate: (abs(candidate - around), -candidate.toordinal()))
    ]


# -- evidence from the article's own page ------------------------------------------------------


def upload_evidence(urls: Iterable[str]) -> YearEvidence | None:
    """Around the latest upload month among the article's own images and files
    (`/sites/<site>/files/2020-09/`, `.../files/2020/09/`, `/wp-content/uploads/2020/09/`):
    an older one is a reused photo."""
    months = [
        date(int(found["y"]), int(found["m"]), 1)
        for url in urls
        if (found := _UPLOAD.search(url)) is not None
    ]
    months = [month for month in months if month >= EARLIEST_PUBLICATION]
    if not months:
        return None
    month = max(months)
    return YearEvidence(
        "upload_path", month - UPLOAD_BEFORE, month + UPLOAD_AFTER, month + timedelta(days=14)
    )


def body_year_evidence(text: str, written_dates: Iterable[date]) -> list[YearEvidence]:
    """What the article's text says of its time: its latest date with a written year, then
    its latest election or "tahun" year ("Pilkada 2020", "tahun 2019"; not "Nomor 7 Tahun
    2017", a law)."""
    evidence = []
    days = [day for day in written_dates if day >= EARLIEST_PUBLICATION]
    if days:
        latest = max(days)
        evidence.append(
            YearEvidence("body_year", latest - BODY_DATE_BEFORE, latest + BODY_DATE_AFTER, latest)
        )
    years = [
        int(found["y"])
        for found in _ELECTION_YEAR.finditer(text)
        if not _LAW_NUMBER.search(text, max(0, found.start() - _LAW_REACH), found.start())
    ]
    years = [year for year in years if year >= EARLIEST_PUBLICATION.year]
    if years:
        year = max(years)
        evidence.append(
            YearEvidence(
                "body_year",
                date(year - BODY_YEAR_BEFORE, 1, 1),
                date(year + BODY_YEAR_AFTER, 12, 31),
                date(year, 1, 1),
            )
        )
    return evidence


def last_modified_evidence(header: str, tz: str) -> YearEvidence | None:
    """The page was not published after the server says it last changed; an unreadable or
    pre-Bawaslu header (a CMS default) says nothing."""
    try:
        moment = parsedate_to_datetime(header) if header else None
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or moment.tzinfo is None:
        return None
    day = moment.astimezone(ZoneInfo(tz)).date()
    return YearEvidence("last_modified", latest=day) if day >= EARLIEST_PUBLICATION else None


def first_seen_evidence(day: date) -> YearEvidence:
    """Nothing is published after the day the archive first saw it."""
    return YearEvidence("first_seen", latest=day)


def page_node_id(
    declarations: Iterable[LexborNode], body: LexborNode | None, url: str = ""
) -> int | None:
    """The Drupal node id the page declares for itself, in this order of trust: its shortlink
    or canonical `/node/N`, `data-history-node-id`, `about="/node/N"`, the `page-node-N` body
    class, `id="node-N"` (Drupal 7), else the URL's `/node/N`. Links to other nodes are not
    read: they name other articles.

    `declarations` are the page's elements matching NODE_ID_ELEMENTS, in page order (others
    are ignored): read from the parsed tree, what comments and scripts hold is never taken
    for a declaration. The first `<link>` of each kind decides for that kind.
    """
    declared: dict[str, int | None] = {}
    for node in declarations:
        tag, attributes = node.tag, node.attributes
        if tag == "link":
            rels = (attributes.get("rel") or "").lower().split()
            for kind in _LINK_KINDS:
                if kind in rels and kind not in declared:
                    declared[kind] = _node_path(attributes.get("href"))
            continue
        _first(declared, "history", _DIGITS.match, attributes.get("data-history-node-id"))
        if tag == "article":
            _first(declared, "about", _NODE_PATH.search, attributes.get("about"))
            _first(declared, "id", _ARTICLE_NODE_ID.match, attributes.get("id"))
    for kind in _TRUST_ORDER:
        node_id = _body_node_id(body) if kind == "body" else declared.get(kind)
        if node_id is not None:
            return node_id
    return _node_path(url)


def _first(
    declared: dict[str, int | None],
    kind: str,
    find: Callable[[str], re.Match[str] | None],
    value: str | None,
) -> None:
    """Keep the first id of a kind that `find` finds in an attribute's value."""
    found = find(value) if value and declared.get(kind) is None else None
    if found is not None:
        declared[kind] = int(found.group(1))


def _body_node_id(body: LexborNode | None) -> int | None:
    """The id in the `page-node-N` class of `<body>`, read only when no surer one is found."""
    classes = (body.attributes.get("class") or "") if body is not None else ""
    if "page-node-" not in classes.lower():  # most pages: no class to match one by one
        return None
    found = (_BODY_NODE_CLASS.fullmatch(name) for name in classes.split())
    return next((int(match.group(1)) for match in found if match), None)


def _node_path(url: str | None) -> int | None:
    found = _NODE_PATH.search(url or "")
    return int(found.group(1)) if found else None


# -- evidence from the rest of the site --------------------------------------------------------


def node_id_evidence(node_id: int, anchors: Sequence[Anchor]) -> YearEvidence | None:
    """Between the dated articles created just before and just after it (node ids grow with
    time). `anchors` must be sorted by node id (all known); each side reads NEIGHBOURS."""
    ids = [anchor.node_id or 0 for anchor in anchors]
    below = bisect.bisect_left(ids, node_id)
    above = bisect.bisect_right(ids, node_id)
    older = [anchor.day for anchor in anchors[max(0, below - NEIGHBOURS) : below]]
    newer = [anchor.day for anchor in anchors[above : above + NEIGHBOURS]]
    if not older and not newer:
        return None
    return YearEvidence(
        "node_id", min(older) if older else date.min, max(newer) if newer else date.max
    )


def neighbour_evidence(days: Sequence[date | None], index: int) -> YearEvidence | None:
    """Between the dated rows above (newer) and below (older) row `index` of a listing walk,
    newest first: NEIGHBOURS on each side, so that one out-of-order row widens the bounds
    instead of breaking them."""
    newer = [day for day in reversed(days[:index]) if day is not None][:NEIGHBOURS]
    older = [day for day in days[index + 1 :] if day is not None][:NEIGHBOURS]
    if not newer and not older:
        return None
    return YearEvidence(
        "listing_neighbours", min(older) if older else date.min, max(newer) if newer else date.max
    )
