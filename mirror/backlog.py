"""A regency site with a ten-year backlog whose pages mostly name no year.

The first crawl of a real site walks years of listing pages. Most of its posts date themselves
only as "Rabu (23/9)" in the body; the year must come from the rest of the site. This site
plays that: articles from 2017 to yesterday, most dated by weekday and day/month alone, some
with the year written, Drupal node ids growing with time (some pages declare theirs in a
`<link rel="shortlink">`), photos in upload folders named by month (`files/2019/03/` from the
WordPress migration, `files/2021-06/` after), a date line on only some listing rows, and the
election years the stories name. One old article is pinned ("sticky") at the top of the first
listing page, linked by its `/node/N` path, which answers 301 to its alias: the crawl asks for
it twice and its scheduler drops the second. The truth is `published_at` of each article.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from mirror import drupal
from mirror.calendar_id import body_date_phrase, long_date
from mirror.content import (
    WIB,
    Block,
    MirrorArticle,
    MirrorSite,
    Quirks,
    SiteSpec,
    jakarta_today,
    slugify,
)
from mirror.markup import Reply, esc, html_reply, page_number, redirect, teaser
from mirror.prose import Cast, compose_story

BACKLOG_HOST = "sukoharjo.bawaslu.go.id"
FIRST_DAY = date(2017, 1, 2)
ARTICLE_COUNT = 132
FIRST_NODE_ID = 214
YEARLESS_SHARE = 0.78  # dated only "Rabu (23/9)"
SHORTLINK_SHARE = 0.45
PHOTO_SHARE = 0.45
LISTING_DATE_SHARE = 0.2
MIGRATED_BEFORE = date(2020, 1, 1)  # uploads before the move to Drupal keep WordPress folders
WRITTEN_YEAR_STYLES = ("weekday_numeric_full", "weekday_long", "weekday_numeric_short_year")
STICKY_AGE = 100  # the pinned article is this many articles old
NODE_PATH = re.compile(r"/node/(\d+)")

SPEC = SiteSpec(
    host=BACKLOG_HOST,
    name="Bawaslu Kabupaten Sukoharjo",
    level="kabupaten",
    layout="drupal",
    files_dir="sukoharjo",
    instagram="bawaslusukoharjo",
    cast=Cast(
        office="Bawaslu Sukoharjo",
        region="Sukoharjo",
        places=("Kartasura", "Grogol", "Baki", "Mojolaban", "Polokarto", "Weru", "Bulu"),
        people=("Rini Astuti", "Bagus Wicaksono", "Eko Santoso"),
        partners=("KPU Sukoharjo", "Polres Sukoharjo", "Pemerintah Kabupaten Sukoharjo"),
    ),
    quirks=Quirks(doubled_title=False, credit_style="office_signoff", footer="kabupaten"),
    date_styles=("weekday_day_month", *WRITTEN_YEAR_STYLES),
)


@dataclass(frozen=True)
class BacklogSite:
    """The site, and which of its pages show which clue."""

    site: MirrorSite
    shortlinks: frozenset[str]  # paths of the pages with a shortlink
    dated_rows: frozenset[str]  # paths whose listing row prints the date

    @property
    def host(self) -> str:
        return self.site.host

    def respond(self, path: str, query: dict[str, list[str]]) -> Reply:
        """Listings and articles as the Drupal sites serve them, with this site's clues."""
        if path in ("/", "/berita", "/index.php/berita"):
            return html_reply(200, self.listing_page(page_number(query)))
        node = NODE_PATH.fullmatch(path)
        if node is not None:
            alias = {str(a.node_id): a.path for a in self.site.articles}.get(node.group(1))
            return redirect(alias) if alias else drupal.route(self.site, path, query)
        reply = drupal.route(self.site, path, query)
        article = self.site.article_at(path)
        if article is None or path not in self.shortlinks:
            return reply
        shortlink = f'<link rel="shortlink" href="/node/{article.node_id}">\n<link rel="canonical"'
        page = reply.body.decode("utf-8").replace('<link rel="canonical"', shortlink, 1)
        return html_reply(200, page, last_modified=article.updated_at)

    def listing_page(self, page: int) -> str:
        rows = "\n".join(self._row(article) for article in self.site.listing_page(page))
        if page == 0:
            rows = self._row(self.sticky, f"/node/{self.sticky.node_id}") + "\n" + rows
        main = f"""  <h1 class="page-title">Berita</h1>
  <div class="view view-berita view-id-berita view-display-id-page_1">
   <div class="view-content">
{rows or '<div class="view-empty">Belum ada berita.</div>'}
   </div>
{drupal.pager(page, self.site.page_count)}
  </div>"""
        return drupal._shell(self.site, "Berita", "path-berita", main)

    @property
    def sticky(self) -> MirrorArticle:
        return self.site.articles[STICKY_AGE]

    def _row(self, article: MirrorArticle, href: str = "") -> str:
        created = (
            '<div class="views-field views-field-created"><span class="field-content">'
            f"{long_date(article.published_date)}</span></div>\n"
            if article.path in self.dated_rows
            else ""
        )
        return f"""    <div class="views-row">
<div class="views-field views-field-title"><span class="field-content"><a
 href="{esc(href or article.path)}" hreflang="id">{esc(article.title)}</a></span></div>
{created}<div class="views-field views-field-body"><div
 class="field-content">{esc(teaser(article))}</div></div>
    </div>"""


@functools.cache
def backlog_site(seed: int = 0, today: date | None = None) -> BacklogSite:
    """The backlog site, a pure function of (seed, today); `today` defaults to Jakarta's."""
    today = today or jakarta_today()
    rng = random.Random(f"{seed}:backlog:{BACKLOG_HOST}")
    span = (today - timedelta(days=1) - FIRST_DAY).days
    days = sorted(FIRST_DAY + timedelta(days=rng.randint(0, span)) for _ in range(ARTICLE_COUNT))
    oldest_first, node_id, slugs = [], FIRST_NODE_ID, set[str]()
    shortlinks, dated_rows = set(), set()
    for day in days:
        node_id += rng.randint(1, 12)  # pages and announcements take ids in between
        article = _article(rng, day, node_id, slugs)
        oldest_first.append(article)
        if rng.random() < SHORTLINK_SHARE:
            shortlinks.add(article.path)
        if rng.random() < LISTING_DATE_SHARE:
            dated_rows.add(article.path)
    site = MirrorSite(spec=SPEC, articles=tuple(reversed(oldest_first)))
    return BacklogSite(site, frozenset(shortlinks), frozenset(dated_rows))


def _article(rng: random.Random, day: date, node_id: int, slugs: set[str]) -> MirrorArticle:
    moment = datetime.combine(day, time(rng.randint(7, 20), rng.choice((0, 15, 30, 45))), WIB)
    yearless = rng.random() < YEARLESS_SHARE
    style = "weekday_day_month" if yearless else rng.choice(WRITTEN_YEAR_STYLES)
    phrase = body_date_phrase(moment, style, rng)
    story = compose_story(rng, SPEC.cast, day.year, f", {phrase}")
    slug, base, copies = slugify(story.title), slugify(story.title), 0
    while slug in slugs:
        copies += 1
        slug = f"{base}-{copies}"
    slugs.add(slug)
    image = _upload_path(day, slug) if rng.random() < PHOTO_SHARE else ""
    return MirrorArticle(
        node_id=node_id,
        slug=slug,
        path=f"/berita/{slug}",
        title=story.title,
        published_at=moment,
        updated_at=moment + timedelta(minutes=rng.randint(5, 900)),
        blocks=tuple(Block("text", paragraph) for paragraph in story.paragraphs),
        topic=story.topic,
        caption=story.caption if image else "",
        image=image,
        credits=(f"Humas {SPEC.cast.office}",),
        body_dates=(phrase,),
    )


def _upload_path(day: date, slug: str) -> str:
    folder = f"{day:%Y/%m}" if day < MIGRATED_BEFORE else f"{day:%Y-%m}"
    return f"/sites/{SPEC.files_dir}/files/{folder}/{slug[:40]}.jpg"
