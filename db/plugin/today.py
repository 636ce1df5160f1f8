"""The served pages' "today": the setting `today` (`notices serve --today`, metadata
plugins.certnotices.today), else the date in China now. The candidates' pages and the board judge
status and days left against it, so tests and the demo do not drift with the calendar."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from db.labels import parse_day

PLUGIN = "certnotices"
CHINA = timezone(timedelta(hours=8))


def serving_today(datasette) -> str:
    """The configured `today` (YYYY-MM-DD), else today's date in China."""
    day = parse_day((datasette.plugin_config(PLUGIN) or {}).get("today"))
    return (day or datetime.now(CHINA).date()).isoformat()
