"""The mirror's content model: every site and article, a pure function of (seed, today).

Tests and benchmarks call `build_sites` to know exactly what the mirror serves (titles, bodies,
dates, tags, credits) and so compute the expected archive without hard-coding it. Randomness
comes only from `random.Random` seeded with the seed and the host, never from the clock; the
one input from the clock is `today`, resolved by the caller (`jakarta_today`) so that recent
Drupal articles fall within the last months and a crawl today infers their years correctly.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from zoneinfo import ZoneInfo

from mirror.calendar_id import body_date_phrase
from mirror.prose import Cast, compose_story, election_label

WIB = timezone(timedelta(hours=7), "WIB")
PER_PAGE = 10
RECENT_WINDOW_DAYS = 120
SLUG_MAX_LENGTH = 100
SEED_ARTICLE_DATE = datetime(2023, 12, 28, 14, 30, tzinfo=WIB)
DRUPAL_TAG_TERMS = ("Berita", "publikasi", "Agenda", "Sekretariat", "Pengawasan", "Humas")
STAFF = ("Dimas Prasetyo", "Laila Fitriani", "Rizky Ramadhan", "Anisa Rahma", "Teguh Wibowo")
ATTACHMENT_TITLES = (
    "Surat Edaran Pengawasan",
    "Laporan Hasil Pengawasan",
    "Infografis Kerawanan",
    "Pengumuman Hasil Seleksi",
)


@dataclass(frozen=True)
class Block:
    """One paragraph of an article body.

    kind: "text" (a story paragraph), "read_also" (a "Baca juga" link to `href`), "attachment"
    (an "Unduh" link to a PDF at `href`) or "raw" (deliberately unescaped `html`, the XSS
    payload). `text` is what a reader sees: the paragraph, the linked title, the file label.
    """

    kind: str
    text: str
    href: str = ""
    html: str = ""


@dataclass(frozen=True)
class Quirks:
    """How one site differs from the others in markup (see LAYOUTS.md)."""

    doubled_title: bool = True
    meta_published_time: bool = False  # <meta property="article:published_time">
    listing_dates: bool = False  # a views-field-created date line in listings
    index_php_links: bool = False  # listings link /index.php/berita/SLUG
    alias_links: str = ""  # listings link https://<this other name of the site>/PATH
    tag_block: bool = False
    credit_style: str = "none"  # writer | writer_design | editor_photo | office_signoff | none
    footer: str = "provinsi"  # provinsi (with "Lokasi Bawaslu Provinsi") | kabupaten
    undated_share: float = 0.1  # share of articles whose body names no date


@dataclass(frozen=True)
class SiteSpec:
    """What is fixed about a site before any article is generated."""

    host: str
    name: str  # "Bawaslu Provinsi Lampung", used in <title>
    level: str  # provinsi | kabupaten | nasional
    layout: str  # drupal | wordpress | drupal7
    files_dir: str  # /sites/<files_dir>/files on Drupal
    instagram: str
    cast: Cast
    quirks: Quirks
    date_styles: tuple[str, ...]
    years: tuple[int, int] | None = None  # None: the RECENT_WINDOW_DAYS before today
    article_count: tuple[int, int] = (32, 46)


@dataclass(frozen=True)
class MirrorArticle:
    """One article as the mirror serves it; `path` is its canonical path on its site."""

    node_id: int
    slug: str
    path: str
    title: str
    published_at: datetime  # aware, local time of the site
    updated_at: datetime
    blocks: tuple[Block, ...]
    topic: str
    caption: str = ""  # the lead, shown under the photo
    image: str = ""  # path of the photo, "" when none
    credits: tuple[str, ...] = ()  # credit lines as printed
    credits_inline: bool = True  # one <p> with <br> between lines, else one <p> each
    tags: tuple[str, ...] = ()
    body_dates: tuple[str, ...] = ()  # date phrases exactly as written in the body
    author: str = ""  # WordPress author, Drupal 7 byline name
    views: int = 0  # Drupal 7 view counter
    encoding: str = "utf-8"  # windows-1252 for the one mislabelled Drupal 7 page

    @property
    def published_date(self) -> date:
        return self.published_at.date()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The story paragraphs, without "Baca juga", download links or raw markup."""
        return tuple(block.text for block in self.blocks if block.kind == "text")

    @property
    def attachments(self) -> tuple[str, ...]:
        return tuple(block.href for block in self.blocks if block.kind == "attachment")


@dataclass(frozen=True)
class DeadLink:
    """A listing row whose target answers 200 with a themed "Halaman tidak ditemukan" page."""

    path: str
    title: str
    listing_page: int


@dataclass(frozen=True)
class MirrorSite:
    spec: SiteSpec
    articles: tuple[MirrorArticle, ...]  # newest first
    dead_link: DeadLink | None = None
    per_page: int = PER_PAGE
    _by_path: dict[str, MirrorArticle] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_path", {a.path: a for a in self.articles})

    @property
    def host(self) -> str:
        return self.spec.host

    @property
    def layout(self) -> str:
        return self.spec.layout

    @property
    def quirks(self) -> Quirks:
        return self.spec.quirks

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.articles) // self.per_page))

    def listing_page(self, page: int) -> tuple[MirrorArticle, ...]:
        """The articles on listing page `page` (0-based), newest first; empty past the end."""
        start = page * self.per_page
        return self.articles[start : start + self.per_page]

    def article_at(self, path: str) -> MirrorArticle | None:
        return self._by_path.get(path)

    def url_of(self, article: MirrorArticle) -> str:
        """The canonical public URL, as the archive stores it."""
        return f"https://{self.host}{article.path}"

    def listing_href(self, path: str) -> str:
        """The link a listing row carries to `path`, which may differ from the canonical one."""
        if self.quirks.alias_links:
            return f"https://{self.quirks.alias_links}{path}"
        return "/index.php" + path if self.quirks.index_php_links else path

    def knowable_date(self, article: MirrorArticle) -> date | None:
        """The publication date if the site shows it anywhere (metadata, listing, URL,
        byline or body), else None: what a careful extractor can recover."""
        structured = (
            self.layout != "drupal" or self.quirks.meta_published_time or self.quirks.listing_dates
        )
        return article.published_date if structured or article.body_dates else None


def jakarta_today() -> date:
    """The current calendar date in Asia/Jakarta, the mirror's default `today`."""
    return datetime.now(ZoneInfo("Asia/Jakarta")).date()


def slugify(title: str) -> str:
    """A Drupal pathauto-style alias: lower case, words joined by '-', at most 100 chars."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(slug) > SLUG_MAX_LENGTH:
        slug = slug[:SLUG_MAX_LENGTH].rsplit("-", 1)[0]
    return slug


def read_seed_article() -> tuple[str, tuple[str, ...]]:
    """Title and body paragraphs of the real Lampung article in `mirror/data/seed_lampung.txt`.

    The file is a page's text: skip link, section label, the title twice, the paragraphs,
    then the footer widgets starting at "toast".
    """
    text = resources.files("mirror").joinpath("data/seed_lampung.txt").read_text("utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    skip_link, section, title, title_again, *rest = lines
    if (skip_link, section, title_again) != ("Lompat ke isi utama", "Berita", title):
        raise ValueError("seed_lampung.txt does not start like a Lampung article page")
    return title, tuple(rest[: rest.index("toast")])


def build_sites(seed: int = 0, today: date | None = None) -> dict[str, MirrorSite]:
    """Every mirrored site by host, generated from `seed`; `today` defaults to Jakarta's."""
    today = today or jakarta_today()
    return {spec.host: build_site(spec, seed, today) for spec in SITE_SPECS}


def build_site(spec: SiteSpec, seed: int, today: date) -> MirrorSite:
    rng = random.Random(f"{seed}:{spec.host}")
    count = rng.randint(*spec.article_count)
    moments = sorted(_publication_moments(rng, spec, today, count))
    titles: set[str] = set()
    drafts = [_synthetic_article(rng, spec, moment, titles) for moment in moments]
    drafts = [*_special_articles(rng, spec, moments), *_reposts(spec, seed, today), *drafts]
    drafts.sort(key=lambda article: article.published_at)
    oldest_first = _with_links(rng, spec, _with_identities(spec, drafts))
    articles = tuple(reversed(oldest_first))
    return MirrorSite(spec=spec, articles=articles, dead_link=_dead_link(spec, articles))


def _publication_moments(
    rng: random.Random, spec: SiteSpec, today: date, count: int
) -> list[datetime]:
    if spec.years is None:
        first_day, last_day = today - timedelta(days=RECENT_WINDOW_DAYS - 1), today
        last_day -= timedelta(days=1)  # nothing from today: no article dated in the future
    else:
        first_day, last_day = date(spec.years[0], 1, 1), date(spec.years[1], 12, 31)
    span = (last_day - first_day).days
    return [
        datetime.combine(
            first_day + timedelta(days=rng.randint(0, span)),
            time(rng.randint(7, 21), rng.choice((0, 5, 12, 15, 30, 40, 45))),
            tzinfo=WIB,
        )
        for _ in range(count)
    ]


def _synthetic_article(
    rng: random.Random, spec: SiteSpec, moment: datetime, titles: set[str]
) -> MirrorArticle:
    """A generated article whose title is new on its site (`titles` collects them), so that
    a search for a title finds one article."""
    dated = rng.random() >= spec.quirks.undated_share
    phrase = body_date_phrase(moment, rng.choice(spec.date_styles), rng) if dated else ""
    story = compose_story(rng, spec.cast, moment.year, f", {phrase}" if phrase else "")
    while story.title in titles:
        story = compose_story(rng, spec.cast, moment.year, f", {phrase}" if phrase else "")
    titles.add(story.title)
    has_photo = rng.random() < 0.6
    return MirrorArticle(
        node_id=0,
        slug="",
        path="",
        title=story.title,
        published_at=moment,
        updated_at=moment + timedelta(minutes=rng.randint(0, 600)),
        blocks=tuple(Block("text", paragraph) for paragraph in story.paragraphs),
        topic=story.topic,
        caption=story.caption if has_photo and rng.random() < 0.7 else "",
        image="photo" if has_photo else "",
        credits=_credit_lines(rng, spec),
        credits_inline=rng.random() < 0.5,
        tags=_tags(rng, spec, moment.year),
        body_dates=(phrase,) if phrase else (),
        author=rng.choice(("admin", "humas", *spec.cast.people[:1])),
        views=rng.randint(40, 6000),
    )


def _credit_lines(rng: random.Random, spec: SiteSpec) -> tuple[str, ...]:
    writer, photographer = rng.sample(STAFF, 2)
    style = spec.quirks.credit_style
    if style == "writer":
        return (f"Penulis : {writer}",)
    if style == "writer_design":
        return (f"Penulis : {writer}", f"Desain : Humas {spec.cast.office}")
    if style == "editor_photo" and rng.random() < 0.3:
        return (f"Penulis dan Editor : {writer}",)
    if style == "editor_photo":
        return (f"Editor : {writer}", f"Foto : {photographer}")
    if style == "office_signoff":
        return (rng.choice((f"Humas {spec.cast.office}", "//redd")),)
    return ()


def _tags(rng: random.Random, spec: SiteSpec, year: int) -> tuple[str, ...]:
    if spec.layout == "drupal" and not spec.quirks.tag_block:
        return ()
    if spec.layout == "drupal":
        return ("Berita", *rng.sample(DRUPAL_TAG_TERMS[1:], rng.randint(0, 2)))
    terms = ("Pengawasan", "Sosialisasi", "Penindakan", election_label(year), "Humas")
    return tuple(rng.sample(terms, rng.randint(1, 3)))


def _special_articles(
    rng: random.Random, spec: SiteSpec, moments: list[datetime]
) -> list[MirrorArticle]:
    """The seed article (Lampung), the XSS article (Nganjuk), the windows-1252 one (www)."""
    if spec.host == "lampung.bawaslu.go.id":
        return [_seed_article()]
    if spec.host == "nganjuk.bawaslu.go.id":
        return [_xss_article(rng.choice(moments) - timedelta(hours=1))]
    if spec.host == "www.bawaslu.go.id":
        return [_windows_1252_article(rng.choice(moments) - timedelta(hours=1))]
    return []


REPOSTS = {
    "jatim.bawaslu.go.id": ("jatim.bawaslu.go.id", ""),
    "nganjuk.bawaslu.go.id": ("jatim.bawaslu.go.id", "nganjuk.bawaslu.go.id - Surabaya, "),
}
"""Site -> (whose release it carries, the prefix of its first paragraph). Regency sites
re-post their province's releases a few hours later under their own name, so the same
story stands on several sites (what near-duplicate clustering must find)."""


def _reposts(spec: SiteSpec, seed: int, today: date) -> list[MirrorArticle]:
    if spec.host not in REPOSTS:
        return []
    source, prefix = REPOSTS[spec.host]
    release = _provincial_release(source, seed, today)
    if not prefix:
        return [release]
    first, *rest = release.blocks
    return [
        replace(
            release,
            published_at=release.published_at + timedelta(hours=3),
            updated_at=release.published_at + timedelta(hours=3),
            blocks=(replace(first, text=prefix + first.text), *rest),
            credits=_credit_lines(random.Random(f"{seed}:{spec.host}:repost"), spec),
            tags=(),
        )
    ]


def _provincial_release(host: str, seed: int, today: date) -> MirrorArticle:
    """The release a province publishes and its regencies re-post: the same for every site."""
    rng = random.Random(f"{seed}:release:{host}")
    spec = next(spec for spec in SITE_SPECS if spec.host == host)
    day = today - timedelta(days=rng.randint(20, 60))
    return _synthetic_article(rng, spec, datetime.combine(day, time(9, 0), tzinfo=WIB), set())


def _seed_article() -> MirrorArticle:
    title, paragraphs = read_seed_article()
    return MirrorArticle(
        node_id=0,
        slug="",
        path="",
        title=title,
        published_at=SEED_ARTICLE_DATE,
        updated_at=SEED_ARTICLE_DATE,
        blocks=tuple(Block("text", paragraph) for paragraph in paragraphs),
        topic="seed",
        body_dates=("Kamis (28/12)",),
    )


def _xss_article(moment: datetime) -> MirrorArticle:
    """Hostile markup from a compromised editor account: the archive must keep it inert."""
    return MirrorArticle(
        node_id=0,
        slug="",
        path="",
        title='Waspada Pesan Berantai <script>alert("xss")</script> Mencatut Nama Bawaslu',
        published_at=moment,
        updated_at=moment,
        blocks=(
            Block(
                "text",
                "Bawaslu Nganjuk mengimbau warga agar tidak membuka tautan dalam pesan berantai "
                "yang mengatasnamakan Bawaslu dan meminta data pribadi.",
            ),
            Block(
                "raw",
                "Pesan tersebut memuat kode seperti yang dapat mencuri data pengguna.",
                html='<p>Pesan tersebut memuat kode seperti <script>alert("xss")</script>'
                " yang dapat mencuri data pengguna.</p>",
            ),
            Block(
                "raw",
                "Tangkapan layar pesan tidak ditampilkan demi keamanan.",
                html="<p><img src=x onerror=alert(1)> Tangkapan layar pesan tidak ditampilkan "
                "demi keamanan.</p>",
            ),
        ),
        topic="xss",
        credits=("Humas Bawaslu Nganjuk",),
    )


def _windows_1252_article(moment: datetime) -> MirrorArticle:
    """Served as windows-1252 under a lying utf-8 meta: its text needs non-ASCII characters."""
    return MirrorArticle(
        node_id=0,
        slug="",
        path="",
        title="Bawaslu Terima Kunjungan Pemantau Internasional – Bahas Pengawasan Pemilu",
        published_at=moment,
        updated_at=moment,
        blocks=(
            Block(
                "text",
                "Bawaslu menerima kunjungan delegasi pemantau pemilu internasional yang dipimpin "
                "André Lefèvre di kantor Bawaslu, Jakarta.",
            ),
            Block(
                "text",
                "“Kami ingin belajar dari pengawasan pemilu di Indonesia – terutama pengawasan "
                "partisipatif yang melibatkan masyarakat,” ujar André.",
            ),
            Block(
                "text",
                "Bawaslu menjelaskan peran pengawas ad hoc hingga tingkat TPS serta mekanisme "
                "penanganan pelanggaran yang terbuka bagi publik.",
            ),
        ),
        topic="audiensi",
        tags=("Kerja Sama",),
        author="Humas Bawaslu RI",
        views=2187,
        encoding="windows-1252",
    )


def later_articles(
    site: MirrorSite, rng: random.Random, moments: list[datetime]
) -> tuple[MirrorArticle, ...]:
    """Articles published on `site` after it was built, at `moments`, newest first: new titles,
    slugs and node ids that follow the site's own, so they sit at the top of its listing."""
    titles = {article.title for article in site.articles}
    drafts = [_synthetic_article(rng, site.spec, moment, titles) for moment in sorted(moments)]
    first_id = max((article.node_id for article in site.articles), default=1000) + 1
    slugs = {article.slug for article in site.articles}
    return tuple(reversed(_with_identities(site.spec, drafts, first_id, slugs)))


def _with_identities(
    spec: SiteSpec,
    oldest_first: list[MirrorArticle],
    first_id: int = 1001,
    seen: set[str] | None = None,
) -> list[MirrorArticle]:
    """Node ids, unique slugs and paths, photo paths: things that depend on the whole site."""
    seen = set() if seen is None else set(seen)
    result = []
    for node_id, article in enumerate(oldest_first, start=first_id):
        slug = _unique(slugify(article.title), seen)
        image = _file_path(spec, article.published_at, f"{slug[:40]}.jpg") if article.image else ""
        path = _article_path(spec, slug, article.published_at)
        result.append(replace(article, node_id=node_id, slug=slug, path=path, image=image))
    return result


def _unique(slug: str, seen: set[str]) -> str:
    candidate, suffix = slug, 0
    while candidate in seen:
        candidate, suffix = f"{slug}-{suffix}", suffix + 1
    seen.add(candidate)
    return candidate


def _article_path(spec: SiteSpec, slug: str, moment: datetime) -> str:
    if spec.layout == "wordpress":
        return f"/{moment:%Y/%m/%d}/{slug}/"
    if spec.layout == "drupal7":
        return f"/id/berita/{slug}"
    return f"/berita/{slug}"


def _file_path(spec: SiteSpec, moment: datetime, name: str) -> str:
    if spec.layout == "wordpress":
        return f"/wp-content/uploads/{moment:%Y/%m}/{name}"
    return f"/sites/{spec.files_dir}/files/{moment:%Y-%m}/{name}"


def _with_links(
    rng: random.Random, spec: SiteSpec, oldest_first: list[MirrorArticle]
) -> list[MirrorArticle]:
    """Add "Baca juga" links to older articles and PDF attachments to some synthetic ones."""
    result: list[MirrorArticle] = []
    for article in oldest_first:
        if article.topic in ("seed", "xss") or article.encoding != "utf-8":
            result.append(article)
            continue
        blocks = list(article.blocks)
        if result and rng.random() < 0.25:
            older = rng.choice(result)
            blocks.insert(min(2, len(blocks)), Block("read_also", older.title, href=older.path))
        if rng.random() < 0.15:
            label = rng.choice(ATTACHMENT_TITLES)
            href = _file_path(spec, article.published_at, f"{slugify(label)}-{article.node_id}.pdf")
            blocks.append(Block("attachment", label, href=href))
        result.append(replace(article, blocks=tuple(blocks)))
    return result


def _dead_link(spec: SiteSpec, articles: tuple[MirrorArticle, ...]) -> DeadLink | None:
    if spec.host != "nganjuk.bawaslu.go.id":
        return None
    title = "Pengumuman Hasil Seleksi Calon Anggota Panwaslu Kecamatan"
    return DeadLink(path=f"/berita/{slugify(title)}-lama", title=title, listing_page=1)


def _cast(office: str, region: str, places: str, people: str, partners: str) -> Cast:
    return Cast(
        office=office,
        region=region,
        places=tuple(places.split(", ")),
        people=tuple(people.split(", ")),
        partners=tuple(partners.split(", ")),
    )


SITE_SPECS: tuple[SiteSpec, ...] = (
    SiteSpec(
        host="lampung.bawaslu.go.id",
        name="Bawaslu Provinsi Lampung",
        level="provinsi",
        layout="drupal",
        files_dir="prov_lampung",
        instagram="bawaslulampung",
        cast=_cast(
            "Bawaslu Lampung",
            "Lampung",
            "Bandar Lampung, Metro, Pringsewu, Tanggamus, Lampung Selatan, Way Kanan",
            "Rina Handayani, Fajar Pratama, Hendra Saputra, Nurul Hidayah",
            "KPU Provinsi Lampung, Polda Lampung, Pemerintah Provinsi Lampung, "
            "Universitas Lampung, Komisi Informasi Provinsi Lampung",
        ),
        quirks=Quirks(tag_block=True, credit_style="writer", undated_share=0.15),
        date_styles=("weekday_day_month", "weekday_day_month", "weekday_day_month_padded"),
    ),
    SiteSpec(
        host="jatim.bawaslu.go.id",
        name="Bawaslu Provinsi Jawa Timur",
        level="provinsi",
        layout="drupal",
        files_dir="prov_jatim",
        instagram="bawaslujatim",
        cast=_cast(
            "Bawaslu Jatim",
            "Jawa Timur",
            "Surabaya, Malang, Sidoarjo, Gresik, Kediri, Madiun, Banyuwangi, Jember",
            "Agus Setiawan, Wulan Sari, Yusuf Maulana, Dewi Kartika",
            "KPU Provinsi Jawa Timur, Polda Jawa Timur, Kodam V/Brawijaya, "
            "Universitas Airlangga, KPID Jawa Timur",
        ),
        quirks=Quirks(meta_published_time=True, tag_block=True, credit_style="writer_design"),
        date_styles=("weekday_long", "weekday_long_old_spelling", "weekday_abbreviated"),
    ),
    SiteSpec(
        host="nganjuk.bawaslu.go.id",
        name="Bawaslu Kabupaten Nganjuk",
        level="kabupaten",
        layout="drupal",
        files_dir="nganjuk",
        instagram="bawaslunganjuk",
        cast=_cast(
            "Bawaslu Nganjuk",
            "Nganjuk",
            "Bagor, Berbek, Gondang, Kertosono, Loceret, Pace, Prambon, Rejoso, Sukomoro",
            "Bambang Sutrisno, Siti Aminah, Eko Purnomo",
            "KPU Kabupaten Nganjuk, Polres Nganjuk, Kodim 0810/Nganjuk, "
            "Pemerintah Kabupaten Nganjuk",
        ),
        quirks=Quirks(
            doubled_title=False,
            index_php_links=True,
            credit_style="office_signoff",
            footer="kabupaten",
            undated_share=0.15,
        ),
        date_styles=(
            "weekday_numeric_full",
            "weekday_numeric_short_year",
            "weekday_numeric_stray_space",
            "weekday_day_month",
        ),
    ),
    SiteSpec(
        host="blora.bawaslu.go.id",
        name="Bawaslu Kabupaten Blora",
        level="kabupaten",
        layout="drupal",
        files_dir="blora",
        instagram="bawaslublora",
        cast=_cast(
            "Bawaslu Blora",
            "Blora",
            "Cepu, Randublatung, Jepon, Kunduran, Ngawen, Todanan, Banjarejo, Japah",
            "Sri Wahyuni, Joko Susilo, Ahmad Fauzi",
            "KPU Kabupaten Blora, Polres Blora, Satpol PP Kabupaten Blora, "
            "Kementerian Agama Kabupaten Blora",
        ),
        quirks=Quirks(
            listing_dates=True, tag_block=True, credit_style="editor_photo", footer="kabupaten"
        ),
        date_styles=("weekday_long_with_time", "weekday_long_old_spelling", "weekday_long"),
    ),
    SiteSpec(
        host="jombang.bawaslu.go.id",
        name="Bawaslu Kabupaten Jombang",
        level="kabupaten",
        layout="wordpress",
        files_dir="",
        instagram="bawaslujombang",
        cast=_cast(
            "Bawaslu Jombang",
            "Jombang",
            "Diwek, Mojoagung, Ploso, Peterongan, Jogoroto, Sumobito, Perak",
            "Hadi Santoso, Umi Kulsum, Arif Budiman",
            "KPU Kabupaten Jombang, Polres Jombang, PCNU Jombang, Universitas Darul Ulum",
        ),
        quirks=Quirks(doubled_title=False, footer="kabupaten"),
        date_styles=("weekday_numeric_full", "weekday_long", "weekday_day_month"),
        years=(2019, 2021),
    ),
    SiteSpec(
        host="www.bawaslu.go.id",
        name="Bawaslu",
        level="nasional",
        layout="drupal7",
        files_dir="default",
        instagram="bawasluri",
        cast=_cast(
            "Bawaslu RI",
            "Indonesia",
            "Kuta, Cibinong, Sleman, Medan Baru, Abepura, Sirimau, Kupang Tengah",
            "Rahmat Hidayat, Intan Permata, Bayu Nugroho",
            "KPU RI, DKPP, Kementerian Dalam Negeri, Mabes Polri, Komisi II DPR RI",
        ),
        quirks=Quirks(doubled_title=False),
        date_styles=("weekday_long", "weekday_numeric_full"),
        years=(2019, 2019),
    ),
)
