"""Spider arguments: `scrapy crawl ID -a db=… -a replica=…`, and the same through scrapyd.

    scrapy crawl cpta -a db=data/notices.db -a today=2030-01-01
    curl http://127.0.0.1:6800/schedule.json -d project=certnotices -d spider=cpta -d db=/srv/certnotices/data/notices.db

`notices crawl` passes these as settings (crawler/run.py). A spider argument becomes the same
setting here, in from_crawler, before Scrapy freezes the settings, so the store pipeline
(NOTICES_DB), the download handler (REPLICA_URL), the incremental logic (NOTICES_TODAY) and the
list-page bound read it as they always do. Only a server on this machine's loopback may stand
in for the real sites as `replica` (checked by the network boundary, crawler/safety.py).
"""

from __future__ import annotations

import scrapy

ARGUMENT_SETTINGS = {"db": "NOTICES_DB", "replica": "REPLICA_URL", "today": "NOTICES_TODAY",
                     "max_pages": "NOTICES_MAX_PAGES"}
# Against our own local replica there is no site to be polite to (also `notices crawl --replica`: crawler/run.py).
REPLICA_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def apply_spider_args(settings, arguments: dict) -> None:
    """Move the arguments named in ARGUMENT_SETTINGS out of `arguments` into `settings`."""
    for argument, name in ARGUMENT_SETTINGS.items():
        value = arguments.pop(argument, None)
        if value not in (None, ""):
            settings.set(name, value, priority="spider")
            if argument == "replica":
                settings.setdict(REPLICA_SETTINGS, priority="spider")


class ArgumentSpider(scrapy.Spider):
    """A spider whose `-a` arguments db, replica, today and max_pages set the crawl's settings."""

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        apply_spider_args(crawler.settings, kwargs)
        return super().from_crawler(crawler, *args, **kwargs)
