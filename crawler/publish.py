"""Several readers: `notices publish`, `notices serve-snapshot` and `notices balancer-config`
(crawler/cli.py adds them; the design is in db/snapshots.py, the set-up in README "Several readers")."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import click

from crawler.operate import DEFAULT_DB
from db.serve import datasette_command, write_metadata
from db.snapshots import current_snapshot, haproxy_config, pin_for_serving, publish
from pipelines.notice import open_store

DEFAULT_SNAPSHOTS = "data/snapshots"


def schema_up_to_date(db_path: str | Path) -> None:
    """Add what this version's schema has and the file lacks (a column, a table, a trigger), so that
    a database written by an older version serves the pages and queries of this one; nothing is
    written when it is current. A file that cannot be written is served as it is, said on stderr."""
    try:
        open_store(db_path).close()
    except sqlite3.Error as error:
        click.echo(f"warning: {db_path} could not be brought up to this version's schema ({error}); "
                   "some pages may fail until a crawl or `notices reparse` writes it", err=True)


@click.command("publish")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--out", "out_dir", default=DEFAULT_SNAPSHOTS, show_default=True, type=click.Path(file_okay=False))
@click.option("--keep", default=3, show_default=True, type=click.IntRange(min=1),
              help="Snapshots kept in --out (the current one always is).")
def publish_command(db_path, out_dir, keep):
    """Write an immutable snapshot of the database (consistent while crawls go on) and point
    `current` at it."""
    if Path(db_path).exists():
        schema_up_to_date(db_path)  # a snapshot of a file from an older version gets this version's schema
    try:
        snapshot = publish(db_path, out_dir, keep=keep)
    except FileNotFoundError as missing:
        raise click.ClickException(str(missing)) from None
    click.echo(str(snapshot))


@click.command("serve-snapshot")
@click.option("--dir", "out_dir", default=DEFAULT_SNAPSHOTS, show_default=True, type=click.Path(file_okay=False))
@click.option("--port", default=8001, show_default=True)
@click.option("--allow-sql", is_flag=True, help="Allow arbitrary SQL (?sql=, ?_where=); off by default.")
def serve_snapshot(out_dir, port, allow_sql):
    """Serve the current published snapshot read-only (immutable) on 127.0.0.1, under the
    database's stable name; restart it to serve a newer snapshot."""
    try:
        snapshot = current_snapshot(out_dir)
    except FileNotFoundError as missing:
        raise click.ClickException(f"{missing}: run `notices publish --out {out_dir}` first") from None
    database, inspect_file = pin_for_serving(snapshot, port)
    metadata_file = write_metadata(database)
    click.echo(f"Datasette (snapshot {snapshot.name}): http://127.0.0.1:{port}/{database.stem}/feed")
    sys.stdout.flush()
    command = datasette_command(database, port, metadata_file, inspect_file=inspect_file)
    os.execv(command[0], command)


@click.command("balancer-config")
@click.option("--port", default=8001, show_default=True, help="The port haproxy listens on.")
@click.option("--bind", "host", default="127.0.0.1", show_default=True, help="The address haproxy listens on.")
@click.option("--replica", "replicas", multiple=True, required=True, metavar="HOST:PORT",
              help="A `notices serve-snapshot` replica (repeatable).")
@click.option("--stats-port", type=int, help="Also serve haproxy's stats page on this port (/stats).")
def balancer_config(port, host, replicas, stats_port):
    """Print an haproxy configuration balancing the replicas, with health checks and retries."""
    click.echo(haproxy_config(port, list(replicas), stats_port=stats_port, host=host), nl=False)
