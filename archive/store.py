"""The SQLite archive: schema, article upserts with revisions, removals and the sites table.

An archive of a public body's news is evidence, so nothing is overwritten without a trace:
when an article's extracted content changes, the previous content moves to
`article_versions`; a page gone at the source keeps its content and is only marked. Every
write runs in one transaction (and the database in WAL mode), so a crash mid-write leaves
the previous state intact.

The schema is declared once, here. Times are ISO 8601 in UTC; JSON columns hold arrays.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from scrapers.article import Article
from scrapers.registry import Site, province_names

DEFAULT_PATH = Path("data/bawaslu.db")
SEARCH_COLUMNS = ("title", "lead", "body")
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"

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
        self._create_schema()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def load_sites(self, sites: Iterable[Site]) -> None:
        """Upsert the registry into `sites`, adding each site's province name for facets."""
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
            self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

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
                    "UPDATE articles SET fetched_at = max(fetched_at, ?) WHERE url = ?",
                    [at, article.url],
                )
                outcome = "unchanged"
            else:
                self._keep_version(current, replaced_at=at)
                self._replace_content(article.url, content, digest, at)
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
            "published_year": _year(content),
            "first_seen_at": at,
            "fetched_at": at,
            "version": 1,
            "content_hash": digest,
        }
        self._insert_row("articles", row)

    def _keep_version(self, current: dict[str, Any], *, replaced_at: str) -> None:
        row = {
            "url": current["url"],
            "version": current["version"],
            **{column: current[column] for column in CONTENT_COLUMNS},
            "content_hash": current["content_hash"],
            "captured_at": current["updated_at"] or current["first_seen_at"],
            "last_seen_at": current["fetched_at"],
            "replaced_at": replaced_at,
        }
        self._insert_row("article_versions", row)

    def _replace_content(
        self, url: str, content: dict[str, str | None], digest: str, at: str
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
        self._create_indexes()
        if not self.db["articles"].detect_fts():
            self.db["articles"].enable_fts(
                SEARCH_COLUMNS, create_triggers=True, tokenize=SEARCH_TOKENIZER
            )
        self.db.create_view("article_sites", ARTICLE_SITES_VIEW, replace=True)

    def _create_indexes(self) -> None:
        self.db["sites"].create_index(["region_code"], unique=True, if_not_exists=True)
        self.db["sites"].create_index(["province_code"], if_not_exists=True)
        for columns in (["host"], ["published_date"], ["published_year"], ["removed_at"]):
            self.db["articles"].create_index(columns, if_not_exists=True)


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
