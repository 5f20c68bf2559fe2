"""The `bawaslu-archive` command: crawl, serve, mirror and demo, small commands that compose."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "data/bawaslu.db"
METADATA = PROJECT_ROOT / "metadata.yml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PLUGINS = Path(__file__).resolve().parent / "plugins"


@click.group()
@click.version_option(package_name="bawaslu-archive")
def main() -> None:
    """Scrape the news of Bawaslu's regional websites into a searchable SQLite archive."""


@main.command()
@click.option("--site", "sites", multiple=True, help="Host to crawl, e.g. lampung.bawaslu.go.id.")
@click.option("--province", help="Province code: its provincial and regency/city sites.")
@click.option("--level", type=click.Choice(["nasional", "provinsi", "kabupaten", "kota"]))
@click.option("--all", "all_sites", is_flag=True, help="Every enabled site of the registry.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive to write.")
@click.option("--mirror", "mirror_url", help="Send every request to this mirror URL instead.")
@click.option("--delay", type=float, help="Seconds between two requests to one host.")
@click.option("--log-level", default="INFO", show_default=True)
def crawl(
    sites: tuple[str, ...],
    province: str | None,
    level: str | None,
    all_sites: bool,
    db: str,
    mirror_url: str | None,
    delay: float | None,
    log_level: str,
) -> None:
    """Crawl the selected sites' news into the archive."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from scrapers.spiders.berita import BeritaSpider

    if not (sites or province or level or all_sites):
        raise click.UsageError("choose sites: --site HOST, --province CODE, --level or --all")
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    settings = get_project_settings()
    settings.set("ARCHIVE_DB", db, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if mirror_url:
        settings.set("MIRROR_URL", mirror_url, priority="cmdline")
    if delay is not None:
        settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", delay, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(
        BeritaSpider,
        sites=",".join(sites),
        province=province,
        level=level,
        all_sites=all_sites,
    )
    process.start()


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Publish the archive with Datasette (read-only)."""
    if not Path(db).exists():
        raise click.ClickException(f"no archive at {db}: run a crawl first")
    os.execv(sys.executable, datasette_command(db, host, port))


def datasette_command(db: str, host: str, port: int) -> list[str]:
    """The Datasette command line that serves the archive with the project's metadata."""
    command = [sys.executable, "-m", "datasette", "serve", "--immutable", db]
    command += ["--metadata", str(METADATA), "--host", host, "--port", str(port)]
    if any(TEMPLATES.glob("*.html")):
        command += ["--template-dir", str(TEMPLATES)]
    if any(PLUGINS.glob("*.py")):
        command += ["--plugins-dir", str(PLUGINS)]
    command += ["--setting", "sql_time_limit_ms", "3000"]
    return command


@main.command()
@click.option("--port", default=8080, show_default=True)
@click.option("--seed", default=0, show_default=True, help="Seed of the synthetic content.")
def mirror(port: int, seed: int) -> None:
    """Serve the simulated Bawaslu sites on 127.0.0.1 (virtual hosts by Host header)."""
    from mirror.server import run_mirror

    run_mirror(port=port, seed=seed)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--port", default=8001, show_default=True, help="Datasette port.")
@click.option("--serve/--no-serve", default=True, help="Serve the archive once built.")
def demo(db: str, port: int, serve: bool) -> None:
    """Crawl the bundled mirror into the archive, then serve it."""
    from mirror.server import MirrorServer

    with MirrorServer(port=0) as server:
        command = [sys.executable, "-m", "archive.cli", "crawl", "--db", db]
        command += ["--mirror", server.url, "--delay", "0.05"]
        for host in server.sites:
            command += ["--site", host]
        subprocess.run(command, check=True)
    if serve:
        click.echo(f"Serving {db} on http://127.0.0.1:{port}/")
        os.execv(sys.executable, datasette_command(db, "127.0.0.1", port))


if __name__ == "__main__":
    main()
