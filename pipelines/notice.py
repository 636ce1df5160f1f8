"""From a crawled item to a stored row: the glue the Scrapy pipelines and `notices reparse` share."""

from __future__ import annotations

import logging

from crawler.items import NoticeItem, RejectItem
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


def normalise_item(item: NoticeItem, source_region: str | None) -> tuple[NoticeItem | RejectItem, str | None]:
    """Normalise a crawled notice in place; answers the item (or a reject) and a stat to count."""
    if not (item.title_raw or item.list_title):
        logger.error("notice %s has no title in the list or on its page", item.url)
        return RejectItem(item.url, item.source_id, "normalise", "no_title"), "notices/rejected/no_title"
    try:
        item.normalized = normalize_record(notice_input(item, source_region))
    except Exception as error:  # a normaliser bug must cost one notice, not the crawl
        logger.exception("normaliser failed on %s", item.url)
        reject = RejectItem(item.url, item.source_id, "normalise", "normaliser_error", repr(error)[:500])
        return reject, "notices/rejected/normaliser_error"
    if not item.normalized.get("published"):
        logger.warning("notice %s: no publication date found (list %r, page %r)",
                       item.url, item.listed_date, item.published_raw)
        item.problems.append("no_published_date")
        return item, "notices/missing/published"
    return item, None
