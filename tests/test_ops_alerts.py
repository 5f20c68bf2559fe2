"""The cron wrapper and the alert script of deploy/, run as cron and systemd would run them,
around real crawls (a site that is down, the mirror)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import free_port

from mirror.server import MirrorServer

pytestmark = pytest.mark.slow  # a real server, crawl, browser or process

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
DOWN_SITE = "lampung.bawaslu.go.id"
FAST_RETRIES = ["--set", "RETRY_BACKOFF_BASE=0.05", "--set", "RETRY_BACKOFF_MAX=0.2"]
EARLIER_RUN = "problem: blora.bawaslu.go.id: unreachable (an earlier night)\n"


def wrapper_env(tmp_path: Path) -> dict[str, str]:
    launcher = tmp_path / "bawaslu-archive"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m archive.cli "$@"\n')
    launcher.chmod(0o755)
    return {
        **os.environ,
        "BAWASLU_ARCHIVE": str(launcher),
        "BAWASLU_CRAWL_LOG": str(tmp_path / "crawl.log"),
        "BAWASLU_CRAWL_LOCK": str(tmp_path / "crawl.lock"),
    }


def cron(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    command = [str(DEPLOY / "bawaslu-archive-cron"), *args, "--no-progress", "--delay", "0"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def test_cron_wrapper_tells_a_busy_lock_from_a_failure_and_sends_only_this_run(tmp_path):
    env = wrapper_env(tmp_path)
    log = Path(env["BAWASLU_CRAWL_LOG"])
    log.write_text(EARLIER_RUN)
    db = ["--db", str(tmp_path / "bawaslu.db")]
    down = [*db, "--mirror", f"http://127.0.0.1:{free_port()}", "--site", DOWN_SITE]

    with open(env["BAWASLU_CRAWL_LOCK"], "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # last night's crawl, still running
        busy = cron(env, *down, *FAST_RETRIES)
    assert busy.returncode == 75
    assert busy.stdout.count("\n") == 1 and "still running" in busy.stdout
    assert log.read_text() == EARLIER_RUN  # tonight's crawl did not start

    failed = cron(env, *down, *FAST_RETRIES)
    assert failed.returncode == 1
    lines = failed.stdout.splitlines()
    assert "exit status 1" in lines[0]
    assert [line for line in lines if line.startswith("problem:")] == [
        line for line in log.read_text().splitlines() if line.startswith(f"problem: {DOWN_SITE}")
    ]
    assert len(lines) == 3 and " summary: 1 sites, " in lines[1]
    assert EARLIER_RUN.strip() not in failed.stdout

    with MirrorServer(port=0) as server:
        fine = cron(env, *db, "--mirror", server.url, "--site", sorted(server.sites)[0])
    assert (fine.returncode, fine.stdout) == (0, "")
    assert " summary: 1 sites, " in log.read_text().splitlines()[-1]


def test_alert_sends_the_problem_and_summary_lines(tmp_path: Path) -> None:
    config = tmp_path / "etc"
    config.mkdir()
    (config / "alert-to").write_text("ops@example.org\n")
    sent = tmp_path / "sent.eml"
    sendmail = tmp_path / "sendmail"  # stands for the MTA: keeps what it is given
    sendmail.write_text(f'#!/bin/sh\n[ "$1" = -t ] && cat > "{sent}"\n')
    sendmail.chmod(0o755)
    down = ["--mirror", f"http://127.0.0.1:{free_port()}", "--site", DOWN_SITE]
    command = [sys.executable, "-m", "archive.cli", "crawl", "--db", str(tmp_path / "b.db")]
    for log_format in ("text", "json"):
        crawl = subprocess.run(
            [*command, *down, *FAST_RETRIES, "--delay", "0", "--log-format", log_format],
            capture_output=True,
            text=True,
            timeout=300,
        )
        env = {**os.environ, "SENDMAIL": str(sendmail), "BAWASLU_ALERT_CONFIG": str(config)}
        subprocess.run(
            [DEPLOY / "bawaslu-archive-alert", "crawl failed on test"],
            input=crawl.stderr,
            text=True,
            env=env,
            check=True,
        )
        head, _, body = sent.read_text().partition("\n\n")
        assert head == "To: ops@example.org\nSubject: crawl failed on test"
        lines = body.splitlines()
        assert len(lines) == 2 and "summary: 1 sites" in lines[0]
        assert f"problem: {DOWN_SITE}: unreachable" in lines[1]
