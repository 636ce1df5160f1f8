"""The closing step of a whole run: `notices crawl` (after all its sources), `notices reparse`
and a lone `scrapy crawl`."""

from __future__ import annotations

import sqlite_utils

from db.dedupe import group_copies
from db.feed import refresh_feed_counts
from db.health import refresh_health, sources_to_refresh


def finish_run(db: sqlite_utils.Database) -> int:
    """Group copies of the same event across every source, then refresh the sources' health
    (after the run's `runs` rows are written). Each notice was already indexed for search in the
    transaction that stored it (pipelines/notice.py). The feed's counts (db/feed.py) are recomputed
    after the copies are grouped. Answers the number of copies grouped."""
    refreshed = sources_to_refresh(db)  # before group_copies empties `copies_pending`
    copies = group_copies(db)  # only the event keys of the notices the run touched (db/dedupe.py)
    refresh_feed_counts(db)  # the feed's counts, never stale after a run
    refresh_health(db, refreshed)
    return copies
