"""The served pages' "today": the setting `today` (`notices serve --today`, metadata
plugins.certnotices.today), else the date in China now. The candidates' pages and the board judge
status and days left against it, so tests and the demo do not drift with the calendar.

Also how a window and the days left read to a candidate, in one place for every page and feed that
shows them (the notice page, the cards, the board, the Atom feed's SQL function, the calendar): a
missing date is said in words (`2026-10-26 起（截止日期未注明）`), never a `?`, and the last days
are said as a candidate says them (`今天截止`, not `还剩 0 天`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from db.labels import days_between, parse_day

PLUGIN = "certnotices"
CHINA = timezone(timedelta(hours=8))


def serving_today(datasette) -> str:
    """The configured `today` (YYYY-MM-DD), else today's date in China."""
    day = parse_day((datasette.plugin_config(PLUGIN) or {}).get("today"))
    return (day or datetime.now(CHINA).date()).isoformat()


def window_phrase(window_start, window_end) -> str:
    """`2026-11-20 至 2026-12-31`, `2026-11-20 起（截止日期未注明）`, `至 2026-12-31（开始日期未注明）`,
    or '' (the notice gave no dates: each page says that in its own words)."""
    if window_start and window_end:
        return f"{window_start} 至 {window_end}"
    if window_start:
        return f"{window_start} 起（截止日期未注明）"
    return f"至 {window_end}（开始日期未注明）" if window_end else ""


def days_phrase(status, window_start, window_end, today: str) -> str:
    """What is left of a window on `today`: `今天截止`, `明天截止`, `还剩 N 天`, `明天开始`, `N 天后开始`,
    or '' (closed, no dates, or an open window without an end: there is no count to give)."""
    if status == "open":
        left = days_between(today, window_end)
        if left is None or left < 0:
            return ""
        return {0: "今天截止", 1: "明天截止"}.get(left, f"还剩 {left} 天")
    if status == "upcoming":
        to_start = days_between(today, window_start)
        if to_start is None or to_start <= 0:
            return ""
        return "明天开始" if to_start == 1 else f"{to_start} 天后开始"
    return ""


def sql_window_phrase(window_start, window_end) -> str | None:
    """window_phrase as an SQLite function (`certnotices_window`), for the Atom feed's canned query
    (metadata.yml `latest`): the feed then reads exactly as the pages do. NULL without dates."""
    return window_phrase(window_start, window_end) or None


def register_window_function(conn) -> None:
    conn.create_function("certnotices_window", 2, sql_window_phrase, deterministic=True)
