"""`notices`: thin click commands over the library functions (crawler, pipelines, db).

Over 300 lines: one short command per operator task; new groups of commands go in their own
module (crawler/reminder_commands.py, crawler/operate.py) and are added here in one line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from tabulate import tabulate

from crawler.evidence import load_evidence
from crawler.faults import FaultPlan
from crawler.incremental import china_today
from crawler.operate import (
    DEFAULT_DB,
    alert_option,
    checked_alert_urls,
    echo_alerts,
    schedule,
)
from crawler.options import check_replica, check_sources
from crawler.publish import (
    balancer_config,
    publish_command,
    schema_up_to_date,
    serve_snapshot,
)
from crawler.registry import load_registry
from crawler.reminder_commands import add_reminder_commands, notify_after_crawl
from crawler.reparse import reparse as reparse_pages
from crawler.replica import day_today, make_replica_server, start_replica_server
from crawler.run import run_crawl
from db.health import health_rows
from db.serve import REPO_ROOT, datasette_command, write_metadata
from db.store import DatabaseBusy, writer_lock
from pipelines.health import DEGRADED, FAILED
from pipelines.jsonlines import BadLine, read_json_lines
from pipelines.normalize import normalize_record
from pipelines.notice import open_store

EXIT_SOURCES_FAILED = 3  # some sources failed (1: the command itself could not run)
DEMO_DB = "data/demo.db"


@click.group()
@click.version_option(package_name="certnotices")
def cli():
    """certnotices: crawl certificate notices into SQLite and publish them with Datasette."""


cli.add_command(schedule)
for command in (publish_command, serve_snapshot, balancer_config):
    cli.add_command(command)
add_reminder_commands(cli)  # subscribe, unsubscribe, subscriptions, notify


# --------------------------------------------------------------------------- option checks


# --------------------------------------------------------------------------- crawl


@cli.command()
@click.option("--source", "source_ids", multiple=True, metavar="ID", callback=check_sources,
              help="Crawl only this source (repeatable; `notices sources` lists them).")
@click.option("--replica", metavar="URL", callback=check_replica,
              help="Map every real host onto this replica server (http://127.0.0.1:PORT).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--max-pages", type=int, help="Override every source's list-page bound.")
@click.option("--log-level", default="INFO", show_default=True)
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting, as `scrapy crawl -s` (e.g. -s DOWNLOAD_TIMEOUT=10).")
@click.option("--fail-on", type=click.Choice([FAILED, DEGRADED, "never"]), default=FAILED, show_default=True,
              help=f"Exit {EXIT_SOURCES_FAILED} when a source failed (no list rows, network failure, anti-bot "
                   "answer, too many errors), or also when one was degraded (some errors).")
@alert_option
@click.option("--quiet", is_flag=True, help="No progress display on a terminal (logs only, as under cron).")
def crawl(source_ids, replica, db_path, max_pages, log_level, overrides, fail_on, alert_urls, quiet):
    """Crawl the registered sources (all by default) into a SQLite database.

    On a terminal, shows each source's progress as it goes (not with --quiet, nor when stderr
    is not a terminal). Prints one summary line per source; each failing source also gets one
    line on stderr with its cause, and the command exits 3 (1 when the database is busy)."""
    settings = dict(parse_override(o) for o in overrides)
    if not quiet and sys.stderr.isatty():
        settings.setdefault("NOTICES_PROGRESS", True)
    alert_urls = checked_alert_urls(alert_urls)
    try:
        summary = run_crawl(list(source_ids) or None, db_path=db_path, replica_url=replica,
                            max_pages=max_pages, log_level=log_level, overrides=settings)
    except DatabaseBusy as busy:
        raise click.ClickException(str(busy)) from None
    for line in summary.lines():
        click.echo(line)
    failures = [] if fail_on == "never" else summary.failures(fail_on)
    for line in failures:
        click.echo(line, err=True)
    if alert_urls:  # --fail-on never still alerts for failed and silent sources
        echo_alerts(summary, alert_urls, FAILED if fail_on == "never" else fail_on)
    notify_after_crawl(db_path, settings.get("NOTICES_TODAY"))  # reminders, when there are subscriptions
    if failures:
        sys.exit(EXIT_SOURCES_FAILED)


def parse_override(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint="--set")
    return name.strip(), value


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--source", "source_ids", multiple=True, metavar="ID", callback=check_sources,
              help="Re-parse only this source's pages (repeatable).")
def reparse(db_path, source_ids):
    """Re-parse archived pages with the current parser and normalizer (no re-crawl)."""
    try:
        with writer_lock(db_path):
            counts = reparse_pages(open_store(db_path), list(source_ids) or None)
    except DatabaseBusy as busy:
        raise click.ClickException(str(busy)) from None
    pages = counts["notice"] + counts["not_certificate"] + counts["reject"] + counts["unknown_source"]
    click.echo(f"reparsed {pages} pages: {counts['notice']} notices, "
               f"{counts['not_certificate']} not certificate notices, {counts['reject']} rejects, "
               f"{counts['copies']} copies of other notices")


# --------------------------------------------------------------------------- health


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="Judge silence as of this day (default: today in China).")
def health(db_path, today):
    """Per source: health, last success, days since its newest notice, usual interval, failures."""
    day = today.date() if today else china_today()
    db = open_store(db_path)
    rows = [{"source": r["source_id"], "health": r["health"], "last status": r["last_status"],
             "last success": (r["last_success"] or "")[:16], "newest notice": r["last_new_notice"],
             "days since": r["days_since_new"], "usual interval": r["usual_interval_days"],
             "failures in a row": r["consecutive_failures"], "cause": (r["last_cause"] or "")[:60]}
            for r in health_rows(db, day)]
    if not rows:
        raise click.ClickException(f"no crawl recorded in {db_path} yet: run `notices crawl --db {db_path}`")
    click.echo(tabulate(rows, headers="keys", tablefmt="simple"))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--source", "source_id", metavar="ID", callback=check_sources, help="Only this source's runs.")
@click.option("--limit", default=40, show_default=True, type=click.IntRange(min=1),
              help="How many runs to list (at least 1).")
def runs(db_path, source_id, limit):
    """Crawl history, newest first: one line per source per crawl."""
    db = open_store(db_path)
    where, params = ("where source_id = ?", [source_id]) if source_id else ("", [])
    rows = list(db.query(
        f"select started, source_id, status, list_rows_seen as rows, items_stored as stored, rejects, errors, "
        f"requests, not_modified as '304', skipped_known as skipped, cause from runs {where} "
        f"order by started desc limit ?", [*params, limit]))
    click.echo(tabulate(rows, headers="keys", tablefmt="simple") if rows else "no runs recorded")


# --------------------------------------------------------------------------- serve


def exec_datasette(db_path: str | Path, port: int, allow_sql: bool = False, today: str | None = None) -> None:
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `notices crawl --db {db_path}` first")
    schema_up_to_date(db_path)
    metadata_file = write_metadata(db_path, allow_sql=allow_sql, today=today)
    click.echo(f"Notices: http://127.0.0.1:{port}/ (Datasette's tables: http://127.0.0.1:{port}/{Path(db_path).stem})"
               + (f", today is {today}" if today else ""))
    sys.stdout.flush()
    command = datasette_command(db_path, port, metadata_file)
    os.execv(command[0], command)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=8001, show_default=True)
@click.option("--allow-sql", is_flag=True,
              help="Allow arbitrary SQL (?sql=, ?_where=); off by default. Raw pages stay denied on table pages.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]),
              help="Judge status and days left on the candidates' pages as of this day (default: today in China).")
def serve(db_path, port, allow_sql, today):
    """Serve the database with Datasette on 127.0.0.1: read-only, raw pages denied, SQL off."""
    exec_datasette(db_path, port, allow_sql=allow_sql, today=today.date().isoformat() if today else None)


# --------------------------------------------------------------------------- demo


DEMO_TODAY = day_today(1)


@cli.command()
@click.option("--db", "db_path", default=DEMO_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=8001, show_default=True)
@click.option("--serve/--no-serve", default=True, help="Serve Datasette after building the database.")
def demo(db_path, port, serve):
    """Start the replica sites, crawl every source into a fresh demo database, then serve it."""

    server, replica_url = start_replica_server()
    click.echo(f"Replica sites (sample data) on {replica_url}")
    Path(db_path).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    try:
        # The replicas' sample notices are dated around replica day 1: the crawl and the pages judge
        # silence, status and days left as of that day, so the demo does not drift with the calendar.
        summary = run_crawl(None, db_path=db_path, replica_url=replica_url, log_level="WARNING",
                            overrides={"NOTICES_TODAY": DEMO_TODAY})
    finally:
        server.shutdown()
    for line in summary.lines():
        click.echo(line)
    if serve:
        exec_datasette(db_path, port, today=DEMO_TODAY)


# --------------------------------------------------------------------------- replica


@cli.group()
def replica():
    """The bundled replica sites used by tests and the demo."""


@replica.command("serve")
@click.option("--port", default=8765, show_default=True)
@click.option("--faults", metavar="SEED", help="Fault mode: a seeded share of pages answers with a fault "
              "(slow, 5xx, reset, cut short, wrong charset, empty, huge, redirect loops, 412, error pages).")
@click.option("--fault-share", default=0.3, show_default=True, help="Share of page URLs faulted in fault mode.")
@click.option("--day", default=1, show_default=True, type=click.IntRange(min=1),
              help="Replica day (crawler/replicas/_days/README.md): notices appear, one is corrected, "
                   "sources change layout, answer 412 or go silent.")
def replica_serve(port, faults, fault_share, day):
    """Serve the replicas on 127.0.0.1; crawl them with `notices crawl --replica URL`."""
    plan = FaultPlan(faults, share=fault_share) if faults else None
    try:
        server = make_replica_server(port, faults=plan, day=day)
    except ValueError as no_day:
        raise click.BadParameter(str(no_day), param_hint="--day") from None
    today = day_today(day)
    click.echo(f"Replica sites (sample data) on http://127.0.0.1:{server.server_address[1]}"
               + (f", day {day}: crawl with -s NOTICES_TODAY={today}" if today else ""))
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("replica server stopped")


# --------------------------------------------------------------------------- normalize


EXIT_BAD_LINES = 1


@cli.command()
@click.argument("file", default="-", type=click.File("rb"))
def normalize(file):
    """Normalize JSON Lines notices ({"text"|"title"+"body", "listed_date", "source_region", "url"}).

    One JSON object out per non-blank line in, in order: the normalized fields, or for a bad
    line (not UTF-8, not a JSON object, nested deeper than 20, longer than 1 MB, a lone
    surrogate) {"error": "line N: reason"}, also written to stderr. Every line is read; the
    exit status is 1 when any line was bad, 0 otherwise.
    """
    bad = 0
    for number, record in read_json_lines(file):
        if not isinstance(record, BadLine):
            try:
                fields = normalize_record(record)
            except Exception as error:  # noqa: BLE001 - one record must not end the run
                record = BadLine(number, f"normalizer failed: {type(error).__name__}: {error}")
            else:
                click.echo(json.dumps(fields, ensure_ascii=False))
                continue
        bad += 1
        click.echo(str(record), err=True)
        click.echo(json.dumps({"error": str(record)}, ensure_ascii=False))
    if bad:
        sys.exit(EXIT_BAD_LINES)


# --------------------------------------------------------------------------- sources


README_PATH = REPO_ROOT / "README.md"
SOURCES_START, SOURCES_END = "<!-- sources:start -->", "<!-- sources:end -->"


def source_rows() -> list[dict]:
    return [
        {"id": s.id, "name": s.name, "province": s.province or "全国", "kind": s.kind,
         "family": s.family, "confidence": s.confidence, "evidence": load_evidence(s.id).count,
         "start_url": s.start_urls[0]}
        for s in load_registry()
    ]


def sources_markdown() -> str:

    return tabulate(source_rows(), headers="keys", tablefmt="github")


def readme_with_sources(readme: str) -> str:
    """README text with its generated source table replaced by the registry's current one."""
    head, _, rest = readme.partition(SOURCES_START)
    _, _, tail = rest.partition(SOURCES_END)
    return f"{head}{SOURCES_START}\n{sources_markdown()}\n{SOURCES_END}{tail}"


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table", show_default=True)
@click.option("--update-readme", is_flag=True, help="Rewrite the source table in README.md.")
def sources(fmt, update_readme):
    """List the registered sources with their confidence."""
    if update_readme:
        README_PATH.write_text(readme_with_sources(README_PATH.read_text("utf-8")), "utf-8")
        click.echo(f"updated the source table in {README_PATH}")
        return
    if fmt == "json":
        click.echo(json.dumps(source_rows(), ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(sources_markdown())
    else:

        click.echo(tabulate(source_rows(), headers="keys", tablefmt="simple"))


def main():  # pragma: no cover
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()
