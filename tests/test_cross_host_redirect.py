"""A site that moved: its old host answers 301 to the new one (`mirror.hosts.MOVED_HOSTS`).

A real crawl of the old host through the mirror; the mirror's access log shows what the new
host received: its robots.txt once, and no two requests closer than the delay.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from conftest import crawl_mirror

from mirror.hosts import MOVED_HOSTS
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

DELAY = 0.3


def test_a_redirect_to_another_host_keeps_that_hosts_delay_and_robots(tmp_path: Path) -> None:
    ((old, new),) = MOVED_HOSTS.items()
    with MirrorServer(port=0) as server:
        delay = ("--delay", str(DELAY))  # the last --delay given counts
        result = crawl_mirror(server.url, tmp_path / "bawaslu.db", [old], *delay)
        records = server.access_log.records()
    assert result.returncode == 0, result.stderr
    on_new = sorted((r for r in records if r.host == new), key=lambda r: r.started)
    assert len(on_new) > 3  # the listing and articles were read from the new host
    assert [r.path for r in on_new].count("/robots.txt") == 1
    gaps = [later.started - earlier.finished for earlier, later in pairwise(on_new)]
    assert min(gaps) >= DELAY * 0.95, gaps
    assert all(r.status == 301 for r in records if r.host == old)
