"""The archive package stands without the Scrapy machinery: the Scrapy project uses the
archive, never the other way round (the CLI, which runs crawls, is the one composition root),
and the web search stays cheap to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

ROOT = Path(__file__).resolve().parent.parent
COMPOSITION_ROOT = {"archive.cli"}


def modules_loaded_by(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(result.stdout.split())


def archive_modules() -> list[str]:
    return sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (ROOT / "archive").rglob("*.py")
        if path.name != "__init__.py" and "plugins" not in path.parts
    )


def test_no_archive_module_imports_scrapy_or_twisted() -> None:
    heavy = {"scrapy", "twisted", "scrapy_redis"}
    offenders = {
        module: sorted(heavy & modules_loaded_by(module))
        for module in archive_modules()
        if module not in COMPOSITION_ROOT
    }
    assert {module: found for module, found in offenders.items() if found} == {}


def test_the_search_module_does_not_load_numpy() -> None:
    assert "numpy" not in modules_loaded_by("archive.web.search")
    assert "datasketch" not in modules_loaded_by("archive.web.search")
