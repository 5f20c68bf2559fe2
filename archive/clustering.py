"""Story clustering: regency sites re-post provincial and national releases, so the archive
files near-duplicate texts under one story (`story_clusters`), found by MinHash bands kept in
`article_minhash` and confirmed on exact 3-word shingles.

Imported only when an article is written: NumPy and datasketch cost most of a second, which
the web pages and the crawl memory never need to pay.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from datasketch import MinHash
from sqlite_utils import Database

from archive.schema import BAND_COLUMNS, MINHASH_BANDS, placeholders
from archive.textindex import words

SHINGLE_WORDS = 3
MINHASH_ROWS = 6
SAME_STORY_JACCARD = 0.8
"""Two texts whose 3-word shingles overlap this much (Jaccard) tell the same story.

A re-post with a new dateline and the office's name swapped in keeps about 0.9; two different
press releases written from one template stay near 0.7. 10 bands of 6 MinHash values make a
pair at 0.8 a candidate with probability 0.95 (0.7: 0.71); candidates are then checked on
their exact shingles.
"""

_MINHASH_SCHEME = "affine32"  # named, so the bands stored in an archive stay comparable
_MINHASH_SIZE = MINHASH_BANDS * MINHASH_ROWS
_MINHASH_PERMUTATIONS = MinHash(num_perm=_MINHASH_SIZE, seed=1, scheme=_MINHASH_SCHEME).permutations


def story_text(title: str | None, body: str | None) -> str:
    """What two articles must share to tell the same story: title and body."""
    return f"{title or ''}\n{body or ''}"


def file_under_story(db: Database, url: str, text: str) -> None:
    """File the article under the story of the archived texts it nearly repeats, if any.

    Runs inside the caller's transaction: it only executes statements, never commits.
    """
    _leave_story(db, url)
    shingles = _shingles(text)
    bands = _minhash_bands(shingles)
    db.execute("DELETE FROM article_minhash WHERE url = ?", [url])
    db.execute(
        f"INSERT INTO article_minhash (url, {', '.join(BAND_COLUMNS)})"
        f" VALUES (?, {placeholders(BAND_COLUMNS)})",
        [url, *bands],
    )
    same = _same_story(db, url, shingles, bands)
    if same:
        _join_story(db, [url, *same])


def _same_story(db: Database, url: str, shingles: frozenset[str], bands: list[int]) -> list[str]:
    """Articles sharing a MinHash band (candidates) whose exact shingle overlap is high."""
    any_band = " OR ".join(f"m.[{column}] = ?" for column in BAND_COLUMNS)
    candidates = db.execute(
        "SELECT a.url, a.title, a.body FROM article_minhash m JOIN articles a ON a.url = m.url"
        f" WHERE m.url != ? AND ({any_band})",
        [url, *bands],
    )
    return [
        other
        for other, title, body in candidates
        if _jaccard(shingles, _shingles(story_text(title, body))) >= SAME_STORY_JACCARD
    ]


def _join_story(db: Database, members: list[str]) -> None:
    """Merge the members and the stories they are in into one, named by its first article."""
    stories = [
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT story FROM story_clusters WHERE url IN ({placeholders(members)})",
            members,
        )
    ]
    founders = stories or members
    story = db.execute(
        f"SELECT url FROM articles WHERE url IN ({placeholders(founders)})"
        " ORDER BY first_seen_at, url LIMIT 1",
        founders,
    ).fetchone()[0]
    db.execute(
        f"UPDATE story_clusters SET story = ? WHERE story IN ({placeholders(stories)})",
        [story, *stories],
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO story_clusters (url, story) VALUES (?, ?)",
        [(member, story) for member in members],
    )


def _leave_story(db: Database, url: str) -> None:
    """Take a revised article out of its story; a story left with one article ends."""
    row = db.execute("SELECT story FROM story_clusters WHERE url = ?", [url]).fetchone()
    if row is None:
        return
    db.execute("DELETE FROM story_clusters WHERE url = ?", [url])
    db.execute(
        "DELETE FROM story_clusters WHERE story = ?1"
        " AND (SELECT count(*) FROM story_clusters WHERE story = ?1) = 1",
        [row[0]],
    )


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
