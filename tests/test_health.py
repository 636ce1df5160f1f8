"""Source health (db/health.py): the figures, the verdict, the view and the CLI agree."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.source import Source
from db.health import consecutive_failures, health_rows, refresh_health, source_health_row, usual_interval, verdict
from db.schema import health_sql
from db.store import open_db, record_run, sync_sources, upsert_notice

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("dates", "interval"), [
    (["2026-01-01", "2026-01-11", "2026-01-31"], 15.0),
    (["2026-01-01", "2026-01-01", "2026-01-11"], None),  # two distinct days: no interval yet
    ([], None),
])
def test_usual_interval(dates, interval):
    assert usual_interval(dates) == interval


@pytest.mark.parametrize(("statuses", "count"), [
    (["failed", "failed", "ok"], 2), (["killed", "failed"], 2), (["ok", "failed"], 0), ([], 0),
])
def test_consecutive_failures(statuses, count):
    assert consecutive_failures(statuses) == count


@pytest.mark.parametrize(("row", "health"), [
    ({"consecutive_failures": 1, "last_status": "failed"}, "failing"),
    ({"consecutive_failures": 0, "last_status": "ok", "last_new_notice": "2026-06-01", "usual_interval_days": 10.0}, "silent"),
    ({"consecutive_failures": 0, "last_status": "ok", "last_new_notice": "2026-11-20", "usual_interval_days": 10.0}, "ok"),
    ({"consecutive_failures": 0, "last_status": "ok", "last_new_notice": "2026-10-20", "usual_interval_days": 5.0}, "silent"),
    ({"consecutive_failures": 0, "last_status": "ok", "last_new_notice": "2026-11-10", "usual_interval_days": 2.0}, "ok"),  # 24 days < 30
    ({"consecutive_failures": 0, "last_status": "degraded"}, "degraded"),
    ({"consecutive_failures": 0, "last_status": None}, "never crawled"),
])
def test_verdict(row, health):
    assert verdict(row, TODAY)[1] == health


def make_db(tmp_path):
    db = open_db(tmp_path / "h.db")
    sources = [Source(id=i, name=i, kind="official", family="selectors", home_url="https://x.gov.cn/",
                      start_urls=("https://x.gov.cn/l.html",), list={}, detail={}, confidence="guess")
               for i in ("quiet", "broken", "fine")]
    sync_sources(db, sources, sample_data=True)
    for i, day in enumerate(["2026-01-05", "2026-01-15", "2026-01-25", "2026-02-04"]):
        upsert_notice(db, {"url": f"https://x.gov.cn/q{i}.html", "source_id": "quiet", "published": day})
    for i, day in enumerate(["2026-11-01", "2026-11-11", "2026-11-21"]):
        upsert_notice(db, {"url": f"https://x.gov.cn/f{i}.html", "source_id": "fine", "published": day})
    for n, (source, status) in enumerate([("quiet", "ok"), ("broken", "ok"), ("broken", "failed"), ("fine", "ok")]):
        record_run(db, {"id": str(n), "source_id": source, "started": f"2026-12-0{n + 1}T08:00:00+08:00",
                        "finished": f"2026-12-0{n + 1}T08:10:00+08:00", "finish_reason": "finished",
                        "status": status, "cause": "no list rows: timeout" if status == "failed" else ""})
    refresh_health(db)
    return db


def test_health_from_runs_and_notices(tmp_path):
    rows = {r["source_id"]: r for r in health_rows(make_db(tmp_path), TODAY)}
    assert rows["quiet"]["health"] == "silent" and rows["quiet"]["usual_interval_days"] == 10.0
    assert rows["broken"]["health"] == "failing" and rows["broken"]["consecutive_failures"] == 1
    assert rows["broken"]["last_cause"] == "no list rows: timeout"
    assert rows["fine"]["health"] == "ok" and rows["fine"]["days_since_new"] == 13


def test_the_health_view_says_what_python_says(tmp_path):
    db = make_db(tmp_path)
    python = {r["source_id"]: (r["days_since_new"], r["health"]) for r in health_rows(db, TODAY)}
    view = {r["source_id"]: (r["days_since_new"], r["health"]) for r in db.query(health_sql(f"'{TODAY}'"))}
    assert view == python


def test_source_health_row_takes_the_newest_success():
    runs = [{"started": "b", "finished": "b2", "finish_reason": "finished", "status": "failed", "cause": "x"},
            {"started": "a", "finished": "a2", "finish_reason": "finished", "status": "degraded", "cause": ""}]
    row = source_health_row("s", runs, [])
    assert row["last_success"] == "a2" and row["last_status"] == "failed" and row["last_new_notice"] is None


def test_health_and_runs_commands(crawled_db):
    result = CliRunner().invoke(cli, ["health", "--db", str(crawled_db), "--today", "2026-12-04"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines()[2:]}
    assert "failing" in lines["gansu_rst"] and "blocked" in lines["gansu_rst"]
    assert "failing" not in lines["cpta"]
    runs = CliRunner().invoke(cli, ["runs", "--db", str(crawled_db), "--source", "cpta"])
    assert runs.exit_code == 0 and "cpta" in runs.output and "ok" in runs.output
