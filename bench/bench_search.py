"""Search speed on a 200,000-article archive: through Datasette over HTTP, and on raw SQLite.

The archive is synthetic (Bawaslu-style news from an Indonesian vocabulary with Zipf word
frequencies, every registry site, 2018-2025) and bulk-loaded with the store's own schema and
stemmer, not crawled; it is cached under bench/out/. Each query of a fixed set, from plain
words to phrases, filters and date order, is timed as the search page a journalist loads
(`bawaslu-archive serve`'s Datasette on loopback) and as the same SQL statements on a plain
sqlite3 connection. Targets: p95 under 150 ms; Datasette within 3x of raw SQLite.

Researchers use Datasette's own pages too: its table search (`/bawaslu/articles?_search=`)
with the facets metadata.yml configures, and the facets of `article_sites`. Those pages are
timed on the same server; target p95 under 1 s, with no facet timed out.
"""

from __future__ import annotations

import http.client
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from urllib.parse import urlencode

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.cli import datasette_command  # noqa: E402
from archive.store import Archive  # noqa: E402
from archive.textindex import STEMMED_FTS, stem_word, words  # noqa: E402
from archive.web.search import DENSE_MATCHES, PAGE_SIZE, SearchQuery  # noqa: E402
from scrapers.registry import load_sites  # noqa: E402

ARTICLES = 200_000
BUILD = "v2"  # bump when the generator or the schema changes: the cached archive is rebuilt
OUT = ROOT / "bench" / "out" / f"search-{ARTICLES}-{BUILD}"
REPEATS = 7
P95_TARGET_MS = 150
RATIO_TARGET = 3.0
TABLE_P95_TARGET_MS = 1000
TABLE_SEARCHES = ("pengawasan", "kampanye", "politik uang", "baliho", "sengketa", "netralitas")
TABLE_PAGES: dict[str, list[str]] = {
    "table search (articles, with its facets)": [
        "/bawaslu/articles?" + urlencode({"_search": words}) for words in TABLE_SEARCHES
    ],
    "facets (articles and article_sites, no search)": [
        "/bawaslu/articles",
        "/bawaslu/article_sites",
        "/bawaslu/article_sites?" + urlencode({"_search": "baliho"}),
        "/bawaslu/articles?" + urlencode({"_search": "kampanye", "published_year": "2023"}),
    ],
}

QUERIES: list[dict[str, str]] = [
    {"q": "pengawasan"},
    {"q": "mengawasi kampanye"},
    {"q": "politik uang"},
    {"q": '"politik uang"'},
    {"q": "rekapitulasi suara", "order": "newest"},
    {"q": "netralitas aparatur sipil negara"},
    {"q": "pelanggaran", "province": "35"},
    {"q": "daftar pemilih", "date_from": "2023-01-01", "date_to": "2023-12-31"},
    {"q": "sengketa", "order": "newest"},
    {"q": "baliho", "host": "lampung.bawaslu.go.id"},
    {"q": '"apel siaga" pengawasan'},
    {"q": "pilkada serentak", "page": "3"},
    {"q": "pengawasan", "order": "newest"},
    {"q": "kampanye", "host": "lampung.bawaslu.go.id", "order": "newest"},
    {"province": "18", "order": "newest"},
    {"q": "bimtek pengawas ad hoc"},
    {"q": "sosialisasi", "tag": "Pemilu 2024"},
    {"q": "penertiban alat peraga", "order": "oldest"},
]

_FUNCTION_TEXT = """yang di dan dalam untuk dengan ini itu pada dari ke oleh juga akan tidak agar
bahwa serta para setiap telah sudah masih secara sebagai kepada tersebut karena hingga atau saat"""
FUNCTION_WORDS = tuple(_FUNCTION_TEXT.split())
_CORE_TEXT = """bawaslu pengawasan pengawas mengawasi pemilu pemilihan tahapan masyarakat kegiatan
penyelenggara pelaksanaan kabupaten provinsi ketua anggota"""
CORE_WORDS = tuple(_CORE_TEXT.split())
TOPICS = tuple(
    tuple(words.split())
    for words in (
        "kampanye berkampanye rapat umum peserta calon partai jadwal metode tatap muka",
        "pelanggaran melanggar dugaan laporan melaporkan pelapor temuan penanganan klarifikasi",
        "sengketa bersengketa gugatan keberatan mediasi adjudikasi sidang putusan permohonan",
        "rekapitulasi suara pemungutan penghitungan formulir hasil pleno saksi tps keberatan",
        "logistik distribusi pendistribusian surat suara kotak bilik gudang penyortiran pelipatan",
        "daftar pemilih data pemutakhiran coklit pencocokan penelitian ganda meninggal",
        "netralitas aparatur sipil negara asn kepala desa perangkat pejabat imbauan",
        "rapat koordinasi evaluasi sinergi pemangku kepentingan kepolisian kejaksaan",
        "sosialisasi menyosialisasikan partisipatif pemuda mahasiswa perempuan pemilih pemula",
        "pelatihan bimtek bimbingan teknis kapasitas pengawas ad hoc panwascam materi narasumber",
        "apel siaga patroli masa tenang politik uang serangan fajar pencegahan",
        "hoaks ujaran kebencian media sosial konten siber literasi digital disinformasi",
        "baliho spanduk alat peraga penertiban menertibkan satpol reklame jalan protokol",
        "pelantikan dilantik sumpah jabatan panwaslu kelurahan desa seleksi wawancara",
        "pendaftaran mendaftar syarat dokumen berkas verifikasi faktual administrasi",
        "pilkada serentak bupati wali kota gubernur pasangan calon debat visi misi",
        "anggaran hibah naskah perjanjian pemerintah daerah pencairan laporan keuangan",
        "audiensi kunjungan silaturahmi diskusi forum dialog kerja sama nota kesepahaman",
        "integritas transparansi akuntabilitas zona reformasi birokrasi pelayanan publik",
        "disabilitas aksesibilitas kelompok rentan inklusif pendampingan hak pilih",
    )
)
TAGS = ("Berita", "Pengawasan", "Pemilu 2024", "Pilkada 2024", "Humas", "Sosialisasi", "Agenda")


def main() -> int:
    db = build_archive(OUT / "bawaslu.db")
    raw = {label(args): run_raw(db, args) for args in QUERIES}
    tables: dict[str, list[float]] = {}
    timed_out: list[str] = []
    served = {label(args): timings for args, timings in run_served(db, tables, timed_out)}
    print(f"archive: {db.relative_to(ROOT)} ({ARTICLES:,} articles, {db.stat().st_size >> 20} MB)")
    print(f"queries: {len(QUERIES)} x {REPEATS} runs, each a whole results page ({PAGE_SIZE})")
    print(f"{'query':<58} {'datasette ms':>12} {'sqlite ms':>10}")
    for name in raw:
        print(
            f"{name:<58} {statistics.median(served[name]):>12.1f} "
            f"{statistics.median(raw[name]):>10.1f}"
        )
    searched = report(
        [ms for timings in served.values() for ms in timings],
        [ms for timings in raw.values() for ms in timings],
    )
    return report_tables(tables, timed_out) or searched


def report_tables(tables: dict[str, list[float]], timed_out: list[str]) -> int:
    """Datasette's own pages: p95 of each kind, and any facet that ran out of time."""
    met = True
    for kind, paths in TABLE_PAGES.items():
        for path in paths:
            print(f"{path:<72} {statistics.median(tables[path]):>8.1f} ms")
        timings = [ms for path in paths for ms in tables[path]]
        p95 = percentile(timings, 95)
        met &= p95 < TABLE_P95_TARGET_MS
        print(f"{kind}: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms")
    print(f"facets timed out: {', '.join(timed_out) or 'none'}")
    met &= not timed_out
    print(
        f"targets: table pages p95 < {TABLE_P95_TARGET_MS} ms, no facet timed out "
        f"{'met' if met else 'MISSED'}"
    )
    return 0 if met else 1


def report(served: list[float], raw: list[float]) -> int:
    served_median, served_p95 = statistics.median(served), percentile(served, 95)
    raw_median, raw_p95 = statistics.median(raw), percentile(raw, 95)
    ratio = served_median / raw_median
    print(f"datasette over HTTP: median {served_median:.1f} ms, p95 {served_p95:.1f} ms")
    print(f"raw SQLite FTS:      median {raw_median:.1f} ms, p95 {raw_p95:.1f} ms")
    print(f"ratio datasette/raw: median {ratio:.2f}x, p95 {served_p95 / raw_p95:.2f}x")
    fast, close = served_p95 < P95_TARGET_MS, ratio <= RATIO_TARGET
    print(
        f"targets: p95 < {P95_TARGET_MS} ms {'met' if fast else 'MISSED'}; "
        f"within {RATIO_TARGET:g}x of raw {'met' if close else 'MISSED'}"
    )
    return 0 if fast and close else 1


def percentile(values: list[float], rank: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[rank - 1]


def label(args: dict[str, str]) -> str:
    return urlencode(args)


def run_raw(db: Path, args: dict[str, str]) -> list[float]:
    """The page's statements on a plain read-only connection: what SQLite alone costs."""
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    query = SearchQuery.from_args(args)

    def page() -> None:
        dense = query.walks_dates_when_dense and (
            conn.execute(*query.density()).fetchone()[0] >= DENSE_MATCHES
        )
        rows = conn.execute(*query.results(dense=dense)).fetchall()
        rowids = [row[0] for row in rows[:PAGE_SIZE]]
        if query.terms and rowids:
            forms = [row[1] for row in conn.execute(*query.forms())] if query.terms.words else []
            conn.execute(*query.snippets(rowids, forms)).fetchall()
        conn.execute(*query.count()).fetchone()

    timings = timed(page)
    conn.close()
    return timings


def run_served(
    db: Path, tables: dict[str, list[float]], timed_out: list[str]
) -> Iterator[tuple[dict[str, str], list[float]]]:
    """Each query as a search page from `bawaslu-archive serve`'s Datasette, on loopback;
    then Datasette's table pages (into `tables`), noting facets that timed out."""
    port = 8799
    server = subprocess.Popen(
        datasette_command(str(db), "127.0.0.1", port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        connection = wait_for(port)

        def fetch(path: str) -> None:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            assert response.status == 200, body[:500]

        fetch("/search")  # the first page computes the filter lists, cached from then on
        for args in QUERIES:
            yield args, timed(lambda args=args: fetch("/search?" + urlencode(args)))
        for path in (path for paths in TABLE_PAGES.values() for path in paths):
            tables[path] = timed(lambda path=path: fetch(path))
            table, _, query = path.partition("?")
            connection.request("GET", f"{table}.json?{query}")
            late = json.loads(connection.getresponse().read()).get("facets_timed_out", [])
            timed_out += [f"{path}: {facet}" for facet in late]
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for(port: int) -> http.client.HTTPConnection:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", "/-/versions.json")
            connection.getresponse().read()
            return connection
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("datasette did not start")


def timed(run: Callable[[], None]) -> list[float]:
    run()  # warm: the first run pays for reading pages into the cache
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def build_archive(path: Path) -> Path:
    """The synthetic archive, built once: schema from the store, rows by bulk insert."""
    if path.exists():
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM articles").fetchone()[0] == ARTICLES:
                Archive(path).close()  # indexes added to the schema since the build
                conn.execute("PRAGMA optimize")
                return path
        path.unlink()
    started = time.perf_counter()
    sites = [site for site in load_sites()]
    with Archive(path) as archive:
        archive.load_sites(sites)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    vocabulary = {
        "bawaslu",
        *FUNCTION_WORDS,
        *CORE_WORDS,
        *(word for topic in TOPICS for word in topic),
        *tail_vocabulary(),
        *region_words(sites),
    }
    stems = {word: stem_word(word) for word in vocabulary}
    with conn:
        conn.executemany(
            "INSERT OR IGNORE INTO word_stems (word, stem) VALUES (?, ?)", stems.items()
        )
        for rows in batches(generate(sites, stems), 5_000):
            insert(conn, rows)
    for table in ("articles_fts", STEMMED_FTS):
        conn.execute(f"INSERT INTO [{table}] ([{table}]) VALUES ('optimize')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    print(f"built {path.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    return path


def region_words(sites: list) -> list[str]:
    return sorted({word for site in sites for word in words(site.region_name)})


def generate(sites: list, stems: dict[str, str]) -> Iterator[tuple[dict, str, str]]:
    """Articles on one or two topics, over Indonesian root words with Zipf frequencies."""
    rng = random.Random(7)
    tail = tail_vocabulary()
    tail_weights = list(accumulate(1 / (rank + 1) for rank in range(len(tail))))
    first_day = date(2018, 1, 1)
    for number in range(ARTICLES):
        site = rng.choice(sites)
        region = words(site.region_name)
        topics = rng.sample(TOPICS, 2)
        writer = Writer(rng, region, topics, tail, tail_weights)
        title = ["bawaslu", *region, *rng.sample(topics[0], min(5, len(topics[0])))]
        paragraphs = [writer.sentence() + writer.sentence() for _ in range(rng.randint(3, 6))]
        lead = writer.sentence()
        day = first_day + timedelta(days=rng.randrange(8 * 365))
        row = {
            "url": f"https://{site.host}/berita/{'-'.join(title[:8])}-{number}",
            "host": site.host,
            "layout": "drupal",
            "title": " ".join(title).capitalize(),
            "lead": " ".join(lead).capitalize() + ".",
            "body": "\n\n".join(" ".join(words).capitalize() + "." for words in paragraphs),
            "tags": json.dumps(rng.sample(TAGS, rng.randint(1, 3))),
            "published_date": day.isoformat(),
            "published_year": day.year,
            "date_source": rng.choice(("meta", "byline", "body", "listing")),
            "first_seen_at": f"{day.isoformat()}T10:00:00+00:00",
            "fetched_at": "2025-06-01T00:00:00+00:00",
            "version": 1,
        }
        body = [word for words in (lead, *paragraphs) for word in words]
        title_stems = " ".join(stems[word] for word in title)
        yield row, title_stems, " ".join(stems[word] for word in body)


def tail_vocabulary() -> list[str]:
    """Sastrawi's 30,000 Indonesian root words in a fixed random order of frequency."""
    roots = sorted({word for word in StemmerFactory().get_words() if word.isalpha()})
    random.Random(11).shuffle(roots)
    return roots


@dataclass
class Writer:
    """Sentences of one article: function words, Bawaslu's words, its topics, the long tail."""

    rng: random.Random
    region: list[str]
    topics: list[tuple[str, ...]]
    tail: list[str]
    tail_weights: list[float]  # cumulative, so each draw is a binary search

    def sentence(self) -> list[str]:
        rng, length = self.rng, self.rng.randint(12, 24)
        sources = rng.choices(
            ("function", "core", "topic", "aside", "tail"), (30, 10, 25, 5, 30), k=length
        )
        pools = {
            "function": FUNCTION_WORDS,
            "core": CORE_WORDS,
            "topic": self.topics[0],
            "aside": self.topics[1],
        }
        tail = iter(rng.choices(self.tail, cum_weights=self.tail_weights, k=sources.count("tail")))
        sentence = [
            next(tail) if source == "tail" else rng.choice(pools[source]) for source in sources
        ]
        if rng.random() < 0.3:
            sentence[rng.randrange(length) : 0] = ["bawaslu", *self.region]
        return sentence


def batches(items: Iterator, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert(conn: sqlite3.Connection, rows: list[tuple[dict, str, str]]) -> None:
    columns = list(rows[0][0])
    names, slots = ", ".join(columns), ", ".join("?" for _ in columns)
    cursor = conn.cursor()
    for row, title_stems, text_stems in rows:
        cursor.execute(f"INSERT INTO articles ({names}) VALUES ({slots})", list(row.values()))
        cursor.execute(
            f"INSERT INTO [{STEMMED_FTS}] (rowid, title_stems, text_stems) VALUES (?, ?, ?)",
            (cursor.lastrowid, title_stems, text_stems),
        )


if __name__ == "__main__":
    sys.exit(main())
