"""The closing step every writer runs: crawl, `notices reparse` and a lone `scrapy crawl`."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from db.dedupe import group_copies
from db.health import refresh_health
from db.search import sync_search_index


def finish_run(db: sqlite_utils.Database, touched_ids: Iterable[str], group: bool = True) -> int | None:
    """Bring the search index up to date for the notices a run touched and, unless the caller
    groups later (one `notices crawl` of many sources groups once after all of them), group
    copies of the same event; then refresh the sources' health. Answers the number of copies
    grouped, None when not grouped."""
    touched_ids = list(touched_ids)
    if touched_ids:
        sync_search_index(db, touched_ids)
    copies = group_copies(db) if group else None
    refresh_health(db)  # after the runs rows of this crawl are written
    return copies
