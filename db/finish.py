"""The closing step of a whole run: `notices crawl` (after all its sources), `notices reparse`
and a lone `scrapy crawl`."""

from __future__ import annotations

import sqlite_utils

from db.dedupe import group_copies
from db.health import refresh_health


def finish_run(db: sqlite_utils.Database) -> int:
    """Group copies of the same event across every source, then refresh the sources' health
    (after the run's `runs` rows are written). Each notice was already indexed for search in the
    transaction that stored it (pipelines/notice.py). Answers the number of copies grouped."""
    copies = group_copies(db)
    refresh_health(db)
    return copies
