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
INTERVAL_DATES = 200  # newest distinct publication dates the stored usual interval is read from


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


def sources_to_refresh(db: sqlite_utils.Database) -> list[str]:
    """Sources whose health may have moved since it was stored: a notice of theirs was written
    since the last closing step (`copies_pending`, db/schema.py), a run newer than their stored
    health, or no stored health yet. Read before the copies are grouped (which empties the pending
    table); the closing step then costs what the run touched, not every source's history."""
    return [row[0] for row in db.execute("""
        select s.id from sources s left join source_health h on h.source_id = s.id
        where h.source_id is null
           or s.id in (select source_id from notices where id in (select id from copies_pending))
           or exists (select 1 from runs r where r.source_id = s.id
                      and max(r.started, coalesce(r.finished, '')) > coalesce(h.last_run, ''))
        order by s.id""")]


def refresh_health(db: sqlite_utils.Database, source_ids: list[str] | None = None) -> int:
    """Recompute `source_health` for every source (or only `source_ids`); answers how many rows."""
    if source_ids is None:
        sources = [row[0] for row in db.execute("select id from sources order by id")]
    else:
        sources = list(source_ids)
    rows = []
    for source_id in sources:
        runs = list(db.query(
            "select started, finished, finish_reason, status, cause from runs where source_id = ? "
            "order by started desc limit ?", [source_id, RECENT_RUNS]))
        # The newest INTERVAL_DATES distinct dates: the usual interval is today's cadence, and a
        # source's closing-step cost stays bounded however long its history grows.
        published = [row[0] for row in db.execute(
            "select distinct published from notices where source_id = ? and published is not null "
            "order by published desc limit ?", [source_id, INTERVAL_DATES])]
        count = db.execute("select count(published) from notices where source_id = ?", [source_id]).fetchone()[0]
        rows.append({**source_health_row(source_id, runs, published), "notices": count})
    with db.atomic():
        if source_ids is None:
            db.execute("delete from source_health")
        else:
            db.conn.executemany("delete from source_health where source_id = ?", [(s,) for s in sources])
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
