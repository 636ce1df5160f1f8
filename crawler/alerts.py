"""Alerts after a crawl: one per (source, check) that failed, sent through apprise.

The checks are the Spidermon monitors of crawler/monitors.py (finish reason, errors, unwanted
HTTP codes, list rows, pager, field coverage, days without a new notice); a finding alerts when
it fails the command (`--fail-on`: by default failed and silent sources).

Off unless the operator configures URLs (`notices crawl --alert URL`, or CERTNOTICES_ALERT_URLS,
separated by spaces or commas): any apprise URL (json:// webhook, mailto://, wecombot://,
dingtalk:// …). Every alert names the source, the check and the evidence URL, in Chinese and
English. A channel that cannot be reached costs one stderr line and never changes the crawl's
exit code or keeps the other channels from being tried.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass

import apprise

from crawler.registry import get_source
from pipelines.health import DEGRADED, SILENT, Finding

ENV_VAR = "CERTNOTICES_ALERT_URLS"


@dataclass(frozen=True)
class Alert:
    source_id: str
    check: str  # a check of pipelines/health.py CHECKS: http_codes, list_rows, silent ...
    severity: str  # failed | silent | degraded
    detail: str
    evidence_url: str

    @property
    def title(self) -> str:
        word = {SILENT: "长期无新通知 silent", DEGRADED: "抓取降级 crawl degraded"}.get(self.severity, "抓取失败 crawl failed")
        return f"[certnotices] {self.source_id}: {word} ({self.check})"

    @property
    def body(self) -> str:
        return f"来源 source: {self.source_id}\n检查 check: {self.check} — {self.detail}\n证据 evidence: {self.evidence_url}"


class BadAlertURL(ValueError):
    """An alert URL apprise does not understand; the message says which and how to fix it."""


def configured_urls(option_urls: tuple[str, ...] | list[str] = (), environ=os.environ) -> list[str]:
    """The alert URLs from `--alert` and the environment, checked: BadAlertURL for one apprise cannot use."""
    urls = [*option_urls, *re.split(r"[\s,]+", environ.get(ENV_VAR, "").strip())]
    urls = [u for u in urls if u]
    for url in urls:
        if apprise.Apprise.instantiate(url) is None:
            raise BadAlertURL(f"alert URL {url!r} is not an apprise URL (e.g. json://host:port/path, "
                              "mailto://user:pass@example.com, wecombot://KEY); see https://github.com/caronc/apprise/wiki")
    return urls


def crawl_alerts(findings: list[tuple[str, Finding]]) -> list[Alert]:
    """One alert per (source, check) from the findings of a crawl's Spidermon monitors."""
    alerts: dict[tuple[str, str], Alert] = {}
    for source_id, f in findings:
        evidence = f.evidence or start_url(source_id)
        alerts.setdefault((source_id, f.check), Alert(source_id, f.check, f.severity, f.detail, evidence))
    return list(alerts.values())


def start_url(source_id: str) -> str:
    try:
        return get_source(source_id).start_urls[0]
    except KeyError:
        return ""


def deliver(channel: apprise.Apprise, title: str, body: str, limit: int = 300) -> str | None:
    """Send one message through an apprise channel: None when delivered, else why not (apprise's
    own warnings, or the exception: a channel must never break the caller). Operators' alerts and
    candidates' reminders (crawler/notify.py) both send through this."""
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as log:
        try:
            # Our bodies are plain text, a line per fact: said so, apprise keeps the lines (an e-mail
            # goes as text/plain with them; a Markdown or HTML channel gets them converted). Without
            # a format an e-mail went as HTML, and its text part ran every line into one.
            delivered = channel.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
        except Exception as error:  # noqa: BLE001 - one channel must not stop the others
            return f"{type(error).__name__}: {error}"
        reason = " ".join(log.getvalue().split())[:limit]
    return None if delivered else (reason or "failed")


def send_alerts(alerts: list[Alert], urls: list[str]) -> list[str]:
    """Send every alert to every URL, each channel on its own; answers one line per failed channel."""
    problems = []
    logger = logging.getLogger("apprise")
    propagate, logger.propagate = logger.propagate, False  # its warnings become our one line per channel
    try:
        for url in urls:
            channel = apprise.Apprise()
            channel.add(url)
            shown = (channel[0].url(privacy=True) if len(channel) else url).split("?")[0]
            for alert in alerts:
                reason = deliver(channel, alert.title, alert.body, limit=200)
                if reason:
                    problems.append(f"ALERT NOT SENT to {shown} ({alert.source_id} {alert.check}): {reason}")
                    break  # one line per failing channel; the other channels are still tried
    finally:
        logger.propagate = propagate
    return problems


def alert_after_crawl(findings: list[tuple[str, Finding]], urls: list[str]) -> list[tuple[str, bool]]:
    """Build and send a crawl's alerts; answers (line, goes to stderr) for the CLI to print."""
    alerts = crawl_alerts(findings)
    problems = send_alerts(alerts, urls) if alerts else []
    summary = f"alerts: {len(alerts)} for {', '.join(sorted({a.source_id for a in alerts}))} to {len(urls)} channel(s)" \
        if alerts else "alerts: none"
    return [(line, True) for line in problems] + [(summary, False)]
