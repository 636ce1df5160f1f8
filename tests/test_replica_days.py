"""The replica over days 1 → 2 → 3 (crawler/replicas/_days): real crawls over HTTP, Spidermon's
monitors, the verdict and the alerts at a real webhook receiver on 127.0.0.1.

Day 2 adds notices and corrects one; day 3 changes shandong_rsks's list layout, puts beijing_rsj
behind a 412 WAF and leaves exam233_jianli silent for weeks. Each of those fires its own check,
fails `notices crawl` and sends exactly one alert; the healthy sources raise nothing.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler.cli import cli
from crawler.replica import day_plan, day_today, index_sites
from db.health import health_rows
from pipelines.health import (
    DEGRADED,
    FAILED,
    MONITOR_RAN,
    OK,
    SILENT,
    Finding,
    crawl_findings,
    fails_command,
    record_finding,
    source_status,
)
from tests.conftest import SOURCES_FAILED, run_notices
from tests.test_alerts import Receiver

HEALTHY = ["cpta", "hubei_hbrsksw", "xuzhou_xzrsks_zsff"]
CHANGING = ["exam233_jianli", "shandong_rsks", "beijing_rsj"]
CORRECTED = "http://www.xzrsks.com/News/2026/1114/0F294AD8AAA0E4B0DEE142C03623D23A.shtml"
HUBEI_NEW = "https://rst.hubei.gov.cn/hbrsksw/zyjslks/zyjsry/202611/t20261124_5095120.shtml"


@pytest.fixture(scope="module")
def days(tmp_path_factory, replica_days):
    """Crawl the six sources on day 1, 2 and 3 into one database, alerts to a local receiver."""
    db_path = tmp_path_factory.mktemp("days") / "notices.db"
    out = {}
    for day in (1, 2, 3):
        receiver = Receiver()
        try:
            result = run_notices(
                "crawl", "--replica", replica_days.url(day), "--db", str(db_path), "--log-level", "INFO",
                *(a for s in HEALTHY + CHANGING for a in ("--source", s)),
                "-s", f"NOTICES_TODAY={replica_days.today(day)}", "--alert", receiver.url, ok=(0, SOURCES_FAILED))
        finally:
            receiver.close()
        db = sqlite_utils.Database(db_path)
        runs = {r["source_id"]: r for r in db.query(
            "select * from runs where started = (select max(started) from runs r2 where r2.source_id = runs.source_id)")}
        out[day] = {"result": result, "alerts": receiver.received, "runs": runs}
        db.close()
    out["db"] = db_path
    return out


def test_day_1_and_2_are_healthy_and_quiet(days):
    for day in (1, 2):
        result, alerts, runs = days[day]["result"], days[day]["alerts"], days[day]["runs"]
        assert result.returncode == 0, result.stderr[-3000:]
        assert alerts == [] and "alerts: none" in result.stdout
        assert {s: r["status"] for s, r in runs.items()} == {s: OK for s in HEALTHY + CHANGING}
        # Spidermon is quiet when every check passes: no warning or error line from it.
        assert "[Spidermon]" not in result.stderr and " ERROR: " not in result.stderr, result.stderr[-3000:]


def test_day_2_stores_new_notices_and_keeps_the_corrected_ones_history(days):
    db = sqlite_utils.Database(days["db"])
    new = {r["url"]: r for r in db.query(
        "select url, source_id, published, window_start, window_end from notices where published >= '2026-11-21'")}
    assert {r["source_id"] for r in new.values() if r["published"] <= day_today(2)} == {
        "cpta", "hubei_hbrsksw", "exam233_jianli"}
    # the collection window of hubei's new notice lies after day 2's today
    assert (new[HUBEI_NEW]["window_start"], new[HUBEI_NEW]["window_end"]) == ("2026-12-07", "2026-12-18")
    assert new[HUBEI_NEW]["window_start"] > day_today(2)
    corrected = next(db.query("select id, window_start, window_end, body_text from notices where url = ?", [CORRECTED]))
    assert (corrected["window_start"], corrected["window_end"]) == ("2026-12-01", "2026-12-11")
    assert "更正" in corrected["body_text"]
    history = list(db.query("select previous from notice_history where notice_id = ?", [corrected["id"]]))
    assert len(history) == 1
    previous = json.loads(history[0]["previous"])
    assert previous["window_start"] is None and "更正" not in previous["body_text"]
    # an unchanged source costs its list page (and robots.txt, unless cached) on day 2
    for source in ("shandong_rsks", "beijing_rsj"):
        run = days[2]["runs"][source]
        assert run["requests"] - run["robots_requests"] == 1 and run["items_stored"] == 0
    day1 = sum(r["requests"] for r in days[1]["runs"].values())
    day2 = sum(r["requests"] - r["robots_requests"] for r in days[2]["runs"].values())
    assert day2 <= 0.12 * day1, (day2, day1)


def test_day_3_fires_one_monitor_and_one_alert_per_broken_source(days):
    result, alerts, runs = days[3]["result"], days[3]["alerts"], days[3]["runs"]
    assert result.returncode == SOURCES_FAILED
    assert "FAILED shandong_rsks: no list rows: no list rows (layout changed?)" in result.stderr
    assert "FAILED beijing_rsj: blocked: HTTP 412" in result.stderr
    assert "SILENT exam233_jianli: 49 天无新通知 days since the newest notice (2026-11-24)" in result.stderr
    assert {s: r["status"] for s, r in runs.items()} == {
        **{s: OK for s in HEALTHY}, "shandong_rsks": FAILED, "beijing_rsj": FAILED, "exam233_jianli": SILENT}
    expected = {  # source: (check, evidence URL)
        "shandong_rsks": ("list_rows", "https://hrss.shandong.gov.cn/rsks/channels/ch00232/"),
        "beijing_rsj": ("http_codes", "https://rsj.beijing.gov.cn/xxgk/tzgg/index.html"),
        "exam233_jianli": ("silent", "https://www.233.com/jl/zhengshu/"),
    }
    assert sorted(a["title"].split()[1].rstrip(":") for a in alerts) == sorted(expected), alerts
    for alert in alerts:
        source = alert["title"].split()[1].rstrip(":")
        check, url = expected[source]
        assert f"({check})" in alert["title"]
        assert f"来源 source: {source}" in alert["message"] and f"检查 check: {check}" in alert["message"]
        assert f"证据 evidence: {url}" in alert["message"]
    assert "usual interval 13.5" in next(a["message"] for a in alerts if "exam233_jianli" in a["title"])
    assert "alerts: 3 for beijing_rsj, exam233_jianli, shandong_rsks to 1 channel(s)" in result.stdout
    # one warning line per failed check from Spidermon, none for the healthy sources
    warned = [line for line in result.stderr.splitlines() if "[Spidermon]" in line]
    assert len(warned) == 3 and not any(s in line for s in HEALTHY for line in warned), warned
    # the health table agrees: failing for the two that failed, silent for the quiet one
    health = {r["source_id"]: r["health"] for r in health_rows(sqlite_utils.Database(days["db"]),
                                                               date.fromisoformat(day_today(3)))}
    assert health == {**{s: "ok" for s in HEALTHY}, "shandong_rsks": "failing", "beijing_rsj": "failing",
                      "exam233_jianli": "silent"}


# ---------------------------------------------------------------- the days, without crawling


def test_days_are_cumulative_overlays():
    assert [day_today(n) for n in (1, 2, 3)] == ["2026-11-20", "2026-11-27", "2027-01-12"]
    assert day_plan(3)["sources"]["beijing_rsj"] == {"waf": 412} and "beijing_rsj" not in day_plan(2)["sources"]
    one, three = index_sites(day=1), index_sites(day=3)
    assert "day2" not in one and "day3" not in three  # the _days folder is not a source
    shandong = "hrss.shandong.gov.cn"
    assert three[shandong][0].root.parts[-3:] == ("day3", "shandong_rsks", shandong)
    assert one[shandong][0].root.parts[-2:] == ("shandong_rsks", shandong)
    assert three["rsj.beijing.gov.cn"][0].config["waf"] == 412 and "waf" not in one["rsj.beijing.gov.cn"][0].config
    # day 3 still serves day 2's pages (exam233's notice of 2026-11-24)
    roots = [site.root for site in three["www.233.com"]]
    assert any("day2" in r.parts for r in roots)


def test_an_unknown_day_is_refused():
    result = CliRunner().invoke(cli, ["replica", "serve", "--day", "9"])
    assert result.exit_code == 2 and "no replica day 9" in result.output


# ---------------------------------------------------------------- the checks, one definition each


def test_a_blocked_source_fails_one_check_not_three():
    stats = {"notices/blocked/412": 1, "notices/rejects": 1, "finish_reason": "finished",
             "notices/evidence/http_codes": "https://x.gov.cn/list.html"}
    assert [(f.check, f.severity) for f in crawl_findings(stats)] == [("http_codes", FAILED)]
    assert source_status(stats) == (FAILED, "blocked: HTTP 412 (anti-bot or rate limit)")


@pytest.mark.parametrize(("stats", "checks", "status"), [
    ({"notices/list_rows_seen": 0, "notices/list_empty": 1, "notices/rejects": 1}, ["list_rows"], FAILED),
    ({"notices/list_rows_seen": 9, "finish_reason": "closespider_errorcount"}, ["finish_reason"], FAILED),
    ({"notices/list_rows_seen": 9, "notices/rejects": 21}, ["errors"], FAILED),
    ({"notices/list_rows_seen": 9, "notices/rejects": 2}, ["errors"], DEGRADED),
    ({"notices/list_rows_seen": 9, "notices/rejects": 1, "notices/pagination/not_found": 1}, ["pager"], DEGRADED),
    ({"notices/list_rows_seen": 9, "notices/rejects": 1, "notices/http_error/503": 1}, ["http_codes"], DEGRADED),
    ({"notices/list_rows_seen": 9, "notices/stored": 10, "notices/fields/province": 10, "notices/fields/exam": 3,
      "notices/fields/published": 10}, ["field_coverage"], DEGRADED),
    ({"notices/list_rows_seen": 9, "notices/stored": 4, "notices/fields/exam": 0}, [], OK),  # too few to judge
    ({"notices/list_rows_seen": 9, "notices/stored": 10, "notices/fields/province": 10, "notices/fields/exam": 9,
      "notices/fields/published": 10}, [], OK),
])
def test_checks(stats, checks, status):
    assert [f.check for f in crawl_findings(stats)] == checks
    assert source_status(stats)[0] == status


def test_a_national_source_is_not_judged_on_province():
    stats = {"notices/list_rows_seen": 9, "notices/stored": 10, "notices/fields/exam": 10, "notices/fields/published": 10}
    assert [f.check for f in crawl_findings(stats)] == ["field_coverage"]
    assert crawl_findings({**stats, "notices/national": 1}) == []


def test_the_verdict_reads_what_the_monitors_recorded():
    class Stats(dict):
        def set_value(self, key, value):
            self[key] = value

    stats = Stats({"notices/list_rows_seen": 9, MONITOR_RAN: 1})
    assert source_status(stats) == (OK, "")
    record_finding(stats, Finding("silent", SILENT, "40 days", "https://x.gov.cn/"))
    assert source_status(stats) == (SILENT, "40 days")
    assert fails_command(SILENT) and fails_command(FAILED) and not fails_command(DEGRADED)
    assert fails_command(DEGRADED, "degraded") and not fails_command(FAILED, "never")
