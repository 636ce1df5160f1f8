"""From a crawled item to stored rows: the glue the Scrapy pipelines and `notices reparse` share.

The spider yields items (pipelines.items); here they are normalized (pipelines.normalize) and
turned into the plain rows db.store writes. db/ knows nothing of items: this module is where an
item becomes a row.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache

import sqlite_utils

from db import store
from db.schema import NOTICE_COLUMNS
from db.search import sync_search_index
from pipelines.items import CONTENT_FORMS, NoticeItem, RejectItem
from pipelines.links import is_web_link
from pipelines.normalize import FIELDS, normalize_record
from pipelines.regions import DATA as DIVISIONS

logger = logging.getLogger(__name__)

# The normalizer's fields that `notices` stores (the rest, such as codes, only feed the JSON).
STORED_FIELDS = tuple(field for field in FIELDS if field in NOTICE_COLUMNS)

# 台湾, 香港 and 澳门 hold no mainland professional-qualification exams.
NO_EXAMS = {"710000", "810000", "820000"}


@lru_cache(maxsize=1)
def _divisions() -> dict:
    # Read once per process: every source's store pipeline opens the store (1,000 sources: 1,000 reads).
    return json.loads(DIVISIONS.read_text("utf-8"))


def province_rows() -> list[dict]:
    """The 31 provincial-level regions and 兵团, from the normalizer's division data."""
    data = _divisions()
    rows = [dict(zip(("code", "name", "short"), row)) for row in data["provinces"]]
    return [row for row in rows if row["code"] not in NO_EXAMS]


def city_rows() -> list[dict]:
    """The prefecture-level cities, from the normalizer's division data (the served pages resolve 郑州 with them)."""
    data = _divisions()
    rows = [dict(zip(("code", "name", "short", "province_code"), row)) for row in data["cities"]]
    return [row for row in rows if row["province_code"] not in NO_EXAMS]


def open_store(path) -> sqlite_utils.Database:
    """The notices database at `path`, with its schema and the provinces and cities reference tables."""
    return store.open_db(path, provinces=province_rows(), cities=city_rows())


def notice_input(item: NoticeItem, source_region: str | None) -> dict:
    """What the normalizer reads for a crawled notice (the same contract `notices normalize` uses)."""
    return {
        "title": item.title_raw or item.list_title or "",
        "body": item.body_text,
        # the detail page's own date (PubDate meta, 发布时间) beats the list's
        "listed_date": item.published_raw or item.listed_date,
        "source_region": source_region,
        "url": item.url,
    }


def notice_row(item: NoticeItem, normalized: dict) -> dict:
    row = {field: normalized.get(field) for field in STORED_FIELDS}
    row.update(
        url=item.url, source_id=item.source_id, title_raw=item.title_raw or item.list_title,
        body_text=item.body_text, attachments=item.attachments, sample_data=int(item.sample_data),
    )
    return row


def normalize_item(item: NoticeItem, source_region: str | None) -> tuple[NoticeItem | RejectItem, str | None]:
    """Normalize a crawled notice in place; answers the item (or a reject) and a stat to count."""
    if not (item.title_raw or item.list_title):
        logger.error("notice %s has no title in the list or on its page", item.url)
        return RejectItem(item.url, item.source_id, "normalize", "no_title"), "notices/rejected/no_title"
    try:
        item.normalized = normalize_record(notice_input(item, source_region), facts_for_notices_only=True)
    except Exception as error:  # a normalizer bug must cost one notice, not the crawl
        logger.exception("normalizer failed on %s", item.url)
        reject = RejectItem(item.url, item.source_id, "normalize", "normalizer_error", repr(error)[:500])
        return reject, "notices/rejected/normalizer_error"
    if not item.normalized.get("published"):
        logger.warning("notice %s: no publication date found (list %r, page %r)",
                       item.url, item.listed_date, item.published_raw)
        item.problems.append("no_published_date")
        return item, "notices/missing/published"
    return item, None


def page_row(item: NoticeItem, outcome: str) -> dict:
    return {
        "url": item.url, "source_id": item.source_id, "status": item.status,
        "content_type": item.content_type, "encoding": item.encoding, "body": item.raw_body,
        "list_title": item.list_title, "listed_date": item.listed_date, "outcome": outcome,
        "sample_data": int(item.sample_data), "etag": item.etag, "last_modified": item.last_modified,
    }


# A re-fetched page replaces a stored notice only when it reads at least as well: its body is
# not much shorter (a page cut off mid-transfer without a Content-Length looks complete to the
# downloader) and no field the stored row had is lost.
BODY_KEPT_SHARE = 0.8
# Problems of the fetch itself (not of the notice): a page with one never replaces a stored one.
FETCH_PROBLEMS = ("undecodable_text", "truncated_page")
# A stored notice whose page answers one of these is marked withdrawn, never deleted.
GONE_REASONS = {"http_404", "http_410"}
KEPT_FIELDS = ("title", "published", "province", "city", "exam", "kind", "year", "window_start", "window_end")


def degradation(old: dict, new: dict, problems: list[str]) -> list[str]:
    """Why `new` (a row about to replace the stored `old`) reads worse; [] when it does not."""
    reasons = [p for p in problems if p.startswith(FETCH_PROBLEMS)]
    old_len, new_len = len(old.get("body_text") or ""), len(new.get("body_text") or "")
    if old_len and new_len < BODY_KEPT_SHARE * old_len:
        reasons.append(f"body {old_len} -> {new_len} characters")
    lost = [f for f in KEPT_FIELDS if old.get(f) not in (None, "") and new.get(f) in (None, "")]
    if lost:
        reasons.append("lost " + ", ".join(lost))
    return reasons


def store_item(db: sqlite_utils.Database, item: NoticeItem | RejectItem, replace_worse: bool = False) -> str:
    """Store one crawled item: a reject row, or the archived page plus its notice row.

    Answers "notice", "not_certificate", "kept" or "reject". Never worse than before: a crawl
    that fetches a stored notice again and reads it worse (garbled, cut short, fields lost, no
    longer a certificate notice) keeps the stored row and archived page, and records a reject
    with the reason ("kept"). `replace_worse` is for `notices reparse`, which re-reads the
    archived bytes with new code: there a change is the point. A page that is not a certificate
    notice stays in `pages`, so a classifier fix can bring it back by re-parsing.
    """
    # One transaction per item: the row, its archived page, its search-index entry and its
    # rejects are written together, so a crawl killed at any moment leaves no stored notice
    # missing from the search index.
    with db.atomic():
        return _store_item(db, item, replace_worse)


def _store_item(db: sqlite_utils.Database, item: NoticeItem | RejectItem, replace_worse: bool) -> str:
    if isinstance(item, RejectItem):
        store.record_reject(db, item.url, item.source_id, item.stage, item.reason, item.detail)
        if item.stage == "detail" and item.reason in GONE_REASONS:
            store.mark_withdrawn(db, item.url)
        return "reject"
    if not is_web_link(item.url):
        store.record_reject(db, item.url[:500], item.source_id, "store", "unsafe_link", "not an http(s) URL")
        return "reject"
    item.attachments = [a for a in item.attachments if is_web_link(a.get("url"))]
    normalized = item.normalized or {}
    outcome = "notice" if normalized.get("is_cert_notice") else "not_certificate"
    row = notice_row(item, normalized) if outcome == "notice" else None
    old = None if replace_worse else store.get_notice(db, item.url)
    if old is not None:
        reasons = ["no longer reads as a certificate notice"] if row is None else degradation(old, row, item.problems)
    elif not replace_worse and store.has_page(db, item.url):
        # An archived page that is not a notice is kept from a bad copy too (reparse needs it).
        reasons = [p for p in item.problems if p.startswith(FETCH_PROBLEMS)]
    else:
        reasons = []
    if reasons:
        logger.warning("kept the stored page %s: the page fetched now reads worse (%s)", item.url, "; ".join(reasons))
        store.record_reject(db, item.url, item.source_id, "store", "kept_previous", "; ".join(reasons))
        return "kept"
    store.save_page(db, page_row(item, outcome))
    if row is not None:
        store.upsert_notice(db, row, fetched=not replace_worse)  # (a re-parse fetched nothing)
    else:
        store.delete_notice(db, item.url)  # reparse only: a crawl keeps a stored notice (above)
    sync_search_index(db, [store.notice_id(item.url)])
    for problem in item.problems:
        # Stored all the same, and listed where an operator looks for what went wrong.
        detail = (f"stored with {len(item.attachments)} attachments, body {len(item.body_text)} characters"
                  if problem in CONTENT_FORMS else f"list date {item.listed_date!r}, page date {item.published_raw!r}")
        store.record_reject(db, item.url, item.source_id, "normalize", problem, detail)
    return outcome
