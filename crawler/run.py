"""Run crawls in-process with Scrapy's CrawlerProcess and summarise them.

Scrapy's reactor starts once per process, so `run_crawl` is called once per process (the CLI
and the tests run it in a subprocess).
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.logs import quiet_network_tracebacks
from crawler.registry import get_source, load_registry
from crawler.spider_args import REPLICA_SETTINGS
from crawler.spiders.source import spider_class_for
from db.finish import finish_run
from db.store import mark_killed_runs, writer_lock
from pipelines import writer
from pipelines.health import (
    DEGRADED,
    FAILED,
    MAX_ERRORS,
    OK,
    SILENT,
    Finding,
    error_count,
    fails_command,
    findings_of,
    verdict_of,
)
from pipelines.notice import open_store
from pipelines.scrapy_pipelines import WINDOW_STATS


class CrawlSettings(Settings):
    """Scrapy's Settings, copied through pickle instead of copy.deepcopy.

    Every crawler copies the process's settings (scrapy.crawler.Crawler.__init__), and the run
    makes one crawler per source: deepcopy of ~200 settings cost ~1.5-3 ms a source, 1,000
    sources a second or more of the crawl's single core; pickling makes the same independent deep
    copy in a third of the time. Scrapy offers no other hook for this copy. A value pickle
    cannot take (a function set as a setting) falls back to deepcopy, as before.
    """

    def copy(self) -> Settings:
        try:
            return pickle.loads(pickle.dumps(self, pickle.HIGHEST_PROTOCOL))
        except (pickle.PicklingError, TypeError, AttributeError):
            return super().copy()


def crawl_settings(db_path: str, replica_url: str | None = None, max_pages: int | None = None,
                   log_level: str = "INFO", overrides: dict | None = None) -> Settings:
    settings = CrawlSettings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("NOTICES_DB", db_path, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    # Grouping copies looks at every source's notices: once after the run, not once per spider.
    settings.set("NOTICES_GROUP_AFTER_RUN", True, priority="cmdline")
    if replica_url:
        # The replica is ours and local: no politeness delay needed against it.
        settings.set("REPLICA_URL", replica_url, priority="cmdline")
        settings.setdict(REPLICA_SETTINGS, priority="cmdline")
    if max_pages:
        settings.set("NOTICES_MAX_PAGES", max_pages, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


@dataclass
class SourceSummary:
    source_id: str
    stats: dict
    max_errors: int = MAX_ERRORS
    replica_url: str | None = None  # the crawl went to this replica instead of the real sites

    def get(self, key: str) -> int:
        return int(self.stats.get(key, 0) or 0)

    @property
    def findings(self) -> list[Finding]:
        """The failed checks of this source's crawl, as its Spidermon monitors recorded them."""
        return findings_of(self.stats, self.max_errors)

    @property
    def status(self) -> tuple[str, str]:
        return verdict_of(self.findings)

    @property
    def cause(self) -> str:
        """Why the source is not ok ('' when it is), naming the replica when one was crawled: a
        replica's refused connection is not the real site being down."""
        cause = self.status[1]
        return f"{cause} (via replica {self.replica_url})" if cause and self.replica_url else cause

    @property
    def known_unchanged(self) -> int:
        """List rows of notices already stored that this crawl left as they were: not fetched
        again (the row unchanged and the notice not young) or answered 304 Not Modified. Said
        on the summary line, or a second clean crawl reads as `0 notices` with no reason."""
        return self.get("notices/skipped_known") + self.get("notices/not_modified")

    def line(self) -> str:
        status, cause = self.status[0], self.cause
        return (
            f"{self.source_id}: {status}{f' ({cause})' if cause else ''}: {self.get('notices/stored')} notices, "
            f"{self.known_unchanged} known rows unchanged, "
            f"{self.get('notices/not_certificate')} not certificate notices, "
            f"{self.get('notices/kept_previous')} kept (fetched worse), {self.get('notices/rejects')} rejects, "
            f"{self.get('notices/list_rows_seen')} list rows, {error_count(self.stats)} errors, "
            f"finish: {self.stats.get('finish_reason', '?')}"
        )


@dataclass
class CrawlSummary:
    sources: list[SourceSummary] = field(default_factory=list)

    def total(self, key: str) -> int:
        return sum(source.get(key) for source in self.sources)

    def with_status(self, *statuses: str) -> list[SourceSummary]:
        return [s for s in self.sources if s.status[0] in statuses]

    def lines(self) -> list[str]:
        return [source.line() for source in self.sources] + [
            f"crawl finished: {len(self.sources)} sources ({len(self.with_status(OK))} ok, "
            f"{len(self.with_status(DEGRADED))} degraded, "
            f"{f'{n} silent, ' if (n := len(self.with_status(SILENT))) else ''}{len(self.with_status(FAILED))} failed), "
            f"{self.total('notices/stored')} notices stored, "
            f"{sum(source.known_unchanged for source in self.sources)} known rows unchanged, "
            f"{self.total('notices/not_certificate')} not certificate notices, "
            f"{self.total('notices/rejects')} rejects, {sum(error_count(s.stats) for s in self.sources)} errors"
            + self.windows()
        ]

    def windows(self) -> str:
        """How the windows of the notices stored came out (pipelines/scrapy_pipelines.py WINDOW_STATS); '' with none."""
        read, quoted, none = (self.total(key) for key in WINDOW_STATS)
        if not read + quoted + none:
            return ""
        return (f"; windows of the notices stored: {read} read, {quoted} not read (dated sentences quoted), "
                f"{none} with no dated sentence")

    def failures(self, fail_on: str = FAILED) -> list[str]:
        """One line per source that should fail the command (`fail_on`: failed — silent too —, or degraded too)."""
        return [f"{s.status[0].upper()} {s.source_id}: {s.cause}" for s in self.sources
                if fails_command(s.status[0], fail_on)]

    def alerting(self, fail_on: str = FAILED) -> list[tuple[str, Finding]]:
        """(source id, finding) for each failed check that fails the command: one alert each."""
        return [(s.source_id, f) for s in self.sources for f in s.findings if fails_command(f.severity, fail_on)]


def run_crawl(source_ids: list[str] | None, db_path: str, replica_url: str | None = None,
              max_pages: int | None = None, log_level: str = "INFO", overrides: dict | None = None) -> CrawlSummary:
    sources = [get_source(i) for i in source_ids] if source_ids else list(load_registry())
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(db_path):  # DatabaseBusy when another crawl writes to the same file
        db = open_store(db_path)
        mark_killed_runs(db)  # we hold the lock: a run still marked running was killed
        db.close()
        return _run(sources, db_path, crawl_settings(db_path, replica_url, max_pages, log_level, overrides))


def _run(sources, db_path: str, settings: Settings) -> CrawlSummary:
    """Crawl `sources`, at most NOTICES_PARALLEL_SOURCES at once (0: all at once): a source's
    crawler is created when a slot frees and dropped when it ends, keeping only its stats, so
    memory stays flat however many sources the registry holds (issue 16: 1,000 sources)."""
    process = CrawlerProcess(settings)
    quiet_network_tracebacks()
    sources = list(sources)
    results: list[tuple[str, dict] | None] = [None] * len(sources)
    queue = iter(enumerate(sources))

    def start_next(result=None):
        for index, source in queue:  # one source per call
            crawler = process.create_crawler(spider_class_for(source))
            process.crawl(crawler).addBoth(finished, index, crawler)
            break
        return result

    def finished(result, index: int, crawler):
        results[index] = (crawler.spider.name if crawler.spider else sources[index].id, crawler.stats.get_stats())
        return start_next(result)  # before Scrapy's join() sees no crawl left

    # One writer process for the whole run (pipelines/writer.py), not one per pooled source.
    run_writer = writer.acquire(db_path)
    try:
        for _ in range(settings.getint("NOTICES_PARALLEL_SOURCES") or len(sources)):
            start_next()
        process.start()
    finally:
        writer.release(run_writer)
    db = open_store(db_path)
    finish_run(db)  # once after every source: copies are grouped across all of them
    db.close()
    max_errors = settings.getint("NOTICES_MAX_ERRORS", MAX_ERRORS)
    replica_url = settings.get("REPLICA_URL") or None
    return CrawlSummary([SourceSummary(name, stats, max_errors, replica_url)
                         for name, stats in (r or (s.id, {}) for r, s in zip(results, sources))])
