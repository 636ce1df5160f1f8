"""The served pages' "today": the setting `today` (`notices serve --today`, metadata
plugins.certnotices.today), else the date in China now. The candidates' pages and the board judge
status and days left against it, so tests and the demo do not drift with the calendar.

Also the window as an SQLite function for the Atom feed's canned query (db/labels.py window_phrase).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from db.labels import parse_day, window_phrase

PLUGIN = "certnotices"
CHINA = timezone(timedelta(hours=8))


def serving_today(datasette) -> str:
    """The configured `today` (YYYY-MM-DD), else today's date in China."""
    day = parse_day((datasette.plugin_config(PLUGIN) or {}).get("today"))
    return (day or datetime.now(CHINA).date()).isoformat()


def sql_window_phrase(window_start, window_end) -> str | None:
    """window_phrase as an SQLite function (`certnotices_window`), for the Atom feed's canned query
    (metadata.yml `latest`): the feed then reads exactly as the pages do. NULL without dates."""
    return window_phrase(window_start, window_end) or None


def register_window_function(conn) -> None:
    conn.create_function("certnotices_window", 2, sql_window_phrase, deterministic=True)
