"""Thin Scrapy adapters around the pure normaliser and the store.

Order: NormalizePipeline (300) → StorePipeline (900). Every item ends up somewhere: a notice
row, a page archived as "not a certificate notice", or a reject row with its reason.
"""

from __future__ import annotations

import logging
import uuid

from scrapy import signals

from crawler.health import error_count
from crawler.items import NoticeItem, RejectItem
from crawler.registry import load_registry
from db import store
from db.schema import NORMALISED_FIELDS
from pipelines.normalize import normalize_record

logger = logging.getLogger(__name__)


def notice_input(item: NoticeItem, source_region: str | None) -> dict:
    """What the normaliser reads for a crawled notice (the same contract `notices normalize` uses)."""
    return {
        "title": item.title_raw or item.list_title or "",
        "body": item.body_text,
        # the detail page's own date (PubDate meta, 发布时间) beats the list's
        "listed_date": item.published_raw or item.listed_date,
        "source_region": source_region,
        "url": item.url,
    }


def notice_row(item: NoticeItem, normalized: dict) -> dict:
    row = {field: normalized.get(field) for field in NORMALISED_FIELDS}
    row.update(
        url=item.url, source_id=item.source_id, title_raw=item.title_raw or item.list_title,
        body_text=item.body_text, attachments=item.attachments, sample_data=int(item.sample_data),
    )
    return row


class NormalizePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.regions = {source.id: source.province for source in load_registry()}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, NoticeItem):
            return item
        stats = self.crawler.stats
        if not (item.title_raw or item.list_title):
            stats.inc_value("notices/rejected/no_title")
            logger.error("notice %s has no title in the list or on its page", item.url)
            return RejectItem(item.url, item.source_id, "normalise", "no_title")
        try:
            item.normalized = normalize_record(notice_input(item, self.regions.get(item.source_id)))
        except Exception as error:  # a normaliser bug must cost one notice, not the crawl
            stats.inc_value("notices/rejected/normaliser_error")
            logger.exception("normaliser failed on %s", item.url)
            return RejectItem(item.url, item.source_id, "normalise", "normaliser_error", repr(error)[:500])
        if not item.normalized.get("published"):
            stats.inc_value("notices/missing/published")
            logger.warning("notice %s: no publication date found (list %r, page %r)",
                           item.url, item.listed_date, item.published_raw)
        return item


class StorePipeline:
    """Write to SQLite with sqlite-utils; one run row per crawl, search index synced at the end."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("NOTICES_DB")
        self.replica = bool(crawler.settings.get("REPLICA_URL"))
        self.db = None
        self.touched: list[str] = []
        self.started = store.now_china()

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # The close reason is only known once the spider has closed, after close_spider().
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self):
        self.db = store.open_db(self.db_path)
        store.sync_sources(self.db, [self.crawler.spider.source], sample_data=self.replica)

    def process_item(self, item):
        stats = self.crawler.stats
        if isinstance(item, RejectItem):
            store.record_reject(self.db, item.url, item.source_id, item.stage, item.reason, item.detail)
            stats.inc_value("notices/rejects")
            return item
        normalized = item.normalized or {}
        outcome = "notice" if normalized.get("is_cert_notice") else "not_certificate"
        store.save_page(self.db, {
            "url": item.url, "source_id": item.source_id, "status": item.status,
            "content_type": item.content_type, "encoding": item.encoding, "body": item.raw_body,
            "list_title": item.list_title, "listed_date": item.listed_date, "outcome": outcome,
        })
        if outcome == "notice":
            self.touched.append(store.upsert_notice(self.db, notice_row(item, normalized)))
            stats.inc_value("notices/stored")
        else:
            # Kept in `pages`, so a classifier fix can bring it back with `notices reparse`.
            store.delete_notice(self.db, item.url)
            stats.inc_value("notices/not_certificate")
        return item

    def close_spider(self):
        try:
            from db.search import sync_search_index
        except ImportError:  # the search module arrives with the search issue
            sync_search_index = None
        if sync_search_index is not None and self.touched:
            sync_search_index(self.db, self.touched)

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        store.record_run(self.db, {
            "id": uuid.uuid4().hex[:16], "source_id": spider.name, "started": self.started,
            "finished": store.now_china(), "finish_reason": reason,
            "list_rows_seen": stats.get_value("notices/list_rows_seen", 0),
            "items_stored": stats.get_value("notices/stored", 0),
            "not_certificate": stats.get_value("notices/not_certificate", 0),
            "rejects": stats.get_value("notices/rejects", 0),
            "errors": error_count(stats.get_stats()), "replica": int(self.replica),
        })
        self.db.close()
