"""Scrapy settings: politeness, pipelines and the transport, as data.

Everything a run may change (database path, mirror URL, delay) is a setting, set by the
`bawaslu-archive crawl` command or by `scrapy crawl berita -s NAME=VALUE`.
"""

BOT_NAME = "bawaslu-archive"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

PROJECT_URL = "https://github.com/bawaslu-archive/bawaslu-archive"
USER_AGENT = f"bawaslu-archive/0.1 (+{PROJECT_URL}; news archive for research)"

# Politeness: small government servers. One request at a time per host, a delay between
# requests, AutoThrottle to back off when a server slows down, robots.txt obeyed.
ROBOTSTXT_OBEY = True
# Broad crawl: all 553 hosts, each one at a time. The frontier (scrapers/politeness.py) hands
# the downloader a host's request only once the host may be asked again, the largest sites
# first, so the cap counts requests in flight rather than ones waiting out a delay: it sizes
# the work the event loop has in hand, not the delay. Measured with bench/bench_crawl.py
# (wall / politeness bound, 553 hosts): 1.03 at the 1.0 s delay; at a 0.2 s stress delay,
# cap 16 1.17, cap 32 1.20, cap 256 1.40 (the loop saturates and every host waits).
CONCURRENT_REQUESTS = 32
SCHEDULER_PRIORITY_QUEUE = "scrapers.politeness.PolitenessFrontier"
FRONTIER_EARLY_HOSTS = 4  # the largest sites wait out their delay in the downloader
FRONTIER_LOOP_LAG_LIMIT = 0.005  # seconds; while the loop is later, only those are served
REACTOR_THREADPOOL_MAXSIZE = 20  # DNS lookups of hundreds of hosts
CONCURRENT_ITEMS = 16  # a page yields at most 11 outputs; each slot costs a task per page
DELAY_AFTER_ANSWER = True  # a host's delay runs from its answer (scrapers/politeness.py)
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0  # the delay is a floor per host, kept exact so it can be checked
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = DOWNLOAD_DELAY
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # a bigger answer is dropped: no news page is that large
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# Before a retry leaves, the host's slot waits Retry-After, or BASE * 2^(attempt-1) seconds.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 120.0
COOKIES_ENABLED = False
# Scrapy re-reads and parses a callback's source on every response to warn about `return
# value` in a generator (its cache misses bound methods): 6% of a broad crawl's CPU. Ruff and
# the tests see our callbacks instead.
WARN_ON_GENERATOR_RETURN_VALUE = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no control port listening on an unattended crawler
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "id,en;q=0.5",
}

# Transport: with MIRROR_URL set, every request travels to the mirror with the real host in
# the Host header; every other component sees the real https://<host>/... URL.
MIRROR_URL = ""
DOWNLOAD_HANDLERS = {
    "http": "scrapers.transport.MirrorableDownloadHandler",
    "https": "scrapers.transport.MirrorableDownloadHandler",
}

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.SharedRobotsTxtMiddleware": 100,
    "scrapers.middlewares.HostAwareRedirectMiddleware": 600,
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
    "scrapers.middlewares.SiteRequestCounter": 940,
    "scrapers.middlewares.WarcCaptureMiddleware": 950,
}
ITEM_PIPELINES = {"scrapers.pipelines.ArchivePipeline": 300}
ARCHIVE_DB = "data/bawaslu.db"

# Nightly runs: a listing is walked until a page of known articles; archived articles are
# asked for again (conditionally) this many days after publication, to catch edits and
# deletions. CRAWL_FULL walks every listing page and revisits every article.
CRAWL_FULL = False
REVISIT_AFTER_DAYS = [1, 3, 7, 14]
CRAWL_TODAY = ""  # ISO date the crawl takes as today (replays, the living mirror); "" = real
# Late changes (archive.runlog.Sweep): every archived article is asked again at least every
# SWEEP_PERIOD_DAYS, in nightly shares of the articles unchecked for SWEEP_REST_DAYS, at most
# SWEEP_BUDGET_PER_SITE requests per site per night (enough for 7,500 articles per site).
SWEEP_PERIOD_DAYS = 30
SWEEP_REST_DAYS = 15
SWEEP_BUDGET_PER_SITE = 500
# An article whose date names no year waits until its site's pages are all in, to take the
# year from the site's listing and dated articles (scrapers/dating.py). A fleet does not wait.
DATES_WAIT_FOR_SITE = True

# Raw captures: one gzipped WARC per run in WARC_DIR ("" = a warc/ folder beside ARCHIVE_DB).
WARC_ENABLED = True
WARC_DIR = ""

# A run fails when a site's share of unreadable article pages passes this (a layout change),
# counted once at least this many pages failed.
EXTRACTION_FAILURE_LIMIT = 0.2
EXTRACTION_FAILURE_MIN_PAGES = 3

# A progress line on stderr instead of log lines; `bawaslu-archive crawl` sets it at a terminal.
PROGRESS_DISPLAY = False
EXTENSIONS = {
    "scrapers.progress.ProgressDisplay": 500,
    "scrapers.politeness.DelayAfterAnswer": 510,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
