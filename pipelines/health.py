"""Per-source health read from a crawler's stats: error counts and the ok / degraded / failed verdict."""

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


OK, DEGRADED, FAILED = "ok", "degraded", "failed"
# More errors than this in one source's crawl fail it (NOTICES_MAX_ERRORS overrides).
MAX_ERRORS = 20


def source_status(stats: dict, max_errors: int = MAX_ERRORS) -> tuple[str, str]:
    """(status, cause) of one source's crawl.

    failed: nothing listed (a dead site, a network failure, a changed layout), an anti-bot or
    rate-limit answer, a crawl that did not finish normally, or more errors than `max_errors`;
    degraded: some errors; ok: none. The cause names what an operator looks at first.
    """
    blocked = sorted(k.rsplit("/", 1)[1] for k in stats if k.startswith("notices/blocked/"))
    errors = error_count(stats)
    finish = stats.get("finish_reason", "finished")
    if blocked:
        return FAILED, f"blocked: HTTP {', '.join(blocked)} (anti-bot or rate limit)"
    if not int(stats.get("notices/list_rows_seen", 0) or 0):
        cause = stats.get("notices/cause/list") or ("no list rows (layout changed?)" if stats.get("notices/list_empty")
                                                   else "nothing listed")
        return FAILED, f"no list rows: {cause}"
    if finish != "finished":
        return FAILED, f"crawl ended early: {finish}"
    if errors > max_errors:
        return FAILED, f"{errors} errors (more than {max_errors})"
    if errors:
        return DEGRADED, f"{errors} errors"
    return OK, ""
