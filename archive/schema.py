"""The archive's schema, declared once, and its migrations, numbered by `PRAGMA user_version`.

Migrations run when the archive is opened for writing (`archive.store.Archive`) or by
`bawaslu-archive migrate`, never when it is read: a reader (Datasette, the crawl memory, a
researcher's SQLite client) must not change the file it reads. A file made by another program
is refused before anything in it changes.

Times are ISO 8601 in UTC; JSON columns hold arrays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlite_utils import Database
from sqlite_utils.db import Table

from archive.runlog import SITE_BREAKDOWNS, RunLog
from archive.textindex import SEARCH_COLUMNS, SEARCH_TOKENIZER, STEMMED_COLUMNS, STEMMED_FTS

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

MINHASH_BANDS = 10
BAND_COLUMNS = tuple(f"band_{band}" for band in range(MINHASH_BANDS))
"""The story index keeps one MinHash band per column (see archive.clustering)."""

OWN_TABLES = ("articles", "sites", "crawl_runs")
"""A file holding tables but none of these was made by another program."""


class SchemaError(Exception):
    """The file is not an archive this version can use; nothing in it was changed."""


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_schema(db: Database) -> None:
    """Refuse, without touching it, a file this version must not write to."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise SchemaError(
            f"archive schema {version} is newer than this program's ({len(MIGRATIONS)})"
        )
    tables = set(db.table_names())
    if version == 0 and tables and not tables & set(OWN_TABLES):
        listed = ", ".join(sorted(tables)[:5])
        raise SchemaError(f"not a bawaslu archive (it holds other tables: {listed})")


def migrate(db: Database) -> bool:
    """Bring the file up to the current schema; True if anything ran.

    Steps are idempotent and the version is written last, so a migration interrupted half-way
    runs again in full next time."""
    check_schema(db)
    version = schema_version(db)
    if version == len(MIGRATIONS):
        return False
    with db.conn:
        for step in MIGRATIONS[version:]:
            step(db)
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    return True


def names(columns: Iterable[str]) -> str:
    """A column list for SQL: [a], [b]."""
    return ", ".join(f"[{column}]" for column in columns)


def placeholders(columns: Iterable[object]) -> str:
    """One ? per column or value."""
    return ", ".join("?" for _ in columns)


def _baseline(db: Database) -> None:
    """Schema 1: every table as of the first numbered schema. Idempotent, so archives made
    before migrations were numbered (user_version 0) come up to it unchanged."""
    _create_sites_and_articles(db)
    _create_indexes(db)
    if not Table(db, "articles").detect_fts():
        Table(db, "articles").enable_fts(
            SEARCH_COLUMNS, create_triggers=True, tokenize=SEARCH_TOKENIZER
        )
    db.create_view("article_sites", ARTICLE_SITES_VIEW, replace=True)
    _create_derived_tables(db)
    RunLog(db).create_schema()


def _create_sites_and_articles(db: Database) -> None:
    Table(db, "sites").create(
        SITE_COLUMNS,
        pk="host",
        not_null=["region_code", "region_name", "level", "timezone", "enabled"],
        if_not_exists=True,
    )
    Table(db, "articles").create(
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
        },
        pk="url",
        foreign_keys=[("host", "sites", "host")],
        not_null=["host", "title", "body", "first_seen_at", "fetched_at", "version"],
        if_not_exists=True,
    )
    Table(db, "article_versions").create(
        {
            "url": str,
            "version": int,
            **CONTENT_COLUMNS,
            "content_hash": str,
            "captured_at": str,
            "last_seen_at": str,
            "replaced_at": str,
        },
        pk=("url", "version"),
        foreign_keys=[("url", "articles", "url")],
        if_not_exists=True,
    )
    Table(db, "article_removals").create(
        {"url": str, "removed_at": str, "restored_at": str},
        pk=("url", "removed_at"),
        foreign_keys=[("url", "articles", "url")],
        if_not_exists=True,
    )


def _create_derived_tables(db: Database) -> None:
    """The stemmed index and the story tables (archive.store fills them for older rows)."""
    Table(db, "word_stems").create(
        {"word": str, "stem": str}, pk="word", not_null=["stem"], if_not_exists=True
    )
    Table(db, "article_minhash").create(
        {"url": str, **dict.fromkeys(BAND_COLUMNS, int)},
        pk="url",
        foreign_keys=[("url", "articles", "url")],
        if_not_exists=True,
    )
    Table(db, "story_clusters").create(
        {"url": str, "story": str},
        pk="url",
        not_null=["story"],
        foreign_keys=[("url", "articles", "url"), ("story", "articles", "url")],
        if_not_exists=True,
    )
    for table, column in [
        ("word_stems", "stem"),
        ("story_clusters", "story"),
        *(("article_minhash", band) for band in BAND_COLUMNS),
    ]:
        Table(db, table).create_index([column], if_not_exists=True)
    if not db[STEMMED_FTS].exists():
        db.execute(
            f"CREATE VIRTUAL TABLE [{STEMMED_FTS}] USING fts5("
            f"{names(STEMMED_COLUMNS)}, tokenize='{SEARCH_TOKENIZER}')"
        )


def _create_indexes(db: Database) -> None:
    # Not unique: a region's former host stays while articles refer to it.
    db.execute("DROP INDEX IF EXISTS idx_sites_region_code")
    Table(db, "sites").create_index(["region_code"], if_not_exists=True)
    Table(db, "sites").create_index(["province_code"], if_not_exists=True)
    for columns in (
        ["host"],
        ["published_date"],
        ["published_year"],
        ["removed_at"],
        ["first_seen_at"],
        ["host", "first_seen_at"],
    ):
        Table(db, "articles").create_index(columns, if_not_exists=True)


def _web_page_indexes(db: Database) -> None:
    """Schema 2: indexes the web pages read instead of the articles' text: the date_source
    facet, the home page's count of guessed dates (date_flags), the tag facet and counts,
    and the year facet of article_sites (year and host, to join the site without the row)."""
    for columns in (["date_source"], ["date_flags"], ["tags"], ["published_year", "host"]):
        Table(db, "articles").create_index(columns, if_not_exists=True)


def _reader_counts(db: Database) -> None:
    """Schema 3: crawl_site_stats counts the pages each reader read and the extraction
    failures by reason (JSON objects), for the drift alarm (`archive.drift`)."""
    table = Table(db, "crawl_site_stats")
    for column in SITE_BREAKDOWNS:
        if column not in table.columns_dict:
            table.add_column(column, str)


def _dating_columns(db: Database) -> None:
    """Schema 4: articles and their versions record the Drupal node id and what decided the
    year of a date printed without one (`scrapers.year_evidence`)."""
    for name in ("articles", "article_versions"):
        table = Table(db, name)
        for column in DATING_COLUMNS.keys() - table.columns_dict.keys():
            table.add_column(column, DATING_COLUMNS[column])


MIGRATIONS: list[Callable[[Database], None]] = [
    _baseline,
    _web_page_indexes,
    _reader_counts,
    _dating_columns,
]
"""Step N (1-based) brings schema N-1 to N. Append new steps; never edit a released one."""
