"""Source health for operators: last success, last new notice, usual interval, failures.

`refresh_health` recomputes the `source_health` table from `runs` and `notices`; the closing
step of every crawl calls it (db/finish.py), so the table is never older than the last crawl.
What depends on "today" (days since the last new notice, silent or not) is worked out when it
is read: by `health_rows(db, today)` for `notices health`, and by the `health` view for the
Datasette page, with China's date.

A source's usual interval is the median gap, in days, between the publication dates of its
notices; it is silent when its newest notice is older than SILENT_FACTOR usual intervals (and
at least SILENT_MIN_DAYS), which catches a column that moved without any error. `silence`
is the same rule for one source at the end of its crawl (db/crawl_state.py source_silence, read by
the Spidermon monitor in crawler/monitors.py).
"""

from __future__ import annotations

import statistics
from datetime import date

import sqlite_utils

SILENT_FACTOR = 3
# Run statuses of a crawl that walked its list (pipelines/health.py verdicts): a silent source's
# crawl worked, it only found nothing new.
WALKED_STATUSES = ("ok", "degraded", "silent")
SILENT_MIN_DAYS = 30
RECENT_RUNS = 20  # runs read per source to count consecutive failures


def usual_interval(published: list[str]) -> float | None:
    """Median days between consecutive publication dates (None with fewer than three notices)."""
    days = sorted({date.fromisoformat(p) for p in published if p})
    if len(days) < 3:
        return None
    return float(statistics.median((b - a).days for a, b in zip(days, days[1:])))


def is_silent(days: int | None, interval: float | None) -> bool:
    """Whether `days` since the newest notice is silence for a source publishing every `interval` days."""
    return days is not None and interval is not None and days > max(SILENT_FACTOR * interval, SILENT_MIN_DAYS)


def silence(published: list[str], today: date) -> dict | None:
    """The silence of a source from its notices' publication dates on `today`: days since the
    newest, the usual interval and the newest date, or None when it is not silent."""
    newest = max((p for p in published if p), default=None)
    if newest is None:
        return None
    days, interval = (today - date.fromisoformat(newest)).days, usual_interval(published)
    return {"days": days, "usual_interval": interval, "newest": newest} if is_silent(days, interval) else None


def consecutive_failures(statuses: list[str]) -> int:
    """Failed runs in a row, newest first (`killed` counts as a failure)."""
    count = 0
    for status in statuses:
        if status not in ("failed", "killed"):
            break
        count += 1
    return count


def source_health_row(source_id: str, runs: list[dict], published: list[str]) -> dict:
    """The stored health of one source from its runs (newest first) and its notices' dates."""
    statuses = [r.get("status") or r["finish_reason"] for r in runs]
    # A silent source's crawl worked: it counts as a success (the verdict says silent).
    successes = [r for r in runs if r.get("status") in WALKED_STATUSES]
    return {
        "source_id": source_id,
        "last_run": runs[0]["finished"] or runs[0]["started"] if runs else None,
        "last_status": statuses[0] if statuses else None,
        "last_cause": runs[0].get("cause") if runs else None,
        "last_success": successes[0]["finished"] if successes else None,
        "consecutive_failures": consecutive_failures(statuses),
        "last_new_notice": max((p for p in published if p), default=None),
        "notices": len(published),
        "usual_interval_days": usual_interval(published),
    }


def refresh_health(db: sqlite_utils.Database) -> int:
    """Recompute `source_health` for every source with runs; answers how many rows."""
    sources = [row[0] for row in db.execute("select id from sources order by id")]
    rows = []
    for source_id in sources:
        runs = list(db.query(
            "select started, finished, finish_reason, status, cause from runs where source_id = ? "
            "order by started desc limit ?", [source_id, RECENT_RUNS]))
        published = [row[0] for row in db.execute(
            "select published from notices where source_id = ? and published is not null", [source_id])]
        rows.append(source_health_row(source_id, runs, published))
    with db.atomic():
        db.execute("delete from source_health")
        if rows:
            db["source_health"].insert_all(rows, pk="source_id")
    return len(rows)


def verdict(row: dict, today: date) -> tuple[int | None, str]:
    """(days since the last new notice, health) of a stored row on `today`."""
    days = (today - date.fromisoformat(row["last_new_notice"])).days if row.get("last_new_notice") else None
    if row.get("consecutive_failures"):
        return days, "failing"
    if is_silent(days, row.get("usual_interval_days")):
        return days, "silent"
    if row.get("last_status") == "degraded":
        return days, "degraded"
    return days, "ok" if row.get("last_status") == "ok" else (row.get("last_status") or "never crawled")


def health_rows(db: sqlite_utils.Database, today: date) -> list[dict]:
    out = []
    for row in db.query("select * from source_health order by source_id"):
        days, health = verdict(row, today)
        out.append({**row, "days_since_new": days, "health": health})
    return out
