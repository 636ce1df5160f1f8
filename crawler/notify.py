"""`notices notify`: send each subscriber's due messages (crawler/reminders.py) once each, never twice.

Every message has one row in `reminders_sent`, keyed by (subscription, notice, reminder),
inserted ("claimed", committed) *before* it is sent and marked sent or failed after. A run
killed in between leaves the row "sending"; the next run marks it `interrupted` and never sends
it again (at most once: a message the channel may already have accepted is not repeated; the
window for losing one is the send itself). A failed message is tried again by later runs, up to
MAX_ATTEMPTS. One notify at a time per database (a file lock beside it), so a "sending" row
found at the start is a dead run's.

Channels are apprise URLs (crawler/subscriptions.py), their host checked again before each
send. A message that fails is retried RETRIES times with exponential backoff; a channel that
still fails is reported (one stderr line) and skipped for the rest of the run (its messages stay
due for the next), and every other channel goes on. Counts per run and channel kind go to
`deliveries` (the `reminder_report` page in Datasette).
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import apprise
import sqlite_utils
from filelock import FileLock, Timeout

from crawler.alerts import deliver
from crawler.reminders import NEW, compose, due_reminders, matching_notices
from crawler.safety import system_addresses
from crawler.subscriptions import BadSubscription, allow_local_channels, channel_scheme, check_channel
from db.store import DatabaseBusy, now_china
from pipelines.notice import open_store

SITE_URL_ENV = "CERTNOTICES_SITE_URL"
DEFAULT_SITE_URL = "http://127.0.0.1:8001"  # `notices serve`'s address; set the public one in production
RETRIES = 2  # extra attempts per message within a run
BACKOFF = 2.0  # seconds before the first retry, doubled each time
MAX_ATTEMPTS = 5  # over all runs, for a message that keeps failing




def send_once(url: str, title: str, body: str, allow_local: bool,
              resolve: Callable[[str], tuple[str, ...]] = system_addresses) -> str | None:
    """Send one message through apprise; answers None when delivered, else the reason."""
    try:  # checked again as at subscribe time: a host name may point elsewhere since then
        plugin = check_channel(url, allow_local, resolve)
    except BadSubscription as refused:
        return f"refused: {refused}"
    channel = apprise.Apprise()
    channel.add(plugin)
    return deliver(channel, title, body)


@dataclass
class ChannelCounts:
    subscriptions: int = 0
    sent: int = 0
    failed: int = 0
    retries: int = 0
    interrupted: int = 0
    last_error: str | None = None


@dataclass
class NotifyReport:
    run_id: str
    today: date
    subscriptions: int = 0
    covered: int = 0
    channels: dict[str, ChannelCounts] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # one line per channel that failed

    def counts(self, scheme: str) -> ChannelCounts:
        return self.channels.setdefault(scheme, ChannelCounts())

    def lines(self) -> list[str]:
        total = sum(c.sent for c in self.channels.values())
        failed = sum(c.failed for c in self.channels.values())
        head = (f"notify {self.today.isoformat()}: {self.subscriptions} subscription(s), {total} message(s) sent, "
                f"{failed} failed, {self.covered} reminder(s) told in a new-notice message")
        return [head] + [f"  {scheme}: {c.sent} sent, {c.failed} failed, {c.retries} retries"
                         + (f", {c.interrupted} interrupted" if c.interrupted else "")
                         for scheme, c in sorted(self.channels.items())]


class Ledger:
    """The `reminders_sent` rows: claim before sending, finish after; each write committed at once."""

    def __init__(self, db: sqlite_utils.Database, run_id: str) -> None:
        self.db, self.run_id = db, run_id

    def _write(self, sql: str, params: list) -> int:
        with self.db.conn:
            return self.db.execute(sql, params).rowcount

    def claim(self, sub_id: str, notice_id: str, reminder: str, status: str = "sending") -> bool:
        key = f"{sub_id}:{notice_id}:{reminder}"
        if self._write("insert or ignore into reminders_sent (id, subscription_id, notice_id, reminder, status, "
                       "attempts, run_id, claimed) values (?, ?, ?, ?, ?, 0, ?, ?)",
                       [key, sub_id, notice_id, reminder, status, self.run_id, now_china()]):
            return True
        if status != "sending":
            return False
        return bool(self._write("update reminders_sent set status = 'sending', run_id = ?, claimed = ? "
                                "where id = ? and status = 'failed' and attempts < ?",
                                [self.run_id, now_china(), key, MAX_ATTEMPTS]))

    def finish(self, sub_id: str, notice_id: str, reminder: str, error: str | None, attempts: int) -> None:
        self._write("update reminders_sent set status = ?, attempts = attempts + ?, finished = ?, error = ? where id = ?",
                    ["failed" if error else "sent", attempts, now_china(), error, f"{sub_id}:{notice_id}:{reminder}"])

    def release(self, sub_id: str, notice_id: str, reminder: str) -> None:
        """A claimed message not tried (its channel is down this run): failed, for a later run."""
        self._write("update reminders_sent set status = 'failed', finished = ?, error = 'channel down in this run' "
                    "where id = ?", [now_china(), f"{sub_id}:{notice_id}:{reminder}"])

    def mark_interrupted(self) -> dict[str, int]:
        """Rows a dead run left "sending": interrupted, never sent again; counts per subscription."""
        rows = list(self.db.query("select subscription_id, count(*) as n from reminders_sent "
                                  "where status = 'sending' group by subscription_id"))
        self._write("update reminders_sent set status = 'interrupted', finished = ? where status = 'sending'", [now_china()])
        return {r["subscription_id"]: r["n"] for r in rows}


def record_deliveries(db: sqlite_utils.Database, report: NotifyReport, started: str) -> None:
    with db.conn:
        for scheme, c in report.channels.items():
            db["deliveries"].upsert({
                "id": f"{report.run_id}:{scheme}", "run_id": report.run_id, "started": started,
                "today": report.today.isoformat(), "channel": scheme, "subscriptions": c.subscriptions, "sent": c.sent,
                "failed": c.failed, "retries": c.retries, "interrupted": c.interrupted, "last_error": c.last_error,
            }, pk="id")


def notify(db_path: str | Path, today: date, site_url: str | None = None, retries: int = RETRIES,
           backoff: float = BACKOFF, allow_local: bool | None = None,
           sleep: Callable[[float], None] = time.sleep) -> NotifyReport:
    """Send every due message once; DatabaseBusy when another notify runs on this database."""
    site_url = site_url or os.environ.get(SITE_URL_ENV) or DEFAULT_SITE_URL
    allow_local = allow_local_channels() if allow_local is None else allow_local
    lock = FileLock(f"{db_path}.notify.lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise DatabaseBusy(f"another `notices notify` is running on {db_path}; not started") from None
    try:
        db = open_store(db_path)
        try:
            return _notify(db, today, site_url, retries, backoff, allow_local, sleep)
        finally:
            db.close()
    finally:
        lock.release()


def _notify(db, today, site_url, retries, backoff, allow_local, sleep) -> NotifyReport:
    report = NotifyReport(run_id=uuid.uuid4().hex[:12], today=today)
    started = now_china()
    ledger = Ledger(db, report.run_id)
    interrupted = ledger.mark_interrupted()
    subs = list(db.query("select * from subscriptions order by created, id"))
    report.subscriptions = len(subs)
    down: dict[str, str] = {}  # channel URL -> why, for this run
    for sub in subs:
        scheme = channel_scheme(sub["channel_url"]) or "?"
        counts = report.counts(scheme)
        counts.subscriptions += 1
        counts.interrupted += interrupted.get(sub["id"], 0)
        for notice, reminder in due_messages(db, sub, today, ledger, report):
            if not ledger.claim(sub["id"], notice["id"], reminder):
                continue
            if sub["channel_url"] in down:
                ledger.release(sub["id"], notice["id"], reminder)
                counts.failed += 1
                continue
            title, body = compose(notice, reminder, today, sub, site_url)
            error, attempts = None, 0
            for attempt in range(retries + 1):
                if attempt:
                    sleep(backoff * 2 ** (attempt - 1))
                    counts.retries += 1
                attempts += 1
                error = send_once(sub["channel_url"], title, body, allow_local)
                if error is None:
                    break
            ledger.finish(sub["id"], notice["id"], reminder, error, attempts)
            if error is None:
                counts.sent += 1
            else:
                counts.failed += 1
                counts.last_error = error[:300]
                down[sub["channel_url"]] = error
                report.problems.append(f"REMINDER NOT SENT to {sub['channel']} (subscription {sub['id']}, "
                                       f"{attempts} attempts): {error[:200]}")
        with db.conn:
            db.execute("update subscriptions set last_notified = ? where id = ?", [now_china(), sub["id"]])
        record_deliveries(db, report, started)
    return report


def due_messages(db, sub: dict, today: date, ledger: Ledger, report: NotifyReport) -> list[tuple[dict, str]]:
    """The (notice, reminder) messages to try for one subscription, new-notice messages first; the
    reminders a new-notice message of this run covers are recorded as covered."""
    messages, reminders = [], []
    done_new = {r["notice_id"] for r in db.query(  # new-notice messages no run will send (again)
        "select notice_id from reminders_sent where subscription_id = ? and reminder = ? "
        "and not (status = 'failed' and attempts < ?)", [sub["id"], NEW, MAX_ATTEMPTS])}
    for notice in matching_notices(db, sub):
        due = due_reminders(notice, sub, today)
        if NEW in due and notice["id"] not in done_new:
            messages.append((notice, NEW))
            for reminder in due:
                if reminder != NEW and ledger.claim(sub["id"], notice["id"], reminder, status="covered"):
                    report.covered += 1
        else:
            reminders += [(notice, r) for r in due if r != NEW]
    return messages + reminders
