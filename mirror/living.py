"""The living mirror: day 0's sites moved forward one day at a time, all from the seed.

Day 0 is `build_sites(seed, base_date)`. Each later day, on every site, new articles appear at
the top of the listing (generated from (seed, host, day)), a recent article may be edited, one
may be deleted (404) and an earlier deletion may come back; the day also plans faults for the
requests a nightly crawl makes (a 503 or 429 that clears on retry, a 500 that lasts the day).
`build_world` replays the days, so a test predicts everything a crawl should find by calling
it with the same state the server reads.

A state directory holds `state.json` (seed, base date, current day) and the server's
`access.log` (one JSON object per request).
"""

from __future__ import annotations

import json
import random
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from mirror.content import WIB, Block, MirrorArticle, MirrorSite, build_sites, later_articles

STATE_FILE = "state.json"
ACCESS_LOG_FILE = "access.log"
LISTING_PATHS = {"drupal": "/berita", "wordpress": "/category/berita/", "drupal7": "/id/berita"}
"""The first listing page of each platform, after the redirect from /berita."""

NEW_PER_DAY = (0, 4)
EDIT_CHANCE = 0.4
EDIT_WINDOW_DAYS = 7
DELETE_CHANCE = 0.25
DELETE_WINDOW_DAYS = 14
LATE_DELETE_CHANCE = 0.1
LATE_AFTER_DAYS = 30
"""A late deletion takes an article published more than LATE_AFTER_DAYS ago, long after the
crawl's last revisit: only the sweep (archive.runlog.Sweep) can notice it. It is drawn from
its own random stream, so the days' other changes stay as they were without it."""
RESTORE_AFTER_DAYS = 3
RESTORE_CHANCE = 0.5
TRANSIENT_ERROR_CHANCE = 0.3
RATE_LIMIT_CHANCE = 0.15
LASTING_ERROR_CHANCE = 0.1
RETRY_AFTER_SECONDS = 1
EDITOR_NOTES = (
    "Catatan redaksi: berita ini diperbarui untuk melengkapi keterangan narasumber.",
    "Ralat: nama salah satu narasumber dalam berita ini telah diperbaiki.",
    "Pembaruan: berita ini dilengkapi dengan tanggapan dari jajaran pengawas kecamatan.",
)


@dataclass(frozen=True)
class MirrorState:
    """What the state directory remembers: the seed, day 0's date and the current day."""

    seed: int
    base_date: date
    day: int = 0

    @property
    def today(self) -> date:
        return self.base_date + timedelta(days=self.day)

    @classmethod
    def load(cls, directory: Path) -> MirrorState:
        raw = json.loads((Path(directory) / STATE_FILE).read_text(encoding="utf-8"))
        return cls(raw["seed"], date.fromisoformat(raw["base_date"]), raw["day"])

    def save(self, directory: Path) -> None:
        """Write atomically: a server reading the file never sees half of it."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        raw = {**asdict(self), "base_date": self.base_date.isoformat()}
        temporary = directory / f"{STATE_FILE}.tmp"
        temporary.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
        temporary.replace(directory / STATE_FILE)


@dataclass(frozen=True)
class Fault:
    """A planned error answer to `GET path` (no query) on one site for one day.

    `failures` is how many requests fail before the page answers normally; None: all day.
    """

    path: str
    status: int  # 429, 500 or 503
    failures: int | None = 1
    retry_after: int = 0


@dataclass(frozen=True)
class SiteDay:
    """What happened to one site on one day; paths are article paths on the site."""

    new: tuple[MirrorArticle, ...] = ()  # newest first
    edited: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    faults: tuple[Fault, ...] = ()


@dataclass(frozen=True)
class Deletion:
    article: MirrorArticle
    day: int
    late: bool = False  # a late deletion is never restored


@dataclass(frozen=True)
class World:
    """The sites as served on `state.day`, and what each day since day 0 changed."""

    state: MirrorState
    sites: dict[str, MirrorSite]
    history: tuple[dict[str, SiteDay], ...]  # index d-1 holds day d
    deleted: dict[str, dict[str, Deletion]] = field(default_factory=dict)  # host -> path -> ...

    def day(self, number: int) -> dict[str, SiteDay]:
        """Changes of day `number` (>= 1) by host."""
        return self.history[number - 1]

    def faults(self, host: str) -> tuple[Fault, ...]:
        """Today's planned faults on `host`."""
        return self.history[-1][host].faults if self.history else ()


def build_world(state: MirrorState) -> World:
    """Replay days 1..state.day on top of day 0."""
    sites = build_sites(state.seed, state.base_date)
    deleted: dict[str, dict[str, Deletion]] = {host: {} for host in sites}
    history: list[dict[str, SiteDay]] = []
    for number in range(1, state.day + 1):
        today = state.base_date + timedelta(days=number)
        changes: dict[str, SiteDay] = {}
        for host, site in sites.items():
            rng = random.Random(f"{state.seed}:{host}:day{number}")
            sites[host], changes[host] = _live_one_day(site, rng, today, number, deleted[host])
            late = random.Random(f"{state.seed}:{host}:day{number}:late")
            sites[host], changes[host] = _delete_late(
                sites[host], changes[host], late, today, number, deleted[host]
            )
        history.append(changes)
    return World(state, sites, tuple(history), deleted)


def listing_path(site: MirrorSite) -> str:
    return LISTING_PATHS[site.layout]


def _live_one_day(
    site: MirrorSite,
    rng: random.Random,
    today: date,
    number: int,
    deleted: dict[str, Deletion],
) -> tuple[MirrorSite, SiteDay]:
    """One day on one site; `deleted` (path -> deletion) is updated in place."""
    new = later_articles(site, rng, _moments(rng, today))
    articles = {article.path: article for article in site.articles}
    edited = _edit(rng, articles, today)
    gone = _delete(rng, articles, today, exclude=set(edited))
    back = _restore(rng, deleted, articles, number)
    for path in gone:
        deleted[path] = Deletion(articles.pop(path), number)
    ordered = sorted([*new, *articles.values()], key=lambda a: a.published_at, reverse=True)
    day = SiteDay(new, edited, gone, back, _faults(rng, site, new))
    return replace(site, articles=tuple(ordered)), day


def _moments(rng: random.Random, today: date) -> list[datetime]:
    count = rng.randint(*NEW_PER_DAY)
    return [_at(today, rng.randint(7, 20), rng.choice((0, 10, 25, 40, 55))) for _ in range(count)]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=WIB)


def _recent(articles: dict[str, MirrorArticle], today: date, window: int) -> list[str]:
    """Paths of articles published in the `window` days before today, in a stable order."""
    earliest = today - timedelta(days=window)
    return sorted(p for p, a in articles.items() if earliest <= a.published_date < today)


def _edit(rng: random.Random, articles: dict[str, MirrorArticle], today: date) -> tuple[str, ...]:
    """Maybe append an editor's note to a recent article (in place); the paths edited."""
    candidates = _recent(articles, today, EDIT_WINDOW_DAYS)
    if not candidates or rng.random() >= EDIT_CHANCE:
        return ()
    path = rng.choice(candidates)
    article = articles[path]
    note = Block("text", rng.choice(EDITOR_NOTES))
    articles[path] = replace(article, blocks=(*article.blocks, note), updated_at=_at(today, 9))
    return (path,)


def _delete(
    rng: random.Random, articles: dict[str, MirrorArticle], today: date, exclude: set[str]
) -> tuple[str, ...]:
    candidates = [p for p in _recent(articles, today, DELETE_WINDOW_DAYS) if p not in exclude]
    if not candidates or rng.random() >= DELETE_CHANCE:
        return ()
    return (rng.choice(candidates),)


def _delete_late(
    site: MirrorSite,
    day: SiteDay,
    rng: random.Random,
    today: date,
    number: int,
    deleted: dict[str, Deletion],
) -> tuple[MirrorSite, SiteDay]:
    """Maybe delete an old article (see LATE_DELETE_CHANCE); `deleted` is updated in place."""
    latest = today - timedelta(days=LATE_AFTER_DAYS)
    old = {a.path: a for a in site.articles if a.published_date < latest}
    if not old or rng.random() >= LATE_DELETE_CHANCE:
        return site, day
    path = rng.choice(sorted(old))
    deleted[path] = Deletion(old[path], number, late=True)
    kept = tuple(article for article in site.articles if article.path != path)
    return replace(site, articles=kept), replace(day, deleted=(*day.deleted, path))


def _restore(
    rng: random.Random,
    deleted: dict[str, Deletion],
    articles: dict[str, MirrorArticle],
    number: int,
) -> tuple[str, ...]:
    """Some deletions are undone RESTORE_AFTER_DAYS later (an editor's mistake, put back)."""
    due = sorted(
        p
        for p, gone in deleted.items()
        if number - gone.day == RESTORE_AFTER_DAYS and not gone.late
    )
    back = tuple(path for path in due if rng.random() < RESTORE_CHANCE)
    for path in back:
        articles[path] = deleted.pop(path).article
    return back


def _faults(
    rng: random.Random, site: MirrorSite, new: tuple[MirrorArticle, ...]
) -> tuple[Fault, ...]:
    """Errors on the requests a nightly crawl makes today: the listing and the new articles."""
    faults: list[Fault] = []
    if rng.random() < RATE_LIMIT_CHANCE:
        faults.append(Fault(listing_path(site), 429, 1, RETRY_AFTER_SECONDS))
    paths = [article.path for article in new]
    rng.shuffle(paths)
    if paths and rng.random() < TRANSIENT_ERROR_CHANCE:
        faults.append(Fault(paths.pop(), 503, 1))
    if paths and rng.random() < LASTING_ERROR_CHANCE:
        faults.append(Fault(paths.pop(), 500, None))
    return tuple(faults)


class LivingSource:
    """The world a running server plays, reloaded whenever `state.json` changes, and the
    count of requests per (day, host, path) that decides whether a planned fault still fails."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._raw = ""
        self._world: World | None = None
        self._attempts: Counter[tuple[int, str, str]] = Counter()

    @property
    def access_log_path(self) -> Path:
        return self.directory / ACCESS_LOG_FILE

    def world(self) -> World:
        raw = (self.directory / STATE_FILE).read_text(encoding="utf-8")
        with self._lock:
            if self._world is None or raw != self._raw:
                self._world = build_world(MirrorState.load(self.directory))
                self._raw = raw
            return self._world

    def fault(self, host: str, path: str, query: str) -> Fault | None:
        """The planned fault this request meets, if any; counts the request either way."""
        world = self.world()
        planned = {fault.path: fault for fault in world.faults(host)}
        fault = planned.get(path) if not query else None
        with self._lock:
            self._attempts[(world.state.day, host, path)] += 1
            attempt = self._attempts[(world.state.day, host, path)]
        if fault is None or (fault.failures is not None and attempt > fault.failures):
            return None
        return fault


def start_state(directory: Path, seed: int, base_date: date) -> MirrorState:
    """The state in `directory`, created at day 0 when there is none yet."""
    if (Path(directory) / STATE_FILE).exists():
        return MirrorState.load(directory)
    state = MirrorState(seed, base_date)
    state.save(directory)
    return state


def advance(directory: Path, days: int = 1) -> World:
    """Move the mirror in `directory` forward by `days`; the world as it now stands."""
    state = MirrorState.load(directory)
    state = replace(state, day=state.day + days)
    state.save(directory)
    return build_world(state)
