"""The SQLite archive's writer: article upserts with revisions, removals and the sites table.

An archive of a public body's news is evidence, so nothing is overwritten without a trace:
when an article's extracted content changes, the previous content moves to
`article_versions`; a page gone at the source keeps its content and is only marked. Every
write runs in one transaction (and the database in WAL mode), so a crash mid-write leaves
the previous state intact.

The schema lives in `archive.schema`; opening an `Archive` brings the file up to it. Two
derived indexes are kept in step with every write, inside the same transaction: the
Indonesian stems of each article (`archive.textindex`) and the near-duplicate stories
(`archive.clustering`), since regency sites re-post provincial and national releases.
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

from archive.runlog import RunLog
from archive.schema import (
    CONTENT_COLUMNS,
    DATING_COLUMNS,
    SITE_COLUMNS,
    check_schema,
    migrate,
    names,
    placeholders,
)
from archive.textindex import STEMMED_COLUMNS, STEMMED_FTS, stem_text, stem_word, words
from scrapers.article import Article
from scrapers.registry import Site, province_names

DEFAULT_PATH = Path("data/bawaslu.db")

SaveOutcome = Literal["new", "updated", "unchanged"]


class Archive:
    """One SQLite archive file opened for writing; the schema is brought up to date on open.

    A file of another program is refused (archive.schema.SchemaError) before anything in it
    changes.
    """

    def __init__(self, path: Path | str = DEFAULT_PATH) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(path)
        check_schema(self.db)
        self.db.enable_wal()
        # In WAL mode, NORMAL skips the fsync at each commit but not the write to the WAL: a
        # killed process (SIGKILL included) loses no committed transaction; only a power cut
        # or OS crash may drop the last commits, and never corrupts the file.
        self.db.execute("PRAGMA synchronous=NORMAL")
        unindexed = self.db["articles"].exists() and not self.db[STEMMED_FTS].exists()
        migrate(self.db)
        if unindexed:
            self._index_archived_articles()
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
            f"INSERT INTO sites ({names(columns)}) VALUES ({placeholders(columns)}) "
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
                self._replace_content(article.url, content, digest, at, _dating(article))
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
            f"INSERT INTO [{table}] ({names(row)}) VALUES ({placeholders(row)})", [*row.values()]
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
        self,
        url: str,
        content: dict[str, str | None],
        digest: str,
        at: str,
        dating: dict[str, str | int | None],
    ) -> None:
        changes = {
            **content,
            **dating,
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
        from archive.clustering import file_under_story, story_text  # NumPy: only for writes

        file_under_story(self.db, url, story_text(content["title"], content["body"]))

    def _index_stems(self, rowid: int, title: str, text: str) -> None:
        self.db.execute(f"DELETE FROM [{STEMMED_FTS}] WHERE rowid = ?", [rowid])
        self.db.execute(
            f"INSERT INTO [{STEMMED_FTS}] (rowid, {names(STEMMED_COLUMNS)}) VALUES (?, ?, ?)",
            [rowid, stem_text(title), stem_text(text)],
        )
        pairs = {(word, stem_word(word)) for word in words(f"{title}\n{text}")}
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO word_stems (word, stem) VALUES (?, ?)", pairs
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

    def _index_archived_articles(self) -> None:
        """Derive the stems and stories of articles stored before those indexes existed."""
        columns = ["url", *CONTENT_COLUMNS]
        rows = self.db.execute(
            f"SELECT {names(columns)} FROM articles ORDER BY first_seen_at, url"
        ).fetchall()
        with self._transaction():
            for row in rows:
                self._index_derived(row[0], dict(zip(columns, row, strict=True)))


def _stemmed_text(content: dict[str, str | None]) -> str:
    return f"{content['lead'] or ''}\n{content['body'] or ''}"


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
