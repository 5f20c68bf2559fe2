"""Shared fixtures: a free loopback port, and the whole crawl path run once over the mirror."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(*args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `bawaslu-archive ARGS` in a fresh process, as a user or cron would."""
    return subprocess.run(
        [sys.executable, "-m", "archive.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
    )


def crawl_mirror(mirror_url: str, db: Path, hosts: Sequence[str], *extra: str, check: bool = True):
    """A real Scrapy crawl of the mirror, with no delay: the mirror is on loopback."""
    sites = [arg for host in hosts for arg in ("--site", host)]
    args = ["crawl", "--mirror", mirror_url, "--db", str(db), "--delay", "0", *sites, *extra]
    return run_cli(*args, check=check)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (Path(__file__).resolve().parent.parent / "mirror/data/seed_lampung.txt").read_text(
        encoding="utf-8"
    )
