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
    "pipelines.scrapy_pipelines.NormalizePipeline": 300,
    "pipelines.scrapy_pipelines.StorePipeline": 900,
}
NOTICES_DB = "data/notices.db"
# True when the caller (notices crawl) groups copies once after all spiders; each spider does otherwise.
NOTICES_GROUP_AFTER_RUN = False

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
