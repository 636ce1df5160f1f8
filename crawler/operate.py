"""The operators' click pieces: `notices crawl --alert` and `notices schedule` (crawler/cli.py adds them)."""

from __future__ import annotations

import signal

import click

from crawler.alerts import BadAlertURL, alert_after_crawl, configured_urls
from crawler.options import check_replica, check_sources
from crawler.registry import get_source, load_registry
from crawler.schedule import start_schedule
from pipelines.health import FAILED

DEFAULT_DB = "data/notices.db"

alert_option = click.option(
    "--alert", "alert_urls", multiple=True, metavar="URL",
    help="Send an alert per failed check of a failed or silent source to this apprise URL (repeatable; also "
         "CERTNOTICES_ALERT_URLS, space- or comma-separated). Off unless given.")


def checked_alert_urls(option_urls) -> list[str]:
    """The configured alert URLs; a usage error (exit 2) for one apprise cannot parse."""
    try:
        return configured_urls(option_urls)
    except BadAlertURL as bad:
        raise click.BadParameter(str(bad), param_hint="--alert / CERTNOTICES_ALERT_URLS") from None


def echo_alerts(summary, urls: list[str], fail_on: str = FAILED) -> None:
    """Send a finished crawl's alerts (one per source and failed check); a channel that failed is
    one line on stderr."""
    for line, to_stderr in alert_after_crawl(summary.alerting(fail_on), urls):
        click.echo(line, err=to_stderr)


@click.command()
@click.option("--source", "source_ids", multiple=True, metavar="ID", callback=check_sources,
              help="Schedule only this source (repeatable).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--cadence-hours", type=click.FloatRange(min=0, min_open=True),
              help="Crawl every source this often (default: the registry's cadence_hours, 6).")
@click.option("--jitter", default=600, show_default=True, type=click.FloatRange(min=0),
              help="Up to this many seconds added to each run time.")
@click.option("--for", "duration", type=click.FloatRange(min=0), metavar="SECONDS", help="Stop after this long (default: never).")
@click.option("--replica", metavar="URL", callback=check_replica, help="Passed on to every crawl.")
@alert_option
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Passed on to every crawl.")
def schedule(source_ids, db_path, cadence_hours, jitter, duration, replica, alert_urls, overrides):
    """Crawl each source at its cadence, for ever: one crawl at a time, catching up after downtime.

    Logs one line per run with its exit code; a failed run does not stop the scheduler."""
    checked_alert_urls(alert_urls)  # a bad URL stops us here, not in every crawl
    sources = [get_source(i) for i in source_ids] if source_ids else list(load_registry())
    crawl_args = [*(["--replica", replica] if replica else []), *(a for u in alert_urls for a in ("--alert", u)),
                  *(a for o in overrides for a in ("-s", o)), "--log-level", "WARNING"]
    signal.signal(signal.SIGTERM, stop_on_signal)
    start_schedule(sources, db_path, crawl_args, cadence_hours, jitter, duration)


def stop_on_signal(signum, frame):
    raise KeyboardInterrupt
