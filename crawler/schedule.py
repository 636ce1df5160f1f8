"""`notices schedule`: crawl each source at its cadence, for ever, on APScheduler 3.x.

- Cadence: the registry's `cadence_hours` (default 6), with jitter, as one interval job per source.
- One run of a source at a time (`max_instances=1`: a run still going when the next is due skips
  that turn), and one crawl at a time per database: the executor has a single worker, so runs of
  different sources queue behind each other instead of failing on the writer lock (db/store.py).
- Catch-up after downtime: a source's first run is one interval after its last run in `runs`;
  after downtime that is in the past, and APScheduler (`coalesce=True`, no misfire limit) makes
  every missed turn one run now, not one per missed turn.
- Each run is a subprocess, `python -m crawler.cli crawl --source ID ...` (Scrapy's reactor starts
  once per process), so a failed or crashed run is a log line with its exit code and nothing more.

Time is an argument: `plan` takes `now`, `CrawlJob` a clock, and the cadence can be overridden,
so a test runs the scheduler accelerated.
"""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler.source import Source

log = logging.getLogger("certnotices.schedule")

RUN_TIMEOUT = 3 * 3600  # seconds: a crawl still running after this is killed (and marked killed next run)
EXIT_MEANINGS = {0: "ok", 3: "sources failed", 1: "could not run (database busy?)"}


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SourcePlan:
    source_id: str
    interval: timedelta
    first_run: datetime


def last_runs(db_path: str | Path) -> dict[str, datetime]:
    """When each source's latest crawl started, from the database's `runs` (empty for a new database)."""
    if not Path(db_path).exists():
        return {}
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        rows = conn.execute("select source_id, max(started) from runs group by source_id").fetchall()
    except sqlite3.OperationalError:  # no runs table yet
        return {}
    finally:
        conn.close()
    return {source_id: datetime.fromisoformat(started) for source_id, started in rows if started}


def first_run_time(last_started: datetime | None, interval: timedelta, now: datetime) -> datetime:
    """A source never crawled runs now; otherwise one interval after its last run (in the past after downtime)."""
    return now if last_started is None else min(last_started + interval, now + interval)


def plan(sources: list[Source], last: dict[str, datetime], now: datetime,
         cadence: timedelta | None = None) -> list[SourcePlan]:
    """Each source's interval (`cadence` overrides the registry's) and first run time as of `now`."""
    plans = []
    for source in sources:
        interval = cadence or timedelta(hours=source.cadence_hours)
        plans.append(SourcePlan(source.id, interval, first_run_time(last.get(source.id), interval, now)))
    return plans


def crawl_command(source_id: str, db_path: str, crawl_args: list[str]) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "crawl", "--source", source_id, "--db", db_path, *crawl_args]


class CrawlJob:
    """Run one source's crawl as a subprocess and log one line with its exit code; never raises."""

    def __init__(self, db_path: str, crawl_args: list[str] = (), runner: Callable = subprocess.run,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.db_path, self.crawl_args = db_path, list(crawl_args)
        self.runner, self.clock = runner, clock
        self.stopping = threading.Event()  # set on SIGTERM / Ctrl-C: the runs still queued do nothing

    def __call__(self, source_id: str) -> int | None:
        if self.stopping.is_set():
            return None
        started = self.clock()
        try:
            result = self.runner(crawl_command(source_id, self.db_path, self.crawl_args), capture_output=True,
                                 text=True, timeout=RUN_TIMEOUT)
            code, detail = result.returncode, (result.stderr or "").strip().splitlines()[-1:] if result.returncode else []
        except Exception as error:  # noqa: BLE001 - a failed run must not stop the scheduler
            code, detail = None, [f"{type(error).__name__}: {error}"]
        meaning = EXIT_MEANINGS.get(code, "crashed" if code is not None else "not run")
        log.info("%s: exit %s (%s) in %.1f s%s", source_id, code, meaning, self.clock() - started,
                 f": {detail[0][:200]}" if detail else "")
        return code


def build_scheduler(plans: list[SourcePlan], job: Callable[[str], object], jitter: float = 0) -> BackgroundScheduler:
    """A scheduler (not started) with one interval job per source, one worker, catch-up by coalescing."""
    scheduler = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=1)},  # one crawl at a time per database
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=UTC,
    )
    for p in plans:
        scheduler.add_job(job, IntervalTrigger(seconds=p.interval.total_seconds(), jitter=jitter or None,
                                               timezone=UTC),
                          args=[p.source_id], id=p.source_id, name=f"crawl {p.source_id}", next_run_time=p.first_run)
    return scheduler


def run_scheduler(scheduler: BackgroundScheduler, duration: float | None = None, sleep: Callable = time.sleep,
                  on_interrupt: Callable[[], object] = lambda: None) -> None:
    """Start the scheduler and keep it going for `duration` seconds (None: until interrupted)."""
    scheduler.start()
    deadline = None if duration is None else time.monotonic() + duration
    try:
        while deadline is None or time.monotonic() < deadline:
            sleep(0.2 if deadline else 1)
    except KeyboardInterrupt:
        log.info("interrupted: stopping (a crawl under way is left to finish, none other starts)")
        on_interrupt()
    finally:
        scheduler.shutdown(wait=deadline is not None)


def start_schedule(sources: list[Source], db_path: str, crawl_args: list[str], cadence_hours: float | None = None,
                   jitter: float = 0, duration: float | None = None) -> None:
    """`notices schedule`: log to stdout, plan from the database's runs, and run until stopped."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout, force=True)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # keep its warnings (a skipped turn)
    cadence = timedelta(hours=cadence_hours) if cadence_hours else None
    plans = plan(sources, last_runs(db_path), utc_now(), cadence)
    log.info("scheduling %d sources into %s; first run %s UTC", len(plans), db_path,
             f"{min(p.first_run for p in plans):%Y-%m-%d %H:%M:%S}")
    job = CrawlJob(db_path, crawl_args)
    run_scheduler(build_scheduler(plans, job, jitter), duration, on_interrupt=job.stopping.set)
