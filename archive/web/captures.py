"""An article page as the crawl fetched it, read back from the run's WARC file and made inert.

Each run writes one WARC (`crawl_runs.warc_file`); the newest run that started before the
article was last fetched holds its capture. A file is read once to index its article answers
(URL -> offset), so showing another capture from it is a seek. The page's own markup is
untrusted: nh3 keeps only harmless tags and attributes (no script, style, event handler,
frame, form or object), and the response carries a CSP that forbids scripts anyway.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import nh3
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from scrapers.extract import decode_html
from scrapers.reading import charset_of
from scrapers.urls import canonical_url
from scrapers.visits import ROLE_FIELD

DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "title",
    "noscript",
    "template",
    "iframe",
    "frame",
    "object",
    "embed",
    "form",
    "svg",
    "math",
}
CAPTURE_POLICY = (
    "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
    "base-uri https: http:; form-action 'none'; frame-ancestors 'none'; "
    "sandbox allow-popups allow-popups-to-escape-sandbox"
)
"""What a replayed page may do: show its pictures, and nothing that runs."""


@dataclass(frozen=True, slots=True)
class Capture:
    url: str
    captured_at: datetime
    content_type: str
    body: bytes
    warc_file: Path


def find_capture(url: str, warc_files: Iterable[Path]) -> Capture | None:
    """The newest answer 200 to `url` (canonical) in the first file that holds one."""
    for path in warc_files:
        offsets = _article_offsets(path, *_identity(path)).get(url)
        if offsets:
            return _read(path, max(offsets)[1])
    return None


def warc_paths(recorded: str, db_path: Path) -> list[Path]:
    """Where a run's WARC may be now: as recorded, or by name beside the archive (`warc/`)."""
    name = Path(recorded).name
    places = [Path(recorded), db_path.parent / "warc" / name, db_path.parent / name]
    return [place for place in places if place.is_file()][:1]


def inert_html(capture: Capture) -> str:
    """The captured page's markup with everything active removed."""
    text = decode_html(capture.body, charset_of(capture.content_type))
    return nh3.clean(
        text,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={"*": {"class", "id", "lang", "dir", "title"}, "img": {"src", "alt"}}
        | {"a": {"href"}},
        link_rel="nofollow noopener noreferrer",
    )


def _identity(path: Path) -> tuple[int, int]:
    """Size and mtime: an index is reused only for the file as it was when indexed."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


@functools.lru_cache(maxsize=64)
def _article_offsets(path: Path, size: int, mtime: int) -> dict[str, list[tuple[str, int]]]:
    """Canonical URL -> (WARC-Date, offset) of each 200 answer to an article request."""
    offsets: dict[str, list[tuple[str, int]]] = {}
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if _is_article_page(record):
                    url = canonical_url(record.rec_headers.get_header("WARC-Target-URI"))
                    when = record.rec_headers.get_header("WARC-Date")
                    offsets.setdefault(url, []).append((when, records.get_record_offset()))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError):
            pass  # a file cut short by a killed crawl: its whole records are indexed
    return offsets


def _is_article_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    role = record.rec_headers.get_header(ROLE_FIELD) or "article"
    return role == "article" and record.http_headers.get_statuscode() == "200"


def _read(path: Path, offset: int) -> Capture:
    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        headers = record.rec_headers
        return Capture(
            url=headers.get_header("WARC-Target-URI"),
            captured_at=datetime.fromisoformat(headers.get_header("WARC-Date")),
            content_type=record.http_headers.get_header("Content-Type") or "",
            body=record.content_stream().read(),
            warc_file=path,
        )
