"""The living mirror: days replayed from the seed, served over real HTTP, moved by the CLI."""

from __future__ import annotations

import http.client
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import run_cli

from mirror.content import build_sites
from mirror.living import MirrorState, build_world, listing_path
from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl or browser: not in make test-fast

BASE_DATE = date(2026, 3, 2)


def get(server: MirrorServer, host: str, path: str) -> tuple[int, dict[str, str]]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        response.read()
        return response.status, dict(response.getheaders())
    finally:
        connection.close()


def test_day_zero_is_build_sites_and_days_replay_from_the_seed() -> None:
    day_zero = build_world(MirrorState(0, BASE_DATE)).sites
    assert day_zero == build_sites(0, BASE_DATE)
    later = build_world(MirrorState(0, BASE_DATE, 6))
    assert later == build_world(MirrorState(0, BASE_DATE, 6))
    assert later.sites != build_world(MirrorState(1, BASE_DATE, 6)).sites


def test_new_articles_top_the_listing_and_deleted_ones_leave_it() -> None:
    world = build_world(MirrorState(0, BASE_DATE, 6))
    for host, site in world.sites.items():
        dates = [article.published_at for article in site.articles]
        assert dates == sorted(dates, reverse=True), host
        today = world.day(6)[host]
        assert site.articles[: len(today.new)] == today.new
        for day in range(1, 7):
            for path in world.day(day)[host].deleted:
                restored = any(path in world.day(d)[host].restored for d in range(day, 7))
                assert (site.article_at(path) is not None) == restored
    changes = [c for day in range(1, 7) for c in world.day(day).values()]
    assert sum(len(c.new) for c in changes) > 30
    assert all(sum(len(getattr(c, kind)) for c in changes) for kind in ("edited", "deleted"))
    assert {f.status for c in changes for f in c.faults} == {429, 500, 503}


def test_edits_append_a_note_and_move_last_modified() -> None:
    before, after = (build_world(MirrorState(0, BASE_DATE, day)) for day in (0, 1))
    for host, changes in after.day(1).items():
        for path in changes.edited:
            old, new = before.sites[host].article_at(path), after.sites[host].article_at(path)
            assert new.blocks[:-1] == old.blocks and new.paragraphs[-1] not in old.paragraphs
            assert new.updated_at.date() == BASE_DATE + timedelta(days=1)


def test_the_server_follows_mirror_advance_with_faults_and_404s(tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    MirrorState(0, BASE_DATE).save(state_dir)
    with MirrorServer(port=0, state_dir=state_dir) as server:
        result = run_cli("mirror-advance", "--state", str(state_dir), "--days", "2")
        assert result.stdout.startswith("day 1 (2026-03-03): ")
        world = build_world(MirrorState.load(state_dir))
        assert world.state.day == 2
        for host, changes in world.day(2).items():
            for fault in changes.faults:
                status, headers = get(server, host, fault.path)
                assert status == fault.status
                if fault.retry_after:
                    assert headers["Retry-After"] == str(fault.retry_after)
                if fault.failures == 1:
                    assert get(server, host, fault.path)[0] == 200
            for path in changes.deleted:
                assert get(server, host, path)[0] == 404
            assert get(server, host, listing_path(world.sites[host]))[0] in (200, 429)
    logged = [json.loads(line) for line in (state_dir / "access.log").read_text().splitlines()]
    assert len(logged) == len(server.access_log.records()) > 0
