"""Incremental crawls: list pages every run, a stored notice's page again only when it may have
changed.

A list row whose URL is already archived is fetched again only when its list title or date
changed, or when its notice is young enough to still change (a 更正, a new batch appended):
published within NOTICES_YOUNG_DAYS of "today" (the NOTICES_TODAY setting, China's date when
unset; time is an argument). A page fetched again carries the site's validators (ETag,
Last-Modified) as a conditional request, so an unchanged page costs a 304. Paging stops at the
first list page whose rows are all known and unchanged; `--backfill` (NOTICES_BACKFILL) walks
every page and fetches every row on purpose.

Written by hand because Scrapy's RFC 2616 cache policy, the nearest thing, keeps the validators
of the first response: in the pinned Scrapy a 304 does not refresh the cached headers, and the
cache stores whole pages beside the database that already archives them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from db.crawl_state import archived_pages
from db.store import CHINA
from pipelines.dates import parse_date

YOUNG_DAYS = 14


@dataclass(frozen=True)
class KnownPage:
    list_title: str | None
    listed_date: str | None
    published: str | None  # the stored notice's, when the page is one
    etag: str | None
    last_modified: str | None


def china_today() -> date:
    return datetime.now(CHINA).date()


def crawl_today(setting: str | None) -> date:
    """The crawl's "today": NOTICES_TODAY (YYYY-MM-DD) or China's date now."""
    return date.fromisoformat(setting) if setting else china_today()


def known_pages(db_path: str | Path, source_id: str) -> dict[str, KnownPage]:
    """The archived pages of a source with what decides whether to fetch them again."""
    return {url: KnownPage(*rest) for url, *rest in archived_pages(db_path, source_id)}


def refetch_reason(known: KnownPage | None, list_title: str | None, listed_date: str | None,
                   today: date, young_days: int = YOUNG_DAYS) -> str | None:
    """Why a list row's page must be fetched ("new", "changed", "young"), or None to skip it."""
    if known is None:
        return "new"
    if (known.list_title or None) != (list_title or None) or (known.listed_date or None) != (listed_date or None):
        return "changed"
    # A page that is not a notice has no publication date stored: its list date stands in.
    when = known.published or parse_date(known.listed_date)
    if not when:
        return "young"  # a page we could not date may still change: fetch it (conditionally)
    try:
        published = date.fromisoformat(when)
    except ValueError:
        return "young"
    return "young" if today - published <= timedelta(days=young_days) else None


def conditional_headers(known: KnownPage | None) -> dict[str, str]:
    headers = {}
    if known and known.etag:
        headers["If-None-Match"] = known.etag
    if known and known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers
