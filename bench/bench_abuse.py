"""Abusive queries against the served archive: /search must keep answering, memory bounded.

Four clients each send one abusive query over and over (a 300 MB `replace(zeroblob())`, a
raw FTS5 `NEAR` of 600 prefix terms, an endless recursive CTE, a `group_concat` of every
pair of articles) to `bawaslu-archive serve` on a crawl of the mirror, while a journalist's
searches are timed. Targets: /search p95 under 1 s; the server's peak RSS under 500 MB.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.cli import datasette_command  # noqa: E402
from tests.conftest import free_port  # noqa: E402

P95_TARGET_S = 1.0
RSS_TARGET_MB = 500
SEARCHES = 200  # about 10 s: each abusive query runs to its 3 s limit several times
NEAR_QUERY = "NEAR(" + " ".join(["d*"] * 600) + ", 100000000)"
ABUSIVE_SQL = [
    {"sql": "select replace(hex(zeroblob(1e8)), '00', 'abc')"},
    {"sql": "select count(*) from articles_fts where articles_fts match :q", "q": NEAR_QUERY},
    {"sql": "with recursive c(x) as (select 1 union all select x + 1 from c) select max(x) from c"},
    {"sql": "select length(group_concat(a.body || b.body)) from articles a, articles b"},
]
SEARCH_WORDS = ["pengawasan", "kampanye", "pemilu", "bawaslu", "sosialisasi", "pelanggaran"]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bawaslu.db"
        demo = [sys.executable, "-m", "archive.cli", "demo", "--no-serve", "--db", str(db)]
        subprocess.run(demo, cwd=ROOT, check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen(
            datasette_command(str(db), "127.0.0.1", port),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_serving(base)
            latencies, abusive_answers = _searches_under_abuse(base, db.stem)
            peak_rss_mb = _peak_rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(f"abuse: {len(ABUSIVE_SQL)} abusive clients, {abusive_answers} abusive answers")
    print(f"abuse: /search p95 {p95:.3f} s (target < {P95_TARGET_S} s)")
    print(f"abuse: server peak RSS {peak_rss_mb:.0f} MB (target < {RSS_TARGET_MB} MB)")
    return 0 if p95 < P95_TARGET_S and peak_rss_mb < RSS_TARGET_MB else 1


def _searches_under_abuse(base: str, database: str) -> tuple[list[float], int]:
    """Time SEARCHES searches while every abusive client keeps its query running."""
    stop = threading.Event()
    answers = [0]

    def abuse(params: dict[str, str]) -> None:
        url = f"{base}/{database}.json?{urlencode(params)}"
        while not stop.is_set():
            _get(url)
            answers[0] += 1

    clients = [threading.Thread(target=abuse, args=(sql,)) for sql in ABUSIVE_SQL]
    for client in clients:
        client.start()
    time.sleep(1.0)  # every abusive query under way
    latencies = []
    for number in range(SEARCHES):
        word = SEARCH_WORDS[number % len(SEARCH_WORDS)]
        started = time.perf_counter()
        status = _get(f"{base}/search?{urlencode({'q': word})}")
        latencies.append(time.perf_counter() - started)
        if status != 200:
            raise SystemExit(f"/search answered {status} under abuse")
    stop.set()
    for client in clients:
        client.join()
    return latencies, answers[0]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        error.read()
        return error.code


def _wait_until_serving(base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get(f"{base}/-/versions.json") == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def _peak_rss_mb(pid: int) -> float:
    """The process's high-water resident set size (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no VmHWM in /proc")


if __name__ == "__main__":
    sys.exit(main())
