"""`notices schedule` with an accelerated clock: cadence, one run at a time, catch-up, failed runs."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
import yaml

from crawler.registry import REGISTRY_PATH, RegistryError, get_source, parse_registry
from crawler.schedule import CrawlJob, SourcePlan, build_scheduler, first_run_time, plan
from tests.conftest import run_notices

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
SIX_HOURS = timedelta(hours=6)


class Recorder:
    """A job that records (source, start, end) and takes `seconds[source]` to run."""

    def __init__(self, seconds: dict[str, float] | None = None) -> None:
        self.seconds, self.runs, self.lock = seconds or {}, [], threading.Lock()

    def __call__(self, source_id: str) -> None:
        start = time.monotonic()
        time.sleep(self.seconds.get(source_id, 0.01))
        with self.lock:
            self.runs.append((source_id, start, time.monotonic()))

    def starts(self, source_id: str) -> list[float]:
        return [start for s, start, _ in self.runs if s == source_id]


def run_for(scheduler, seconds: float) -> None:
    scheduler.start()
    time.sleep(seconds)
    scheduler.shutdown(wait=True)


def test_first_runs_come_from_the_last_run_and_the_cadence():
    cpta = get_source("cpta")
    assert cpta.cadence_hours == 6  # the default
    assert first_run_time(None, SIX_HOURS, NOW) == NOW  # never crawled: now
    assert first_run_time(NOW - timedelta(hours=1), SIX_HOURS, NOW) == NOW + timedelta(hours=5)
    # 30 h of downtime: due 24 h ago; APScheduler coalesces the missed turns into one run now
    assert first_run_time(NOW - timedelta(hours=30), SIX_HOURS, NOW) == NOW - timedelta(hours=24)
    [p] = plan([cpta], {"cpta": NOW - timedelta(hours=2)}, NOW, cadence=timedelta(hours=1))
    assert p == SourcePlan("cpta", timedelta(hours=1), NOW - timedelta(hours=1))


def test_cadence_hours_is_validated():
    entry = yaml.safe_load(REGISTRY_PATH.read_text("utf-8"))["sources"][0]
    assert parse_registry({"sources": [{**entry, "cadence_hours": 12}]})[0].cadence_hours == 12
    for bad in (0, -1, "daily", True):
        with pytest.raises(RegistryError, match="cadence_hours"):
            parse_registry({"sources": [{**entry, "cadence_hours": bad}]})


def test_a_source_runs_again_after_its_interval_and_a_failing_run_stops_nothing(caplog):
    calls = []

    def runner(command, **kwargs):
        source_id = command[command.index("--source") + 1]
        calls.append(source_id)
        if source_id == "broken":
            raise OSError("no such interpreter")
        return subprocess.CompletedProcess(command, 3 if source_id == "gansu_rst" else 0, "",
                                           "FAILED gansu_rst: blocked: HTTP 412" if source_id == "gansu_rst" else "")

    starts: dict[str, list[float]] = {}
    job = CrawlJob("x.db", ["--replica", "http://127.0.0.1:1"], runner=runner)

    def timed(source_id):
        starts.setdefault(source_id, []).append(time.monotonic())
        return job(source_id)

    now = datetime.now(UTC)
    plans = [SourcePlan(s, timedelta(seconds=1), now) for s in ("cpta", "gansu_rst", "broken")]
    with caplog.at_level(logging.INFO, logger="certnotices.schedule"):
        run_for(build_scheduler(plans, timed), 3.5)
    # At 0, 1, 2 and 3 s: failures did not stop it. On a loaded machine the scheduler's thread may wake
    # late, so the last turn may fall after the 3.5 s (3 or 4 runs) and intervals stretch (the bound is
    # wide enough for that, and still says "about a second", not two turns merged or one skipped).
    runs = {source_id: len(starts[source_id]) for source_id in ("cpta", "gansu_rst", "broken")}
    for source_id, count in runs.items():
        times = starts[source_id]
        assert count in (3, 4), (source_id, times)
        assert all(0.6 < b - a < 1.4 for a, b in pairwise(times)), times
    lines = [r.getMessage() for r in caplog.records if r.name == "certnotices.schedule"]
    assert len(lines) == sum(runs.values())  # one line per run
    assert sum("cpta: exit 0 (ok)" in line for line in lines) == runs["cpta"]
    assert sum("gansu_rst: exit 3 (sources failed)" in line and "HTTP 412" in line for line in lines) == runs["gansu_rst"]
    assert sum("broken: exit None (not run)" in line and "no such interpreter" in line for line in lines) == runs["broken"]


def test_the_job_reports_duration_with_the_given_clock(caplog):
    ticks = iter([100.0, 142.5])
    job = CrawlJob("n.db", [], runner=lambda command, **kw: subprocess.CompletedProcess(command, 1, "", "busy\nanother crawl"),
                   clock=lambda: next(ticks))
    with caplog.at_level(logging.INFO, logger="certnotices.schedule"):
        assert job("cpta") == 1
    assert caplog.records[-1].getMessage() == "cpta: exit 1 (could not run (database busy?)) in 42.5 s: another crawl"
    job.stopping.set()  # stopping: a run still queued starts nothing
    job.runner = lambda *a, **kw: pytest.fail("ran while stopping")
    assert job("cpta") is None


def test_one_crawl_at_a_time_and_a_long_run_skips_its_turns():
    recorder = Recorder({"slow": 1.2, "quick": 0.05})
    now = datetime.now(UTC)
    plans = [SourcePlan("slow", timedelta(seconds=0.5), now), SourcePlan("quick", timedelta(seconds=0.5), now)]
    run_for(build_scheduler(plans, recorder), 3.0)
    spans = sorted((start, end) for _, start, end in recorder.runs)
    assert all(end <= next_start for (_, end), (next_start, _) in pairwise(spans)), "two runs overlapped"
    slow = recorder.starts("slow")
    assert 2 <= len(slow) <= 3  # 6 turns in 3 s, but a run of 1.2 s never overlaps the next: turns skipped
    assert len(recorder.starts("quick")) >= 2  # queued behind the slow one, not refused


def test_catch_up_after_downtime_is_one_coalesced_run():
    recorder = Recorder()
    now = datetime.now(UTC)
    # Last crawled 30.5 s ago at a cadence of 3 s: ten turns were missed.
    [p] = plan([get_source("cpta")], {"cpta": now - timedelta(seconds=30.5)}, now, cadence=timedelta(seconds=3))
    assert p.first_run < now - timedelta(seconds=27)
    scheduler = build_scheduler([p], recorder)
    scheduler.start()
    time.sleep(1.5)
    assert len(recorder.runs) == 1  # the ten missed turns made one run, now
    time.sleep(2.5)  # the next turn keeps the cadence: 3 s after the last missed one (now + 2.5 s)
    scheduler.shutdown(wait=True)
    assert len(recorder.runs) == 2


def test_notices_schedule_crawls_the_replica_at_its_cadence(tmp_path, replica_url):
    db_path = tmp_path / "n.db"
    result = run_notices("schedule", "--db", str(db_path), "--replica", replica_url, "--source", "cpta",
                         "--source", "gansu_rst", "--cadence-hours", "0.005", "--jitter", "0", "--for", "19",
                         timeout=90)
    lines = result.stdout.splitlines()
    cpta = [line for line in lines if "cpta: exit 0 (ok)" in line]
    gansu = [line for line in lines if "gansu_rst: exit 3 (sources failed)" in line]
    # Turns at 0 s and 18 s. The second source waits for the first (one crawl at a time) and a turn that comes
    # while its own run is still waiting is skipped, so the interval must exceed both crawls together (5.4 s once
    # lost gansu_rst's second turn at a 9 s interval; a loaded machine took 9.2 s for the two).
    assert len(cpta) == 2 and len(gansu) == 2, result.stdout  # the failures change nothing
    assert "exit 1" not in result.stdout  # the two sources queued for the database, neither was refused
    conn = sqlite3.connect(db_path)
    runs = conn.execute("select source_id, started from runs order by started").fetchall()
    assert sorted(s for s, _ in runs) == ["cpta", "cpta", "gansu_rst", "gansu_rst"]
    cpta_starts = [datetime.fromisoformat(t) for s, t in runs if s == "cpta"]
    assert (cpta_starts[1] - cpta_starts[0]).total_seconds() >= 16  # ran again after its interval (18 s)
