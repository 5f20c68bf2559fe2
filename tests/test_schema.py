"""The schema is migrated on the first write, never on a read, and foreign files stay untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli

from archive.memory import read_crawl_log
from archive.schema import MIGRATIONS, SchemaError
from archive.store import Archive


def pragma(path: Path, name: str) -> int | str:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_reopening_an_archive_leaves_its_schema_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "bawaslu.db"
    Archive(path).close()
    before = pragma(path, "schema_version")
    Archive(path).close()
    Archive(path).close()
    assert pragma(path, "schema_version") == before
    assert pragma(path, "user_version") == len(MIGRATIONS)


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = path.read_bytes()
    with pytest.raises(SchemaError, match="not a bawaslu archive"):
        Archive(path)
    assert path.read_bytes() == before
    assert pragma(path, "journal_mode") == "delete"
    assert not (tmp_path / "other.db-wal").exists()


def test_an_archive_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Archive(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 999")
    with pytest.raises(SchemaError, match="newer"):
        Archive(path)


def test_reading_the_crawl_memory_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    with read_crawl_log(missing) as runlog:
        assert runlog is None
    assert not missing.exists()

    path = tmp_path / "bawaslu.db"
    Archive(path).close()
    before = pragma(path, "schema_version")
    with read_crawl_log(path) as runlog:
        assert runlog is not None
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            runlog.db.execute("DELETE FROM articles")
    assert pragma(path, "schema_version") == before


def test_migrate_command_brings_an_unnumbered_archive_up_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "bawaslu.db"
    Archive(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 0")
    result = run_cli("migrate", "--db", str(path))
    assert f"schema {len(MIGRATIONS)}" in result.stdout
    assert pragma(path, "user_version") == len(MIGRATIONS)
    refused = run_cli("migrate", "--db", str(tmp_path / "absent.db"), check=False)
    assert refused.returncode != 0
    assert "does not exist" in refused.stderr
