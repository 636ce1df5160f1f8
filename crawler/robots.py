"""robots.txt kept between crawls: an unchanged re-crawl asks no host for it again within a day.

Scrapy's RobotsTxtMiddleware fetches robots.txt once per host per crawl and forgets it at the
end, so every scheduled re-crawl of 39 hosts cost 39 requests (half of an unchanged re-crawl).
This subclass keeps each answer in the crawl's database (table `robots_txt`) and, within
NOTICES_ROBOTSTXT_CACHE_HOURS (24 by default, RFC 9309's "SHOULD NOT use a cached version for
more than 24 hours"; 0 turns the cache off), parses the kept body instead of fetching it: the
same bytes through the same parser (ROBOTSTXT_PARSER), so the same rules.

What is kept is what Scrapy itself parses and that RFC 9309 lets a crawler keep: a 2xx answer
(a real robots.txt, or the HTML page some sites answer with, which parses to "allow all" as
before) and a 4xx one other than 429 ("no robots.txt": allow all). A 5xx, a 429 and a network
failure are temporary: never kept, so the next crawl asks again, exactly as it did before.

The clock is an argument: NOTICES_NOW (ISO 8601), else NOTICES_TODAY at 00:00 China time, else
the time now; a test expires the cache by crawling "later".

A subclass rather than HTTPCACHE_POLICY with a robots-only policy: the pinned Scrapy's cache
storages read the wall clock (time()) for expiry, and a cache hit still passes the downloader
stats (request_count), so a kept robots.txt would look like a request; the database is also
where the rest of a crawl's state lives (validators, runs), next to the data it governs.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime, time, timedelta

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from db.crawl_state import cached_robot, save_robots
from db.store import CHINA
from pipelines import writer

logger = logging.getLogger(__name__)

CACHE_HOURS = 24.0


def crawl_now(now: str | None = None, today: str | None = None) -> datetime:
    """The crawl's clock: `now` (ISO 8601; China time when it names no zone), else 00:00 of
    `today` (YYYY-MM-DD) in China, else the time now."""
    if now:
        moment = datetime.fromisoformat(now)
        return moment if moment.tzinfo else moment.replace(tzinfo=CHINA)
    if today:
        return datetime.combine(date.fromisoformat(today), time(), CHINA)
    return datetime.now(CHINA)


def keeps(status: int) -> bool:
    """Whether a robots.txt answer may be kept (2xx, or 4xx but 429); 5xx and 429 are temporary."""
    return 200 <= status < 300 or (400 <= status < 500 and status != 429)


class CachedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, reading answers kept from earlier crawls while fresh."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.max_age = timedelta(hours=settings.getfloat("NOTICES_ROBOTSTXT_CACHE_HOURS", CACHE_HOURS))
        self.db_path = settings.get("NOTICES_DB")
        self.replica = bool(settings.get("REPLICA_URL"))
        self._clock = (settings.get("NOTICES_NOW") or None, settings.get("NOTICES_TODAY") or None)

    def now(self) -> datetime:
        return crawl_now(*self._clock)

    def kept_body(self, url: str) -> bytes | None:
        """The kept robots.txt body for `url` while fresh, else None."""
        if not self.db_path or self.max_age <= timedelta(0):
            return None
        # Asked once per host (robot_parser keeps the parser): this host's row alone.
        kept = cached_robot(self.db_path, url, self.replica)
        if kept is None:
            return None
        fetched, _, body = kept
        # A kept answer from "the future" (a clock set back) is stale too.
        age = self.now() - datetime.fromisoformat(fetched)
        return body if timedelta(0) <= age < self.max_age else None

    async def robot_parser(self, request):
        parts = urlparse_cached(request)
        if parts.netloc not in self._parsers:
            body = self.kept_body(f"{parts.scheme}://{parts.netloc}/robots.txt")
            if body is not None:
                # Set before any await: the host's other requests must not fetch it meanwhile.
                parser = self._parsers[parts.netloc] = build_from_crawler(self._parserimpl, self.crawler, body)
                self._stats.inc_value("robotstxt/cached")
                await self.crawler.signals.send_catch_log_async(
                    signal=signals.robots_parsed, robotparser=parser, request=request)
        return await super().robot_parser(request)

    async def _parse_robots(self, response, netloc: str, request) -> None:
        await super()._parse_robots(response, netloc, request)
        if not self.db_path or self.max_age <= timedelta(0) or not keeps(response.status):
            return
        url = f"{urlparse_cached(request).scheme}://{netloc}/robots.txt"
        row = {"url": url, "fetched": self.now().isoformat(timespec="seconds"), "status": response.status,
               "body": response.body, "replica": int(self.replica)}
        # Through the crawl's writer when one serves this database (a write from here waited on
        # the writer's open batch, stalling every download: pipelines/writer.py StateWrite).
        running = writer.running(self.db_path)
        try:
            if running is not None:
                await running.state("store_robots", row)
            else:
                save_robots(self.db_path, row)
        except (sqlite3.Error, writer.StateWriteFailed) as error:  # the crawl goes on; the next one asks again
            logger.warning("robots.txt of %s not kept: %s", netloc, str(error).strip().splitlines()[-1])
