"""Per-source health figures read from a crawler's stats."""

from __future__ import annotations


def error_count(stats: dict) -> int:
    """Errors of this crawl alone.

    Scrapy's `log_count/ERROR` cannot be used: with several crawlers in one process every
    crawler's log counter sees every crawler's records. Each error we log produces a reject, so
    rejects, pages kept because the new fetch read worse (each also a reject row) and uncaught
    spider exceptions count exactly this source's errors.
    """
    return sum(int(stats.get(key, 0) or 0)
               for key in ("notices/rejects", "notices/kept_previous", "spider_exceptions/count"))
