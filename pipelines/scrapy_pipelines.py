"""The thin Scrapy adapter around the normalizer and the store.

Every item ends up somewhere: a notice row, a page archived as "not a certificate notice", or a
reject row with its reason. The normalizing and storing run in the crawl's writer process
(pipelines/writer.py); here their outcome is counted in the spider's stats. The source's row and
its run row are written by the writer too, ahead of waiting items (pipelines/writer.py StateWrite).
"""

from __future__ import annotations

import asyncio
import logging
import uuid

from scrapy import signals

from db import store
from db.finish import finish_run
from pipelines import writer
from pipelines.health import FIELD_COVERAGE, MAX_ERRORS, error_count, set_once, source_status
from pipelines.items import NoticeItem, RejectItem
from pipelines.notice import open_store

OUTCOME_STATS = {"notice": "notices/stored", "not_certificate": "notices/not_certificate",
                 "kept": "notices/kept_previous", "reject": "notices/rejects"}
# How each stored notice's window came out: read; not read, its dated sentences quoted instead (pipelines/window_lines.py);
# or neither (no sentence dates a certificate step). On real sites, with no labels, the operator's only measure of how
# well the window rules read them.
WINDOW_STATS = ("notices/window/read", "notices/window/quoted", "notices/window/none")


def window_stat(present: tuple[str, ...]) -> str:
    """The WINDOW_STATS key for a stored notice with the normalized fields `present` (those with a value)."""
    if "window_start" in present or "window_end" in present:
        return WINDOW_STATS[0]
    return WINDOW_STATS[1] if "date_lines" in present else WINDOW_STATS[2]

logger = logging.getLogger(__name__)


class StoreFailed(RuntimeError):
    """Storing one item failed in the writer; Scrapy logs it as an error of this item."""


class StorePipeline:
    """Normalize and store each item through the crawl's writer; one run row per crawl."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("NOTICES_DB")
        self.replica = bool(crawler.settings.get("REPLICA_URL"))
        self.writer = None
        self.started = store.now_china()
        self.run_id = uuid.uuid4().hex[:16]

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # The close reason is only known once the spider has closed, after close_spider().
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def open_spider(self):
        self.writer = writer.acquire(self.db_path)
        # The source row and a run row from the start: a crawl killed mid-way leaves it "running",
        # and the next crawl of this database marks it "killed" (store.mark_killed_runs). Written by
        # the writer, in order before this source's items (a write here waited on its batches).
        await asyncio.gather(
            self.writer.state("sync_sources", [self.crawler.spider.source], self.replica),
            self.writer.state("start_run", {"id": self.run_id, "source_id": self.crawler.spider.name,
                                            "started": self.started, "replica": int(self.replica)}))

    async def process_item(self, item):
        if not isinstance(item, (NoticeItem, RejectItem)):
            return item
        # Each spider crawls one source (crawler/spiders/source.py) and carries its region.
        written = await self.writer.write(item, self.crawler.spider.source.province)
        writer.replay_logs(written)
        if written.error:
            raise StoreFailed(f"storing {item.url} failed in the writer:\n{written.error}")
        stats = self.crawler.stats
        if written.stat:
            stats.inc_value(written.stat)
        outcome = written.outcome
        stats.inc_value(OUTCOME_STATS[outcome])
        if outcome in ("reject", "kept"):
            set_once(stats, "notices/evidence/errors", item.url)  # the first error, for the monitors
        if outcome == "notice":
            stats.inc_value(window_stat(written.present))
            # Field coverage of the stored notices (pipelines/health.py check_field_coverage).
            for name in FIELD_COVERAGE:
                if name in written.present:
                    stats.inc_value(f"notices/fields/{name}")
                else:
                    set_once(stats, f"notices/evidence/field_coverage/{name}", item.url)
        return item

    async def spider_closed(self, spider, reason):
        if self.writer is None:  # open_spider never ran
            return
        stats = self.crawler.stats
        # Spidermon's monitors ran on this signal before us (extensions connect first) and recorded
        # their findings in the stats; source_status reads them (crawler/monitors.py).
        status, cause = source_status({**stats.get_stats(), "finish_reason": reason},
                                      self.crawler.settings.getint("NOTICES_MAX_ERRORS", MAX_ERRORS))
        run = {
            "status": status, "cause": cause,
            "id": self.run_id, "source_id": spider.name, "started": self.started,
            "finished": store.now_china(), "finish_reason": reason,
            "list_rows_seen": stats.get_value("notices/list_rows_seen", 0),
            "items_stored": stats.get_value("notices/stored", 0),
            "not_certificate": stats.get_value("notices/not_certificate", 0),
            "rejects": stats.get_value("notices/rejects", 0),
            "errors": error_count(stats.get_stats()), "replica": int(self.replica),
            "requests": stats.get_value("downloader/request_count", 0),
            "robots_requests": stats.get_value("robotstxt/request_count", 0),
            "not_modified": stats.get_value("notices/not_modified", 0),
            "skipped_known": stats.get_value("notices/skipped_known", 0),
            "list_pages": stats.get_value("notices/list_pages", 0),
            "list_failures": sum(stats.get_value(key, 0) for key in (
                "notices/failed/list", "notices/truncated_list_pages", "notices/list_empty",
                "notices/undecodable_list_pages", "notices/pagination/not_found", "notices/list_short",
                "notices/list_unparsed", "notices/channel_empty")),
        }
        try:
            await self.writer.state("record_run", run)
        finally:
            writer.release(self.writer)  # every item of this spider had its answer before this signal
            self.writer = None
        # The closing step, after the run row it reads: `notices crawl` runs it once after all
        # its sources finish (crawler/run.py); a lone `scrapy crawl` here.
        if not self.crawler.settings.getbool("NOTICES_GROUP_AFTER_RUN"):
            db = open_store(self.db_path)
            try:
                finish_run(db)
            finally:
                db.close()
