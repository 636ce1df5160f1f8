"""Scrapy settings: polite development defaults.

Production overrides come from the environment (``SCRAPY_*`` variables are not read by Scrapy,
so ``notices crawl`` passes ``--db`` / ``--replica`` as settings) or a small settings module named
by ``SCRAPY_SETTINGS_MODULE``; never by editing this file.
"""

BOT_NAME = "certnotices"
SPIDER_MODULES: list[str] = []
# Spiders are built from crawler/registry.yaml: `scrapy list` prints the source ids.
SPIDER_LOADER_CLASS = "crawler.spiderloader.RegistrySpiderLoader"

# An honest user agent with a contact page, never a spoofed browser.
USER_AGENT = "certnotices/0.1 (+https://github.com/certnotices/certnotices; certificate-notice aggregator)"
ROBOTSTXT_OBEY = True

# Government sites gate by request frequency (cpta): one request at a time per site, with
# AutoThrottle stretching the delay when the site slows down.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50%, so requests do not arrive on a beat
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
# 412 is the 瑞数 WAF challenge: retrying cannot pass it, so it is not retried but reported.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
HTTPERROR_ALLOWED_CODES: list[int] = []
CLOSESPIDER_ERRORCOUNT = 50

# The network boundary (crawler/safety.py) sees every request and every redirect hop first.
DOWNLOADER_MIDDLEWARES = {
    "crawler.safety.NetworkBoundaryMiddleware": 50,
    # Dropped requests at scheduling time, silently; the boundary above checks domains instead.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    # Retry-After honoured on 429/503 (crawler/retry.py) in place of Scrapy's plain retry.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry.RetryAfterMiddleware": 550,
    # robots.txt kept between crawls for NOTICES_ROBOTSTXT_CACHE_HOURS (crawler/robots.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.CachedRobotsTxtMiddleware": 100,
}
# A redirect loop ends in a reject instead of being dropped as a duplicate (crawler/safety.py).
DUPEFILTER_CLASS = "crawler.safety.RedirectAwareDupeFilter"
REDIRECT_MAX_TIMES = 5
# Replica mode only: names the stub resolver answers (host -> address); others count as public.
NOTICES_HOST_ADDRESSES: dict[str, str] = {}
# Bounded sizes: a page over the warning size is logged, one over the maximum is a reject.
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
# No telnet console: it opened a listener per crawler and logged its password.
TELNETCONSOLE_ENABLED = False

# Per-source progress on a terminal (crawler/progress.py, in EXTENSIONS below): `notices crawl`
# turns it on when stderr is a TTY and --quiet is not given; off under cron, pipes, scrapyd and
# `scrapy crawl`.
NOTICES_PROGRESS = False

# Scrapy's own HTTP cache makes re-runs during development cheap; off by default in production.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"

DOWNLOAD_HANDLERS = {
    "http": "crawler.replica.ReplicaDownloadHandler",
    "https": "crawler.replica.ReplicaDownloadHandler",
}
# Base URL of a replica server (`notices replica serve`); empty means the real sites.
REPLICA_URL = ""

ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.StorePipeline": 900,
}
NOTICES_DB = "data/notices.db"

# Spidermon checks every source's crawl as it closes (crawler/monitors.py): finish reason, errors,
# unwanted HTTP codes, list rows, pager, field coverage, days without a new notice. Its findings
# decide the run's status, the exit code and the alerts; it logs nothing while all pass.
SPIDERMON_ENABLED = True
EXTENSIONS = {"crawler.monitors.QuietSpidermon": 500, "crawler.progress.CrawlProgress": 510}
SPIDERMON_SPIDER_CLOSE_MONITORS = ["crawler.monitors.NoticesMonitorSuite"]
# True when the caller (notices crawl) runs the closing step (db/finish.py) once after all spiders;
# each spider runs it otherwise.
NOTICES_GROUP_AFTER_RUN = False

# Sources crawled at once by `notices crawl` (crawler/run.py; 0: all at once). Each source is a
# Scrapy crawler of its own (engine, scheduler, Spidermon): with 1,000 sources all at once a crawl
# held 900 MB; a bounded pool keeps memory flat (bench/crawl_scale.py). 16 was faster than 64 too
# (36.8 s against 53 s for 100 sources of 50 pages): the pipelines, not the network, are the limit.
# Measured again with the writer process (1,000 sources of 20 pages): 8 / 16 / 32 at once took
# 79.5 / 75.4 / 77.4 s, more crawlers costing more CPU (connections, engines) than they hide waits.
NOTICES_PARALLEL_SOURCES = 16
# Scrapy parses each callback's source (inspect.getsource + ast) once per spider class to warn
# about `return value` in generators; with one class per source that was 17 ms a source. Our
# callbacks are one tested spider (crawler/spiders/source.py).
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scrapy 2.13+ starts CONCURRENT_ITEMS (default 100) asyncio tasks for every response's output;
# our pipelines are synchronous, so those tasks bought nothing but memory and scheduling: 12,800
# live tasks were the largest Python allocation of a 2,000-page crawl (bench/crawl_scale.py).
CONCURRENT_ITEMS = 4
# Responses a crawler keeps while their items wait for the writer (pipelines/writer.py), each with
# its parsed tree: Scrapy's default of 5 MB per crawler let 16 crawlers hold 338 MB when the
# writer fell behind; 0.5 MB stops that crawler's downloads sooner and costs no speed when the
# writer keeps up (bench/crawl_scale.py).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 500_000

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
NOTICES_RETRY_AFTER_MAX = 60.0  # seconds; a longer Retry-After fails the request instead

# Incremental crawls (crawler/incremental.py): a stored notice's page is fetched again when its
# list row changed or it was published within NOTICES_YOUNG_DAYS of NOTICES_TODAY (YYYY-MM-DD;
# empty: China's date now); NOTICES_BACKFILL walks every page and fetches every row.
NOTICES_TODAY = ""
NOTICES_YOUNG_DAYS = 14
NOTICES_BACKFILL = False
# robots.txt answers are kept in the database this many hours (0: fetched every crawl); their
# age is read on the crawl's clock: NOTICES_NOW (ISO 8601), else NOTICES_TODAY 00:00, else now.
NOTICES_ROBOTSTXT_CACHE_HOURS = 24.0
NOTICES_NOW = ""
