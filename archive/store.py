"""The SQLite archive: schema, article upserts with revisions, removals and the sites table.

An archive of a public body's news is evidence, so nothing is overwritten without a trace:
when an article's extracted content changes, the previous content moves to
`article_versions`; a page gone at the source keeps its content and is only marked. Every
write runs in one transaction (and the database in WAL mode), so a crash mid-write leaves
the previous state intact.

The schema is declared once, here. Times are ISO 8601 in UTC; JSON columns hold arrays.

Two derived indexes are kept in step with every write, inside the same transaction: the
Indonesian stems of each article (`articles_fts_stemmed`, with `word_stems` mapping every word
to its stem so a search can highlight the words it matched) and the near-duplicate stories
found by MinHash (`article_minhash`, `story_clusters`), since regency sites re-post provincial
and national releases.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from datasketch import MinHash
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from sqlite_utils import Database

from archive.runlog import RunLog
from scrapers.article import Article
from scrapers.registry import Site, province_names

DEFAULT_PATH = Path("data/bawaslu.db")
SEARCH_COLUMNS = ("title", "lead", "body")
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
STEMMED_FTS = "articles_fts_stemmed"
STEMMED_COLUMNS = ("title_stems", "text_stems")
WORD = re.compile(r"[^\W_]+")
"""A word as FTS5's unicode61 tokenizer sees one: letters and digits, nothing else."""

SHINGLE_WORDS = 3
MINHASH_BANDS = 10
MINHASH_ROWS = 6
SAME_STORY_JACCARD = 0.8
"""Two texts whose 3-word shingles overlap this much (Jaccard) tell the same story.

A re-post with a new dateline and the office's name swapped in keeps about 0.9; two different
press releases written from one template stay near 0.7. 10 bands of 6 MinHash values make a
pair at 0.8 a candidate with probability 0.95 (0.7: 0.71); candidates are then checked on
their exact shingles.
"""

CONTENT_COLUMNS: dict[str, type] = {
    "layout": str,
    "title": str,
    "lead": str,
    "body": str,
    "tags": str,  # JSON array of strings
    "credits": str,  # JSON array of {"role", "name"}
    "credits_raw": str,
    "images": str,  # JSON array of {"url", "alt", "caption"}
    "attachments": str,  # JSON array of URLs
    "published_date": str,
    "published_at": str,
    "date_precision": str,
    "date_source": str,
    "date_raw": str,
    "date_flags": str,  # JSON array of strings
}
"""What extraction produced: the fields compared (by hash) to tell a revision apart."""

DATING_COLUMNS: dict[str, type] = {"node_id": int, "date_year_source": str}
"""How the date's year was reached (`scrapers.year_evidence`): kept with each version and
refreshed by every save, but not hashed, so an archive made before they existed gains no
versions from them."""

SITE_COLUMNS: dict[str, type] = {
    "host": str,
    "region_code": str,
    "region_name": str,
    "level": str,
    "province_code": str,
    "province_name": str,
    "host_status": str,
    "platform": str,
    "timezone": str,
    "enabled": int,
    "evidence_url": str,
    "probed_at": str,
    "notes": str,
}

ARTICLE_SITES_VIEW = """
SELECT a.rowid AS article_rowid, a.url, a.title, a.published_date, a.published_year,
       a.removed_at, a.host,
       s.region_code, s.region_name, s.level, s.province_code, s.province_name, s.timezone
FROM articles a LEFT JOIN sites s ON s.host = a.host
"""

SaveOutcome = Literal["new", "updated", "unchanged"]


class Archive:
    """One SQLite archive file; the schema is created on first open."""

    def __init__(self, path: Path | str = DEFAULT_PATH) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(path)
        self.db.enable_wal()
        # In WAL mode, NORMAL skips the fsync at each commit but not the write to the WAL: a
        # killed process (SIGKILL included) loses no committed transaction; only a power cut
        # or OS crash may drop the last commits, and never corrupts the file.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._create_schema()
        self.runlog = RunLog(self.db)  # the crawl's run log and memory, in the same file

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def load_sites(self, sites: Iterable[Site]) -> None:
        """Upsert the registry into `sites`, adding each site's province name for facets.

        A host that left the registry (a region's site moved) is dropped when no article
        refers to it, else kept with status `moved`, so its articles keep their region.
        """
        sites = list(sites)
        provinces = province_names(sites)
        rows = [_site_row(site, provinces.get(site.province_code or "")) for site in sites]
        columns = list(SITE_COLUMNS)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns[1:])
        sql = (
            f"INSERT INTO sites ({_names(columns)}) VALUES ({_slots(columns)}) "
            f"ON CONFLICT(host) DO UPDATE SET {updates}"
        )
        with self._transaction():
            self._retire_hosts({site.host for site in sites})
            self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def _retire_hosts(self, registry_hosts: set[str]) -> None:
        stale = [host for (host,) in self.db.execute("SELECT host FROM sites")]
        for host in set(stale) - registry_hosts:
            self.db.execute(
                "DELETE FROM sites WHERE host = ? AND host NOT IN (SELECT host FROM articles)",
                [host],
            )
            self.db.execute("UPDATE sites SET host_status = 'moved' WHERE host = ?", [host])

    def save_article(self, article: Article, *, fetched_at: datetime) -> SaveOutcome:
        """Store one extracted article: "new", "updated" (old content versioned) or "unchanged".

        A successful fetch also shows the page is present, so a removal mark is cleared.
        """
        at = _utc_text(fetched_at)
        content = _content(article)
        digest = _content_hash(content)
        with self._transaction():
            current = self._current(article.url)
            if current is None:
                self._insert(article, content, digest, at)
                outcome: SaveOutcome = "new"
            elif current["content_hash"] == digest:
                self.db.execute(
                    "UPDATE articles SET fetched_at = max(fetched_at, ?), node_id = ?,"
                    " date_year_source = ? WHERE url = ?",
                    [at, *_dating(article).values(), article.url],
                )
                outcome = "unchanged"
            else:
                self._keep_version(current, replaced_at=at)
                self._replace_content(article.url, {**content, **_dating(article)}, digest, at)
                outcome = "updated"
            self._clear_removal(article.url, at)
        return outcome

    def mark_removed(self, url: str, at: datetime) -> bool:
        """Record that the source answered 404/410; the content stays. True if newly marked."""
        when = _utc_text(at)
        with self._transaction():
            marked = self.db.execute(
                "UPDATE articles SET removed_at = ? WHERE url = ? AND removed_at IS NULL",
                [when, url],
            ).rowcount
            if marked:
                self._insert_row("article_removals", {"url": url, "removed_at": when})
        return bool(marked)

    def mark_present(self, url: str, at: datetime) -> bool:
        """Clear a removal mark (e.g. on a 304 answer), recording when. True if one was open."""
        with self._transaction():
            return self._clear_removal(url, _utc_text(at))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT: the reads that decide a write see the state it changes."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.conn.rollback()
            raise
        self.db.conn.commit()

    def _current(self, url: str) -> dict[str, Any] | None:
        return next(self.db["articles"].rows_where("url = ?", [url]), None)

    def _insert_row(self, table: str, row: dict[str, Any]) -> None:
        """A plain INSERT: sqlite-utils' insert() would commit in the middle of a transaction."""
        self.db.execute(
            f"INSERT INTO [{table}] ({_names(row)}) VALUES ({_slots(row)})", [*row.values()]
        )

    def _insert(
        self, article: Article, content: dict[str, str | None], digest: str, at: str
    ) -> None:
        row = {
            "url": article.url,
            "host": article.host,
            **content,
            **_dating(article),
            "published_year": _year(content),
            "first_seen_at": at,
            "fetched_at": at,
            "version": 1,
            "content_hash": digest,
        }
        self._insert_row("articles", row)
        self._index_derived(article.url, content)

    def _keep_version(self, current: dict[str, Any], *, replaced_at: str) -> None:
        row = {
            "url": current["url"],
            "version": current["version"],
            **{column: current[column] for column in (*CONTENT_COLUMNS, *DATING_COLUMNS)},
            "content_hash": current["content_hash"],
            "captured_at": current["updated_at"] or current["first_seen_at"],
            "last_seen_at": current["fetched_at"],
            "replaced_at": replaced_at,
        }
        self._insert_row("article_versions", row)

    def _replace_content(
        self, url: str, content: dict[str, str | int | None], digest: str, at: str
    ) -> None:
        changes = {
            **content,
            "published_year": _year(content),
            "content_hash": digest,
            "updated_at": at,
            "fetched_at": at,
        }
        assignments = ", ".join(f"[{column}] = ?" for column in changes)
        self.db.execute(
            f"UPDATE articles SET {assignments}, version = version + 1 WHERE url = ?",
            [*changes.values(), url],
        )
        self._index_derived(url, content)

    def _index_derived(self, url: str, content: dict[str, str | None]) -> None:
        """Bring the stemmed search row and the story of one article up to its new content."""
        rowid = self.db.execute("SELECT rowid FROM articles WHERE url = ?", [url]).fetchone()[0]
        self._index_stems(rowid, content["title"] or "", _stemmed_text(content))
        self._cluster(url, _story_text(content))

    def _index_stems(self, rowid: int, title: str, text: str) -> None:
        self.db.execute(f"DELETE FROM [{STEMMED_FTS}] WHERE rowid = ?", [rowid])
        self.db.execute(
            f"INSERT INTO [{STEMMED_FTS}] (rowid, {_names(STEMMED_COLUMNS)}) VALUES (?, ?, ?)",
            [rowid, stem_text(title), stem_text(text)],
        )
        pairs = {(word, stem_word(word)) for word in words(f"{title}\n{text}")}
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO word_stems (word, stem) VALUES (?, ?)", pairs
        )

    def _cluster(self, url: str, text: str) -> None:
        """File the article under the story of the archived texts it nearly repeats, if any."""
        self._leave_story(url)
        shingles = _shingles(text)
        bands = _minhash_bands(shingles)
        self.db.execute("DELETE FROM article_minhash WHERE url = ?", [url])
        self._insert_row(
            "article_minhash", {"url": url, **dict(zip(_BAND_COLUMNS, bands, strict=True))}
        )
        same = self._same_story(url, shingles, bands)
        if same:
            self._join_story([url, *same])

    def _same_story(self, url: str, shingles: frozenset[str], bands: list[int]) -> list[str]:
        """Articles sharing a MinHash band (candidates) whose exact shingle overlap is high."""
        any_band = " OR ".join(f"m.[{column}] = ?" for column in _BAND_COLUMNS)
        candidates = self.db.execute(
            "SELECT a.url, a.title, a.body FROM article_minhash m JOIN articles a ON a.url = m.url"
            f" WHERE m.url != ? AND ({any_band})",
            [url, *bands],
        )
        return [
            other
            for other, title, body in candidates
            if _jaccard(shingles, _shingles(_story_text({"title": title, "body": body})))
            >= SAME_STORY_JACCARD
        ]

    def _join_story(self, members: list[str]) -> None:
        """Merge the members and the stories they are in into one, named by its first article."""
        stories = [
            row[0]
            for row in self.db.execute(
                f"SELECT DISTINCT story FROM story_clusters WHERE url IN ({_slots(members)})",
                members,
            )
        ]
        founders = stories or members
        story = self.db.execute(
            f"SELECT url FROM articles WHERE url IN ({_slots(founders)})"
            " ORDER BY first_seen_at, url LIMIT 1",
            founders,
        ).fetchone()[0]
        self.db.execute(
            f"UPDATE story_clusters SET story = ? WHERE story IN ({_slots(stories)})",
            [story, *stories],
        )
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO story_clusters (url, story) VALUES (?, ?)",
            [(member, story) for member in members],
        )

    def _leave_story(self, url: str) -> None:
        """Take a revised article out of its story; a story left with one article ends."""
        row = self.db.execute("SELECT story FROM story_clusters WHERE url = ?", [url]).fetchone()
        if row is None:
            return
        self.db.execute("DELETE FROM story_clusters WHERE url = ?", [url])
        self.db.execute(
            "DELETE FROM story_clusters WHERE story = ?1"
            " AND (SELECT count(*) FROM story_clusters WHERE story = ?1) = 1",
            [row[0]],
        )

    def _clear_removal(self, url: str, at: str) -> bool:
        cleared = self.db.execute(
            "UPDATE articles SET removed_at = NULL WHERE url = ? AND removed_at IS NOT NULL", [url]
        ).rowcount
        if cleared:
            self.db.execute(
                "UPDATE article_removals SET restored_at = ? WHERE url = ? AND restored_at IS NULL",
                [at, url],
            )
        return bool(cleared)

    def _create_schema(self) -> None:
        self.db["sites"].create(
            SITE_COLUMNS,
            pk="host",
            not_null=["region_code", "region_name", "level", "timezone", "enabled"],
            if_not_exists=True,
        )
        self.db["articles"].create(
            {
                "url": str,
                "host": str,
                **CONTENT_COLUMNS,
                "published_year": int,
                "first_seen_at": str,
                "fetched_at": str,
                "updated_at": str,
                "version": int,
                "content_hash": str,
                "removed_at": str,
                **DATING_COLUMNS,
            },
            pk="url",
            foreign_keys=[("host", "sites", "host")],
            not_null=["host", "title", "body", "first_seen_at", "fetched_at", "version"],
            if_not_exists=True,
        )
        self.db["article_versions"].create(
            {
                "url": str,
                "version": int,
                **CONTENT_COLUMNS,
                "content_hash": str,
                "captured_at": str,
                "last_seen_at": str,
                "replaced_at": str,
                **DATING_COLUMNS,
            },
            pk=("url", "version"),
            foreign_keys=[("url", "articles", "url")],
            if_not_exists=True,
        )
        self.db["article_removals"].create(
            {"url": str, "removed_at": str, "restored_at": str},
            pk=("url", "removed_at"),
            foreign_keys=[("url", "articles", "url")],
            if_not_exists=True,
        )
        for table in ("articles", "article_versions"):  # an archive made before they existed
            for column in DATING_COLUMNS.keys() - self.db[table].columns_dict.keys():
                self.db[table].add_column(column, DATING_COLUMNS[column])
        self._create_indexes()
        if not self.db["articles"].detect_fts():
            self.db["articles"].enable_fts(
                SEARCH_COLUMNS, create_triggers=True, tokenize=SEARCH_TOKENIZER
            )
        self.db.create_view("article_sites", ARTICLE_SITES_VIEW, replace=True)
        self._create_derived_tables()

    def _create_derived_tables(self) -> None:
        """The stemmed index and the story tables, filled from the archive when first made."""
        new = not self.db[STEMMED_FTS].exists()
        self.db["word_stems"].create(
            {"word": str, "stem": str}, pk="word", not_null=["stem"], if_not_exists=True
        )
        self.db["article_minhash"].create(
            {"url": str, **dict.fromkeys(_BAND_COLUMNS, int)},
            pk="url",
            foreign_keys=[("url", "articles", "url")],
            if_not_exists=True,
        )
        self.db["story_clusters"].create(
            {"url": str, "story": str},
            pk="url",
            not_null=["story"],
            foreign_keys=[("url", "articles", "url"), ("story", "articles", "url")],
            if_not_exists=True,
        )
        for table, column in [
            ("word_stems", "stem"),
            ("story_clusters", "story"),
            *(("article_minhash", band) for band in _BAND_COLUMNS),
        ]:
            self.db[table].create_index([column], if_not_exists=True)
        if new:
            self.db.execute(
                f"CREATE VIRTUAL TABLE [{STEMMED_FTS}] USING fts5("
                f"{_names(STEMMED_COLUMNS)}, tokenize='{SEARCH_TOKENIZER}')"
            )
            self._index_archived_articles()

    def _index_archived_articles(self) -> None:
        """Derive the stems and stories of articles stored before those indexes existed."""
        columns = ["url", *CONTENT_COLUMNS]
        rows = self.db.execute(
            f"SELECT {_names(columns)} FROM articles ORDER BY first_seen_at, url"
        ).fetchall()
        with self._transaction():
            for row in rows:
                self._index_derived(row[0], dict(zip(columns, row, strict=True)))

    def _create_indexes(self) -> None:
        # Not unique: a region's former host stays while articles refer to it.
        self.db.execute("DROP INDEX IF EXISTS idx_sites_region_code")
        self.db["sites"].create_index(["region_code"], if_not_exists=True)
        self.db["sites"].create_index(["province_code"], if_not_exists=True)
        for columns in (
            ["host"],
            ["published_date"],
            ["published_year"],
            ["removed_at"],
            ["first_seen_at"],
            ["host", "first_seen_at"],
        ):
            self.db["articles"].create_index(columns, if_not_exists=True)


_BAND_COLUMNS = tuple(f"band_{band}" for band in range(MINHASH_BANDS))
_SASTRAWI = StemmerFactory().create_stemmer()  # caches the stem of every word it has seen
_STEMS: dict[str, str] = {}  # word -> stem_word(word); bounded by the language's vocabulary
_MINHASH_SCHEME = "affine32"  # named, so the bands stored in an archive stay comparable
_MINHASH_SIZE = MINHASH_BANDS * MINHASH_ROWS
_MINHASH_PERMUTATIONS = MinHash(num_perm=_MINHASH_SIZE, seed=1, scheme=_MINHASH_SCHEME).permutations


def words(text: str) -> list[str]:
    """The lowercase words of a text, split where FTS5's unicode61 tokenizer splits."""
    return WORD.findall(text.lower())


def stem_word(word: str) -> str:
    """The Indonesian stem of a lowercase word ("pengawasan" -> "awas"); numbers stay as is.

    Memoised here: Sastrawi's own cache still normalises the word with two regexes per call.
    """
    stem = _STEMS.get(word)
    if stem is None:
        stem = _STEMS[word] = _stem_uncached(word)
    return stem


def _stem_uncached(word: str) -> str:
    if not word.isalpha():
        return word
    stem = _SASTRAWI.stem(word)
    return stem if stem.isalnum() else word


def stem_text(text: str) -> str:
    return " ".join(stem_word(word) for word in words(text))


def _stemmed_text(content: dict[str, str | None]) -> str:
    return f"{content['lead'] or ''}\n{content['body'] or ''}"


def _story_text(content: dict[str, str | None]) -> str:
    return f"{content['title'] or ''}\n{content['body'] or ''}"


@lru_cache(maxsize=512)
def _shingles(text: str) -> frozenset[str]:
    """Runs of SHINGLE_WORDS words: what two texts still share after light editing. Cached:
    a story's other articles are compared again with every new one."""
    tokens = words(text)
    if len(tokens) < SHINGLE_WORDS:
        return frozenset({" ".join(tokens)} if tokens else ())
    return frozenset(
        " ".join(tokens[start : start + SHINGLE_WORDS])
        for start in range(len(tokens) - SHINGLE_WORDS + 1)
    )


def _minhash_bands(shingles: frozenset[str]) -> list[int]:
    """One 64-bit hash per band of MinHash values: texts sharing a band are candidates."""
    minhash = MinHash(
        num_perm=_MINHASH_SIZE, permutations=_MINHASH_PERMUTATIONS, scheme=_MINHASH_SCHEME
    )
    minhash.update_batch([shingle.encode() for shingle in shingles])
    values = minhash.hashvalues.astype("<u8")
    return [
        int.from_bytes(
            hashlib.blake2b(
                values[band * MINHASH_ROWS : (band + 1) * MINHASH_ROWS].tobytes(), digest_size=8
            ).digest(),
            "big",
            signed=True,
        )
        for band in range(MINHASH_BANDS)
    ]


def _jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def _content(article: Article) -> dict[str, str | None]:
    """The article's extracted fields as column values, in CONTENT_COLUMNS order."""
    date = article.date
    return {
        "layout": article.layout,
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "tags": _json(list(article.tags)),
        "credits": _json([asdict(credit) for credit in article.credits]),
        "credits_raw": article.credits_raw,
        "images": _json([asdict(image) for image in article.images]),
        "attachments": _json(list(article.attachments)),
        "published_date": date.published_date if date else None,
        "published_at": date.published_at if date else None,
        "date_precision": date.precision if date else None,
        "date_source": date.source if date else None,
        "date_raw": date.raw if date else None,
        "date_flags": _json(list(date.flags) if date else []),
    }


def _dating(article: Article) -> dict[str, str | int | None]:
    return {
        "node_id": article.node_id,
        "date_year_source": article.date.year_source or None if article.date else None,
    }


def _year(content: dict[str, str | None]) -> int | None:
    """The publication year, a column of its own so Datasette can facet by it."""
    date = content["published_date"]
    return int(date[:4]) if date else None


def _content_hash(content: dict[str, str | None]) -> str:
    return hashlib.sha256(_json(content).encode()).hexdigest()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _site_row(site: Site, province: str | None) -> dict[str, str | int | None]:
    return {
        "host": site.host,
        "region_code": site.region_code,
        "region_name": site.region_name,
        "level": site.level,
        "province_code": site.province_code,
        "province_name": province,
        "host_status": site.host_status,
        "platform": site.platform,
        "timezone": site.timezone,
        "enabled": int(site.enabled),
        "evidence_url": site.evidence_url or None,
        "probed_at": _utc_text(site.probed_at) if site.probed_at else None,
        "notes": site.notes or None,
    }


def _utc_text(moment: datetime) -> str:
    """ISO 8601 in UTC to the second, so text order is time order; naive times are refused."""
    if moment.tzinfo is None:
        raise ValueError(f"time without a zone: {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _names(columns: Iterable[str]) -> str:
    return ", ".join(f"[{column}]" for column in columns)


def _slots(columns: Iterable[str]) -> str:
    return ", ".join("?" for _ in columns)
