"""`pip install .` (not editable) gives a `bawaslu-archive serve` that works from anywhere.

The project is built from a copy of the source tree and installed, without its dependencies
or network, into a fresh virtualenv that borrows this environment's packages; `serve` then runs
from an unrelated directory on a real archive, and its pages must show the metadata.yml, the
templates and the plugins that the wheel shipped.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from conftest import free_port

from archive.store import Archive
from scrapers.article import Article

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

ROOT = Path(__file__).resolve().parent.parent
NOT_SHIPPED = (".venv", ".git", "data", "build", "*.egg-info", "bench", "tests", "__pycache__")


def install_copy(tmp_path: Path) -> Path:
    """The `bin` directory of a fresh virtualenv with the project installed from a copy."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*install, "--no-index", str(source)], check=True, cwd=tmp_path)
    shutil.rmtree(source)  # nothing may be read from the source tree any more
    return venv / "bin"


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_serve_works_from_a_non_editable_install_in_any_directory(tmp_path: Path) -> None:
    bin_dir = install_copy(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [bin_dir / "python", "-c", "import archive; print(archive.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=elsewhere,
    ).stdout
    assert where.startswith(str(tmp_path / "venv"))
    db = tmp_path / "archive" / "bawaslu.db"
    with Archive(db) as archive:
        body = "Bawaslu mengawasi tahapan kampanye di seluruh kecamatan."
        article = Article("https://lampung.bawaslu.go.id/berita/uji", "lampung.bawaslu.go.id",
                          "drupal", "Uji Pengawasan Kampanye", body)  # fmt: skip
        archive.save_article(article, fetched_at=datetime.now(UTC))
    port = free_port()
    command = [bin_dir / "bawaslu-archive", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, cwd=elsewhere, stderr=subprocess.PIPE, text=True)
    site = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()[1]
            try:
                status, metadata = get(f"{site}/-/metadata.json")
                break
            except OSError:
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        title = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))["title"]
        assert status == 200 and json.loads(metadata)["title"] == title  # metadata.yml
        status, page = get(f"{site}/search?q=kampanye")  # a plugin's route and its template
        assert status == 200 and "/article/lampung.bawaslu.go.id/berita/uji" in page
        status, page = get(f"{site}/article/lampung.bawaslu.go.id/berita/uji")
        assert status == 200 and "mengawasi tahapan kampanye" in page
    finally:
        server.terminate()
        server.wait(timeout=30)
