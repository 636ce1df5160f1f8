"""Re-parse archived pages with the current parser and normalizer, without re-crawling.

After a selector or normalizer fix, `notices reparse` re-reads every page in `pages` through
the same functions a crawl uses (`notice_from_response`, `normalize_item`, `store_item`), so
notices appear, change or leave the feed exactly as a fresh crawl would make them.
"""

from __future__ import annotations

import logging
from collections import Counter

from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from crawler.extract import is_attachment
from crawler.registry import get_source
from crawler.spiders.source import notice_from_response
from db.finish import finish_run
from pipelines.items import NoticeItem
from pipelines.notice import normalize_item, store_item

logger = logging.getLogger(__name__)


def response_from_bytes(url: str, body: bytes, content_type: str, status: int = 200):
    """The Scrapy response a download of these bytes would have produced (HTML, JSON, XML, binary)."""
    headers = Headers({"Content-Type": content_type})
    response_class = responsetypes.from_args(headers=headers, url=url, body=body)
    return response_class(url=url, body=body, headers=headers, status=status)


def archived_item(page: dict, source) -> object:
    if page["body"] is None:
        # A list row that linked straight to a file, or out to another site: the row itself
        # was the notice.
        row = dict(url=page["url"], source_id=source.id, list_title=page["list_title"],
                   listed_date=page["listed_date"], sample_data=bool(page["sample_data"]))
        if not is_attachment(page["url"]):
            return NoticeItem(**row, problems=["external_link"])
        return NoticeItem(**row, attachments=[{"url": page["url"], "text": page["list_title"] or ""}],
                          problems=["attachment_only"])
    response = response_from_bytes(page["url"], page["body"], page["content_type"] or "text/html", page["status"] or 200)
    item = notice_from_response(response, source, page["list_title"], page["listed_date"],
                                sample_data=bool(page["sample_data"]))
    if isinstance(item, NoticeItem):  # the validators the site sent with these bytes
        item.etag, item.last_modified = page.get("etag"), page.get("last_modified")
    return item


def reparse(db, source_ids: list[str] | None = None) -> Counter:
    """Re-parse archived pages (of some sources, or all); answers counts by outcome, and `copies`:
    the notices of those sources (all sources: of the database) that are copies of another notice."""
    where, params = "", []
    if source_ids:
        where = f"where source_id in ({', '.join('?' for _ in source_ids)})"
        params = list(source_ids)
    counts: Counter = Counter()
    # URLs first, then one page at a time: the archive can be large, and a cursor still open on
    # `pages` would block the writes that store each result.
    urls = [row[0] for row in db.execute(f"select url from pages {where} order by url", params).fetchall()]
    for url in urls:
        page = next(db.query("select * from pages where url = ?", [url]))
        try:
            source = get_source(page["source_id"])
        except KeyError:
            logger.warning("page %s belongs to unregistered source %s: skipped", page["url"], page["source_id"])
            counts["unknown_source"] += 1
            continue
        item = archived_item(page, source)
        if isinstance(item, NoticeItem):
            item, _ = normalize_item(item, source.province)
        counts[store_item(db, item, replace_worse=True)] += 1
    counts["copies"] = finish_run(db)  # every copy in the database, whatever was re-parsed
    if source_ids:  # the operator asked about these sources: their copies, not the whole database's
        counts["copies"] = db.execute(
            "select count(*) from notices where duplicate_of is not null "
            f"and source_id in ({', '.join('?' for _ in source_ids)})", list(source_ids)).fetchone()[0]
    return counts
