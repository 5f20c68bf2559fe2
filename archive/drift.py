"""The drift alarm: a site that changed its theme.

Each run counts, per site, which reader read its article pages (`Article.layout`: a page
object such as "drupal", or "generic" for the reader of pages no page object recognises) and
why pages could not be read. A site whose last reading run was read by a page object, and
whose pages now only the generic reader reads (or no reader can), has changed its markup: the
archive may still fill, but the page object that knew the site no longer does, so a person
should look. It is told once: the next night compares with a run the generic reader read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

GENERIC_READER = "generic"
"""`Article.layout` of the reader that needs no page object."""


@dataclass(frozen=True, slots=True)
class PastReading:
    """The latest earlier run that read a site's pages: its day and pages read per reader."""

    day: str  # YYYY-MM-DD
    readers: Mapping[str, int]


def theme_change(
    host: str,
    past: PastReading | None,
    readers: Mapping[str, int],
    failures: Mapping[str, int],
    least_failures: int,
) -> str | None:
    """The problem line when `host` was read by a page object in `past` and this run's pages
    (`readers`, `failures` by reason) were read only by the generic reader, or failed (at
    least `least_failures` of them, none read by a page object); None otherwise."""
    if past is None or page_objects(readers):
        return None
    before = ", ".join(page_objects(past.readers))
    if not before:
        return None
    change = f"{host}: changed its theme: read by {before} on {past.day}, now"
    if readers.get(GENERIC_READER, 0):
        return f"{change} only by {GENERIC_READER}"
    failed = sum(failures.values())
    if failed >= least_failures:
        reasons = ", ".join(sorted(failures, key=lambda reason: (-failures[reason], reason)))
        return f"{change} unreadable ({failed} article pages: {reasons})"
    return None


def page_objects(readers: Mapping[str, int]) -> list[str]:
    """The page objects (every reader but the generic one) that read pages, most pages first."""
    named = [name for name, count in readers.items() if count and name != GENERIC_READER]
    return sorted(named, key=lambda name: (-readers[name], name))
