"""The `bawaslu-archive` command: crawl, serve, mirror and demo, small commands that compose."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from scrapers.registry import REGISTRY_PATH, Site

if TYPE_CHECKING:
    from scrapy.settings import Settings

DEFAULT_DB = "data/bawaslu.db"
METADATA = Path(__file__).resolve().parent / "metadata.yml"
"""The top-level metadata.yml people edit, as the package ships it (a symlink in the source
tree, a copy in a wheel), so `serve` works from any directory and any install."""
TEMPLATES = Path(__file__).resolve().parent / "web" / "templates"
PLUGINS = Path(__file__).resolve().parent / "web" / "plugins"
MAX_RETURNED_ROWS = 10_000


@click.group()
@click.version_option(package_name="bawaslu-archive")
def main() -> None:
    """Scrape the news of Bawaslu's regional websites into a searchable SQLite archive."""


def _registry_option(command: Callable) -> Callable:
    return click.option(
        "--registry",
        "registry_path",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        default=REGISTRY_PATH,
        show_default=True,
        help="Registry CSV to read (and, for probe and discover --record, to rewrite).",
    )(command)


@main.command()
@click.option("--site", "sites", multiple=True, help="Host to crawl, e.g. lampung.bawaslu.go.id.")
@click.option("--province", help="Province code: its provincial and regency/city sites.")
@click.option("--level", type=click.Choice(["nasional", "provinsi", "kabupaten", "kota"]))
@click.option("--all", "all_sites", is_flag=True, help="Every enabled site of the registry.")
@_registry_option
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive to write.")
@click.option("--mirror", "mirror_url", help="Send every request to this mirror URL instead.")
@click.option("--delay", type=float, help="Seconds between two requests to one host.")
@click.option("--full", is_flag=True, help="Walk every listing page and revisit every article.")
@click.option("--today", help="Date (YYYY-MM-DD) the crawl takes as today: replays, the mirror.")
@click.option("--replay", is_flag=True, help="Allow a --today more than a day from the real date.")
@click.option("--warc-dir", help="Where the run's WARC goes [default: warc/ beside --db].")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Any setting.")
@click.option("--redis", "redis_url", help="Work as one of a fleet sharing this Redis (see load).")
@click.option(
    "--job", default=lambda: datetime.now(UTC).date().isoformat(), help="The fleet's crawl name."
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="A progress line instead of log lines [default: when stderr is a terminal].",
)
@click.option("--log-level", help="[default: WARNING with --progress, else INFO]")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: one JSON object per line, for log shippers.",
)
@click.option("--verbose", is_flag=True, help="Scrapy's own lines and tracebacks too.")
def crawl(
    sites: tuple[str, ...],
    province: str | None,
    level: str | None,
    all_sites: bool,
    registry_path: Path,
    db: str,
    mirror_url: str | None,
    delay: float | None,
    full: bool,
    today: str | None,
    replay: bool,
    warc_dir: str | None,
    overrides: tuple[str, ...],
    redis_url: str | None,
    job: str,
    progress: bool | None,
    log_level: str | None,
    log_format: str,
    verbose: bool,
) -> None:
    """Crawl the selected sites' news into the archive (incremental unless --full).

    Exits 0 when all went well; 1 when a site was unreachable or too many of its pages were
    unreadable, with one line per problem on stderr; 2 when the run was interrupted. Options
    are checked before anything is touched: a mistake exits 1 with one line naming it.
    """
    from scrapers.fetching import delay_settings, project_settings, run_crawler
    from scrapers.opslog import install as install_logging
    from scrapers.spiders.berita import BeritaSpider

    if not (sites or province or level or all_sites):
        raise click.UsageError("choose sites: --site HOST, --province CODE, --level or --all")
    if progress is None:
        progress = sys.stderr.isatty()
    settings = project_settings()
    logging_level = log_level or ("WARNING" if progress else "INFO")
    install_logging(logging_level, log_format, verbose)
    chosen = {
        "ARCHIVE_DB": db,
        "LOG_LEVEL": logging_level,
        "LOG_INSTALL_ROOT_HANDLER": False,
        "PROGRESS_DISPLAY": progress,
        "CRAWL_FULL": full,
        "CRAWL_TODAY": today or "",
        "MIRROR_URL": mirror_url or "",
        "WARC_DIR": warc_dir or "",
    }
    chosen |= delay_settings(delay)
    if redis_url:
        from scrapers.distributed import fleet_settings

        chosen |= fleet_settings(settings, redis_url, job)
    chosen |= dict(_setting(override) for override in overrides)
    _check_crawl_input(settings, chosen, overrides, replay=replay or bool(mirror_url))
    _check_selection(registry_path, sites, province, level, all_sites)
    _open_archive(db)
    settings.setdict(chosen, priority="cmdline")
    crawler = run_crawler(
        BeritaSpider,
        settings,
        sites=",".join(sites),
        province=province,
        level=level,
        all_sites=all_sites,
        registry=str(registry_path),
    )
    if redis_url:  # a worker's items and run log are the loader's; it only tells if it finished
        sys.exit(0 if crawler.stats.get_value("finish_reason") == "finished" else 2)
    stats = crawler.stats
    problems = stats.get_value("run/problems") or ()
    sys.exit(_exit_status(stats.get_value("run/status"), problems, log_format == "json"))


def _check_crawl_input(
    settings: Settings, chosen: dict[str, Any], overrides: tuple[str, ...], *, replay: bool
) -> None:
    """Refuse, in one line, what the crawl could not run with or would regret (a --mirror
    run replays the mirror's own calendar, so its --today is free)."""
    from archive import preflight

    try:
        if chosen["MIRROR_URL"]:
            preflight.check_mirror_url(chosen["MIRROR_URL"])
        if chosen["CRAWL_TODAY"]:
            preflight.check_today(chosen["CRAWL_TODAY"], replay=replay)
        for name, value in map(_setting, overrides):
            preflight.check_setting(name, value, settings.get(name))
        if "DOWNLOAD_DELAY" in chosen:  # from --delay, or a --set checked as a number above
            delay = float(chosen["DOWNLOAD_DELAY"])
            preflight.check_delay(delay, mirror=bool(chosen["MIRROR_URL"]))
        preflight.check_archive_path(Path(chosen["ARCHIVE_DB"]))
    except preflight.InputError as error:
        raise click.ClickException(str(error)) from None


def _open_archive(db: str) -> None:
    """Create or update the archive's schema before the crawl, so that a full disk or a
    locked file is told in one line rather than from inside the crawler."""
    import sqlite3

    from archive.disk import disk_full_problem, is_disk_full
    from archive.store import Archive

    try:
        with Archive(db):
            pass
    except sqlite3.Error as error:
        problem = disk_full_problem(db) if is_disk_full(error) else f"--db {db}: {error}"
        raise click.ClickException(problem) from None


def _check_selection(
    registry_path: Path,
    hosts: tuple[str, ...],
    province: str | None,
    level: str | None,
    all_sites: bool,
) -> None:
    """A selection that names an unknown host or matches no site to crawl is a mistake."""
    from scrapers.registry import RegistryError, load_sites, select_sites

    try:
        selection = select_sites(
            load_sites(registry_path),
            hosts=[host.strip().lower() for host in hosts if host.strip()],
            province=province,
            level=level,
            all_sites=all_sites,
        )
    except RegistryError as error:
        raise click.ClickException(str(error)) from None
    if not selection.sites:
        asked = {"--province": province, "--level": level, "--all": "" if all_sites else None}
        named = " ".join(
            f"{option} {value}".strip() for option, value in asked.items() if value is not None
        )
        skipped = f" ({len(selection.skipped)} passed over: disabled or unreachable)"
        raise click.ClickException(
            f"no site to crawl matches {named}" + (skipped if selection.skipped else "")
        )


def _setting(override: str) -> tuple[str, str]:
    name, equals, value = override.partition("=")
    if not equals or not name.strip():
        raise click.BadParameter(f"expected NAME=VALUE, got {override!r}", param_hint="--set")
    return name.strip(), value


def _exit_status(status: str | None, problems: Iterable[str], as_json: bool = False) -> int:
    """A run's exit status: 0 ok; 1 problems (one stderr line each, a JSON object each
    `as_json`); 2 interrupted or never started."""
    problems = list(problems)
    if status not in ("ok", "problems"):
        problems.append(f"the crawl did not finish (status {status or 'not started'})")
    for problem in problems:
        line = f"problem: {problem}"
        click.echo(
            json.dumps({"level": "ERROR", "event": "problem", "message": line})
            if as_json
            else line,
            err=True,
        )
    return {"ok": 0, "problems": 1}.get(status or "", 2)


@main.command()
@click.option("--redis", "redis_url", required=True, help="The Redis the crawl workers share.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite archive to write.")
@click.option("--follow", is_flag=True, help="Keep waiting for items when no worker is alive.")
@_registry_option
def load(redis_url: str, db: str, follow: bool, registry_path: Path) -> None:
    """Write the items of `crawl --redis` workers into the archive: the fleet's one writer.

    Each fleet run is logged like a crawl and exits like one: 0 ok; 1 when a site was
    unreachable or too many of its pages were unreadable, one line per problem on stderr; 2
    when interrupted. With --follow, each run's problems are printed as it finishes, and a
    stop exits 2 only if it cut a run short.
    """
    from archive.fleet import load_items
    from scrapers.fetching import project_settings
    from scrapers.pipelines import failure_limits
    from scrapers.registry import load_sites

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stopped: finish the run first
    codes: list[int] = []
    result = load_items(
        redis_url,
        db,
        limits=failure_limits(project_settings()),
        registry=load_sites(registry_path),
        follow=follow,
        report=lambda line: click.echo(line, err=True),
        finished=lambda run: codes.append(_exit_status(run.status, run.problems)),
    )
    counts = result.counts
    click.echo(", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "nothing")
    sys.exit(codes[-1] if codes and (not follow or codes[-1] == 2) else 0)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Publish the archive with Datasette (read-only), following what crawls write to it.

    The live file is served through read-only SQLite connections: in WAL mode each page reads
    the last committed state, so new articles and revisions show on the next page load while a
    crawl writes, with no restart (README, "Serving while crawling")."""
    if not Path(db).exists():
        raise click.ClickException(f"no archive at {db}: run a crawl first")
    os.execv(sys.executable, datasette_command(db, host, port))


def datasette_command(db: str, host: str, port: int) -> list[str]:
    """The Datasette command line that serves the archive with the project's metadata."""
    command = [sys.executable, "-m", "datasette", "serve", db]
    command += ["--metadata", str(METADATA), "--host", host, "--port", str(port)]
    if any(TEMPLATES.glob("*.html")):
        command += ["--template-dir", str(TEMPLATES)]
    if any(PLUGINS.glob("*.py")):
        command += ["--plugins-dir", str(PLUGINS)]
    command += ["--setting", "sql_time_limit_ms", "3000", "--setting", "num_sql_threads", "4"]
    # Researchers' queries return up to 10,000 rows (a month-by-province table has ~4,000);
    # /export/<query>.csv streams past that. Facets get time to finish on 200,000 articles,
    # and the per-column facet suggestions, ~20 timed-out queries a page, are off.
    command += ["--setting", "max_returned_rows", str(MAX_RETURNED_ROWS)]
    command += ["--setting", "facet_time_limit_ms", "1000", "--setting", "suggest_facets", "off"]
    return command


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
def snapshot(db: str) -> None:
    """Write a consistent, dated copy of the archive with its SHA-256, for download."""
    from archive.snapshot import make_snapshot

    if not Path(db).exists():
        raise click.ClickException(f"no archive at {db}: run a crawl first")
    made = make_snapshot(db, datetime.now(UTC).date())
    click.echo(f"{made.path} {made.size} bytes sha256 {made.sha256}")


@main.command()
@click.option("--port", default=8080, show_default=True)
@click.option("--seed", default=0, show_default=True, help="Seed of the synthetic content.")
@click.option(
    "--state",
    "state_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Play the living mirror kept in this directory (created at day 0 if new).",
)
@click.option(
    "--base-date",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Day 0 of a new living mirror (default: today in Jakarta).",
)
def mirror(port: int, seed: int, state_dir: Path | None, base_date: datetime | None) -> None:
    """Serve the simulated Bawaslu sites on 127.0.0.1 (virtual hosts by Host header)."""
    from mirror.content import jakarta_today
    from mirror.living import start_state
    from mirror.server import run_mirror

    if state_dir is not None:
        state = start_state(state_dir, seed, base_date.date() if base_date else jakarta_today())
        click.echo(f"Living mirror in {state_dir}: day {state.day} ({state.today})", err=True)
    run_mirror(port=port, seed=seed, state_dir=state_dir)


@main.command("mirror-advance")
@click.option(
    "--state",
    "state_dir",
    required=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="The living mirror's state directory.",
)
@click.option("--days", default=1, show_default=True, type=click.IntRange(min=1))
def mirror_advance(state_dir: Path, days: int) -> None:
    """Move the living mirror forward: new, edited and deleted articles, the day's faults."""
    from mirror.living import advance

    world = advance(state_dir, days)
    for number in range(world.state.day - days + 1, world.state.day + 1):
        changes = world.day(number).values()
        counts = {
            "new": sum(len(c.new) for c in changes),
            "edited": sum(len(c.edited) for c in changes),
            "deleted": sum(len(c.deleted) for c in changes),
            "restored": sum(len(c.restored) for c in changes),
            "faults": sum(len(c.faults) for c in changes),
        }
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        click.echo(f"day {number} ({world.state.base_date + timedelta(days=number)}): {summary}")


@main.command()
@click.option(
    "--warc-dir",
    default="data/warc",
    show_default=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="The crawls' WARC files.",
)
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A new archive file to build (compare it, then swap it in).",
)
def reextract(warc_dir: Path, db: Path) -> None:
    """Rebuild the archive from the WARC captures, with no network: articles, versions,
    the run log and the crawl's memory, one run per WARC file.

    The archive is built beside --db and renamed to it only once complete, so a replay cut
    short leaves no --db behind and can simply be run again."""
    from archive.reextract import replay, warc_files_in
    from scrapers.fetching import project_settings
    from scrapers.pipelines import failure_limits

    if db.exists():
        raise click.ClickException(f"{db} exists: reextract builds a new archive file")
    files = warc_files_in(warc_dir)
    if not files:
        raise click.ClickException(f"no *.warc.gz in {warc_dir}")
    partial = db.with_name(db.name + ".partial")
    for leftover in (partial, *(Path(f"{partial}{suffix}") for suffix in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)  # an earlier replay cut short: start it again
    counts = replay(files, partial, failure_limits(project_settings()))
    partial.replace(db)
    summary = ", ".join(f"{count} {outcome}" for outcome, count in sorted(counts.items()))
    click.echo(f"{db}: replayed {len(files)} WARC files: {summary}")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive file.")
def migrate(db: str) -> None:
    """Bring an archive file up to this version's schema (a crawl does it on its first write)."""
    from archive.schema import SchemaError, schema_version
    from archive.store import Archive

    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist")
    try:
        with Archive(db) as archive:
            click.echo(f"{db}: schema {schema_version(archive.db)}")
    except SchemaError as error:
        raise click.ClickException(f"{db}: {error}") from None


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--port", default=8001, show_default=True, help="Datasette port.")
@click.option("--serve/--no-serve", default=True, help="Serve the archive once built.")
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The mirror's day [default: that of the first demo crawl into --db, else today].",
)
def demo(db: str, port: int, serve: bool, today: datetime | None) -> None:
    """Crawl the bundled mirror into the archive, then serve it.

    The mirror's pages are dated from its day, so a demo archive keeps the day it was first
    built: built again later, it finds the same pages rather than a day's shift of false edits.
    """
    from mirror.server import MirrorServer

    day = today.date() if today else _demo_day(db)
    with MirrorServer(port=0, today=day) as server:
        command = [sys.executable, "-m", "archive.cli", "crawl", "--db", db]
        command += ["--mirror", server.url, "--delay", "0.05", "--today", day.isoformat()]
        for host in server.sites:
            command += ["--site", host]
        subprocess.run(command, check=True)
    if serve:
        click.echo(f"Serving {db} on http://127.0.0.1:{port}/")
        os.execv(sys.executable, datasette_command(db, "127.0.0.1", port))


def _demo_day(db: str) -> date:
    from archive.memory import read_crawl_log
    from mirror.content import jakarta_today

    with read_crawl_log(db) as runlog:
        day = runlog.first_crawl_today() if runlog else None
    return day or jakarta_today()


# --- sites: the registry of sites (probe, discover, list, stats) ---------------------------


def _checked_mirror(_: click.Context, __: click.Parameter, url: str | None) -> str | None:
    """A mirror URL the fetches can use: without a scheme, they would reach the live sites."""
    from archive.preflight import InputError, check_mirror_url

    if url is not None:
        try:
            check_mirror_url(url)
        except InputError as error:
            raise click.BadParameter(str(error)) from None
    return url


def _checked_delay(_: click.Context, __: click.Parameter, delay: float | None) -> float | None:
    """A delay that is a number of seconds, 0 or more (a one-off fetch asks little of a site)."""
    from archive.preflight import InputError, check_delay

    if delay is not None:
        try:
            check_delay(delay, mirror=True)
        except InputError as error:
            raise click.BadParameter(str(error)) from None
    return delay


def _fetch_options(command: Callable) -> Callable:
    """What the one-off fetches of probe and discover take, like crawl."""
    for option in (
        click.option("--log-level", default="WARNING", show_default=True),
        click.option("--timeout", default=20.0, show_default=True, help="Seconds per request."),
        click.option(
            "--delay",
            type=float,
            callback=_checked_delay,
            help="Seconds between two requests to one host.",
        ),
        click.option(
            "--mirror",
            "mirror_url",
            callback=_checked_mirror,
            help="Send every request to this mirror URL.",
        ),
    ):
        command = option(command)
    return command


@main.group("sites")
def sites_group() -> None:
    """The registry of sites (scrapers/sites.csv): probe hosts, discover new ones, count."""


@sites_group.command("probe")
@click.option("--site", "hosts", multiple=True, help="Host to probe [default: every site].")
@click.option("--province", help="Province code: its provincial and regency/city sites.")
@_registry_option
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Archive whose sites to update.")
@_fetch_options
def sites_probe(
    hosts: tuple[str, ...],
    province: str | None,
    registry_path: Path,
    db: str,
    mirror_url: str | None,
    delay: float | None,
    timeout: float,
    log_level: str,
) -> None:
    """Check hosts (DNS, /, /berita, redirects, platform, feeds, date metadata) and record
    status, platform and time in the registry and the archive; hosts never seen that do not
    answer are tried under the naming alternatives."""
    from scrapers.fetching import run_spider
    from scrapers.probe import ProbeSpider, apply_probes, plan_probes, sites_to_probe
    from scrapers.registry import RegistryError, load_sites

    registry = load_sites(registry_path)
    try:
        chosen = sites_to_probe(registry, hosts, province)
    except RegistryError as error:
        raise click.UsageError(str(error)) from error
    spider = run_spider(
        ProbeSpider,
        mirror_url=mirror_url,
        delay=delay,
        timeout=timeout,
        log_level=log_level,
        probes=plan_probes(registry, chosen),
    )
    updated = apply_probes(registry, spider.probes, datetime.now(UTC).replace(microsecond=0))
    _save_registry(updated, registry_path, db)
    _echo_probed(registry, updated, {site.region_code for site in chosen})


@sites_group.command("discover")
@click.option("--province", help="Only this province's site [default: every province].")
@_registry_option
@click.option("--record", is_flag=True, help="Write changed hosts to the registry and archive.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Archive whose sites to update.")
@_fetch_options
def sites_discover(
    province: str | None,
    registry_path: Path,
    record: bool,
    db: str,
    mirror_url: str | None,
    delay: float | None,
    timeout: float,
    log_level: str,
) -> None:
    """Harvest the regency links of provincial home pages and report hosts that are new or
    differ from the registry's host for their region."""
    from scrapers import discovery
    from scrapers.fetching import FetchSpider, run_spider
    from scrapers.registry import load_sites, renamed_hosts

    registry = load_sites(registry_path)
    pages = discovery.provincial_pages(registry, province)
    spider = run_spider(
        FetchSpider,
        mirror_url=mirror_url,
        delay=delay,
        timeout=timeout,
        log_level=log_level,
        urls=pages,
    )
    for fetch in spider.fetches:
        if fetch.status != 200:
            click.echo(f"unread   {fetch.url}: {fetch.error or f'HTTP {fetch.status}'}")
    found = discovery.discover(registry, spider.fetches)
    for item in found:
        if item.kind != "known":
            click.echo(discovery.describe(item))
    counts = Counter(item.kind for item in found)
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in ("known", "changed", "new"))
    click.echo(f"{len(found)} links on {len(pages)} provincial pages: {summary}")
    if record:
        updated = discovery.record(registry, found)
        _save_registry(updated, registry_path, db)
        click.echo(f"recorded {len(renamed_hosts(registry, updated))} hosts in {registry_path}")


@sites_group.command("list")
@click.option("--province", help="Province code: its provincial and regency/city sites.")
@click.option("--status", help="Only sites with this host status.")
@_registry_option
def sites_list(province: str | None, status: str | None, registry_path: Path) -> None:
    """One line per site: code, host, status, platform, zone, and whether it is disabled."""
    from scrapers.registry import load_sites

    for site in load_sites(registry_path):
        if province in (None, site.region_code, site.province_code) and status in (
            None,
            site.host_status,
        ):
            click.echo(
                f"{site.region_code:6} {site.host:40} {site.host_status:11} {site.platform:9} "
                f"{site.timezone:14} {'' if site.enabled else 'disabled'}".rstrip()
            )


@sites_group.command("stats")
@_registry_option
def sites_stats(registry_path: Path) -> None:
    """Counts of sites per host status, platform, zone and level."""
    from scrapers.registry import load_sites

    registry = load_sites(registry_path)
    click.echo(f"{len(registry)} sites")
    for column in ("host_status", "platform", "timezone", "level"):
        counts = Counter(getattr(site, column) for site in registry)
        click.echo(f"{column}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))


def _save_registry(after: list[Site], registry_path: Path, db: str) -> None:
    """Write the registry, then the archive's sites table (which retires replaced hosts)."""
    from archive.store import Archive
    from scrapers.registry import write_sites

    write_sites(after, registry_path)
    with Archive(db) as archive:
        archive.load_sites(after)


def _echo_probed(before: list[Site], after: list[Site], region_codes: set[str]) -> None:
    """One line per probed site (host, status before and after, platform, findings), then
    the count per status."""
    from scrapers.registry import note

    old = {site.region_code: site for site in before}
    statuses: Counter[str] = Counter()
    for site in after:
        if site.region_code in region_codes:
            previous = old[site.region_code]
            statuses[site.host_status] += 1
            click.echo(
                f"{previous.host:40} {previous.host_status:>11} -> {site.host_status:11} "
                f"{site.platform:9} {note(site.notes, 'probe')}"
            )
    summary = ", ".join(f"{status} {count}" for status, count in statuses.most_common())
    click.echo(f"{sum(statuses.values())} sites probed: {summary}")


if __name__ == "__main__":
    main()
