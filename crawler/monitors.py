"""Spidermon monitors run when each source's crawl closes (SPIDERMON_SPIDER_CLOSE_MONITORS).

`CrawlMonitor` has one monitor per crawl check — finish reason, errors, unwanted HTTP codes
(403 / 412 / 429 / 5xx), list rows = 0, pager not found, field coverage (province, exam,
published) — each running the check defined once in pipelines/health.py over the stats our
spider and pipelines count. `SilenceMonitor` compares the days since the source's newest notice
with its own usual interval, learned from its history in the database (db/health.py), on the
crawl's "today" (NOTICES_TODAY); it is skipped when the crawl itself failed.

`RecordFindings` (run after the monitors, pass or fail) writes each failure into the stats
(`notices/monitor/<check>`): the run row's status (pipelines/scrapy_pipelines.py), the summary
line, the exit code (crawler/run.py) and the alerts (crawler/alerts.py) all read them from there.
`QuietSpidermon` is Spidermon's extension with one warning line per failed check and nothing
at INFO level when every check passes. Nothing here uses the network.
"""

from __future__ import annotations

import logging

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.contrib.scrapy.extensions import Spidermon
from spidermon.contrib.scrapy.runners import SpiderMonitorResult, SpiderMonitorRunner
from spidermon.core.actions import Action

from crawler.incremental import crawl_today
from db.crawl_state import source_silence
from pipelines.health import (
    FAILED,
    MAX_ERRORS,
    MONITOR_RAN,
    SILENT,
    Finding,
    crawl_findings,
    record_finding,
)

logger = logging.getLogger(__name__)


class CheckMonitor(Monitor):
    """Shared by our monitors: the failed check's finding is kept on the monitor for RecordFindings."""

    finding: Finding | None = None

    @property
    def source(self):
        return self.data.spider.source

    def crawl_findings(self) -> dict[str, Finding]:
        settings = self.data.crawler.settings
        found = crawl_findings(self.data.stats, settings.getint("NOTICES_MAX_ERRORS", MAX_ERRORS))
        return {f.check: f for f in found}

    def expect_no(self, finding: Finding | None) -> None:
        if finding is not None:
            self.finding = finding
            self.fail(f"{finding.detail} ({finding.evidence})")


@monitors.name("crawl")
class CrawlMonitor(CheckMonitor):
    """The crawl's own checks (thresholds in pipelines/health.py)."""

    def _check(self, check: str) -> None:
        self.expect_no(self.crawl_findings().get(check))

    @monitors.name("finish_reason")
    def test_finish_reason(self):
        """The crawl finished normally."""
        self._check("finish_reason")

    @monitors.name("errors")
    def test_errors(self):
        """Errors (rejects) stay at zero, and fail the source above NOTICES_MAX_ERRORS."""
        self._check("errors")

    @monitors.name("http_codes")
    def test_http_codes(self):
        """No 403 / 412 / 429 answer, no 5xx left after retries."""
        self._check("http_codes")

    @monitors.name("list_rows")
    def test_list_rows(self):
        """The list pages held rows."""
        self._check("list_rows")

    @monitors.name("pager")
    def test_pager(self):
        """Every list page had its family's pager."""
        self._check("pager")

    @monitors.name("field_coverage")
    def test_field_coverage(self):
        """Province, exam and publication date found on enough of the stored notices."""
        self._check("field_coverage")


@monitors.name("history")
class SilenceMonitor(CheckMonitor):
    """Days without a new notice against the source's own usual interval."""

    @monitors.name("silent")
    def test_days_without_a_new_notice(self):
        """The newest notice is no older than three usual intervals (and 30 days)."""
        if any(f.severity == FAILED for f in self.crawl_findings().values()):
            self.skipTest("the crawl failed: silence is not judged")
        settings = self.data.crawler.settings
        quiet = source_silence(settings.get("NOTICES_DB"), self.source.id, crawl_today(settings.get("NOTICES_TODAY")))
        if quiet:
            detail = (f"{quiet['days']} 天无新通知 days since the newest notice ({quiet['newest']}), "
                      f"通常间隔 usual interval {quiet['usual_interval']:g} 天 days")
            self.expect_no(Finding("silent", SILENT, detail, self.source.start_urls[0]))


class RecordFindings(Action):
    """Write each failed monitor's finding into the crawl's stats (one per check)."""

    def run_action(self):
        stats = self.data.crawler.stats
        for result in self.result.monitors_failed_results:
            finding = getattr(result.item, "finding", None)
            if finding is None:  # a monitor that raised instead of failing: still a failure to report
                finding = Finding(result.item.method_name, FAILED, f"monitor error: {(result.error or '').strip()[-300:]}",
                                  self.data.spider.source.start_urls[0])
            record_finding(stats, finding)
        stats.set_value(MONITOR_RAN, 1)


class NoticesMonitorSuite(MonitorSuite):
    monitors = [CrawlMonitor, SilenceMonitor]
    monitors_finished_actions = [RecordFindings]


class QuietResult(SpiderMonitorResult):
    """Spidermon's result log, quiet when healthy: progress at DEBUG, a failure as one warning line."""

    def log_info(self, msg):
        self.log(msg, level=logging.DEBUG)

    def log(self, msg, level=logging.DEBUG):
        self.spider.logger.log(level, f"[Spidermon] {msg}")  # Spider.log() is deprecated in Scrapy 2.13+

    def write_errors(self):
        for status in self.step.error_statuses:
            for item in self.step.items_for_status(status):
                finding = getattr(item.item, "finding", None)
                text = f"{finding.check}: {finding.detail} ({finding.evidence})" if finding else (item.reason or item.error)
                self.log(f"{self.spider.name} check failed: {text}", level=logging.WARNING)


class QuietRunner(SpiderMonitorRunner):
    def create_result(self):
        return QuietResult(self.spider)


class QuietSpidermon(Spidermon):
    """Spidermon's extension with QuietRunner."""

    def _run_suites(self, spider, suites):
        data = self._generate_data_for_spider(spider)
        for suite in suites:
            QuietRunner(spider=spider).run(suite, **data)
