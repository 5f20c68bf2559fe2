"""A downloadable copy of the archive, consistent, dated and checksummed.

The served file may be written by the nightly crawl at the same time, so a plain file copy
could catch a transaction half-way. `VACUUM INTO` writes a consistent, compact copy from one
read transaction; its SHA-256 is stored next to it, so a researcher can cite exactly the
data they used ("snapshot 2025-03-01, sha256 …") and check their download.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SNAPSHOT_DIR = "snapshots"
KEEP = 2
"""Snapshots kept: the newest, and the one before it for a download already under way."""


@dataclass(frozen=True)
class Snapshot:
    path: Path
    day: date
    sha256: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def snapshot_dir(db_path: Path | str) -> Path:
    return Path(db_path).parent / SNAPSHOT_DIR


def make_snapshot(db_path: Path | str, day: date) -> Snapshot:
    """Write `<stem>-<day>.db` and its `.sha256` beside the archive; drop older snapshots."""
    db_path = Path(db_path)
    folder = snapshot_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-{day.isoformat()}.db"
    partial = target.with_suffix(".db.partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.execute("VACUUM INTO ?", [str(partial)])
    finally:
        source.close()
    digest = _sha256(partial)
    partial.replace(target)
    target.with_suffix(".db.sha256").write_text(f"{digest}  {target.name}\n", encoding="utf-8")
    for old in sorted(folder.glob(f"{db_path.stem}-*.db"))[:-KEEP]:
        old.unlink()
        old.with_suffix(".db.sha256").unlink(missing_ok=True)
    return Snapshot(target, day, digest, target.stat().st_size)


def latest_snapshot(db_path: Path | str) -> Snapshot | None:
    """The newest complete snapshot of the archive (one whose checksum was written)."""
    for checksum in sorted(snapshot_dir(db_path).glob("*.db.sha256"), reverse=True):
        path = checksum.with_suffix("")
        if path.exists():
            day = date.fromisoformat("-".join(path.stem.split("-")[-3:]))
            digest = checksum.read_text(encoding="utf-8").split()[0]
            return Snapshot(path, day, digest, path.stat().st_size)
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
