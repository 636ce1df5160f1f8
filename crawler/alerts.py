"""Alerts after a crawl: one per failed source and one per silent source, sent through apprise.

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
from datetime import date

import apprise
import sqlite_utils

from crawler.registry import get_source
from db.health import health_rows
from pipelines.notice import open_store

ENV_VAR = "CERTNOTICES_ALERT_URLS"


@dataclass(frozen=True)
class Alert:
    source_id: str
    check: str  # failed | silent
    detail: str
    evidence_url: str

    @property
    def title(self) -> str:
        word = "抓取失败 crawl failed" if self.check == "failed" else "长期无新通知 silent"
        return f"[certnotices] {self.source_id}: {word}"

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


def evidence_url(db: sqlite_utils.Database, source_id: str) -> str:
    """The list page that failed in the source's latest run, else its start URL."""
    row = next(db.query(
        "select r.url from rejects r where r.source_id = ? and r.stage = 'list' and r.last_seen >= "
        "(select max(started) from runs where source_id = ?) order by r.last_seen desc limit 1",
        [source_id, source_id]), None)
    if row:
        return row["url"]
    try:
        return get_source(source_id).start_urls[0]
    except KeyError:
        return ""


def crawl_alerts(db: sqlite_utils.Database, failed: list[tuple[str, str]], crawled: list[str], today: date) -> list[Alert]:
    """Alerts for `failed` (source id, cause) and for the `crawled` sources that are silent on `today`."""
    alerts = [Alert(source_id, "failed", cause, evidence_url(db, source_id)) for source_id, cause in failed]
    failed_ids = {source_id for source_id, _ in failed}
    for row in health_rows(db, today):
        if row["health"] == "silent" and row["source_id"] in crawled and row["source_id"] not in failed_ids:
            detail = (f"{row['days_since_new']} 天无新通知 days since the newest notice ({row['last_new_notice']}), "
                      f"通常间隔 usual interval {row['usual_interval_days']:g} 天 days")
            alerts.append(Alert(row["source_id"], "silent", detail, evidence_url(db, row["source_id"])))
    return alerts


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
                with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as log:
                    try:
                        delivered = channel.notify(title=alert.title, body=alert.body)
                    except Exception as error:  # noqa: BLE001 - a channel must not break the crawl
                        delivered, reason = False, f"{type(error).__name__}: {error}"
                    else:
                        reason = " ".join(log.getvalue().split())[:200]
                if not delivered:
                    problems.append(f"ALERT NOT SENT to {shown} ({alert.source_id} {alert.check}): {reason or 'failed'}")
                    break  # one line per failing channel; the other channels are still tried
    finally:
        logger.propagate = propagate
    return problems


def alert_after_crawl(db_path: str, failed: list[tuple[str, str]], crawled: list[str], urls: list[str],
                      today: date) -> list[tuple[str, bool]]:
    """Build and send a crawl's alerts; answers (line, goes to stderr) for the CLI to print."""
    db = open_store(db_path)
    try:
        alerts = crawl_alerts(db, failed, crawled, today)
    finally:
        db.close()
    problems = send_alerts(alerts, urls) if alerts else []
    summary = f"alerts: {len(alerts)} for {', '.join(sorted({a.source_id for a in alerts}))} to {len(urls)} channel(s)" \
        if alerts else "alerts: none"
    return [(line, True) for line in problems] + [(summary, False)]
