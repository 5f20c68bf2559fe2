"""Which host the scheduler serves next when the crawler cannot serve them all at once."""

from __future__ import annotations

from scrapers.politeness import LongestBacklogFirstQueue


def _queue(backlogs: dict[str, int]) -> LongestBacklogFirstQueue:
    """The queue's choice needs only its per-host backlogs, so no crawler is built."""
    queue = LongestBacklogFirstQueue.__new__(LongestBacklogFirstQueue)
    queue.pqueues = {host: [None] * count for host, count in backlogs.items()}  # type: ignore[misc]
    return queue


def test_the_idle_host_with_the_longest_backlog_goes_first() -> None:
    queue = _queue({"a.go.id": 1, "big.go.id": 40, "c.go.id": 3})
    stats = [(0, "a.go.id"), (0, "big.go.id"), (0, "c.go.id")]
    assert queue._next_slot(stats, update_state=True) == "big.go.id"


def test_a_busy_host_waits_for_idle_ones_however_long_its_backlog() -> None:
    queue = _queue({"a.go.id": 1, "big.go.id": 40})
    assert queue._next_slot([(0, "a.go.id"), (1, "big.go.id")], update_state=True) == "a.go.id"
