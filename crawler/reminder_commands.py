"""The reminders' click commands (crawler/cli.py adds them): subscribe, unsubscribe, subscriptions, notify."""

from __future__ import annotations

import shlex
import sys

import click
from tabulate import tabulate

from crawler.incremental import china_today, crawl_today
from crawler.notify import BACKOFF, DEFAULT_SITE_URL, RETRIES, SITE_URL_ENV, notify
from crawler.operate import DEFAULT_DB
from crawler.reminders import unsubscribe_link
from crawler.subscriptions import (
    BadSubscription,
    DuplicateSubscription,
    add_subscription,
    allow_local_channels,
    remove_subscription,
)
from db.store import DatabaseBusy
from pipelines.notice import open_store

today_option = click.option("--today", type=click.DateTime(["%Y-%m-%d"]),
                            help="The day to act as of (default: today in China).")
site_option = click.option("--site-url", envvar=SITE_URL_ENV, metavar="URL",
                           help=f"Public address of `notices serve`, for unsubscribe links (env {SITE_URL_ENV}; "
                                "default http://127.0.0.1:8001).")


@click.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--channel", "channel_url", required=True, metavar="URL",
              help="apprise URL: mailto://user:pass@smtp.example.com?to=you@example.com, wecombot://KEY, "
                   "dingtalk://TOKEN, feishu://TOKEN, schan://SENDKEY, pushplus://TOKEN, jsons://host/path …")
@click.option("--province", default="", help="省份全称, e.g. 河南省")
@click.option("--city", default="", help="地级市全称, e.g. 郑州市")
@click.option("--exam", default="", help="考试名称或简称, e.g. 监理工程师, 监理, 二建, 社工证 (said when resolved)")
@click.option("--kind", default="", help="collection (领取) | reissue (补办) | electronic (电子证书) | other")
@click.option("--q", default="", help="search text, as on the site's search box")
@today_option
@site_option
def subscribe(db_path, channel_url, province, city, exam, kind, q, today, site_url):
    """Subscribe a channel to the notices and collection windows of a filter.

    A URL apprise cannot use, a scheme we do not send to, a webhook or SMTP host that is not a
    public address, or a filter naming no real province, city, exam or kind is refused (exit 2)."""
    # Commands printed for the operator must work as printed: they name a database not the default.
    db_arg = "" if db_path == DEFAULT_DB else f" --db {shlex.quote(str(db_path))}"
    db = open_store(db_path)
    try:
        row = add_subscription(db, channel_url, {"province": province, "city": city, "exam": exam, "kind": kind, "q": q},
                               since=today.date() if today else china_today(), allow_local=allow_local_channels())
    except DuplicateSubscription as twice:
        raise click.UsageError(f"{twice} (`notices unsubscribe {twice.existing}{db_arg}` removes it)") from None
    except BadSubscription as bad:
        raise click.UsageError(str(bad)) from None
    finally:
        db.close()
    given = {"province": province, "city": city, "exam": exam}
    for key, label in (("province", "省份"), ("city", "城市"), ("exam", "考试")):
        # What a short or loose spelling became (二建 → 二级建造师), so the operator sees what is followed.
        if given[key].strip() and given[key].strip() != row[key]:
            click.echo(f"{label} {given[key].strip()} → {row[key]}")
    click.echo(f"subscribed {row['id']} ({row['channel']}): "
               + ", ".join(f"{k}={row[k]}" for k in ("province", "city", "exam", "kind", "q") if row[k]))
    click.echo(f"unsubscribe: notices unsubscribe {row['token']}{db_arg}  or  "
               f"{unsubscribe_link(site_url or DEFAULT_SITE_URL, row['token'])}")


@click.command()
@click.argument("token")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
def unsubscribe(token, db_path):
    """Delete the subscription with this unsubscribe token (or subscription id)."""
    db = open_store(db_path)
    try:
        row = remove_subscription(db, token.strip())
    finally:
        db.close()
    if row is None:
        raise click.ClickException("no subscription has this token or id (already unsubscribed?)")
    click.echo(f"unsubscribed {row['id']} ({row['channel']})")


@click.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
def subscriptions(db_path):
    """List the subscriptions (channels masked) and how many there are per channel."""
    db = open_store(db_path)
    rows = list(db.query("select id, channel, province, city, exam, kind, q, since, created, last_notified "
                         "from subscriptions order by created"))
    db.close()
    click.echo(tabulate(rows, headers="keys", tablefmt="simple") if rows else "no subscriptions")
    click.echo(f"{len(rows)} subscription(s)")


@click.command("notify")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@today_option
@site_option
@click.option("--retries", default=RETRIES, show_default=True, type=click.IntRange(0, 10),
              help="Extra attempts for a message that failed, with exponential backoff.")
@click.option("--backoff", default=BACKOFF, show_default=True, type=click.FloatRange(0, 300),
              help="Seconds before the first retry (doubled each time).")
def notify_command(db_path, today, site_url, retries, backoff):
    """Send each subscriber the notices new for their filter and window reminders, once each.

    Also runs after every `notices crawl` that has subscriptions. A channel that fails is one line
    on stderr; the others are still served. Exit 1 when another notify is running."""
    try:
        report = notify(db_path, today.date() if today else china_today(), site_url, retries, backoff)
    except DatabaseBusy as busy:
        raise click.ClickException(str(busy)) from None
    echo_report(report)


def echo_report(report) -> None:
    for line in report.problems:
        click.echo(line, err=True)
    for line in report.lines():
        click.echo(line)


def notify_after_crawl(db_path: str, today: str | None) -> None:
    """The crawl's closing step: notify when the database has subscriptions; never fails the crawl."""
    try:
        db = open_store(db_path)
        try:
            if not db["subscriptions"].count:
                return
        finally:
            db.close()
        report = notify(db_path, crawl_today(today))
    except Exception as error:  # noqa: BLE001 - reminders must not change the crawl's outcome
        click.echo(f"REMINDERS NOT SENT: {type(error).__name__}: {error}", err=True)
        return
    echo_report(report)
    sys.stdout.flush()


def add_reminder_commands(group: click.Group) -> None:
    for command in (subscribe, unsubscribe, subscriptions, notify_command):
        group.add_command(command)
